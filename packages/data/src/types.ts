/**
 * The shapes @minga/data hands out. Plain data only (no classes, no DOM), so a table can be
 * built in a worker and posted to the page with a structured clone.
 */
import type { TableIndex } from './view/index.js';

/** What a column holds, as far as the loader could tell (or was told). */
export type ColumnType =
  | 'text'
  | 'integer'
  | 'number'
  | 'currency'
  | 'percent'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'url'
  | 'email';

/** The decimal separator of a file or column. */
export type DecimalSeparator = ',' | '.';

/** The order of day, month and year in dates written like `05/03/2026`. */
export type DateOrder = 'dmy' | 'mdy';

/** One column of a loaded table. */
export interface Column {
  /** Stable identifier: the header text made unique (`Monto (2)`), or `column_3` for an empty header. */
  key: string;
  /** What to show: the header text, or a localized "Columna 3" for an empty header. */
  label: string;
  /** The type of its values. */
  type: ColumnType;
  /** Position of its values in each row. */
  index: number;
  /** Decimal separator read in this column (numeric columns from text). */
  decimal?: DecimalSeparator;
  /** Order of day and month (date and datetime columns read from `dd/mm/yyyy`-like text). */
  dateOrder?: DateOrder;
  /** Cells that could not be read as `type` and were kept as the original text. */
  invalid?: number;
  /** True for a column added for values found beyond the header's width. */
  extra?: boolean;
  /** A description from the source (CKAN data dictionary, Table Schema). */
  description?: string;
}

/**
 * One cell: `null` when empty; a `number` for integer, number, currency (dollars) and percent
 * (a fraction: "12,5 %" is `0.125`) columns; a `boolean`; a `Date` for date (UTC midnight)
 * and datetime (a real instant) columns; a `string` for text, url and email columns, and for
 * any cell of a typed column that could not be read (kept as it came, counted in warnings).
 */
export type Cell = string | number | boolean | Date | null;

/** A row: its cells in column order (`row[column.index]`). */
export type Row = Cell[];

/** Machine codes of the partial-success notices in `meta.warnings`. */
export type WarningCode =
  | 'skipped-lines'
  | 'extra-values'
  | 'short-rows'
  | 'unclosed-quote'
  | 'multiline-cells'
  | 'invalid-values'
  | 'renamed-columns'
  | 'encoding-errors'
  | 'encoding-fallback';

/** A notice about something the loader did to the data (never silently). */
export interface DataWarning {
  code: WarningCode;
  /** The notice in the requested language, in plain words. */
  message: string;
  /** How many rows, lines or values it concerns. */
  count: number;
  /** Indexes in `rows` of the first rows concerned (at most 20). */
  rows?: number[];
  /** The column concerned (its key), for `invalid-values`. */
  column?: string;
}

/** Where the data came from and what the loader decided about it. */
export interface TableMeta {
  format: 'csv' | 'json' | 'objects' | 'ckan';
  /** The text encoding used (`utf-8`, `windows-1252`, `utf-16le`…); `null` for strings and objects. */
  encoding: string | null;
  /** The CSV delimiter used. */
  delimiter: string | null;
  /** The decimal separator used for the file (columns may differ: see `Column.decimal`). */
  decimal: DecimalSeparator | null;
  /** Index (from 0) of the header among the file's non-blank rows; `null` without header. */
  headerRow: number | null;
  /** Title or note lines found above the header and left out (their text). */
  skippedLines: string[];
  /** Number of rows in `rows`. */
  rowCount: number;
  /** Partial-success notices. */
  warnings: DataWarning[];
  /** A URL, a file name, `text` or `objects`. */
  source: string;
  /** Bytes read (0 for strings and objects). */
  bytes: number;
}

/** A loaded table: columns, typed rows and what the loader found out. */
export interface LoadedTable {
  columns: Column[];
  /**
   * The typed rows. Rows parsed in the worker are kept packed by column until this is first
   * read (then built once and kept): reading it for a million rows takes a few seconds.
   */
  rows: Row[];
  meta: TableMeta;
  /**
   * What sorting and searching need (every column's ranks, folded search dictionaries and
   * per-row codes), when the worker built it while it loaded: see `viewOrder`.
   */
  index?: TableIndex;
}

/** Progress of a load. */
export interface LoadProgress {
  /** Bytes received so far. */
  bytes: number;
  /** Total bytes when known (Content-Length, file size), else `null`. */
  totalBytes: number | null;
  /** Rows parsed and typed so far. */
  rows: number;
}

/** A batch of rows delivered while the rest is still loading. */
export interface RowBatch {
  /**
   * The new rows (the same arrays as in the final `rows`, in order). Rows from the worker
   * arrive packed by column and are built when this is first read: a caller that only counts
   * rows should read `count`.
   */
  readonly rows: Row[];
  /** Index in the final `rows` of the first row of the batch. */
  offset: number;
  /** Number of rows in the batch. */
  count: number;
  /** The columns as known now (extra columns may still be added later). */
  columns: Column[];
}

/** Per-column override: by key (header text) or 0-based index. */
export interface ColumnOverride {
  type?: ColumnType;
  label?: string;
  description?: string;
}

/** A Frictionless Table Schema (the parts the loader uses). */
export interface TableSchema {
  fields: TableSchemaField[];
  missingValues?: string[];
}

/** A field of a Frictionless Table Schema. */
export interface TableSchemaField {
  name: string;
  type?: string;
  format?: string;
  title?: string;
  description?: string;
  decimalChar?: string;
  groupChar?: string;
  bareNumber?: boolean;
  trueValues?: string[];
  falseValues?: string[];
}
