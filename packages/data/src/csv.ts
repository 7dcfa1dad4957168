/**
 * Streaming CSV reader on top of {@link CsvTokenizer}: text goes in chunk by chunk (as it is
 * decoded), typed rows come out in batches. On top of the tokenizer it sniffs the delimiter, skips title and note lines above the header, makes header names
 * unique and readable, infers column types from the first rows, reads decimal commas, and
 * pads or extends ragged rows, counting everything it did. DOM-free: runs in a worker or Node.
 */
import { INVALID, converterFor, decimalEvidence, inferColumn, skipInSample } from './infer.js';
import type { ColumnSpec, Converter } from './infer.js';
import { isPlaceholder } from './values.js';
import type {
  Cell,
  Column,
  ColumnOverride,
  ColumnType,
  DecimalSeparator,
  Row,
  TableSchema,
  WarningCode,
} from './types.js';
import { specFromSchema } from './schema.js';
import { CsvTokenizer } from './tokenizer.js';

/** A failure with a machine code; the page turns it into a localized `DataError`. */
export class EngineError extends Error {
  constructor(
    readonly code: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'EngineError';
  }
}

/** A warning before localization. */
export interface RawWarning {
  code: WarningCode;
  count: number;
  rows?: number[];
  column?: string;
  params?: Record<string, string | number>;
}

/** What a CSV parse decided, besides columns and rows. */
export interface CsvSummary {
  columns: Column[];
  delimiter: string;
  decimal: DecimalSeparator;
  headerRow: number | null;
  skippedLines: string[];
  rowCount: number;
  warnings: RawWarning[];
}

/** Options of the CSV engine (a subset of `LoadOptions`, all plain data). */
export interface CsvOptions {
  delimiter?: string;
  decimal?: DecimalSeparator;
  /** Index of the header among non-blank rows, `'none'` for no header, `'auto'` (default). */
  headerRow?: number | 'auto' | 'none';
  /** Overrides by column key, label, or index as a string. */
  columns?: Record<string, ColumnOverride>;
  schema?: TableSchema;
  /** `false`: every column is text (no inference). */
  infer?: boolean;
  /** Label of a column without header, with `{n}` for its number ("Columna {n}"). */
  columnLabel?: string;
  /** Rows of the first batch (default 1000). */
  firstBatch?: number;
  /** Rows of the later batches (default 2500: small enough that receiving one stays a short task). */
  batchSize?: number;
  /** Rows used to infer types (default 1000). */
  sampleRows?: number;
}

/** Receives typed rows as they are ready; `columns` is set when they changed. */
export type RowSink = (rows: Row[], columns: Column[] | undefined) => void;

const DELIMITERS = [',', ';', '\t', '|'];
const SNIFF_CHARS = 64 * 1024;
const HEADER_SEARCH = 50;
const MAX_LISTED_ROWS = 20;
const HTML_START = /^\s*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|!--|\?xml|script|title)/i;

/** True when the text looks like an HTML (or XML) page rather than a table. */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 1024));
}

/** The line ending of a text: `\r\n`, `\n` or `\r` (quoted content ignored). */
export function guessNewline(text: string): '\r\n' | '\n' | '\r' {
  const sample = text.slice(0, SNIFF_CHARS).replace(/"[^"]*"/g, '');
  const cr = sample.indexOf('\r');
  const lf = sample.indexOf('\n');
  if (cr === -1) return '\n';
  if (lf === -1) return '\r';
  if (lf < cr) return '\n';
  return sample[cr + 1] === '\n' ? '\r\n' : '\r';
}

function isBlank(row: string[]): boolean {
  if (row.length === 1) return row[0]!.trim() === '';
  if (row[0]!.trim() !== '') return false;
  for (let i = 1; i < row.length; i++) if (row[i]!.trim() !== '') return false;
  return true;
}

function usedLength(row: readonly string[]): number {
  let i = row.length;
  while (i > 0 && row[i - 1]!.trim() === '') i--;
  return i;
}

