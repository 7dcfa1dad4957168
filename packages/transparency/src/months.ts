/**
 * Month logic, pure: deadlines, which numerals are late, monthly counts, the year matrix and
 * accent-insensitive search.
 *
 * Deadline rule (configurable, because whether it still holds under LOTAIP 2023 is not
 * verified): a month's information is due by the end of day `deadlineDay` (default 10) of
 * the FOLLOWING month, Ecuador time. October 2026 is due by 10 November 2026, 23:59 UTC−5.
 */
import {
  DEFAULT_DEADLINE_DAY,
  dayOf,
  monthOf,
  numeralsOf,
  type IndexEntry,
  type IndexFile,
  type TransparencyIndex,
} from './index-format.js';
import { pick, type Numeral } from './numerals.js';

/** What a reader sees for a numeral in a month. */
export type ItemStatus = 'published' | 'published-late' | 'not-applicable' | 'pending' | 'late';

/** The day (`YYYY-MM-DD`) a month is due: `day` of the following month. */
export function deadlineDay(month: string, day = DEFAULT_DEADLINE_DAY): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = new Date(Date.UTC(y, m, day)); // m is already the next month (0-based)
  return next.toISOString().slice(0, 10);
}

/** The last instant a month's information is on time (end of the deadline day, UTC−5). */
export function deadlineOf(month: string, day = DEFAULT_DEADLINE_DAY): Date {
  return new Date(`${deadlineDay(month, day)}T23:59:59.999-05:00`);
}

/** `YYYY-MM` after `month`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
}

/** The date an entry was published: its `published`, else its latest file's date. */
export function publishedOn(entry: IndexEntry | undefined): string | undefined {
  if (!entry) return undefined;
  if (entry.published) return entry.published.slice(0, 10);
  const dates = entry.files.map((f) => f.modified?.slice(0, 10)).filter(Boolean) as string[];
  return dates.sort().at(-1);
}

/** The status of one numeral in `month` at `now`. */
export function itemStatus(
  entry: IndexEntry | undefined,
  month: string,
  now: Date,
  day = DEFAULT_DEADLINE_DAY,
): ItemStatus {
  if (entry?.state === 'not-applicable') return 'not-applicable';
  const due = deadlineDay(month, day);
  if (entry?.state === 'published') {
    const on = publishedOn(entry);
    return on && on > due ? 'published-late' : 'published';
  }
  return now.getTime() > deadlineOf(month, day).getTime() ? 'late' : 'pending';
}

/** One numeral in one month, ready to show. */
export interface MonthItem {
  numeral: Numeral;
  entry?: IndexEntry;
  status: ItemStatus;
  /** Publication date (`YYYY-MM-DD`). */
  published?: string;
  /** Responsible unit: the entry's, else the index's for that numeral. */
  unit?: string;
}

/** A month's items and counts. */
export interface MonthSummary {
  month: string;
  /** Whether the index has this month at all. */
  present: boolean;
  /** The deadline day, `YYYY-MM-DD`. */
  deadline: string;
  /** Whether `now` is past the deadline. */
  closed: boolean;
  items: MonthItem[];
  total: number;
  published: number;
  notApplicable: number;
  pending: number;
  late: number;
  publishedLate: number;
}

/** The deadline day in force for an index (its own, else `fallback`). */
export const deadlineDayOf = (index: TransparencyIndex | undefined, fallback?: number): number =>
  index?.deadlineDay ?? fallback ?? DEFAULT_DEADLINE_DAY;

/** Everything about `month`: each numeral's status and the counts. */
export function monthSummary(
  index: TransparencyIndex,
  month: string,
  now: Date,
  day = deadlineDayOf(index),
): MonthSummary {
  const data = index.months.find((m) => m.month === month);
  const items: MonthItem[] = numeralsOf(index).map((numeral) => {
    const entry = data?.entries.find((e) => e.numeral === numeral.id);
    const item: MonthItem = { numeral, status: itemStatus(entry, month, now, day) };
    if (entry) item.entry = entry;
    const published = publishedOn(entry);
    if (published && entry?.state === 'published') item.published = published;
    const unit = entry?.unit ?? index.units?.[String(numeral.id)];
    if (unit) item.unit = unit;
    return item;
  });
  const count = (...s: ItemStatus[]) => items.filter((i) => s.includes(i.status)).length;
  return {
    month,
    present: Boolean(data),
    deadline: deadlineDay(month, day),
    closed: now.getTime() > deadlineOf(month, day).getTime(),
    items,
    total: items.length,
    published: count('published', 'published-late'),
    notApplicable: count('not-applicable'),
    pending: count('pending'),
    late: count('late'),
    publishedLate: count('published-late'),
  };
}

/** The months the index has, newest last. */
export const monthsOf = (index: TransparencyIndex): string[] => index.months.map((m) => m.month);

/** The latest month with at least one entry (else the latest month), or undefined. */
export function latestMonth(index: TransparencyIndex): string | undefined {
  const withData = index.months.filter((m) => m.entries.length > 0);
  return (withData.at(-1) ?? index.months.at(-1))?.month;
}

/** The years to offer: from the first year of the index to the later of its last and `now`'s. */
export function yearsOf(index: TransparencyIndex, now: Date): number[] {
  const years = index.months.map((m) => Number(m.month.slice(0, 4)));
  if (!years.length) return [];
  const first = Math.min(...years);
  const last = Math.max(...years, Number(monthOf(now).slice(0, 4)));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** One cell column of the year matrix. */
export interface YearColumn {
  month: string;
  /** `data`: the index has this month; `none`: it does not; `future`: after `now`'s month. */
  kind: 'data' | 'none' | 'future';
  /** Per numeral id, the status (only for `data`). */
  statuses: Map<number, ItemStatus>;
}

/** The year matrix: 12 months × the numerals in force. */
export function yearMatrix(
  index: TransparencyIndex,
  year: number,
  now: Date,
  day = deadlineDayOf(index),
): { numerals: Numeral[]; columns: YearColumn[]; empty: boolean } {
  const current = monthOf(now);
  const columns: YearColumn[] = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const data = index.months.find((m) => m.month === month);
    const statuses = new Map<number, ItemStatus>();
    if (!data) return { month, kind: month > current ? 'future' : 'none', statuses };
    for (const item of monthSummary(index, month, now, day).items)
      statuses.set(item.numeral.id, item.status);
    return { month, kind: 'data', statuses };
  });
  const empty = !index.months.some((m) => m.month.startsWith(`${year}-`) && m.entries.length > 0);
  return { numerals: numeralsOf(index), columns, empty };
}

/** Lower case without accents (so "remuneracion" finds "Remuneraciones"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The text a search looks in for an item: number, titles, description, files. */
function haystack(item: { numeral: Numeral; entry?: IndexEntry }, lang: string): string {
  const files = (item.entry?.files ?? []).flatMap((f: IndexFile) => [
    f.title ?? '',
    f.name ?? '',
    f.url.split('/').pop() ?? '',
  ]);
  return fold(
    [
      String(item.numeral.id),
      pick(item.numeral.title, lang),
      item.numeral.title.es,
      pick(item.numeral.description, lang),
      ...files,
    ].join(' \u0000 '),
  );
}

/** The items whose numeral or files match every word of `query` (accent-insensitive). */
export function searchItems<T extends { numeral: Numeral; entry?: IndexEntry }>(
  items: readonly T[],
  query: string,
  lang = 'es',
): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...items];
  return items.filter((item) => {
    const text = haystack(item, lang);
    return words.every((w) => text.includes(w));
  });
}

export { monthOf, dayOf };
