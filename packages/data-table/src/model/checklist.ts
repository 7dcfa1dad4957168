import type { Column, Row } from '@minga/data';
import type { ColumnFilter } from './filter.js';
import { isNumeric, plainValue } from './values.js';

// What the filter panel offers for each column. Apart from the filters themselves (filter.ts),
// which the view needs whenever a filter is set, this is loaded with the panel.

/** How many distinct values a column may have to be filtered with a checklist. */
export const CHECKLIST_LIMIT = 12;

/** The kind of filter a column gets, from its type and (for text) its distinct values. */
export function filterKind(column: Column, distinctValues: number): ColumnFilter['kind'] {
  if (column.type === 'boolean') return 'values';
  if (isNumeric(column)) return 'range';
  if (column.type === 'date' || column.type === 'datetime') return 'dates';
  return distinctValues <= CHECKLIST_LIMIT ? 'values' : 'text';
}

/** A column's distinct values with their counts (for checklists). */
export type Distinct = Array<{ value: string; count: number }>;

/** The distinct plain values of a column, with their counts, most frequent first (for checklists). */
export function distinctValues(
  rows: readonly Row[],
  column: Column,
  limit = CHECKLIST_LIMIT + 1,
): Distinct {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = plainValue(row[column.index] ?? null, column);
    counts.set(value, (counts.get(value) ?? 0) + 1);
    if (counts.size > limit) break;
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'es'));
}
