/**
 * Dictionary encoding of one column: each distinct value kept once, a code per row. Ranking
 * and search both work on the distinct values only, so a value repeated on 10,000 rows is
 * ranked and folded once. Fed batch by batch while rows arrive (the worker keeps no rows). No
 * DOM.
 */
import type { Cell, ColumnType, Row } from '../types.js';
import { collationKey } from './fold.js';

/**
 * The rank of every row in one column: equal values share a rank, blanks get `blankRank`.
 * Ranks make every later sort an O(n) counting sort, whatever the column type.
 */
export interface ColumnRanks {
  ranks: Uint32Array;
  /** Number of distinct non-blank ranks; blanks have rank `distinct`. */
  distinct: number;
}

/** The number a cell sorts by in a column of `type`, or `undefined` when it sorts as text. */
function sortNumber(cell: Cell, type: ColumnType): number | undefined {
  switch (type) {
    case 'integer':
    case 'number':
    case 'currency':
    case 'percent':
      return typeof cell === 'number' && !Number.isNaN(cell) ? cell : undefined;
    case 'date':
    case 'datetime': {
      const time = cell instanceof Date ? cell.getTime() : Number.NaN;
      return Number.isNaN(time) ? undefined : time;
    }
    case 'boolean':
      return typeof cell === 'boolean' ? Number(cell) : undefined;
    default:
      return undefined;
  }
}

/** One column's distinct values and per-row codes; code 0 is the blank value. */
export class ColumnDictionary {
  /** Per row, the code of its value (the first `count` entries are used). */
  #codes = new Uint32Array(1024);
  #count = 0;
  /** The distinct values, by code. */
  readonly values: Cell[] = [''];
  readonly #seen = new Map<Cell, number>([['', 0]]);
  /** Dates by time: two `Date` objects of the same instant are one value. */
  readonly #dates = new Map<number, number>();

  /** Rows encoded so far. */
  get count(): number {
    return this.#count;
  }

  /** The codes of the rows encoded so far. */
  codes(): Uint32Array {
    return this.#codes.subarray(0, this.#count);
  }

  /** Encodes the cell at `at` of each row, after the rows already encoded. */
  add(rows: readonly Row[], at: number): void {
    let i = this.#count;
    this.pad(i + rows.length);
    const codes = this.#codes;
    const values = this.values;
    for (const row of rows) {
      const cell = row[at];
      let code = 0;
      if (cell !== null && cell !== undefined) {
        const dates = cell instanceof Date;
        const seen = dates ? this.#dates : this.#seen;
        const key = dates ? cell.getTime() : cell;
        code = (seen as Map<unknown, number>).get(key) ?? -1;
        if (code < 0) {
          code = values.length;
          values.push(cell);
          (seen as Map<unknown, number>).set(key, code);
        }
      }
      codes[i++] = code;
    }
  }

  /** Grows the table to `count` rows, the new ones blank (a column that appeared later). */
  pad(count: number): void {
    if (count > this.#codes.length) {
      const grown = new Uint32Array(Math.max(count, this.#codes.length * 2));
      grown.set(this.#codes.subarray(0, this.#count));
      this.#codes = grown;
    }
    this.#count = Math.max(this.#count, count);
  }

  /**
   * Ranks the rows as a column of `type`: numbers, currency and percentages as numbers, dates
   * by time, booleans false before true, text in Spanish order (case and accents ignored, ñ
   * after n: `collationKey` in plain code-unit order). Cells of a typed column that could not
   * be read (kept as text) sort after the valid ones; blanks come last. Only the distinct
   * values are sorted. `folded`, when given, holds `fold(value)` of each text value by code
   * (the search dictionary's texts), reused as collation keys.
   */
  ranks(type: ColumnType, folded?: readonly string[]): ColumnRanks {
    const values = this.values;
    const size = values.length;
    const rankOf = new Uint32Array(size);
    // Distinct numbers in order, then each value found among them by binary search.
    const numbers: number[] = [];
    const numberCodes: number[] = [];
    const texts: number[] = [];
    for (let u = 1; u < size; u++) {
      const number = sortNumber(values[u]!, type);
      if (number === undefined) texts.push(u);
      else {
        numbers.push(number);
        numberCodes.push(u);
      }
    }
    const sorted = Float64Array.from(numbers).sort();
    let distinct = 0;
    for (let i = 0; i < sorted.length; i++)
      if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
    for (let j = 0; j < numbers.length; j++) {
      const v = numbers[j]!;
      let lo = 0;
      let hi = distinct - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid]! < v) lo = mid + 1;
        else hi = mid;
      }
      rankOf[numberCodes[j]!] = lo;
    }
    // Texts: each distinct text keyed once, the keys sorted as plain strings (code units).
    if (texts.length > 0) {
      const keys = texts.map((u) => {
        const value = values[u]!;
        return typeof value === 'string'
          ? collationKey(value, folded?.[u])
          : collationKey(String(value));
      });
      // Keys are strings: `sort()` with no comparator is code-unit order, and fast.
      const order = [...keys].sort();
      const rankOfKey = new Map<string, number>();
      let rank = distinct - 1;
      for (let i = 0; i < order.length; i++) {
        if (i === 0 || order[i] !== order[i - 1]) rank++;
        rankOfKey.set(order[i]!, rank);
      }
      for (let j = 0; j < texts.length; j++) rankOf[texts[j]!] = rankOfKey.get(keys[j]!)!;
      distinct = rank + 1;
    }
    // Blanks (code 0: null, undefined and '') last.
    rankOf[0] = distinct;
    const codes = this.codes();
    const ranks = new Uint32Array(codes.length);
    for (let i = 0; i < codes.length; i++) ranks[i] = rankOf[codes[i]!]!;
    return { ranks, distinct };
  }
}
