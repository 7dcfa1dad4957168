/// <reference types="node" />
/** What is missing or late for a month (Node only). */
import { monthSummary, type MonthSummary } from '../months.js';
import { pick } from '../numerals.js';
import type { TransparencyIndex } from '../index-format.js';
import { dayName, monthName, t } from './messages.js';

/** The month being reported at `now`: the previous one (October during November). */
export function reportingMonth(now: Date): string {
  const ecuador = new Date(now.getTime() - 5 * 3600_000);
  return new Date(Date.UTC(ecuador.getUTCFullYear(), ecuador.getUTCMonth() - 1, 1))
    .toISOString()
    .slice(0, 7);
}

/** The report's lines and whether something is missing. */
export function missingReport(
  index: TransparencyIndex,
  month: string,
  now: Date,
  lang = 'es',
): { lines: string[]; missing: number; summary: MonthSummary } {
  const summary = monthSummary(index, month, now);
  const name = monthName(month, lang);
  const lines: string[] = [];
  const missing = summary.items.filter((i) => i.status === 'pending' || i.status === 'late');
  if (!summary.present) lines.push(t(lang, 'noMonth', { month: name }));
  if (!missing.length) {
    lines.push(
      t(lang, 'complete', {
        month: name.charAt(0).toUpperCase() + name.slice(1),
        published: summary.published,
        na: summary.notApplicable,
      }),
    );
    return { lines, missing: 0, summary };
  }
  lines.push(t(lang, 'missingTitle', { month: name, deadline: dayName(summary.deadline, lang) }));
  for (const item of missing)
    lines.push(
      t(lang, 'missingLine', {
        numeral: item.numeral.id,
        title: pick(item.numeral.title, lang),
        status: t(lang, item.status === 'late' ? 'statusLate' : 'statusPending'),
      }),
    );
  lines.push(t(lang, 'missingCount', { count: missing.length, total: summary.total }));
  return { lines, missing: missing.length, summary };
}
