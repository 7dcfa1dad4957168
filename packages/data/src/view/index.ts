/**
 * The table engine: columns, their ranks and their folded search dictionaries, and a view
 * state in; the order of the rows to show out, as a `Uint32Array` (filter → search → sort;
 * the caller slices the page). No DOM: the worker builds the indexes while it loads
 * (`indexTable`), the page and Node use them.
 */
import type { Column, Row } from '../types.js';
import { searchColumns, SearchIndex, type SearchColumn } from './search.js';
import { rankColumn, Sorter, type ColumnRanks, type SortKey } from './sort.js';
import { computeView } from './view.js';

export { fold, collationKey } from './fold.js';
export { isBlank, isoDay } from './cells.js';
export { rankColumn, countingSort, Sorter, type ColumnRanks, type SortKey } from './sort.js';
export { SearchIndex, searchColumns, searchWords, type SearchColumn } from './search.js';
export { computeView } from './view.js';

/** What sorting and searching need, for every row of a table, built once. */
export interface TableIndex {
  /** Number of rows indexed. */
  count: number;
  /** Ranks of each column, by column position (`Column.index`). */
  ranks: Array<ColumnRanks | undefined>;
  /** The search dictionary and per-row codes of each searchable column. */
  search: SearchColumn[];
}

/** Ranks every column and builds the search index: what the worker sends with the rows. */
export function indexTable(rows: readonly Row[], columns: readonly Column[]): TableIndex {
  const ranks: Array<ColumnRanks | undefined> = [];
  for (const column of columns) ranks[column.index] = rankColumn(rows, column);
  const search = new SearchIndex(rows, columns);
  search.buildAll();
  return { count: rows.length, ranks, search: [...search.columns] };
}

/** The buffers of an index, to transfer with `postMessage` instead of copying them. */
export function indexTransferables(index: TableIndex): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const column of index.ranks) if (column) buffers.push(column.ranks.buffer as ArrayBuffer);
  for (const column of index.search)
    buffers.push(column.codes.buffer as ArrayBuffer, column.starts.buffer as ArrayBuffer);
  return buffers;
}

/** What the reader asked for. */
export interface ViewState {
  /** Sort keys, most significant first. */
  sort: readonly SortKey[];
  /** Search words, folded (see `searchWords`). */
  words: readonly string[];
  /** Keeps a row (by index) when it passes the column filters; `null` when none is active. */
  filter?: ((row: Row) => boolean) | null;
}

/**
 * The rows of the view, in order, from a table and its index: filter → search → sort.
 * Ranks or search columns the index lacks are computed from the rows.
 */
export function viewOrder(
  rows: readonly Row[],
  columns: readonly Column[],
  index: TableIndex | undefined,
  state: ViewState,
): Uint32Array {
  const sorter = new Sorter(rows, columns, index?.ranks);
  let mask: Uint8Array | null = null;
  if (state.words.length) {
    mask =
      index && index.count === rows.length
        ? searchColumns(index.search, rows.length, state.words)
        : new SearchIndex(rows, columns).search(state.words);
  }
  return computeView(rows, sorter.order(state.sort), state.filter ?? null, mask);
}
