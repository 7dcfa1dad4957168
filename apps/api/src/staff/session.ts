/**
 * Staff sessions: a random 32-byte token in the `minga_session` cookie (HttpOnly,
 * SameSite=Strict, Path=/staff, Secure over HTTPS, 8 hours); the database keeps only its
 * SHA-256 and a per-session CSRF token.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'minga_session';
export const SESSION_HOURS = 8;
export const SESSION_MS = SESSION_HOURS * 3_600_000;

/** A new session token (sent once in the cookie) and its hash (stored). */
export function newSessionToken(): { token: string; idHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, idHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison of two tokens. */
export function tokensEqual(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y) && a.length === b.length;
}

/**
 * Counts failures per key in a sliding window, in memory (one process). Used per IP and
 * per account for logins.
 */
export class FailureLimiter {
  #hits = new Map<string, number[]>();
  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  #recent(key: string, now: number): number[] {
    const list = (this.#hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length === 0) this.#hits.delete(key);
    else this.#hits.set(key, list);
    return list;
  }

  /** Seconds to wait before trying again, or 0 when allowed. */
  retryAfter(key: string, now = Date.now()): number {
    const list = this.#recent(key, now);
    if (list.length < this.max) return 0;
    return Math.max(1, Math.ceil((list[0]! + this.windowMs - now) / 1000));
  }

  fail(key: string, now = Date.now()): void {
    const list = this.#recent(key, now);
    list.push(now);
    this.#hits.set(key, list);
    if (this.#hits.size > 50_000) this.#hits.delete(this.#hits.keys().next().value!);
  }

  reset(key: string): void {
    this.#hits.delete(key);
  }

  /** Forgets the failures of `key` before `time` (ms): staff unlocked the account then. */
  forgetBefore(key: string, time: number): void {
    const list = (this.#hits.get(key) ?? []).filter((t) => t >= time);
    if (list.length === 0) this.#hits.delete(key);
    else this.#hits.set(key, list);
  }
}
