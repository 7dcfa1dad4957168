/**
 * Files kept outside any web root: `<dataDir>/files/<yyyy>/<random>.bin`. The content type
 * is checked by magic bytes, never by the name; files are written and fsynced before the
 * database row that points to them, so an acknowledged request never points to nothing.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import type { StoredFile } from './storage/types.js';

const SIGNATURES: Record<string, number[][]> = {
  'application/pdf': [[0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  'image/jpeg': [[0xff, 0xd8, 0xff]],
};

/** The content type the bytes start like (PDF, PNG or JPEG), or null. */
export function sniffType(bytes: Uint8Array): string | null {
  for (const [type, signatures] of Object.entries(SIGNATURES)) {
    if (signatures.some((sig) => sig.every((byte, i) => bytes[i] === byte))) return type;
  }
  return null;
}

/** Whether `bytes` really are of `declaredType`. */
export function matchesType(bytes: Uint8Array, declaredType: string): boolean {
  return sniffType(bytes) === declaredType;
}

/** Writes `bytes` under `<dataDir>/files/<year>/`, fsyncs file and folder, and describes it. */
export async function storeFile(
  dataDir: string,
  bytes: Uint8Array,
  meta: { name: string; type: string },
  now: Date = new Date(),
): Promise<StoredFile> {
  const relative = `${now.getUTCFullYear()}/${randomBytes(16).toString('hex')}.bin`;
  const path = join(dataDir, 'files', relative);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // The new directory entry must be durable too.
  const dir = await open(dirname(path), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
  return { path: relative, name: meta.name, type: meta.type, size: bytes.byteLength };
}

/** The absolute path of a stored file; refuses anything outside `<dataDir>/files/`. */
export function filePath(dataDir: string, file: Pick<StoredFile, 'path'>): string {
  const root = join(dataDir, 'files') + sep;
  const path = normalize(join(root, file.path));
  if (!path.startsWith(root)) throw new Error('File path outside the files folder');
  return path;
}

export async function readStoredFile(dataDir: string, file: StoredFile): Promise<Buffer> {
  return readFile(filePath(dataDir, file));
}

/** Removes a file that no row points to (a retried request's duplicate attachment). */
export async function removeStoredFile(dataDir: string, file: StoredFile): Promise<void> {
  await rm(filePath(dataDir, file), { force: true });
}
