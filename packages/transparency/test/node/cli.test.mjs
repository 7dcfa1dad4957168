// The command-line tool on a copy of the fixture folder (test/fixtures/transparencia/) and,
// for links, a local HTTP server. Runs on the built files (dist/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
  mkdirSync,
  readdirSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { main } from '../../dist/cli/main.js';

const fixture = new URL('../fixtures/transparencia/', import.meta.url);
const bin = new URL('../../bin/minga-transparency.mjs', import.meta.url);
const NOW = new Date('2026-11-30T12:00:00-05:00');
let dirs = [];

/** A fresh copy of the fixture folder with known modification dates. */
function copy() {
  const dir = mkdtempSync(join(tmpdir(), 'minga-transparencia-'));
  dirs.push(dir);
  cpSync(fixture, dir, { recursive: true });
  rmSync(join(dir, 'index.json'), { force: true });
  const at = (path, day) => utimesSync(join(dir, path), new Date(day), new Date(day));
  for (const f of readdirSync(join(dir, '2026/09'))) at(`2026/09/${f}`, '2026-10-06T15:00:00Z');
  for (const f of readdirSync(join(dir, '2026/10'))) at(`2026/10/${f}`, '2026-11-05T15:00:00Z');
  at('2026/10/03-horas-extra.xlsx', '2026-11-12T15:00:00Z');
  return dir;
}

async function run(args, now = NOW) {
  const out = [];
  const err = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), now });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const readIndex = (path) => JSON.parse(readFileSync(path, 'utf8'));

after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

test('build: the index from the folder convention', async () => {
  const dir = copy();
  const r = await run(['build', dir]);
  assert.equal(r.code, 0);
  assert.match(r.out, /Índice escrito en .*index\.json: 2 meses, 6 archivos\./);
  // Names and formats that do not follow the convention are reported, not fatal.
  assert.match(r.err, /leeme\.txt: el nombre no sigue la convención/);
  assert.match(r.err, /05-tramites\.exe: el formato «exe» no es conocido/);
  assert.match(r.err, /30-desconocido\.csv: el numeral 30 no está en la lista/);
  const index = readIndex(join(dir, 'index.json'));
  assert.equal(index.institution, 'GAD Municipal de Prueba (ficticio)');
  assert.equal(index.deadlineDay, 10);
  assert.equal(index.units['3'], 'Dirección de Talento Humano');
  assert.deepEqual(
    index.months.map((m) => m.month),
    ['2026-09', '2026-10'],
  );
  const oct = index.months[1].entries;
  assert.deepEqual(
    oct.map((e) => e.numeral),
    [3, 6, 8, 15],
  );
  const three = oct[0];
  assert.equal(three.state, 'published');
  assert.deepEqual(
    three.files.map((f) => f.url),
    ['2026/10/03-horas-extra.xlsx', '2026/10/03-remuneraciones.csv'],
  );
  const csv = three.files[1];
  assert.equal(csv.format, 'csv');
  assert.equal(csv.name, '03-remuneraciones.csv');
  assert.equal(csv.size, readFileSync(join(dir, '2026/10/03-remuneraciones.csv')).length);
  assert.equal(csv.modified, '2026-11-05');
  assert.equal(three.files[0].modified, '2026-11-12');
  assert.deepEqual(oct[2].files[0], {
    url: 'https://example.org/compras',
    format: 'link',
    name: '08-compras-publicas.url',
    modified: '2026-11-05',
  });
  assert.equal(oct[3].state, 'not-applicable');
  assert.equal(oct[3].justification, 'No hay contratos colectivos vigentes (dato ficticio).');
});

test('build: --institution and --out (file URLs relative to the index)', async () => {
  const dir = copy();
  const out = join(dir, 'publico', 'indice.json');
  mkdirSync(join(dir, 'publico'));
  const r = await run(['build', dir, '--out', out, '--institution', 'Otro GAD (ficticio)']);
  assert.equal(r.code, 0);
  const index = readIndex(out);
  assert.equal(index.institution, 'Otro GAD (ficticio)');
  assert.equal(index.months[0].entries[0].files[0].url, '../2026/09/02-distributivo.csv');
});

