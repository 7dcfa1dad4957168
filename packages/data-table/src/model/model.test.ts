import { expect } from '@minga/test-utils';
import { computeView, SearchIndex, searchWords, Sorter, type Column, type Row } from '@minga/data';
import { matchRanges, queryWords } from './fold.js';
import { compileFilters, isEmptyFilter } from './filter.js';
import { distinctValues, filterKind } from './checklist.js';
import { neutralizeFormula, toCsv, toJson } from './export.js';
import { readState, writeState } from './url-state.js';

const col = (key: string, type: Column['type'], index: number): Column => ({
  key,
  label: key,
  type,
  index,
});
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('highlighting', () => {
  it('finds match ranges in the original text', () => {
    expect(matchRanges('Información pública', ['informacion'])).to.deep.equal([[0, 11]]);
    expect(matchRanges('El niño y la NIÑA', ['nin'])).to.deep.equal([
      [3, 6],
      [13, 16],
    ]);
    expect(matchRanges('abc', [])).to.deep.equal([]);
    expect(matchRanges('aaa', ['a', 'aa'])).to.deep.equal([[0, 3]]);
    expect(matchRanges('👍 café', ['cafe'])).to.deep.equal([[3, 7]]);
    expect(queryWords('  Agua   POTABLE ')).to.deep.equal(['agua', 'potable']);
  });
});

describe('filters and search', () => {
  const columns = [
    col('name', 'text', 0),
    col('amount', 'currency', 1),
    col('date', 'date', 2),
    col('kind', 'text', 3),
    col('rate', 'percent', 4),
  ];
  const rows: Row[] = [
    ['Construcción de vía', 1234.5, day('2026-03-01'), 'Obra', 0.125],
    ['Niños y niñas', 99, day('2026-03-31'), 'Servicio', 0.5],
    ['Información pública', 100000, day('2025-12-31'), 'Servicio', null],
    ['Agua potable', null, null, '', 1],
  ];

  it('chooses the filter by type and distinct values', () => {
    expect(filterKind(columns[0]!, 200)).to.equal('text');
    expect(filterKind(columns[3]!, 3)).to.equal('values');
    expect(filterKind(columns[1]!, 4)).to.equal('range');
    expect(filterKind(columns[2]!, 4)).to.equal('dates');
    expect(isEmptyFilter({ kind: 'text', contains: '  ' })).to.equal(true);
    expect(isEmptyFilter({ kind: 'range', min: 0 })).to.equal(false);
  });

  it('filters text, ranges (inclusive), dates (inclusive) and values', () => {
    const run = (filters: Parameters<typeof compileFilters>[0]) => {
      const test = compileFilters(filters, columns)!;
      return rows.filter(test).map((r) => r[0]);
    };
    expect(compileFilters({}, columns)).to.equal(null);
    expect(run({ name: { kind: 'text', contains: 'NINOS' } })).to.deep.equal(['Niños y niñas']);
    expect(run({ amount: { kind: 'range', min: 99, max: 1234.5 } })).to.deep.equal([
      'Construcción de vía',
      'Niños y niñas',
    ]);
    expect(run({ amount: { kind: 'range', min: 1000 } })).to.deep.equal([
      'Construcción de vía',
      'Información pública',
    ]);
    expect(run({ date: { kind: 'dates', from: '2026-03-01', to: '2026-03-31' } })).to.deep.equal([
      'Construcción de vía',
      'Niños y niñas',
    ]);
    expect(run({ kind: { kind: 'values', values: ['Servicio', ''] } })).to.deep.equal([
      'Niños y niñas',
      'Información pública',
      'Agua potable',
    ]);
    expect(run({ rate: { kind: 'range', min: 0.5 } })).to.deep.equal([
      'Niños y niñas',
      'Agua potable',
    ]);
    expect(distinctValues(rows, columns[3]!)).to.deep.equal([
      { value: 'Servicio', count: 2 },
      { value: '', count: 1 },
      { value: 'Obra', count: 1 },
    ]);
  });

  it('combines the sorted order, filters and search', () => {
    const sorter = new Sorter(rows, columns);
    const index = new SearchIndex(rows, columns);
    const order = sorter.order([{ column: 'amount', direction: 'desc' }]);
    const filter = compileFilters({ kind: { kind: 'values', values: ['Servicio'] } }, columns);
    expect(Array.from(computeView(rows, order, filter, null))).to.deep.equal([2, 1]);
    const mask = index.search(searchWords('publica'));
    expect(Array.from(computeView(rows, order, filter, mask))).to.deep.equal([2]);
    // Every word must match, each in any column.
    expect(Array.from(index.search(searchWords('servicio publica')))).to.deep.equal([0, 0, 1, 0]);
  });
});

