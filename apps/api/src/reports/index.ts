/**
 * Reports: the annual report for the Defensoría del Pueblo (CSV) and the monthly statistics
 * (JSON or CSV, from `../stats.ts`).
 */
import type { DeadlineRules } from '@minga/info-request/shared';
import type { StoredRequest } from '../storage/types.js';
import { monthlyStats, monthlyStatsCsv } from '../stats.js';
import { annualReport, type AnnualReportOptions } from './annual.js';
import { toCsv } from './csv.js';

export { annualReport, daysTaken, ANNUAL_COLUMNS, STATUS_LABELS_ES } from './annual.js';
export type { AnnualReportOptions } from './annual.js';
export { toCsv, csvCell, type CsvCell } from './csv.js';

/** The annual report of `year` as CSV text (UTF-8 BOM, `,`, CRLF). */
export function annualCsv(
  requests: readonly StoredRequest[],
  year: number,
  options: AnnualReportOptions = {},
): string {
  return toCsv(annualReport(requests, year, options));
}

/** The monthly statistics of `year` as CSV (with a BOM for Excel) or pretty JSON. */
export function monthlyReport(
  requests: readonly StoredRequest[],
  year: number,
  format: 'csv' | 'json',
  _config?: { deadlineRules?: Partial<DeadlineRules> },
  now: Date = new Date(),
): string {
  const stats = monthlyStats(requests, year, now);
  return format === 'csv'
    ? `\uFEFF${monthlyStatsCsv(stats)}`
    : `${JSON.stringify(stats, null, 2)}\n`;
}
