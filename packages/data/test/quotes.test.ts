// Quotes in the wrong place (hand-edited CSVs) never swallow rows: the cases of issue 18, in
// the worker and on the main thread, and a property test over tables written the way Excel and
// LibreOffice write them (see csv-writer.ts).
import fc from 'fast-check';
import { expect } from '@minga/test-utils';
import { loadTable } from '../src/index.js';
import type { LoadedTable } from '../src/index.js';
import { SEED, applyEdits, arbitraryCsvFile, arbitraryEdits, expectedRows } from './csv-writer.js';

const both = async (text: string, options = {}): Promise<LoadedTable> => {
  const file = new File([text], 'editado.csv', { type: 'text/csv' });
  const inWorker = await loadTable(file, { worker: true, ...options });
  const onMain = await loadTable({ text }, { worker: false, ...options });
  expect(inWorker.rows).to.deep.equal(onMain.rows);
  expect(inWorker.meta.warnings).to.deep.equal(onMain.meta.warnings);
  return inWorker;
};
/** Every column as text (no type inference): the cells come back as written. */
const asText = (header: string[]) =>
  Object.fromEntries(header.map((_, i) => [String(i), { type: 'text' as const }]));
const codes = (t: LoadedTable) => t.meta.warnings.map((w) => w.code);
const firstCells = (t: LoadedTable) => t.rows.map((r) => r[0]);

describe('quotes in the wrong place', () => {
  it('a formula with quotes and a comma in an unquoted cell keeps every row', async () => {
    const t = await both(
      [
        'id,nombre,enlace,valor',
        '1,Parque,https://a.example,10',
        '2,Mercado,https://b.example,20',
        '3,=HYPERLINK("http://x.example","clic"),https://c.example,30',
        '4,Plaza,https://d.example,40',
        '5,Iglesia,https://e.example,50',
      ].join('\n'),
    );
    expect(t.rows).to.have.length(5);
    expect(firstCells(t)).to.deep.equal([1, 2, 3, 4, 5]);
    // As Excel and LibreOffice read it: text after the closing quote stays in the cell.
    expect(t.rows[2]!.slice(0, 3)).to.deep.equal([3, '=HYPERLINK("http://x.example"', 'clic)']);
    const extra = t.meta.warnings.find((w) => w.code === 'extra-values');
    expect(extra?.rows).to.deep.equal([2]);
    expect(codes(t)).not.to.include('short-rows');
  });

  it('a quote opened and never closed is read as text, and the line is named', async () => {
    const t = await both(
      [
        'id,nombre,valor',
        '1,Uno,10',
        '2,Dos,20',
        '3,Tres,30',
        '4,"Sin cierre,30',
        '5,Cinco,50',
      ].join('\r\n'),
    );
    expect(firstCells(t)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(t.rows[3]).to.deep.equal([4, '"Sin cierre', 30]);
    const warning = t.meta.warnings.find((w) => w.code === 'unclosed-quote');
    expect(warning?.message).to.equal(
      'Línea 5: una comilla se abre y no se cierra; se leyó como texto.',
    );
    const en = await loadTable({ text: 'a,b\n1,"x\n2,y' }, { worker: false, lang: 'en' });
    expect(en.meta.warnings.map((w) => w.message)).to.include(
      'Line 2: a quote opens and never closes; it was read as text.',
    );
  });

  it('a quote inside an unquoted cell is text', async () => {
    const t = await both('dirección;número\nAv. "La Loma" 12;1\nCalle "B";2\n');
    expect(t.rows).to.deep.equal([
      ['Av. "La Loma" 12', 1],
      ['Calle "B"', 2],
    ]);
    expect(t.meta.warnings).to.deep.equal([]);
  });

  it('a quote that closes lines later with text after it opened nothing', async () => {
    const t = await both('id,nota,valor\n2,"Sin cierre,20\n3,"Otra",30\n4,Bien,40\n');
    expect(t.rows).to.deep.equal([
      [2, '"Sin cierre', 20],
      [3, 'Otra', 30],
      [4, 'Bien', 40],
    ]);
    expect(t.meta.warnings.map((w) => w.message)).to.deep.equal([
      'Línea 2: una comilla se abre y no se cierra; se leyó como texto.',
    ]);
  });

  it('a quoted cell over more than 100 lines is read as text', async () => {
    const lines = ['id,nota,valor', '1,"abre,10'];
    for (let i = 2; i <= 130; i++) lines.push(`${i},fila ${i},${i * 10}`);
    lines.push('131,"",""', '132,",",5');
    // The quote of line 2 would close on line 133, 131 lines later.
    const t = await both(lines.join('\n'));
    expect(firstCells(t)).to.deep.equal(Array.from({ length: 132 }, (_, i) => i + 1));
    expect(t.rows[131]).to.deep.equal([132, ',', 5]);
    expect(t.meta.warnings.map((w) => w.message)).to.deep.equal([
      'Línea 2: una comilla se abre y no se cierra; se leyó como texto.',
    ]);
  });

  it('a quoted cell that spans lines and holds rows is kept, with a warning', async () => {
    const t = await both('id,nota,valor\n1,"abre,10\n2,x,20\n3,",",30\n');
    expect(t.rows).to.have.length(1);
    expect(t.meta.warnings.map((w) => w.message)).to.include(
      'Línea 2: una celda entre comillas ocupa varias líneas. Revise que no falten filas.',
    );
  });

  it('quoted cells with line breaks, quotes and delimiters load whole; a cell over lines is named', async () => {
    const t = await both(
      'id,nota\r\n1,"Obra entregada.\r\nPendiente: acta ""definitiva"""\r\n2,"a, b"\r\n',
    );
    expect(t.rows).to.deep.equal([
      [1, 'Obra entregada.\r\nPendiente: acta "definitiva"'],
      [2, 'a, b'],
    ]);
    // A line break inside quotes cannot be told from a swallowed row: it is named, nothing else.
    expect(t.meta.warnings.map((w) => w.message)).to.deep.equal([
      'Línea 2: una celda entre comillas ocupa varias líneas. Revise que no falten filas.',
    ]);
  });
});

describe('CSV written by Excel and LibreOffice (property)', () => {
  it('loads back the same rows, in the worker and on the main thread', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryCsvFile(), async (file) => {
        runs++;
        const worker = runs % 10 === 0;
        const t = await loadTable(new Blob([file.bytes]), {
          worker,
          delimiter: file.delimiter,
          encoding: file.encoding,
          headerRow: 0,
          columns: asText(file.header),
        });
        expect(t.columns.map((c) => c.label)).to.deep.equal(file.header);
        expect(t.rows).to.deep.equal(expectedRows(file.rows));
      }),
      { numRuns: 400, timeout: 5000, seed: SEED },
    );
    expect(runs).to.equal(400);
  });

  it('an edit (a quote or delimiter inserted or deleted) never throws, hangs or loses a row silently', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryCsvFile('utf-8'), arbitraryEdits(), async (file, edits) => {
        runs++;
        const text = applyEdits(file.text, file.delimiter, edits);
        const t = await loadTable(
          { text },
          { worker: false, delimiter: file.delimiter, headerRow: 0, columns: asText(file.header) },
        );
        if (t.rows.length < file.rows.length) expect(t.meta.warnings).not.to.deep.equal([]);
      }),
      { numRuns: 600, timeout: 5000, seed: SEED },
    );
    expect(runs).to.equal(600);
  });
});
