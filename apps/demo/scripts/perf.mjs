// Lighthouse-style figures for the BUILT demo on a simulated slow phone (report, not test):
// CPU 4× slower, ~1.6 Mbps down / 750 kbps up / 150 ms RTT, 360×640, cold cache. For the home
// and "Datos abiertos" pages: Largest Contentful Paint, Total Blocking Time (sum of the part
// over 50 ms of each long task after First Contentful Paint, until the page is quiet), and the
// JavaScript transferred, with the largest scripts (what dominates).
//   npm run build -w @minga/demo && npm run build -w @minga/api && npm run perf -w @minga/demo
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEMO_DIST, missingBuilds, setup } from '../e2e/harness.mjs';

const PAGES = ['/', '/datos-abiertos.html'];
const RUNS = Number(process.env.PERF_RUNS || 3);
const QUIET_MS = 5000;
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6e6 / 8) * 0.9,
  uploadThroughput: (750e3 / 8) * 0.9,
};

const missing = missingBuilds().filter((m) => !m.includes('@minga/elements'));
if (missing.length) {
  console.error(missing.join('\n'));
  process.exit(1);
}

const env = await setup();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function measure(path) {
  const context = await env.browser.newContext({
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
  });
  await context.addInitScript(() => {
    const m = (globalThis.__perf = { lcp: 0, fcp: 0, longTasks: [] });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) m.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') m.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) m.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const responses = new Map();
  const bytes = new Map();
  cdp.on('Network.responseReceived', (e) =>
    responses.set(e.requestId, { url: e.response.url, type: e.type }),
  );
  cdp.on('Network.loadingFinished', (e) => bytes.set(e.requestId, e.encodedDataLength));
  await page.goto(env.site.url + path, { waitUntil: 'load', timeout: 180_000 });
  // Quiet: no new long task (nor network) for QUIET_MS.
  let last = -1;
  for (let i = 0; i < 60; i += 1) {
    await page.waitForTimeout(QUIET_MS);
    const count = await page.evaluate(() => globalThis.__perf.longTasks.length);
    if (count === last) break;
    last = count;
  }
  const perf = await page.evaluate(() => globalThis.__perf);
  const tbt = perf.longTasks
    .filter(([start]) => start >= perf.fcp)
    .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
  const scripts = [];
  let totalBytes = 0;
  for (const [id, r] of responses) {
    const size = bytes.get(id) ?? 0;
    totalBytes += size;
    if (r.type === 'Script' || /\.m?js(\?|$)/.test(r.url))
      scripts.push({ url: new URL(r.url).pathname, size });
  }
  await context.close();
  return {
    lcp: perf.lcp,
    fcp: perf.fcp,
    tbt,
    longTasks: perf.longTasks.length,
    scripts,
    totalBytes,
  };
}

function gzipOf(pathname) {
  try {
    return gzipSync(readFileSync(join(DEMO_DIST, pathname)), { level: 9 }).length;
  } catch {
    return null;
  }
}

try {
  console.log(
    `Slow phone: CPU ×4, ${NETWORK.latency} ms RTT, 1.6 Mbps down, 750 kbps up, 360×640, cold cache; median of ${RUNS} runs.\n`,
  );
  for (const path of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await measure(path));
    const js = runs[0].scripts;
    const jsBytes = js.reduce((s, x) => s + x.size, 0);
    const jsGzip = js.reduce((s, x) => s + (gzipOf(x.url) ?? x.size), 0);
    console.log(`${path}`);
    console.log(`  FCP ${median(runs.map((r) => r.fcp)).toFixed(0)} ms`);
    console.log(`  LCP ${median(runs.map((r) => r.lcp)).toFixed(0)} ms`);
    console.log(
      `  TBT ${median(runs.map((r) => r.tbt)).toFixed(0)} ms (${runs[0].longTasks} long tasks)`,
    );
    console.log(
      `  JavaScript transferred: ${kb(jsBytes)} in ${js.length} files as served (vite preview compresses; the files gzipped: ${kb(jsGzip)}); workers not counted`,
    );
    console.log(`  All bytes transferred: ${kb(runs[0].totalBytes)}`);
    console.log('  Largest scripts:');
    for (const s of [...js].sort((a, b) => b.size - a.size).slice(0, 5))
      console.log(`    ${kb(s.size).padStart(9)}  (${kb(gzipOf(s.url) ?? s.size)} gz)  ${s.url}`);
    console.log('');
  }
} finally {
  await env.cleanup();
}
