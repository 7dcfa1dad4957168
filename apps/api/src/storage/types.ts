/**
 * The one storage interface of the request service. Two real implementations:
 * `sqlite.ts` (better-sqlite3, the default) and `postgres.ts` (pg, when DATABASE_URL is set).
 * The same test suite runs against both. Every query is parameterized.
 *
 * Times are ISO 8601 strings in UTC (`2026-12-04T15:20:00.000Z`). Calendar days (report
 * dates) are computed by the caller in America/Guayaquil, never here.
 */
import type { RequestStatus } from '@minga/info-request/shared';

/** A file kept outside the web root (proof from the citizen, or a staff answer). */
export interface StoredFile {
  /** Path relative to the data directory's `files/` folder; never served directly. */
  path: string;
  /** The name the uploader gave it, shown as text only. */
  name: string;
  /** Checked content type (by magic bytes, not by the name). */
  type: string;
  size: number;
}

/** What the citizen endpoint stores, after validation with the shared schema. */
export interface NewRequest {
  /** Public code, e.g. `SAIP-2026-7KQ2M9`: random, not guessable in sequence, unique. */
  code: string;
  /** Hash of the access key (the key itself is shown once, in the 201). */
  accessKeyHash: string;
  /** The Idempotency-Key header; unique: a second create with it returns the first request. */
  idempotencyKey: string;
  receivedAt: string;
  dueAt: string;
  extendedDueAt: string;
  /** Lower-cased, trimmed: the status lookup compares with it. */
  email: string;
  /** The requester's name (staff see it; status answers never carry it). */
  name: string;
  /** The request as validated (the schema's output) without the attachment's bytes. */
  payload: Record<string, unknown>;
  proof?: StoredFile | null;
  /**
   * SHA-256 of the body as sent: a retry with the same Idempotency-Key must carry the same
   * body (null for rows created before it was kept).
   */
  bodyHash?: string | null;
}

/** A state change, kept forever in the append-only history. */
export interface HistoryEntry {
  id: number;
  status: RequestStatus;
  at: string;
  /** Plain text. For `extended` the reason (required); for refusals the legal reason. */
  note?: string | null;
  /** Staff account that made the change; null for the citizen's own creation. */
  staffId?: number | null;
  answerUrl?: string | null;
  answerFile?: StoredFile | null;
}

/** A stored request as the service reads it back. */
export interface StoredRequest extends NewRequest {
  id: number;
  status: RequestStatus;
  /** Whether the deadline was ever extended. */
  extended: boolean;
  /** When the current final state was reached (answered, refused…), else null. */
  closedAt: string | null;
  /** For refusals of reserved information: the index entry cited (LOTAIP reserved index). */
  reservedIndexRef: string | null;
  updatedAt: string;
}

/** What creating returns: `created` is false when the idempotency key was already used. */
export interface CreateResult {
  request: StoredRequest;
  created: boolean;
}

export interface ListQuery {
  /** Only these states (any when empty or absent). */
  statuses?: RequestStatus[];
  /** Free text over code, name, email and description (case- and accent-insensitive). */
  q?: string;
  /** Only requests received in this calendar year (America/Guayaquil). */
  year?: number;
  /** Only open requests whose effective deadline is before this instant (overdue). */
  dueBefore?: string;
  /**
   * `deadline`: open requests first, by effective deadline ascending (overdue and due this
   * week come first), then closed ones by receivedAt descending. `received`: newest first.
   */
  order?: 'deadline' | 'received';
  limit?: number;
  offset?: number;
}

export interface ListResult {
  rows: StoredRequest[];
  total: number;
}

export interface StatusChange {
  status: RequestStatus;
  at: string;
  staffId: number;
  note?: string | null;
  /** Set with `extended`. */
  extendedDueAt?: string | null;
  answerUrl?: string | null;
  answerFile?: StoredFile | null;
  reservedIndexRef?: string | null;
  /**
   * The state the change was decided from. When the request is no longer in it (two staff
   * members changing it at the same moment), the change is refused with
   * `StatusConflictError` and nothing is written.
   */
  expected?: { status: RequestStatus; extended: boolean };
}

export interface StaffAccount {
  id: number;
  email: string;
  name: string;
  /** `scrypt$N$r$p$salt$hash` (see staff/password.ts); never leaves the server. */
  passwordHash: string;
  createdAt: string;
  disabled: boolean;
  /** Raised by every password change (and by disabling): older sessions stop working. */
  passwordVersion: number;
  /** When staff last unlocked the account from the CLI (`staff unlock`), else null. */
  unlockedAt: string | null;
}

export interface Session {
  /** Hash of the session token (the cookie carries the token). */
  idHash: string;
  staffId: number;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  /** The account's password version when the session was made (see `StaffAccount`). */
  passwordVersion: number;
}

export interface Storage {
  /** `sqlite` or `postgres`, for logs and the health endpoint. */
  readonly kind: 'sqlite' | 'postgres';
  /** Applies pending migrations (versioned files in `migrations/`), idempotent. */
  migrate(): Promise<void>;
  /** Cheap round trip for the health endpoint. */
  ping(): Promise<boolean>;
  close(): Promise<void>;

  /**
   * Inserts the request and its first history entry (`received`) in one transaction, or
   * returns the existing one for the same idempotency key (also under concurrent retries:
   * a unique constraint decides, not a read-then-write). Durable when it resolves.
   */
  createRequest(request: NewRequest): Promise<CreateResult>;
  findByCode(code: string): Promise<StoredRequest | null>;
  /**
   * The request created with this Idempotency-Key, if any. Added by the citizen side: a cheap
   * check before storing a retried attachment again (the UNIQUE constraint still decides).
   */
  findByIdempotencyKey(key: string): Promise<StoredRequest | null>;
  history(requestId: number): Promise<HistoryEntry[]>;
  list(query: ListQuery): Promise<ListResult>;
  /** Appends a history entry and updates the request in one transaction. */
  changeStatus(requestId: number, change: StatusChange): Promise<StoredRequest>;
  count(): Promise<number>;
  /** Every request received in `year` (America/Guayaquil), oldest first, for the reports. */
  requestsOfYear(year: number): Promise<StoredRequest[]>;

  createStaff(account: {
    email: string;
    name: string;
    passwordHash: string;
  }): Promise<StaffAccount>;
  findStaffByEmail(email: string): Promise<StaffAccount | null>;
  findStaffById(id: number): Promise<StaffAccount | null>;
  /**
   * Replaces the password hash and raises the password version, so every session made before
   * stops working. `{ rehash: true }` (the same password, stronger parameters) keeps it.
   */
  setStaffPassword(id: number, passwordHash: string, options?: { rehash?: boolean }): Promise<void>;
  /** Records that staff unlocked the account at `at` (login failures before it are forgotten). */
  unlockStaff(id: number, at: string): Promise<void>;
  listStaff(): Promise<StaffAccount[]>;

  createSession(session: Session): Promise<void>;
  findSession(idHash: string, now: string): Promise<Session | null>;
  deleteSession(idHash: string): Promise<void>;
  deleteExpiredSessions(now: string): Promise<number>;
  /** Deletes every session of an account (password change, disabling); returns how many. */
  deleteStaffSessions(staffId: number): Promise<number>;

  /** Paths (relative to `files/`) of every stored file a row points to: proofs and answers. */
  storedFilePaths(): Promise<Set<string>>;

  /** Marks that the "soon due" staff reminder was sent, so it is sent once per request. */
  markReminderSent(requestId: number, kind: string, at: string): Promise<boolean>;
}
