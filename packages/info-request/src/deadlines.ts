/**
 * Answer deadlines with Ecuador's public holidays from `date-holidays`. For the request
 * service (Node) only: browser elements must not import it, since `date-holidays` carries
 * megabytes of data (the form shows the due dates the server returns).
 */
import Holidays from 'date-holidays';
import {
  computeDeadlinesWith,
  isWorkingDayWith,
  type DeadlineRules,
  type Deadlines,
} from './deadline-rules.js';

const holidayCache = new Map<string, Set<string>>();

/**
 * Public holidays (`YYYY-MM-DD`) of `country` in `year`, from `date-holidays` (type
 * `public` only; observances such as 24 July do not stop the count). `date-holidays` gives
 * each holiday on its date in law; holidays the government moves by decree are not moved:
 * list those in the rule's `extraHolidays` and `ignoredHolidays`.
 */
export function publicHolidays(year: number, country = 'EC'): Set<string> {
  const key = `${country}|${year}`;
  let days = holidayCache.get(key);
  if (days === undefined) {
    days = new Set(
      new Holidays(country)
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    holidayCache.set(key, days);
  }
  return days;
}

/** Whether `day` (`YYYY-MM-DD`) is a working day under `rules`, with Ecuador's holidays. */
export function isWorkingDay(day: string, rules: Partial<DeadlineRules> = {}): boolean {
  return isWorkingDayWith(day, rules, publicHolidays);
}

/**
 * The answer deadline and the extended deadline of a request received at `receivedAt`,
 * under `rules` (default {@link DEFAULT_DEADLINE_RULES}: 10 calendar days from the day after
 * receipt, 5 more on extension, America/Guayaquil).
 *
 * ```ts
 * computeDeadlines('2026-12-04T15:20:00Z');
 * // dueDate '2026-12-14' (Monday), extendedDueDate '2026-12-19'
 * computeDeadlines('2026-02-13T15:00:00Z', { dayKind: 'working' });
 * // skips the weekend and Carnaval (16 and 17 February): dueDate '2026-03-03'
 * ```
 */
export function computeDeadlines(
  receivedAt: Date | number | string,
  rules: Partial<DeadlineRules> = {},
): Deadlines {
  return computeDeadlinesWith(receivedAt, rules, publicHolidays);
}

export {
  DEFAULT_DEADLINE_RULES,
  computeDeadlinesWith,
  isWorkingDayWith,
  localDate,
  endOfDay,
  type DeadlineRules,
  type Deadlines,
  type HolidaySource,
} from './deadline-rules.js';
