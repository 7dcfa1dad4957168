/**
 * Answer files uploaded by staff: the type is decided by the file's first bytes (magic
 * numbers), never by the name or the browser's content type; the file is stored under
 * `<dataDir>/files/answers/` with a random name and is only ever sent as a download.
 */
import { resolve, sep } from 'node:path';
import { storeFile } from '../files.js';
import type { StoredFile } from '../storage/types.js';

/** The largest answer file accepted (20 MB). */
export const MAX_ANSWER_BYTES = 20 * 1024 * 1024;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const startsWith = (bytes: Buffer, magic: number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

/**
 * The checked type and extension of an answer file, or null when it is not a PDF, CSV,
 * XLSX, DOCX, ZIP, PNG, JPEG, GIF or WebP.
 */
export function sniffAnswerFile(bytes: Buffer, name: string): { type: string; ext: string } | null {
  const lower = name.toLowerCase();
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { type: 'application/pdf', ext: 'pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { type: 'image/png', ext: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { type: 'image/jpeg', ext: 'jpg' };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return { type: 'image/gif', ext: 'gif' };
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return { type: 'image/webp', ext: 'webp' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // XLSX and DOCX are ZIP files: tell them apart by their first entry names.
    const head = bytes.subarray(0, Math.min(bytes.length, 64 * 1024)).toString('latin1');
    if (lower.endsWith('.xlsx') && head.includes('xl/')) return { type: XLSX, ext: 'xlsx' };
    if (lower.endsWith('.docx') && head.includes('word/')) return { type: DOCX, ext: 'docx' };
    return { type: 'application/zip', ext: 'zip' };
  }
  if (lower.endsWith('.csv') && bytes.length > 0 && !bytes.includes(0)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return { type: 'text/csv', ext: 'csv' };
    } catch {
      // Latin-1 CSV from old spreadsheets: still text without NUL bytes.
      return { type: 'text/csv', ext: 'csv' };
    }
  }
  return null;
}

/** A file name safe to show and to put in Content-Disposition (no paths, no controls). */
export function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200);
  return clean || 'archivo';
}

/**
 * Stores an answer file under `files/answers/` (as a `.part` file: call `commitStoredFile`
 * once the history entry is committed); returns what the history keeps.
 */
export async function storeAnswerFile(
  dataDir: string,
  bytes: Buffer,
  name: string,
  kind: { type: string; ext: string },
): Promise<StoredFile> {
  return storeFile(dataDir, bytes, { name: cleanName(name), type: kind.type }, new Date(), {
    folder: 'answers',
    ext: kind.ext,
  });
}

/** The absolute path of a stored file, or null when its path would leave `files/`. */
export function storedFilePath(dataDir: string, file: StoredFile): string | null {
  const root = resolve(dataDir, 'files');
  const full = resolve(root, file.path);
  return full.startsWith(root + sep) ? full : null;
}

/** The extension of each checked type: a download's name ends in it, whatever was uploaded. */
const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'text/csv': 'csv',
  'application/zip': 'zip',
  [XLSX]: 'xlsx',
  [DOCX]: 'docx',
};

/**
 * The name a stored file is downloaded under: the uploaded name without its extension, plus
 * the extension of the type checked by its bytes (`a.html` holding a JPEG → `a.jpg`), so no
 * browser or desktop opens it as something else.
 */
export function downloadName(name: string, type: string): string {
  const ext = EXTENSIONS[type] ?? 'bin';
  const base = name.replace(/\.[^./\\]*$/, '') || 'archivo';
  return `${base}.${ext}`;
}

/** `Content-Disposition: attachment` with an ASCII fallback and the UTF-8 name. */
export function attachmentHeader(name: string): string {
  const clean = cleanName(name);
  const ascii =
    clean
      .replace(/[\u2010-\u2015]/g, '-')
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/[%;\\]/g, '_') || 'archivo';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}
