/**
 * Readers for single values written the way Ecuadorian public offices write them: numbers
 * with a decimal comma or dot and thousands separators, dollars and percentages, dd/mm/yyyy
 * and ISO dates, sí/no. DOM-free, allocation-light (they run on every cell of a big file).
 */
import type { DateOrder, DecimalSeparator } from './types.js';

/** Flags of the last {@link parseNumber} call, read with {@link numberFlags}. */
export const NUM_CURRENCY = 1;
export const NUM_PERCENT = 2;
export const NUM_FRACTION = 4;
/** An integer part with a leading zero ("0912345678"): an identifier, not a quantity. */
export const NUM_LEADING_ZERO = 8;
/** More than 15 significant digits: cannot be kept exactly, so an identifier. */
export const NUM_TOO_LONG = 16;

let flags = 0;

/** Flags (NUM_*) of the last `parseNumber` call. */
export function numberFlags(): number {
  return flags;
}

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
  1e18, 1e19, 1e20, 1e21, 1e22,
];

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 0x202f || c === 0x2007;
}

function isUsd(s: string, i: number): boolean {
  return (
    (s.charCodeAt(i) | 32) === 117 &&
    (s.charCodeAt(i + 1) | 32) === 115 &&
    (s.charCodeAt(i + 2) | 32) === 100
  );
}

/**
 * Reads a number: "1.234,56" (decimal comma) or "1,234.56" (decimal dot), "-1.234",
 * "(1.234)" (negative), "$ 1.234,56", "USD 10", "12,5 %", "1,5E+06" (dot files only).
 * Thousands separators must group by three. Returns `NaN` when the text is not a number.
 * A percentage is returned as written (12.5): pass `shift = 2` to get the fraction (0.125),
 * computed exactly. Sets {@link numberFlags}.
 */
export function parseNumber(text: string, decimal: DecimalSeparator = '.', shift = 0): number {
  flags = 0;
  const s = text;
  const n = s.length;
  let i = 0;
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  let negative = false;
  let paren = false;
  let signed = false;
  let c = s.charCodeAt(i);
  if (c === 40 /* ( */) {
    paren = true;
    i++;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    c = s.charCodeAt(i);
  }
  if (c === 45 /* - */ || c === 0x2212) {
    negative = true;
    signed = true;
    i++;
  } else if (c === 43 /* + */) {
    signed = true;
    i++;
  }
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  c = s.charCodeAt(i);
  if (c === 36 /* $ */) {
    flags |= NUM_CURRENCY;
    i++;
  } else if (isUsd(s, i)) {
    flags |= NUM_CURRENCY;
    i += 3;
    if (s.charCodeAt(i) === 36) i++; // US$
  } else if ((c | 32) === 117 && (s.charCodeAt(i + 1) | 32) === 115 && s.charCodeAt(i + 2) === 36) {
    flags |= NUM_CURRENCY;
    i += 3;
  }
  if (flags & NUM_CURRENCY) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    c = s.charCodeAt(i);
    if (!signed && (c === 45 || c === 0x2212)) {
      negative = true;
      i++;
    }
  }
  const group = decimal === ',' ? 46 : 44;
  const dec = decimal === ',' ? 44 : 46;
  const start = i;
  let mantissa = 0;
  let digits = 0;
  let intDigits = 0;
  let sinceGroup = 0;
  let grouped = false;
  let firstDigit = -1;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (firstDigit < 0) firstDigit = c - 48;
      mantissa = mantissa * 10 + (c - 48);
      if (digits > 0 || c !== 48) digits++;
      intDigits++;
      sinceGroup++;
    } else if (c === group) {
      if (intDigits === 0 || (grouped ? sinceGroup !== 3 : sinceGroup > 3)) return NaN;
      grouped = true;
      sinceGroup = 0;
    } else break;
  }
  if (grouped && sinceGroup !== 3) return NaN;
  let scale = 0;
  if (i < n && c === dec) {
    i++;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      mantissa = mantissa * 10 + (c - 48);
      if (digits > 0 || c !== 48) digits++;
      scale++;
    }
    if (scale === 0) return NaN;
    flags |= NUM_FRACTION;
  }
  if (intDigits === 0 && scale === 0) return NaN;
  let exponent = false;
  if (i < n && (c === 101 || c === 69) /* e E */ && decimal === '.') {
    let j = i + 1;
    const sc = s.charCodeAt(j);
    if (sc === 43 || sc === 45) j++;
    const expStart = j;
    while (j < n && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    if (j === expStart) return NaN;
    exponent = true;
    i = j;
  }
  const exponentEnd = i;
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  c = s.charCodeAt(i);
  if (c === 37 /* % */) {
    flags |= NUM_PERCENT;
    i++;
  } else if (isUsd(s, i)) {
    flags |= NUM_CURRENCY;
    i += 3;
  } else if (c === 36) {
    flags |= NUM_CURRENCY;
    i++;
  }
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  if (paren) {
    if (s.charCodeAt(i) !== 41 /* ) */ || negative) return NaN;
    negative = true;
    i++;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
  }
  if (i !== n) return NaN;
  if (intDigits > 1 && firstDigit === 0 && !grouped) flags |= NUM_LEADING_ZERO;
  let value: number;
  if (digits > 15 || exponent || scale + shift > 22) {
    if (digits > 15) flags |= NUM_TOO_LONG;
    let plain = s.slice(start, exponentEnd);
    plain = plain.split(decimal === ',' ? '.' : ',').join('');
    if (decimal === ',') plain = plain.replace(',', '.');
    value = Number(shift ? `${plain}e-${shift}` : plain);
    if (Number.isNaN(value)) return NaN;
  } else {
    // Exact: an integer below 2^53 divided by a power of ten is correctly rounded.
    value = mantissa / POW10[scale + shift]!;
  }
  return negative ? -value : value;
}

