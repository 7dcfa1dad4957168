// The index format: valibot validation (located, localized, partial), the JSON Schema kept in
// step with it (ajv), and the pure month logic. Runs on the built files (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import {
  validateIndex,
  monthSummary,
  itemStatus,
  deadlineDay,
  deadlineOf,
  latestMonth,
  searchItems,
  yearMatrix,
  yearsOf,
  mergeNumerals,
  LOTAIP_NUMERALS,
  fold,
} from '../../dist/index.js';

const here = new URL('../fixtures/', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, here), 'utf8'));
const NOW = new Date('2026-11-30T12:00:00-05:00');

test('the JSON Schema and validateIndex agree on every fixture', () => {
  const ajv = new Ajv2020({ allErrors: true });
  const check = ajv.compile(read('../../schema/transparency-index.schema.json'));
  let count = 0;
  for (const kind of ['valid', 'invalid']) {
    for (const name of readdirSync(new URL(`schema/${kind}/`, here))) {
      const json = read(`schema/${kind}/${name}`);
      const ours = validateIndex(json, 'es', { now: NOW }).ok;
      const theirs = check(json);
      assert.equal(ours, kind === 'valid', `${kind}/${name}: validateIndex ok=${ours}`);
      assert.equal(theirs, kind === 'valid', `${kind}/${name}: JSON Schema ok=${theirs}`);
      count += 1;
    }
  }
  assert.ok(count >= 15);
  // The sample and the test folder's index (built by the tool) are valid for both.
  for (const path of ['transparencia/index.json', '../../sample/transparencia/index.json']) {
    const json = read(path);
    assert.equal(check(json), true, `${path}: ${JSON.stringify(check.errors)}`);
    assert.deepEqual(validateIndex(json, 'es', { now: NOW }).errors, [], path);
  }
});

test('errors are located and localized, and the rest of the index stays usable', () => {
  const json = {
    institution: 'GAD de prueba',
    months: [
      {
        month: '2026-10',
        entries: [
          {
            numeral: 3,
            state: 'published',
            files: [{ format: 'csv' }, { url: 'ok.csv', format: 'csv' }],
          },
          { numeral: 99, state: 'published', files: [{ url: 'x.pdf', format: 'pdf' }] },
          { numeral: 6, state: 'published', files: [{ url: 'p.pdf', format: 'pdf' }] },
          { numeral: 6, state: 'pending' },
          { numeral: 7, state: 'vale' },
          { numeral: 8, state: 'pending', published: '2026-02-30' },
          { numeral: 9, state: 'published', files: [{ url: 'a.doc', format: 'doc' }] },
        ],
      },
      { month: '2026-13', entries: [] },
      { month: '2026-12', entries: [] },
      { month: '2026-10', entries: [] },
      {
        month: '2026-09',
        entries: [{ numeral: 1, state: 'published', files: [{ url: 'a.pdf', format: 'pdf' }] }],
      },
    ],
  };
  const es = validateIndex(json, 'es', { now: NOW });
  assert.equal(es.ok, false);
  const byPath = Object.fromEntries(es.errors.map((e) => [e.path, e.message]));
  assert.equal(
    byPath['2026-10 numeral 3 files[0].url'],
    '2026-10, numeral 3: falta la URL del archivo.',
  );
  assert.match(byPath['2026-10 numeral 99'], /no es un numeral/);
  assert.match(byPath['2026-10 numeral 6'], /más de una vez/);
  assert.match(byPath['2026-10 numeral 7 state'], /estado «vale» no existe/);
  assert.match(byPath['2026-10 numeral 8 published'], /fecha «2026-02-30» no es válida/);
  assert.match(byPath['2026-10 numeral 9 files[0].format'], /formato «doc» no es conocido/);
  assert.match(byPath['months[1].month'], /«2026-13» no es un mes válido/);
  assert.match(byPath['2026-12'], /mes futuro/);
  assert.match(byPath['2026-10'], /más de una vez/);
  assert.match(byPath['2026-10 numeral 9 files'], /publicado pero no tiene archivos/);
  // What was valid is kept: month 9 and 10, numeral 3 with its good file, numeral 6 once.
  assert.deepEqual(
    es.index.months.map((m) => m.month),
    ['2026-09', '2026-10'],
  );
  const oct = es.index.months[1].entries;
  assert.deepEqual(
    oct.map((e) => e.numeral),
    [3, 6, 9],
  ); // 8 (bad date) is skipped
  assert.deepEqual(oct[0].files, [{ url: 'ok.csv', format: 'csv' }]);
  assert.equal(oct[2].state, 'pending');
  const en = validateIndex(json, 'en', { now: NOW });
  assert.equal(
    en.errors.find((e) => e.path === '2026-10 numeral 3 files[0].url').message,
    '2026-10, numeral 3: the file URL is missing.',
  );
});

