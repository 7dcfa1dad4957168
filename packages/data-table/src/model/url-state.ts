import type { SortKey } from '@minga/data';
import type { ColumnFilter, Filters } from './filter.js';

/** What `sync-url` keeps in the address bar. */
export interface TableState {
  query: string;
  sort: SortKey[];
  filters: Filters;
  page: number;
  pageSize: number;
}

function encodeFilter(filter: ColumnFilter): string {
  switch (filter.kind) {
    case 'text':
      return `t:${filter.contains}`;
    case 'range':
      return `r:${filter.min ?? ''}~${filter.max ?? ''}`;
    case 'dates':
      return `d:${filter.from ?? ''}~${filter.to ?? ''}`;
    case 'values':
      return `v:${JSON.stringify(filter.values)}`;
  }
}

function decodeFilter(text: string): ColumnFilter | undefined {
  const body = text.slice(2);
  const [a = '', b = ''] = body.split('~');
  const num = (s: string) => (s === '' || Number.isNaN(Number(s)) ? null : Number(s));
  const day = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);
  switch (text.slice(0, 2)) {
    case 't:':
      return { kind: 'text', contains: body };
    case 'r:':
      return { kind: 'range', min: num(a), max: num(b) };
    case 'd:':
      return { kind: 'dates', from: day(a), to: day(b) };
    case 'v:':
      try {
        const values: unknown = JSON.parse(body);
        return Array.isArray(values) ? { kind: 'values', values: values.map(String) } : undefined;
      } catch {
        return undefined;
      }
    default:
      return undefined;
  }
}

/**
 * Writes the state into `params` under `prefix` (so two tables on a page do not collide),
 * leaving defaults out to keep shared links short.
 */
export function writeState(
  params: URLSearchParams,
  prefix: string,
  state: TableState,
  defaults: { pageSize: number },
): void {
  for (const key of [...params.keys()]) if (key.startsWith(`${prefix}.`)) params.delete(key);
  if (state.query) params.set(`${prefix}.q`, state.query);
  if (state.sort.length) {
    params.set(`${prefix}.orden`, state.sort.map((s) => `${s.column}:${s.direction}`).join(','));
  }
  for (const [column, filter] of Object.entries(state.filters)) {
    params.set(`${prefix}.f.${column}`, encodeFilter(filter));
  }
  if (state.page > 1) params.set(`${prefix}.pagina`, String(state.page));
  if (state.pageSize !== defaults.pageSize) params.set(`${prefix}.filas`, String(state.pageSize));
}

/** Reads the state from `params`; anything missing or malformed is left out. */
export function readState(params: URLSearchParams, prefix: string): Partial<TableState> {
  const state: Partial<TableState> = {};
  const q = params.get(`${prefix}.q`);
  if (q) state.query = q;
  const sort = params.get(`${prefix}.orden`);
  if (sort) {
    state.sort = sort
      .split(',')
      .map((part) => {
        const at = part.lastIndexOf(':');
        const direction = part.slice(at + 1);
        return { column: part.slice(0, at), direction } as SortKey;
      })
      .filter((s) => s.column && (s.direction === 'asc' || s.direction === 'desc'));
  }
  const filters: Filters = {};
  for (const [key, value] of params) {
    if (!key.startsWith(`${prefix}.f.`)) continue;
    const filter = decodeFilter(value);
    if (filter) filters[key.slice(prefix.length + 3)] = filter;
  }
  if (Object.keys(filters).length) state.filters = filters;
  const page = Number(params.get(`${prefix}.pagina`));
  if (Number.isInteger(page) && page > 1) state.page = page;
  const size = Number(params.get(`${prefix}.filas`));
  if (Number.isInteger(size) && size > 0) state.pageSize = size;
  return state;
}

/**
 * The state in the address bar for the table `prefix`, as `readState` gives it; a page size
 * that is not one of `sizes` is left out.
 */
export function readLocation(prefix: string, sizes: readonly number[]): Partial<TableState> {
  const state = readState(new URLSearchParams(location.search), prefix);
  if (state.pageSize && !sizes.includes(state.pageSize)) delete state.pageSize;
  return state;
}

/** Puts the state in the address bar, replacing the current history entry, if it changed. */
export function writeLocation(
  prefix: string,
  state: TableState,
  defaults: { pageSize: number },
): void {
  const url = new URL(location.href);
  writeState(url.searchParams, prefix, state, defaults);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
