/**
 * Formatters on `Intl`, with Ecuador's conventions by default: Spanish means `es-EC`
 * (decimal comma, dot for thousands, US dollars), dates in America/Guayaquil.
 * Formatter objects are cached, since building one costs far more than using it
 * (a table formats hundreds of cells per page).
 *
 * Calendar dates without a time (a CSV's `15/03/2025`) are represented as `Date` objects at
 * UTC midnight; format them with `{ dateOnly: true }` so no time zone shifts them a day.
 * Every formatter returns `''` for `null`, `undefined`, `NaN` and invalid dates.
 */

/** Ecuador's time zone, used for dates with a time. */
export const DEFAULT_TIME_ZONE = 'America/Guayaquil';

const localeCache = new Map<string, string>();

/**
 * Maps a page language to the locale used for formats: plain Spanish becomes `es-EC`,
 * a language `Intl` does not know falls back to `es-EC`.
 */
export function formatLocale(lang: string | undefined): string {
  const key = (lang || 'es').trim();
  let locale = localeCache.get(key);
  if (locale === undefined) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(key)[0];
    } catch {
      canonical = undefined;
    }
    if (canonical === undefined) locale = 'es-EC';
    else if (canonical.toLowerCase() === 'es') locale = 'es-EC';
    else if (Intl.NumberFormat.supportedLocalesOf(canonical).length > 0) locale = canonical;
    else locale = 'es-EC';
    localeCache.set(key, locale);
  }
  return locale;
}

const formatterCache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatterCache.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatterCache.set(key, formatter);
  }
  return formatter;
}

/** A cached `Intl.NumberFormat` for the page language. */
export function numberFormat(
  lang?: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const locale = formatLocale(lang);
  return cached('n', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** A cached `Intl.DateTimeFormat` for the page language. */
export function dateTimeFormat(
  lang?: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  const locale = formatLocale(lang);
  return cached('d', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

type Numeric = number | bigint | null | undefined;

function isMissing(value: Numeric): value is null | undefined {
  return (
    value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))
  );
}

/** `1234.5` → `1.234,5` (es) / `1,234.5` (en). */
export function formatNumber(
  value: Numeric,
  lang?: string,
  options?: Intl.NumberFormatOptions,
): string {
  if (isMissing(value)) return '';
  return numberFormat(lang, options).format(value);
}

/** Money, in US dollars unless told otherwise: `1234.5` → `$1.234,50` (es-EC). */
export function formatMoney(
  value: Numeric,
  lang?: string,
  options: Intl.NumberFormatOptions = {},
): string {
  if (isMissing(value)) return '';
  return numberFormat(lang, { style: 'currency', currency: 'USD', ...options }).format(value);
}

/** A fraction as a percentage: `0.125` → `12,5 %` (es-EC) / `12.5%` (en). */
export function formatPercent(
  value: Numeric,
  lang?: string,
  options: Intl.NumberFormatOptions = {},
): string {
  if (isMissing(value)) return '';
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1, ...options }).format(
    value,
  );
}

/** Options of {@link formatDate}: `Intl.DateTimeFormatOptions` plus `dateOnly`. */
export interface DateFormatOptions extends Intl.DateTimeFormatOptions {
  /** A calendar date stored at UTC midnight: format it in UTC so it never shifts a day. */
  dateOnly?: boolean;
}

function toDate(value: Date | number | string | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function dateOptions(options: DateFormatOptions): Intl.DateTimeFormatOptions {
  const { dateOnly, ...rest } = options;
  const hasFields =
    rest.dateStyle !== undefined ||
    rest.timeStyle !== undefined ||
    rest.year !== undefined ||
    rest.month !== undefined ||
    rest.day !== undefined ||
    rest.weekday !== undefined ||
    rest.hour !== undefined ||
    rest.minute !== undefined;
  return {
    ...(hasFields ? {} : { dateStyle: 'medium' }),
    ...rest,
    timeZone: dateOnly ? 'UTC' : (rest.timeZone ?? DEFAULT_TIME_ZONE),
  };
}

/** `2026-11-29` → `29 nov 2026` (es-EC, medium) / `Nov 29, 2026` (en). */
export function formatDate(
  value: Date | number | string | null | undefined,
  lang?: string,
  options: DateFormatOptions = {},
): string {
  const date = toDate(value);
  if (date === undefined) return '';
  return dateTimeFormat(lang, dateOptions(options)).format(date);
}

/** A range, with what the two ends share written once: `1–15 mar 2026`. */
export function formatDateRange(
  start: Date | number | string | null | undefined,
  end: Date | number | string | null | undefined,
  lang?: string,
  options: DateFormatOptions = {},
): string {
  const from = toDate(start);
  const to = toDate(end);
  if (from === undefined || to === undefined) return formatDate(from ?? to, lang, options);
  const [a, b] = from.getTime() <= to.getTime() ? [from, to] : [to, from];
  return dateTimeFormat(lang, dateOptions(options)).formatRange(a, b);
}

const RELATIVE_STEPS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** `hace 3 días`, `en 2 horas`, `ayer` (es) / `3 days ago` (en), relative to `now`. */
export function formatRelativeTime(
  value: Date | number | string | null | undefined,
  lang?: string,
  { now = Date.now(), numeric = 'auto' }: { now?: Date | number; numeric?: 'auto' | 'always' } = {},
): string {
  const date = toDate(value);
  if (date === undefined) return '';
  let amount = (date.getTime() - Number(now)) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) {
      const locale = formatLocale(lang);
      const rtf = cached(
        'r',
        locale,
        { numeric },
        () => new Intl.RelativeTimeFormat(locale, { numeric }),
      );
      return rtf.format(Math.round(amount), unit);
    }
    amount /= size;
  }
  return '';
}

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Bytes in SI units, as file managers show them: `2400000` → `2,4 MB`. */
export function formatFileSize(bytes: Numeric, lang?: string): string {
  if (isMissing(bytes)) return '';
  let size = Number(bytes);
  let unit = 0;
  while (Math.abs(size) >= 1000 && unit < SIZE_UNITS.length - 1) {
    size /= 1000;
    unit += 1;
  }
  return numberFormat(lang, {
    style: 'unit',
    unit: SIZE_UNITS[unit],
    // CLDR's short form of "byte" has no plural ("512 byte"): the long form reads right.
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(size);
}
