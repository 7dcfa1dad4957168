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

// 3. Sorting: a money column, then a text column (first sort of each computes its ranks).
const header = (label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('th .sort')].find((b) =>
    b.textContent!.includes(label),
  )!;
async function timeClick(button: HTMLButtonElement): Promise<number> {
  const start = performance.now();
  button.click();
  await el.updateComplete;
  return performance.now() - start;
}
record('sort by Monto (first time, ranks computed)', await timeClick(header('Monto')), 'ms', {
  target: 100,
});
record('sort by Objeto (first time, ranks computed)', await timeClick(header('Objeto')), 'ms', {
  target: 100,
});
const resorts: number[] = [];
for (let run = 0; run < RUNS; run++)
  resorts.push(await timeClick(header(run % 2 ? 'Monto' : 'Proveedor')));
record('sort again (cached ranks)', median(resorts), 'ms', { target: 100 });

// 4. Search keystrokes, accents ignored ("construccion" finds "Construcción").
const words = [
  'c',
  'co',
  'con',
  'cons',
  'construccion',
  'construccion via',
  'informacion',
  'nan tecnologia',
];
const searches: number[] = [];
for (const word of words) {
  const start = performance.now();
  el.setSearch(word);
  await el.updateComplete;
  searches.push(performance.now() - start);
}
words.forEach((word, i) => console.log(`search "${word}": ${searches[i]!.toFixed(1)} ms`));
record('search keystroke to updated rows (median)', median(searches), 'ms', { target: 50 });
record('search keystroke to updated rows (worst)', Math.max(...searches), 'ms', { target: 50 });
el.setSearch('');
await el.updateComplete;

// 5. From parsed rows (the rows property) to first rows on screen.
const table = await loadTable(CSV, { worker: true });
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
record('rows property: first rows on screen', median(fromRows), 'ms', { target: 50 });

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
