/**
 * Search: every column's distinct values folded once, and a code per row. No DOM: the worker
 * builds it while it loads, the page searches it.
 */
import type { Cell, Column, Row } from '../types.js';
import { isoDay } from './cells.js';
import { fold } from './fold.js';

/** Text of a cell for search: what a citizen might type to find it. */
export function searchText(cell: Cell | undefined, column: Column): string {
  if (typeof cell === 'number') {
    const value = column.type === 'percent' ? cell * 100 : cell;
    const plain = String(Math.round(value * 1e6) / 1e6);
    // "1234.5" and "1234,5": both decimal separators find it.
    return plain.includes('.') ? `${plain} ${plain.replace('.', ',')}` : plain;
  }
  if (cell instanceof Date) {
    const iso = isoDay(
      column.type === 'datetime' ? new Date(cell.getTime() - 5 * 3_600_000) : cell,
    );
    const [y, m, d] = iso.split('-');
    return `${iso} ${d}/${m}/${y}`;
  }
  // Booleans are not searched (a "Sí" column would match every "si").
  return typeof cell === 'string' ? fold(cell) : '';
}

/**
 * Normalizes a query: folded words, with Spanish-formatted numbers made plain
 * ("1.234,50" → "1234,5"), so they match the indexed values.
 */
export function searchWords(query: string): string[] {
  return fold(query.trim())
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      if (/^\$?\d{1,3}(\.\d{3})+(,\d+)?$/.test(word)) word = word.replace(/\./g, '');
      else if (/^\$?\d{1,3}(,\d{3})+(\.\d+)?$/.test(word)) word = word.replace(/,/g, '');
      word = word.replace(/^\$/, '');
      // Trailing zeros of decimals are not in the index ("1234,50" is indexed as "1234,5").
      return /^\d+[.,]\d+$/.test(word) ? word.replace(/[.,]?0+$/, '') : word;
    })
    .filter(Boolean);
}

/**
 * One column of a finished index: each row's code, and the folded text of every distinct
 * value joined in one string (`SEPARATOR` between them), where value `u` starts at
 * `starts[u]`. One string per column: no per-value objects to clone or to collect, and a
 * search is one `indexOf` loop over it.
 */
export interface SearchColumn {
  /** Position of the column in each row. */
  index: number;
  /** Per row, the code of its value (0 is the blank value). */
  codes: Uint32Array;
  /** Folded search text of every distinct value, code order, separated by `SEPARATOR`. */
  text: string;
  /** Where each value starts in `text`. */
  starts: Uint32Array;
}

/** Between two values of `SearchColumn.text`: never in a search word (words have no controls). */
const SEPARATOR = '\u0001';

/** A column while it is being built. */
interface Building {
  column: Column;
  codes: Uint32Array;
  texts: string[];
  seen: Map<unknown, number>;
}

/**
 * A finished search column from each row's code and the folded text of each distinct value,
 * by code (`texts[0]` is the blank value's, `''`).
 */
export function searchColumn(index: number, codes: Uint32Array, texts: string[]): SearchColumn {
  const starts = new Uint32Array(texts.length);
  let at = 0;
  for (let u = 0; u < texts.length; u++) {
    starts[u] = at;
    // Folding never brings the separator in, but a cell may hold it: drop it there.
    if (texts[u]!.includes(SEPARATOR)) texts[u] = texts[u]!.replaceAll(SEPARATOR, ' ');
    at += texts[u]!.length + 1;
  }
  return { index, codes, text: texts.join(SEPARATOR), starts };
}

function finish({ column, codes, texts }: Building): SearchColumn {
  return searchColumn(column.index, codes, texts);
}

