// The README's JSON examples, run as written: the `transparencia.json` settings through
// `build`, and the index format through `validateIndex` and the JSON Schema. Runs on the
// built files (dist/).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { validateIndex } from '../../dist/index.js';
import { main } from '../../dist/cli/main.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/^```json\n([^]*?)^```/gm)].map((m) => JSON.parse(m[1]));
const settings = examples.find((e) => !('version' in e));
const index = examples.find((e) => e.version === 1);
const NOW = new Date('2026-11-30T12:00:00-05:00');
const dirs = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

test('the README has its two JSON examples', () => {
  assert.equal(examples.length, 2);
  assert.ok(settings && index);
});

test('the index example is valid, for validateIndex and for the JSON Schema', () => {
  const result = validateIndex(index, 'es', { now: NOW });
  assert.deepEqual(result.errors, []);
  assert.equal(result.ok, true);
  const schema = JSON.parse(
    readFileSync(new URL('../../schema/transparency-index.schema.json', import.meta.url), 'utf8'),
  );
  const check = new Ajv2020({ allErrors: true }).compile(schema);
  assert.equal(check(index), true, JSON.stringify(check.errors));
});

test('the transparencia.json example is read by build as written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'minga-readme-'));
  dirs.push(dir);
  cpSync(new URL('../fixtures/transparencia/', import.meta.url), dir, { recursive: true });
  rmSync(join(dir, 'index.json'), { force: true });
  writeFileSync(join(dir, 'transparencia.json'), JSON.stringify(settings, null, 2));
  const err = [];
  const code = await main(['build', dir], { out: () => {}, err: (l) => err.push(l), now: NOW });
  assert.equal(code, 0, err.join('\n'));
  const built = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  assert.equal(built.institution, settings.institution);
  assert.equal(built.deadlineDay, settings.deadlineDay);
  assert.deepEqual(built.units, settings.units);
  assert.deepEqual(built.numerals, settings.numerals);
  assert.equal(validateIndex(built, 'es', { now: NOW }).ok, true);
});