test('not an index at all: nothing usable, one clear message', () => {
  const r = validateIndex('hola', 'es');
  assert.equal(r.index, undefined);
  assert.match(r.errors[0].message, /no es un objeto JSON/);
  assert.match(validateIndex({}, 'es').errors[0].message, /lista de meses/);
});

test('numerals: 24 defaults in es and en, overridable and extensible', () => {
  assert.equal(LOTAIP_NUMERALS.length, 24);
  assert.deepEqual(
    LOTAIP_NUMERALS.map((n) => n.id),
    Array.from({ length: 24 }, (_, i) => i + 1),
  );
  for (const n of LOTAIP_NUMERALS) {
    assert.ok(n.title.es && n.title.en && n.description.es && n.description.en, `numeral ${n.id}`);
  }
  const merged = mergeNumerals([
    { id: 3, title: { es: 'Sueldos' } },
    { id: 25, title: { es: 'Nuevo' } },
  ]);
  assert.equal(merged.length, 25);
  assert.equal(merged[2].title.es, 'Sueldos');
  assert.equal(merged[2].title.en, 'Monthly pay and additional income');
  assert.equal(merged[24].id, 25);
  const r = validateIndex({
    numerals: [{ id: 25, title: { es: 'Nuevo' } }],
    months: [{ month: '2026-10', entries: [{ numeral: 25, state: 'pending' }] }],
  });
  assert.equal(r.ok, true);
});

test('deadline: the 10th of the following month by default, configurable, Ecuador time', () => {
  assert.equal(deadlineDay('2026-10'), '2026-11-10');
  assert.equal(deadlineDay('2026-12'), '2027-01-10');
  assert.equal(deadlineDay('2026-10', 15), '2026-11-15');
  assert.equal(deadlineOf('2026-10').toISOString(), '2026-11-11T04:59:59.999Z');
  const pending = undefined;
  assert.equal(itemStatus(pending, '2026-10', new Date('2026-11-10T23:00:00-05:00')), 'pending');
  assert.equal(itemStatus(pending, '2026-10', new Date('2026-11-11T00:00:01-05:00')), 'late');
  const late = {
    numeral: 3,
    state: 'published',
    files: [{ url: 'a', format: 'csv', modified: '2026-11-12' }],
  };
  assert.equal(itemStatus(late, '2026-10', NOW), 'published-late');
  assert.equal(itemStatus({ ...late, published: '2026-11-09' }, '2026-10', NOW), 'published');
  assert.equal(
    itemStatus({ numeral: 3, state: 'not-applicable', files: [] }, '2026-10', NOW),
    'not-applicable',
  );
});

test('monthly summary, latest month, years and the year matrix', () => {
  const { index } = validateIndex(read('transparencia/index.json'), 'es', { now: NOW });
  assert.equal(latestMonth(index), '2026-10');
  const s = monthSummary(index, '2026-10', NOW);
  assert.equal(s.total, 24);
  assert.equal(s.published, 3);
  assert.equal(s.notApplicable, 1);
  assert.equal(s.late, 20);
  assert.equal(s.deadline, '2026-11-10');
  assert.equal(s.items.find((i) => i.numeral.id === 3).unit, 'Dirección de Talento Humano');
  const early = monthSummary(index, '2026-10', new Date('2026-11-05T12:00:00-05:00'));
  assert.equal(early.late, 0);
  assert.equal(early.pending, 20);
  assert.deepEqual(yearsOf(index, NOW), [2026]);
  const m = yearMatrix(index, 2026, NOW);
  assert.equal(m.columns.length, 12);
  assert.equal(m.columns[0].kind, 'none');
  assert.equal(m.columns[9].kind, 'data');
  assert.equal(m.columns[11].kind, 'future');
  assert.equal(m.columns[9].statuses.get(15), 'not-applicable');
  assert.equal(m.empty, false);
  assert.equal(yearMatrix(index, 2025, NOW).empty, true);
});

test('search is accent- and case-insensitive over numerals and file names', () => {
  const { index } = validateIndex(read('transparencia/index.json'), 'es', { now: NOW });
  const items = monthSummary(index, '2026-10', NOW).items;
  assert.equal(fold('Remuneración ÁÉÍ'), 'remuneracion aei');
  assert.deepEqual(
    searchItems(items, 'remuneracion').map((i) => i.numeral.id),
    [3],
  );
  assert.deepEqual(
    searchItems(items, 'HORAS extra').map((i) => i.numeral.id),
    [3],
  );
  assert.deepEqual(
    searchItems(items, 'presupuesto').map((i) => i.numeral.id),
    [6],
  );
  assert.deepEqual(
    searchItems(items, 'budget', 'en').map((i) => i.numeral.id),
    [6],
  );
  assert.equal(searchItems(items, 'zzz').length, 0);
  assert.equal(searchItems(items, '  ').length, 24);
});
