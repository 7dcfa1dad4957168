/**
 * A CKAN DataStore as a server-side table source: `query()` pages, sorts, filters and searches
 * on the server with one `datastore_search` request (the previous one is aborted when a new
 * query starts); `load()` downloads a small resource whole, page by page.
 */
import { DataError } from './errors.js';
import { abortError, fetchOrFail } from './fetch.js';
import type { FetchLike } from './fetch.js';
import { ckanErrorText, tableFromRecords } from './json.js';
import type { CkanField } from './json.js';
import { columnLabelTemplate, localizeWarnings } from './messages.js';
import type { Column, ColumnOverride, LoadProgress, LoadedTable, Row, RowBatch } from './types.js';

/** Options of {@link ckanSource}. Give `resourceId`, or `datasetId` to use its DataStore resource. */
export interface CkanSourceOptions {
  /** The portal's address, e.g. `https://datosabiertos.gob.ec`. */
  baseUrl: string | URL;
  resourceId?: string;
  datasetId?: string;
  fetch?: FetchLike;
  lang?: string;
  /** Per-column label and type overrides, by field id. */
  columns?: Record<string, ColumnOverride>;
  /** Rows per request of `load()` (default 10000; CKAN caps it, 32000 by default). */
  pageSize?: number;
  /** `load()` refuses resources with more rows (default 100000): query them instead. */
  maxRows?: number;
}

/** A sort key: a field id and a direction. */
export interface CkanSort {
  key: string;
  direction?: 'asc' | 'desc';
}

/** One server-side query. */
export interface CkanQuery {
  /** Full-text search. */
  q?: string;
  /** Exact-match filters by field id (an array means any of these values). */
  filters?: Record<string, string | number | boolean | (string | number | boolean)[]>;
  /** Sort keys, or CKAN's own sort string (`"Monto" desc`). */
  sort?: CkanSort[] | string;
  offset?: number;
  /** Rows to return (default 100). */
  limit?: number;
}

/** The answer to a query: the page's typed rows and the total of matching rows. */
export interface CkanResult {
  columns: Column[];
  rows: Row[];
  total: number;
}

/** A CKAN DataStore resource as a table source. */
export interface CkanSource {
  /** The resource id (resolved from the dataset with `package_show` the first time). */
  resolveResource(options?: { signal?: AbortSignal }): Promise<string>;
  /** One `datastore_search` request; a newer query aborts this one. */
  query(query?: CkanQuery, options?: { signal?: AbortSignal }): Promise<CkanResult>;
  /** Downloads the whole resource (paged). */
  load(options?: {
    signal?: AbortSignal;
    onProgress?: (progress: LoadProgress) => void;
    onRows?: (batch: RowBatch) => void;
  }): Promise<LoadedTable>;
  /** Aborts the query in flight, if any. */
  abort(): void;
}

/** CKAN's sort string for sort keys: `"Monto" desc, "Fecha" asc`. */
export function ckanSortString(sort: CkanSort[] | string | undefined): string | undefined {
  if (sort === undefined) return undefined;
  if (typeof sort === 'string') return sort || undefined;
  if (sort.length === 0) return undefined;
  return sort
    .map((s) => `"${s.key.replace(/"/g, '""')}" ${s.direction === 'desc' ? 'desc' : 'asc'}`)
    .join(', ');
}

