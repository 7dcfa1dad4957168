// Test-only endpoints for @minga/data, added to the shared test server (see
// web-test-runner.config.mjs): a fake CKAN that replays real-shaped DataStore answers, and
// servers that fail in the ways real ones do (404, HTML with status 200, slow, dropped
// connection, no CORS). Also two adapters for the unbundled test server: papaparse is a UMD
// script (served here as an ES module), and `new URL('./worker.js', import.meta.url)` in a
// source file is answered with the `.ts` file next to it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const records = JSON.parse(readFileSync(join(here, 'fixtures', 'ckan', 'records.json'), 'utf8'));

const FIELDS = [
  { id: '_id', type: 'int' },
  { id: 'proceso', type: 'text', info: { label: 'Código del proceso', notes: 'Código SERCOP' } },
  { id: 'objeto', type: 'text' },
  { id: 'proveedor', type: 'text' },
  { id: 'parroquia', type: 'text' },
  { id: 'monto', type: 'numeric' },
  { id: 'plazo_dias', type: 'int4' },
  { id: 'fecha_adjudicacion', type: 'date' },
  { id: 'registrado', type: 'timestamp' },
  { id: 'finalizado', type: 'bool' },
];

const RESOURCE = 'b1c2d3e4-0000-4000-8000-contratos2025';
const DATASET = {
  id: 'contratos-2025',
  name: 'contratos-2025',
  title: 'Contratos adjudicados 2025 (datos ficticios)',
  resources: [
    {
      id: 'pdf-0001',
      name: 'Informe',
      format: 'PDF',
      url: 'http://x/informe.pdf',
      datastore_active: false,
    },
    {
      id: RESOURCE,
      name: 'Contratos',
      format: 'CSV',
      url: 'http://x/contratos.csv',
      datastore_active: true,
    },
  ],
};

/** Requests seen by the fake CKAN, per session (the path segment after /test-data/ckan/). */
const log = new Map();

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

function ckanError(ctx, status, error, help) {
  json(ctx, status, { help, success: false, error });
}

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

const NUMERIC = new Set(['numeric', 'int', 'int4', 'int8', 'float8']);

/** Compares like PostgreSQL does for the field's type: numeric fields as numbers, even when
 * the JSON answer carries them as strings ("4938.00"), as real CKAN portals do. */
function compare(a, b, key) {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (NUMERIC.has(FIELDS.find((f) => f.id === key)?.type)) return Number(a) - Number(b);
  return a < b ? -1 : 1;
}

const delay = (ms, ctx) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    ctx.req.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });

async function datastoreSearch(ctx, help) {
  const p = ctx.query;
  const id = p.resource_id;
  if (id === 'slow') await delay(3000, ctx);
  if (id !== RESOURCE && id !== 'slow')
    return ckanError(
      ctx,
      404,
      { message: `Not found: Resource "${id}" was not found.`, __type: 'Not Found Error' },
      help,
    );
  let rows = records.map((r) => ({ ...r }));
  if (p.q) {
    const q = String(p.q).toLowerCase();
    rows = rows.filter((r) =>
      Object.values(r).some((v) => typeof v === 'string' && v.toLowerCase().includes(q)),
    );
  }
  if (p.filters) {
    let filters;
    try {
      filters = JSON.parse(p.filters);
    } catch {
      return ckanError(
        ctx,
        409,
        { filters: ['Cannot parse JSON'], __type: 'Validation Error' },
        help,
      );
    }
    for (const [key, value] of Object.entries(filters)) {
      if (!FIELDS.some((f) => f.id === key))
        return ckanError(
          ctx,
          409,
          { filters: [`field "${key}" not in fields`], __type: 'Validation Error' },
          help,
        );
      const allowed = (Array.isArray(value) ? value : [value]).map(String);
      rows = rows.filter((r) => allowed.includes(String(r[key])));
    }
  }
  if (p.sort) {
    const keys = parseSort(String(p.sort));
    for (const k of keys)
      if (!k || !FIELDS.some((f) => f.id === k.key))
        return ckanError(
          ctx,
          409,
          { sort: [`field "${k?.key}" not in fields`], __type: 'Validation Error' },
          help,
        );
    rows.sort((a, b) => {
      for (const k of keys) {
        const c = compare(a[k.key], b[k.key], k.key);
        if (c !== 0) return k.desc ? -c : c;
      }
      return 0;
    });
  }
  const limit = Math.min(p.limit === undefined ? 100 : Number(p.limit), 32000);
  const offset = p.offset === undefined ? 0 : Number(p.offset);
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0)
    return ckanError(
      ctx,
      409,
      { limit: ['Must be a natural number'], __type: 'Validation Error' },
      help,
    );
  const page = rows.slice(offset, offset + limit).map((r) => ({ ...r, monto: r.monto }));
  const base = `/api/3/action/datastore_search?resource_id=${id}`;
  json(ctx, 200, {
    help,
    success: true,
    result: {
      include_total: true,
      limit,
      records_format: 'objects',
      resource_id: id,
      total_estimation_threshold: null,
      records: page,
      fields: FIELDS,
      ...(p.q ? { q: p.q } : {}),
      ...(p.filters ? { filters: JSON.parse(p.filters) } : {}),
      ...(p.sort ? { sort: p.sort } : {}),
      ...(offset ? { offset } : {}),
      _links: { start: base, next: `${base}&offset=${offset + limit}` },
      total: rows.length,
      total_was_estimated: false,
    },
  });
}

