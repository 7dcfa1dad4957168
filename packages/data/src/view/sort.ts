/**
 * Sorting by ranks: every column's values ranked once (Spanish collation for text), then any
 * number of sort keys is a counting sort per key. No DOM: runs in the worker, on the page and
 * in Node.
 */
import type { Column, Row } from '../types.js';
import { ColumnDictionary, type ColumnRanks } from './dictionary.js';

export type { ColumnRanks };

/** One sort key: a column and a direction. */
export interface SortKey {
  column: string;
  direction: 'asc' | 'desc';
}

/**
 * Ranks one column's values: numbers, currency and percentages as numbers, dates by time,
 * booleans false before true, text in Spanish order (case and accents ignored, ñ after n).
 * Cells of a typed column that could not be read (kept as text) sort after the valid ones;
 * blanks come last. Each distinct value is ranked once.
 */
export function rankColumn(rows: readonly Row[], column: Column): ColumnRanks {
  const dictionary = new ColumnDictionary();
  dictionary.add(rows, column.index);
  return dictionary.ranks(column.type);
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
