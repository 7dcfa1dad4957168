// The minga-plain command-line tool on the files of test/fixtures/. Runs on the built files (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { main } from '../../dist/cli/main.js';

const fixture = (name) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const bin = fileURLToPath(new URL('../../bin/minga-plain.mjs', import.meta.url));

async function run(args) {
  const out = [];
  const err = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('check: a plain text passes, with its score and no findings', async () => {
  const r = await run(['check', fixture('claro.txt')]);
  assert.equal(r.code, 0);
  assert.match(r.out, /claro\.txt: legibilidad [\d,]+ \(bastante fácil\), 15 palabras, 0 avisos\./);
  assert.match(r.out, /1 archivos revisados; 0 por debajo del nivel «algo-dificil»\./);
  assert.match(r.out, /no la claridad/);
});

test('check: an HTML page by line and column, without markup, scripts or comments', async () => {
  const r = await run(['check', fixture('pagina.html')]);
  assert.equal(r.code, 0);
  assert.match(
    r.out,
    /\n {2}17:7 En virtud de lo dispuesto en — Expresión administrativa\. Escriba más sencillo: «según»\./,
  );
  assert.match(r.out, /17:50 se procede — «Se» impersonal/);
  assert.doesNotMatch(r.out, /enVirtudDe|a efectos de|color/);
});

test('check: Markdown without code, links by their text', async () => {
  const r = await run(['check', fixture('guia.md'), '--json']);
  assert.equal(r.code, 0);
  const [report] = JSON.parse(r.out);
  assert.equal(report.file, fixture('guia.md'));
  const found = report.findings.map((f) => [f.type, f.line, f.column, f.text, f.suggestion]);
  assert.deepEqual(found, [
    ['bureaucratic', 6, 34, 'a efectos de', 'para'],
    ['acronym', 12, 34, 'LOTAIP', undefined],
  ]);
  assert.equal(report.scores.inflesz.band, 'fairly-easy');
  assert.equal(typeof report.scores.fernandezHuerta.score, 'number');
});

test('check: exit 1 past the chosen level, 0 under an easier one', async () => {
  const hard = await run(['check', fixture('dificil.txt')]);
  assert.equal(hard.code, 1);
  assert.match(hard.err, /dificil\.txt: por debajo del nivel «algo-dificil»\./);
  assert.match(hard.out, /legibilidad -?[\d,]+ \(muy difícil\)/);
  assert.equal((await run(['check', fixture('claro.txt'), '--level', 'muy-facil'])).code, 1);
  assert.equal((await run(['check', fixture('claro.txt'), '--level', 'muy-dificil'])).code, 0);
  const json = await run(['check', fixture('dificil.txt'), '--json', '--level', 'muy-dificil']);
  assert.equal(json.code, 0);
  assert.equal(JSON.parse(json.out)[0].belowLevel, false);
});

test('check: a site’s phrases, a sentence limit, English', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'minga-plain-'));
  writeFileSync(
    join(dir, 'frases.json'),
    JSON.stringify([{ phrase: 'pedido', plain: 'solicitud' }]),
  );
  const r = await run([
    'check',
    fixture('claro.txt'),
    '--phrases',
    join(dir, 'frases.json'),
    '--max-sentence-words',
    '4',
    '--lang',
    'en',
  ]);
  assert.equal(r.code, 0);
  assert.match(r.out, /claro\.txt: readability [\d.]+ \(.+\), 15 words, 3 findings\./);
  assert.match(r.out, /1:14 pedido — Bureaucratic phrase\. Write it plainer: "solicitud"\./);
  assert.match(r.out, /Sentence of 5 words/);
  writeFileSync(join(dir, 'mal.json'), '{ "no": 1 }');
  const bad = await run(['check', fixture('claro.txt'), '--phrases', join(dir, 'mal.json')]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /debe ser una lista JSON/);
});

test('the bin runs, usage and errors', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [bin, '--help']);
  assert.match(stdout, /minga-plain check <archivo\.html\|\.md\|\.txt>/);
  const { stdout: en } = await promisify(execFile)(process.execPath, [
    bin,
    '--help',
    '--lang',
    'en',
  ]);
  assert.match(en, /Usage:/);
  assert.equal((await run([])).code, 2);
  const unknown = await run(['borrar']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /Orden desconocida: «borrar»/);
  const missing = await run(['check', '/no/existe.txt']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /No se puede leer el archivo «\/no\/existe\.txt»/);
  assert.equal((await run(['check'])).code, 2);
  const level = await run(['check', fixture('claro.txt'), '--level', 'facilisimo']);
  assert.equal(level.code, 2);
  assert.match(level.err, /El nivel «facilisimo» no existe/);
  const option = await run(['check', '--nope']);
  assert.equal(option.code, 2);
  assert.match(option.err, /Opción no válida/);
});
