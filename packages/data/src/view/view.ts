/** Keeping the rows that pass the filters and the search, in sorted order. No DOM. */
import type { Row } from '../types.js';

/**
 * The rows of the current view, in order: `order` (all rows, sorted) kept where they pass
 * `filter` and the search `mask` (1 for rows that contain every search word).
 */
export function computeView(
  rows: readonly Row[],
  order: Uint32Array,
  filter: ((row: Row) => boolean) | null,
  mask: Uint8Array | null,
): Uint32Array {
  if (filter === null && mask === null) return order;
  const out = new Uint32Array(order.length);
  let n = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (mask !== null && !mask[i]) continue;
    if (filter !== null && !filter(rows[i]!)) continue;
    out[n++] = i;
  }
  return out.subarray(0, n);
}
