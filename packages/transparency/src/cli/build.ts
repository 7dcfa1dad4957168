/// <reference types="node" />
/**
 * Builds a transparency index from the folder convention (Node only):
 *
 * ```
 * transparencia/
 *   transparencia.json          optional: institution, deadlineDay, units, numerals
 *   2026/10/03-remuneraciones.csv
 *   2026/10/03-remuneraciones-adicionales.xlsx   (several files per numeral)
 *   2026/10/15-no-aplica.txt    "not applicable", the text inside is the justification
 *   2026/10/08-compras-publicas.url   a link (first http(s) line, or URL=… of a .url shortcut)
 * ```
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  FILE_FORMATS,
  dayOf,
  numeralsOf,
  validateIndex,
  type FileFormat,
  type IndexEntry,
  type IndexFile,
  type NumeralDefinition,
  type TransparencyIndex,
} from '../index-format.js';
import { t } from './messages.js';

/** `transparencia.json` at the folder root. */
export interface FolderConfig {
  institution?: string;
  deadlineDay?: number;
  units?: Record<string, string>;
  numerals?: NumeralDefinition[];
}

export interface BuildOptions {
  /** Where the index will be written (file URLs are relative to it). Default `<folder>/index.json`. */
  out?: string;
  institution?: string;
  lang?: string;
  now?: Date;
}

export interface BuildResult {
  index: TransparencyIndex;
  warnings: string[];
  fileCount: number;
}

const NAME = /^(\d{1,2})-(.+)\.([a-z0-9]+)$/i;
const NOT_APPLICABLE = /^no-aplica$/i;
const EXT_FORMATS: Record<string, FileFormat> = Object.fromEntries(
  FILE_FORMATS.filter((f) => f !== 'link').map((f) => [f, f]),
);

const posix = (path: string) => path.split(sep).join('/');

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

async function dirs(path: string, pattern: RegExp): Promise<string[]> {
  const list = await readdir(path, { withFileTypes: true });
  return list
    .filter((d) => d.isDirectory() && pattern.test(d.name))
    .map((d) => d.name)
    .sort();
}

/** The http(s) address in a link file: `URL=…` (a .url shortcut) or the first such line. */
function linkOf(text: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const value = line.trim().replace(/^URL=/i, '');
    if (/^https?:\/\/\S+$/i.test(value)) return value;
  }
  return undefined;
}

