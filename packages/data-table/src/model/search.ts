import type { Cell, Column, Row } from '@minga/data';
import { fold } from './fold.js';
import { isoDay } from './values.js';

/** Text of a cell for search: what a citizen might type to find it. */
function searchText(cell: Cell | undefined, column: Column): string {
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

/** One column of the index: each row's code, and the folded text of each distinct value. */
interface ColumnIndex {
  column: Column;
  /** Per row, the position of its value in `texts` (0 is the blank value). */
  codes: Uint32Array;
  /** Folded search text of each distinct value; `texts[0]` is `''`. */
  texts: string[];
  /** Value → code while building; dropped when the index is complete. */
  seen?: Map<unknown, number>;
}

/**
 * Case- and accent-insensitive search over all columns. Each column keeps its distinct values
 * folded once, and a code per row: repeated values (suppliers, parishes, dates) cost nothing
 * more, and a search scans the distinct values, then the codes. Built in slices
 * (`buildSome`) so a large table never blocks the page for long.
 */
export class SearchIndex {
  readonly #rows: readonly Row[];
  readonly #columns: ColumnIndex[];
  #built = 0;

  constructor(rows: readonly Row[], columns: readonly Column[]) {
    this.#rows = rows;
    this.#columns = columns
      .filter((c) => c.type !== 'boolean')
      .map((column) => ({
        column,
        codes: new Uint32Array(rows.length),
        texts: [''],
        seen: new Map<unknown, number>([['', 0]]),
      }));
  }

  /** True when every row is indexed. */
  get complete(): boolean {
    return this.#built >= this.#rows.length;
  }

  /** Indexes rows for at most `budgetMs` milliseconds; returns whether the index is complete. */
  buildSome(budgetMs: number): boolean {
    const end = performance.now() + budgetMs;
    const rows = this.#rows;
    while (this.#built < rows.length) {
      const stop = Math.min(rows.length, this.#built + 500);
      for (const entry of this.#columns) {
        const { column, codes, texts } = entry;
        const seen = entry.seen!;
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
    if (this.complete) for (const entry of this.#columns) entry.seen = undefined;
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
    const n = this.#rows.length;
    let mask: Uint8Array | undefined;
    for (const word of words) {
      const hits = new Uint8Array(n);
      for (const { codes, texts } of this.#columns) {
        const hit = new Uint8Array(texts.length);
        let any = false;
        for (let u = 1; u < texts.length; u++) {
          if (texts[u]!.includes(word)) {
            hit[u] = 1;
            any = true;
          }
        }
        if (!any) continue;
        for (let i = 0; i < n; i++) if (hit[codes[i]!]) hits[i] = 1;
      }
      if (mask === undefined) mask = hits;
      else for (let i = 0; i < n; i++) mask[i]! &= hits[i]!;
    }
    return mask ?? new Uint8Array(n).fill(1);
  }
}
