/**
 * Answer deadlines for access-to-information requests, with the rule as data so a lawyer can
 * correct it without a code change. Pure date arithmetic: the public holidays come from a
 * {@link HolidaySource} (`deadlines.ts` plugs in `date-holidays`). DOM-free.
 */

/** How answer deadlines are counted. */
export interface DeadlineRules {
  /** Days the institution has to answer. Default 10. */
  days: number;
  /** Days more when the institution extends the deadline (once). Default 5. */
  extensionDays: number;
  /** Count `calendar` days (every day) or `working` days (Monday to Friday, except holidays). */
  dayKind: 'working' | 'calendar';
  /** The time zone that decides which day a request arrived on. Default `America/Guayaquil`. */
  timeZone: string;
  /** Country whose public holidays `date-holidays` gives. Default `EC`. */
  country?: string;
  /** More non-working days as `YYYY-MM-DD`: cantonal holidays, holidays moved by decree. */
  extraHolidays?: readonly string[];
  /** Dates (`YYYY-MM-DD`) that `date-holidays` lists but are working days (a holiday moved away). */
  ignoredHolidays?: readonly string[];
  /**
   * `true` (default): day 1 is the day after the request arrived (the day of receipt is not
   * counted). `false`: the day of receipt is day 1.
   */
  startsNextDay?: boolean;
  /**
   * With calendar days: when the last day is not a working day, the deadline moves to the
   * next working day. Default `false`.
   */
  endsOnWorkingDay?: boolean;
}

/**
 * The default rule: 10 calendar days from the day after receipt, 5 more on extension, in
 * Ecuador's time zone (LOTAIP 2023 as summarised by lotaip.com, Oct 2023: "diez días",
 * extendable by five). Whether the law means calendar or working days, and whether a
 * deadline ending on a holiday moves, is not verified: change the rule, not the code.
 */
export const DEFAULT_DEADLINE_RULES: Readonly<DeadlineRules> = Object.freeze({
  days: 10,
  extensionDays: 5,
  dayKind: 'calendar',
  timeZone: 'America/Guayaquil',
  country: 'EC',
  startsNextDay: true,
  endsOnWorkingDay: false,
});

/** The deadlines of one request. Instants are the last millisecond of the day in the rule's time zone. */
export interface Deadlines {
  /** When the request arrived. */
  receivedAt: Date;
  /** The day it arrived, `YYYY-MM-DD`, in the rule's time zone. */
  receivedDate: string;
  /** The last day to answer, `YYYY-MM-DD`. */
  dueDate: string;
  /** The end of that day. */
  dueAt: Date;
  /** The last day to answer when extended, `YYYY-MM-DD`. */
  extendedDueDate: string;
  /** The end of that day. */
  extendedDueAt: Date;
}

/** A civil date (no time zone) as UTC midnight milliseconds. */
type Civil = number;
const DAY = 86_400_000;

const iso = (day: Civil): string => new Date(day).toISOString().slice(0, 10);

function parseCivil(text: string): Civil {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${text}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of `instant` in `timeZone`. */
function wallClock(instant: number, timeZone: string): number[] {
  let format = partsFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(timeZone, format);
  }
  const get = (type: string) =>
    Number(format.formatToParts(instant).find((p) => p.type === type)?.value ?? 0);
  return [get('year'), get('month'), get('day'), get('hour'), get('minute'), get('second')];
}

/** The civil date of `instant` in `timeZone`. */
export function localDate(instant: Date | number | string, timeZone: string): string {
  const [y, m, d] = wallClock(new Date(instant).getTime(), timeZone);
  return iso(Date.UTC(y!, m! - 1, d!));
}

/** The instant at which `day` (a civil date) ends in `timeZone` (its last millisecond). */
export function endOfDay(day: string, timeZone: string): Date {
  const target = parseCivil(day) + DAY; // next midnight, as if the zone were UTC
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const [y, m, d, h, min, s] = wallClock(guess, timeZone);
    const seen = Date.UTC(y!, m! - 1, d!, h!, min!, s!);
    const offset = seen - guess;
    const next = target - offset;
    if (next === guess) break;
    guess = next;
  }
  return new Date(guess - 1);
}

/** The public holidays (`YYYY-MM-DD`) of a country in a year. */
export type HolidaySource = (year: number, country: string) => ReadonlySet<string>;

/** Whether `day` is a working day under `rules` (not a weekend, not a holiday). */
export function isWorkingDayWith(
  day: string,
  rules: Partial<DeadlineRules>,
  holidays: HolidaySource,
): boolean {
  const civil = parseCivil(day);
  const weekday = new Date(civil).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (rules.extraHolidays?.includes(day)) return false;
  if (rules.ignoredHolidays?.includes(day)) return true;
  return !holidays(Number(day.slice(0, 4)), rules.country ?? 'EC').has(day);
}

/** Counts `count` days after `from` (exclusive) under `rules`; returns the last one. */
function countDays(
  from: Civil,
  count: number,
  rules: DeadlineRules,
  holidays: HolidaySource,
): Civil {
  let day = from;
  let counted = 0;
  while (counted < count) {
    day += DAY;
    if (rules.dayKind === 'calendar' || isWorkingDayWith(iso(day), rules, holidays)) counted += 1;
  }
  if (rules.dayKind === 'calendar' && rules.endsOnWorkingDay) {
    while (!isWorkingDayWith(iso(day), rules, holidays)) day += DAY;
  }
  return day;
}

/**
 * The answer deadline and the extended deadline of a request received at `receivedAt`, with
 * the public holidays from `holidays`. `computeDeadlines` (in `./deadlines.js`) is this with
 * Ecuador's holidays from `date-holidays`.
 */
export function computeDeadlinesWith(
  receivedAt: Date | number | string,
  rules: Partial<DeadlineRules>,
  holidays: HolidaySource,
): Deadlines {
  const rule: DeadlineRules = { ...DEFAULT_DEADLINE_RULES, ...rules };
  const received = new Date(receivedAt);
  if (Number.isNaN(received.getTime())) throw new RangeError('receivedAt is not a valid date');
  if (!Number.isInteger(rule.days) || rule.days < 1) throw new RangeError('days must be ≥ 1');
  if (!Number.isInteger(rule.extensionDays) || rule.extensionDays < 0)
    throw new RangeError('extensionDays must be ≥ 0');
  const receivedDate = localDate(received, rule.timeZone);
  // Counting starts after day 0: the day of receipt, or the day before it when it counts.
  const start = parseCivil(receivedDate) - (rule.startsNextDay === false ? DAY : 0);
  const due = countDays(start, rule.days, rule, holidays);
  const extended =
    rule.extensionDays === 0 ? due : countDays(due, rule.extensionDays, rule, holidays);
  return {
    receivedAt: received,
    receivedDate,
    dueDate: iso(due),
    dueAt: endOfDay(iso(due), rule.timeZone),
    extendedDueDate: iso(extended),
    extendedDueAt: endOfDay(iso(extended), rule.timeZone),
  };
}
