/**
 * The transparency index: a JSON file that lists, for each month, the state and files of
 * each numeral of LOTAIP art. 19. Pure (no DOM): used by the element, the command-line tool
 * and tests. `schema/transparency-index.schema.json` describes the same format for editors
 * and other tools; a test keeps the two in step.
 *
 * Validation accepts what it can: a broken month, entry or file is reported (with where it
 * is and a localized message) and skipped, and the rest of the index stays usable.
 */
import * as v from 'valibot';
import { message, type Params, type TransparencyKey } from './messages.js';
import { mergeNumerals, type LocalizedText, type Numeral } from './numerals.js';

/** The state of a numeral in a month, as recorded. "Late" is derived, never stored. */
export type EntryState = 'published' | 'not-applicable' | 'pending';
export const ENTRY_STATES: readonly EntryState[] = ['published', 'not-applicable', 'pending'];

/** Known file formats (`link` is a page elsewhere, for instance the procurement portal). */
export const FILE_FORMATS = [
  'csv',
  'xlsx',
  'xls',
  'ods',
  'json',
  'pdf',
  'docx',
  'odt',
  'zip',
  'link',
] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** Default day of the following month by which a month's information is due. */
export const DEFAULT_DEADLINE_DAY = 10;

/** One published file. */
export interface IndexFile {
  /** Absolute http(s) URL, or a path relative to the index file. */
  url: string;
  format: FileFormat;
  /** What it is, for the link text (default: the numeral's title). */
  title?: string;
  /** File name on disk (written by the command-line tool). */
  name?: string;
  /** Size in bytes. */
  size?: number;
  /** Last modification, `YYYY-MM-DD` or an ISO date-time. */
  modified?: string;
  description?: string;
}

/** One numeral in one month. */
export interface IndexEntry {
  numeral: number;
  state: EntryState;
  files: IndexFile[];
  /** Publication date, `YYYY-MM-DD` (default: the latest file's `modified`). */
  published?: string;
  /** Responsible unit (default: the index's `units`). */
  unit?: string;
  /** Required when `state` is `not-applicable`. */
  justification?: string;
  note?: string;
}

/** One month (`YYYY-MM`). */
export interface IndexMonth {
  month: string;
  entries: IndexEntry[];
}

/** A numeral definition in an index: replaces (same id) or extends the defaults. */
export interface NumeralDefinition {
  id: number;
  title: LocalizedText;
  description?: LocalizedText;
}

/** The whole index. */
export interface TransparencyIndex {
  $schema?: string;
  version?: 1;
  institution?: string;
  /** When the index was generated (ISO date-time). */
  generated?: string;
  /** Day of the following month by which a month is due (1–28, default 10). */
  deadlineDay?: number;
  /** Responsible unit per numeral (`"3": "Dirección de Talento Humano"`). */
  units?: Record<string, string>;
  numerals?: NumeralDefinition[];
  months: IndexMonth[];
}

/** One problem found, located and localized. */
export interface IndexIssue {
  /** Where: `2026-10 numeral 3 files[0].url`. */
  path: string;
  /** Machine code (`file-url-missing`…). */
  code: string;
  /** The message parameters (to re-localize). */
  params: Params;
  /** The localized message: `2026-10, numeral 3: falta la URL del archivo.` */
  message: string;
}

export interface ValidationResult {
  /** True when nothing was wrong. */
  ok: boolean;
  /** What can be used (absent only when the file is not an index at all). */
  index?: TransparencyIndex;
  errors: IndexIssue[];
}

export interface ValidateOptions {
  /** Months after the month of `now` (Ecuador time) are reported and skipped. */
  now?: Date;
}

