// The demo's generated sample data and its fake CKAN, in Node (no browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PREDIOS_HEADER, prediosCsv } from '../build/sample-data.mjs';
import { RESIDUOS_RESOURCE, ckanAction } from '../build/fake-ckan.mjs';

const csv = (count, seed) => [...prediosCsv(count, seed)].join('');

test('the predios CSV is deterministic, with the header and one line per row', () => {
  const a = csv(2000);
  assert.equal(a, csv(2000), 'same seed, same bytes');
  assert.notEqual(a, csv(2000, 1), 'another seed, other data');
  const lines = a.trimEnd().split('\n');
  assert.equal(lines.length, 2001);
  assert.equal(lines[0], PREDIOS_HEADER.join(','));
  for (const line of lines.slice(1))
    assert.equal(line.split(',').length, PREDIOS_HEADER.length, line);
  assert.match(lines[1], /^SIV-\d{2}-\d{4}-\d{3},/);
});

test('100,000 rows', () => {
  let rows = -1;
  for (const chunk of prediosCsv()) rows += chunk.split('\n').length - 1;
  assert.equal(rows, 100_000);
});

const search = (params) =>
  ckanAction(
    'datastore_search',
    new URLSearchParams({ resource_id: RESIDUOS_RESOURCE, ...params }),
  );

test('fake CKAN: paging, total and fields in CKAN shape', () => {
  const { status, body } = search({ limit: '10', offset: '20' });
  assert.equal(status, 200);
  assert.equal(body.success, true);
  assert.equal(body.result.total, 576);
  assert.equal(body.result.records.length, 10);
  assert.equal(body.result.records[0]._id, 21);
  assert.ok(body.result.fields.some((f) => f.id === 'toneladas' && f.type === 'numeric'));
});

test('fake CKAN: sort (numeric as numbers), filters, full-text q', () => {
  const sorted = search({ sort: '"toneladas" desc', limit: '576' }).body.result.records;
  for (let i = 1; i < sorted.length; i += 1)
    assert.ok(Number(sorted[i - 1].toneladas) >= Number(sorted[i].toneladas));
  const filtered = search({
    filters: JSON.stringify({ turno: 'Noche', ruta: ['R01 Centro', 'R02 El Rosal'] }),
  });
  assert.equal(filtered.body.result.total, 48);
  const q = search({ q: 'rio claro manana' });
  assert.equal(q.body.result.total, 24, 'accents and case ignored, every word must match');
});

test('fake CKAN: errors as CKAN gives them', () => {
  assert.equal(search({ sort: '"nope" asc' }).status, 409);
  assert.equal(search({ filters: '{bad' }).status, 409);
  assert.equal(search({ limit: '-1' }).status, 409);
  const missing = ckanAction('datastore_search', new URLSearchParams({ resource_id: 'x' }));
  assert.equal(missing.status, 404);
  assert.equal(missing.body.success, false);
  assert.equal(
    ckanAction('package_show', new URLSearchParams({ id: 'recoleccion-residuos' })).body.result
      .resources[0].id,
    RESIDUOS_RESOURCE,
  );
});
