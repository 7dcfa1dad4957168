/**
 * What the inbox shows of a request: the stored record plus derived deadline facts
 * (overdue, due this week, days left), computed here so the list and the detail agree.
 */
import { isFinalStatus, isOverdue, localDate } from '@minga/info-request/shared';
import type { HistoryEntry, StoredRequest } from '../storage/types.js';
import { nextStatuses } from './transitions.js';

const ZONE = 'America/Guayaquil';
const DAY = 86_400_000;

/** Days from today to the deadline's day in Guayaquil (0: due today; negative: late). */
export function daysLeft(deadline: string, now: Date): number {
  const due = Date.parse(`${localDate(deadline, ZONE)}T00:00:00Z`);
  const today = Date.parse(`${localDate(now, ZONE)}T00:00:00Z`);
  return Math.round((due - today) / DAY);
}

/** The derived deadline facts of a request at `now`. */
export function deadlineFacts(request: StoredRequest, now: Date) {
  const effectiveDueAt = request.extended ? request.extendedDueAt : request.dueAt;
  const open = !isFinalStatus(request.status);
  const overdue = isOverdue(request, now);
  const left = daysLeft(effectiveDueAt, now);
  return {
    effectiveDueAt,
    overdue,
    /** Open, not yet late, and due within the next 7 days. */
    dueThisWeek: open && !overdue && left <= 7,
    daysLeft: open ? left : null,
  };
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** One row of the inbox list. */
export function summary(request: StoredRequest, now: Date) {
  const description = text(request.payload.description) ?? '';
  return {
    code: request.code,
    status: request.status,
    receivedAt: request.receivedAt,
    dueAt: request.dueAt,
    extendedDueAt: request.extendedDueAt,
    extended: request.extended,
    closedAt: request.closedAt,
    name: request.name,
    subject: description.length > 160 ? `${description.slice(0, 159)}…` : description,
    ...deadlineFacts(request, now),
  };
}

/** The full record for the detail view (staff only: personal data included). */
export function detail(request: StoredRequest, history: HistoryEntry[], now: Date) {
  const { proof: _proof, ...payload } = request.payload as Record<string, unknown> & {
    proof?: unknown;
  };
  void _proof;
  const base = `/staff/api/requests/${encodeURIComponent(request.code)}`;
  return {
    ...summary(request, now),
    email: request.email,
    payload,
    reservedIndexRef: request.reservedIndexRef,
    updatedAt: request.updatedAt,
    proof: request.proof
      ? {
          name: request.proof.name,
          type: request.proof.type,
          size: request.proof.size,
          url: `${base}/proof`,
        }
      : null,
    history: history.map((entry) => ({
      id: entry.id,
      status: entry.status,
      at: entry.at,
      note: entry.note ?? null,
      staffId: entry.staffId ?? null,
      answerUrl: entry.answerUrl ?? null,
      answerFile: entry.answerFile
        ? {
            name: entry.answerFile.name,
            type: entry.answerFile.type,
            size: entry.answerFile.size,
            url: `${base}/answers/${entry.id}`,
          }
        : null,
    })),
    next: nextStatuses(request.status, request.extended),
  };
}
