import type { Cell, Column, Row } from '@minga/data';
import { fold } from './fold.js';
import { isoDay } from './values.js';

/** Text of a cell for search: what a citizen might type to find it. */
function searchText(cell: Cell | undefined, column: Column): string {
  if (cell === null || cell === undefined || cell === '') return '';
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
  if (typeof cell === 'boolean') return '';
  return String(cell);
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
      if (/^\$?\d{1,3}(\.\d{3})+(,\d+)?$/.test(word)) word = word.replace(/\$|\./g, '');
      else if (/^\$?\d{1,3}(,\d{3})+(\.\d+)?$/.test(word)) word = word.replace(/\$|,/g, '');
      word = word.replace(/^\$/, '');
      // Trailing zeros of decimals are not in the index ("1234,50" is indexed as "1234,5").
      if (/^\d+[.,]\d+$/.test(word)) word = word.replace(/0+$/, '').replace(/[.,]$/, '');
      return word;
    })
    .filter(Boolean);
}

/**
 * One folded text per row, for case- and accent-insensitive search over all columns. Built in
 * slices (`buildSome`) so a large table never blocks the page for long.
 */
export class SearchIndex {
  readonly #rows: readonly Row[];
  readonly #columns: readonly Column[];
  readonly #texts: string[];
  #built = 0;

  constructor(rows: readonly Row[], columns: readonly Column[]) {
    this.#rows = rows;
    this.#columns = columns.filter((c) => c.type !== 'boolean');
    this.#texts = new Array<string>(rows.length);
  }

  /** True when every row is indexed. */
  get complete(): boolean {
    return this.#built >= this.#rows.length;
  }

  /** Indexes rows for at most `budgetMs` milliseconds; returns whether the index is complete. */
  buildSome(budgetMs: number): boolean {
    const end = performance.now() + budgetMs;
    const rows = this.#rows;
    const columns = this.#columns;
    while (this.#built < rows.length) {
      const stop = Math.min(rows.length, this.#built + 500);
      for (let i = this.#built; i < stop; i++) {
        const row = rows[i]!;
        let text = '';
        for (const column of columns) {
          const part = searchText(row[column.index], column);
          if (part) text += `${part}\u0001`;
        }
        this.#texts[i] = fold(text);
      }
      this.#built = stop;
      if (performance.now() > end) break;
    }
    return this.complete;
  }

  /** Builds the whole index now. */
  buildAll(): void {
    this.buildSome(Number.POSITIVE_INFINITY);
  }

  /** True when row `i` contains every word. The index must be complete. */
  matches(i: number, words: readonly string[]): boolean {
    const text = this.#texts[i]!;
    for (const word of words) if (!text.includes(word)) return false;
    return true;
  }
}
