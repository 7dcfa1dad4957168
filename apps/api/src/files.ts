/**
 * Files kept outside any web root: `<dataDir>/files/<yyyy>/<random>.bin` (proofs) and
 * `files/answers/<random>.<ext>` (staff answers). The content type is checked by magic bytes,
 * never by the name. A file is written and fsynced under a temporary name (`….part`) before
 * the database row that points to it, and renamed to its real name once the row is
 * committed: so an acknowledged request never points to nothing, and a crash in between
 * leaves a `.part` file that {@link sweepOrphanFiles} removes at the next start.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import type { Storage, StoredFile } from './storage/types.js';

/** The suffix of a file whose row is not committed yet. */
export const PART = '.part';

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

/** fsyncs a folder, so a new, renamed or removed entry in it is durable. */
async function syncDir(path: string): Promise<void> {
  const dir = await open(path, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

/**
 * Writes `bytes` as `<dataDir>/files/<folder>/<random>.<ext>.part` (folder: the year, ext:
 * `bin`, unless given), fsyncs file and folder, and describes the file under its final name.
 * Call {@link commitStoredFile} once the row that points to it is committed.
 */
export async function storeFile(
  dataDir: string,
  bytes: Uint8Array,
  meta: { name: string; type: string },
  now: Date = new Date(),
  where: { folder?: string; ext?: string } = {},
): Promise<StoredFile> {
  const folder = where.folder ?? String(now.getUTCFullYear());
  const relative = `${folder}/${randomBytes(16).toString('hex')}.${where.ext ?? 'bin'}`;
  const path = filePath(dataDir, { path: relative });
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const handle = await open(path + PART, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // The new directory entry must be durable too.
  await syncDir(dirname(path));
  return { path: relative, name: meta.name, type: meta.type, size: bytes.byteLength };
}

/** Gives a stored file its real name, once the row that points to it is committed. */
export async function commitStoredFile(dataDir: string, file: Pick<StoredFile, 'path'>) {
  const path = filePath(dataDir, file);
  await rename(path + PART, path);
  await syncDir(dirname(path));
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
  const path = filePath(dataDir, file);
  await rm(path + PART, { force: true });
  await rm(path, { force: true });
}

/**
 * Run at start, before serving: a `.part` file whose row was committed gets its real name
 * (the crash came between commit and rename); any other file that no row points to (a crash
 * between writing the file and committing the row) is removed, since it holds a citizen's
 * personal data for nothing. Assumes one serving process per data folder.
 */
export async function sweepOrphanFiles(
  dataDir: string,
  storage: Pick<Storage, 'storedFilePaths'>,
): Promise<{ removed: number; committed: number }> {
  const root = join(dataDir, 'files');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  const known = await storage.storedFilePaths();
  let removed = 0;
  let committed = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const relative = full
      .slice(root.length + 1)
      .split(sep)
      .join('/');
    const final = relative.endsWith(PART) ? relative.slice(0, -PART.length) : relative;
    if (known.has(final)) {
      if (final !== relative) {
        await commitStoredFile(dataDir, { path: final });
        committed++;
      }
    } else {
      await rm(full, { force: true });
      removed++;
    }
  }
  return { removed, committed };
}
