// Shared test helpers: the storage backends (SQLite in a temp dir, PostgreSQL in a fresh
// schema when MINGA_TEST_DATABASE_URL is set), a valid request body, sample files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import { loadConfig } from '../dist/config.js';
import { SqliteStorage, PostgresStorage } from '../dist/storage/index.js';

export const PG_URL = process.env.MINGA_TEST_DATABASE_URL?.trim() || '';
export const REQUIRE_PG = process.env.MINGA_REQUIRE_PG === '1';

/** Whether PostgreSQL can be used; throws when it is required and cannot. */
export async function pgStatus() {
  if (!PG_URL) {
    if (REQUIRE_PG) throw new Error('MINGA_REQUIRE_PG=1 but MINGA_TEST_DATABASE_URL is not set');
    return {
      available: false,
      reason: 'MINGA_TEST_DATABASE_URL is not set: PostgreSQL suite skipped',
    };
  }
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { available: true };
  } catch (error) {
    if (REQUIRE_PG)
      throw new Error(`MINGA_REQUIRE_PG=1 but PostgreSQL is unreachable: ${error.message}`);
    return { available: false, reason: `PostgreSQL unreachable (${error.message}): suite skipped` };
  } finally {
    await client.end().catch(() => {});
  }
}

/** A fresh PostgreSQL schema; returns a connection string that uses it and a dropper. */
export async function freshPgSchema() {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(PG_URL);
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const separator = PG_URL.includes('?') ? '&' : '?';
  const url = `${PG_URL}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url,
    schema,
    async drop() {
      const client = new pg.Client(PG_URL);
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

export function tempDir(prefix = 'minga-api-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A test configuration over `env`, with a temp data dir. */
export function testConfig(env = {}) {
  return loadConfig({ MINGA_DATA_DIR: tempDir(), MINGA_LOG_LEVEL: 'silent', ...env });
}

/**
 * A migrated storage of `kind` with its config; `cleanup()` closes it and removes its data.
 * `env` adds configuration variables.
 */
export async function openTestStorage(kind, env = {}) {
  const config = testConfig(env);
  let storage;
  let drop = async () => {};
  if (kind === 'postgres') {
    const fresh = await freshPgSchema();
    config.databaseUrl = fresh.url;
    storage = new PostgresStorage(fresh.url, { max: 20 });
    drop = fresh.drop;
  } else {
    storage = new SqliteStorage(join(config.dataDir, 'minga.sqlite'));
  }
  await storage.migrate();
  return {
    config,
    storage,
    async cleanup() {
      await storage.close();
      await drop();
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

/** The backends to run the suite on: SQLite always, PostgreSQL when available. */
export async function backends() {
  const status = await pgStatus();
  return [
    { kind: 'sqlite', skip: false },
    { kind: 'postgres', skip: status.available ? false : status.reason },
  ];
}

export const PERSON = {
  name: 'Ana María Quishpe',
  idNumber: '1714307103',
  email: 'ana.quishpe@example.com',
  phone: '099 123 4567',
};

/** A valid request body (a person asking for herself). */
export function validBody(overrides = {}) {
  return {
    requesterType: 'person',
    name: PERSON.name,
    idType: 'cedula',
    idNumber: PERSON.idNumber,
    email: PERSON.email,
    phone: PERSON.phone,
    address: 'Av. Solano 1-23, Cuenca',
    onBehalf: false,
    description: 'Las actas de las sesiones del Concejo Municipal de enero a marzo de 2026.',
    delivery: 'email',
    format: 'csv',
    declaration: true,
    lang: 'es',
    ...overrides,
  };
}

export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
export const PNG_BYTES = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

export function proofOf(bytes, type, name = 'nombramiento.pdf') {
  return { name, type, size: bytes.length, data: bytes.toString('base64') };
}

/** A writable stream that keeps everything written to it (log capture). */
export function captureStream() {
  const chunks = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return { stream, text: () => chunks.join('') };
}

let keyCounter = 0;
export function newKey() {
  keyCounter += 1;
  return `test-${Date.now().toString(36)}-${keyCounter}-${randomBytes(4).toString('hex')}`;
}