describe('export', () => {
  const columns = [
    col('Nombre', 'text', 0),
    col('Monto', 'currency', 1),
    col('Fecha', 'date', 2),
    col('Activo', 'boolean', 3),
  ];
  const rows: Row[] = [
    ['=HYPERLINK("http://x","y")', -5.5, day('2026-03-01'), true],
    ['Dice "hola", y ya', 1234.5, null, false],
    ['+593 99 123', null, day('2025-12-31'), null],
    ['línea 1\nlínea 2', 0, null, null],
  ];

  it('neutralizes formulas in text cells only', () => {
    expect(neutralizeFormula('=1+1')).to.equal("'=1+1");
    expect(neutralizeFormula('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(neutralizeFormula('\tx')).to.equal("'\tx");
    expect(neutralizeFormula('hola')).to.equal('hola');
  });

  it('writes CSV with a BOM, CRLF, quoting, plain numbers and ISO dates, in view order', () => {
    const csv = toCsv(columns, rows, [1, 0, 2, 3]);
    expect(csv.startsWith('\ufeff')).to.equal(true);
    expect(csv.slice(1).split('\r\n')).to.deep.equal([
      'Nombre,Monto,Fecha,Activo',
      '"Dice ""hola"", y ya",1234.5,,false',
      `"'=HYPERLINK(""http://x"",""y"")",-5.5,2026-03-01,true`,
      "'+593 99 123,,2025-12-31,",
      '"línea 1\nlínea 2",0,,',
      '',
    ]);
    expect(toCsv(columns, rows, [1], { delimiter: ';', bom: false })).to.equal(
      'Nombre;Monto;Fecha;Activo\r\n"Dice ""hola"", y ya";1234.5;;false\r\n',
    );
  });

  it('quotes , ; tab and line breaks whatever the delimiter (Excel in es-EC splits on ;)', () => {
    const text = [col('Nombre', 'text', 0)];
    const cells: Row[] = [['a;=1+1'], ['a,b'], ['a\tb'], ['-1;x'], ['Cuenca']];
    for (const delimiter of [',', ';', '\t']) {
      expect(
        toCsv(text, cells, [0, 1, 2, 3, 4], { delimiter, bom: false }).split('\r\n'),
      ).to.deep.equal(['Nombre', '"a;=1+1"', '"a,b"', '"a\tb"', `"'-1;x"`, 'Cuenca', '']);
    }
  });

  it('writes JSON records with plain values', () => {
    expect(JSON.parse(toJson(columns, rows, [0]))).to.deep.equal([
      { Nombre: '=HYPERLINK("http://x","y")', Monto: -5.5, Fecha: '2026-03-01', Activo: true },
    ]);
  });
});

describe('URL state', () => {
  it('round-trips state under a prefix and leaves other parameters alone', () => {
    const params = new URLSearchParams('lang=es&otra.q=x');
    writeState(
      params,
      'contratos',
      {
        query: 'agua potable',
        sort: [
          { column: 'Monto', direction: 'desc' },
          { column: 'a:b', direction: 'asc' },
        ],
        filters: {
          Monto: { kind: 'range', min: 100, max: null },
          Fecha: { kind: 'dates', from: '2026-01-01', to: '2026-03-31' },
          Tipo: { kind: 'values', values: ['Obra', 'Servicio, otros'] },
          Nombre: { kind: 'text', contains: 'vía' },
        },
        page: 3,
        pageSize: 50,
      },
      { pageSize: 25 },
    );
    expect(params.get('lang')).to.equal('es');
    expect(params.get('otra.q')).to.equal('x');
    expect(readState(params, 'contratos')).to.deep.equal({
      query: 'agua potable',
      sort: [
        { column: 'Monto', direction: 'desc' },
        { column: 'a:b', direction: 'asc' },
      ],
      filters: {
        Monto: { kind: 'range', min: 100, max: null },
        Fecha: { kind: 'dates', from: '2026-01-01', to: '2026-03-31' },
        Tipo: { kind: 'values', values: ['Obra', 'Servicio, otros'] },
        Nombre: { kind: 'text', contains: 'vía' },
      },
      page: 3,
      pageSize: 50,
    });
  });

  it('ignores malformed values', () => {
    const params = new URLSearchParams(
      't.orden=x:sideways&t.pagina=-2&t.filas=abc&t.f.a=zz&t.f.b=v:[oops',
    );
    expect(readState(params, 't')).to.deep.equal({ sort: [] });
  });
});
