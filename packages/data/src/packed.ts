/**
 * Column-packed batches of rows: how typed rows cross from the worker to the page.
 *
 * A million rows posted as arrays arrive as tens of millions of small objects (row arrays,
 * strings, `Date`s, boxed numbers) that the page's garbage collector then copies and marks
 * again and again, in pauses of 100 ms and more on a modest machine. Packed, a batch is a
 * handful of objects: numbers, dates and booleans in typed arrays (transferred, not copied),
 * repeated text as a small dictionary and codes, other text as one string and its offsets.
 * Rows are rebuilt from a packed batch only when someone reads them.
 *
 * DOM-free: runs in a worker and in Node.
 */
import type { Cell, Row } from './types.js';

/** One column of a packed batch. `other` holds the cells that do not fit the column's kind. */
export type PackedColumn =
  /** Every cell empty. */
  | { kind: 'null' }
  /** Text with many repeats: `dict[codes[i]]`; `dict[0]` is `null`. */
  | { kind: 'dict'; dict: Array<string | null>; codes: Uint8Array | Uint16Array | Uint32Array }
  /** Text: cell `i` is `text.slice(ends[i - 1] ?? 0, ends[i])`; `nulls[i]` marks empty cells. */
  | { kind: 'text'; text: string; ends: Uint32Array; nulls?: Uint8Array }
  /** Numbers (`NaN` for empty). */
  | { kind: 'number'; values: Float64Array; other?: Record<number, Cell> }
  /** Dates as milliseconds since the epoch (`NaN` for empty). */
  | { kind: 'date'; values: Float64Array; other?: Record<number, Cell> }
  /** Booleans: 0 false, 1 true, 2 empty. */
  | { kind: 'boolean'; values: Uint8Array; other?: Record<number, Cell> }
  /** Anything else, as it is. */
  | { kind: 'cells'; cells: Cell[] };

/** A batch of rows, packed by column. */
export interface PackedBatch {
  /** Number of rows. */
  count: number;
  /** Length of each row when they differ (ragged rows before an extra column appeared). */
  widths?: Uint16Array;
  columns: PackedColumn[];
}

/** Cells a typed column may hold besides its own kind before it is sent as plain cells. */
const MAX_OTHER_SHARE = 0.1;

function packColumn(rows: readonly Row[], c: number): PackedColumn {
  const count = rows.length;
  let strings = 0;
  let numbers = 0;
  let dates = 0;
  let booleans = 0;
  let nulls = 0;
  for (let i = 0; i < count; i++) {
    const cell = rows[i]![c];
    if (cell === null || cell === undefined) nulls++;
    else if (typeof cell === 'string') strings++;
    else if (typeof cell === 'number') numbers++;
    else if (typeof cell === 'boolean') booleans++;
    else if (cell instanceof Date) dates++;
  }
  if (nulls === count) return { kind: 'null' };
  if (strings + nulls === count) return packText(rows, c);
  const filled = count - nulls;
  const most = Math.max(numbers, dates, booleans);
  if (most < filled * (1 - MAX_OTHER_SHARE))
    return { kind: 'cells', cells: rows.map((row) => row[c] ?? null) };
  const other: Record<number, Cell> = {};
  let others = 0;
  if (most === numbers) {
    const values = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const cell = rows[i]![c] ?? null;
      if (cell === null) values[i] = NaN;
      else if (typeof cell === 'number' && !Number.isNaN(cell)) values[i] = cell;
      else {
        values[i] = NaN;
        other[i] = cell;
        others++;
      }
    }
    return others ? { kind: 'number', values, other } : { kind: 'number', values };
  }
  if (most === dates) {
    const values = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const cell = rows[i]![c] ?? null;
      const time = cell instanceof Date ? cell.getTime() : NaN;
      if (cell === null) values[i] = NaN;
      else if (!Number.isNaN(time)) values[i] = time;
      else {
        values[i] = NaN;
        other[i] = cell;
        others++;
      }
    }
    return others ? { kind: 'date', values, other } : { kind: 'date', values };
  }
  const values = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const cell = rows[i]![c] ?? null;
    if (cell === null) values[i] = 2;
    else if (typeof cell === 'boolean') values[i] = cell ? 1 : 0;
    else {
      values[i] = 2;
      other[i] = cell;
      others++;
    }
  }
  return others ? { kind: 'boolean', values, other } : { kind: 'boolean', values };
}

