// A local fake of CKAN's DataStore API (`datastore_search`, `package_show`), enough for
// <minga-data-table ckan-url resource-id> in server-side mode: full-text `q`, exact `filters`,
// `sort`, `limit`, `offset`, with CKAN's answer shape (see packages/data/src/ckan.ts and its
// test fake packages/data/test/server.mjs). Over a FICTIONAL dataset made by sample-data.mjs.
import { RESIDUOS_FIELDS, residuosRecords } from './sample-data.mjs';

export const CKAN_PREFIX = '/ckan/api/3/action/';
export const RESIDUOS_RESOURCE = '5a1d0e11-0000-4000-8000-residuos20242025';
const DATASET = {
  id: 'recoleccion-residuos',
  name: 'recoleccion-residuos',
  title: 'Recolección de residuos sólidos por ruta (datos de ejemplo ficticios)',
  resources: [
    {
      id: RESIDUOS_RESOURCE,
      name: 'Recolección por ruta, turno y mes',
      format: 'CSV',
      datastore_active: true,
    },
  ],
};

const records = residuosRecords();
const NUMERIC = new Set(['numeric', 'int', 'int4', 'int8', 'float8']);
const typeOf = (key) => RESIDUOS_FIELDS.find((f) => f.id === key)?.type;

function parseSort(sort) {
  return sort
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(?:"((?:[^"]|"")+)"|([^\s]+))(?:\s+(asc|desc))?$/i.exec(part);
      if (!m) return undefined;
      return {
        key: (m[1] ?? m[2]).replace(/""/g, '"'),
        desc: (m[3] ?? '').toLowerCase() === 'desc',
      };
    });
}

function compare(a, b, key) {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (NUMERIC.has(typeOf(key))) return Number(a) - Number(b);
  return String(a).localeCompare(String(b), 'es');
}

const fold = (s) => String(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Answers one CKAN action: `{ status, body }`. */
export function ckanAction(action, params, help = '') {
  const fail = (status, error) => ({ status, body: { help, success: false, error } });
  if (action === 'package_show') {
    if (params.get('id') !== DATASET.id)
      return fail(404, { message: 'Not found', __type: 'Not Found Error' });
    return { status: 200, body: { help, success: true, result: DATASET } };
  }
  if (action !== 'datastore_search')
    return fail(400, { message: `Unknown action: ${action}`, __type: 'Bad Request' });
  const id = params.get('resource_id');
  if (id !== RESIDUOS_RESOURCE)
    return fail(404, {
      message: `Not found: Resource "${id}" was not found.`,
      __type: 'Not Found Error',
    });
  let rows = records;
  const q = params.get('q');
  if (q) {
    const words = fold(q).split(/\s+/).filter(Boolean);
    rows = rows.filter((r) => {
      const text = fold(Object.values(r).join(' '));
      return words.every((w) => text.includes(w));
    });
  }
  const filtersText = params.get('filters');
  if (filtersText) {
    let filters;
    try {
      filters = JSON.parse(filtersText);
    } catch {
      return fail(409, { filters: ['Cannot parse JSON'], __type: 'Validation Error' });
    }
    for (const [key, value] of Object.entries(filters)) {
      if (!typeOf(key))
        return fail(409, { filters: [`field "${key}" not in fields`], __type: 'Validation Error' });
      const allowed = (Array.isArray(value) ? value : [value]).map(String);
      rows = rows.filter((r) => allowed.includes(String(r[key])));
    }
  }
  const sort = params.get('sort');
  if (sort) {
    const keys = parseSort(sort);
    for (const k of keys)
      if (!k || !typeOf(k.key))
        return fail(409, { sort: [`field "${k?.key}" not in fields`], __type: 'Validation Error' });
    rows = [...rows].sort((a, b) => {
      for (const k of keys) {
        const c = compare(a[k.key], b[k.key], k.key);
        if (c !== 0) return k.desc ? -c : c;
      }
      return 0;
    });
  }
  const limit = Math.min(params.has('limit') ? Number(params.get('limit')) : 100, 32000);
  const offset = params.has('offset') ? Number(params.get('offset')) : 0;
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0)
    return fail(409, { limit: ['Must be a natural number'], __type: 'Validation Error' });
  return {
    status: 200,
    body: {
      help,
      success: true,
      result: {
        include_total: true,
        limit,
        records_format: 'objects',
        resource_id: id,
        records: rows.slice(offset, offset + limit),
        fields: RESIDUOS_FIELDS,
        ...(offset ? { offset } : {}),
        total: rows.length,
        total_was_estimated: false,
      },
    },
  };
}

/** Connect middleware (Vite's dev and preview servers). */
export function fakeCkanMiddleware(req, res, next) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(CKAN_PREFIX)) return next();
  const action = url.pathname.slice(CKAN_PREFIX.length);
  const { status, body } = ckanAction(
    action,
    url.searchParams,
    `${CKAN_PREFIX}help_show?name=${action}`,
  );
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}
