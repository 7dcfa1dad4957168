/**
 * `loadTable`: one entry point for a URL, a `File`/`Blob`, a CSV or JSON string, or
 * already-parsed objects. Parsing runs in a module worker when the browser has one (streamed,
 * with progress), else on the main thread with the same pipeline and the same result.
 */
import { Interner } from './intern.js';
import { EngineError, padRows } from './csv.js';
import type { RawWarning } from './csv.js';
import type { EngineOptions, EngineSummary } from './engine.js';
import { LoadEngine } from './engine.js';
import { DataError } from './errors.js';
import type { DataErrorCode } from './errors.js';
import { abortError, absoluteUrl, failOnStatus, fetchOrFail } from './fetch.js';
import type { FetchLike } from './fetch.js';
import { findRecords, tableFromRecords } from './json.js';
import { columnLabelTemplate, localizeWarnings } from './messages.js';
import type {
  Column,
  ColumnOverride,
  DecimalSeparator,
  LoadProgress,
  LoadedTable,
  Row,
  RowBatch,
  TableMeta,
  TableSchema,
} from './types.js';

/**
 * What to load: a URL (string or `URL`), a `File`/`Blob`, CSV or JSON text, already-parsed
 * records, or an explicit `{ url }`, `{ text }` or `{ data }`.
 */
export type TableSource =
  | string
  | URL
  | Blob
  | { url: string | URL }
  | { text: string }
  | { data: unknown }
  | readonly unknown[]
  | Record<string, unknown>;

/** Options of {@link loadTable}. Every guess can be overridden here. */
export interface LoadOptions {
  /** `auto` (default: from the content), `csv`, `tsv`, `json` or `datapackage`. */
  format?: 'auto' | 'csv' | 'tsv' | 'json' | 'datapackage';
  /** CSV delimiter (default: sniffed among `,` `;` tab `|`). */
  delimiter?: string;
  /** Decimal separator (default: decided from the values; `;` files lean to `,`). */
  decimal?: DecimalSeparator;
  /** Text encoding (`utf-8`, `windows-1252`, `utf-16le`…; default: detected). */
  encoding?: string;
  /** Index of the header among non-blank rows, `'none'`, or `'auto'` (default). */
  headerRow?: number | 'auto' | 'none';
  /** Per-column type and label, by header text (key) or index. */
  columns?: Record<string, ColumnOverride>;
  /** A Frictionless Table Schema (object or URL) typing the columns. */
  schema?: TableSchema | string | URL;
  /** Name of the data package resource to load (default: the first tabular one). */
  resource?: string;
  /** Refuse files larger than this many bytes (`too-large`). */
  maxBytes?: number;
  /** Parse in a worker: `'auto'` (default), `true` or `false`. */
  worker?: boolean | 'auto';
  /** Language of messages and labels (default Spanish). */
  lang?: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: FetchLike;
  /** Extra `fetch` options (headers, credentials). */
  request?: RequestInit;
  /** Rows in the first streamed batch (default 1000). */
  firstBatch?: number;
  /** Rows in later streamed batches (default 2500). */
  batchSize?: number;
}

/** Cancellation and progress of one load. */
export interface LoadControls {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
  /** Called with each batch of typed rows while the rest is still loading. */
  onRows?: (batch: RowBatch) => void;
}

type Input =
  | { kind: 'url'; url: URL }
  | { kind: 'blob'; blob: Blob; name: string }
  | { kind: 'text'; text: string }
  | { kind: 'data'; data: unknown };

