// The pages measured the way webmasters are measured: Lighthouse 12, mobile preset (simulated
// slow 4G, CPU 4x slower), on every page of the built demo and on a CMS-like page (the e2e
// tests' aggressive theme with a 4-row table, a goal card and the request form, loaded with
// minga.js, as pasted into a WordPress block). Each page is measured next to the same page
// without Minga (its elements and their scripts left out). Prints the median of the runs and
// fails (exit code 1) past a budget of perf-budgets.json. A benchmark, not part of `npm test`.
//   npm run build && npm run perf -w @minga/demo
// LIGHTHOUSE_PAGES=cms,/ods.html measures only those pages; PERF_RUNS=1 overrides the runs.
// Browser: Debian's Chromium (or $CHROME_PATH), never one downloaded by Lighthouse.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findBrowser } from '../../../scripts/browser.mjs';
import {
  CONTENT_TYPES,
  DEMO_DIR,
  DEMO_DIST,
  ELEMENTS_DIST,
  freePort,
  setup,
} from '../e2e/harness.mjs';

const BUDGETS = JSON.parse(readFileSync(join(DEMO_DIR, 'perf-budgets.json'), 'utf8'));
const RUNS = Number(process.env.PERF_RUNS || BUDGETS.runs);
const CMS_DIR = join(DEMO_DIR, 'e2e/cms');
const TYPES = { ...CONTENT_TYPES, '.svg': 'image/svg+xml' };
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg']);

/** The demo's pages (from its build), then the CMS-like page. */
const DEMO_PAGES = [
  '/',
  '/transparencia.html',
  '/datos-abiertos.html',
  '/ods.html',
  '/ods.html?indicator=1-2-1',
  '/acceso-a-la-informacion.html',
  '/integrar.html',
];

