/**
 * SQLite storage (better-sqlite3): one file `<dataDir>/minga.sqlite`, WAL journal and
 * `synchronous=FULL`, so a transaction is on disk when `createRequest` resolves (a 201
 * survives `kill -9` and a power cut). better-sqlite3 is synchronous: every call runs to the
 * end before the next one starts, so transactions never interleave inside one process;
 * between processes (the CLI while the server runs) `busy_timeout` waits for the lock.
 */
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { isFinalStatus, type RequestStatus } from '@minga/info-request/shared';
import {
  CodeConflictError,
  FINAL_LIST,
  guayaquilYear,
  likePattern,
  readMigrations,
  searchText,
  StatusConflictError,
  stillExpected,
} from './common.js';
import type {
  CreateResult,
  HistoryEntry,
  ListQuery,
  ListResult,
  NewRequest,
  Session,
  StaffAccount,
  StatusChange,
  Storage,
  StoredFile,
  StoredRequest,
} from './types.js';

type Row = Record<string, unknown>;

const json = <T>(value: unknown): T | null =>
  value === null || value === undefined ? null : (JSON.parse(String(value)) as T);

function toRequest(row: Row): StoredRequest {
  return {
    id: Number(row.id),
    code: String(row.code),
    accessKeyHash: String(row.access_key_hash),
    idempotencyKey: String(row.idempotency_key),
    receivedAt: String(row.received_at),
    dueAt: String(row.due_at),
    extendedDueAt: String(row.extended_due_at),
    email: String(row.email),
    name: String(row.name),
    payload: json<Record<string, unknown>>(row.payload) ?? {},
    proof: json<StoredFile>(row.proof),
    status: row.status as RequestStatus,
    extended: row.extended === 1,
    closedAt: (row.closed_at as string | null) ?? null,
    reservedIndexRef: (row.reserved_index_ref as string | null) ?? null,
    updatedAt: String(row.updated_at),
    bodyHash: (row.body_hash as string | null) ?? null,
  };
}

function toHistory(row: Row): HistoryEntry {
  return {
    id: Number(row.id),
    status: row.status as RequestStatus,
    at: String(row.at),
    note: (row.note as string | null) ?? null,
    staffId: row.staff_id === null ? null : Number(row.staff_id),
    answerUrl: (row.answer_url as string | null) ?? null,
    answerFile: json<StoredFile>(row.answer_file),
  };
}

function toStaff(row: Row): StaffAccount {
  return {
    id: Number(row.id),
    email: String(row.email),
    name: String(row.name),
    passwordHash: String(row.password_hash),
    createdAt: String(row.created_at),
    disabled: row.disabled === 1,
    passwordVersion: Number(row.password_version),
    unlockedAt: (row.unlocked_at as string | null) ?? null,
  };
}

function toSession(row: Row): Session {
  return {
    idHash: String(row.id_hash),
    staffId: Number(row.staff_id),
    csrfToken: String(row.csrf_token),
    createdAt: String(row.created_at),
    expiresAt: String(row.expires_at),
    passwordVersion: Number(row.password_version),
  };
}

type Outcome = { ok: true; value: CreateResult } | { ok: false; error: unknown };

const EFFECTIVE_DUE = 'CASE WHEN extended = 1 THEN extended_due_at ELSE due_at END';

