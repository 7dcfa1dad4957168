/**
 * Staff passwords: scrypt from `node:crypto` (memory-hard), stored as
 * `scrypt$N$r$p$saltB64$hashB64`. Verification is constant-time and tells the caller when
 * the stored hash uses weaker parameters than the current ones, so login can rehash.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';

/** scrypt cost parameters. */
export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelism. */
  p: number;
}

/** Current parameters: N=2^15, r=8, p=1 (32 MiB per hash, OWASP's scrypt minimum or more). */
export const SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 15, r: 8, p: 1 });

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** The shortest password accepted for a staff account. */
export const MIN_PASSWORD_LENGTH = 12;

/** Memory scrypt needs (128·N·r·p plus slack); Node's default maxmem (32 MiB) is too small for N=2^15. */
function maxmem({ N, r, p }: ScryptParams): number {
  return 128 * N * r * p + 128 * r * (p + 2) + 16 * 1024 * 1024;
}

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(
      password.normalize('NFC'),
      salt,
      KEY_LENGTH,
      { N: params.N, r: params.r, p: params.p, maxmem: maxmem(params) },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** Hashes `password` with fresh salt and the current (or given) parameters. */
export async function hashPassword(
  password: string,
  params: ScryptParams = SCRYPT_PARAMS,
): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, params);
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

interface Parsed extends ScryptParams {
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string): Parsed | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return null;
  if ((N & (N - 1)) !== 0 || N < 2 || N > 2 ** 22 || r > 64 || p > 16) return null;
  const salt = Buffer.from(parts[4]!, 'base64');
  const key = Buffer.from(parts[5]!, 'base64');
  if (salt.length < 8 || key.length < 16) return null;
  return { N, r, p, salt, key };
}

/** What {@link verifyPassword} found. */
export interface VerifyResult {
  ok: boolean;
  /** The hash is valid but uses parameters other than {@link SCRYPT_PARAMS}: store a new one. */
  needsRehash: boolean;
}

/** Checks `password` against a stored hash in constant time. A malformed hash never matches. */
export async function verifyPassword(
  password: string,
  stored: string,
  current: ScryptParams = SCRYPT_PARAMS,
): Promise<VerifyResult> {
  const parsed = parse(stored);
  if (!parsed) return { ok: false, needsRehash: false };
  const key = await derive(password, parsed.salt, parsed);
  const ok = key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
  const needsRehash =
    ok &&
    (parsed.N !== current.N ||
      parsed.r !== current.r ||
      parsed.p !== current.p ||
      parsed.key.length !== KEY_LENGTH);
  return { ok, needsRehash };
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the same time as a real verification, for logins with an unknown or disabled
 * account, so response times do not tell which emails have accounts.
 */
export async function verifyDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(18).toString('base64'));
  await verifyPassword(password, await dummyHash);
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.trim().toLowerCase() === email.trim().toLowerCase())
    return 'The password must not be the email address.';
  if (new Set(password).size < 4) return 'The password repeats too few characters.';
  return null;
}

/** A strong random password (24 base64url characters, 144 bits). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
