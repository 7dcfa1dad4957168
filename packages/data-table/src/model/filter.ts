import type { Cell, Column, Row } from '@minga/data';
import { fold } from './fold.js';
import { isBlank, plainValue } from './values.js';

/** A filter on one column, chosen by its type. */
export type ColumnFilter =
  /** Text that contains the words (case and accents ignored). */
  | { kind: 'text'; contains: string }
  /** Numbers (and money) between `min` and `max`, inclusive; percentages as fractions. */
  | { kind: 'range'; min?: number | null; max?: number | null }
  /** Dates between `from` and `to` (ISO `yyyy-mm-dd`), inclusive. */
  | { kind: 'dates'; from?: string | null; to?: string | null }
  /** One of a list of values (their plain text, `''` for blanks). */
  | { kind: 'values'; values: string[] };

/** Active filters, by column key. */
export type Filters = Record<string, ColumnFilter>;

/** True when the filter has nothing to filter with. */
export function isEmptyFilter(filter: ColumnFilter | undefined): boolean {
  if (filter === undefined) return true;
  switch (filter.kind) {
    case 'text':
      return filter.contains.trim() === '';
    case 'range':
      return (filter.min ?? null) === null && (filter.max ?? null) === null;
    case 'dates':
      return !filter.from && !filter.to;
    case 'values':
      return filter.values.length === 0;
  }
}

function dayStart(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function predicate(column: Column, filter: ColumnFilter): (cell: Cell | undefined) => boolean {
  switch (filter.kind) {
    case 'text': {
      const words = fold(filter.contains.trim()).split(/\s+/);
      return (cell) => {
        if (isBlank(cell)) return false;
        const text = fold(cell instanceof Date ? plainValue(cell, column) : String(cell));
        return words.every((w) => text.includes(w));
      };
    }
    case 'range': {
      const min = filter.min ?? Number.NEGATIVE_INFINITY;
      const max = filter.max ?? Number.POSITIVE_INFINITY;
      return (cell) => typeof cell === 'number' && cell >= min && cell <= max;
    }
    case 'dates': {
      const from = filter.from ? dayStart(filter.from) : Number.NEGATIVE_INFINITY;
      // Inclusive: anything before the next day's start.
      const to = filter.to ? dayStart(filter.to) + 86_400_000 : Number.POSITIVE_INFINITY;
      return (cell) => {
        if (!(cell instanceof Date)) return false;
        // Date-times compare in Ecuador's day (UTC−5); calendar dates are at UTC midnight.
        const t = cell.getTime() - (column.type === 'datetime' ? 5 * 3_600_000 : 0);
        return t >= from && t < to;
      };
    }
    case 'values': {
      const wanted = new Set(filter.values);
      return (cell) => wanted.has(plainValue(cell ?? null, column));
    }
  }
}

/**
 * One function that tells whether a row passes every active filter, or `null` when no filter
 * is active.
 */
export function compileFilters(
  filters: Filters,
  columns: readonly Column[],
): ((row: Row) => boolean) | null {
  const tests: Array<{ index: number; test: (cell: Cell | undefined) => boolean }> = [];
  for (const column of columns) {
    const filter = filters[column.key];
    if (isEmptyFilter(filter)) continue;
    tests.push({ index: column.index, test: predicate(column, filter!) });
  }
  if (tests.length === 0) return null;
  return (row) => tests.every(({ index, test }) => test(row[index]));
}