export class SqliteStorage implements Storage {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly path: string) {
    if (path !== ':memory:') {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      // 0600 like secret.key, whatever the umask: created here first, then chmod (the umask
      // only narrows a mode). SQLite gives the -wal and -shm files the main file's mode.
      closeSync(openSync(path, 'a', 0o600));
      for (const file of [path, `${path}-wal`, `${path}-shm`])
        if (existsSync(file)) chmodSync(file, 0o600);
    }
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.insertOneTx = this.db.transaction((r: NewRequest) => this.insertRequest(r));
    this.insertBatchTx = this.db.transaction((requests: NewRequest[]): Outcome[] =>
      requests.map((r) => {
        try {
          return { ok: true, value: this.insertOne(r) };
        } catch (error) {
          return { ok: false, error }; // rolled back to its savepoint only
        }
      }),
    );
  }

  /** A prepared statement, prepared once. */
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (statement === undefined) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  async migrate(): Promise<void> {
    this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    for (const migration of readMigrations('sqlite')) {
      // IMMEDIATE takes the write lock first: two processes never apply one migration twice.
      this.db
        .transaction(() => {
          const done = this.db
            .prepare('SELECT 1 FROM schema_migrations WHERE version = ?')
            .get(migration.version);
          if (done) return;
          this.db.exec(migration.sql);
          this.db
            .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
            .run(migration.version, migration.name, new Date().toISOString());
        })
        .immediate();
    }
    this.statements.clear();
  }

  async ping(): Promise<boolean> {
    try {
      return this.sql('SELECT 1 AS ok').get() !== undefined;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private byId(id: number): StoredRequest | null {
    const row = this.sql('SELECT * FROM requests WHERE id = ?').get(id) as Row | undefined;
    return row ? toRequest(row) : null;
  }

  /**
   * Group commit: creates arriving in the same turn of the event loop are written in one
   * transaction (one fsync), each in its own savepoint, and every promise resolves only
   * after that transaction is committed. Under load this turns N fsyncs into one.
   */
  createRequest(request: NewRequest): Promise<CreateResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ request, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private readonly pending: {
    request: NewRequest;
    resolve: (result: CreateResult) => void;
    reject: (error: unknown) => void;
  }[] = [];

  private readonly insertOne = (r: NewRequest): CreateResult => this.insertOneTx(r);
  private insertOneTx!: (r: NewRequest) => CreateResult;
  private insertBatchTx!: { immediate: (batch: NewRequest[]) => Outcome[] };

  private flush(): void {
    const batch = this.pending.splice(0);
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = this.insertBatchTx.immediate(batch.map((item) => item.request));
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }

  /** Inserts one request and its first history entry (inside a transaction). */
  private insertRequest(r: NewRequest): CreateResult {
    let changes: number;
    let id: number;
    try {
      const info = this.sql(
        `INSERT INTO requests (code, access_key_hash, idempotency_key, received_at, received_year,
           due_at, extended_due_at, email, name, payload, proof, status, extended, updated_at, search,
           body_hash)
         VALUES (@code, @accessKeyHash, @idempotencyKey, @receivedAt, @year, @dueAt, @extendedDueAt,
           @email, @name, @payload, @proof, 'received', 0, @receivedAt, @search, @bodyHash)
         ON CONFLICT (idempotency_key) DO NOTHING`,
      ).run({
        code: r.code,
        accessKeyHash: r.accessKeyHash,
        idempotencyKey: r.idempotencyKey,
        receivedAt: r.receivedAt,
        year: guayaquilYear(r.receivedAt),
        dueAt: r.dueAt,
        extendedDueAt: r.extendedDueAt,
        email: r.email,
        name: r.name,
        payload: JSON.stringify(r.payload),
        proof: r.proof ? JSON.stringify(r.proof) : null,
        search: searchText(r),
        bodyHash: r.bodyHash ?? null,
      });
      changes = info.changes;
      id = Number(info.lastInsertRowid);
    } catch (error) {
      const e = error as { code?: string; message?: string };
      if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' && e.message?.includes('requests.code'))
        throw new CodeConflictError(r.code);
      throw error;
    }
    if (changes === 0) {
      const row = this.sql('SELECT * FROM requests WHERE idempotency_key = ?').get(
        r.idempotencyKey,
      ) as Row;
      return { request: toRequest(row), created: false };
    }
    this.sql(`INSERT INTO request_history (request_id, status, at) VALUES (?, 'received', ?)`).run(
      id,
      r.receivedAt,
    );
    // What was just written, without reading it back.
    const request: StoredRequest = {
      ...r,
      proof: r.proof ?? null,
      bodyHash: r.bodyHash ?? null,
      id,
      status: 'received',
      extended: false,
      closedAt: null,
      reservedIndexRef: null,
      updatedAt: r.receivedAt,
    };
    return { request, created: true };
  }

  async findByCode(code: string): Promise<StoredRequest | null> {
    const row = this.sql('SELECT * FROM requests WHERE code = ?').get(code) as Row | undefined;
    return row ? toRequest(row) : null;
  }

  /** The request with this idempotency key, if any (a shortcut; the constraint decides). */
  async findByIdempotencyKey(key: string): Promise<StoredRequest | null> {
    const row = this.sql('SELECT * FROM requests WHERE idempotency_key = ?').get(key) as
      Row | undefined;
    return row ? toRequest(row) : null;
  }

  async history(requestId: number): Promise<HistoryEntry[]> {
    const rows = this.sql('SELECT * FROM request_history WHERE request_id = ? ORDER BY id').all(
      requestId,
    ) as Row[];
    return rows.map(toHistory);
  }

  async list(query: ListQuery): Promise<ListResult> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.statuses && query.statuses.length > 0) {
      where.push(`status IN (${query.statuses.map(() => '?').join(', ')})`);
      params.push(...query.statuses);
    }
    if (query.q && query.q.trim() !== '') {
      where.push(`search LIKE ? ESCAPE '\\'`);
      params.push(likePattern(query.q.trim()));
    }
    if (query.year !== undefined) {
      where.push('received_year = ?');
      params.push(query.year);
    }
    if (query.dueBefore !== undefined) {
      where.push(`status NOT IN (${FINAL_LIST}) AND ${EFFECTIVE_DUE} < ?`);
      params.push(query.dueBefore);
    }
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const order =
      query.order === 'received'
        ? 'ORDER BY received_at DESC, id DESC'
        : `ORDER BY (status IN (${FINAL_LIST})) ASC,
             CASE WHEN status IN (${FINAL_LIST}) THEN NULL ELSE ${EFFECTIVE_DUE} END ASC,
             received_at DESC, id DESC`;
    const limit = Math.max(0, Math.min(query.limit ?? 50, 10_000));
    const offset = Math.max(0, query.offset ?? 0);
    const total = (
      this.db.prepare(`SELECT COUNT(*) AS n FROM requests ${filter}`).get(...params) as Row
    ).n;
    const rows = this.db
      .prepare(`SELECT * FROM requests ${filter} ${order} LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as Row[];
    return { rows: rows.map(toRequest), total: Number(total) };
  }

  async changeStatus(requestId: number, change: StatusChange): Promise<StoredRequest> {
    const run = this.db.transaction((): StoredRequest => {
      const current = this.byId(requestId);
      if (current === null) throw new Error(`No request with id ${requestId}`);
      if (!stillExpected(current, change.expected)) throw new StatusConflictError(current.code);
      this.sql(
        `INSERT INTO request_history (request_id, status, at, note, staff_id, answer_url, answer_file)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        requestId,
        change.status,
        change.at,
        change.note ?? null,
        change.staffId,
        change.answerUrl ?? null,
        change.answerFile ? JSON.stringify(change.answerFile) : null,
      );
      this.sql(
        `UPDATE requests SET status = ?, updated_at = ?, extended = ?, extended_due_at = ?,
           closed_at = ?, reserved_index_ref = ? WHERE id = ?`,
      ).run(
        change.status,
        change.at,
        current.extended || change.status === 'extended' ? 1 : 0,
        change.extendedDueAt ?? current.extendedDueAt,
        isFinalStatus(change.status) ? change.at : null,
        change.reservedIndexRef ?? current.reservedIndexRef,
        requestId,
      );
      return this.byId(requestId)!;
    });
    return run.immediate();
  }

  async count(): Promise<number> {
    return Number((this.sql('SELECT COUNT(*) AS n FROM requests').get() as Row).n);
  }

  async requestsOfYear(year: number): Promise<StoredRequest[]> {
    const rows = this.sql(
      'SELECT * FROM requests WHERE received_year = ? ORDER BY received_at, id',
    ).all(year) as Row[];
    return rows.map(toRequest);
  }

  async createStaff(account: {
    email: string;
    name: string;
    passwordHash: string;
  }): Promise<StaffAccount> {
    const info = this.sql(
      'INSERT INTO staff (email, name, password_hash, created_at) VALUES (?, ?, ?, ?)',
    ).run(
      account.email.trim().toLowerCase(),
      account.name,
      account.passwordHash,
      new Date().toISOString(),
    );
    return (await this.findStaffById(Number(info.lastInsertRowid)))!;
  }

  async findStaffByEmail(email: string): Promise<StaffAccount | null> {
    const row = this.sql('SELECT * FROM staff WHERE email = ?').get(email.trim().toLowerCase()) as
      Row | undefined;
    return row ? toStaff(row) : null;
  }

  async findStaffById(id: number): Promise<StaffAccount | null> {
    const row = this.sql('SELECT * FROM staff WHERE id = ?').get(id) as Row | undefined;
    return row ? toStaff(row) : null;
  }

  async setStaffPassword(
    id: number,
    passwordHash: string,
    options: { rehash?: boolean } = {},
  ): Promise<void> {
    this.sql(
      'UPDATE staff SET password_hash = ?, password_version = password_version + ? WHERE id = ?',
    ).run(passwordHash, options.rehash ? 0 : 1, id);
  }

  async unlockStaff(id: number, at: string): Promise<void> {
    this.sql('UPDATE staff SET unlocked_at = ? WHERE id = ?').run(at, id);
  }

  async listStaff(): Promise<StaffAccount[]> {
    return (this.sql('SELECT * FROM staff ORDER BY id').all() as Row[]).map(toStaff);
  }

  async createSession(session: Session): Promise<void> {
    this.sql(
      `INSERT INTO sessions (id_hash, staff_id, csrf_token, created_at, expires_at, password_version)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(
      session.idHash,
      session.staffId,
      session.csrfToken,
      session.createdAt,
      session.expiresAt,
      session.passwordVersion,
    );
  }

  async findSession(idHash: string, now: string): Promise<Session | null> {
    const row = this.sql('SELECT * FROM sessions WHERE id_hash = ? AND expires_at > ?').get(
      idHash,
      now,
    ) as Row | undefined;
    return row ? toSession(row) : null;
  }

  async deleteSession(idHash: string): Promise<void> {
    this.sql('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
  }

  async deleteExpiredSessions(now: string): Promise<number> {
    return this.sql('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes;
  }

  async deleteStaffSessions(staffId: number): Promise<number> {
    return this.sql('DELETE FROM sessions WHERE staff_id = ?').run(staffId).changes;
  }

  async storedFilePaths(): Promise<Set<string>> {
    const rows = this.sql(
      `SELECT json_extract(proof, '$.path') AS path FROM requests WHERE proof IS NOT NULL
       UNION SELECT json_extract(answer_file, '$.path') FROM request_history
       WHERE answer_file IS NOT NULL`,
    ).all() as Row[];
    return new Set(rows.map((row) => String(row.path)));
  }

  async markReminderSent(requestId: number, kind: string, at: string): Promise<boolean> {
    const info = this.sql(
      'INSERT INTO reminders (request_id, kind, sent_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    ).run(requestId, kind, at);
    return info.changes === 1;
  }
}
