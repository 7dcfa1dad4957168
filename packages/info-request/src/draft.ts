/**
 * Local drafts of the request form, in `localStorage`. Personal data stays on the device:
 * nothing here talks to a server. Attached files are not stored (they can be megabytes, and
 * storage quotas are small): the draft keeps the file name so the form can ask for it again.
 */

/** What a draft holds. */
export interface Draft<V> {
  version: 1;
  /** When it was last saved (ISO 8601). */
  savedAt: string;
  /** The Idempotency-Key of this draft's submission. */
  idempotencyKey: string;
  values: V;
  /** The name of a file that was attached (the file itself is not stored). */
  proofName?: string;
}

/** The storage key of the draft for one form: it includes the endpoint and the institution. */
export function draftKey(endpoint: string, institution: string): string {
  return `minga-info-request:draft:${endpoint}|${institution}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage blocked (privacy settings, sandboxed frames)
  }
}

/** The saved draft, if there is a readable one. */
export function loadDraft<V>(key: string): Draft<V> | undefined {
  try {
    const text = storage()?.getItem(key);
    if (!text) return undefined;
    const draft = JSON.parse(text) as Draft<V>;
    if (draft?.version !== 1 || typeof draft.idempotencyKey !== 'string') return undefined;
    if (typeof draft.values !== 'object' || draft.values === null) return undefined;
    return draft;
  } catch {
    return undefined;
  }
}

/** Saves a draft; returns whether it could (storage may be full or blocked). */
export function saveDraft<V>(key: string, draft: Draft<V>): boolean {
  try {
    storage()?.setItem(key, JSON.stringify(draft));
    return storage() !== undefined;
  } catch {
    return false;
  }
}

/** Deletes the draft. */
export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // nothing to clear
  }
}

/** A new Idempotency-Key (a random UUID). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // crypto.randomUUID needs a secure context; build a v4 UUID from random bytes otherwise.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
