// `npm run bench` in a package: builds every bench/*.bench.ts with Vite (production mode, as
// users get it), serves the result on 127.0.0.1, runs each page in headless Chromium and
// prints the figures it records. Figures, not pass/fail: a missed target is marked, and the
// exit code is non-zero only when a benchmark breaks.
//
// A package may have bench/setup.mjs exporting `setup(outDir)` to write large fixtures
// (generated, never committed) next to the built pages.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';

const cwd = process.cwd();
const benchDir = join(cwd, 'bench');
const only = process.argv[2];
const files = existsSync(benchDir)
  ? readdirSync(benchDir)
      .filter((f) => f.endsWith('.bench.ts'))
      .filter((f) => !only || f.includes(only))
  : [];
if (files.length === 0) {
  console.log(`bench: no bench/*.bench.ts in ${basename(cwd)}`);
  process.exit(0);
}

const work = join(cwd, 'node_modules', '.minga-bench');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const inputs = {};
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  const html = join(work, `${name}.html`);
  writeFileSync(
    html,
    `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>${name}</title></head>` +
      `<body><script type="module" src="${join(benchDir, file)}"></script></body></html>`,
  );
  inputs[name] = html;
}
const outDir = join(work, 'dist');
await build({
  root: work,
  logLevel: 'warn',
  configFile: false,
  build: { outDir, emptyOutDir: true, rollupOptions: { input: inputs }, target: 'es2022' },
  worker: { format: 'es' },
});
const setupFile = join(benchDir, 'setup.mjs');
if (existsSync(setupFile)) {
  const { setup } = await import(pathToFileURL(setupFile).href);
  await setup(outDir);
}

const server = await preview({
  root: work,
  configFile: false,
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
});
const address = server.httpServer.address();
const origin = `http://127.0.0.1:${address.port}`;

const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
let broken = 0;
try {
  for (const name of Object.keys(inputs)) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.exposeFunction('__benchHeap', async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    });
    page.on('pageerror', (error) => console.error(`  ${name}: page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400)
        console.error(`  ${name}: HTTP ${response.status()} ${response.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || process.env.BENCH_VERBOSE) {
        console.error(`  ${name}: console.${message.type()}: ${message.text()}`);
      }
    });
    await page.goto(`${origin}/${relativeHtml(inputs[name])}`);
    const results = await page
      .waitForFunction(() => window.__benchDone && window.__benchResults, null, {
        timeout: 10 * 60 * 1000,
        polling: 250,
      })
      .then((handle) => handle.jsonValue())
      .catch((error) => {
        broken += 1;
        console.error(`  ${name}: did not finish: ${error.message}`);
        return [];
      });
    printTable(name, results);
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
}
process.exit(broken > 0 ? 1 : 0);

function relativeHtml(path) {
  return resolve(path).slice(resolve(work).length + 1);
}

function printTable(name, results) {
  console.log(
    `\n${basename(cwd)} › ${name} (Chromium ${browser.version()}, median of runs where stated)`,
  );
  const width = Math.max(20, ...results.map((r) => r.name.length));
  for (const r of results) {
    const value = `${formatValue(r.value)} ${r.unit}`.padStart(14);
    let mark = '';
    if (r.target !== undefined) {
      const ok = r.better === 'higher' ? r.value >= r.target : r.value <= r.target;
      mark = `${ok ? '✓' : '✗'} target ${r.better === 'higher' ? '≥' : '≤'} ${formatValue(r.target)} ${r.unit}`;
    }
    console.log(`  ${r.name.padEnd(width)} ${value}  ${mark}`);
  }
}

function formatValue(v) {
  return typeof v === 'number' ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2)) : String(v);
}