async function fakeCkan(ctx, next) {
  const m = /^\/test-data\/ckan\/([\w-]+)\/api\/3\/action\/(\w+)$/.exec(ctx.path);
  if (!m) return next();
  const [, session, action] = m;
  if (!log.has(session)) log.set(session, []);
  log.get(session).push(`${action}?${ctx.querystring}`);
  const help = `http://${ctx.host}/test-data/ckan/${session}/api/3/action/help_show?name=${action}`;
  ctx.set('Access-Control-Allow-Origin', '*');
  if (action === 'package_show') {
    if (ctx.query.id === DATASET.id || ctx.query.id === 'sin-datastore') {
      const dataset =
        ctx.query.id === DATASET.id
          ? DATASET
          : { ...DATASET, id: 'sin-datastore', resources: [DATASET.resources[0]] };
      return json(ctx, 200, { help, success: true, result: dataset });
    }
    return ckanError(ctx, 404, { message: 'Not found', __type: 'Not Found Error' }, help);
  }
  if (action === 'datastore_search') return datastoreSearch(ctx, help);
  return ckanError(ctx, 400, { message: `Unknown action ${action}`, __type: 'Bad request' }, help);
}

function makeCsv(rows) {
  let out = 'Proceso;Proveedor;Monto;Fecha\n';
  for (let i = 0; i < rows; i++)
    out += `P-${String(i).padStart(5, '0')};Proveedor ${i % 37};${(i * 13.37).toFixed(2).replace('.', ',')};${String((i % 28) + 1).padStart(2, '0')}/03/2026\n`;
  return out;
}

async function failingServers(ctx, next) {
  if (!ctx.path.startsWith('/test-data/')) return next();
  const cors = () => ctx.set('Access-Control-Allow-Origin', '*');
  switch (ctx.path) {
    case '/test-data/ckan/requests':
      cors();
      return json(ctx, 200, log.get(ctx.query.session) ?? []);
    case '/test-data/missing.csv':
      ctx.status = 404;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>No encontrado</title><h1>404</h1>';
      return;
    case '/test-data/server-error.csv':
      ctx.status = 503;
      ctx.body = 'Servicio no disponible';
      return;
    case '/test-data/portal-404-page.csv':
      // A portal that answers a missing file with its HTML home page and status 200.
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = readFileSync(join(here, 'fixtures', 'no-es-csv.csv'));
      return;
    case '/test-data/generated.csv': {
      cors();
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = makeCsv(Number(ctx.query.rows ?? 1000));
      return;
    }
    case '/test-data/cors-open.csv':
      cors();
      ctx.type = 'text/csv';
      ctx.body = 'a,b\n1,2\n';
      return;
    case '/test-data/no-cors.csv':
      ctx.type = 'text/csv';
      ctx.body = 'a,b\n1,2\n';
      return;
    case '/test-data/slow.csv': {
      // The header and a few rows at once, then nothing for a long time.
      ctx.type = 'text/csv';
      ctx.respond = false;
      const res = ctx.res;
      res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8' });
      res.write(makeCsv(2000));
      const timer = setTimeout(() => res.end(), 20000);
      ctx.req.on('close', () => clearTimeout(timer));
      return;
    }
    case '/test-data/drop.csv': {
      // Promises 1 MB, sends a little, then drops the connection.
      ctx.respond = false;
      const res = ctx.res;
      res.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Length': '1000000',
      });
      res.write(makeCsv(500));
      setTimeout(() => res.socket?.destroy(), 100);
      return;
    }
    default:
      return next();
  }
}

async function papaparseAsModule(ctx, next) {
  if (!/\/node_modules\/papaparse\/papaparse(?:\.min)?\.js$/.test(ctx.path)) return next();
  const source = readFileSync(join(root, 'node_modules', 'papaparse', 'papaparse.js'), 'utf8');
  ctx.type = 'application/javascript';
  ctx.body = `const module = { exports: {} };\nconst exports = module.exports;\n${source}\nexport default module.exports;\n`;
}

// The dev server reads text files as UTF-8 to transform them, which would mangle the
// Windows-1252 and UTF-16 fixtures: serve fixtures as the exact bytes on disk.
async function rawFixtures(ctx, next) {
  if (!ctx.path.startsWith('/packages/data/test/fixtures/')) return next();
  const file = join(root, decodeURIComponent(ctx.path));
  if (!file.startsWith(join(here, 'fixtures')) || !existsSync(file)) return next();
  ctx.set('Cache-Control', 'no-store');
  ctx.type = file.endsWith('.json') ? 'application/json' : 'text/csv';
  ctx.body = readFileSync(file);
}

async function workerAsTs(ctx, next) {
  if (ctx.path.startsWith('/packages/data/src/') && ctx.path.endsWith('.js')) {
    const file = join(root, ctx.path);
    if (!existsSync(file) && existsSync(file.replace(/\.js$/, '.ts')))
      ctx.url = ctx.url.replace(/\.js(?=\?|$)/, '.ts');
  }
  return next();
}

export const middleware = [papaparseAsModule, rawFixtures, workerAsTs, fakeCkan, failingServers];
