import { expect } from '@minga/test-utils';
import {
  computeDeadlinesWith,
  DEFAULT_DEADLINE_RULES,
  endOfDay,
  isWorkingDayWith,
  localDate,
  type DeadlineRules,
} from './deadline-rules.js';
// What date-holidays 3.37 gives for Ecuador (public holidays only); test/deadlines.test.mjs
// checks in Node that date-holidays still returns exactly this, and runs computeDeadlines.
import { ecuadorHolidays } from '../test/ec-holidays.js';

// date-holidays cannot load in the browser (it is CommonJS and megabytes of data), so the
// browser tests use its output for 2025–2027, and Node tests the real thing.
const publicHolidays = (year: number) => new Set(ecuadorHolidays[String(year)] ?? []);
const computeDeadlines = (at: string, rules: Partial<DeadlineRules> = {}) =>
  computeDeadlinesWith(at, rules, publicHolidays);
const isWorkingDay = (day: string, rules: Partial<DeadlineRules> = {}) =>
  isWorkingDayWith(day, rules, publicHolidays);

describe('deadlines', () => {
  it('defaults to 10 calendar days from the day after receipt, 5 more on extension', () => {
    expect(DEFAULT_DEADLINE_RULES.dayKind).to.equal('calendar');
    // Friday 4 December 2026, 10:20 in Guayaquil.
    const d = computeDeadlines('2026-12-04T15:20:00Z');
    expect(d.receivedDate).to.equal('2026-12-04');
    expect(d.dueDate).to.equal('2026-12-14'); // Monday
    expect(d.dueAt.toISOString()).to.equal('2026-12-15T04:59:59.999Z'); // 23:59:59.999 in Guayaquil
    expect(d.extendedDueDate).to.equal('2026-12-19');
    expect(d.extendedDueAt.toISOString()).to.equal('2026-12-20T04:59:59.999Z');
  });

  it('counts a request received at 23:30 on the last day of a month on that day, in Guayaquil', () => {
    // 31 January 2026, 23:30 in Guayaquil is already 1 February in UTC.
    const received = '2026-01-31T23:30:00-05:00';
    expect(new Date(received).toISOString()).to.equal('2026-02-01T04:30:00.000Z');
    const d = computeDeadlines(received);
    expect(d.receivedDate).to.equal('2026-01-31');
    expect(d.dueDate).to.equal('2026-02-10');
    expect(d.extendedDueDate).to.equal('2026-02-15');
    // Ten minutes later it is February: one more day.
    expect(computeDeadlines('2026-02-01T00:10:00-05:00').dueDate).to.equal('2026-02-11');
  });

  it('with working days, skips weekends and Carnaval 2026 (16 and 17 February)', () => {
    const holidays = publicHolidays(2026);
    expect(holidays.has('2026-02-16')).to.equal(true);
    expect(holidays.has('2026-02-17')).to.equal(true);
    expect(isWorkingDay('2026-02-16')).to.equal(false);
    expect(isWorkingDay('2026-02-18')).to.equal(true);
    expect(isWorkingDay('2026-02-14')).to.equal(false); // Saturday

    // Received Friday 13 February: 18, 19, 20, 23, 24, 25, 26, 27 Feb, 2 and 3 March.
    const d = computeDeadlines('2026-02-13T15:00:00Z', { dayKind: 'working' });
    expect(d.dueDate).to.equal('2026-03-03');
    expect(d.extendedDueDate).to.equal('2026-03-10');

    // The same request in calendar days runs through Carnaval.
    expect(computeDeadlines('2026-02-13T15:00:00Z').dueDate).to.equal('2026-02-23');
  });

  it('23:30 on the last day of January, in working days, extended over Carnaval', () => {
    const d = computeDeadlines('2026-01-31T23:30:00-05:00', { dayKind: 'working' });
    expect(d.dueDate).to.equal('2026-02-13'); // 2–6 and 9–13 February
    expect(d.extendedDueDate).to.equal('2026-02-24'); // 18, 19, 20, 23, 24 (16–17 Carnaval)
  });

  it('can move a calendar deadline that ends on a holiday to the next working day', () => {
    // Received 6 February: the 10th day is Monday 16 February, Carnaval.
    expect(computeDeadlines('2026-02-06T15:00:00Z').dueDate).to.equal('2026-02-16');
    const d = computeDeadlines('2026-02-06T15:00:00Z', { endsOnWorkingDay: true });
    expect(d.dueDate).to.equal('2026-02-18');
  });

  it('can count the day of receipt as day 1', () => {
    expect(computeDeadlines('2026-12-04T15:20:00Z', { startsNextDay: false }).dueDate).to.equal(
      '2026-12-13',
    );
  });

  it('takes local holidays and moved holidays as data', () => {
    // Cuenca's cantonal holiday, and a national one moved by decree.
    const rules = {
      dayKind: 'working' as const,
      extraHolidays: ['2026-04-13'],
      ignoredHolidays: ['2026-04-03'],
    };
    expect(isWorkingDay('2026-04-03')).to.equal(false); // Viernes Santo per date-holidays
    expect(isWorkingDay('2026-04-03', rules)).to.equal(true);
    expect(isWorkingDay('2026-04-13', rules)).to.equal(false);
    // Received Monday 30 March: 31 Mar, 1 Apr, (2 Jueves Santo), 3 (not a holiday here),
    // 6, 7, 8, 9, 10, (13 cantonal), 14, 15.
    const d = computeDeadlines('2026-03-30T15:00:00Z', rules);
    expect(d.dueDate).to.equal('2026-04-15');
    const received = '2026-03-30T15:00:00Z';
    // Neither: 31 Mar, 1, 6, 7, 8, 9, 10, 13, 14, 15 April (2 and 3 April are holidays).
    expect(computeDeadlines(received, { dayKind: 'working' }).dueDate).to.equal('2026-04-15');
    expect(
      computeDeadlines(received, { dayKind: 'working', ignoredHolidays: ['2026-04-03'] }).dueDate,
    ).to.equal('2026-04-14');
    expect(
      computeDeadlines(received, { dayKind: 'working', extraHolidays: ['2026-04-13'] }).dueDate,
    ).to.equal('2026-04-16');
  });

  it('rejects nonsense input', () => {
    expect(() => computeDeadlines('not a date')).to.throw(RangeError);
    expect(() => computeDeadlines('2026-01-01T00:00:00Z', { days: 0 })).to.throw(RangeError);
  });

  it('localDate and endOfDay work in another time zone', () => {
    expect(localDate('2026-03-29T01:30:00Z', 'Europe/Madrid')).to.equal('2026-03-29');
    // Madrid changes to summer time on 29 March 2026: that day ends at 22:00 UTC.
    expect(endOfDay('2026-03-29', 'Europe/Madrid').toISOString()).to.equal(
      '2026-03-29T21:59:59.999Z',
    );
  });
});
