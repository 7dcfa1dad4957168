/**
 * The SDG index a municipality maintains (`ods/indice.json`): which indicators it reports
 * for each goal and their status. Pure: validation returns located issues, the element
 * words them.
 *
 * ```json
 * {
 *   "institution": "GAD Municipal de San Isidro del Río (ficticio)",
 *   "updated": "2026-03-31",
 *   "goals": [
 *     { "goal": 6, "href": "/ods/6", "indicators": [
 *       { "id": "6.1.1", "name": "Agua potable segura", "status": "moderate_progress",
 *         "href": "/ods/6-1-1" } ] }
 *   ]
 * }
 * ```
 */
import { isGoal } from './goals.js';
import { PROGRESS_STATUSES, type ProgressStatus } from './progress.js';

/** One indicator in the index. */
export interface SdgIndexIndicator {
  /** The indicator code ("6.1.1"). */
  id: string;
  /** Its name, in the page's language. */
  name?: string;
  /** Its progress status (default `not_available`). */
  status?: ProgressStatus;
  /** Its page. */
  href?: string;
}

/** One goal in the index. */
export interface SdgIndexGoal {
  goal: number;
  /** The goal's page. */
  href?: string;
  indicators?: SdgIndexIndicator[];
}

/** The whole index. */
export interface SdgIndex {
  institution?: string;
  /** ISO date of the last update. */
  updated?: string;
  goals: SdgIndexGoal[];
}

/** A problem found in an index, located by a path like `goals[2].goal`. */
export interface SdgIndexIssue {
  code: 'not-object' | 'goals' | 'goal' | 'duplicate-goal' | 'indicators' | 'id' | 'status';
  path: string;
  value?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks an index; returns the issues (none when it is valid). */
export function validateSdgIndex(input: unknown): SdgIndexIssue[] {
  const issues: SdgIndexIssue[] = [];
  if (!isObject(input)) return [{ code: 'not-object', path: '' }];
  if (!Array.isArray(input.goals)) return [{ code: 'goals', path: 'goals' }];
  const seen = new Set<number>();
  input.goals.forEach((g: unknown, i) => {
    const path = `goals[${i}]`;
    if (!isObject(g) || !isGoal(g.goal)) {
      issues.push({ code: 'goal', path: `${path}.goal`, value: String(isObject(g) ? g.goal : g) });
      return;
    }
    if (seen.has(g.goal))
      issues.push({ code: 'duplicate-goal', path: `${path}.goal`, value: String(g.goal) });
    seen.add(g.goal);
    if (g.indicators === undefined) return;
    if (!Array.isArray(g.indicators)) {
      issues.push({ code: 'indicators', path: `${path}.indicators` });
      return;
    }
    g.indicators.forEach((ind: unknown, j) => {
      const at = `${path}.indicators[${j}]`;
      if (!isObject(ind) || typeof ind.id !== 'string' || ind.id.trim() === '') {
        issues.push({ code: 'id', path: `${at}.id` });
        return;
      }
      if (ind.status !== undefined && !PROGRESS_STATUSES.includes(ind.status as ProgressStatus))
        issues.push({ code: 'status', path: `${at}.status`, value: String(ind.status) });
    });
  });
  return issues;
}

/** Status groups shown in the grid's summaries and filter. */
export type StatusGroup = 'on-track' | 'limited' | 'deterioration' | 'no-data';

/** The group of a status: achieved, substantial and moderate progress count as on track. */
export function statusGroup(status: ProgressStatus | undefined): StatusGroup {
  switch (status) {
    case 'target_achieved':
    case 'substantial_progress':
    case 'moderate_progress':
      return 'on-track';
    case 'limited_progress':
      return 'limited';
    case 'deterioration':
      return 'deterioration';
    default:
      return 'no-data';
  }
}

/** How many indicators of a goal fall in each group. */
export function summarize(goal: SdgIndexGoal | undefined): Record<StatusGroup, number> {
  const counts = { 'on-track': 0, limited: 0, deterioration: 0, 'no-data': 0 };
  for (const ind of goal?.indicators ?? []) counts[statusGroup(ind.status)]++;
  return counts;
}
