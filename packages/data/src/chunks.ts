/**
 * The rows of one load, kept as they arrived: packed batches from the worker (see
 * `packed.ts`) or row arrays from the main-thread pipeline. Packed batches become row arrays
 * only when someone reads them, one batch at a time, so a million rows load without the
 * page's garbage collector copying tens of millions of small objects while they arrive.
 */
import { padRows } from './csv.js';
import { Interner } from './intern.js';
import { unpackRows, type PackedBatch } from './packed.js';
import type { Row } from './types.js';

interface Chunk {
  offset: number;
  count: number;
  packed?: PackedBatch;
  rows?: Row[];
}

export class RowChunks {
  readonly #chunks: Chunk[] = [];
  readonly #interner = new Interner();
  #count = 0;
  #width = 0;
  #all: Row[] | undefined;

  /** Rows so far. */
  get count(): number {
    return this.#count;
  }

  /** Adds a batch; returns its index. */
  add(batch: Row[] | PackedBatch): number {
    const chunk: Chunk = Array.isArray(batch)
      ? { offset: this.#count, count: batch.length, rows: batch }
      : { offset: this.#count, count: batch.count, packed: batch };
    if (chunk.rows) this.#interner.internRows(chunk.rows);
    this.#count += chunk.count;
    this.#all = undefined;
    return this.#chunks.push(chunk) - 1;
  }

  /** The rows of batch `index`, built (once) if they came packed. */
  rowsOf(index: number): Row[] {
    const chunk = this.#chunks[index]!;
    if (!chunk.rows) {
      chunk.rows = unpackRows(chunk.packed!);
      chunk.packed = undefined;
      this.#interner.internRows(chunk.rows);
      if (this.#width) padRows(chunk.rows, this.#width);
    }
    return chunk.rows;
  }

  /** Rows get at least `width` cells (rows read before an extra column appeared). */
  pad(width: number): void {
    this.#width = width;
    for (const chunk of this.#chunks) if (chunk.rows) padRows(chunk.rows, width);
  }

  /** Every row, built where needed (the array is kept for the next call). */
  all(): Row[] {
    if (this.#all) return this.#all;
    if (this.#chunks.length === 1) return (this.#all = this.rowsOf(0));
    const rows: Row[] = new Array(this.#count);
    let at = 0;
    for (let i = 0; i < this.#chunks.length; i++)
      for (const row of this.rowsOf(i)) rows[at++] = row;
    return (this.#all = rows);
  }
}
