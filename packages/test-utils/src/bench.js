// Browser side of `npm run bench` (scripts/bench.mjs): record figures, then call done().
//
//   import { record, done, median, heapUsed, trackLongTasks } from '@minga/test-utils/bench';
//   record('first rows on screen', 42.1, 'ms', { target: 150 });
//   done();

const results = [];
window.__benchResults = results;

/**
 * Records one figure. `target` marks it ✓/✗ in the printout; `better` says which way is good
 * (default 'lower').
 */
export function record(name, value, unit, { target, better = 'lower' } = {}) {
  results.push({ name, value, unit, target, better });
}

/** Tells the runner that every figure of this page is recorded. */
export function done() {
  window.__benchDone = true;
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `runs` times (awaiting it) and returns the median duration in ms. */
export async function time(fn, runs = 5) {
  const durations = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    durations.push(performance.now() - start);
  }
  return median(durations);
}

/** JS heap in use after a forced garbage collection, in bytes (via the runner). */
export async function heapUsed() {
  return window.__benchHeap();
}

/** Starts collecting main-thread long tasks; call the returned function to get the longest (ms). */
export function trackLongTasks() {
  const durations = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return () => {
    for (const entry of observer.takeRecords()) durations.push(entry.duration);
    observer.disconnect();
    return { longest: durations.length ? Math.max(...durations) : 0, count: durations.length };
  };
}

/** Resolves after the next frame has been painted. */
export function nextPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
