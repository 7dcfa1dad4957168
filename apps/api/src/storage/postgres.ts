/**
 * PostgreSQL storage (pg Pool), used when DATABASE_URL is set. Same behaviour as SQLite:
 * idempotency by the UNIQUE constraint (`ON CONFLICT DO NOTHING`, then a read of the row the
 * winner committed), the append-only history enforced by a trigger. Times are TIMESTAMPTZ
 * and come back as ISO strings.
 */
import pg from 'pg';
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

const iso = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
const isoOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : iso(value);

function toRequest(row: Row): StoredRequest {
  return {
    id: Number(row.id),
    code: String(row.code),
    accessKeyHash: String(row.access_key_hash),
    idempotencyKey: String(row.idempotency_key),
    receivedAt: iso(row.received_at),
    dueAt: iso(row.due_at),
    extendedDueAt: iso(row.extended_due_at),
    email: String(row.email),
    name: String(row.name),
    payload: (row.payload as Record<string, unknown>) ?? {},
    proof: (row.proof as StoredFile | null) ?? null,
    status: row.status as RequestStatus,
    extended: row.extended === true,
    closedAt: isoOrNull(row.closed_at),
    reservedIndexRef: (row.reserved_index_ref as string | null) ?? null,
    updatedAt: iso(row.updated_at),
    bodyHash: (row.body_hash as string | null) ?? null,
  };
}

function toHistory(row: Row): HistoryEntry {
  return {
    id: Number(row.id),
    status: row.status as RequestStatus,
    at: iso(row.at),
    note: (row.note as string | null) ?? null,
    staffId: row.staff_id === null ? null : Number(row.staff_id),
    answerUrl: (row.answer_url as string | null) ?? null,
    answerFile: (row.answer_file as StoredFile | null) ?? null,
  };
}

function toStaff(row: Row): StaffAccount {
  return {
    id: Number(row.id),
    email: String(row.email),
    name: String(row.name),
    passwordHash: String(row.password_hash),
    createdAt: iso(row.created_at),
    disabled: row.disabled === true,
    passwordVersion: Number(row.password_version),
    unlockedAt: isoOrNull(row.unlocked_at),
  };
}

function toSession(row: Row): Session {
  return {
    idHash: String(row.id_hash),
    staffId: Number(row.staff_id),
    csrfToken: String(row.csrf_token),
    createdAt: iso(row.created_at),
    expiresAt: iso(row.expires_at),
    passwordVersion: Number(row.password_version),
  };
}

const EFFECTIVE_DUE = 'CASE WHEN extended THEN extended_due_at ELSE due_at END';
/** Any number to lock migrations with, so two servers starting together do not race. */
const MIGRATION_LOCK = 7_202_611;

export class PostgresStorage implements Storage {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;

  constructor(connectionString: string, options: { max?: number } = {}) {
    this.pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
    // An idle client losing its connection must not crash the process.
    this.pool.on('error', () => undefined);
  }

