// Figures of <minga-sdg-indicator> with a 5,000-row Open SDG indicator, 3 disaggregation
// dimensions (Sex × Age × Area), and the gzipped size of the package's elements.
import { done, median, nextPaint, record } from '@minga/test-utils/bench';
import { loadTable, parseOpenSdg } from '@minga/data';
import '../src/define.js';
import type { MingaSdgIndicator } from '../src/index.js';

const CSV = '/indicator-5000.csv';
const RUNS = 7;

function mount(): MingaSdgIndicator {
  const el = document.createElement('minga-sdg-indicator');
  el.style.width = '960px';
  el.target = 90;
  el.direction = 'higher';
  document.body.replaceChildren(el);
  return el;
}

// 1. From src: loaded (fetch + parse) to chart on screen, and the whole thing.
const afterLoad: number[] = [];
const total: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const el = mount();
  const start = performance.now();
  const loaded = new Promise<number>((resolve) =>
    el.addEventListener('minga-sdg-load', () => resolve(performance.now()), { once: true }),
  );
  el.src = CSV;
  const loadedAt = await loaded;
  await el.updateComplete;
  await nextPaint();
  if (!el.shadowRoot!.querySelector('svg.plot path.point')) throw new Error('no chart');
  const end = performance.now();
  afterLoad.push(end - loadedAt);
  total.push(end - start);
}
record('chart on screen after loading (5,000 rows, 3 dimensions)', median(afterLoad), 'ms', {
  target: 200,
});
record('src to chart on screen (fetch + parse + chart)', median(total), 'ms');

// 2. Parsed data given directly: setData to chart on screen.
const text = await (await fetch(CSV)).text();
const table = await loadTable({ text }, { format: 'csv', worker: false });
const data = parseOpenSdg(table);
const direct: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const el = mount();
  await el.updateComplete;
  const start = performance.now();
  el.setData(data);
  await el.updateComplete;
  await nextPaint();
  direct.push(performance.now() - start);
}
record('setData (parsed) to chart on screen', median(direct), 'ms', { target: 200 });

// 3. Switching a disaggregation: tick / untick a series, to the redrawn chart.
const el = mount();
el.setData(data);
await el.updateComplete;
await nextPaint();
const boxes = [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]'),
];
const switches: number[] = [];
for (let run = 0; run < 12; run++) {
  const box = boxes[1 + (run % 6)]!;
  const start = performance.now();
  box.click();
  await el.updateComplete;
  await nextPaint();
  switches.push(performance.now() - start);
}
record('switch a disaggregation to redrawn chart (median)', median(switches), 'ms', {
  target: 50,
});
record('switch a disaggregation (worst)', Math.max(...switches), 'ms', { target: 50 });

// 4. Size.
const size = (await (await fetch('/size.json')).json()) as { gzipped: number; minified: number };
record(
  'elements (no Lit, no @minga/*, js-yaml lazy and left out), gzipped',
  size.gzipped / 1024,
  'KB',
  {
    target: 20,
  },
);
record('same, minified', size.minified / 1024, 'KB');
done();
