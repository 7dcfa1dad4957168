/**
 * The states a request goes through (Alaveteli, froide and MuckRock converge on these) and
 * the derived "overdue" flag. DOM-free.
 */

/** Every state a request can be in. */
export const REQUEST_STATUSES = [
  'received',
  'in_progress',
  'extended',
  'answered',
  'partially_answered',
  'not_held',
  'refused',
  'withdrawn',
] as const;

/** A request's state. */
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** States after which the institution owes nothing more: no deadline applies. */
export const FINAL_STATUSES: readonly RequestStatus[] = [
  'answered',
  'partially_answered',
  'not_held',
  'refused',
  'withdrawn',
];

/** Whether `value` is a known status. */
export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);
}

/** Whether a request in `status` is finished. */
export function isFinalStatus(status: RequestStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/** What decides whether a request is overdue. */
export interface OverdueInput {
  status: RequestStatus;
  dueAt: string | Date;
  extendedDueAt?: string | Date | null;
  /** Whether the deadline was extended (a history entry `extended`, or the status itself). */
  extended?: boolean;
}

/**
 * Whether the institution is late: the request is not finished and the deadline (the
 * extended one when it was extended) has passed. Derived, never stored.
 */
export function isOverdue(request: OverdueInput, now: Date | number = Date.now()): boolean {
  if (isFinalStatus(request.status)) return false;
  const extended = request.extended ?? request.status === 'extended';
  const deadline = extended && request.extendedDueAt ? request.extendedDueAt : request.dueAt;
  const time = new Date(deadline).getTime();
  return !Number.isNaN(time) && Number(now) > time;
}