  private async tx<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`);
      for (const migration of readMigrations('postgres')) {
        const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
          migration.version,
        ]);
        if (done.rowCount) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query(
            'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())',
            [migration.version, migration.name],
          );
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async createRequest(r: NewRequest): Promise<CreateResult> {
    try {
      return await this.tx(async (client) => {
        const inserted = await client.query(
          `INSERT INTO requests (code, access_key_hash, idempotency_key, received_at, received_year,
             due_at, extended_due_at, email, name, payload, proof, status, extended, updated_at, search,
             body_hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'received', FALSE, $4, $12, $13)
           ON CONFLICT (idempotency_key) DO NOTHING
           RETURNING *`,
          [
            r.code,
            r.accessKeyHash,
            r.idempotencyKey,
            r.receivedAt,
            guayaquilYear(r.receivedAt),
            r.dueAt,
            r.extendedDueAt,
            r.email,
            r.name,
            JSON.stringify(r.payload),
            r.proof ? JSON.stringify(r.proof) : null,
            searchText(r),
            r.bodyHash ?? null,
          ],
        );
        if (inserted.rowCount === 0) {
          // Another transaction holds this key; ON CONFLICT waited for it to commit, and this
          // new statement sees its row.
          const existing = await client.query('SELECT * FROM requests WHERE idempotency_key = $1', [
            r.idempotencyKey,
          ]);
          return { request: toRequest(existing.rows[0] as Row), created: false };
        }
        const row = inserted.rows[0] as Row;
        await client.query(
          `INSERT INTO request_history (request_id, status, at) VALUES ($1, 'received', $2)`,
          [row.id, r.receivedAt],
        );
        return { request: toRequest(row), created: true };
      });
    } catch (error) {
      const e = error as { code?: string; constraint?: string };
      if (e.code === '23505' && e.constraint === 'requests_code_key')
        throw new CodeConflictError(r.code);
      throw error;
    }
  }

  async findByCode(code: string): Promise<StoredRequest | null> {
    const result = await this.pool.query('SELECT * FROM requests WHERE code = $1', [code]);
    return result.rows[0] ? toRequest(result.rows[0] as Row) : null;
  }

  async findByIdempotencyKey(key: string): Promise<StoredRequest | null> {
    const result = await this.pool.query('SELECT * FROM requests WHERE idempotency_key = $1', [
      key,
    ]);
    return result.rows[0] ? toRequest(result.rows[0] as Row) : null;
  }

  async history(requestId: number): Promise<HistoryEntry[]> {
    const result = await this.pool.query(
      'SELECT * FROM request_history WHERE request_id = $1 ORDER BY id',
      [requestId],
    );
    return (result.rows as Row[]).map(toHistory);
  }

  async list(query: ListQuery): Promise<ListResult> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.statuses && query.statuses.length > 0) {
      where.push(`status = ANY(${param(query.statuses)})`);
    }
    if (query.q && query.q.trim() !== '') {
      where.push(`search LIKE ${param(likePattern(query.q.trim()))} ESCAPE '\\'`);
    }
    if (query.year !== undefined) where.push(`received_year = ${param(query.year)}`);
    if (query.dueBefore !== undefined) {
      where.push(`status NOT IN (${FINAL_LIST}) AND ${EFFECTIVE_DUE} < ${param(query.dueBefore)}`);
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
    const total = await this.pool.query(`SELECT COUNT(*) AS n FROM requests ${filter}`, params);
    const rows = await this.pool.query(
      `SELECT * FROM requests ${filter} ${order} LIMIT ${param(limit)} OFFSET ${param(offset)}`,
      params,
    );
    return { rows: (rows.rows as Row[]).map(toRequest), total: Number(total.rows[0].n) };
  }

  async changeStatus(requestId: number, change: StatusChange): Promise<StoredRequest> {
    return this.tx(async (client) => {
      const current = await client.query('SELECT * FROM requests WHERE id = $1 FOR UPDATE', [
        requestId,
      ]);
      if (!current.rows[0]) throw new Error(`No request with id ${requestId}`);
      const before = toRequest(current.rows[0] as Row);
      // FOR UPDATE above: a concurrent change waits for this one, then sees its result.
      if (!stillExpected(before, change.expected)) throw new StatusConflictError(before.code);
      await client.query(
        `INSERT INTO request_history (request_id, status, at, note, staff_id, answer_url, answer_file)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          requestId,
          change.status,
          change.at,
          change.note ?? null,
          change.staffId,
          change.answerUrl ?? null,
          change.answerFile ? JSON.stringify(change.answerFile) : null,
        ],
      );
      const updated = await client.query(
        `UPDATE requests SET status = $1, updated_at = $2, extended = $3, extended_due_at = $4,
           closed_at = $5, reserved_index_ref = $6 WHERE id = $7 RETURNING *`,
        [
          change.status,
          change.at,
          before.extended || change.status === 'extended',
          change.extendedDueAt ?? before.extendedDueAt,
          isFinalStatus(change.status) ? change.at : null,
          change.reservedIndexRef ?? before.reservedIndexRef,
          requestId,
        ],
      );
      return toRequest(updated.rows[0] as Row);
    });
  }

  async count(): Promise<number> {
    const result = await this.pool.query('SELECT COUNT(*) AS n FROM requests');
    return Number(result.rows[0].n);
  }

  async requestsOfYear(year: number): Promise<StoredRequest[]> {
    const result = await this.pool.query(
      'SELECT * FROM requests WHERE received_year = $1 ORDER BY received_at, id',
      [year],
    );
    return (result.rows as Row[]).map(toRequest);
  }

  async createStaff(account: {
    email: string;
    name: string;
    passwordHash: string;
  }): Promise<StaffAccount> {
    const result = await this.pool.query(
      `INSERT INTO staff (email, name, password_hash, created_at) VALUES ($1, $2, $3, now())
       RETURNING *`,
      [account.email.trim().toLowerCase(), account.name, account.passwordHash],
    );
    return toStaff(result.rows[0] as Row);
  }

  async findStaffByEmail(email: string): Promise<StaffAccount | null> {
    const result = await this.pool.query('SELECT * FROM staff WHERE email = $1', [
      email.trim().toLowerCase(),
    ]);
    return result.rows[0] ? toStaff(result.rows[0] as Row) : null;
  }

  async findStaffById(id: number): Promise<StaffAccount | null> {
    const result = await this.pool.query('SELECT * FROM staff WHERE id = $1', [id]);
    return result.rows[0] ? toStaff(result.rows[0] as Row) : null;
  }

  async setStaffPassword(
    id: number,
    passwordHash: string,
    options: { rehash?: boolean } = {},
  ): Promise<void> {
    await this.pool.query(
      'UPDATE staff SET password_hash = $1, password_version = password_version + $2 WHERE id = $3',
      [passwordHash, options.rehash ? 0 : 1, id],
    );
  }

  async unlockStaff(id: number, at: string): Promise<void> {
    await this.pool.query('UPDATE staff SET unlocked_at = $1 WHERE id = $2', [at, id]);
  }

  async listStaff(): Promise<StaffAccount[]> {
    const result = await this.pool.query('SELECT * FROM staff ORDER BY id');
    return (result.rows as Row[]).map(toStaff);
  }

  async createSession(session: Session): Promise<void> {
    await this.pool.query(
      `INSERT INTO sessions (id_hash, staff_id, csrf_token, created_at, expires_at, password_version)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        session.idHash,
        session.staffId,
        session.csrfToken,
        session.createdAt,
        session.expiresAt,
        session.passwordVersion,
      ],
    );
  }

  async findSession(idHash: string, now: string): Promise<Session | null> {
    const result = await this.pool.query(
      'SELECT * FROM sessions WHERE id_hash = $1 AND expires_at > $2',
      [idHash, now],
    );
    return result.rows[0] ? toSession(result.rows[0] as Row) : null;
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
  }

  async deleteExpiredSessions(now: string): Promise<number> {
    const result = await this.pool.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
    return result.rowCount ?? 0;
  }

  async deleteStaffSessions(staffId: number): Promise<number> {
    const result = await this.pool.query('DELETE FROM sessions WHERE staff_id = $1', [staffId]);
    return result.rowCount ?? 0;
  }

  async storedFilePaths(): Promise<Set<string>> {
    const result = await this.pool.query(
      `SELECT proof->>'path' AS path FROM requests WHERE proof IS NOT NULL
       UNION SELECT answer_file->>'path' FROM request_history WHERE answer_file IS NOT NULL`,
    );
    return new Set((result.rows as Row[]).map((row) => String(row.path)));
  }

  async markReminderSent(requestId: number, kind: string, at: string): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO reminders (request_id, kind, sent_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [requestId, kind, at],
    );
    return result.rowCount === 1;
  }
}