test('build again: what a person added by hand is kept', async () => {
  const dir = copy();
  await run(['build', dir]);
  const path = join(dir, 'index.json');
  const index = readIndex(path);
  const oct = index.months[1];
  oct.entries[0].files[1].title = 'Remuneraciones de octubre';
  oct.entries[0].note = 'Incluye horas extra.';
  oct.entries[1].unit = 'Dirección Financiera y Presupuesto';
  oct.entries[1].files.push({
    url: 'https://example.org/cedula.pdf',
    format: 'pdf',
    title: 'Cédula presupuestaria',
  });
  oct.entries.push({
    numeral: 16,
    state: 'not-applicable',
    justification: 'No hay información reservada.',
  });
  oct.entries.push({ numeral: 17, state: 'pending', note: 'se borra: nada manual' });
  writeFileSync(path, JSON.stringify(index));
  // A new file arrives.
  writeFileSync(join(dir, '2026/10/02-distributivo.csv'), 'Unidad;Puestos\nA;1\n');
  const r = await run(['build', dir]);
  assert.equal(r.code, 0);
  const again = readIndex(path).months[1].entries;
  const by = (n) => again.find((e) => e.numeral === n);
  assert.equal(by(2).files.length, 1);
  assert.equal(by(3).files[1].title, 'Remuneraciones de octubre');
  assert.equal(by(3).note, 'Incluye horas extra.');
  assert.equal(by(6).unit, 'Dirección Financiera y Presupuesto');
  assert.deepEqual(
    by(6).files.map((f) => f.url),
    ['2026/10/06-presupuesto.pdf', 'https://example.org/cedula.pdf'],
  );
  assert.equal(by(16).state, 'not-applicable');
  assert.equal(by(17), undefined);
});

test('missing: lists what is late for a month, exit 1', async () => {
  const dir = copy();
  const r = await run(['missing', dir, '--month', '2026-10']);
  assert.equal(r.code, 1);
  assert.match(r.out, /Falta publicar en octubre de 2026 \(plazo: 10 de noviembre de 2026\):/);
  assert.match(r.out, / {2}1\. Estructura orgánica.* — atrasado/);
  assert.doesNotMatch(r.out, / {2}3\. /);
  assert.doesNotMatch(r.out, / {2}15\. /);
  assert.match(r.out, /20 de 24 numerales sin publicar\./);
  // Before the deadline: still on time. Default month: the previous one. From an index file too.
  await run(['build', dir]);
  const early = await run(
    ['missing', join(dir, 'index.json')],
    new Date('2026-11-04T12:00:00-05:00'),
  );
  assert.equal(early.code, 1);
  assert.match(early.out, /octubre de 2026/);
  assert.match(early.out, /pendiente, aún a tiempo/);
  const en = await run(['missing', dir, '--month', '2026-10', '--lang', 'en']);
  assert.match(en.out, /Still to publish for October 2026 \(deadline: 10 November 2026\):/);
  const none = await run(['missing', dir, '--month', '2026-08']);
  assert.match(none.out, /El índice no tiene el mes agosto de 2026: falta todo\./);
  const bad = await run(['missing', dir, '--month', '2026-8']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /no es válido/);
});

test('missing: a complete month, exit 0', async () => {
  const dir = copy();
  mkdirSync(join(dir, '2026/08'));
  for (let n = 1; n <= 24; n++) {
    const name = n === 11 ? '11-no-aplica.txt' : `${String(n).padStart(2, '0')}-archivo.csv`;
    writeFileSync(join(dir, '2026/08', name), n === 11 ? 'Sin créditos (ficticio).' : 'a;b\n1;2\n');
  }
  const r = await run(['missing', dir, '--month', '2026-08']);
  assert.equal(r.code, 0, r.out);
  assert.equal(r.out, 'Agosto de 2026 está completo. Publicados: 23. No aplican: 1.');
});

let server;
let base;
before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok.csv') return res.writeHead(200).end('a;b\n');
    if (req.url === '/sin-head.pdf') return res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    if (req.url === '/lento') return; // never answers
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

