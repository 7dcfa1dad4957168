/**
 * The table engine: columns, their ranks and their folded search dictionaries, and a view
 * state in; the order of the rows to show out, as a `Uint32Array` (filter → search → sort;
 * the caller slices the page). No DOM: the worker builds the indexes while it loads
 * (`indexTable`), the page and Node use them.
 */
import type { Column, ColumnType, Row } from '../types.js';
import { ColumnDictionary } from './dictionary.js';
import {
  searchColumn,
  searchColumns,
  SearchIndex,
  searchText,
  type SearchColumn,
} from './search.js';
import { Sorter, type ColumnRanks, type SortKey } from './sort.js';
import { computeView } from './view.js';

export { fold, collationKey } from './fold.js';
export { isBlank, isoDay } from './cells.js';
export { rankColumn, countingSort, Sorter, type ColumnRanks, type SortKey } from './sort.js';
export { ColumnDictionary } from './dictionary.js';
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

/**
 * Builds a table's index batch by batch, while the rows arrive, keeping no row: each column
 * dictionary-encoded (its distinct values and a code per row), each new distinct value folded
 * for search as its batch comes. `finish` ranks the distinct values only.
 */
export class TableIndexer {
  #count = 0;
  #columns: readonly Column[] = [];
  /** By column position. */
  readonly #dictionaries: ColumnDictionary[] = [];
  /** Folded search text of each distinct value by code, by column position, and its type. */
  readonly #texts: Array<{ type: ColumnType; texts: string[] } | undefined> = [];

  /** Adds a batch of rows; `columns` when they changed (the first batch brings them). */
  add(rows: readonly Row[], columns?: readonly Column[]): void {
    if (columns) this.#columns = columns;
    for (const column of this.#columns) {
      this.#dictionary(column.index).add(rows, column.index);
      this.#fold(column);
    }
    this.#count += rows.length;
  }

  /** Ranks every column and finishes the search dictionaries. */
  finish(columns: readonly Column[]): TableIndex {
    const ranks: Array<ColumnRanks | undefined> = [];
    const search: SearchColumn[] = [];
    for (const column of columns) {
      const dictionary = this.#dictionary(column.index);
      if (column.type === 'boolean') {
        ranks[column.index] = dictionary.ranks(column.type);
        continue;
      }
      // The folded texts serve as collation keys first (`searchColumn` may then alter them).
      const texts = this.#fold(column);
      ranks[column.index] = dictionary.ranks(column.type, texts);
      search.push(searchColumn(column.index, dictionary.codes().slice(), texts));
    }
    return { count: this.#count, ranks, search };
  }

  /** The dictionary of a column, blank for the rows before it appeared. */
  #dictionary(index: number): ColumnDictionary {
    const dictionary = (this.#dictionaries[index] ??= new ColumnDictionary());
    dictionary.pad(this.#count);
    return dictionary;
  }

  /** Folds the values not folded yet (all of them again if the column's type changed). */
  #fold(column: Column): string[] {
    const values = this.#dictionaries[column.index]!.values;
    let folded = this.#texts[column.index];
    if (folded?.type !== column.type)
      folded = this.#texts[column.index] = { type: column.type, texts: [''] };
    const texts = folded.texts;
    for (let u = texts.length; u < values.length; u++) texts.push(searchText(values[u]!, column));
    return texts;
  }
}

/** Ranks every column and builds the search index: what the worker sends with the rows. */
export function indexTable(rows: readonly Row[], columns: readonly Column[]): TableIndex {
  const indexer = new TableIndexer();
  indexer.add(rows, columns);
  return indexer.finish(columns);
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
