// One million rows (285 MB of CSV), in a page of its own: progress, main-thread long tasks,
// memory of the typed rows. The file is written by bench/setup.mjs.
import { done, heapUsed, median, record, trackLongTasks } from '@minga/test-utils/bench';
import { loadTable } from '../src/index.js';
import type { LoadedTable } from '../src/index.js';

// Warm-up on a small file (starts the worker and compiles the parser, as on a page that has
// loaded something before).
await loadTable('/contratos-100k.csv');

// Three loads: the longest task varies from run to run on a small machine (a collection or a
// compilation lands in it or not), so the median and the worst are both printed.
let progressEvents = 0;
let table: LoadedTable | undefined;
let before = 0;
let after = 0;
const longest: number[] = [];
const over50: number[] = [];
const totals: number[] = [];
for (let run = 0; run < 3; run++) {
  table = undefined;
  progressEvents = 0;
  before = await heapUsed();
  const stop = trackLongTasks();
  const start = performance.now();
  table = await loadTable(
    '/contratos-1m.csv',
    {},
    {
      onRows: (batch) => {
        // The first rows are read, as a page showing them would.
        if (batch.offset === 0) void batch.rows;
      },
      onProgress: () => progressEvents++,
    },
  );
  totals.push(performance.now() - start);
  const tasks = stop();
  longest.push(tasks.longest);
  over50.push(tasks.count);
  after = await heapUsed();
}
record('1M rows: CSV size', table!.meta.bytes / 1e6, 'MB');
record('1M rows: rows', table!.meta.rowCount, 'rows');
record('1M rows: load time', median(totals), 'ms');
record('1M rows: progress events', progressEvents, 'events', { target: 10, better: 'higher' });
record('1M rows: longest main-thread task', median(longest), 'ms', { target: 100 });
record('1M rows: longest main-thread task (worst of 3 loads)', Math.max(...longest), 'ms');
record('1M rows: main-thread tasks over 50 ms (per load, worst)', Math.max(...over50), 'tasks');
record('1M rows: heap of typed rows (packed by column)', (after - before) / 1e6, 'MB');
record('1M rows: heap / CSV size', (after - before) / table!.meta.bytes, '×', { target: 3 });
// Reading `rows` builds a million row arrays in one synchronous task: measured, not hidden.
// (At this size, a page that builds every row as it arrives gets the garbage collector's
// pauses back: see the README.)
const buildStart = performance.now();
if (table!.rows.length !== 1_000_000) throw new Error(`expected 1000000 rows`);
record(
  '1M rows: first read of table.rows (one task building every row array)',
  performance.now() - buildStart,
  'ms',
);
const built = await heapUsed();
record(
  '1M rows: heap with row arrays built / CSV size',
  (built - before) / table!.meta.bytes,
  '×',
  {
    target: 3,
  },
);
table = undefined;
done();