/** Builds the index of `folder`, merging the manual fields of `previous`. */
export async function buildIndex(folder: string, options: BuildOptions = {}): Promise<BuildResult> {
  const lang = options.lang ?? 'es';
  const root = resolve(folder);
  const out = resolve(options.out ?? join(root, 'index.json'));
  const warnings: string[] = [];
  const warn = (key: Parameters<typeof t>[1], params: Record<string, string | number>) =>
    warnings.push(t(lang, key, params));

  let config: FolderConfig = {};
  const configPath = join(root, 'transparencia.json');
  if (existsSync(configPath)) {
    try {
      config = (await readJson(configPath)) as FolderConfig;
    } catch {
      warn('badConfig', {});
    }
  }
  let previous: TransparencyIndex | undefined;
  if (existsSync(out)) {
    try {
      previous = validateIndex(await readJson(out), lang).index;
    } catch {
      previous = undefined;
    }
  }

  const index: TransparencyIndex = { version: 1, months: [] };
  const institution = options.institution ?? config.institution ?? previous?.institution;
  if (institution) index.institution = institution;
  index.generated = (options.now ?? new Date()).toISOString();
  const deadline = config.deadlineDay ?? previous?.deadlineDay;
  if (deadline !== undefined) index.deadlineDay = deadline;
  const units = config.units ?? previous?.units;
  if (units) index.units = units;
  const numerals = config.numerals ?? previous?.numerals;
  if (numerals) index.numerals = numerals;
  const known = new Set(numeralsOf(index).map((n) => n.id));

  let fileCount = 0;
  for (const year of await dirs(root, /^\d{4}$/)) {
    for (const mm of await dirs(join(root, year), /^(0[1-9]|1[0-2])$/)) {
      const month = `${year}-${mm}`;
      const entries = new Map<number, IndexEntry>();
      const folderPath = join(root, year, mm);
      const names = (await readdir(folderPath, { withFileTypes: true }))
        .filter((d) => d.isFile() && !d.name.startsWith('.'))
        .map((d) => d.name)
        .sort();
      for (const name of names) {
        const rel = `${year}/${mm}/${name}`;
        const match = NAME.exec(name);
        if (!match) {
          warn('ignoredName', { path: rel });
          continue;
        }
        const numeral = Number(match[1]);
        const slug = match[2]!;
        const ext = match[3]!.toLowerCase();
        if (!known.has(numeral)) {
          warn('unknownNumeral', { path: rel, numeral });
          continue;
        }
        const path = join(folderPath, name);
        const entry = entries.get(numeral) ?? { numeral, state: 'pending', files: [] };
        if (NOT_APPLICABLE.test(slug) && ext === 'txt') {
          const justification = (await readFile(path, 'utf8')).trim().slice(0, 1000);
          if (!justification) warn('emptyJustification', { path: rel });
          if (entry.files.length === 0) {
            entry.state = 'not-applicable';
            entry.justification = justification;
          }
          entries.set(numeral, entry);
          continue;
        }
        const info = await stat(path);
        let file: IndexFile;
        if (ext === 'url') {
          const url = linkOf(await readFile(path, 'utf8'));
          if (!url) {
            warn('emptyLink', { path: rel });
            continue;
          }
          file = { url, format: 'link', name };
        } else {
          const format = EXT_FORMATS[ext];
          if (!format) {
            warn('ignoredFormat', { path: rel, ext });
            continue;
          }
          file = {
            url: posix(relative(dirname(out), path))
              .split('/')
              .map(encodeURIComponent)
              .join('/'),
            format,
            name,
            size: info.size,
          };
        }
        file.modified = dayOf(info.mtime);
        entry.state = 'published';
        delete entry.justification;
        entry.files.push(file);
        fileCount += 1;
        entries.set(numeral, entry);
      }
      index.months.push({ month, entries: [...entries.values()] });
    }
  }

  if (previous) mergePrevious(index, previous);
  for (const m of index.months) m.entries.sort((a, b) => a.numeral - b.numeral);
  index.months.sort((a, b) => a.month.localeCompare(b.month));

  // Months last, so the settings are at the top of the file where a person reads them.
  const { months, ...settings } = index;
  const ordered: TransparencyIndex = { ...settings, months };
  const check = validateIndex(ordered, lang);
  for (const issue of check.errors) warn('issue', { message: issue.message });
  return { index: ordered, warnings, fileCount };
}

/**
 * Keeps what a person wrote by hand in the previous index: file titles and descriptions,
 * entry notes, units, publication dates and justifications, links to other sites, and
 * "not applicable" entries the folder does not have.
 */
function mergePrevious(index: TransparencyIndex, previous: TransparencyIndex): void {
  for (const old of previous.months) {
    let month = index.months.find((m) => m.month === old.month);
    for (const oldEntry of old.entries) {
      // Links typed into the index by hand (those from .url files come back from the folder).
      const manualLinks = oldEntry.files.filter(
        (f) => /^https?:/i.test(f.url) && !f.name?.toLowerCase().endsWith('.url'),
      );
      const entry = month?.entries.find((e) => e.numeral === oldEntry.numeral);
      if (!entry) {
        const keep =
          oldEntry.state === 'not-applicable' ||
          (manualLinks.length > 0 && oldEntry.state === 'published');
        if (!keep) continue;
        if (!month) {
          month = { month: old.month, entries: [] };
          index.months.push(month);
        }
        month.entries.push({ ...oldEntry, files: manualLinks });
        continue;
      }
      for (const key of ['unit', 'note', 'published'] as const)
        if (oldEntry[key] !== undefined && entry[key] === undefined) entry[key] = oldEntry[key];
      if (entry.state === 'not-applicable' && !entry.justification && oldEntry.justification)
        entry.justification = oldEntry.justification;
      for (const file of entry.files) {
        const before = oldEntry.files.find((f) => f.url === file.url);
        if (before?.title !== undefined) file.title = before.title;
        if (before?.description !== undefined) file.description = before.description;
      }
      for (const link of manualLinks)
        if (!entry.files.some((f) => f.url === link.url)) entry.files.push(link);
      if (entry.files.length) {
        entry.state = 'published';
        delete entry.justification;
      }
    }
  }
}
