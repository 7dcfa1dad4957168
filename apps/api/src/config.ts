/**
 * The service's configuration, read from environment variables with safe defaults. Every
 * variable is documented in the README's table. Invalid values throw a {@link ConfigError}
 * with one clear line; the command line prints it and exits with code 1.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_DEADLINE_RULES, type DeadlineRules } from '@minga/info-request/shared';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

export interface Config {
  /** `HOST`: interface to listen on (default `127.0.0.1`: behind a reverse proxy). */
  host: string;
  /** `PORT` (default 8787; 0 picks a free port). */
  port: number;
  /** `MINGA_DATA_DIR` (default `./data`): `minga.sqlite`, `files/`, `secret.key`. Absolute. */
  dataDir: string;
  /** `DATABASE_URL`: PostgreSQL when set, else SQLite in the data directory. */
  databaseUrl: string | null;
  /** `MINGA_ALLOWED_ORIGINS`: origins allowed to call `/api/*` from a browser (default none). */
  allowedOrigins: string[];
  /** Deadline rules: `DEFAULT_DEADLINE_RULES` with `MINGA_DEADLINE_RULES` (a JSON file) over them. */
  deadlineRules: DeadlineRules;
  /** `MINGA_INSTITUTION`: the institution's name (reports, emails). */
  institution: string;
  /** `MINGA_TRUST_PROXY`: Fastify's `trustProxy` (`false`, `true`, a hop count or addresses). */
  trustProxy: boolean | number | string;
  /** `SMTP_URL` (e.g. `smtps://user:pass@mail.example.org`): notifications are off without it. */
  smtpUrl: string | null;
  /** `MINGA_MAIL_FROM`: the From address of notifications. */
  mailFrom: string | null;
  /** `MINGA_STAFF_EMAILS`: who gets staff notifications (comma list). */
  staffEmails: string[];
  /** `MINGA_PUBLIC_URL`: the service's public base URL (links in emails and answers). */
  publicUrl: string | null;
  /** `MINGA_LOG_LEVEL` (default `info`). */
  logLevel: LogLevel;
  /** `MINGA_RATE_LIMIT_CREATE`: creates per IP per minute (default 20). */
  rateLimitCreate: number;
  /** `MINGA_RATE_LIMIT_LOOKUP`: status lookups per IP per minute (default 60). */
  rateLimitLookup: number;
  /** `MINGA_SECRET`: server secret (≥ 32 characters); default: `<dataDir>/secret.key`. */
  secret: string | null;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  }
  return value;
}

function list(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function origin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `MINGA_ALLOWED_ORIGINS: "${value}" is not an origin such as https://www.municipio.gob.ec.`,
    );
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== value) {
    throw new ConfigError(
      `MINGA_ALLOWED_ORIGINS: "${value}" must be scheme://host[:port] without a path or trailing slash.`,
    );
  }
  return url.origin;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads and checks a deadline rules file; its fields go over the defaults. */
export function loadDeadlineRules(path: string): DeadlineRules {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(
      `MINGA_DEADLINE_RULES: cannot read JSON from ${path} (${(error as Error).message}).`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigError(`MINGA_DEADLINE_RULES: ${path} must hold a JSON object.`);
  }
  const rules = { ...DEFAULT_DEADLINE_RULES, ...(data as Partial<DeadlineRules>) };
  const bad = (what: string) => new ConfigError(`MINGA_DEADLINE_RULES: ${what} (in ${path}).`);
  if (!Number.isInteger(rules.days) || rules.days < 1)
    throw bad('"days" must be a whole number ≥ 1');
  if (!Number.isInteger(rules.extensionDays) || rules.extensionDays < 0)
    throw bad('"extensionDays" must be a whole number ≥ 0');
  if (rules.dayKind !== 'calendar' && rules.dayKind !== 'working')
    throw bad('"dayKind" must be "calendar" or "working"');
  try {
    new Intl.DateTimeFormat('en', { timeZone: rules.timeZone });
  } catch {
    throw bad(`"timeZone" ${JSON.stringify(rules.timeZone)} is not a known time zone`);
  }
  for (const key of ['extraHolidays', 'ignoredHolidays'] as const) {
    const days = rules[key];
    if (days !== undefined && (!Array.isArray(days) || !days.every((d) => DAY.test(String(d)))))
      throw bad(`"${key}" must be a list of YYYY-MM-DD dates`);
  }
  return rules;
}

function trustProxy(raw: string | undefined): boolean | number | string {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value; // addresses or CIDR ranges, comma-separated (Fastify accepts the string)
}

/** The configuration from `env` (default `process.env`). Throws {@link ConfigError}. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const logLevel = (env.MINGA_LOG_LEVEL?.trim() || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`MINGA_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://.');
  }
  const publicUrl = env.MINGA_PUBLIC_URL?.trim().replace(/\/+$/, '') || null;
  if (publicUrl !== null && !/^https?:\/\/[^/]+/.test(publicUrl)) {
    throw new ConfigError(
      'MINGA_PUBLIC_URL must be an http(s) URL such as https://saip.municipio.gob.ec.',
    );
  }
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl !== null && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL must start with smtp:// or smtps://.');
  }
  const secret = env.MINGA_SECRET?.trim() || null;
  if (secret !== null && secret.length < 32) {
    throw new ConfigError('MINGA_SECRET must be at least 32 characters long (random).');
  }
  const rulesPath = env.MINGA_DEADLINE_RULES?.trim();
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: integer(env, 'PORT', 8787, 0, 65535),
    dataDir: resolve(cwd, env.MINGA_DATA_DIR?.trim() || './data'),
    databaseUrl,
    allowedOrigins: list(env.MINGA_ALLOWED_ORIGINS).map(origin),
    deadlineRules: rulesPath
      ? loadDeadlineRules(resolve(cwd, rulesPath))
      : { ...DEFAULT_DEADLINE_RULES },
    institution: env.MINGA_INSTITUTION?.trim() || 'GAD Municipal',
    trustProxy: trustProxy(env.MINGA_TRUST_PROXY),
    smtpUrl,
    mailFrom: env.MINGA_MAIL_FROM?.trim() || null,
    staffEmails: list(env.MINGA_STAFF_EMAILS).map((e) => e.toLowerCase()),
    publicUrl,
    logLevel,
    rateLimitCreate: integer(env, 'MINGA_RATE_LIMIT_CREATE', 20, 1, 1_000_000),
    rateLimitLookup: integer(env, 'MINGA_RATE_LIMIT_LOOKUP', 60, 1, 1_000_000),
    secret,
  };
}