/** Flags of the last {@link parseDate} call, read with {@link dateFlags}. */
export const DATE_HAS_TIME = 1;
/** The first number of a d/m/y date is over 12: it can only be the day. */
export const DATE_DAY_FIRST = 2;
/** The second number is over 12: it can only be the day (month first, as in the US). */
export const DATE_MONTH_FIRST = 4;
/** Written as d/m/y or m/d/y (not ISO). */
export const DATE_NUMERIC = 8;
/** Has an explicit offset or `Z`. */
export const DATE_OFFSET = 16;

let dflags = 0;

/** Flags (DATE_*) of the last `parseDate` call. */
export function dateFlags(): number {
  return dflags;
}

/** Offset of Ecuador (America/Guayaquil, no daylight saving time): UTC−5. */
export const ECUADOR_OFFSET_MINUTES = -300;

const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** `dd/mm/yyyy`, `d/m/yyyy` (also with `-` or `.`) and `yyyy-mm-dd` without a regex; `undefined` for anything else. */
function fastDate(s: string, len: number, order: DateOrder): number | undefined {
  const d = (i: number) => s.charCodeAt(i) - 48;
  if (len === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (d(i) < 0 || d(i) > 9) return undefined;
    const y = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
    return build(
      y,
      d(5) * 10 + d(6),
      d(8) * 10 + d(9),
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    );
  }
  // d/m/yyyy family: find the two separators.
  let i = 0;
  let a = 0;
  while (i < len && i < 2 && d(i) >= 0 && d(i) <= 9) a = a * 10 + d(i++);
  const sep = s.charCodeAt(i);
  if (i === 0 || (sep !== 47 && sep !== 45 && sep !== 46)) return undefined;
  let j = i + 1;
  let b = 0;
  while (j < len && j < i + 3 && d(j) >= 0 && d(j) <= 9) b = b * 10 + d(j++);
  if (j === i + 1 || s.charCodeAt(j) !== sep || len - j - 1 !== 4) return undefined;
  let y = 0;
  for (let k = j + 1; k < len; k++) {
    const digit = d(k);
    if (digit < 0 || digit > 9) return undefined;
    y = y * 10 + digit;
  }
  dflags |= DATE_NUMERIC;
  if (a > 12) dflags |= DATE_DAY_FIRST;
  if (b > 12) dflags |= DATE_MONTH_FIRST;
  return order === 'dmy'
    ? build(y, b, a, undefined, undefined, undefined, undefined, undefined)
    : build(y, a, b, undefined, undefined, undefined, undefined, undefined);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(
  y: number,
  mo: number,
  d: number,
  hh: string | undefined,
  mi: string | undefined,
  ss: string | undefined,
  frac: string | undefined,
  offset: string | undefined,
): number {
  if (mo < 1 || mo > 12 || d < 1 || y < 1000) return NaN;
  if (d > 28 && d > daysIn(y, mo)) return NaN;
  if (hh === undefined) {
    const t = Date.UTC(y, mo - 1, d);
    return t;
  }
  dflags |= DATE_HAS_TIME;
  const h = +hh;
  const m = +mi!;
  const sec = ss === undefined ? 0 : +ss;
  if (h > 23 || m > 59 || sec > 59) return NaN;
  const ms = frac === undefined ? 0 : Math.floor(+`0.${frac}` * 1000 + 1e-7);
  let offsetMinutes = ECUADOR_OFFSET_MINUTES;
  if (offset !== undefined) {
    dflags |= DATE_OFFSET;
    if (offset === 'Z' || offset === 'z') offsetMinutes = 0;
    else {
      const sign = offset[0] === '-' ? -1 : 1;
      const digits = offset.slice(1).replace(':', '');
      const oh = +digits.slice(0, 2);
      const om = digits.length > 2 ? +digits.slice(2, 4) : 0;
      if (oh > 14 || om > 59) return NaN;
      offsetMinutes = sign * (oh * 60 + om);
    }
  }
  return Date.UTC(y, mo - 1, d, h, m, sec, ms) - offsetMinutes * 60000;
}

/**
 * Reads a date or date-time and returns its time in ms since the epoch (`NaN` when it is not
 * one). A calendar date ("05/03/2026" = 5 March 2026 with `order` 'dmy', "2026-03-05") gives
 * UTC midnight; a date-time without offset ("2026-03-05 10:00") is read in Ecuador's time
 * (UTC−5); with an offset or `Z` it is that instant. Sets {@link dateFlags}.
 */
export function parseDate(text: string, order: DateOrder = 'dmy'): number {
  dflags = 0;
  const s = text.trim();
  const len = s.length;
  if (len < 8 || len > 35) return NaN;
  const c0 = s.charCodeAt(0);
  if (c0 < 48 || c0 > 57) return NaN;
  if (len <= 10) {
    const fast = fastDate(s, len, order);
    if (fast !== undefined) return fast;
  }
  if (isDigit(s.charCodeAt(1)) && isDigit(s.charCodeAt(2)) && isDigit(s.charCodeAt(3))) {
    const m = ISO.exec(s);
    if (m === null) return NaN;
    return build(+m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6], m[7], m[8]);
  }
  const m = NUMERIC.exec(s);
  if (m === null) return NaN;
  dflags |= DATE_NUMERIC;
  const a = +m[1]!;
  const b = +m[3]!;
  if (a > 12) dflags |= DATE_DAY_FIRST;
  if (b > 12) dflags |= DATE_MONTH_FIRST;
  const day = order === 'dmy' ? a : b;
  const month = order === 'dmy' ? b : a;
  return build(+m[4]!, month, day, m[5], m[6], m[7], undefined, undefined);
}

