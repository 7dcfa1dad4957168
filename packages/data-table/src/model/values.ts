import { isoDay, type Cell, type Column } from '@minga/data';

export { isBlank, isoDay } from '@minga/data';

/**
 * A cell as plain, machine-readable text: numbers with a dot, dates as ISO 8601, booleans as
 * `true`/`false`. Used for exports, checklist filter values and the URL.
 */
export function plainValue(cell: Cell | undefined, column: Column): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    return column.type === 'date' ? isoDay(cell) : cell.toISOString();
  }
  return String(cell);
}

/** Column types whose values are numbers. */
export const NUMERIC_TYPES = new Set(['integer', 'number', 'currency', 'percent']);

/** True when the column's values are numbers (integer, number, currency, percent). */
export function isNumeric(column: Column): boolean {
  return NUMERIC_TYPES.has(column.type);
}

/** A copy of `items` with `item` added (`on`) or removed. */
export function toggled<T>(items: Iterable<T>, item: T, on: boolean): Set<T> {
  const set = new Set(items);
  if (on) set.add(item);
  else set.delete(item);
  return set;
}
