/**
 * The HTTP contract between the form and a request service, as typed functions. DOM-free
 * (it needs only `fetch`, `AbortController` and `setTimeout`: browsers and Node ≥ 18).
 *
 * - `POST {endpoint}` with a JSON {@link InfoRequest} and `Idempotency-Key: <uuid>` →
 *   `201` {@link RequestReceipt} (the same key again → the same request, `200` or `201`),
 *   `422 { errors: FieldError[] }` (or `422 { error: 'idempotency_mismatch' }` when the key was
 *   already used with another body), `429` (with `Retry-After`), `5xx`.
 * - `GET {endpoint}/{code}` with `X-Requester-Email` or `X-Access-Key` →
 *   `200` {@link RequestRecord}, `404` when the code and the email/key do not match.
 */
import type { FieldError, InfoRequest } from './schema.js';
import { isRequestStatus, type RequestStatus } from './status.js';

/** The `201` body: what the receipt shows. */
export interface RequestReceipt {
  /** The request's code, as the institution files it (`SAIP-2026-000123`). */
  code: string;
  /** When the service received it (ISO 8601). */
  receivedAt: string;
  /** End of the last day to answer (ISO 8601). */
  dueAt: string;
  /** End of the last day when the deadline is extended (ISO 8601). */
  extendedDueAt: string;
  status: RequestStatus;
  /**
   * Extension of the contract (the reference service sends it): a secret that, with the code,
   * lets anyone holding the receipt check the status without the requester's email.
   */
  accessKey?: string;
}

/** One step of a request's history. */
export interface RequestHistoryEntry {
  status: RequestStatus;
  /** When (ISO 8601). */
  at: string;
  /** Why (an extension's reason, a refusal's legal ground…), in the institution's words. */
  note?: string;
}

/** The `GET` body: a request's public state, never the requester's personal data. */
export interface RequestRecord {
  code: string;
  status: RequestStatus;
  history: RequestHistoryEntry[];
  dueAt: string;
  extendedDueAt: string;
  answer?: {
    /** Where the answer (or its files) can be read. */
    url?: string;
    /** A short summary or the reason given. */
    note?: string;
  };
}

/** Why a call did not give the expected answer. */
export type FailureKind =
  | 'invalid'
  | 'changed'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'bad-response'
  | 'timeout'
  | 'network';

/** The outcome of a call: the data, or a failure a person can be told about. */
export type CallResult<T> =
  | { ok: true; data: T; status: number }
  | {
      ok: false;
      kind: FailureKind;
      /** The HTTP status, when there was a response. */
      status?: number;
      /** `422` field errors. */
      errors?: FieldError[];
      /** Seconds to wait, from `Retry-After`. */
      retryAfter?: number;
    };

/** Options of the client calls. */
export interface CallOptions {
  /** Give up after this many milliseconds (default 30 000). */
  timeout?: number;
  /** Cancels the call. */
  signal?: AbortSignal;
  /** The `fetch` to use (default the global one). */
  fetch?: typeof fetch;
}

/** Default time to wait for the server. */
export const DEFAULT_TIMEOUT = 30_000;

function isoDate(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(new Date(value).getTime());
}

/** Whether `value` is a valid `201` body. */
export function isRequestReceipt(value: unknown): value is RequestReceipt {
  const r = value as Partial<RequestReceipt> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.code === 'string' &&
    r.code !== '' &&
    isoDate(r.receivedAt) &&
    isoDate(r.dueAt) &&
    isoDate(r.extendedDueAt) &&
    isRequestStatus(r.status) &&
    (r.accessKey === undefined || typeof r.accessKey === 'string')
  );
}

/** Whether `value` is a valid `GET` body. */
export function isRequestRecord(value: unknown): value is RequestRecord {
  const r = value as Partial<RequestRecord> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.code === 'string' &&
    isRequestStatus(r.status) &&
    isoDate(r.dueAt) &&
    isoDate(r.extendedDueAt) &&
    Array.isArray(r.history) &&
    r.history.every((h) => isRequestStatus(h?.status) && isoDate(h?.at))
  );
}

function isFieldErrors(value: unknown): value is FieldError[] {
  return (
    Array.isArray(value) &&
    value.every((e) => typeof e?.field === 'string' && typeof e?.code === 'string')
  );
}

function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function call<T>(
  url: string,
  init: RequestInit,
  options: CallOptions,
  accept: (body: unknown) => body is T,
): Promise<CallResult<T>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout ?? DEFAULT_TIMEOUT);
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort);
  try {
    const response = await (options.fetch ?? fetch)(url, { ...init, signal: controller.signal });
    const body = await readJson(response);
    if (response.status === 422) {
      // The same Idempotency-Key came with another body: an earlier attempt of this draft may
      // have reached the server before the citizen changed the form.
      if ((body as { error?: unknown } | undefined)?.error === 'idempotency_mismatch')
        return { ok: false, kind: 'changed', status: 422 };
      const errors = (body as { errors?: unknown } | undefined)?.errors;
      return isFieldErrors(errors)
        ? { ok: false, kind: 'invalid', status: 422, errors }
        : { ok: false, kind: 'bad-response', status: 422 };
    }
    if (response.status === 404 || response.status === 401 || response.status === 403)
      return { ok: false, kind: 'not-found', status: response.status };
    if (response.status === 429) {
      const wait = retryAfter(response);
      return {
        ok: false,
        kind: 'rate-limited',
        status: 429,
        ...(wait === undefined ? {} : { retryAfter: wait }),
      };
    }
    if (response.status >= 500) return { ok: false, kind: 'server', status: response.status };
    if (response.ok && accept(body)) return { ok: true, data: body, status: response.status };
    return { ok: false, kind: 'bad-response', status: response.status };
  } catch {
    return { ok: false, kind: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
}

/** `POST {endpoint}`: sends a request. Send the same `idempotencyKey` on every retry. */
export function submitRequest(
  endpoint: string,
  body: InfoRequest,
  idempotencyKey: string,
  options: CallOptions = {},
): Promise<CallResult<RequestReceipt>> {
  return call(
    endpoint,
    {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': idempotencyKey,
      },
      body: JSON.stringify(body),
    },
    options,
    isRequestReceipt,
  );
}

/** Who may read a request: the requester's email, or the access key of the receipt. */
export type LookupSecret = { email: string } | { accessKey: string };

/** The URL of one request: `{endpoint}/{code}`, the code percent-encoded. */
export function requestUrl(endpoint: string, code: string): string {
  return `${endpoint.replace(/\/+$/, '')}/${encodeURIComponent(code)}`;
}

/**
 * `GET {endpoint}/{code}`: a request's state. The email or key travels in a header
 * (`X-Requester-Email` / `X-Access-Key`), never in the URL, so it stays out of server logs,
 * browser history and `Referer` headers.
 */
export function lookupRequest(
  endpoint: string,
  code: string,
  secret: LookupSecret,
  options: CallOptions = {},
): Promise<CallResult<RequestRecord>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if ('email' in secret) headers['X-Requester-Email'] = secret.email;
  else headers['X-Access-Key'] = secret.accessKey;
  return call(
    requestUrl(endpoint, code),
    { method: 'GET', headers, cache: 'no-store' },
    options,
    isRequestRecord,
  );
}
