/**
 * The inbox's calls to `/staff/…`: same origin, the session cookie, and the CSRF token in
 * `X-CSRF-Token` on every change. Errors come back as {@link ApiError} with a code the
 * elements turn into a localized sentence.
 */

export type Status =
  | 'received'
  | 'in_progress'
  | 'extended'
  | 'answered'
  | 'partially_answered'
  | 'not_held'
  | 'refused'
  | 'withdrawn';

export const STATUSES: Status[] = [
  'received',
  'in_progress',
  'extended',
  'answered',
  'partially_answered',
  'not_held',
  'refused',
  'withdrawn',
];

export interface Me {
  staff: { id: number; email: string; name: string };
  csrfToken: string;
  expiresAt: string;
}

export interface Summary {
  code: string;
  status: Status;
  receivedAt: string;
  dueAt: string;
  extendedDueAt: string;
  effectiveDueAt: string;
  extended: boolean;
  closedAt: string | null;
  name: string;
  subject: string;
  overdue: boolean;
  dueThisWeek: boolean;
  daysLeft: number | null;
}

export interface FileLink {
  name: string;
  type: string;
  size: number;
  url: string;
}

export interface HistoryItem {
  id: number;
  status: Status;
  at: string;
  note: string | null;
  answerUrl: string | null;
  answerFile: FileLink | null;
}

export interface Detail extends Summary {
  email: string;
  payload: Record<string, unknown>;
  reservedIndexRef: string | null;
  proof: FileLink | null;
  history: HistoryItem[];
  next: Status[];
}

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** A failed call: `code` is `network`, `unauthenticated`, `csrf`, `rate_limited`, `invalid`, `not_found` or `server`. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status = 0,
    readonly errors: FieldError[] = [],
    readonly retryAfter = 0,
  ) {
    super(code);
  }
}

let csrfToken = '';

/** Remembers the session's CSRF token (from login or `/api/me`). */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  if (init.method && init.method !== 'GET') headers.set('x-csrf-token', csrfToken);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError('network');
  }
  if (response.status === 204) return undefined as T;
  let body: { error?: string; errors?: FieldError[] } & Record<string, unknown> = {};
  try {
    body = await response.json();
  } catch {
    if (!response.ok)
      throw new ApiError(response.status >= 500 ? 'server' : 'network', response.status);
  }
  if (!response.ok) {
    const code =
      response.status >= 500
        ? 'server'
        : response.status === 401 && body.error === 'invalid_credentials'
          ? 'invalid_credentials'
          : response.status === 401
            ? 'unauthenticated'
            : String(body.error ?? 'server');
    throw new ApiError(
      code,
      response.status,
      body.errors ?? [],
      Number(response.headers.get('retry-after')) || 0,
    );
  }
  return body as T;
}

const json = (value: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

export const api = {
  me: () => call<Me>('/staff/api/me'),
  login: (email: string, password: string) => call<Me>('/staff/login', json({ email, password })),
  logout: () => call<void>('/staff/logout', { method: 'POST' }),
  list: (params: URLSearchParams) =>
    call<{ total: number; rows: Summary[] }>(`/staff/api/requests?${params}`),
  get: (code: string) => call<Detail>(`/staff/api/requests/${encodeURIComponent(code)}`),
  changeStatus(
    code: string,
    fields: { status: string; note: string; answerUrl: string; reservedIndexRef: string },
    file: File | null,
  ): Promise<Detail> {
    const path = `/staff/api/requests/${encodeURIComponent(code)}/status`;
    if (!file) return call<Detail>(path, json(fields));
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    form.set('file', file, file.name);
    return call<Detail>(path, { method: 'POST', body: form });
  },
};
