import { expect } from '@minga/test-utils';
import {
  formatDate,
  formatDateRange,
  formatFileSize,
  formatLocale,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRelativeTime,
  numberFormat,
} from './format.js';

const utc = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(Date.UTC(y, m - 1, d, h, min));

describe('formatters', () => {
  it('maps page languages to format locales', () => {
    expect(formatLocale('es')).to.equal('es-EC');
    expect(formatLocale('ES')).to.equal('es-EC');
    expect(formatLocale('es-ES')).to.equal('es-ES');
    expect(formatLocale('en')).to.equal('en');
    expect(formatLocale(undefined)).to.equal('es-EC');
    expect(formatLocale('no such locale!')).to.equal('es-EC');
  });

  it('formats numbers with es-EC separators', () => {
    expect(formatNumber(1234567.891, 'es')).to.equal('1.234.567,891');
    expect(formatNumber(1234567.891, 'en')).to.equal('1,234,567.891');
    expect(formatNumber(100000, 'es')).to.equal('100.000');
    expect(formatNumber(-0.5, 'es')).to.equal('-0,5');
  });

  it('formats US dollars', () => {
    expect(formatMoney(1234.5, 'es')).to.equal('$1.234,50');
    expect(formatMoney(1234.5, 'es-EC')).to.equal('$1.234,50');
    expect(formatMoney(1234.5, 'en')).to.equal('$1,234.50');
    expect(formatMoney(0, 'es')).to.equal('$0,00');
    expect(formatMoney(98765432.1, 'es')).to.equal('$98.765.432,10');
  });

  it('formats percentages from fractions', () => {
    expect(formatPercent(0.125, 'es')).to.match(/^12,5\s?%$/);
    expect(formatPercent(0.125, 'en')).to.equal('12.5%');
    expect(formatPercent(1, 'es')).to.match(/^100\s?%$/);
  });

  it('returns an empty string for missing values', () => {
    expect(formatNumber(null, 'es')).to.equal('');
    expect(formatNumber(undefined, 'es')).to.equal('');
    expect(formatMoney(Number.NaN, 'es')).to.equal('');
    expect(formatDate('not a date', 'es')).to.equal('');
    expect(formatDate(null, 'es')).to.equal('');
    expect(formatFileSize(undefined, 'es')).to.equal('');
  });

  it('formats dates in es-EC and en', () => {
    expect(formatDate(utc(2026, 11, 29), 'es', { dateOnly: true })).to.equal('29 nov 2026');
    expect(formatDate(utc(2026, 11, 29), 'en', { dateOnly: true })).to.equal('Nov 29, 2026');
    expect(formatDate(utc(2026, 3, 5), 'es', { dateOnly: true, dateStyle: 'long' })).to.equal(
      '5 de marzo de 2026',
    );
    expect(formatDate(utc(2026, 3, 5), 'es', { dateOnly: true, dateStyle: 'short' })).to.equal(
      '5/3/26',
    );
  });

  it('keeps calendar dates on their day whatever the time zone', () => {
    // 1 March 2026 at UTC midnight is still 28 February in Guayaquil (UTC−5).
    expect(formatDate(utc(2026, 3, 1), 'es', { dateOnly: true })).to.equal('1 mar 2026');
    expect(formatDate(utc(2026, 3, 1), 'es')).to.equal('28 feb 2026');
  });

  it('formats date-times in America/Guayaquil by default', () => {
    const at = utc(2026, 11, 30, 4, 30); // 23:30 on the 29th in Guayaquil
    // CLDR's es-EC time format is 12-hour ("11:30 p. m."), the common usage in Ecuador.
    expect(formatDate(at, 'es', { dateStyle: 'short', timeStyle: 'short' })).to.match(
      /^29\/11\/26, 11:30\sp\.\sm\.$/,
    );
    expect(formatDate(at, 'es', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).to.equal(
      '23:30',
    );
    expect(
      formatDate(at, 'es', { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' }),
    ).to.match(/^30\/11\/26, 4:30\sa\.\sm\.$/);
  });

  it('formats date ranges, writing shared parts once', () => {
    expect(
      formatDateRange(utc(2026, 3, 1), utc(2026, 3, 15), 'es', {
        dateOnly: true,
        dateStyle: 'long',
      }),
    ).to.equal('1–15 de marzo de 2026');
    expect(formatDateRange(utc(2026, 3, 15), utc(2026, 3, 1), 'en', { dateOnly: true })).to.equal(
      'Mar 1 – 15, 2026',
    );
    expect(formatDateRange(utc(2026, 3, 1), null, 'es', { dateOnly: true })).to.equal('1 mar 2026');
  });

  it('formats relative time', () => {
    const now = utc(2026, 11, 29, 12);
    expect(formatRelativeTime(utc(2026, 11, 26, 12), 'es', { now })).to.equal('hace 3 días');
    expect(formatRelativeTime(utc(2026, 11, 28, 12), 'es', { now })).to.equal('ayer');
    expect(formatRelativeTime(utc(2026, 11, 29, 14), 'es', { now })).to.equal('dentro de 2 horas');
    expect(formatRelativeTime(utc(2026, 11, 26, 12), 'en', { now })).to.equal('3 days ago');
    expect(formatRelativeTime(utc(2024, 11, 29, 12), 'es', { now })).to.equal('hace 2 años');
  });

  it('formats file sizes in SI units', () => {
    expect(formatFileSize(512, 'es')).to.equal('512 bytes');
    expect(formatFileSize(1, 'es')).to.equal('1 byte');
    expect(formatFileSize(512, 'en')).to.equal('512 bytes');
    expect(formatFileSize(2_400_000, 'es')).to.equal('2,4 MB');
    expect(formatFileSize(2_400_000, 'en')).to.equal('2.4 MB');
    expect(formatFileSize(25_000_000_000, 'es')).to.equal('25 GB');
  });

  it('caches formatter objects', () => {
    expect(numberFormat('es', { style: 'percent' })).to.equal(
      numberFormat('es', { style: 'percent' }),
    );
  });
});
