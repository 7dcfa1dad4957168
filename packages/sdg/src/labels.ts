/**
 * Labels for the codes Open SDG files use for disaggregations: dimension names (`Sex`, `AGE`,
 * `DISABILITY_STATUS`…) and values (`female`, `F`, `disabled`, `Y15T24`, `quintile1`…), in the
 * page's language. A site's own translation file (the format Open SDG sites keep) comes
 * first; an unknown code is shown as it is, never guessed. DOM-free.
 */
import type { MessageKey } from '@minga/core';

/**
 * A site's translations, as Open SDG keeps them: `{ es: { data: { female: 'Mujeres' } } }`
 * (language → group → key → label, the `translations.json` that sdg-translations and site
 * data repositories build from their `translations/<lang>/<group>.yml` files).
 */
export type SiteTranslations = Record<string, Record<string, Record<string, string>>>;

/** Dimension names (matched without case, `_` read as a space) with a localized label. */
const DIMENSIONS: Record<string, MessageKey> = {
  sex: 'sdg.dimension.sex',
  age: 'sdg.dimension.age',
  'age group': 'sdg.dimension.age',
  area: 'sdg.dimension.area',
  location: 'sdg.dimension.location',
  urbanisation: 'sdg.dimension.location',
  urbanization: 'sdg.dimension.location',
  disability: 'sdg.dimension.disability',
  'disability status': 'sdg.dimension.disability',
  income: 'sdg.dimension.income',
  'income level': 'sdg.dimension.income',
  'income wealth quantile': 'sdg.dimension.income',
  quantile: 'sdg.dimension.income',
  education: 'sdg.dimension.education',
  'education level': 'sdg.dimension.education',
  'education lev': 'sdg.dimension.education',
  occupation: 'sdg.dimension.occupation',
  type: 'sdg.dimension.type',
  units: 'sdg.dimension.units',
  unit: 'sdg.dimension.units',
  'unit measure': 'sdg.dimension.units',
  'unit of measure': 'sdg.dimension.units',
  series: 'sdg.dimension.series',
};

/** Values (matched without case) with a localized label, whatever their dimension. */
const VALUES: Record<string, MessageKey> = {
  female: 'sdg.value.female',
  male: 'sdg.value.male',
  other: 'sdg.value.other',
  unknown: 'sdg.value.unknown',
  total: 'sdg.value.total',
  urban: 'sdg.value.urban',
  rural: 'sdg.value.rural',
  disabled: 'sdg.value.disabled',
  'with disability': 'sdg.value.disabled',
  'persons with disability': 'sdg.value.disabled',
  nondisabled: 'sdg.value.nondisabled',
  'non-disabled': 'sdg.value.nondisabled',
  'without disability': 'sdg.value.nondisabled',
  'persons without disability': 'sdg.value.nondisabled',
  quintile1: 'sdg.value.quintile1',
  quintile2: 'sdg.value.quintile2',
  quintile3: 'sdg.value.quintile3',
  quintile4: 'sdg.value.quintile4',
  quintile5: 'sdg.value.quintile5',
  'quintile 1': 'sdg.value.quintile1',
  'quintile 2': 'sdg.value.quintile2',
  'quintile 3': 'sdg.value.quintile3',
  'quintile 4': 'sdg.value.quintile4',
  'quintile 5': 'sdg.value.quintile5',
  primary: 'sdg.value.primary',
  secondary: 'sdg.value.secondary',
  tertiary: 'sdg.value.tertiary',
  percent: 'sdg.value.percent',
  number: 'sdg.value.number',
  ratio: 'sdg.value.ratio',
};

/** SDMX codes that mean something only in their dimension (`F` is female in `SEX`). */
const SDMX_VALUES: Record<string, Record<string, MessageKey>> = {
  sex: { f: 'sdg.value.female', m: 'sdg.value.male', _t: 'sdg.value.total' },
  urbanisation: { u: 'sdg.value.urban', r: 'sdg.value.rural', _t: 'sdg.value.total' },
  location: { u: 'sdg.value.urban', r: 'sdg.value.rural', _t: 'sdg.value.total' },
  'disability status': {
    pd: 'sdg.value.disabled',
    npd: 'sdg.value.nondisabled',
    _t: 'sdg.value.total',
  },
  'income wealth quantile': {
    q1: 'sdg.value.quintile1',
    q2: 'sdg.value.quintile2',
    q3: 'sdg.value.quintile3',
    q4: 'sdg.value.quintile4',
    q5: 'sdg.value.quintile5',
    _t: 'sdg.value.total',
  },
  age: { _t: 'sdg.value.total' },
};

