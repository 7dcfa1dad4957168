// Figures of <minga-data-table> with a 100,000-row procurement-like CSV (about 25 MB).
import { done, heapUsed, median, nextPaint, record } from '@minga/test-utils/bench';
import { loadTable } from '@minga/data';
import '../src/define.js';
import type { MingaDataTable } from '../src/index.js';

const CSV = '/contratos-100k.csv';
const RUNS = 5;

function firstRowsShown(el: MingaDataTable): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (el.shadowRoot?.querySelector('tbody tr.row')) resolve(performance.now());
      else requestAnimationFrame(check);
    };
    check();
  });
}

function mount(): MingaDataTable {
  const el = document.createElement('minga-data-table');
  el.caption = 'Contratos 2025';
  el.searchDelay = 0;
  document.body.replaceChildren(el);
  return el;
}

// 1. From src: first rows on screen, and the whole file loaded (searchable and sortable).
const firstRows: number[] = [];
const fullLoads: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const el = mount();
  const start = performance.now();
  const loaded = new Promise<number>((resolve) =>
    el.addEventListener('minga-data-load', () => resolve(performance.now()), { once: true }),
  );
  el.src = CSV;
  firstRows.push((await firstRowsShown(el)) - start);
  fullLoads.push((await loaded) - start);
  await nextPaint();
}
record('src: first rows on screen', median(firstRows), 'ms', { target: 150 });
record('src: first rows on screen (fastest run)', Math.min(...firstRows), 'ms');
record('src: whole file loaded, sortable and searchable', median(fullLoads), 'ms', {
  target: 1000,
});

// 2. Heap after load, with the search index built.
document.body.replaceChildren();
await nextPaint();
const before = await heapUsed();
let el = mount();
await new Promise((resolve) => {
  el.addEventListener('minga-data-load', resolve, { once: true });
  el.src = CSV;
});
el.setSearch('x');
el.setSearch('');
await el.updateComplete;
const after = await heapUsed();
record('JS heap after load (rows + index)', (after - before) / 1e6, 'MB', { target: 40 });

// 3. What a reader does as soon as the table says it has loaded (no idle wait): a two-key sort
// (Monto descending, then Shift+click on Objeto, a text column with a distinct value per row),
// then a search for a word in about a tenth of the rows. Each run is a fresh load; the first
// interaction of each kind is timed apart from later ones. Long tasks are those of the load.
const header = (label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('th .sort')].find((b) =>
    b.textContent!.includes(label),
  )!;
async function timed(action: () => void): Promise<number> {
  const start = performance.now();
  action();
  await el.updateComplete;
  return performance.now() - start;
}
const twoKeys = (second: 'Objeto' | 'Proveedor') => () => {
  header('Monto').click();
  header(second).dispatchEvent(new MouseEvent('click', { shiftKey: true, bubbles: true }));
};
const oneKey: number[] = [];
const firstTwoKey: number[] = [];
const laterTwoKey: number[] = [];
const firstSearch: number[] = [];
const laterSearch: number[] = [];
const longest: number[] = [];
const blocking: number[] = [];
for (let run = 0; run < RUNS; run++) {
  el = mount();
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  const loadedAt = await new Promise<number>((resolve) => {
    el.addEventListener('minga-data-load', () => resolve(performance.now()), { once: true });
    el.src = CSV;
  });
  await el.updateComplete;
  if (run % 2) oneKey.push(await timed(() => header('Proveedor').click()));
  firstTwoKey.push(await timed(twoKeys('Objeto')));
  firstSearch.push(await timed(() => el.setSearch('alcantarillado')));
  for (const word of ['alcantarillado tarqui', 'medicinas', 'via']) {
    laterSearch.push(await timed(() => el.setSearch(word)));
  }
  el.setSearch('');
  await el.updateComplete;
  for (const second of ['Proveedor', 'Objeto'] as const) {
    el.setSort([]);
    await el.updateComplete;
    laterTwoKey.push(await timed(twoKeys(second)));
  }
  await nextPaint();
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  const during = tasks.filter((t) => t.startTime >= start && t.startTime < loadedAt);
  longest.push(Math.max(0, ...during.map((t) => t.duration)));
  blocking.push(during.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0));
}
const range = (values: number[]) =>
  `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`;
console.log(`first two-key sorts: ${range(firstTwoKey)}; first searches: ${range(firstSearch)}`);
record('right after load: one-key sort (Proveedor), first', median(oneKey), 'ms', {
  target: 60,
});
record('right after load: two-key sort (Monto, Objeto), first', median(firstTwoKey), 'ms', {
  target: 60,
});
record('right after load: two-key sort, later ones', median(laterTwoKey), 'ms', { target: 30 });
record('right after load: search "alcantarillado", first', median(firstSearch), 'ms', {
  target: 40,
});
record('right after load: search, later ones', median(laterSearch), 'ms', { target: 30 });
record('load: longest main-thread task', median(longest), 'ms', { target: 50 });
record('load: total blocking time', median(blocking), 'ms');

// 4. Objects through the rows property (parsed in the page), to first rows on screen.
const parsed = await loadTable(CSV, { worker: true });
for (const count of [10_000, 100_000]) {
  const objects = parsed.rows
    .slice(0, count)
    .map((row) => Object.fromEntries(parsed.columns.map((c) => [c.label, row[c.index]])));
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    el = mount();
    const start = performance.now();
    el.rows = objects;
    times.push((await firstRowsShown(el)) - start);
    await nextPaint();
  }
  record(`rows property, ${count.toLocaleString('en')} objects: first rows`, median(times), 'ms', {
    target: count === 10_000 ? 60 : 400,
  });
}

// 5. From parsed rows (the rows property, arrays) to first rows on screen.
const table = parsed;
const configs = table.columns.map((c) => ({ key: c.key, label: c.label, type: c.type }));
const fromRows: number[] = [];
for (let run = 0; run < RUNS; run++) {
  el = mount();
  el.columns = configs;
  const start = performance.now();
  el.rows = table.rows;
  await el.updateComplete;
  fromRows.push(performance.now() - start);
  await nextPaint();
}
record('rows property, arrays: first rows on screen', median(fromRows), 'ms', { target: 50 });

// 6. The element's own code, gzipped (Lit and @minga/* excluded), as it ships (see
// scripts/bundle-size.mjs): what every page downloads, held to issue #4's 12 KB (the panels,
// downloads, sync-url and English load on first use), and every part together, held to the
// package budget of packages/elements/budgets.json (18 KB).
const size = (await (await fetch('/size.json')).json()) as {
  gzipped: number;
  initial: { gzipped: number };
  lazy: Record<string, number>;
};
for (const [part, bytes] of Object.entries(size.lazy))
  console.log(`part loaded on first use, ${part}: ${(bytes / 1024).toFixed(1)} KB gzipped`);
record("element's own JS, gzipped, what every page loads", size.initial.gzipped / 1024, 'KB', {
  target: 12,
});
record("element's own JS, gzipped, every part", size.gzipped / 1024, 'KB', { target: 18 });

done();
