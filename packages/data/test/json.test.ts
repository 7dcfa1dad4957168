import { expect } from '@minga/test-utils';
import { loadTable } from '../src/index.js';
import { day, fixture, utc } from './helpers.js';

describe('JSON and objects', () => {
  it('an array of objects', async () => {
    const t = await loadTable(fixture('contratos.json'));
    expect(t.meta.format).to.equal('json');
    expect(t.columns.map((c) => [c.key, c.type])).to.deep.equal([
      ['proceso', 'text'],
      ['proveedor', 'text'],
      ['monto', 'currency'],
      ['fecha', 'date'],
      ['finalizado', 'boolean'],
      ['enlace', 'url'],
      ['observacion', 'text'],
    ]);
    expect(t.rows[0]).to.deep.equal([
      'RE-2025-001',
      'Comercial Loja',
      1500.5,
      day(2025, 3, 5),
      true,
      'https://gad.example.ec/p/1',
      null,
    ]);
    expect(t.rows[2]).to.deep.equal([
      'RE-2025-003',
      'Información Ñan',
      null,
      day(2025, 6, 30),
      false,
      null,
      'sin monto',
    ]);
  });

  it('{ data: [...] } with strings typed like CSV cells (decimal option)', async () => {
    const t = await loadTable(fixture('contratos-data.json'), { decimal: ',' });
    expect(t.columns.map((c) => c.type)).to.deep.equal(['text', 'currency', 'date']);
    expect(t.rows).to.deep.equal([
      ['RE-2025-001', 1500.5, day(2025, 3, 5)],
      ['RE-2025-002', 2750, day(2025, 4, 17)],
    ]);
  });

  it("CKAN's { success, result: { records, fields } }", async () => {
    const t = await loadTable(fixture('ckan-datastore.json'));
    expect(t.columns.map((c) => [c.key, c.type])).to.deep.equal([
      ['parroquia', 'text'],
      ['habitantes', 'integer'],
      ['presupuesto', 'number'],
      ['actualizado', 'datetime'],
      ['corte', 'date'],
      ['rural', 'boolean'],
    ]);
    expect(t.rows).to.deep.equal([
      ['Cumandá', 12500, 1234567.89, utc(2026, 1, 10, 14), day(2025, 12, 31), false],
      ['Buena Fe', 8200, 450000.5, utc(2026, 1, 11, 21, 45), day(2025, 12, 31), true],
    ]);
  });

  it('already-parsed objects, and text given as a string', async () => {
    const t = await loadTable([
      { parroquia: 'Cumandá', habitantes: 12500, corte: new Date(Date.UTC(2025, 11, 31)) },
      { parroquia: 'Buena Fe', habitantes: 8200, corte: new Date(Date.UTC(2025, 11, 30)) },
    ]);
    expect(t.meta.format).to.equal('objects');
    expect(t.columns.map((c) => c.type)).to.deep.equal(['text', 'integer', 'date']);
    const csv = await loadTable('parroquia;habitantes\nCumandá;12.500\n');
    expect(csv.rows).to.deep.equal([['Cumandá', 12500]]);
    expect(csv.meta.source).to.equal('text');
    const json = await loadTable('[{"a": 1}]');
    expect(json.rows).to.deep.equal([[1]]);
    const explicit = await loadTable({ text: 'data.csv' }, { headerRow: 'none' });
    expect(explicit.rows).to.deep.equal([['data.csv']]);
  });

  it('a Frictionless data package types the columns from its Table Schema', async () => {
    const t = await loadTable(fixture('datapackage/datapackage.json'));
    expect(t.meta.delimiter).to.equal(';');
    expect(t.columns.map((c) => [c.key, c.label, c.type])).to.deep.equal([
      ['codigo', 'Código', 'text'],
      ['monto', 'monto', 'number'],
      ['votos', 'votos', 'integer'],
      ['aprobado', 'aprobado', 'boolean'],
      ['inicio', 'inicio', 'date'],
      ['contacto', 'contacto', 'email'],
      ['barrio', 'barrio', 'text'],
    ]);
    expect(t.rows).to.deep.equal([
      ['007', 12500, 340, true, day(2026, 2, 1), 'barrio.norte@example.ec', 'Norte'],
      ['008', null, 120, false, day(2026, 3, 15), 'sur@example.ec', 'Sur'],
    ]);
  });

  it('a schema option types a CSV', async () => {
    const t = await loadTable(fixture('contratos-utf8.csv'), {
      schema: { fields: [{ name: 'codigo_postal', type: 'integer' }] },
    });
    expect(t.columns[5]!.type).to.equal('integer');
    expect(t.rows[0]![5]).to.equal(90150);
  });
});
