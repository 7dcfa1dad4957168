// Node tests of computeDeadlines with the real date-holidays (it cannot load in the browser
// test runner: it is CommonJS). Run with `node --test test/` (part of `npm test`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
// Built next to the package (in node_modules/.cache) so valibot and date-holidays resolve.
const cache = join(here, '../node_modules/.cache');
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(join(cache, 'deadlines-'));
await build({
  entryPoints: [join(here, '../src/shared.ts'), join(here, 'ec-holidays.ts')],
  outdir: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
const shared = await import(pathToFileURL(join(out, 'src/shared.js')).href);
const { ecuadorHolidays } = await import(pathToFileURL(join(out, 'test/ec-holidays.js')).href);
const sharedSource = readFileSync(join(out, 'src/shared.js'), 'utf8');
rmSync(out, { recursive: true, force: true });
const { computeDeadlines, publicHolidays, isWorkingDay } = shared;

test('date-holidays still gives the holidays the browser tests use', () => {
  for (const [year, days] of Object.entries(ecuadorHolidays)) {
    assert.deepEqual([...publicHolidays(Number(year))].sort(), [...days].sort(), year);
  }
  assert.equal(publicHolidays(2026).has('2026-02-16'), true, 'Carnaval Monday');
  assert.equal(publicHolidays(2026).has('2026-02-17'), true, 'Carnaval Tuesday');
  // Observances (24 July, 31 December) do not stop the count.
  assert.equal(isWorkingDay('2026-07-24'), true);
});

test('10 calendar days from the day after receipt, in Guayaquil', () => {
  const d = computeDeadlines('2026-12-04T15:20:00Z');
  assert.equal(d.dueDate, '2026-12-14');
  assert.equal(d.dueAt.toISOString(), '2026-12-15T04:59:59.999Z');
  assert.equal(d.extendedDueDate, '2026-12-19');
});

test('23:30 on 31 January (already February in UTC) counts from 31 January', () => {
  const d = computeDeadlines('2026-01-31T23:30:00-05:00');
  assert.equal(d.receivedDate, '2026-01-31');
  assert.equal(d.dueDate, '2026-02-10');
  const w = computeDeadlines('2026-01-31T23:30:00-05:00', { dayKind: 'working' });
  assert.equal(w.dueDate, '2026-02-13');
  assert.equal(w.extendedDueDate, '2026-02-24'); // skips Carnaval, 16 and 17 February
});

test('working days over Carnaval 2026', () => {
  const d = computeDeadlines('2026-02-13T15:00:00Z', { dayKind: 'working' });
  assert.equal(d.dueDate, '2026-03-03');
  assert.equal(d.extendedDueDate, '2026-03-10');
});

test('the shared entry loads no DOM and no Lit', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  // Only valibot and date-holidays are imported (Lit and @minga/core are not).
  const imports = [...sharedSource.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(imports)].sort(), ['date-holidays', 'valibot']);
  assert.equal(typeof shared.validateRequest, 'function');
  const errors = shared.validateRequest({ email: 'ana@' }, 'es');
  assert.ok(errors.some((e) => e.field === 'email' && e.code === 'email'));
});