function linkIndex(dir, urls) {
  const path = join(dir, 'links.json');
  writeFileSync(
    path,
    JSON.stringify({
      months: [
        {
          month: '2026-10',
          entries: urls.map((url, i) => ({
            numeral: i + 1,
            state: 'published',
            files: [{ url, format: url.endsWith('.csv') ? 'csv' : 'pdf' }],
          })),
        },
      ],
    }),
  );
  return path;
}

test('check-links: HEAD, GET when HEAD is refused, 404, timeout, local files', async () => {
  const dir = copy();
  const path = linkIndex(dir, [
    `${base}/ok.csv`,
    `${base}/sin-head.pdf`,
    `${base}/no-existe.pdf`,
    `${base}/lento`,
    '2026/10/03-remuneraciones.csv',
    '2026/10/99-no-esta.csv',
  ]);
  const r = await run(['check-links', path, '--timeout', '500', '--concurrency', '2']);
  assert.equal(r.code, 1);
  const lines = r.out.split('\n');
  assert.deepEqual(lines, [
    `2026-10, numeral 3: ${base}/no-existe.pdf — responde con error 404`,
    `2026-10, numeral 4: ${base}/lento — no responde (se agotó el tiempo)`,
    '2026-10, numeral 6: 2026/10/99-no-esta.csv — el archivo no existe',
    '6 enlaces revisados, 3 rotos.',
  ]);
  const ok = linkIndex(dir, [
    `${base}/ok.csv`,
    `${base}/sin-head.pdf`,
    '2026/10/06-presupuesto.pdf',
  ]);
  const good = await run(['check-links', ok, '--lang', 'en']);
  assert.equal(good.code, 0);
  assert.equal(good.out, '3 links checked, 0 broken.');
});

test('the bin runs, usage and errors', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [bin.pathname, '--help']);
  assert.match(stdout, /minga-transparency build <carpeta>/);
  const r = await run(['borrar']);
  assert.equal(r.code, 2);
  assert.match(r.err, /Orden desconocida: «borrar»/);
  assert.equal((await run(['build', '/no/existe'])).code, 2);
  assert.equal((await run(['check-links', '/no/existe.json'])).code, 2);
  const dir = copy();
  writeFileSync(join(dir, 'roto.json'), '{ no');
  const broken = await run(['check-links', join(dir, 'roto.json')]);
  assert.equal(broken.code, 2);
  assert.match(broken.err, /no es un JSON válido/);
});

test('check-text: descriptions and justifications that are hard to read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'minga-transparencia-'));
  dirs.push(dir);
  const path = join(dir, 'index.json');
  const index = {
    months: [
      {
        month: '2026-10',
        entries: [
          {
            numeral: 3,
            state: 'published',
            files: [
              {
                url: 'remuneraciones.csv',
                format: 'csv',
                description: 'Lo que gana cada puesto en octubre. Hay una fila por persona.',
              },
            ],
          },
          {
            numeral: 15,
            state: 'not-applicable',
            files: [],
            justification:
              'En virtud de lo dispuesto en la normativa correspondiente a la administración descentralizada, la implementación de contrataciones colectivas institucionales requiere consideraciones presupuestarias extraordinarias.',
          },
        ],
      },
    ],
  };
  writeFileSync(path, JSON.stringify(index));
  const r = await run(['check-text', path]);
  assert.equal(r.code, 1);
  assert.match(r.out, /2026-10, numeral 15: difícil de leer, -?[\d,]+ \(muy difícil\): «En virtud/);
  assert.match(
    r.out,
    /«En virtud de lo dispuesto en»: Expresión administrativa\. Escriba más sencillo: «según»\./,
  );
  assert.doesNotMatch(r.out, /numeral 3/);
  assert.match(r.out, /2 textos revisados; 1 por debajo del nivel «algo-dificil»\./);
  const lenient = await run(['check-text', path, '--level', 'muy-dificil', '--lang', 'en']);
  assert.equal(lenient.code, 0);
  assert.match(lenient.out, /2 texts checked; 0 below the level "muy-dificil"\./);
  const bad = await run(['check-text', path, '--level', 'facil']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /El nivel «facil» no existe/);
  assert.equal((await run(['check-text', join(dir, 'no-existe.json')])).code, 2);
});