function linked(signals: (AbortSignal | undefined)[]): AbortController {
  const controller = new AbortController();
  for (const signal of signals) {
    if (!signal) continue;
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller;
}

/** Creates a CKAN DataStore source. */
export function ckanSource(options: CkanSourceOptions): CkanSource {
  const base = String(options.baseUrl).replace(/\/+$/, '');
  const lang = options.lang;
  let resourceId: Promise<string> | undefined = options.resourceId
    ? Promise.resolve(options.resourceId)
    : undefined;
  let inFlight: AbortController | undefined;

  async function call(
    action: string,
    params: Record<string, string | number | undefined>,
    signal: AbortSignal,
  ): Promise<Record<string, unknown>> {
    const url = new URL(
      `${base}/api/3/action/${action}`,
      (globalThis as { location?: { href: string } }).location?.href,
    );
    for (const [key, value] of Object.entries(params))
      if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
    const response = await fetchOrFail(url, { signal, fetch: options.fetch, lang });
    let body: { success?: boolean; result?: unknown; error?: Record<string, unknown> } | undefined;
    try {
      body = (await response.json()) as typeof body;
    } catch (error) {
      if (signal.aborted) throw abortError(lang);
      if (!response.ok)
        throw new DataError('http', { lang, status: response.status, details: { url: url.href } });
      throw new DataError('not-json', { lang, details: { url: url.href }, cause: error });
    }
    if (body?.success === false || !response.ok) {
      const error = body?.error ?? {};
      if (body?.success !== false)
        throw new DataError('http', { lang, status: response.status, details: { url: url.href } });
      throw new DataError('ckan', {
        lang,
        status: response.status,
        details: { message: ckanErrorText(error), type: error.__type, url: url.href },
      });
    }
    return (body?.result ?? {}) as Record<string, unknown>;
  }

  function resolveResource({ signal }: { signal?: AbortSignal } = {}): Promise<string> {
    if (resourceId) return resourceId;
    if (!options.datasetId) return Promise.reject(new DataError('no-datastore', { lang }));
    const promise = call(
      'package_show',
      { id: options.datasetId },
      signal ?? new AbortController().signal,
    ).then((result) => {
      const resources = (result.resources ?? []) as { id: string; datastore_active?: boolean }[];
      const found = resources.find((r) => r.datastore_active === true);
      if (!found)
        throw new DataError('no-datastore', { lang, details: { dataset: options.datasetId } });
      return found.id;
    });
    resourceId = promise;
    promise.catch(() => {
      if (resourceId === promise) resourceId = undefined;
    });
    return promise;
  }

  function toTable(result: Record<string, unknown>) {
    const fields = (result.fields ?? []) as CkanField[];
    const records = (result.records ?? []) as Record<string, unknown>[];
    return tableFromRecords(
      records,
      { columns: options.columns, columnLabel: columnLabelTemplate(lang) },
      fields,
    );
  }

  async function search(
    query: CkanQuery,
    signal: AbortSignal,
  ): Promise<{ table: ReturnType<typeof toTable>; total: number }> {
    const id = await resolveResource({ signal });
    const result = await call(
      'datastore_search',
      {
        resource_id: id,
        q: query.q,
        filters:
          query.filters && Object.keys(query.filters).length > 0
            ? JSON.stringify(query.filters)
            : undefined,
        sort: ckanSortString(query.sort),
        offset: query.offset && query.offset > 0 ? query.offset : undefined,
        limit: query.limit ?? 100,
      },
      signal,
    );
    const table = toTable(result);
    const total = typeof result.total === 'number' ? result.total : table.rows.length;
    return { table, total };
  }

  return {
    resolveResource,
    async query(query = {}, { signal } = {}) {
      inFlight?.abort();
      const controller = linked([signal]);
      inFlight = controller;
      try {
        if (controller.signal.aborted) throw abortError(lang);
        const { table, total } = await search(query, controller.signal);
        if (controller.signal.aborted) throw abortError(lang);
        return { columns: table.columns, rows: table.rows, total };
      } catch (error) {
        if (controller.signal.aborted) throw abortError(lang);
        throw error;
      } finally {
        if (inFlight === controller) inFlight = undefined;
      }
    },
    async load({ signal, onProgress, onRows } = {}) {
      const controller = linked([signal]);
      const pageSize = Math.min(options.pageSize ?? 10000, 32000);
      const maxRows = options.maxRows ?? 100000;
      const rows: Row[] = [];
      let columns: Column[] = [];
      let total = Infinity;
      const warnings: ReturnType<typeof toTable>['warnings'] = [];
      try {
        while (rows.length < total) {
          const { table, total: found } = await search(
            { offset: rows.length, limit: pageSize, sort: '_id asc' },
            controller.signal,
          );
          if (found > maxRows)
            throw new DataError('too-many-rows', { lang, details: { count: found } });
          total = found;
          if (rows.length === 0) columns = table.columns;
          const offset = rows.length;
          for (const row of table.rows) rows.push(row);
          warnings.push(...table.warnings);
          onRows?.({ rows: table.rows, offset, count: table.rows.length, columns });
          onProgress?.({ bytes: 0, totalBytes: null, rows: rows.length });
          if (table.rows.length === 0) break;
        }
      } catch (error) {
        if (controller.signal.aborted) throw abortError(lang);
        throw error;
      }
      return {
        columns,
        rows,
        meta: {
          format: 'ckan',
          encoding: null,
          delimiter: null,
          decimal: null,
          headerRow: null,
          skippedLines: [],
          rowCount: rows.length,
          warnings: localizeWarnings(warnings, lang),
          source: `${base}/api/3/action/datastore_search?resource_id=${await resolveResource()}`,
          bytes: 0,
        },
      };
    },
    abort() {
      inFlight?.abort();
    },
  };
}
