/**
 * Open SDG indicator data (`Year, [disaggregations…], [GeoCode], Value`, one tidy CSV per
 * indicator) as series: a blank disaggregation means "total", the series with every
 * disaggregation blank is the headline, and `Units` / `Series` are selectors (one value at a
 * time), so there is one headline per unit and series.
 */
import { parseCsvText } from './csv.js';
import { DataError } from './errors.js';
import type { LoadedTable } from './types.js';
import { parseNumber } from './values.js';

/** One observation. */
export interface SdgPoint {
  year: number;
  value: number;
}

/** One series: a combination of unit, series and disaggregation values. */
export interface SdgSeries {
  /** Stable id: `Units=…|Sex=…` with the non-blank values; `''` for the single headline. */
  key: string;
  /** The value of each disaggregation dimension (`''` = total). */
  disaggregation: Record<string, string>;
  /** The `Units` value, when the indicator has units. */
  unit?: string;
  /** The `Series` value, when the indicator has several series. */
  seriesName?: string;
  /** The `GeoCode`, when there is one. */
  geoCode?: string;
  /** True when every disaggregation (and GeoCode) is blank. */
  headline: boolean;
  /** Observations sorted by year (blank values left out). */
  points: SdgPoint[];
}

/** A disaggregation dimension and its values (in file order). */
export interface SdgDimension {
  name: string;
  values: string[];
}

/** An Open SDG indicator's data. */
export interface SdgData {
  /** Every year with a value, ascending. */
  years: number[];
  series: SdgSeries[];
  /** The headline of the first unit and series (what a chart shows first). */
  headline: SdgSeries | undefined;
  /** The headline for each unit and series. */
  headlines: SdgSeries[];
  /** Disaggregation dimensions (without Units, Series and GeoCode). */
  dimensions: SdgDimension[];
  units?: string[];
  seriesNames?: string[];
  geoCodes?: string[];
  /** Rows skipped because Year or Value could not be read. */
  skippedRows: number;
}

const SPECIAL = new Set(['year', 'value', 'units', 'series', 'geocode']);

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** The headline for a unit and series (both optional). */
export function sdgHeadline(
  data: SdgData,
  unit?: string,
  seriesName?: string,
): SdgSeries | undefined {
  return data.headlines.find(
    (s) =>
      (unit === undefined || s.unit === unit) &&
      (seriesName === undefined || s.seriesName === seriesName),
  );
}

/** Parses an Open SDG indicator CSV (text) or an already loaded table. */
export function parseOpenSdg(
  input: string | LoadedTable,
  options: { lang?: string } = {},
): SdgData {
  let labels: string[];
  let rows: unknown[][];
  if (typeof input === 'string') {
    const parsed = parseCsvText(input, { infer: false, delimiter: undefined });
    labels = parsed.columns.map((c) => c.key);
    rows = parsed.rows;
  } else {
    labels = input.columns.map((c) => c.key);
    rows = input.rows;
  }
  const lower = labels.map((l) => l.trim().toLowerCase());
  const yearIndex = lower.indexOf('year');
  const valueIndex = lower.indexOf('value');
  if (yearIndex < 0 || valueIndex < 0)
    throw new DataError('not-sdg', { lang: options.lang, details: { columns: labels } });
  const unitIndex = lower.indexOf('units');
  const seriesIndex = lower.indexOf('series');
  const geoIndex = lower.indexOf('geocode');
  const dims = labels
    .map((name, index) => ({ name, index }))
    .filter(({ index }) => !SPECIAL.has(lower[index]!));

  const dimValues = dims.map(() => new Set<string>());
  const units = new Set<string>();
  const seriesNames = new Set<string>();
  const geoCodes = new Set<string>();
  const years = new Set<number>();
  const byKey = new Map<string, SdgSeries>();
  let skippedRows = 0;

  for (const row of rows) {
    const year = Number.parseInt(cellText(row[yearIndex]), 10);
    const valueText = cellText(row[valueIndex]);
    const unit = unitIndex >= 0 ? cellText(row[unitIndex]) : undefined;
    const seriesName = seriesIndex >= 0 ? cellText(row[seriesIndex]) : undefined;
    const geoCode = geoIndex >= 0 ? cellText(row[geoIndex]) : undefined;
    const disaggregation: Record<string, string> = {};
    const parts: string[] = [];
    if (unit) parts.push(`Units=${unit}`);
    if (seriesName) parts.push(`Series=${seriesName}`);
    let headline = !geoCode;
    dims.forEach(({ name, index }, d) => {
      const v = cellText(row[index]);
      disaggregation[name] = v;
      if (v !== '') {
        headline = false;
        parts.push(`${name}=${v}`);
        dimValues[d]!.add(v);
      }
    });
    if (geoCode) parts.push(`GeoCode=${geoCode}`);
    if (unit) units.add(unit);
    if (seriesName) seriesNames.add(seriesName);
    if (geoCode) geoCodes.add(geoCode);
    const key = parts.join('|');
    let series = byKey.get(key);
    if (!series) {
      series = { key, disaggregation, headline, points: [] };
      if (unit) series.unit = unit;
      if (seriesName) series.seriesName = seriesName;
      if (geoCode) series.geoCode = geoCode;
      byKey.set(key, series);
    }
    if (Number.isNaN(year)) {
      skippedRows++;
      continue;
    }
    if (valueText === '') continue;
    const value = parseNumber(valueText, '.');
    if (Number.isNaN(value)) {
      skippedRows++;
      continue;
    }
    years.add(year);
    series.points.push({ year, value });
  }

  const series = [...byKey.values()];
  for (const s of series) s.points.sort((a, b) => a.year - b.year);
  series.sort((a, b) => Number(b.headline) - Number(a.headline));
  const headlines = series.filter((s) => s.headline);
  const data: SdgData = {
    years: [...years].sort((a, b) => a - b),
    series,
    headline: headlines[0],
    headlines,
    dimensions: dims.map(({ name }, d) => ({ name, values: [...dimValues[d]!] })),
    skippedRows,
  };
  if (unitIndex >= 0) data.units = [...units];
  if (seriesIndex >= 0) data.seriesNames = [...seriesNames];
  if (geoIndex >= 0) data.geoCodes = [...geoCodes];
  return data;
}
