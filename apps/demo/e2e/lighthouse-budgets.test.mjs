// The Lighthouse check's own logic (scripts/lighthouse.mjs, run by `npm run perf`): the page
// "without Minga" it compares against, and which budgets of perf-budgets.json a page misses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIST } from './harness.mjs';
import { overBudget, withoutMinga } from '../scripts/lighthouse.mjs';

test('the page without Minga keeps the text and drops the elements and module scripts', () => {
  const html = readFileSync(join(DEMO_DIST, 'index.html'), 'utf8');
  assert.match(html, /<minga-sdg-grid/);
  const bare = withoutMinga(html);
  assert.doesNotMatch(bare, /<minga-/);
  assert.doesNotMatch(bare, /<script type="module"/);
  assert.match(bare, /Bienvenido al GAD Municipal/);
  assert.match(bare, /<nav class="site-nav"/);
  assert.match(bare, /<footer/);
});

test('every budget a page misses is named, and a page within them passes', () => {
  const budgets = {
    cms: {
      performance: 98,
      accessibility: 100,
      lcpOverBaselineMs: 200,
      tbtMs: 30,
      cls: 0.02,
      jsGzipBytes: 40960,
    },
    demo: { performance: 95, tbtMs: 100 },
  };
  const bare = { lcp: 1400 };
  const good = { performance: 98, accessibility: 100, lcp: 1600, tbt: 30, cls: 0.02, js: 40960 };
  assert.deepEqual(overBudget('cms', good, bare, budgets), []);
  const bad = { performance: 97, accessibility: 96, lcp: 1601, tbt: 31, cls: 0.021, js: 40961 };
  const misses = overBudget('cms', bad, bare, budgets);
  assert.equal(misses.length, 6, misses.join('\n'));
  for (const word of ['performance', 'accessibility', 'LCP', 'TBT', 'CLS', 'JS'])
    assert.ok(
      misses.some((m) => m.startsWith(word)),
      word,
    );
  // Demo pages: only performance and TBT are held.
  assert.deepEqual(overBudget('demo', bad, bare, budgets), []);
  assert.deepEqual(overBudget('demo', { ...bad, performance: 94, tbt: 101 }, bare, budgets), [
    'performance 94 < 95',
    'TBT 101 ms > 100',
  ]);
});

test('the budgets file holds the issue-19 figures', () => {
  const budgets = JSON.parse(readFileSync(new URL('../perf-budgets.json', import.meta.url)));
  assert.equal(budgets.runs, 3);
  assert.equal(budgets.cms.performance, 98);
  assert.equal(budgets.cms.tbtMs, 30);
  assert.equal(budgets.demo.tbtMs, 100);
});
