// Node tests of the CSV engine (DOM-free, as the request service and scripts use it): the
// hand-edited files of issue 18, the same rows whatever the chunks, and the property tests
// with more cases than the browser runs. Run with `node --test test/node/` (part of `npm test`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';

const here = fileURLToPath(new URL('.', import.meta.url));
const cache = join(here, '../../node_modules/.cache');
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(join(cache, 'csv-'));
await build({
  entryPoints: [join(here, '../../src/csv.ts'), join(here, '../csv-writer.ts')],
  outdir: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
const { CsvEngine, parseCsvText } = await import(pathToFileURL(join(out, 'src/csv.js')).href);
const { SEED, applyEdits, arbitraryCsvFile, arbitraryEdits, expectedRows } = await import(
  pathToFileURL(join(out, 'test/csv-writer.js')).href
);
rmSync(out, { recursive: true, force: true });

const asText = (header) => Object.fromEntries(header.map((_, i) => [String(i), { type: 'text' }]));

/** Rows and warnings with the text pushed in pieces of `size` characters. */
function inPieces(text, size, options) {
  const rows = [];
  const engine = new CsvEngine({ ...options, firstBatch: 1, batchSize: 1 }, (batch) =>
    rows.push(...batch),
  );
  for (let i = 0; i < text.length; i += size) engine.push(text.slice(i, i + size));
  const summary = engine.end();
  for (const row of rows) while (row.length < summary.columns.length) row.push(null);
  return { rows, warnings: summary.warnings };
}

test('a formula with quotes and a comma keeps every row (extra-values names it)', () => {
  const text = [
    'id,nombre,enlace,valor',
    '1,Parque,https://a.example,10',
    '2,Mercado,https://b.example,20',
    '3,=HYPERLINK("http://x.example","clic"),https://c.example,30',
    '4,Plaza,https://d.example,40',
    '5,Iglesia,https://e.example,50',
  ].join('\r\n');
  const { rows, summary } = parseCsvText(text);
  assert.deepEqual(
    rows.map((r) => r[0]),
    [1, 2, 3, 4, 5],
  );
  assert.deepEqual(rows[2].slice(0, 3), [3, '=HYPERLINK("http://x.example"', 'clic)']);
  assert.deepEqual(
    summary.warnings.find((w) => w.code === 'extra-values'),
    { code: 'extra-values', count: 1, rows: [2] },
  );
});

test('an unclosed quote is read as text and its line reported', () => {
  const text = 'id,nombre,valor\n1,Uno,10\n2,Dos,20\n3,Tres,30\n4,"Sin cierre,30\n5,Cinco,50\n';
  const { rows, summary } = parseCsvText(text);
  assert.deepEqual(rows[3], [4, '"Sin cierre', 30]);
  assert.equal(rows.length, 5);
  assert.deepEqual(summary.warnings, [
    { code: 'unclosed-quote', count: 1, params: { lines: '5' } },
  ]);
  for (const size of [1, 2, 3, 7]) assert.deepEqual(inPieces(text, size, {}).rows, rows, `${size}`);
});

test('property: files as Excel and LibreOffice write them load back the same rows', () => {
  let runs = 0;
  fc.assert(
    fc.property(arbitraryCsvFile('utf-8'), fc.integer({ min: 1, max: 9 }), (file, size) => {
      runs++;
      const options = { delimiter: file.delimiter, headerRow: 0, columns: asText(file.header) };
      const { rows, summary } = parseCsvText(file.text, options);
      assert.deepEqual(
        summary.columns.map((c) => c.label),
        file.header,
      );
      assert.deepEqual(rows, expectedRows(file.rows));
      // A cell with a line as full as a row gets a notice, never another warning.
      assert.deepEqual(
        summary.warnings.filter((w) => w.code !== 'multiline-cells'),
        [],
      );
      assert.deepEqual(inPieces(file.text, size, options).rows, rows);
    }),
    { numRuns: 2000, seed: SEED },
  );
  console.log(`round trip: ${runs} cases`);
});

test('property: an edit never throws, hangs or loses a row without a warning', () => {
  let runs = 0;
  fc.assert(
    fc.property(
      arbitraryCsvFile('utf-8'),
      arbitraryEdits(),
      fc.integer({ min: 1, max: 9 }),
      (file, edits, size) => {
        runs++;
        const text = applyEdits(file.text, file.delimiter, edits);
        const options = { delimiter: file.delimiter, headerRow: 0, columns: asText(file.header) };
        const { rows, summary } = parseCsvText(text, options);
        if (rows.length < file.rows.length) assert.notDeepEqual(summary.warnings, []);
        const pieces = inPieces(text, size, options);
        assert.deepEqual(pieces.rows, rows);
        assert.deepEqual(pieces.warnings, summary.warnings);
      },
    ),
    { numRuns: 5000, timeout: 2000, seed: SEED },
  );
  console.log(`one edit: ${runs} cases`);
});

// Two quotes can make a well-formed quoted cell over two rows (Excel reads one cell too):
// with several edits, only "never throws, never hangs, the same in any chunks" holds.
test('property: several edits never throw or hang, and read the same in any chunks', () => {
  let runs = 0;
  fc.assert(
    fc.property(
      arbitraryCsvFile('utf-8'),
      arbitraryEdits(4),
      fc.integer({ min: 1, max: 9 }),
      (file, edits, size) => {
        runs++;
        const text = applyEdits(file.text, file.delimiter, edits);
        const options = { delimiter: file.delimiter, headerRow: 0 };
        const { rows, summary } = parseCsvText(text, options);
        const pieces = inPieces(text, size, options);
        assert.deepEqual(pieces.rows, rows);
        assert.deepEqual(pieces.warnings, summary.warnings);
      },
    ),
    { numRuns: 3000, timeout: 2000, seed: SEED },
  );
  console.log(`several edits: ${runs} cases`);
});

test('a quote that closes in the first cell of the next line is named, however few delimiters it holds', () => {
  // `1,abc,20` got a quote before `abc`; the next line's first cell `xy"` (a quote that is
  // text in an unquoted cell) closed it: two lines became one row of three cells.
  const { rows, summary } = parseCsvText('a,b,c\n1,"abc,20\nxy",30\n', { headerRow: 0 });
  assert.deepEqual(rows, [[1, 'abc,20\nxy', 30]]);
  assert.deepEqual(summary.warnings, [
    { code: 'multiline-cells', count: 1, params: { lines: '2' } },
  ]);
});

test('a row of quoted empty cells is a row; a quoted cell ending with its line break is noted', () => {
  const empty = parseCsvText('a,b\n1,x\n"",""\n2,y\n', { headerRow: 0 });
  assert.deepEqual(empty.rows, [
    [1, 'x'],
    [null, null],
    [2, 'y'],
  ]);
  // `3,"Dato 4` lost its closing quote; the next line's first cell `","` closed it.
  const merged = parseCsvText('a,b,c\n3,"Dato 4\n",",x\n', { headerRow: 0 });
  assert.equal(merged.rows.length, 1);
  assert.deepEqual(
    merged.summary.warnings.find((w) => w.code === 'multiline-cells'),
    {
      code: 'multiline-cells',
      count: 1,
      params: { lines: '2' },
    },
  );
});
