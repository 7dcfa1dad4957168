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
/** Cells looked at to choose between a dictionary and plain text. */
const SAMPLE = 256;

/**
 * Packs one column. Its kind comes from its first filled cell; cells of another kind go to
 * `other` (the unreadable "n/d" of a number column), or, past 10 %, the column is sent as it is.
 */
function packColumn(rows: readonly Row[], c: number): PackedColumn {
  const count = rows.length;
  let first: Cell = null;
  for (let i = 0; i < count && first === null; i++) first = rows[i]![c] ?? null;
  if (first === null) return { kind: 'null' };
  const packed =
    typeof first === 'string'
      ? packText(rows, c)
      : typeof first === 'number'
        ? packNumbers(rows, c)
        : typeof first === 'boolean'
          ? packBooleans(rows, c)
          : first instanceof Date
            ? packDates(rows, c)
            : undefined;
  return packed ?? { kind: 'cells', cells: rows.map((row) => row[c] ?? null) };
}

const packNumbers = (rows: readonly Row[], c: number) =>
  packTyped(rows, c, 'number', new Float64Array(rows.length), NaN, (cell) =>
    typeof cell === 'number' ? cell : NaN,
  );

const packDates = (rows: readonly Row[], c: number) =>
  packTyped(rows, c, 'date', new Float64Array(rows.length), NaN, (cell) =>
    cell instanceof Date ? cell.getTime() : NaN,
  );

const packBooleans = (rows: readonly Row[], c: number) =>
  packTyped(rows, c, 'boolean', new Uint8Array(rows.length), 2, (cell) =>
    typeof cell === 'boolean' ? +cell : 2,
  );

/**
 * Fills `values` with `encode(cell)`. Cells it cannot encode (it returns `empty`, or NaN for a
 * NaN `empty`) read as empty, and non-empty ones among them go to `other`; past 10 % of the
 * cells, `undefined`: the column is sent as it is.
 */
function packTyped<K extends 'number' | 'date' | 'boolean', A extends Float64Array | Uint8Array>(
  rows: readonly Row[],
  c: number,
  kind: K,
  values: A,
  empty: number,
  encode: (cell: Cell) => number,
): { kind: K; values: A; other?: Record<number, Cell> } | undefined {
  const count = rows.length;
  const other: Record<number, Cell> = {};
  let others = 0;
  for (let i = 0; i < count; i++) {
    const cell = rows[i]![c] ?? null;
    const value = cell === null ? empty : encode(cell);
    values[i] = value;
    if (cell !== null && (value === empty || value !== value)) {
      other[i] = cell;
      if (++others > count * MAX_OTHER_SHARE) return undefined;
    }
  }
  return others ? { kind, values, other } : { kind, values };
}

/** A dictionary when a sample of the column repeats itself, else one string and offsets. */
function packText(rows: readonly Row[], c: number): PackedColumn | undefined {
  const count = rows.length;
  const sample = new Set<string>();
  let filled = 0;
  for (let i = 0; i < count && filled < SAMPLE; i++) {
    const cell = rows[i]![c];
    if (typeof cell !== 'string') continue;
    sample.add(cell);
    filled++;
  }
  return (sample.size <= filled / 2 && packDict(rows, c)) || packPlainText(rows, c);
}

function packDict(rows: readonly Row[], c: number): PackedColumn | undefined {
  const count = rows.length;
  const index = new Map<string, number>();
  const dict: Array<string | null> = [null];
  const codes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const cell = rows[i]![c] ?? null;
    if (cell === null) continue;
    if (typeof cell !== 'string') return undefined;
    let code = index.get(cell);
    if (code === undefined) {
      code = dict.length;
      // Mostly distinct after all: plain text is smaller.
      if (code > count / 2) return undefined;
      index.set(cell, code);
      dict.push(cell);
    }
    codes[i] = code;
  }
  const small =
    dict.length <= 0x100
      ? Uint8Array.from(codes)
      : dict.length <= 0x10000
        ? Uint16Array.from(codes)
        : codes;
  return { kind: 'dict', dict, codes: small };
}

function packPlainText(rows: readonly Row[], c: number): PackedColumn | undefined {
  const count = rows.length;
  const parts: string[] = [];
  const ends = new Uint32Array(count);
  let nulls: Uint8Array | undefined;
  let length = 0;
  for (let i = 0; i < count; i++) {
    const cell = rows[i]![c] ?? null;
    if (cell === null) (nulls ??= new Uint8Array(count))[i] = 1;
    else if (typeof cell !== 'string') return undefined;
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
