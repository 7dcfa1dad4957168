/** The series a reader selected, as a tidy Open SDG CSV (UTF-8 with BOM, for Excel). */
import type { SdgSeries } from '@minga/data';

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * `Year, [Units], [Series], dimensions…, Value`, one row per observation, blank for totals,
 * beginning with a byte-order mark so spreadsheet programs read the accents.
 */
export function selectionCsv(series: readonly SdgSeries[], dimensions: readonly string[]): string {
  const hasUnit = series.some((s) => s.unit !== undefined);
  const hasSeries = series.some((s) => s.seriesName !== undefined);
  const header = [
    'Year',
    ...(hasUnit ? ['Units'] : []),
    ...(hasSeries ? ['Series'] : []),
    ...dimensions,
    'Value',
  ];
  const lines = [header.map(quote).join(',')];
  for (const s of series)
    for (const p of s.points)
      lines.push(
        [
          String(p.year),
          ...(hasUnit ? [s.unit ?? ''] : []),
          ...(hasSeries ? [s.seriesName ?? ''] : []),
          ...dimensions.map((d) => s.disaggregation[d] ?? ''),
          String(p.value),
        ]
          .map(quote)
          .join(','),
      );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
