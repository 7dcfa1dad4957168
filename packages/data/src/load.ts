/**
 * `loadTable`: one entry point for a URL, a `File`/`Blob`, a CSV or JSON string, or
 * already-parsed objects. Parsing runs in a module worker when the browser has one (streamed,
 * with progress), else on the main thread with the same pipeline and the same result.
 */
import { RowChunks } from './chunks.js';
import { EngineError } from './csv.js';
import type { RawWarning } from './csv.js';
import type { EngineOptions, EngineSummary } from './engine.js';
import { LoadEngine } from './engine.js';
import { DataError } from './errors.js';
import type { DataErrorCode } from './errors.js';
import { abortError, absoluteUrl, failOnStatus, failedFetchCode, fetchOrFail } from './fetch.js';
import type { FetchLike } from './fetch.js';
import { findRecords, tableFromRecords } from './json.js';
import { columnLabelTemplate, localizeWarnings } from './messages.js';
import type { PackedBatch } from './packed.js';
import { postableRequest, readBytes } from './read.js';
import type { ByteProgress, ByteSource } from './read.js';
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
  /^(?:[a-z][a-z0-9+.-]*:\/\/\S+|blob:\S+|\.{0,2}\/\S*|[^\s,;|]+\.(?:csv|tsv|txt|json)(?:[?#]\S*)?)$/i;

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
  /** Reads the source (fetch or Blob) into the parser and ends the input. */
  read(source: ByteSource, maxBytes: number, signal: AbortSignal): Promise<ReadResult>;
  abort(): void;
}

interface ReadResult extends ByteProgress {
  summary: EngineSummary;
}

/** Receives a batch; `bytes` read so far when the worker reads the source itself. */
type OnBatch = (rows: Row[] | PackedBatch, columns: Column[] | undefined, bytes?: number) => void;
type OnBytes = (progress: { bytes: number; totalBytes?: number | null }) => void;

function toDataError(error: unknown, lang?: string): DataError {
  if (error instanceof DataError) return error;
  if (error instanceof EngineError) {
    const { status, ...details } = error.details ?? {};
    let code = error.code as DataErrorCode;
    // A fetch in the worker that got no answer (`url` set; a stream cut short has `source`).
    if (code === 'network' && typeof details.url === 'string')
      code = failedFetchCode(new URL(details.url));
    return new DataError(code, {
      lang,
      details: error.details ? details : undefined,
      status: typeof status === 'number' ? status : undefined,
      cause: error,
    });
  }
  return new DataError('parse', { lang, details: { message: String(error) }, cause: error });
}

class MainPipeline implements Pipeline {
  readonly #engine: LoadEngine;
  readonly #onBytes: OnBytes;
  #error: unknown;
  constructor(options: EngineOptions, onBatch: OnBatch, onBytes: OnBytes) {
    this.#engine = new LoadEngine(options, (rows, columns) => onBatch(rows, columns));
    this.#onBytes = onBytes;
  }
  async read(source: ByteSource, maxBytes: number, signal: AbortSignal): Promise<ReadResult> {
    const read = await readBytes(
      source,
      maxBytes,
      (bytes) => this.#engine.pushBytes(bytes),
      this.#onBytes,
      signal,
    );
    return { ...read, summary: this.#engine.end() };
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
  | { type: 'bytes'; bytes: Uint8Array }
  | { type: 'text'; text: string }
  | { type: 'end' }
  | { type: 'read'; source: ByteSource; maxBytes: number; signal: AbortSignal };

/** The worker pipeline; falls back to the main thread if the worker cannot start. */
class WorkerPipeline implements Pipeline {
  #worker: Worker | undefined;
  #fallback: MainPipeline | undefined;
  #ready = false;
  #queue: Queued[] = [];
  #done: Promise<ReadResult>;
  #resolve!: (result: ReadResult) => void;
  #reject!: (error: unknown) => void;
  readonly #options: EngineOptions;
  readonly #onBatch: OnBatch;
  readonly #onBytes: OnBytes;
  #error: unknown;

  constructor(options: EngineOptions, onBatch: OnBatch, onBytes: OnBytes) {
    this.#options = options;
    this.#onBatch = onBatch;
    this.#onBytes = onBytes;
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
    const fallback = new MainPipeline(this.#options, this.#onBatch, this.#onBytes);
    this.#fallback = fallback;
    const queue = this.#queue;
    this.#queue = [];
    for (const item of queue) this.#push(item);
  }

  #fail(error: unknown): void {
    this.#error ??= error;
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#reject(error);
  }

  #message(data: {
    type: string;
    packed?: PackedBatch;
    columns?: Column[];
    summary?: EngineSummary;
    bytes?: number;
    totalBytes?: number | null;
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
      case 'progress':
        this.#onBytes({ bytes: data.bytes!, totalBytes: data.totalBytes ?? null });
        break;
      case 'rows':
        this.#onBatch(data.packed!, data.columns, data.bytes);
        break;
      case 'done':
        if (this.#worker) releaseWorker(this.#worker);
        this.#worker = undefined;
        if (data.bytes !== undefined)
          this.#onBytes({ bytes: data.bytes, totalBytes: data.totalBytes ?? null });
        this.#resolve({
          summary: data.summary!,
          bytes: data.bytes ?? 0,
          totalBytes: data.totalBytes ?? null,
        });
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
    } else if (item.type === 'read') {
      const { source, maxBytes } = item;
      this.#worker.postMessage({ type: 'read', source, maxBytes });
    } else this.#worker.postMessage(item);
  }

  #push(item: Queued): void {
    if (this.#error !== undefined) return;
    const fallback = this.#fallback;
    if (fallback) {
      if (item.type === 'bytes') fallback.pushBytes(item.bytes);
      else if (item.type === 'text') fallback.pushText(item.text);
      else if (item.type === 'read')
        fallback.read(item.source, item.maxBytes, item.signal).then(this.#resolve, this.#reject);
      else
        fallback
          .end()
          .then((summary) => ({ summary, bytes: 0, totalBytes: null }))
          .then(this.#resolve, this.#reject);
    } else if (!this.#ready) this.#queue.push(item);
    else this.#post(item);
  }

  /**
   * Reads in the worker: the bytes of the file never pass through the page. The source must
   * be postable (no custom `fetch`).
   */
  read(source: ByteSource, maxBytes: number, signal: AbortSignal): Promise<ReadResult> {
    this.#push({ type: 'read', source, maxBytes, signal });
    return this.#done;
  }

  pushBytes(bytes: Uint8Array): void {
    this.#push({ type: 'bytes', bytes });
  }
  pushText(text: string): void {
    this.#push({ type: 'text', text });
  }
  async end(): Promise<EngineSummary> {
    this.#push({ type: 'end' });
    return (await this.#done).summary;
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
  let input = classifySource(source);
  // A `blob:` URL (`URL.createObjectURL(file)`): its Blob is read on the page, where it was
  // made, and then parsed like a File.
  if (input.kind === 'url' && input.url.protocol === 'blob:') {
    const { url } = input;
    const response = await fetchOrFail(url, { signal, lang });
    await failOnStatus(response, url, lang);
    input = { kind: 'blob', blob: await response.blob(), name: url.href };
  }
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
    controls.onRows?.({
      rows: table.rows,
      offset: 0,
      count: table.rows.length,
      columns: table.columns,
    });
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

  const chunks = new RowChunks();
  let columns: Column[] = [];
  let bytes = 0;
  let totalBytes: number | null = null;
  const progress = () => controls.onProgress?.({ bytes, totalBytes, rows: chunks.count });
  const onBatch: OnBatch = (batch, batchColumns, bytesRead) => {
    if (signal.aborted) return;
    if (batchColumns) columns = batchColumns;
    if (bytesRead !== undefined) bytes = bytesRead;
    const offset = chunks.count;
    const index = chunks.add(batch);
    if (controls.onRows) {
      const count = chunks.count - offset;
      // The batch's rows are built only if the callback reads them.
      controls.onRows({
        get rows() {
          return chunks.rowsOf(index);
        },
        offset,
        count,
        columns,
      });
    }
    progress();
  };
  const useWorker =
    options.worker === true ||
    (options.worker !== false &&
      typeof Worker !== 'undefined' &&
      (input.kind !== 'text' || input.text.length > 256 * 1024));
  const onBytes: OnBytes = (read) => {
    bytes = read.bytes;
    if (read.totalBytes !== undefined) totalBytes = read.totalBytes;
    progress();
  };
  const pipeline: Pipeline = useWorker
    ? new WorkerPipeline(engineOptions, onBatch, onBytes)
    : new MainPipeline(engineOptions, onBatch, onBytes);
  const onAbort = () => pipeline.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  const abortPromise = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(abortError(lang));
    signal.addEventListener('abort', () => reject(abortError(lang)), { once: true });
  });
  abortPromise.catch(() => undefined);

  let sourceName: string;
  try {
    let summary: EngineSummary;
    if (input.kind === 'text') {
      sourceName = 'text';
      pipeline.pushText(input.text);
      summary = await Promise.race([pipeline.end(), abortPromise]);
    } else {
      sourceName = input.kind === 'url' ? input.url.href : input.name;
      const maxBytes = options.maxBytes ?? Infinity;
      const request = postableRequest(options.request);
      let read: ReadResult;
      if (input.kind === 'blob' || (!options.fetch && request !== undefined)) {
        // The worker (or the main-thread fallback) fetches or reads the source itself.
        const source: ByteSource = input.kind === 'url' ? { url: input.url.href, request } : input;
        read = await Promise.race([pipeline.read(source, maxBytes, signal), abortPromise]);
      } else {
        // A custom fetch, or request options a worker cannot receive: fetch here and pass
        // the bytes on.
        const source: ByteSource = {
          url: input.url.href,
          request: options.request,
          fetch: options.fetch,
        };
        const progress = await readBytes(
          source,
          maxBytes,
          (chunk) => {
            pipeline.pushBytes(chunk);
            if (pipeline.failure !== undefined) throw pipeline.failure;
          },
          onBytes,
          signal,
        );
        read = { ...progress, summary: await Promise.race([pipeline.end(), abortPromise]) };
      }
      ({ summary, bytes, totalBytes } = read);
    }
    if (signal.aborted) throw abortError(lang);
    columns = summary.columns;
    chunks.pad(columns.length);
    progress();
    return {
      columns,
      // Built on first read, from the packed batches that are not built yet.
      get rows() {
        return chunks.all();
      },
      meta: meta(summary, summary.format, sourceName, bytes, chunks.count, summary.warnings, lang),
      ...(summary.index && { index: summary.index }),
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
