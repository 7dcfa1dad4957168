import type { Row } from '@minga/data';
import type { SearchIndex } from './search.js';

/**
 * The rows of the current view, in order: `order` (all rows, sorted) kept where they pass
 * `filter` and contain every search word.
 */
export function computeView(
  rows: readonly Row[],
  order: Uint32Array,
  filter: ((row: Row) => boolean) | null,
  words: readonly string[],
  index: SearchIndex | undefined,
): Uint32Array {
  const searching = words.length > 0 && index !== undefined;
  if (filter === null && !searching) return order;
  if (searching && !index.complete) index.buildAll();
  const out = new Uint32Array(order.length);
  let n = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (searching && !index.matches(i, words)) continue;
    if (filter !== null && !filter(rows[i]!)) continue;
    out[n++] = i;
  }
  return out.subarray(0, n);
}