function packText(rows: readonly Row[], c: number): PackedColumn {
  const count = rows.length;
  // Dictionary when at most half the cells are distinct (names, parishes, states…).
  const index = new Map<string, number>();
  const dict: Array<string | null> = [null];
  const codes = new Uint32Array(count);
  let distinct = true;
  for (let i = 0; i < count; i++) {
    const cell = rows[i]![c] as string | null | undefined;
    if (cell === null || cell === undefined) continue;
    let code = index.get(cell);
    if (code === undefined) {
      code = dict.length;
      if (code > count / 2) {
        distinct = false;
        break;
      }
      index.set(cell, code);
      dict.push(cell);
    }
    codes[i] = code;
  }
  if (distinct) {
    const small =
      dict.length <= 0x100
        ? Uint8Array.from(codes)
        : dict.length <= 0x10000
          ? Uint16Array.from(codes)
          : codes;
    return { kind: 'dict', dict, codes: small };
  }
  const parts: string[] = [];
  const ends = new Uint32Array(count);
  let nulls: Uint8Array | undefined;
  let length = 0;
  for (let i = 0; i < count; i++) {
    const cell = rows[i]![c] as string | null | undefined;
    if (cell === null || cell === undefined) (nulls ??= new Uint8Array(count))[i] = 1;
    else {
      parts.push(cell);
      length += cell.length;
    }
    ends[i] = length;
  }
  const text = parts.join('');
  return nulls ? { kind: 'text', text, ends, nulls } : { kind: 'text', text, ends };
}

/** Packs rows by column. */
export function packRows(rows: readonly Row[]): PackedBatch {
  let width = 0;
  let ragged = false;
  for (let i = 0; i < rows.length; i++) {
    const length = rows[i]!.length;
    if (i > 0 && length !== width) ragged = true;
    if (length > width) width = length;
  }
  const columns: PackedColumn[] = [];
  for (let c = 0; c < width; c++) columns.push(packColumn(rows, c));
  const batch: PackedBatch = { count: rows.length, columns };
  if (ragged) batch.widths = Uint16Array.from(rows, (row) => row.length);
  return batch;
}

/** The buffers of a packed batch, to transfer with `postMessage` instead of copying them. */
export function transferables(batch: PackedBatch): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  if (batch.widths) buffers.push(batch.widths.buffer as ArrayBuffer);
  for (const column of batch.columns) {
    if (column.kind === 'dict') buffers.push(column.codes.buffer as ArrayBuffer);
    else if (column.kind === 'text') {
      buffers.push(column.ends.buffer as ArrayBuffer);
      if (column.nulls) buffers.push(column.nulls.buffer as ArrayBuffer);
    } else if ('values' in column) buffers.push(column.values.buffer as ArrayBuffer);
  }
  return buffers;
}

/** The cell at row `i` of a packed column. */
export function packedCell(column: PackedColumn, i: number): Cell {
  switch (column.kind) {
    case 'null':
      return null;
    case 'dict':
      return column.dict[column.codes[i]!] ?? null;
    case 'text':
      return column.nulls?.[i]
        ? null
        : column.text.slice(i ? column.ends[i - 1] : 0, column.ends[i]);
    case 'number': {
      const value = column.values[i]!;
      return value === value ? value : (column.other?.[i] ?? null);
    }
    case 'date': {
      const value = column.values[i]!;
      return value === value ? new Date(value) : (column.other?.[i] ?? null);
    }
    case 'boolean': {
      const value = column.values[i]!;
      return value === 2 ? (column.other?.[i] ?? null) : value === 1;
    }
    case 'cells':
      return column.cells[i] ?? null;
  }
}

/** Rebuilds the rows of a packed batch (each as long as it was when packed). */
export function unpackRows(batch: PackedBatch): Row[] {
  const { count, columns, widths } = batch;
  const width = columns.length;
  const cells = columns.map((column): ((i: number) => Cell) =>
    column.kind === 'dict' ? (i) => column.dict[column.codes[i]!]! : (i) => packedCell(column, i),
  );
  const rows: Row[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const length = widths ? widths[i]! : width;
    const row: Row = [];
    for (let c = 0; c < length; c++) row.push(cells[c]!(i));
    rows[i] = row;
  }
  return rows;
}
