/** Opens the configured storage: PostgreSQL when DATABASE_URL is set, else SQLite. */
import { join } from 'node:path';
import type { Config } from '../config.js';
import { PostgresStorage } from './postgres.js';
import { SqliteStorage } from './sqlite.js';
import type { Storage } from './types.js';

export type * from './types.js';
export { CodeConflictError, normalizeSearch } from './common.js';
export { SqliteStorage } from './sqlite.js';
export { PostgresStorage } from './postgres.js';

/** The storage of `config` (not migrated yet: call `migrate()`). */
export function openStorage(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Storage {
  if (config.databaseUrl) return new PostgresStorage(config.databaseUrl);
  return new SqliteStorage(join(config.dataDir, 'minga.sqlite'));
}
