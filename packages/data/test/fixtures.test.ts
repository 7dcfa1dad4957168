// One test per nasty real-world case (see fixtures/README.md): decoded text and typed values,
// exactly, through loadTable on a URL (the worker path).
import { expect } from '@minga/test-utils';
import { DataError, loadTable, safeUrl } from '../src/index.js';
import { day, fixture, utc } from './helpers.js';

const load = (name: string, options = {}) => loadTable(fixture(name), options);
const types = (t: { columns: { type: string }[] }) => t.columns.map((c) => c.type);
const keys = (t: { columns: { key: string }[] }) => t.columns.map((c) => c.key);

describe('fixtures', () => {
  it('UTF-8 with BOM, ";" and decimal comma', async () => {
    const t = await load('contratos-utf8-bom.csv');
    expect(t.meta).to.include({ encoding: 'utf-8', delimiter: ';', decimal: ',', format: 'csv' });
    expect(keys(t)).to.deep.equal([
      'Código',
      'Objeto de contratación',
      'Proveedor',
      'Monto adjudicado',
      'Fecha de adjudicación',
    ]);
    expect(types(t)).to.deep.equal(['text', 'text', 'text', 'currency', 'date']);
    expect(t.rows).to.deep.equal([
      [
        'SIE-GADMSI-2025-001',
        'Adquisición de útiles de oficina',
        'Papelería Andina S.A.',
        12345.67,
        day(2025, 3, 5),
      ],
      [
        'MCO-GADMSI-2025-002',
        'Mantenimiento del parque central',
        'Construcciones Ñandú Cía. Ltda.',
        1234567.89,
        day(2025, 4, 17),
      ],
      [
        'IC-GADMSI-2025-003',
        'Información y señalética turística',
        'Señales del Austro',
        980,
        day(2025, 6, 30),
      ],
    ]);
    expect(t.meta.warnings).to.deep.equal([]);
  });

  it('UTF-8 without BOM, "," and decimal dot; identifiers with leading zeros stay text', async () => {
    const t = await load('contratos-utf8.csv');
    expect(t.meta).to.include({ encoding: 'utf-8', delimiter: ',', decimal: '.' });
    expect(types(t)).to.deep.equal(['text', 'text', 'text', 'currency', 'date', 'text']);
    expect(t.rows).to.deep.equal([
      [
        'COTO-2025-010',
        'Vías y Puentes, Cía. Ltda.',
        '0991234567001',
        1234567.89,
        day(2025, 1, 15),
        '090150',
      ],
      ['COTO-2025-011', 'Electro Cumandá', '1712345678001', 2500.5, day(2025, 2, 1), '170150'],
      [
        'COTO-2025-012',
        'Asociación "Manos Unidas"',
        '0601234567001',
        -1234,
        day(2025, 12, 31),
        '060101',
      ],
    ]);
  });

  it('Windows-1252 (no mojibake)', async () => {
    const t = await load('remuneraciones-windows-1252.csv');
    expect(t.meta.encoding).to.equal('windows-1252');
    expect(keys(t)).to.deep.equal([
      'Cargo',
      'Dirección',
      'Remuneración mensual',
      'Número de servidores',
    ]);
    expect(types(t)).to.deep.equal(['text', 'text', 'currency', 'integer']);
    expect(t.rows[0]).to.deep.equal([
      'Analista de Información',
      'Dirección de Planificación',
      1212,
      3,
    ]);
    expect(t.rows[1]).to.deep.equal(['Técnico de Obras Públicas', 'Dirección de Obras', 986.5, 12]);
    expect(t.rows[2]).to.deep.equal(['Guardalmacén', 'Dirección Financiera', 817, 1]);
    expect(t.meta.warnings.map((w) => w.code)).to.deep.equal(['encoding-fallback']);
    expect(t.meta.warnings[0]!.message).to.equal(
      'El archivo no está en UTF-8: se leyó como Windows-1252 (Excel en Windows).',
    );
    expect(JSON.stringify(t)).not.to.contain('Ã');
  });

  it('UTF-16LE with BOM, tab-delimited, percentages as fractions', async () => {
    const t = await load('presupuesto-utf16le.txt');
    expect(t.meta).to.include({ encoding: 'utf-16le', delimiter: '\t', decimal: ',' });
    expect(keys(t)).to.deep.equal([
      'Partida',
      'Descripción',
      'Codificado',
      'Devengado',
      'Ejecución',
    ]);
    expect(types(t)).to.deep.equal(['integer', 'text', 'currency', 'currency', 'percent']);
    expect(t.rows).to.deep.equal([
      [510105, 'Remuneraciones unificadas', 1500000, 1125000.5, 0.75],
      [730204, 'Edición, impresión y publicación', 20000, 2500, 0.125],
      [750105, 'Transporte y vías (Ñuñoa)', 350000, 0, 0],
    ]);
  });

  it('"|" delimiter, e-mails, URLs and sí/no', async () => {
    const t = await load('proveedores-pipe.csv');
    expect(t.meta.delimiter).to.equal('|');
    expect(types(t)).to.deep.equal(['text', 'text', 'email', 'url', 'boolean']);
    expect(t.rows).to.deep.equal([
      [
        '0990000001001',
        'Ferretería El Cóndor',
        'ventas@elcondor.example.ec',
        'https://elcondor.example.ec',
        true,
      ],
      [
        '1790000002001',
        'Imprenta La Mitad',
        'contacto@lamitad.example.ec',
        'http://lamitad.example.ec/catalogo?x=1',
        false,
      ],
      ['0190000003001', 'Servicios Ñan', 'info@nan.example.ec', 'https://nan.example.ec', true],
    ]);
  });

  it('";" with decimal comma, thousands dots, negatives, dollars and percentages', async () => {
    const t = await load('presupuesto-decimal-coma.csv');
    expect(t.meta).to.include({ delimiter: ';', decimal: ',' });
    expect(types(t)).to.deep.equal(['text', 'currency', 'number', 'percent', 'currency']);
    expect(t.rows).to.deep.equal([
      ['Agua potable', 1234567.89, -1234.5, 0.125, -1000],
      ['Vialidad', 980000, 25000, 1, 0],
      ['Cultura', 45500.1, 0, 0.0725, 1234.56],
    ]);
  });

  it('dd/mm/yyyy and ISO dates; date-times with and without offset (Ecuador time)', async () => {
    const t = await load('fechas.csv');
    expect(types(t)).to.deep.equal(['text', 'date', 'date', 'datetime', 'datetime']);
    expect(t.columns[1]!.dateOrder).to.equal('dmy');
    expect(t.rows).to.deep.equal([
      [
        'Solicitud 001',
        day(2026, 3, 5),
        day(2026, 3, 20),
        utc(2026, 3, 5, 15),
        utc(2026, 3, 5, 19, 30),
      ],
      [
        'Solicitud 002',
        day(2025, 12, 31),
        day(2026, 1, 9),
        utc(2026, 3, 6, 15, 30),
        utc(2026, 3, 6, 14),
      ],
      [
        'Solicitud 003',
        day(2026, 2, 1),
        day(2026, 2, 15),
        utc(2026, 3, 7, 13, 15),
        utc(2026, 3, 7, 23, 45),
      ],
    ]);
  });

  it('title and notes above the header are skipped, and said so', async () => {
    const t = await load('titulo-y-notas.csv');
    expect(t.meta.headerRow).to.equal(2);
    expect(t.meta.skippedLines).to.deep.equal([
      'GAD Municipal de San Isidro (ficticio) - Contratos 2025',
      'Fuente: Dirección Financiera. Corte al 31/12/2025',
    ]);
    expect(keys(t)).to.deep.equal(['Proceso', 'Proveedor', 'Monto', 'Plazo (días)']);
    expect(types(t)).to.deep.equal(['text', 'text', 'currency', 'integer']);
    expect(t.rows).to.deep.equal([
      ['P-001', 'Comercial Loja', 1500, 30],
      ['P-002', 'Servicios Chimborazo', 2750.25, 45],
    ]);
    expect(t.meta.warnings).to.deep.equal([
      {
        code: 'skipped-lines',
        count: 2,
        message: 'Se omitieron 2 líneas de título o notas antes de los nombres de las columnas.',
      },
    ]);
  });

  it('headerRow overrides the guess', async () => {
    const t = await load('titulo-y-notas.csv', { headerRow: 0 });
    expect(t.columns[0]!.key).to.equal('GAD Municipal de San Isidro (ficticio) - Contratos 2025');
    expect(t.meta.skippedLines).to.deep.equal([]);
  });

  it('duplicate and empty headers become unique, readable names', async () => {
    const t = await load('encabezados-duplicados.csv');
    expect(keys(t)).to.deep.equal(['Partida', 'Monto', 'column_3', 'Monto (2)', 'Monto (3)']);
    expect(t.columns.map((c) => c.label)).to.deep.equal([
      'Partida',
      'Monto',
      'Columna 3',
      'Monto (2)',
      'Monto (3)',
    ]);
    expect(types(t)).to.deep.equal(['integer', 'currency', 'text', 'currency', 'currency']);
    expect(t.rows[0]).to.deep.equal([510105, 100, 'nota a', 200, 300]);
    expect(t.meta.warnings.map((w) => [w.code, w.count])).to.deep.equal([['renamed-columns', 2]]);
    const en = await load('encabezados-duplicados.csv', { lang: 'en' });
    expect(en.columns[2]!.label).to.equal('Column 3');
    expect(en.columns[2]!.key).to.equal('column_3');
  });

  it('ragged rows: short ones padded, long ones kept in extra columns, both reported', async () => {
    const t = await load('filas-irregulares.csv');
    expect(keys(t)).to.deep.equal(['Nombre', 'Cargo', 'Sueldo', 'column_4', 'column_5']);
    expect(t.columns.slice(3).map((c) => [c.label, c.extra])).to.deep.equal([
      ['Columna 4', true],
      ['Columna 5', true],
    ]);
    expect(t.rows).to.deep.equal([
      ['Ana Quishpe', 'Analista', 1200, null, null],
      ['Luis Guamán', 'Chofer', null, null, null],
      ['María Chalán', 'Técnica', 1100, 'dato suelto', 'otro'],
      ['Pedro Tenesaca', 'Asistente', 900, null, null],
    ]);
    expect(t.meta.warnings).to.deep.equal([
      {
        code: 'extra-values',
        count: 1,
        rows: [2],
        message: '1 fila con columnas de más: los valores de más están en columnas nuevas.',
      },
      {
        code: 'short-rows',
        count: 1,
        rows: [1],
        message: '1 fila con columnas de menos: se completó con celdas vacías.',
      },
    ]);
  });

  it('quoted fields with embedded newlines and quotes (CRLF records)', async () => {
    const t = await load('comillas-saltos.csv');
    expect(types(t)).to.deep.equal(['integer', 'text', 'text']);
    expect(t.rows).to.deep.equal([
      [1, 'Obra entregada.\nPendiente: acta de recepción "definitiva".', 'Ing. Paredes'],
      [2, 'Dice "sin novedad"; revisar, por favor', 'Arq. Vélez'],
      [3, 'Sin comillas', 'Lcda. "Pepita" Mora'],
    ]);
  });

  it('trailing empty columns and lines are dropped', async () => {
    const t = await load('lineas-vacias-finales.csv');
    expect(keys(t)).to.deep.equal(['Parroquia', 'Habitantes']);
    expect(t.rows).to.deep.equal([
      ['Cumandá', 12500],
      ['Buena Fe', 8200],
    ]);
    expect(t.meta.rowCount).to.equal(2);
    expect(t.meta.warnings).to.deep.equal([]);
  });

  it('hostile cells stay plain text; javascript: is never a URL', async () => {
    const t = await load('celdas-hostiles.csv');
    expect(types(t)).to.deep.equal(['text', 'text', 'text']);
    expect(t.rows).to.deep.equal([
      [
        '<img src=x onerror=alert(1)>',
        'javascript:alert(1)',
        '=HYPERLINK("http://malo.example","clic")',
      ],
      ['Normal', 'https://gad.example.ec/transparencia', '+1+2'],
      ['<script>alert("x")</script>', 'https://gad.example.ec/a', '@SUM(A1:A2)'],
    ]);
    expect(safeUrl(t.rows[0]![1])).to.equal(null);
    expect(safeUrl(t.rows[1]![1])).to.equal('https://gad.example.ec/transparencia');
    expect(document.querySelector('img[src=x]')).to.equal(null);
  });

  it('an HTML page instead of a CSV is "not-csv"', async () => {
    const error = await load('no-es-csv.csv').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DataError);
    expect((error as DataError).code).to.equal('not-csv');
    expect((error as DataError).message).to.equal(
      'El archivo no es una tabla de datos: parece una página web.',
    );
  });

  it('an empty file is "empty"', async () => {
    const error = (await load('vacio.csv').catch((e: unknown) => e)) as DataError;
    expect(error.code).to.equal('empty');
    expect(error.message).to.equal('El archivo está vacío.');
  });

  it('forced encoding, delimiter and decimal win over the guesses', async () => {
    const t = await load('remuneraciones-windows-1252.csv', { encoding: 'utf-8' });
    expect(t.meta.encoding).to.equal('utf-8');
    expect(t.columns[1]!.key).to.equal('Direcci\uFFFDn');
    const d = await load('lineas-vacias-finales.csv', { decimal: '.' });
    expect(d.rows[0]).to.deep.equal(['Cumandá', 12.5]);
    const c = await load('contratos-utf8.csv', { delimiter: ';' });
    expect(c.columns.length).to.equal(1);
    const o = await load('contratos-utf8.csv', {
      columns: { ruc: { type: 'integer', label: 'RUC' }, fecha: { label: 'Fecha' } },
    });
    expect(o.columns[2]).to.include({ type: 'integer', label: 'RUC' });
    expect(o.rows[0]![2]).to.equal(991234567001);
    expect(o.columns[4]).to.include({ type: 'date', label: 'Fecha' });
  });
});