/** A label to look up: a message key and its parameters. */
export interface CodeLabel {
  key: MessageKey;
  params?: Record<string, string>;
}

const norm = (code: string) =>
  code
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();

/** The built-in label of a dimension name, or `undefined` (then it is shown as it is). */
export function dimensionCode(name: string): CodeLabel | undefined {
  const key = DIMENSIONS[norm(name)];
  return key ? { key } : undefined;
}

/**
 * The built-in label of a value in a dimension, or `undefined`. Age groups are read from their
 * codes' fixed forms: SDMX `Y15T24`, `Y_GE65`, `Y_LT5` and Open SDG's "aged 15-24 years",
 * "aged 65 years and over", "under 5 years".
 */
export function valueCode(value: string, dimension = ''): CodeLabel | undefined {
  const code = value.trim();
  const inDimension = SDMX_VALUES[norm(dimension)]?.[code.toLowerCase()];
  if (inDimension) return { key: inDimension };
  const key = VALUES[norm(code)];
  if (key) return { key };
  return ageCode(code);
}

function ageCode(code: string): CodeLabel | undefined {
  let m =
    /^Y(\d+)T(\d+)$/i.exec(code) ?? /^(?:aged\s+)?(\d+)\s*(?:-|–|to)\s*(\d+)\s+years?$/i.exec(code);
  if (m) return { key: 'sdg.age.range', params: { from: m[1]!, to: m[2]! } };
  m =
    /^Y_?GE(\d+)$/i.exec(code) ??
    /^(?:aged\s+)?(\d+)\s*(?:\+|years?\s*(?:and\s+(?:over|older)|\+))$/i.exec(code);
  if (m) return { key: 'sdg.age.over', params: { from: m[1]! } };
  m = /^Y_?LT(\d+)$/i.exec(code) ?? /^(?:aged\s+)?under\s+(\d+)\s+years?$/i.exec(code);
  if (m) return { key: 'sdg.age.under', params: { to: m[1]! } };
  m = /^Y(\d+)$/i.exec(code);
  if (m) return { key: 'sdg.age.single', params: { age: m[1]! } };
  return undefined;
}

/**
 * A site's label for a code in `lang` (then in its base language, `es` for `es-EC`): a
 * `group.key` code is looked up as written; otherwise in the group named after the dimension
 * (`SEX`, `Sex`, `sex`), then in `data`. `undefined` when the site has none.
 */
export function siteLabel(
  translations: SiteTranslations | undefined,
  lang: string,
  code: string,
  dimension?: string,
): string | undefined {
  if (!translations) return undefined;
  const base = lang.split('-')[0]!.toLowerCase();
  const languages = [translations[lang], translations[base]].filter(Boolean);
  const trimmed = code.trim();
  for (const groups of languages) {
    const dot = trimmed.indexOf('.');
    if (dot > 0) {
      const found = groups![trimmed.slice(0, dot)]?.[trimmed.slice(dot + 1)];
      if (typeof found === 'string') return found;
    }
    const names = dimension
      ? [dimension, dimension.toUpperCase(), dimension.toLowerCase(), 'data']
      : ['data'];
    for (const name of names) {
      const group = groups![name];
      if (!group) continue;
      const found = group[trimmed] ?? group[trimmed.toLowerCase()];
      if (typeof found === 'string') return found;
    }
  }
  return undefined;
}

/**
 * Reads a translation file: Open SDG's `translations.json` (language → group → key → label),
 * or one group's file for one language (`translations/es/data.yml`: key → label, read as the
 * `data` group of `lang`). Anything else gives `undefined`.
 */
export function readSiteTranslations(parsed: unknown, lang: string): SiteTranslations | undefined {
  if (!isObject(parsed)) return undefined;
  const entries = Object.entries(parsed);
  if (entries.length > 0 && entries.every(([, v]) => typeof v === 'string'))
    return { [lang]: { data: parsed as Record<string, string> } };
  const out: SiteTranslations = {};
  for (const [language, groups] of entries) {
    if (!isObject(groups)) continue;
    out[language] = {};
    for (const [group, labels] of Object.entries(groups)) {
      if (!isObject(labels)) continue;
      const clean: Record<string, string> = {};
      for (const [k, v] of Object.entries(labels)) if (typeof v === 'string') clean[k] = v;
      out[language]![group] = clean;
    }
  }
  return Object.keys(out).length ? out : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
