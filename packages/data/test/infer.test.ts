import { expect } from '@minga/test-utils';
import { inferColumn, parseCsv } from '../src/index.js';
import { findHeaderRow, guessNewline, sniffDelimiter, uniqueHeaders } from '../src/csv.js';

const type = (values: string[], header = '', decimal: ',' | '.' = '.') =>
  inferColumn(values, header, decimal).type;

describe('inferColumn', () => {
  it('types numbers, money and percentages', () => {
    expect(type(['1', '2', '-3'])).to.equal('integer');
    expect(type(['1.5', '2', '3'])).to.equal('number');
    expect(type(['1.234,56', '2,00'], 'Monto', ',')).to.equal('currency');
    expect(type(['1.234,56', '2,00'], 'Cantidad', ',')).to.equal('number');
    expect(type(['$ 10', '$ 20'])).to.equal('currency');
    expect(type(['10', '20'], 'Presupuesto')).to.equal('integer');
    expect(type(['12,5 %', '100 %'], '', ',')).to.equal('percent');
  });
  it('keeps identifiers with leading zeros as text', () => {
    expect(type(['0912345678', '1712345678'])).to.equal('text');
    expect(type(['090150', '170150'])).to.equal('text');
    expect(type(['12345678901234567890'])).to.equal('text');
  });
  it('types booleans only when the whole column agrees', () => {
    expect(type(['sí', 'no', 'Sí'])).to.equal('boolean');
    expect(type(['true', 'false'])).to.equal('boolean');
    expect(type(['1', '0', '1'])).to.equal('boolean');
    expect(type(['1', '0', '2'])).to.equal('integer');
    expect(type(['1', '1', '1'])).to.equal('integer');
    expect(type(['sí', 'no', 'tal vez'])).to.equal('text');
  });
  it('types dates, date-times, URLs and e-mails; mm/dd when the data says so', () => {
    expect(type(['05/03/2026', '31/12/2025'])).to.equal('date');
    expect(inferColumn(['03/05/2026', '12/31/2025']).dateOrder).to.equal('mdy');
    expect(inferColumn(['05/03/2026', '06/03/2026']).dateOrder).to.equal('dmy');
    expect(type(['2026-03-05', '2026-03-05 10:00'])).to.equal('datetime');
    expect(type(['https://a.ec', 'http://b.ec/x'])).to.equal('url');
    expect(type(['https://a.ec', 'javascript:alert(1)'])).to.equal('text');
    expect(type(['a@b.ec', 'c@d.org'])).to.equal('email');
    expect(type([])).to.equal('text');
  });
  it('is conservative: one bad value in a small sample keeps the column as text', () => {
    expect(type(['1', '2', 'tres'])).to.equal('text');
    const many = Array.from({ length: 200 }, (_, i) => String(i));
    expect(type([...many, 'uno'])).to.equal('integer');
  });
});

describe('CSV sniffing', () => {
  it('guesses the delimiter and the line ending', () => {
    expect(sniffDelimiter('a;b;c\n1,5;2;3\n4;5,5;6\n')).to.equal(';');
    expect(sniffDelimiter('a,b,c\n1,2,3\n')).to.equal(',');
    expect(sniffDelimiter('a\tb\n1\t2\n')).to.equal('\t');
    expect(sniffDelimiter('a|b\n1|2\n')).to.equal('|');
    expect(sniffDelimiter('solo\nuna\ncolumna\n')).to.equal(',');
    expect(guessNewline('a\r\nb\r\n')).to.equal('\r\n');
    expect(guessNewline('"x\ny"\r\nb\r\n')).to.equal('\r\n');
    expect(guessNewline('a\rb\r')).to.equal('\r');
    expect(guessNewline('a\nb')).to.equal('\n');
  });
  it('finds the header below title lines', () => {
    expect(findHeaderRow([['Título'], ['a', 'b', 'c'], ['1', '2', '3']])).to.equal(1);
    expect(
      findHeaderRow([
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ]),
    ).to.equal(0);
    expect(
      findHeaderRow([
        ['a', 'b'],
        ['1', ''],
      ]),
    ).to.equal(0);
  });
  it('makes header names unique', () => {
    expect(
      uniqueHeaders(['Monto', 'Monto', '', 'monto', ' Año  fiscal ']).map((h) => h.key),
    ).to.deep.equal(['Monto', 'Monto (2)', 'column_3', 'monto (3)', 'Año fiscal']);
  });
});

describe('parseCsv (synchronous)', () => {
  it('keeps unreadable values of a typed column as text and counts them', () => {
    const rows = Array.from({ length: 150 }, (_, i) => `${i};${i * 2},5`);
    const text = `n;valor\n${rows.join('\n')}\n150;N/D\n151;ilegible\n`;
    const t = parseCsv(text);
    expect(t.columns.map((c) => c.type)).to.deep.equal(['integer', 'currency']);
    expect(t.rows[1]).to.deep.equal([1, 2.5]);
    expect(t.rows[150]).to.deep.equal([150, 'N/D']);
    expect(t.rows[151]).to.deep.equal([151, 'ilegible']);
    expect(t.columns[1]!.invalid).to.equal(1);
    expect(t.meta.warnings).to.deep.equal([
      {
        code: 'invalid-values',
        count: 1,
        rows: [151],
        column: 'valor',
        message:
          '1 valor de la columna «valor» no se pudo leer como valor en dólares: se muestra tal como viene.',
      },
    ]);
  });
  it('upgrades an integer column to number when a fraction appears later', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `${i}`);
    const t = parseCsv(`n\n${rows.join('\n')}\n1,5\n`, { decimal: ',', delimiter: ';' });
    expect(t.columns[0]!.type).to.equal('number');
    expect(t.rows.at(-1)).to.deep.equal([1.5]);
  });
  it('reads a file without header', () => {
    const t = parseCsv('1;2\n3;4\n', { headerRow: 'none', lang: 'en' });
    expect(t.columns.map((c) => [c.key, c.label])).to.deep.equal([
      ['column_1', 'Column 1'],
      ['column_2', 'Column 2'],
    ]);
    expect(t.rows).to.deep.equal([
      [1, 2],
      [3, 4],
    ]);
  });
});
