/**
 * Fast calendar dates in a time zone, and the request deadlines memoized per day of receipt.
 * The shared `computeDeadlines` formats dates many times per call; on the create path that is
 * a measurable cost, and its result depends only on the day of receipt (and the rules).
 */
import { computeDeadlines, type DeadlineRules } from '@minga/info-request/shared';

const formats = new Map<string, Intl.DateTimeFormat>();

const QUARTER_HOUR = 900_000;
const memo = new Map<string, string>();

/**
 * The calendar day (`YYYY-MM-DD`) of `instant` in `timeZone`. Memoized per quarter hour of
 * UTC time: every time zone's offset is a multiple of 15 minutes and changes on such marks.
 */
export function dayIn(instant: Date | string | number, timeZone: string): string {
  const time = new Date(instant).getTime();
  const key = `${timeZone}|${Math.floor(time / QUARTER_HOUR)}`;
  let day = memo.get(key);
  if (day === undefined) {
    day = formatDay(time, timeZone);
    if (memo.size > 50_000) memo.clear();
    memo.set(key, day);
  }
  return day;
}

function formatDay(time: number, timeZone: string): string {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(timeZone, format);
  }
  let y = '';
  let m = '';
  let d = '';
  for (const part of format.formatToParts(time)) {
    if (part.type === 'year') y = part.value;
    else if (part.type === 'month') m = part.value;
    else if (part.type === 'day') d = part.value;
  }
  return `${y.padStart(4, '0')}-${m}-${d}`;
}

export interface DeadlineStrings {
  dueAt: string;
  extendedDueAt: string;
}

/**
 * `computeDeadlines` under fixed `rules`, memoized by the day of receipt in the rules' time
 * zone (a few hundred days at most stay in memory).
 */
export function deadlineCalculator(rules: DeadlineRules): (receivedAt: Date) => DeadlineStrings {
  const cache = new Map<string, DeadlineStrings>();
  return (receivedAt) => {
    const day = dayIn(receivedAt, rules.timeZone);
    let result = cache.get(day);
    if (result === undefined) {
      const d = computeDeadlines(receivedAt, rules);
      result = { dueAt: d.dueAt.toISOString(), extendedDueAt: d.extendedDueAt.toISOString() };
      if (cache.size > 1000) cache.clear();
      cache.set(day, result);
    }
    return result;
  };
}