/** Codes (1 where a value contains `word`) of the values of `column` that contain `word`. */
function valuesWith(column: SearchColumn, word: string): Uint8Array | undefined {
  const { text, starts } = column;
  let hit: Uint8Array | undefined;
  let code = 0;
  for (let i = text.indexOf(word); i >= 0;) {
    // The value that holds position i: the last start at or before it (starts only grow).
    let lo = code;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    code = lo;
    (hit ??= new Uint8Array(starts.length))[code] = 1;
    // On to the next value.
    const next = code + 1 < starts.length ? starts[code + 1]! : text.length;
    i = text.indexOf(word, next);
  }
  return hit;
}

/**
 * Which of `count` rows contain every word (in any of `columns`): 1 for each matching row.
 */
export function searchColumns(
  columns: readonly SearchColumn[],
  count: number,
  words: readonly string[],
): Uint8Array {
  let mask: Uint8Array | undefined;
  for (const word of words) {
    const hits = new Uint8Array(count);
    for (const column of columns) {
      const hit = valuesWith(column, word);
      if (!hit) continue;
      const codes = column.codes;
      for (let i = 0; i < count; i++) if (hit[codes[i]!]) hits[i] = 1;
    }
    if (mask === undefined) mask = hits;
    else for (let i = 0; i < count; i++) mask[i]! &= hits[i]!;
  }
  return mask ?? new Uint8Array(count).fill(1);
}

/**
 * Case- and accent-insensitive search over all columns. Each column keeps its distinct values
 * folded once, and a code per row: repeated values (suppliers, parishes, dates) cost nothing
 * more, and a search scans the distinct values, then the codes. The index comes ready (built
 * by the worker while it loaded: `built`) or is built in slices (`buildSome`), so a large
 * table never blocks the page for long.
 */
export class SearchIndex {
  readonly #rows: readonly Row[];
  readonly #count: number;
  #building: Building[] = [];
  #columns: SearchColumn[] = [];
  #built = 0;

  constructor(rows: readonly Row[], columns: readonly Column[], built?: readonly SearchColumn[]) {
    this.#rows = rows;
    this.#count = rows.length;
    if (built && built.every((c) => c.codes.length === this.#count)) {
      this.#columns = [...built];
      this.#built = this.#count;
      return;
    }
    this.#building = columns
      .filter((c) => c.type !== 'boolean')
      .map((column) => ({
        column,
        codes: new Uint32Array(this.#count),
        texts: [''],
        seen: new Map<unknown, number>([['', 0]]),
      }));
    if (this.#count === 0) this.#columns = this.#building.map(finish);
  }

  /** True when every row is indexed. */
  get complete(): boolean {
    return this.#built >= this.#count;
  }

  /** The finished columns (empty until the index is complete). */
  get columns(): readonly SearchColumn[] {
    return this.#columns;
  }

  /** Indexes rows for at most `budgetMs` milliseconds; returns whether the index is complete. */
  buildSome(budgetMs: number): boolean {
    if (this.complete) return true;
    const end = performance.now() + budgetMs;
    const rows = this.#rows;
    while (this.#built < this.#count) {
      const stop = Math.min(this.#count, this.#built + 500);
      for (const { column, codes, texts, seen } of this.#building) {
        const at = column.index;
        for (let i = this.#built; i < stop; i++) {
          const cell = rows[i]![at];
          if (cell === null || cell === undefined) continue;
          const key = cell instanceof Date ? cell.getTime() : cell;
          let code = seen.get(key);
          if (code === undefined) {
            code = texts.length;
            texts.push(searchText(cell, column));
            seen.set(key, code);
          }
          codes[i] = code;
        }
      }
      this.#built = stop;
      if (performance.now() > end) break;
    }
    if (this.complete) {
      this.#columns = this.#building.map(finish);
      this.#building = [];
    }
    return this.complete;
  }

  /** Builds the whole index now. */
  buildAll(): void {
    this.buildSome(Number.POSITIVE_INFINITY);
  }

  /**
   * Which rows contain every word (in any column): a mask with 1 for each matching row.
   * Builds what is missing of the index first.
   */
  search(words: readonly string[]): Uint8Array {
    if (!this.complete) this.buildAll();
    return searchColumns(this.#columns, this.#count, words);
  }
}
