/** What both storage implementations share: migrations on disk, search text, errors. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FINAL_STATUSES } from '@minga/info-request/shared';
import { dayIn } from '../dates.js';
import type { NewRequest } from './types.js';

/** The request's code is already taken (a random collision): pick another and retry. */
export class CodeConflictError extends Error {
  override name = 'CodeConflictError';
  constructor(code: string) {
    super(`Request code ${code} is already taken`);
  }
}

/** The request changed since the caller read it (see `StatusChange.expected`). */
export class StatusConflictError extends Error {
  override name = 'StatusConflictError';
  constructor(code: string) {
    super(`Request ${code} changed meanwhile`);
  }
}

/** Whether `current` is still in the state `change` was decided from. */
export function stillExpected(
  current: { status: string; extended: boolean },
  expected: { status: string; extended: boolean } | undefined,
): boolean {
  return (
    expected === undefined ||
    (current.status === expected.status && current.extended === expected.extended)
  );
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The versioned migrations of `kind` (`migrations/<kind>/NNNN_name.sql`), in order. */
export function readMigrations(kind: 'sqlite' | 'postgres'): Migration[] {
  const dir = fileURLToPath(new URL(`../../migrations/${kind}/`, import.meta.url));
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file,
      sql: readFileSync(dir + file, 'utf8'),
    }));
}

/** Lower case without accents: `Ñandú Pérez` → `nandu perez`. */
export function normalizeSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The search column of a request: code, name, email and description. */
export function searchText(request: NewRequest): string {
  const description =
    typeof request.payload.description === 'string' ? request.payload.description : '';
  return normalizeSearch([request.code, request.name, request.email, description].join('\n'));
}

/** A LIKE pattern matching `text` anywhere (with `\` as the escape character). */
export function likePattern(text: string): string {
  return `%${normalizeSearch(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The calendar year of an instant in America/Guayaquil. */
export function guayaquilYear(instant: string): number {
  return Number(dayIn(instant, 'America/Guayaquil').slice(0, 4));
}

/** SQL list of the final statuses (constants, not user input). */
export const FINAL_LIST = FINAL_STATUSES.map((s) => `'${s}'`).join(', ');