// ——— dates ———

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a real `YYYY-MM-DD` date (optionally with an ISO time). */
export function isDate(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True for `YYYY-MM`. */
export const isMonth = (value: string): boolean => MONTH.test(value);

/** `YYYY-MM` of `now` in Ecuador (UTC−5, no daylight saving). */
export function monthOf(now: Date): string {
  return new Date(now.getTime() - 5 * 3600_000).toISOString().slice(0, 7);
}

/** `YYYY-MM-DD` of `now` in Ecuador. */
export function dayOf(now: Date): string {
  return new Date(now.getTime() - 5 * 3600_000).toISOString().slice(0, 10);
}

/** True for a relative path or an http(s) URL (not `javascript:`, `data:`…). */
export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  if (!trimmed || /[\s<>"]/.test(trimmed)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (!scheme) return !trimmed.startsWith('//');
  return /^https?$/i.test(scheme[1]!);
}

// ——— schemas (messages are issue codes, localized after) ———

const text = v.optional(v.string('text-invalid'));
const date = v.optional(v.pipe(v.string('date-invalid'), v.check(isDate, 'date-invalid')));

const FileSchema = v.object(
  {
    url: v.pipe(
      v.string('file-url-missing'),
      v.nonEmpty('file-url-missing'),
      v.check(isSafeUrl, 'file-url-unsafe'),
    ),
    format: v.picklist(FILE_FORMATS, 'file-format-invalid'),
    title: text,
    name: text,
    size: v.optional(
      v.pipe(
        v.number('file-size-invalid'),
        v.integer('file-size-invalid'),
        v.minValue(0, 'file-size-invalid'),
      ),
    ),
    modified: date,
    description: text,
  },
  'file-not-object',
);

const EntrySchema = v.object(
  {
    numeral: v.pipe(v.number('numeral-invalid'), v.integer('numeral-invalid')),
    state: v.picklist(ENTRY_STATES, 'state-invalid'),
    files: v.optional(v.array(v.unknown(), 'files-invalid')),
    published: date,
    unit: text,
    justification: text,
    note: text,
  },
  'entry-not-object',
);

const LocalizedSchema = v.looseObject({ es: v.pipe(v.string(), v.nonEmpty()) });
const NumeralDefSchema = v.object({
  id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: LocalizedSchema,
  description: v.optional(LocalizedSchema),
});

// ——— validation ———

class Collector {
  readonly errors: IndexIssue[] = [];
  constructor(private readonly lang: string) {}

  add(code: string, path: string, params: Params = {}): void {
    const key = `transparency.issue.${code}` as TransparencyKey;
    this.errors.push({ path, code, params, message: message(this.lang, key, params) });
  }

  where(month: string, numeral?: number | string): string {
    return numeral === undefined
      ? month
      : message(this.lang, 'transparency.where.numeral', { month, numeral });
  }
}

/** Maps valibot issues to codes: a missing key is `<prefix>-<key>-missing`. */
function codesOf(
  issues: v.BaseIssue<unknown>[],
  prefix: string,
): Array<{ code: string; key: string; value: unknown }> {
  return issues.map((issue) => {
    const key = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    if (issue.type === 'object' && key) {
      const missing = `${prefix}-${key}-missing`;
      return { code: missing, key, value: undefined };
    }
    return { code: issue.message, key, value: issue.input };
  });
}

function checkFile(
  raw: unknown,
  at: string,
  where: string,
  position: number,
  out: Collector,
): IndexFile | undefined {
  const result = v.safeParse(FileSchema, raw);
  if (result.success) {
    const file = { ...result.output };
    for (const key of Object.keys(file) as Array<keyof IndexFile>)
      if (file[key] === undefined) delete file[key];
    return file as IndexFile;
  }
  for (const { code, key, value } of codesOf(result.issues, 'file'))
    out.add(code, key ? `${at}.${key}` : at, {
      where,
      position: position + 1,
      value: String(value ?? ''),
      field: key,
    });
  return undefined;
}

function checkEntry(
  raw: unknown,
  month: string,
  position: number,
  known: Set<number>,
  seen: Set<number>,
  out: Collector,
): IndexEntry | undefined {
  const numeralRaw = (raw as { numeral?: unknown } | null)?.numeral;
  const label = typeof numeralRaw === 'number' ? numeralRaw : undefined;
  const base = label === undefined ? `${month} entries[${position}]` : `${month} numeral ${label}`;
  const where = out.where(month, label);
  const result = v.safeParse(EntrySchema, raw);
  if (!result.success) {
    for (const { code, key, value } of codesOf(result.issues, 'entry')) {
      const atMonth = code === 'entry-not-object' || code === 'entry-numeral-missing';
      out.add(code, key ? `${base} ${key}` : base, {
        where: atMonth ? month : where,
        position: position + 1,
        value: String(value ?? ''),
        field: key,
      });
    }
    return undefined;
  }
  const entry = result.output;
  if (!known.has(entry.numeral)) {
    out.add('numeral-unknown', base, { where });
    return undefined;
  }
  if (seen.has(entry.numeral)) {
    out.add('numeral-duplicate', base, { where });
    return undefined;
  }
  seen.add(entry.numeral);
  const files: IndexFile[] = [];
  (entry.files ?? []).forEach((f, i) => {
    const file = checkFile(f, `${base} files[${i}]`, where, i, out);
    if (file) files.push(file);
  });
  const clean: IndexEntry = { numeral: entry.numeral, state: entry.state, files };
  for (const key of ['published', 'unit', 'justification', 'note'] as const)
    if (entry[key] !== undefined) clean[key] = entry[key];
  if (clean.state === 'not-applicable' && !clean.justification?.trim()) {
    out.add('justification-missing', `${base} justification`, { where });
  }
  if (clean.state === 'published' && files.length === 0) {
    out.add('published-without-files', `${base} files`, { where });
    clean.state = 'pending';
  }
  return clean;
}

/**
 * Validates an index (already parsed from JSON). Messages are in `lang` (`es` default, `en`).
 * Broken months, entries and files are reported and left out; the rest is returned.
 */
export function validateIndex(
  json: unknown,
  lang = 'es',
  options: ValidateOptions = {},
): ValidationResult {
  const out = new Collector(lang);
  const indexWhere = message(lang, 'transparency.where.index');
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    out.add('not-object', '');
    return { ok: false, errors: out.errors };
  }
  const raw = json as Record<string, unknown>;
  if (!Array.isArray(raw.months)) {
    out.add('months-missing', 'months');
    return { ok: false, errors: out.errors };
  }
  const index: TransparencyIndex = { months: [] };
  if (typeof raw.$schema === 'string') index.$schema = raw.$schema;
  if (raw.version === 1) index.version = 1;
  if (raw.institution !== undefined) {
    if (typeof raw.institution === 'string') index.institution = raw.institution;
    else out.add('institution-invalid', 'institution');
  }
  if (typeof raw.generated === 'string' && isDate(raw.generated)) index.generated = raw.generated;
  else if (raw.generated !== undefined)
    out.add('date-invalid', 'generated', { where: indexWhere, value: String(raw.generated) });
  if (raw.deadlineDay !== undefined) {
    const day = raw.deadlineDay;
    if (typeof day === 'number' && Number.isInteger(day) && day >= 1 && day <= 28)
      index.deadlineDay = day;
    else out.add('deadline-day-invalid', 'deadlineDay');
  }
  if (raw.units !== undefined) {
    const units = raw.units;
    if (typeof units === 'object' && units !== null && !Array.isArray(units)) {
      index.units = {};
      for (const [k, u] of Object.entries(units))
        if (typeof u === 'string' && /^\d+$/.test(k)) index.units[k] = u;
        else out.add('units-invalid', `units.${k}`);
    } else out.add('units-invalid', 'units');
  }
  if (raw.numerals !== undefined) {
    const defs = Array.isArray(raw.numerals) ? raw.numerals : [raw.numerals];
    index.numerals = [];
    defs.forEach((d, i) => {
      const r = v.safeParse(NumeralDefSchema, d);
      if (r.success) index.numerals!.push(r.output as NumeralDefinition);
      else out.add('numeral-def-invalid', `numerals[${i}]`, { position: i + 1 });
    });
  }
  const known = new Set(numeralsOf(index).map((n) => n.id));
  const current = options.now ? monthOf(options.now) : undefined;
  const months = new Set<string>();
  raw.months.forEach((m: unknown, i: number) => {
    if (typeof m !== 'object' || m === null || Array.isArray(m)) {
      out.add('month-not-object', `months[${i}]`, { position: i + 1 });
      return;
    }
    const rec = m as Record<string, unknown>;
    if (rec.month === undefined) {
      out.add('month-month-missing', `months[${i}].month`, { position: i + 1 });
      return;
    }
    const month = String(rec.month);
    if (typeof rec.month !== 'string' || !isMonth(month)) {
      out.add('month-invalid', `months[${i}].month`, { value: month });
      return;
    }
    if (current && month > current) {
      out.add('month-future', month, { where: month });
      return;
    }
    if (months.has(month)) {
      out.add('month-duplicate', month, { where: month });
      return;
    }
    months.add(month);
    if (!Array.isArray(rec.entries)) {
      out.add('month-entries-missing', `${month} entries`, { where: month });
      index.months.push({ month, entries: [] });
      return;
    }
    const seen = new Set<number>();
    const entries: IndexEntry[] = [];
    rec.entries.forEach((e: unknown, j: number) => {
      const entry = checkEntry(e, month, j, known, seen, out);
      if (entry) entries.push(entry);
    });
    entries.sort((a, b) => a.numeral - b.numeral);
    index.months.push({ month, entries });
  });
  index.months.sort((a, b) => a.month.localeCompare(b.month));
  return { ok: out.errors.length === 0, index, errors: out.errors };
}

/** The numerals in force for an index: the 24 defaults with the index's own definitions. */
export function numeralsOf(index: Pick<TransparencyIndex, 'numerals'> | undefined): Numeral[] {
  return mergeNumerals(
    (index?.numerals ?? []).map((d) => ({
      id: d.id,
      title: d.title,
      ...(d.description ? { description: d.description } : {}),
    })),
  );
}

/** Localizes an issue again (for instance after the page language changed). */
export function issueMessage(issue: Pick<IndexIssue, 'code' | 'params'>, lang: string): string {
  const params = { ...issue.params };
  if (params.where === message('es', 'transparency.where.index'))
    params.where = message(lang, 'transparency.where.index');
  return message(lang, `transparency.issue.${issue.code}` as TransparencyKey, params);
}
