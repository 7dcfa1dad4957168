// How fast big CSVs load in real Chromium: first rows, all rows, main-thread long tasks and
// memory. Files are written by bench/setup.mjs.
import { done, median, record, trackLongTasks } from '@minga/test-utils/bench';
import { loadTable } from '../src/index.js';

/** `readRows`: build every batch's row arrays as it arrives (else only the first 1,000 rows). */
async function run(url: string, worker: boolean | 'auto' = 'auto', readRows = false) {
  let first = 0;
  let delivered = 0;
  let progressEvents = 0;
  const start = performance.now();
  const table = await loadTable(
    url,
    { worker },
    {
      onRows: (batch) => {
        if (delivered < 1000 || readRows) delivered += batch.rows.length;
        if (first === 0 && delivered >= 1000) first = performance.now() - start;
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
  if (table.meta.rowCount !== 100_000)
    throw new Error(`expected 100000 rows, got ${table.meta.rowCount}`);
}
record('100k rows: CSV size', bytes / 1e6, 'MB');
record('100k rows: first 1,000 typed rows', median(firsts), 'ms', { target: 100 });
record('100k rows: all rows parsed and typed (worker)', median(totals), 'ms', { target: 1000 });
record('100k rows: longest main-thread task', Math.max(...longest), 'ms', { target: 50 });

const eager: number[] = [];
for (let i = 0; i < 3; i++) {
  const stop = trackLongTasks();
  await run('/contratos-100k.csv', 'auto', true);
  eager.push(stop().longest);
}
record('100k rows: longest task, every batch read as row arrays', Math.max(...eager), 'ms', {
  target: 50,
});

const mainTotals: number[] = [];
for (let i = 0; i < 3; i++) mainTotals.push((await run('/contratos-100k.csv', false)).total);
record('100k rows: all rows, main-thread fallback', median(mainTotals), 'ms');

done();
