/**
 * The load pipeline shared by the worker and the main-thread fallback (so both give the same
 * result): bytes → text (encoding detection) → CSV or JSON → typed rows in batches.
 * DOM-free.
 */
import { CsvEngine, EngineError } from './csv.js';
import type { CsvOptions, RawWarning } from './csv.js';
import { ByteDecoder } from './encoding.js';
import { tableFromJsonText } from './json.js';
import type { Column, DecimalSeparator, Row } from './types.js';
import { TableIndexer, type TableIndex } from './view/index.js';

const FIRST_SLICE = 64 * 1024;
const SLICE = 1024 * 1024;

/** Options of the pipeline: plain data, so they can be posted to a worker. */
export interface EngineOptions extends CsvOptions {
  format?: 'auto' | 'csv' | 'tsv' | 'json';
  encoding?: string;
}

/** What the pipeline decided, sent once at the end. */
export interface EngineSummary {
  format: 'csv' | 'json';
  encoding: string | null;
  columns: Column[];
  delimiter: string | null;
  decimal: DecimalSeparator | null;
  headerRow: number | null;
  skippedLines: string[];
  rowCount: number;
  warnings: RawWarning[];
  /** Ranks and search dictionaries of every column, when the worker built them. */
  index?: TableIndex;
}

/** Receives each batch of typed rows, with the columns when they changed. */
export type BatchSink = (rows: Row[], columns: Column[] | undefined, rowCount: number) => void;

/** One load: push bytes or text, then `end()`. Throws `EngineError`s. */
export class LoadEngine {
  readonly #options: EngineOptions;
  readonly #sink: BatchSink;
  #decoder: ByteDecoder | undefined;
  #format: 'csv' | 'json' | undefined;
  #csv: CsvEngine | undefined;
  #json: string[] = [];
  #start = '';
  #rowCount = 0;
  /** The sort and search indexes, fed batch by batch (no row is kept here). */
  #indexer = new TableIndexer();

  constructor(options: EngineOptions, sink: BatchSink) {
    this.#options = options;
    this.#sink = (rows, columns, rowCount) => {
      this.#indexer.add(rows, columns);
      sink(rows, columns, rowCount);
    };
    const format = options.format ?? 'auto';
    if (format === 'json') this.#format = 'json';
    else if (format === 'csv' || format === 'tsv') this.#useCsv(format);
  }

  #useCsv(format: 'csv' | 'tsv' | 'auto'): void {
    this.#format = 'csv';
    const options = { ...this.#options };
    if (format === 'tsv' && !options.delimiter) options.delimiter = '\t';
    this.#csv = new CsvEngine(options, (rows, columns) => {
      this.#rowCount += rows.length;
      this.#sink(rows, columns, this.#rowCount);
    });
  }

  /**
   * Adds bytes (decoded here). Big chunks are cut in slices, smaller before the first rows
   * are out, so the first batch leaves as soon as it is ready.
   */
  pushBytes(bytes: Uint8Array): void {
    this.#decoder ??= new ByteDecoder(this.#options.encoding);
    for (let start = 0; start < bytes.length;) {
      const size = this.#rowCount === 0 ? FIRST_SLICE : SLICE;
      const end = Math.min(bytes.length, start + size);
      const text = this.#decoder.decode(
        start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end),
        false,
      );
      if (text !== '') this.pushText(text);
      start = end;
    }
  }

  /** Adds text. */
  pushText(text: string): void {
    if (this.#format === undefined) {
      this.#start += text;
      const trimmed = this.#start.trimStart();
      if (trimmed.length === 0) return;
      const first = trimmed.charCodeAt(0) === 0xfeff ? trimmed.slice(1).trimStart()[0] : trimmed[0];
      if (first === undefined) return;
      text = this.#start;
      this.#start = '';
      if (first === '[' || first === '{') this.#format = 'json';
      else this.#useCsv('auto');
    }
    if (this.#format === 'json') this.#json.push(text);
    else this.#csv!.push(text);
  }

  /**
   * Ends the input and returns the summary (the last rows were sent to the sink), with what
   * sorting and searching need: every column ranked, every column's search dictionary (built
   * batch by batch as the rows went out; only the ranking of distinct values is left for
   * here). In the worker this is done while the page is free, and sent with the rows.
   */
  end(): EngineSummary {
    const summary = this.#end();
    summary.index = this.#indexer.finish(summary.columns);
    this.#indexer = new TableIndexer();
    return summary;
  }

  #end(): EngineSummary {
    if (this.#decoder) {
      const rest = this.#decoder.decode(new Uint8Array(0), true);
      if (rest !== '') this.pushText(rest);
    }
    if (this.#format === undefined) throw new EngineError('empty');
    const encoding = this.#decoder ? this.#decoder.encoding : null;
    const warnings: RawWarning[] = [];
    if (this.#decoder?.fellBack) warnings.push({ code: 'encoding-fallback', count: 1 });
    if (this.#decoder?.replaced) warnings.push({ code: 'encoding-errors', count: 1 });
    if (this.#format === 'json') {
      const table = tableFromJsonText(this.#json.join(''), this.#options);
      this.#json = [];
      const first = this.#options.firstBatch ?? 1000;
      const size = this.#options.batchSize ?? 2500;
      let offset = 0;
      let columns: Column[] | undefined = table.columns;
      do {
        const end = Math.min(table.rows.length, offset + (offset === 0 ? first : size));
        this.#sink(table.rows.slice(offset, end), columns, end);
        columns = undefined;
        offset = end;
      } while (offset < table.rows.length);
      return {
        format: 'json',
        encoding,
        columns: table.columns,
        delimiter: null,
        decimal: null,
        headerRow: null,
        skippedLines: [],
        rowCount: table.rows.length,
        warnings: [...warnings, ...table.warnings],
      };
    }
    const summary = this.#csv!.end();
    return {
      format: 'csv',
      encoding,
      columns: summary.columns,
      delimiter: summary.delimiter,
      decimal: summary.decimal,
      headerRow: summary.headerRow,
      skippedLines: summary.skippedLines,
      rowCount: summary.rowCount,
      warnings: [...warnings, ...summary.warnings],
    };
  }
}

export { EngineError };
