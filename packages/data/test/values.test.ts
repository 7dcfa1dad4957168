import { expect } from '@minga/test-utils';
import {
  ECUADOR_OFFSET_MINUTES,
  isEmail,
  parseBoolean,
  parseDate,
  parseNumber,
  safeUrl,
} from '../src/index.js';
import { NUM_CURRENCY, NUM_LEADING_ZERO, NUM_PERCENT, numberFlags } from '../src/values.js';

describe('parseNumber', () => {
  it('reads decimal commas with thousands dots', () => {
    expect(parseNumber('1.234,56', ',')).to.equal(1234.56);
    expect(parseNumber('1.234.567,89', ',')).to.equal(1234567.89);
    expect(parseNumber('1234,5', ',')).to.equal(1234.5);
    expect(parseNumber('-1.234', ',')).to.equal(-1234);
    expect(parseNumber('(1.234)', ',')).to.equal(-1234);
    expect(parseNumber('(1.234,50)', ',')).to.equal(-1234.5);
  });
  it('reads decimal dots with thousands commas', () => {
    expect(parseNumber('1,234.56', '.')).to.equal(1234.56);
    expect(parseNumber('-1,234', '.')).to.equal(-1234);
    expect(parseNumber('0.5', '.')).to.equal(0.5);
    expect(parseNumber('1.5E+06', '.')).to.equal(1500000);
  });
  it('reads dollars and percentages', () => {
    expect(parseNumber('$ 1.234,56', ',')).to.equal(1234.56);
    expect(numberFlags() & NUM_CURRENCY).to.equal(NUM_CURRENCY);
    expect(parseNumber('USD 10', '.')).to.equal(10);
    expect(parseNumber('-$1,234.50', '.')).to.equal(-1234.5);
    expect(parseNumber('$ -1.234', ',')).to.equal(-1234);
    expect(parseNumber('12,5 %', ',')).to.equal(12.5);
    expect(numberFlags() & NUM_PERCENT).to.equal(NUM_PERCENT);
    expect(parseNumber('12,5 %', ',', 2)).to.equal(0.125);
    expect(parseNumber('12,3%', ',', 2)).to.equal(0.123);
  });
  it('refuses what is not a number', () => {
    for (const text of [
      '',
      'abc',
      '1.2.3',
      '1,23,4',
      '12-3',
      '1.234,56',
      '--1',
      '1 2',
      '$',
      '()',
      '1,',
    ])
      expect(parseNumber(text, '.'), text).to.satisfy(Number.isNaN);
    expect(parseNumber('1.23.4', ',')).to.satisfy(Number.isNaN);
    expect(parseNumber('1,234.56', ',')).to.satisfy(Number.isNaN);
  });
  it('flags leading zeros (identifiers)', () => {
    expect(parseNumber('0912345678', '.')).to.equal(912345678);
    expect(numberFlags() & NUM_LEADING_ZERO).to.equal(NUM_LEADING_ZERO);
    parseNumber('0,5', ',');
    expect(numberFlags() & NUM_LEADING_ZERO).to.equal(0);
  });
});

describe('parseDate', () => {
  it('reads dd/mm/yyyy as day first', () => {
    expect(parseDate('05/03/2026')).to.equal(Date.UTC(2026, 2, 5));
    expect(parseDate('5/3/2026')).to.equal(Date.UTC(2026, 2, 5));
    expect(parseDate('05-03-2026')).to.equal(Date.UTC(2026, 2, 5));
    expect(parseDate('05.03.2026')).to.equal(Date.UTC(2026, 2, 5));
    expect(parseDate('05/03/2026', 'mdy')).to.equal(Date.UTC(2026, 4, 3));
  });
  it('reads ISO dates and date-times', () => {
    expect(parseDate('2026-03-05')).to.equal(Date.UTC(2026, 2, 5));
    expect(parseDate('2026-03-05T10:00:00-05:00')).to.equal(Date.UTC(2026, 2, 5, 15));
    expect(parseDate('2026-03-05T10:00:00Z')).to.equal(Date.UTC(2026, 2, 5, 10));
    expect(parseDate('2026-03-05T10:00:00.250+01:00')).to.equal(Date.UTC(2026, 2, 5, 9, 0, 0, 250));
  });
  it('reads date-times without offset in Ecuador time (UTC−5)', () => {
    expect(ECUADOR_OFFSET_MINUTES).to.equal(-300);
    expect(parseDate('2026-03-05 10:00')).to.equal(Date.UTC(2026, 2, 5, 15));
    expect(parseDate('05/03/2026 23:30')).to.equal(Date.UTC(2026, 2, 6, 4, 30));
  });
  it('refuses impossible dates', () => {
    for (const text of [
      '31/02/2026',
      '29/02/2025',
      '2026-13-01',
      '00/01/2026',
      '2026-03-05T25:00',
      '05/03/26',
      'hoy',
    ])
      expect(parseDate(text), text).to.satisfy(Number.isNaN);
    expect(parseDate('29/02/2024')).to.equal(Date.UTC(2024, 1, 29));
  });
});

describe('parseBoolean, isEmail, safeUrl', () => {
  it('reads sí/no, true/false, 1/0', () => {
    for (const t of ['sí', 'Sí', 'si', 'SI', 'true', 'TRUE', 'verdadero', '1'])
      expect(parseBoolean(t), t).to.equal(true);
    for (const t of ['no', 'No', 'false', 'falso', '0']) expect(parseBoolean(t), t).to.equal(false);
    for (const t of ['tal vez', '', '2', 'x']) expect(parseBoolean(t), t).to.equal(null);
  });
  it('tells e-mail addresses', () => {
    expect(isEmail('transparencia@gad.example.ec')).to.equal(true);
    expect(isEmail('a.b+c@sub.example.org')).to.equal(true);
    for (const t of ['sin-arroba', 'a@b', 'a @b.ec', '<a@b.ec>', 'a@b.ec, c@d.ec'])
      expect(isEmail(t), t).to.equal(false);
  });
  it('allows only http, https and mailto URLs', () => {
    expect(safeUrl('https://gad.example.ec/a?b=1')).to.equal('https://gad.example.ec/a?b=1');
    expect(safeUrl('HTTP://gad.example.ec')).to.equal('http://gad.example.ec/');
    expect(safeUrl('mailto:info@gad.example.ec')).to.equal('mailto:info@gad.example.ec');
    for (const t of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      '/relativa',
      'gad.example.ec',
      'https://',
      '',
    ])
      expect(safeUrl(t), t).to.equal(null);
    expect(safeUrl(42)).to.equal(null);
    expect(safeUrl(null)).to.equal(null);
  });
});
