/**
 * Sorting by ranks: every column's values ranked once (Spanish collation for text), then any
 * number of sort keys is a counting sort per key. No DOM: runs in the worker, on the page and
 * in Node.
 */
import type { Column, Row } from '../types.js';
import { isBlank } from './cells.js';
import { collationKey } from './fold.js';

/** One sort key: a column and a direction. */
export interface SortKey {
  column: string;
  direction: 'asc' | 'desc';
}

/**
 * The rank of every row in one column: equal values share a rank, blanks get `blankRank`.
 * Ranks make every later sort an O(n) counting sort, whatever the column type.
 */
export interface ColumnRanks {
  ranks: Uint32Array;
  /** Number of distinct non-blank ranks; blanks have rank `distinct`. */
  distinct: number;
}

function rankNumbers(
  rows: readonly Row[],
  index: number,
  toNumber: (cell: unknown) => number | undefined,
): { ranks: Uint32Array; distinct: number; rest: number[] } {
  const n = rows.length;
  const keys = new Float64Array(n);
  const isNumber = new Uint8Array(n);
  const rest: number[] = [];
  let count = 0;
  for (let i = 0; i < n; i++) {
    const cell = rows[i]![index];
    if (isBlank(cell)) continue;
    const value = toNumber(cell);
    if (value === undefined || Number.isNaN(value)) {
      rest.push(i);
      continue;
    }
    keys[i] = value;
    isNumber[i] = 1;
    count++;
  }
  const sorted = new Float64Array(count);
  for (let i = 0, k = 0; i < n; i++) if (isNumber[i]) sorted[k++] = keys[i]!;
  sorted.sort();
  // Distinct values, in order.
  let distinct = 0;
  for (let i = 0; i < count; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  const ranks = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (!isNumber[i]) continue;
    // Binary search of the value among the distinct ones.
    const v = keys[i]!;
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = lo;
  }
  return { ranks, distinct, rest };
}

function rankTexts(
  rows: readonly Row[],
  indexes: Iterable<number>,
  index: number,
  ranks: Uint32Array,
  offset: number,
): number {
  // Distinct texts first: repeated values (suppliers, parishes, states) get their collation
  // key computed once, and only distinct keys are sorted.
  const rankOf = new Map<string, number>();
  const rowsOf: Array<[number, string]> = [];
  for (const i of indexes) {
    const text = String(rows[i]![index]);
    rowsOf.push([i, text]);
    if (!rankOf.has(text)) rankOf.set(text, 0);
  }
  const keyed = [...rankOf.keys()].map((text) => [collationKey(text), text] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let rank = offset - 1;
  let previous: string | undefined;
  for (const [key, text] of keyed) {
    if (key !== previous) rank++;
    previous = key;
    rankOf.set(text, rank);
  }
  for (const [i, text] of rowsOf) ranks[i] = rankOf.get(text)!;
  return rank - offset + 1;
}

/**
 * Ranks one column's values: numbers, currency and percentages as numbers, dates by time,
 * booleans false before true, text in Spanish order (case and accents ignored, ñ after n).
 * Cells of a typed column that could not be read (kept as text) sort after the valid ones;
 * blanks come last.
 */
export function rankColumn(rows: readonly Row[], column: Column): ColumnRanks {
  const index = column.index;
  let result: { ranks: Uint32Array; distinct: number; rest: number[] };
  switch (column.type) {
    case 'integer':
    case 'number':
    case 'currency':
    case 'percent':
      result = rankNumbers(rows, index, (c) => (typeof c === 'number' ? c : undefined));
      break;
    case 'date':
    case 'datetime':
      result = rankNumbers(rows, index, (c) => (c instanceof Date ? c.getTime() : undefined));
      break;
    case 'boolean':
      result = rankNumbers(rows, index, (c) => (typeof c === 'boolean' ? Number(c) : undefined));
      break;
    default: {
      const all: number[] = [];
      for (let i = 0; i < rows.length; i++) if (!isBlank(rows[i]![index])) all.push(i);
      result = { ranks: new Uint32Array(rows.length), distinct: 0, rest: all };
    }
  }
  const { ranks, rest } = result;
  let distinct = result.distinct;
  if (rest.length > 0) distinct += rankTexts(rows, rest, index, ranks, distinct);
  for (let i = 0; i < rows.length; i++) if (isBlank(rows[i]![index])) ranks[i] = distinct;
  return { ranks, distinct };
}

/**
 * Stable counting sort of `order` (row indexes) by `ranks`, blanks last in either direction.
 */
export function countingSort(
  order: Uint32Array,
  { ranks, distinct }: ColumnRanks,
  direction: 'asc' | 'desc',
): Uint32Array {
  const counts = new Uint32Array(distinct + 2);
  for (let i = 0; i < order.length; i++) counts[ranks[order[i]!]! + 1]!++;
  // Bucket start positions, in the requested direction, with blanks (rank `distinct`) last.
  const starts = new Uint32Array(distinct + 1);
  let position = 0;
  if (direction === 'asc') {
    for (let r = 0; r < distinct; r++) {
      starts[r] = position;
      position += counts[r + 1]!;
    }
  } else {
    for (let r = distinct - 1; r >= 0; r--) {
      starts[r] = position;
      position += counts[r + 1]!;
    }
  }
  starts[distinct] = position;
  const out = new Uint32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const row = order[i]!;
    out[starts[ranks[row]!]!++] = row;
  }
  return out;
}

/**
 * Sorts all rows by several keys (the first is the most significant), stably: rows that tie on
 * every key keep their original order. Ranks come ready (computed by the worker while it
 * loaded, by column position in `ranked`) or are computed once per column on first use.
 */
export class Sorter {
  readonly #rows: readonly Row[];
  readonly #count: number;
  readonly #columns: ReadonlyMap<string, Column>;
  readonly #ranks = new Map<string, ColumnRanks>();
  readonly #orders = new Map<string, Uint32Array>();

  constructor(
    rows: readonly Row[],
    columns: readonly Column[],
    ranked?: ReadonlyArray<ColumnRanks | undefined>,
  ) {
    this.#rows = rows;
    this.#count = rows.length;
    this.#columns = new Map(columns.map((c) => [c.key, c]));
    for (const column of columns) {
      const ranks = ranked?.[column.index];
      if (ranks && ranks.ranks.length === this.#count) this.#ranks.set(column.key, ranks);
    }
  }

  /** The ranks of a column (computed on first use when they did not come ready). */
  ranks(key: string): ColumnRanks | undefined {
    let ranks = this.#ranks.get(key);
    const column = this.#columns.get(key);
    if (ranks === undefined && column !== undefined) {
      ranks = rankColumn(this.#rows, column);
      this.#ranks.set(key, ranks);
    }
    return ranks;
  }

  /** Row indexes in sorted order (the original order when `keys` is empty). */
  order(keys: readonly SortKey[]): Uint32Array {
    const valid = keys.filter((k) => this.#columns.has(k.column));
    const id = valid.map((k) => `${k.column}:${k.direction}`).join('|');
    let order = this.#orders.get(id);
    if (order !== undefined) return order;
    order = new Uint32Array(this.#count);
    for (let i = 0; i < order.length; i++) order[i] = i;
    for (let k = valid.length - 1; k >= 0; k--) {
      order = countingSort(order, this.ranks(valid[k]!.column)!, valid[k]!.direction);
    }
    if (this.#orders.size > 8) this.#orders.clear();
    this.#orders.set(id, order);
    return order;
  }
}
