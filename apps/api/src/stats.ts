/**
 * Public aggregate statistics and the day counting the reports share. Pure functions over
 * stored requests: no personal data goes in or out of the numbers. Days are calendar days in
 * America/Guayaquil, from the day of receipt to the day of the answer.
 */
import { isOverdue, type RequestStatus } from '@minga/info-request/shared';
import { dayIn } from './dates.js';
import type { StoredRequest } from './storage/types.js';

export const TIME_ZONE = 'America/Guayaquil';

/** Final states that are an answer (withdrawn is final but not an answer). */
export const ANSWER_STATUSES: readonly RequestStatus[] = [
  'answered',
  'partially_answered',
  'not_held',
  'refused',
];

/** The calendar day (`YYYY-MM-DD`) of an instant in Guayaquil. */
export function guayaquilDay(instant: string | Date): string {
  return dayIn(instant, TIME_ZONE);
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether the request got an answer (answered, partially, not held or refused). */
export function isAnswered(request: Pick<StoredRequest, 'status' | 'closedAt'>): boolean {
  return request.closedAt !== null && ANSWER_STATUSES.includes(request.status);
}

/** The deadline that applies: the extended one once extended. */
export function effectiveDueAt(
  request: Pick<StoredRequest, 'dueAt' | 'extendedDueAt' | 'extended' | 'status'>,
): string {
  return request.extended || request.status === 'extended' ? request.extendedDueAt : request.dueAt;
}

/** Calendar days from receipt to answer (Guayaquil days), or null when not answered. */
export function daysToAnswer(request: StoredRequest): number | null {
  if (!isAnswered(request)) return null;
  return calendarDaysBetween(guayaquilDay(request.receivedAt), guayaquilDay(request.closedAt!));
}

/** Whether the answer came by the deadline that applied; null when not answered. */
export function answeredOnTime(request: StoredRequest): boolean | null {
  if (!isAnswered(request)) return null;
  return Date.parse(request.closedAt!) <= Date.parse(effectiveDueAt(request));
}

/** The median of `values`, or null when empty (the mean of the middle two for even counts). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface MonthStats {
  /** `YYYY-MM`, the month of receipt. */
  month: string;
  received: number;
  /** Of those received this month: answered (any answer state) by now. */
  answered: number;
  answeredOnTime: number;
  /** Of those received this month: open and past their deadline now. */
  overdueNow: number;
  /** Median calendar days from receipt to answer, null when none answered. */
  medianDaysToAnswer: number | null;
}

export interface MonthlyStats {
  year: number;
  /** When the numbers were computed (ISO). */
  generatedAt: string;
  months: MonthStats[];
  total: Omit<MonthStats, 'month'>;
}

function summarize(requests: readonly StoredRequest[], now: Date): Omit<MonthStats, 'month'> {
  const days: number[] = [];
  let answered = 0;
  let onTime = 0;
  let overdue = 0;
  for (const request of requests) {
    if (isAnswered(request)) {
      answered += 1;
      if (answeredOnTime(request)) onTime += 1;
      days.push(daysToAnswer(request)!);
    } else if (isOverdue(request, now)) {
      overdue += 1;
    }
  }
  return {
    received: requests.length,
    answered,
    answeredOnTime: onTime,
    overdueNow: overdue,
    medianDaysToAnswer: median(days),
  };
}

/** Statistics per month of receipt for `year` (the requests of other years are ignored). */
export function monthlyStats(
  requests: readonly StoredRequest[],
  year: number,
  now: Date = new Date(),
): MonthlyStats {
  const byMonth = new Map<string, StoredRequest[]>();
  for (let m = 1; m <= 12; m++) byMonth.set(`${year}-${String(m).padStart(2, '0')}`, []);
  const ofYear: StoredRequest[] = [];
  for (const request of requests) {
    const month = guayaquilDay(request.receivedAt).slice(0, 7);
    const bucket = byMonth.get(month);
    if (bucket === undefined) continue;
    bucket.push(request);
    ofYear.push(request);
  }
  return {
    year,
    generatedAt: now.toISOString(),
    months: [...byMonth].map(([month, rows]) => ({ month, ...summarize(rows, now) })),
    total: summarize(ofYear, now),
  };
}

const CSV_COLUMNS = [
  'month',
  'received',
  'answered',
  'answeredOnTime',
  'overdueNow',
  'medianDaysToAnswer',
] as const;

/** The monthly statistics as CSV (RFC 4180, CRLF, a header row; numbers only). */
export function monthlyStatsCsv(stats: MonthlyStats): string {
  const rows = [
    CSV_COLUMNS.join(','),
    ...stats.months.map((m) => CSV_COLUMNS.map((c) => m[c] ?? '').join(',')),
  ];
  return rows.join('\r\n') + '\r\n';
}
