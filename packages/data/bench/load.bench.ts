// How fast big CSVs load in real Chromium: first rows, all rows, main-thread long tasks and
// memory. Files are written by bench/setup.mjs.
import { done, heapUsed, median, record, trackLongTasks } from '@minga/test-utils/bench';
import { loadTable } from '../src/index.js';
import type { LoadedTable } from '../src/index.js';

async function run(url: string, worker: boolean | 'auto' = 'auto') {
  let first = 0;
  let progressEvents = 0;
  const start = performance.now();
  const table = await loadTable(
    url,
    { worker },
    {
      onRows: (batch) => {
        if (first === 0 && batch.offset + batch.rows.length >= 1000)
          first = performance.now() - start;
      },
      onProgress: () => progressEvents++,
    },
  );
  return { table, first, total: performance.now() - start, progressEvents };
}

// Warm-up (compiles the worker and the parser once, as a page that loads data twice would).
await run('/contratos-100k.csv');

const firsts: number[] = [];
const totals: number[] = [];
const longest: number[] = [];
let bytes = 0;
for (let i = 0; i < 5; i++) {
  const stop = trackLongTasks();
  const { table, first, total } = await run('/contratos-100k.csv');
  longest.push(stop().longest);
  firsts.push(first);
  totals.push(total);
  bytes = table.meta.bytes;
  if (table.rows.length !== 100_000)
    throw new Error(`expected 100000 rows, got ${table.rows.length}`);
}
record('100k rows: CSV size', bytes / 1e6, 'MB');
record('100k rows: first 1,000 typed rows', median(firsts), 'ms', { target: 100 });
record('100k rows: all rows parsed and typed (worker)', median(totals), 'ms', { target: 1000 });
record('100k rows: longest main-thread task', Math.max(...longest), 'ms', { target: 50 });

const mainTotals: number[] = [];
for (let i = 0; i < 3; i++) mainTotals.push((await run('/contratos-100k.csv', false)).total);
record('100k rows: all rows, main-thread fallback', median(mainTotals), 'ms');

// One million rows: progress, long tasks, memory of the typed rows.
const before = await heapUsed();
const stop = trackLongTasks();
const big = await run('/contratos-1m.csv');
const tasks = stop();
let table: LoadedTable | undefined = big.table;
const after = await heapUsed();
record('1M rows: CSV size', table.meta.bytes / 1e6, 'MB');
record('1M rows: rows', table.rows.length, 'rows');
record('1M rows: load time', big.total, 'ms');
record('1M rows: progress events', big.progressEvents, 'events', { target: 10, better: 'higher' });
record('1M rows: longest main-thread task', tasks.longest, 'ms', { target: 100 });
record('1M rows: heap of typed rows', (after - before) / 1e6, 'MB');
record('1M rows: heap / CSV size', (after - before) / table.meta.bytes, '×', { target: 3 });
table = undefined;
done();