const TRUE_WORDS = new Set(['sí', 'si', 'true', 'verdadero', 'yes', '1']);
const FALSE_WORDS = new Set(['no', 'false', 'falso', '0']);

/** `true`, `false`, or `null` when the text is not one of sí/si/no, true/false, verdadero/falso, yes, 1/0. */
export function parseBoolean(text: string): boolean | null {
  const s = text.trim().toLowerCase();
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return null;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"']+@[^\s@<>()[\]\\,;:"']+\.[a-z]{2,}$/i;

/** True when the text is one e-mail address. */
export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const URL_LIKE = /^(?:https?:\/\/[^\s/?#]+\S*|mailto:[^\s@]+@\S+)$/i;

/**
 * The value as a link target when it is an absolute `http:`, `https:` or `mailto:` URL (the
 * normalized `href`), else `null`: `javascript:`, `data:`, relative paths and anything else
 * are refused. Use it before putting any loaded value in an `href`.
 */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string' && !(value instanceof URL)) return null;
  const text = String(value).trim();
  if (!URL_LIKE.test(text)) return null;
  try {
    const url = new URL(text);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * True when the text is an absolute http(s) or mailto URL. Checked by its scheme only (fast,
 * for typing columns); {@link safeUrl} also parses it.
 */
export function isSafeUrl(text: string): boolean {
  return URL_LIKE.test(text.trim());
}

/** Texts that mean "no data" in public spreadsheets; kept as written, never a reason to type a column as text. */
export const PLACEHOLDERS = new Set([
  '-',
  '--',
  '—',
  '–',
  'n/a',
  'n/d',
  's/d',
  'na',
  'nd',
  'sd',
  'null',
  'nan',
  '#n/a',
  '#n/d',
  '¡valor!',
  '#value!',
  '#¡valor!',
  '...',
]);

/** True for a "no data" placeholder ("N/D", "-", "#N/A"…). */
export function isPlaceholder(text: string): boolean {
  return text.length <= 8 && PLACEHOLDERS.has(text.trim().toLowerCase());
}
