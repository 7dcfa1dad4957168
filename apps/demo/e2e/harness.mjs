// End-to-end harness: the BUILT demo site (apps/demo/dist, served by `vite preview`) and the
// BUILT request service (apps/api/dist, run as a child process on a temporary data directory,
// so a test can kill and restart it), plus headless Chromium through playwright-core.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../../../scripts/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DEMO_DIR = resolve(here, '..');
export const ROOT = resolve(DEMO_DIR, '../..');
export const DEMO_DIST = join(DEMO_DIR, 'dist');
export const API_DIR = join(ROOT, 'apps/api');
export const API_BIN = join(API_DIR, 'bin/minga-api.mjs');
export const ELEMENTS_DIST = join(ROOT, 'packages/elements/dist');
export const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** What must be built before the tests, and the command that builds it. */
export const REQUIRED = [
  { path: join(DEMO_DIST, 'index.html'), build: 'npm run build -w @minga/demo' },
  { path: join(API_DIR, 'dist/app.js'), build: 'npm run build -w @minga/api' },
  { path: join(API_DIR, 'dist/inbox'), build: 'npm run build -w @minga/api' },
  { path: join(ELEMENTS_DIST, 'minga.js'), build: 'npm run build -w @minga/elements' },
  { path: join(ELEMENTS_DIST, 'snippets.js'), build: 'npm run build -w @minga/elements' },
];

/** The missing build outputs, as lines saying what to run. */
export function missingBuilds() {
  return REQUIRED.filter((r) => !existsSync(r.path)).map(
    (r) => `missing ${r.path.slice(ROOT.length + 1)}: run \`${r.build}\``,
  );
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForHealth(url, child, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`minga-api exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`minga-api did not answer ${url}/health in ${timeoutMs} ms`);
}

function runCli(args, { env, input } = {}) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [API_BIN, ...args], {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolveRun({ stdout, stderr })
        : reject(new Error(`minga-api ${args.join(' ')} failed (${code}): ${stderr || stdout}`)),
    );
    child.stdin.end(input ?? '');
  });
}

/**
 * The request service on `dataDir` and `port` (a child process). `stop()` ends it with
 * SIGTERM (or `kill('SIGKILL')` for a crash); `start()` starts it again on the same port.
 */
export function apiService({ dataDir, port, allowedOrigins = [] }) {
  const url = `http://127.0.0.1:${port}`;
  const env = {
    HOST: '127.0.0.1',
    PORT: String(port),
    MINGA_DATA_DIR: dataDir,
    MINGA_ALLOWED_ORIGINS: allowedOrigins.join(','),
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
  };
  let child = null;
  let log = '';
  const service = {
    url,
    port,
    dataDir,
    env,
    get log() {
      return log;
    },
    get running() {
      return child !== null && child.exitCode === null && child.signalCode === null;
    },
    async start() {
      if (service.running) return;
      child = spawn(process.execPath, [API_BIN, 'serve'], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (d) => (log += d));
      child.stderr.on('data', (d) => (log += d));
      await waitForHealth(url, child);
    },
    /** Ends the service: `SIGKILL` simulates a crash (no graceful shutdown). */
    async stop(signal = 'SIGTERM') {
      if (!child || !service.running) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      await exited;
    },
    /** Runs a `minga-api` subcommand on the same data directory. */
    cli(args, input) {
      return runCli(args, { env, input });
    },
  };
  return service;
}

/** Starts `vite preview` of the built demo on a free port, with /api proxied to `apiUrl`. */
export async function demoServer({ apiUrl }) {
  process.env.MINGA_API_URL = apiUrl;
  const { preview } = await import('vite');
  const port = await freePort();
  const server = await preview({
    root: DEMO_DIR,
    configFile: join(DEMO_DIR, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => server.close(),
  };
}

/** Headless Chromium (Debian's, or $CHROME_PATH). */
export function launchBrowser() {
  return chromium.launch({ executablePath: findBrowser({ install: false }), args: CHROMIUM_ARGS });
}

/**
 * Everything a test needs: service (with one staff account), demo site and browser.
 * `cleanup()` closes all and deletes the temporary data directory.
 */
export async function setup({ allowedOrigins = [], demo = true, elements = false } = {}) {
  const missing = missingBuilds().filter((line) => elements || !line.includes('@minga/elements'));
  if (missing.length > 0) throw new Error(missing.join('\n'));
  const dataDir = mkdtempSync(join(tmpdir(), 'minga-e2e-'));
  const api = apiService({ dataDir, port: await freePort(), allowedOrigins });
  const staff = {
    email: 'funcionaria@example.org',
    name: 'Funcionaria de Ejemplo',
    password: randomBytes(18).toString('base64url'),
  };
  await api.cli(
    ['staff', 'add', '--email', staff.email, '--name', staff.name, '--password-stdin'],
    `${staff.password}\n`,
  );
  await api.start();
  const site = demo ? await demoServer({ apiUrl: api.url }) : null;
  const browser = await launchBrowser();
  return {
    api,
    site,
    browser,
    staff,
    async cleanup() {
      await browser.close().catch(() => {});
      await site?.close().catch(() => {});
      await api.stop().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A new page that records console errors, page errors and failed requests (`problems`).
 * `lang` is stored as the demo's remembered language before any script runs.
 */
export async function openPage(browser, { width = 1280, height = 800, lang, ignore = [] } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  if (lang) await context.addInitScript((l) => localStorage.setItem('minga-demo:lang', l), lang);
  const page = await context.newPage();
  const problems = [];
  const ignored = (text) => ignore.some((re) => re.test(text));
  page.on('console', (m) => {
    if (m.type() === 'error' && !ignored(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    const text = `${r.url()} ${r.failure()?.errorText ?? ''}`;
    if (!ignored(text)) problems.push(`request failed: ${text}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !ignored(r.url())) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, context, problems };
}

/**
 * Runs axe-core (WCAG 2.2 AA rule set and axe's best-practice rules: unique landmark names,
 * all content in landmarks…) on the page; returns the violations.
 */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary}`),
    }));
  });
}

/** Formats axe violations for an assertion message. */
export function describeViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`)
    .join('\n');
}

/** Waits until no Minga element on the page is busy loading (aria-busy) and fonts are ready. */
export async function settle(page, ms = 300) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(ms);
}

/** Content types of the files the tests' and benchmarks' static servers send. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
};