const URL_LIKE =
  /^(?:[a-z][a-z0-9+.-]*:\/\/\S+|\.{0,2}\/\S*|[^\s,;|]+\.(?:csv|tsv|txt|json)(?:[?#]\S*)?)$/i;

/** Tells a URL from CSV or JSON text. */
export function classifySource(source: TableSource): Input {
  if (typeof source === 'string') {
    const trimmed = source.trim();
    if (!/[\r\n]/.test(trimmed) && URL_LIKE.test(trimmed))
      return { kind: 'url', url: absoluteUrl(trimmed) };
    return { kind: 'text', text: source };
  }
  if (source instanceof URL) return { kind: 'url', url: source };
  if (typeof Blob !== 'undefined' && source instanceof Blob)
    return { kind: 'blob', blob: source, name: (source as File).name ?? 'blob' };
  if (Array.isArray(source)) return { kind: 'data', data: source };
  const object = source as Record<string, unknown>;
  if (typeof object.url === 'string' || object.url instanceof URL)
    return { kind: 'url', url: absoluteUrl(object.url as string | URL) };
  if (typeof object.text === 'string') return { kind: 'text', text: object.text };
  if ('data' in object && Object.keys(object).length === 1)
    return { kind: 'data', data: object.data };
  return { kind: 'data', data: object };
}

/** Receives the input; implemented by the worker and by the main-thread engine. */
interface Pipeline {
  /** The error that stopped the parse, once there is one. */
  readonly failure: unknown;
  pushBytes(bytes: Uint8Array): void;
  pushText(text: string): void;
  end(): Promise<EngineSummary>;
  abort(): void;
}

type OnBatch = (rows: Row[], columns: Column[] | undefined) => void;

function toDataError(error: unknown, lang?: string): DataError {
  if (error instanceof DataError) return error;
  if (error instanceof EngineError)
    return new DataError(error.code as DataErrorCode, { lang, details: error.details });
  return new DataError('parse', { lang, details: { message: String(error) }, cause: error });
}

class MainPipeline implements Pipeline {
  readonly #engine: LoadEngine;
  #error: unknown;
  constructor(options: EngineOptions, onBatch: OnBatch) {
    this.#engine = new LoadEngine(options, (rows, columns) => onBatch(rows, columns));
  }
  pushBytes(bytes: Uint8Array): void {
    if (this.#error === undefined) this.#run(() => this.#engine.pushBytes(bytes));
  }
  pushText(text: string): void {
    if (this.#error === undefined) this.#run(() => this.#engine.pushText(text));
  }
  #run(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.#error = error;
    }
  }
  get failure(): unknown {
    return this.#error;
  }
  async end(): Promise<EngineSummary> {
    if (this.#error !== undefined) throw this.#error;
    return this.#engine.end();
  }
  abort(): void {}
}

/** How long a finished worker waits for the next load before it is closed. */
const IDLE_MS = 30_000;
let idle: Worker | undefined;
/** Workers known to have started (they answered `ready` once). */
const started = new WeakSet<Worker>();
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function createWorker(): Worker {
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
}

function takeIdleWorker(): Worker | undefined {
  const worker = idle;
  idle = undefined;
  if (idleTimer !== undefined) clearTimeout(idleTimer);
  idleTimer = undefined;
  return worker;
}

function releaseWorker(worker: Worker): void {
  worker.onmessage = null;
  worker.onerror = () => {
    if (idle === worker) takeIdleWorker();
    worker.terminate();
  };
  if (idle !== undefined) {
    worker.terminate();
    return;
  }
  idle = worker;
  idleTimer = setTimeout(() => {
    if (idle === worker) idle = undefined;
    worker.terminate();
  }, IDLE_MS);
}

/**
 * Starts the parsing worker ahead of time (for instance when a table element connects), so
 * the first load does not wait for it. Optional: `loadTable` starts one when needed, and
 * keeps it for 30 s after a load for the next one.
 */
export function prepareWorker(): void {
  if (idle !== undefined || typeof Worker === 'undefined') return;
  try {
    releaseWorker(createWorker());
  } catch {
    // No module workers here: loads will use the main thread.
  }
}

type Queued =
  { type: 'bytes'; bytes: Uint8Array } | { type: 'text'; text: string } | { type: 'end' };

/** The worker pipeline; falls back to the main thread if the worker cannot start. */
class WorkerPipeline implements Pipeline {
  #worker: Worker | undefined;
  #fallback: MainPipeline | undefined;
  #ready = false;
  #queue: Queued[] = [];
  #done: Promise<EngineSummary>;
  #resolve!: (summary: EngineSummary) => void;
  #reject!: (error: unknown) => void;
  readonly #options: EngineOptions;
  readonly #onBatch: OnBatch;
  #error: unknown;

  constructor(options: EngineOptions, onBatch: OnBatch) {
    this.#options = options;
    this.#onBatch = onBatch;
    this.#done = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    this.#done.catch(() => undefined);
    const reused = takeIdleWorker();
    if (reused) {
      this.#worker = reused;
      this.#ready = started.has(reused);
    } else {
      try {
        this.#worker = createWorker();
      } catch {
        this.#useFallback();
        return;
      }
    }
    this.#worker.onmessage = (event: MessageEvent) => this.#message(event.data);
    this.#worker.onerror = (event: Event) => {
      event.preventDefault?.();
      if (!this.#ready) this.#useFallback();
      else this.#fail(new EngineError('parse', { message: 'worker error' }));
    };
    this.#worker.postMessage({ type: 'start', options });
  }

  #useFallback(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    const fallback = new MainPipeline(this.#options, this.#onBatch);
    this.#fallback = fallback;
    const queue = this.#queue;
    this.#queue = [];
    let ended = false;
    for (const item of queue) {
      if (item.type === 'bytes') fallback.pushBytes(item.bytes);
      else if (item.type === 'text') fallback.pushText(item.text);
      else ended = true;
    }
    if (ended) fallback.end().then(this.#resolve, this.#reject);
  }

  #fail(error: unknown): void {
    this.#error ??= error;
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#reject(error);
  }

  #message(data: {
    type: string;
    rows?: Row[];
    columns?: Column[];
    summary?: EngineSummary;
    code?: string;
    details?: Record<string, unknown>;
  }): void {
    switch (data.type) {
      case 'ready': {
        if (this.#worker) started.add(this.#worker);
        if (this.#ready) break;
        this.#ready = true;
        const queue = this.#queue;
        this.#queue = [];
        for (const item of queue) this.#post(item);
        break;
      }
      case 'rows':
        this.#onBatch(data.rows!, data.columns);
        break;
      case 'done':
        if (this.#worker) releaseWorker(this.#worker);
        this.#worker = undefined;
        this.#resolve(data.summary!);
        break;
      case 'error':
        this.#fail(new EngineError(data.code!, data.details));
        break;
    }
  }

  #post(item: Queued): void {
    if (!this.#worker) return;
    if (item.type === 'bytes') {
      const bytes = item.bytes;
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const own = whole ? bytes : bytes.slice();
      this.#worker.postMessage({ type: 'bytes', bytes: own }, [own.buffer as ArrayBuffer]);
    } else this.#worker.postMessage(item);
  }

  #push(item: Queued): void {
    if (this.#error !== undefined) return;
    if (this.#fallback) {
      if (item.type === 'bytes') this.#fallback.pushBytes(item.bytes);
      else if (item.type === 'text') this.#fallback.pushText(item.text);
      else this.#fallback.end().then(this.#resolve, this.#reject);
    } else if (!this.#ready) this.#queue.push(item);
    else this.#post(item);
  }

  pushBytes(bytes: Uint8Array): void {
    this.#push({ type: 'bytes', bytes });
  }
  pushText(text: string): void {
    this.#push({ type: 'text', text });
  }
  end(): Promise<EngineSummary> {
    this.#push({ type: 'end' });
    return this.#done;
  }
  abort(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#error ??= 'aborted';
  }
  get failure(): unknown {
    return this.#fallback
      ? this.#fallback.failure
      : this.#error === 'aborted'
        ? undefined
        : this.#error;
  }
  /** True when the rows came from a worker (for tests and benchmarks). */
  get usedWorker(): boolean {
    return this.#fallback === undefined;
  }
}

function extensionFormat(url: URL): LoadOptions['format'] {
  const path = url.pathname.toLowerCase();
  if (path.endsWith('datapackage.json')) return 'datapackage';
  if (path.endsWith('.json') || path.endsWith('.geojson')) return 'json';
  if (path.endsWith('.tsv') || path.endsWith('.tab')) return 'tsv';
  return 'auto';
}

async function resolveSchema(
  schema: LoadOptions['schema'],
  options: LoadOptions,
  signal: AbortSignal,
): Promise<TableSchema | undefined> {
  if (schema === undefined) return undefined;
  if (typeof schema === 'object' && !(schema instanceof URL)) return schema;
  return (await fetchJson(absoluteUrl(schema), options, signal)) as TableSchema;
}

async function fetchJson(url: URL, options: LoadOptions, signal: AbortSignal): Promise<unknown> {
  const response = await fetchOrFail(url, {
    ...options.request,
    signal,
    fetch: options.fetch,
    lang: options.lang,
  });
  await failOnStatus(response, url, options.lang);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new DataError('not-json', { lang: options.lang, details: { url: url.href } });
  }
}

interface Resource {
  name?: string;
  path?: string | string[];
  data?: unknown;
  format?: string;
  encoding?: string;
  schema?: TableSchema | string;
  dialect?: { delimiter?: string };
}

async function loadDatapackage(
  url: URL,
  options: LoadOptions,
  controls: LoadControls,
  signal: AbortSignal,
): Promise<LoadedTable> {
  const pkg = (await fetchJson(url, options, signal)) as { resources?: Resource[] };
  const resources = Array.isArray(pkg.resources) ? pkg.resources : [];
  const resource =
    resources.find((r) => options.resource !== undefined && r.name === options.resource) ??
    resources.find(
      (r) =>
        r.data !== undefined ||
        /^(csv|tsv|json)$/i.test(r.format ?? '') ||
        /\.(csv|tsv|json)$/i.test(String(Array.isArray(r.path) ? r.path[0] : (r.path ?? ''))),
    );
  if (!resource)
    throw new DataError('not-table', { lang: options.lang, details: { url: url.href } });
  const schemaSource =
    typeof resource.schema === 'string' ? new URL(resource.schema, url) : resource.schema;
  const schema = await resolveSchema(schemaSource, options, signal);
  const next: LoadOptions = { ...options, schema, format: 'auto' };
  if (resource.encoding && !options.encoding) next.encoding = resource.encoding;
  if (resource.dialect?.delimiter && !options.delimiter)
    next.delimiter = resource.dialect.delimiter;
  if (resource.data !== undefined) return loadTable({ data: resource.data }, next, controls);
  const path = Array.isArray(resource.path) ? resource.path[0] : resource.path;
  if (!path) throw new DataError('not-table', { lang: options.lang });
  if (/^json$/i.test(resource.format ?? '')) next.format = 'json';
  return loadTable(new URL(path, url), next, controls);
}

function linkSignal(outer: AbortSignal | undefined): AbortController {
  const controller = new AbortController();
  if (outer?.aborted) controller.abort(outer.reason);
  else outer?.addEventListener('abort', () => controller.abort(outer.reason), { once: true });
  return controller;
}

function meta(
  summary: EngineSummary | undefined,
  format: TableMeta['format'],
  source: string,
  bytes: number,
  rowCount: number,
  warnings: RawWarning[],
  lang?: string,
): TableMeta {
  return {
    format,
    encoding: summary?.encoding ?? null,
    delimiter: summary?.delimiter ?? null,
    decimal: summary?.decimal ?? null,
    headerRow: summary?.headerRow ?? null,
    skippedLines: summary?.skippedLines ?? [],
    rowCount,
    warnings: localizeWarnings(warnings, lang),
    source,
    bytes,
  };
}

/**
 * Loads a table from a URL, a `File`/`Blob`, CSV or JSON text, or parsed records, and returns
 * `{ columns, rows, meta }`. Rejects with a {@link DataError}. Pass `signal` to cancel,
 * `onProgress` for bytes and rows, `onRows` to show the first rows while the rest loads.
 */
export async function loadTable(
  source: TableSource,
  options: LoadOptions = {},
  controls: LoadControls = {},
): Promise<LoadedTable> {
  const { lang } = options;
  const controller = linkSignal(controls.signal);
  const signal = controller.signal;
  if (signal.aborted) throw abortError(lang);
  const input = classifySource(source);
  const schema = await resolveSchema(options.schema, options, signal);
  const columnLabel = columnLabelTemplate(lang);

  if (input.kind === 'data') {
    let records: unknown[];
    let fields;
    try {
      ({ records, fields } = findRecords(input.data));
    } catch (error) {
      throw toDataError(error, lang);
    }
    const table = tableFromRecords(records, { ...options, schema, columnLabel }, fields);
    controls.onRows?.({ rows: table.rows, offset: 0, columns: table.columns });
    controls.onProgress?.({ bytes: 0, totalBytes: null, rows: table.rows.length });
    return {
      columns: table.columns,
      rows: table.rows,
      meta: meta(undefined, 'objects', 'objects', 0, table.rows.length, table.warnings, lang),
    };
  }

  let format = options.format ?? 'auto';
  if (input.kind === 'url' && format === 'auto') format = extensionFormat(input.url) ?? 'auto';
  if (input.kind === 'url' && format === 'datapackage')
    return loadDatapackage(input.url, options, controls, signal);
  if (format === 'datapackage') format = 'auto';

  const engineOptions: EngineOptions = {
    format: format as EngineOptions['format'],
    columnLabel,
    firstBatch: options.firstBatch,
    batchSize: options.batchSize,
  };
  for (const key of ['delimiter', 'decimal', 'encoding', 'headerRow', 'columns'] as const)
    if (options[key] !== undefined) (engineOptions as Record<string, unknown>)[key] = options[key];
  if (schema) engineOptions.schema = schema;

  const rows: Row[] = [];
  let columns: Column[] = [];
  let bytes = 0;
  let totalBytes: number | null = null;
  const progress = () => controls.onProgress?.({ bytes, totalBytes, rows: rows.length });
  const interner = new Interner();
  const onBatch: OnBatch = (batch, batchColumns) => {
    if (signal.aborted) return;
    if (batchColumns) columns = batchColumns;
    interner.internRows(batch);
    const offset = rows.length;
    for (let i = 0; i < batch.length; i++) rows.push(batch[i]!);
    controls.onRows?.({ rows: batch, offset, columns });
    progress();
  };
  const useWorker =
    options.worker === true ||
    (options.worker !== false &&
      typeof Worker !== 'undefined' &&
      (input.kind !== 'text' || input.text.length > 256 * 1024));
  const pipeline: Pipeline = useWorker
    ? new WorkerPipeline(engineOptions, onBatch)
    : new MainPipeline(engineOptions, onBatch);
  const onAbort = () => pipeline.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  const maxBytes = options.maxBytes ?? Infinity;
  const tooLarge = () =>
    new DataError('too-large', { lang, details: { limit: maxBytes, bytes: totalBytes ?? bytes } });

  let sourceName: string;
  try {
    if (input.kind === 'text') {
      sourceName = 'text';
      pipeline.pushText(input.text);
    } else {
      let stream: ReadableStream<Uint8Array> | null;
      if (input.kind === 'url') {
        sourceName = input.url.href;
        const response = await fetchOrFail(input.url, {
          ...options.request,
          signal,
          fetch: options.fetch,
          lang,
        });
        await failOnStatus(response, input.url, lang);
        const length = Number(response.headers.get('content-length'));
        if (length > 0 && !response.headers.get('content-encoding')) totalBytes = length;
        if (totalBytes !== null && totalBytes > maxBytes) {
          await response.body?.cancel().catch(() => undefined);
          throw tooLarge();
        }
        stream = response.body;
      } else {
        sourceName = input.name;
        totalBytes = input.blob.size;
        if (totalBytes > maxBytes) throw tooLarge();
        stream = input.blob.stream();
      }
      if (stream) {
        const reader = stream.getReader();
        try {
          for (;;) {
            let chunk: ReadableStreamReadResult<Uint8Array>;
            try {
              chunk = await reader.read();
            } catch (error) {
              if (signal.aborted) throw abortError(lang);
              // The connection dropped (or the file became unreadable) mid-way.
              throw new DataError('network', {
                lang,
                details: { source: sourceName, message: String(error) },
                cause: error,
              });
            }
            const { done, value } = chunk;
            if (done) break;
            if (signal.aborted) throw abortError(lang);
            bytes += value.byteLength;
            if (bytes > maxBytes) throw tooLarge();
            pipeline.pushBytes(value);
            if (pipeline.failure !== undefined) throw pipeline.failure;
            progress();
          }
        } catch (error) {
          await reader.cancel().catch(() => undefined);
          throw error;
        }
      }
      if (bytes === 0) throw new DataError('empty', { lang, details: { source: sourceName } });
    }
    if (signal.aborted) throw abortError(lang);
    const abortPromise = new Promise<never>((_, reject) => {
      if (signal.aborted) reject(abortError(lang));
      signal.addEventListener('abort', () => reject(abortError(lang)), { once: true });
    });
    abortPromise.catch(() => undefined);
    const summary = await Promise.race([pipeline.end(), abortPromise]);
    if (signal.aborted) throw abortError(lang);
    columns = summary.columns;
    padRows(rows, columns.length);
    progress();
    return {
      columns,
      rows,
      meta: meta(summary, summary.format, sourceName, bytes, rows.length, summary.warnings, lang),
    };
  } catch (error) {
    pipeline.abort();
    if (signal.aborted) throw abortError(lang);
    if ((error as { name?: string })?.name === 'AbortError') throw abortError(lang);
    throw toDataError(error, lang);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * A loader where each new load cancels the one before (its promise rejects with `aborted`):
 * for a widget whose `src` can change while a big file is still loading.
 */
export function createTableLoader(): {
  load: (
    source: TableSource,
    options?: LoadOptions,
    controls?: LoadControls,
  ) => Promise<LoadedTable>;
  abort: () => void;
} {
  let current: AbortController | undefined;
  return {
    load(source, options, controls = {}) {
      current?.abort();
      const controller = (current = linkSignal(controls.signal));
      return loadTable(source, options, { ...controls, signal: controller.signal });
    },
    abort() {
      current?.abort();
    },
  };
}