/** The delimiter that splits the sample's rows most consistently into 2 or more fields. */
export function sniffDelimiter(
  text: string,
  newline: '\r\n' | '\n' | '\r' = guessNewline(text),
): string {
  let best = ',';
  let bestAgreement = -1;
  let bestWidth = 0;
  const end = text.lastIndexOf(newline);
  const sample = end > 0 && text.length > SNIFF_CHARS ? text.slice(0, end) : text;
  for (const delimiter of DELIMITERS) {
    const rows = new CsvTokenizer(delimiter).push(sample, true, 60).filter((r) => !isBlank(r));
    if (rows.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let width = 0;
    let freq = 0;
    for (const [w, f] of counts) if (f > freq || (f === freq && w > width)) [width, freq] = [w, f];
    if (width < 2) continue;
    const agreement = freq / rows.length;
    if (
      agreement > bestAgreement + 1e-9 ||
      (Math.abs(agreement - bestAgreement) <= 1e-9 && width > bestWidth)
    ) {
      best = delimiter;
      bestAgreement = agreement;
      bestWidth = width;
    }
  }
  return best;
}

/**
 * The index of the header among the first rows: title and note lines (far fewer filled cells
 * than the usual row) at the top are skipped.
 */
export function findHeaderRow(rows: readonly string[][]): number {
  const head = rows.slice(0, HEADER_SEARCH);
  if (head.length < 2) return 0;
  const counts = new Map<number, number>();
  for (const r of head) {
    const w = usedLength(r);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let modal = 0;
  let freq = 0;
  for (const [w, f] of counts) if (f > freq || (f === freq && w > modal)) [modal, freq] = [w, f];
  if (modal < 2) return 0;
  let i = 0;
  while (i < head.length - 1 && usedLength(head[i]!) * 2 <= modal) i++;
  return i;
}

/** "4, 9, 12" (at most 20 lines, then "…"). */
function listLines(lines: readonly number[]): string {
  const listed = lines.slice(0, MAX_LISTED_ROWS).join(', ');
  return lines.length > MAX_LISTED_ROWS ? `${listed}…` : listed;
}

interface Problem {
  count: number;
  rows: number[];
}

function note(problem: Problem, row: number): void {
  problem.count++;
  if (problem.rows.length < MAX_LISTED_ROWS) problem.rows.push(row);
}

function findOverride(
  overrides: Record<string, ColumnOverride> | undefined,
  key: string,
  index: number,
): ColumnOverride | undefined {
  if (!overrides) return undefined;
  if (overrides[key]) return overrides[key];
  if (overrides[String(index)]) return overrides[String(index)];
  const lower = key.toLowerCase();
  for (const [name, value] of Object.entries(overrides))
    if (name.trim().toLowerCase() === lower) return value;
  return undefined;
}

/** Makes header names unique ("Monto", "Monto (2)") and names empty ones (`column_3`). */
export function uniqueHeaders(
  header: readonly string[],
  columnLabel = 'Columna {n}',
): { key: string; label: string; renamed: boolean }[] {
  const used = new Set<string>();
  const out: { key: string; label: string; renamed: boolean }[] = [];
  for (let i = 0; i < header.length; i++) {
    const text = header[i]!.replace(/\s+/g, ' ').trim();
    if (text === '') {
      let key = `column_${i + 1}`;
      while (used.has(key)) key += '_';
      used.add(key);
      out.push({ key, label: columnLabel.replace('{n}', String(i + 1)), renamed: false });
      continue;
    }
    let key = text;
    let n = 2;
    while (used.has(key.toLowerCase())) key = `${text} (${n++})`;
    used.add(key.toLowerCase());
    out.push({ key, label: key, renamed: key !== text });
  }
  return out;
}

/** The streaming CSV engine. Feed text with `push`, then call `end`. */
export class CsvEngine {
  readonly #options: CsvOptions;
  readonly #sink: RowSink;
  #head = '';
  #sniffed = false;
  #tokenizer: CsvTokenizer | undefined;
  #delimiter = ',';
  #decimal: DecimalSeparator = '.';
  #raw: string[][] | undefined = [];
  #ready = false;
  #columns: Column[] = [];
  #converters: Converter[] = [];
  #invalid: Problem[] = [];
  #sawFraction: boolean[] = [];
  #width = 0;
  #headerWidth = 0;
  #headerRow: number | null = null;
  #skipped: string[] = [];
  #renamed = 0;
  #pending: Row[] = [];
  #rowCount = 0;
  #emitted = 0;
  #columnsChanged = true;
  #short: Problem = { count: 0, rows: [] };
  #long: Problem = { count: 0, rows: [] };
  #missing = new Set<string>();

  constructor(options: CsvOptions, sink: RowSink) {
    this.#options = options;
    this.#sink = sink;
    for (const v of options.schema?.missingValues ?? []) if (v !== '') this.#missing.add(v);
  }

  /** Adds decoded text. */
  push(text: string): void {
    if (!this.#sniffed) {
      this.#head += text;
      if (this.#head.length < SNIFF_CHARS) return;
      this.#sniff(false);
      const head = this.#head;
      this.#head = '';
      this.#feed(head, false);
      return;
    }
    this.#feed(text, false);
  }

  /** Ends the input; returns what was decided. Throws `EngineError('empty')` for no rows. */
  end(): CsvSummary {
    if (!this.#sniffed) {
      this.#sniff(true);
      const head = this.#head;
      this.#head = '';
      this.#feed(head, true);
    } else this.#feed('', true);
    if (!this.#ready) {
      if (this.#raw!.length === 0) throw new EngineError('empty');
      this.#setup();
    }
    this.#flush();
    for (let c = 0; c < this.#columns.length; c++) {
      const column = this.#columns[c]!;
      if (column.type === 'integer' && this.#sawFraction[c]) column.type = 'number';
      const problem = this.#invalid[c];
      if (problem && problem.count > 0) column.invalid = problem.count;
    }
    return {
      columns: this.#columns,
      delimiter: this.#delimiter,
      decimal: this.#decimal,
      headerRow: this.#headerRow,
      skippedLines: this.#skipped,
      rowCount: this.#rowCount,
      warnings: this.#warnings(),
    };
  }

  #warnings(): RawWarning[] {
    const warnings: RawWarning[] = [];
    if (this.#skipped.length > 0)
      warnings.push({ code: 'skipped-lines', count: this.#skipped.length });
    if (this.#renamed > 0) warnings.push({ code: 'renamed-columns', count: this.#renamed });
    if (this.#long.count > 0)
      warnings.push({ code: 'extra-values', count: this.#long.count, rows: this.#long.rows });
    if (this.#short.count > 0)
      warnings.push({ code: 'short-rows', count: this.#short.count, rows: this.#short.rows });
    const notes = this.#tokenizer?.notes;
    if (notes && notes.unclosed.length > 0)
      warnings.push({
        code: 'unclosed-quote',
        count: notes.unclosed.length,
        params: { lines: listLines(notes.unclosed) },
      });
    if (notes && notes.multiline.length > 0)
      warnings.push({
        code: 'multiline-cells',
        count: notes.multiline.length,
        params: { lines: listLines(notes.multiline) },
      });
    this.#columns.forEach((column, c) => {
      const problem = this.#invalid[c];
      if (problem && problem.count > 0)
        warnings.push({
          code: 'invalid-values',
          count: problem.count,
          rows: problem.rows,
          column: column.key,
          params: { column: column.label, type: column.type },
        });
    });
    return warnings;
  }

  #sniff(final: boolean): void {
    this.#sniffed = true;
    let text = this.#head;
    if (text.charCodeAt(0) === 0xfeff) text = this.#head = text.slice(1);
    if (looksLikeHtml(text)) throw new EngineError('not-csv');
    if (final && text.trim() === '') throw new EngineError('empty');
    this.#delimiter = this.#options.delimiter || sniffDelimiter(text);
    this.#tokenizer = new CsvTokenizer(this.#delimiter);
  }

  #feed(text: string, final: boolean): void {
    if (text === '' && !final) return;
    const rows = this.#tokenizer!.push(text, final);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (isBlank(row) && !this.#tokenizer!.quoted.has(row)) continue;
      if (this.#ready) {
        this.#type(row);
        // The first batch leaves as soon as it is full, not at the end of the chunk.
        if (this.#emitted === 0 && this.#pending.length >= this.#threshold()) this.#flush();
      } else {
        this.#raw!.push(row);
        if (this.#raw!.length >= (this.#options.sampleRows ?? 1000) + 100) {
          this.#setup();
          if (this.#pending.length >= this.#threshold()) this.#flush();
        }
      }
    }
    if (this.#ready && this.#pending.length >= this.#threshold()) this.#flush();
  }

  #threshold(): number {
    return this.#emitted === 0
      ? (this.#options.firstBatch ?? 1000)
      : (this.#options.batchSize ?? 2500);
  }

  #flush(): void {
    if (this.#pending.length === 0 && this.#emitted > 0) return;
    const rows = this.#pending;
    this.#pending = [];
    this.#emitted += rows.length;
    const columns = this.#columnsChanged ? this.#columns.map((c) => ({ ...c })) : undefined;
    this.#columnsChanged = false;
    this.#sink(rows, columns);
  }

  #setup(): void {
    const raw = this.#raw!;
    this.#raw = undefined;
    const options = this.#options;
    const label = options.columnLabel ?? 'Columna {n}';
    let header: string[] | undefined;
    let start = 0;
    if (options.headerRow === 'none') {
      this.#headerRow = null;
    } else {
      const index =
        typeof options.headerRow === 'number'
          ? Math.max(0, Math.min(options.headerRow, raw.length - 1))
          : findHeaderRow(raw);
      this.#headerRow = index;
      for (let i = 0; i < index; i++)
        this.#skipped.push(
          raw[i]!.map((c) => c.trim())
            .filter((c) => c !== '')
            .join(' '),
        );
      header = raw[index];
      start = index + 1;
    }
    const sample = raw.slice(start, start + (options.sampleRows ?? 1000));
    let width = header ? header.length : 0;
    if (!header) for (const r of sample) width = Math.max(width, usedLength(r));
    // Trailing columns with neither a header nor a value in the sample are Excel padding.
    while (
      width > 1 &&
      (!header || header[width - 1]!.trim() === '') &&
      sample.every((r) => (r[width - 1] ?? '').trim() === '')
    )
      width--;
    const names = uniqueHeaders((header ?? []).slice(0, width).concat(), label);
    while (names.length < width)
      names.push({
        key: `column_${names.length + 1}`,
        label: label.replace('{n}', String(names.length + 1)),
        renamed: false,
      });
    this.#renamed = names.filter((n) => n.renamed).length;

    const values: string[][] = names.map(() => []);
    for (const r of sample)
      for (let c = 0; c < width; c++) {
        const v = (r[c] ?? '').trim();
        if (v !== '' && !skipInSample(v) && !this.#missing.has(v)) values[c]!.push(v);
      }
    let fileDecimal = options.decimal;
    const evidence = values.map((v) => (options.decimal ? 0 : decimalEvidence(v)));
    if (!fileDecimal) {
      const total = evidence.reduce((a, b) => a + b, 0);
      fileDecimal = total > 0 ? ',' : total < 0 ? '.' : this.#delimiter === ';' ? ',' : '.';
    }
    this.#decimal = fileDecimal;
    const schemaFields = new Map(
      (options.schema?.fields ?? []).map((f) => [f.name.trim().toLowerCase(), f] as const),
    );

    this.#columns = names.map((name, c) => {
      const decimal: DecimalSeparator =
        evidence[c]! > 0 ? ',' : evidence[c]! < 0 ? '.' : fileDecimal;
      const override = findOverride(options.columns, name.key, c);
      const field = schemaFields.get(name.key.toLowerCase());
      let spec: ColumnSpec;
      let description: string | undefined;
      let columnLabel = name.label;
      if (field) {
        spec = specFromSchema(field, decimal);
        if (field.title) columnLabel = field.title;
        description = field.description;
      } else if (options.infer === false) spec = { type: 'text' };
      else spec = inferColumn(values[c]!, name.key, decimal);
      if (override?.type && override.type !== spec.type) {
        const forced: ColumnType = override.type;
        spec =
          forced === 'date' || forced === 'datetime'
            ? {
                type: forced,
                dateOrder: spec.dateOrder ?? inferColumn(values[c]!, '', decimal).dateOrder,
                lenient: true,
              }
            : { type: forced, decimal, lenient: true };
      }
      if (override?.label) columnLabel = override.label;
      if (override?.description) description = override.description;
      this.#converters.push(converterFor(spec));
      this.#invalid.push({ count: 0, rows: [] });
      this.#sawFraction.push(false);
      const column: Column = { key: name.key, label: columnLabel, type: spec.type, index: c };
      if (
        spec.type === 'integer' ||
        spec.type === 'number' ||
        spec.type === 'currency' ||
        spec.type === 'percent'
      )
        column.decimal = spec.decimal ?? decimal;
      if ((spec.type === 'date' || spec.type === 'datetime') && spec.dateOrder)
        column.dateOrder = spec.dateOrder;
      if (description) column.description = description;
      return column;
    });
    this.#width = width;
    this.#headerWidth = width;
    this.#ready = true;
    this.#columnsChanged = true;
    for (let i = start; i < raw.length; i++) this.#type(raw[i]!);
  }

  #addColumns(width: number): void {
    const label = this.#options.columnLabel ?? 'Columna {n}';
    const used = new Set(this.#columns.map((c) => c.key));
    for (let c = this.#width; c < width; c++) {
      let key = `column_${c + 1}`;
      while (used.has(key)) key += '_';
      used.add(key);
      this.#columns.push({
        key,
        label: label.replace('{n}', String(c + 1)),
        type: 'text',
        index: c,
        extra: true,
      });
      this.#converters.push(converterFor({ type: 'text' }));
      this.#invalid.push({ count: 0, rows: [] });
      this.#sawFraction.push(false);
    }
    this.#width = width;
    this.#columnsChanged = true;
  }

  #type(raw: string[]): void {
    const index = this.#rowCount++;
    const n = raw.length;
    if (n > this.#width) {
      const used = usedLength(raw);
      if (used > this.#width) {
        note(this.#long, index);
        this.#addColumns(used);
      }
    }
    if (n < this.#headerWidth) note(this.#short, index);
    const width = this.#width;
    const converters = this.#converters;
    const row: Cell[] = [];
    for (let c = 0; c < width; c++) {
      const s = c < n ? raw[c]! : '';
      if (s === '') {
        row.push(null);
        continue;
      }
      const value = converters[c]!(s);
      if (value !== INVALID) {
        if (typeof value === 'number' && !this.#sawFraction[c] && !Number.isInteger(value))
          this.#sawFraction[c] = true;
        row.push(value);
        continue;
      }
      const text = s.trim();
      if (text === '') row.push(null);
      else if (this.#missing.has(text)) row.push(null);
      else {
        if (!isPlaceholder(text)) note(this.#invalid[c]!, index);
        row.push(text);
      }
    }
    this.#pending.push(row);
  }
}

/** Parses a whole CSV text at once (synchronously). */
export function parseCsvText(
  text: string,
  options: CsvOptions = {},
): { columns: Column[]; rows: Row[]; summary: CsvSummary } {
  const rows: Row[] = [];
  const engine = new CsvEngine(
    { ...options, firstBatch: Infinity, batchSize: Infinity },
    (batch) => {
      for (const r of batch) rows.push(r);
    },
  );
  engine.push(text);
  const summary = engine.end();
  padRows(rows, summary.columns.length);
  return { columns: summary.columns, rows, summary };
}

/** Pads rows shorter than `width` (rows read before extra columns appeared) with `null`. */
export function padRows(rows: Row[], width: number): void {
  for (const row of rows) while (row.length < width) row.push(null);
}