/** The same page without Minga: its elements and its module scripts left out. */
export function withoutMinga(html) {
  return html
    .replace(/<(minga-[a-z-]+)[\s>][\s\S]*?<\/\1>/g, '')
    .replace(/<script type="module"[^>]*><\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
}

// The snippets as the embed builder writes them (the table pointed at a 4-row file).
const { elementHtml, exampleValues, scriptTag } = await import(
  pathToFileURL(join(ELEMENTS_DIST, 'snippets.js')).href
);

/** The CMS-like page, with Minga or without; `reserve`: with minga-reserve.css linked. */
function cmsPage({ minga, reserve }) {
  const elements = [
    ['minga-data-table', { src: '/cms-datos/obras-4-filas.csv' }],
    ['minga-sdg-goal', {}],
    ['minga-info-request', {}],
  ].map(([tag, values]) => elementHtml(tag, { ...exampleValues(tag), ...values }));
  const body = [
    '<p>El municipio publica sus obras, su avance en los Objetivos de Desarrollo Sostenible y recibe pedidos de información pública.</p>',
    ...(minga && reserve ? ['<link rel="stylesheet" href="/minga/minga-reserve.css" />'] : []),
    ...(minga ? [scriptTag('/minga/minga.js'), ...elements] : []),
  ].join('\n');
  return readFileSync(join(CMS_DIR, 'page.html'), 'utf8')
    .replace('<!--THEME-->', '<link rel="stylesheet" href="/tema/theme.css" />')
    .replace('<!--EXTRA-HEAD-->', '')
    .replace('<!--SNIPPETS-->', body);
}

/** The first 4 rows of the demo's public-works file: the CMS page's small table. */
function fourRows() {
  const lines = readFileSync(join(DEMO_DIST, 'datos/obras-publicas-2026.csv'), 'utf8').split('\n');
  return `${lines.slice(0, 5).join('\n')}\n`;
}

const files = new Map();
function send(res, status, type, body) {
  const ext = Object.entries(TYPES).find(([, t]) => t === type)?.[0];
  const headers = { 'content-type': type, 'cache-control': 'no-cache' };
  if (ext && COMPRESSED.has(ext)) {
    headers['content-encoding'] = 'gzip';
    body = gzipSync(body, { level: 6 });
  }
  res.writeHead(status, headers).end(body);
}

/**
 * One origin for everything (as a municipal site): the built demo, `?sin-minga` pages, the CMS
 * page, minga.js under /minga/, and /api passed on to the request service. Text is gzipped.
 */
function siteServer(port, apiUrl) {
  const mounts = [
    ['/minga/', ELEMENTS_DIST],
    ['/tema/', CMS_DIR],
    ['/', DEMO_DIST],
  ];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname.startsWith('/api/')) {
      const upstream = new URL(req.url, apiUrl);
      const forward = request(
        upstream,
        { method: req.method, headers: { ...req.headers, host: upstream.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.writeHead(502).end());
      req.pipe(forward);
      return;
    }
    const bare = url.searchParams.has('sin-minga');
    if (url.pathname === '/cms.html')
      return send(
        res,
        200,
        TYPES['.html'],
        cmsPage({ minga: !bare, reserve: url.searchParams.has('con-reserva') }),
      );
    if (url.pathname === '/cms-datos/obras-4-filas.csv')
      return send(res, 200, TYPES['.csv'], fourRows());
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = resolve(dir, normalize(path.slice(prefix.length)));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) continue;
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const key = `${file}${bare ? '?sin-minga' : ''}`;
      let body = files.get(key);
      if (body === undefined) {
        body = readFileSync(file);
        if (bare && extname(file) === '.html') body = withoutMinga(body.toString('utf8'));
      }
      files.set(key, body);
      return send(res, 200, type, body);
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return new Promise((r) => server.listen(port, '127.0.0.1', () => r(server)));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One Lighthouse run (mobile preset, the default): the figures this script reports. */
async function audit(chromePort, url) {
  const { lhr } = await lighthouse(url, {
    port: chromePort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  });
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const js = requests
    .filter((r) => r.resourceType === 'Script')
    .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    js,
    error: lhr.runtimeError?.message,
  };
}

async function medianOf(chromePort, url) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await audit(chromePort, url));
  const error = runs.find((r) => r.error)?.error;
  const pick = (key) => median(runs.map((r) => r[key]));
  const range = (key, digits = 0) => {
    const xs = runs.map((r) => r[key]);
    return `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
  };
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    js: pick('js'),
    spread: `perf ${range('performance')}, LCP ${range('lcp')} ms, TBT ${range('tbt')} ms, CLS ${range('cls', 3)}`,
    error,
  };
}

/** The budgets a page misses, as sentences. */
export function overBudget(kind, page, bare, budgets = BUDGETS) {
  const b = budgets[kind];
  const out = [];
  if (b.performance !== undefined && page.performance < b.performance)
    out.push(`performance ${page.performance} < ${b.performance}`);
  if (b.accessibility !== undefined && page.accessibility < b.accessibility)
    out.push(`accessibility ${page.accessibility} < ${b.accessibility}`);
  if (b.lcpOverBaselineMs !== undefined && page.lcp - bare.lcp > b.lcpOverBaselineMs)
    out.push(
      `LCP ${Math.round(page.lcp - bare.lcp)} ms over the page without Minga (budget ${b.lcpOverBaselineMs})`,
    );
  if (b.tbtMs !== undefined && page.tbt > b.tbtMs)
    out.push(`TBT ${Math.round(page.tbt)} ms > ${b.tbtMs}`);
  if (b.cls !== undefined && page.cls > b.cls) out.push(`CLS ${page.cls.toFixed(3)} > ${b.cls}`);
  if (b.jsGzipBytes !== undefined && page.js > b.jsGzipBytes)
    out.push(`JS ${page.js} B > ${b.jsGzipBytes} B`);
  return out;
}

const row = (name, m) =>
  [
    name.padEnd(36),
    String(m.performance).padStart(5),
    String(m.accessibility).padStart(5),
    `${(m.lcp / 1000).toFixed(2)} s`.padStart(8),
    `${Math.round(m.tbt)} ms`.padStart(8),
    m.cls.toFixed(3).padStart(6),
    `${(m.js / 1024).toFixed(1)} KB`.padStart(9),
  ].join(' ');

async function main() {
  const only = process.env.LIGHTHOUSE_PAGES?.split(',').map((s) => s.trim());
  const pages = [
    ...DEMO_PAGES.map((path) => ({ kind: 'demo', path })),
    { kind: 'cms', path: '/cms.html' },
    // The same, with the space of the elements kept from the first paint (minga-reserve.css).
    { kind: 'cms', path: '/cms.html?con-reserva' },
  ].filter((p) => !only || only.includes(p.kind) || only.includes(p.path));

  const env = await setup({ demo: false, elements: true });
  const port = await freePort();
  const server = await siteServer(port, env.api.url);
  const chrome = await launch({
    chromePath: findBrowser({ install: false }),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const failures = [];
  try {
    console.log(
      `Lighthouse 12, mobile preset (simulated slow 4G, CPU 4x); median of ${RUNS} runs. JS: transferred, gzipped.\n`,
    );
    console.log(
      `${'page'.padEnd(36)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'LCP'.padStart(8)} ${'TBT'.padStart(8)} ${'CLS'.padStart(6)} ${'JS'.padStart(9)}`,
    );
    for (const { kind, path } of pages) {
      const base = `http://127.0.0.1:${port}${path}`;
      const withMinga = await medianOf(chrome.port, base);
      const bare = await medianOf(chrome.port, `${base}${base.includes('?') ? '&' : '?'}sin-minga`);
      console.log(row(path, withMinga));
      console.log(row('  without Minga', bare));
      if (RUNS > 1) console.log(`  runs: ${withMinga.spread}; without: ${bare.spread}`);
      if (withMinga.error) failures.push(`${path}: ${withMinga.error}`);
      for (const miss of overBudget(kind, withMinga, bare)) failures.push(`${path}: ${miss}`);
    }
  } finally {
    chrome.kill();
    server.close();
    await env.cleanup();
  }
  if (failures.length) {
    console.error(`\nOver budget (perf-budgets.json):\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('\nEvery page within perf-budgets.json.');
}

// Run when called as a script (the e2e tests import the helpers above).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
