/**
 * Column type inference and per-type cell converters. Sample-based and conservative: a column
 * gets a type only when (nearly) every sampled value reads as that type, otherwise it stays
 * text. Identifier-like values (leading zeros, more than 15 digits) keep a column as text.
 */
import type { Cell, ColumnType, DateOrder, DecimalSeparator } from './types.js';
import {
  DATE_DAY_FIRST,
  DATE_HAS_TIME,
  DATE_MONTH_FIRST,
  ECUADOR_OFFSET_MINUTES,
  NUM_CURRENCY,
  NUM_FRACTION,
  NUM_LEADING_ZERO,
  NUM_PERCENT,
  NUM_TOO_LONG,
  dateFlags,
  isEmail,
  isPlaceholder,
  isSafeUrl,
  numberFlags,
  parseBoolean,
  parseDate,
  parseNumber,
} from './values.js';

/** How to read one column's cells. */
export interface ColumnSpec {
  type: ColumnType;
  decimal?: DecimalSeparator;
  dateOrder?: DateOrder;
  /** Custom boolean words (Table Schema `trueValues`/`falseValues`), lower case. */
  trueValues?: string[];
  falseValues?: string[];
  /** Accept leading zeros in numbers (the type was given, not guessed). */
  lenient?: boolean;
}

/** Returned by a converter when the text is not a value of the column's type. */
export const INVALID: unique symbol = Symbol('invalid');

/** Turns a non-empty cell text into a typed value, or {@link INVALID}. */
export type Converter = (text: string) => Cell | typeof INVALID;

/** Header names that mean money (with decimals, a number column in them is `currency`). */
export const MONEY_NAME =
  /monto|valor|precio|total|presupuest|costo|importe|salario|sueldo|remunera|pago|ingreso|egreso|gasto|devengad|comprometid|codificad|saldo|d[oó]lar|usd|amount|price|budget|salary|cost/i;

/** Readable and unreadable counts of `values` with each decimal separator (comma minus dot). */
export function decimalEvidence(values: readonly string[]): number {
  let score = 0;
  for (const v of values) {
    const comma = !Number.isNaN(parseNumber(v, ','));
    const dot = !Number.isNaN(parseNumber(v, '.'));
    if (comma && !dot) score++;
    else if (dot && !comma) score--;
  }
  return score;
}

function tolerance(n: number): number {
  return n >= 100 ? Math.floor(n / 100) : 0;
}

/**
 * The type of a column from a sample of its non-empty texts (placeholders such as "N/D"
 * excluded). `header` helps tell money from other numbers.
 */
export function inferColumn(
  values: readonly string[],
  header = '',
  decimal: DecimalSeparator = '.',
): ColumnSpec {
  const n = values.length;
  if (n === 0) return { type: 'text' };
  const allowed = tolerance(n);

  // Booleans: only when the whole sample agrees (no tolerance).
  let bools = 0;
  let ones = 0;
  let zeros = 0;
  for (const v of values) {
    if (parseBoolean(v) === null) break;
    bools++;
    const t = v.trim();
    if (t === '1') ones++;
    else if (t === '0') zeros++;
  }
  if (bools === n && (ones + zeros < n || (ones > 0 && zeros > 0))) return { type: 'boolean' };

  // Numbers.
  let failed = 0;
  let fraction = 0;
  let percent = 0;
  let currency = 0;
  for (const v of values) {
    const x = parseNumber(v, decimal);
    const f = numberFlags();
    if (Number.isNaN(x) || f & (NUM_LEADING_ZERO | NUM_TOO_LONG)) {
      if (++failed > allowed) break;
      continue;
    }
    if (f & NUM_FRACTION) fraction++;
    if (f & NUM_PERCENT) percent++;
    if (f & NUM_CURRENCY) currency++;
  }
  if (failed <= allowed) {
    const ok = n - failed;
    if (percent > 0 && percent >= ok * 0.9) return { type: 'percent', decimal };
    if (percent === 0) {
      if (currency >= ok * 0.5 || (fraction > 0 && MONEY_NAME.test(header)))
        return { type: 'currency', decimal };
      return { type: fraction > 0 ? 'number' : 'integer', decimal };
    }
  }

  // Dates.
  failed = 0;
  let dayFirst = false;
  let monthFirst = false;
  for (const v of values) {
    parseDate(v, 'dmy');
    const f = dateFlags();
    if (f & DATE_DAY_FIRST) dayFirst = true;
    if (f & DATE_MONTH_FIRST) monthFirst = true;
  }
  const dateOrder: DateOrder = monthFirst && !dayFirst ? 'mdy' : 'dmy';
  let withTime = 0;
  for (const v of values) {
    if (Number.isNaN(parseDate(v, dateOrder))) {
      if (++failed > allowed) break;
    } else if (dateFlags() & DATE_HAS_TIME) withTime++;
  }
  if (failed <= allowed) return { type: withTime > 0 ? 'datetime' : 'date', dateOrder };

  failed = 0;
  for (const v of values) if (!isSafeUrl(v) && ++failed > allowed) break;
  if (failed <= allowed) return { type: 'url' };

  failed = 0;
  for (const v of values) if (!isEmail(v) && ++failed > allowed) break;
  if (failed <= allowed) return { type: 'email' };

  return { type: 'text' };
}

const GUAYAQUIL_MS = -ECUADOR_OFFSET_MINUTES * 60000;

/** The converter for a column spec. */
export function converterFor(spec: ColumnSpec): Converter {
  const decimal = spec.decimal ?? '.';
  const strict = !spec.lenient;
  switch (spec.type) {
    case 'integer':
    case 'number':
    case 'currency':
      return (s) => {
        const x = parseNumber(s, decimal);
        if (Number.isNaN(x) || (strict && numberFlags() & NUM_LEADING_ZERO)) return INVALID;
        return x;
      };
    case 'percent':
      return (s) => {
        const x = parseNumber(s, decimal, 2);
        if (Number.isNaN(x) || (strict && numberFlags() & NUM_LEADING_ZERO)) return INVALID;
        return x;
      };
    case 'date': {
      const order = spec.dateOrder ?? 'dmy';
      return (s) => {
        const t = parseDate(s, order);
        if (Number.isNaN(t) || dateFlags() & DATE_HAS_TIME) return INVALID;
        return new Date(t);
      };
    }
    case 'datetime': {
      const order = spec.dateOrder ?? 'dmy';
      return (s) => {
        const t = parseDate(s, order);
        if (Number.isNaN(t)) return INVALID;
        return new Date(dateFlags() & DATE_HAS_TIME ? t : t + GUAYAQUIL_MS);
      };
    }
    case 'boolean': {
      if (spec.trueValues || spec.falseValues) {
        const yes = new Set(spec.trueValues ?? []);
        const no = new Set(spec.falseValues ?? []);
        return (s) => {
          const t = s.trim().toLowerCase();
          return yes.has(t) ? true : no.has(t) ? false : INVALID;
        };
      }
      return (s) => parseBoolean(s) ?? INVALID;
    }
    case 'url':
      return (s) => (isSafeUrl(s) ? s.trim() : INVALID);
    case 'email':
      return (s) => (isEmail(s) ? s.trim() : INVALID);
    default:
      return (s) => {
        const t = s.trim();
        return t === '' ? null : t;
      };
  }
}

/** True when a non-empty text should not count as a sample value ("N/D", "-"). */
export function skipInSample(text: string): boolean {
  return isPlaceholder(text);
}
