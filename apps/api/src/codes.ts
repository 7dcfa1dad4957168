/**
 * Request codes, access keys and the server secret.
 *
 * - Code: `SAIP-<year>-<6 characters>` from crypto random over an alphabet without look-alike
 *   characters (no 0/O, 1/I/L, U): 30⁶ ≈ 729 million per year, not guessable in sequence.
 * - Access key: `XXXX-XXXX` over the same alphabet (≈ 39 bits), derived as
 *   HMAC-SHA256(server secret, code). The database stores only its SHA-256; because the key is
 *   derived, an idempotent retry can show it again without anything secret in the database.
 * - Server secret: `MINGA_SECRET`, else `<dataDir>/secret.key` (created with mode 0600).
 */
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

/** A new random request code for `year`. */
export function generateCode(year: number): string {
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `SAIP-${year}-${suffix}`;
}

export const CODE_PATTERN = /^SAIP-\d{4}-[A-Z0-9]{6}$/;

/** Upper-cases and trims a code typed by a person; `null` when it cannot be one. */
export function normalizeCode(value: string): string | null {
  const code = value.trim().toUpperCase();
  return CODE_PATTERN.test(code) ? code : null;
}

/** The access key of `code`: `XXXX-XXXX`, from the server secret. */
export function deriveAccessKey(secret: string, code: string): string {
  let counter = 0;
  let key = '';
  while (key.length < 8) {
    const bytes = createHmac('sha256', secret).update(`access-key:${counter}:${code}`).digest();
    for (const byte of bytes) {
      // Rejection sampling keeps every character equally likely (240 = 8 × 30).
      if (byte < 240 && key.length < 8) key += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
    counter += 1;
  }
  return `${key.slice(0, 4)}-${key.slice(4)}`;
}

/** `k7p2 9xq4`, `K7P29XQ4` → `K7P2-9XQ4`; `null` when it cannot be a key. */
export function normalizeAccessKey(value: string): string | null {
  const chars = value.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[A-Z0-9]{8}$/.test(chars)) return null;
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** SHA-256 (hex) of a high-entropy secret: an access key, a session token. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Compares two strings in time independent of where they differ (hashes them first). */
export function safeEqual(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}

/**
 * The server secret: `config.secret` (MINGA_SECRET), else the content of
 * `<dataDir>/secret.key`, created on first start (mode 0600). Several servers sharing one
 * PostgreSQL database must share it too (set MINGA_SECRET).
 */
export function loadSecret(config: Pick<Config, 'secret' | 'dataDir'>): string {
  if (config.secret) return config.secret;
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const path = join(config.dataDir, 'secret.key');
  try {
    writeFileSync(path, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = readFileSync(path, 'utf8').trim();
  if (secret.length < 32)
    throw new Error(`${path} is damaged: it must hold at least 32 characters.`);
  return secret;
}
