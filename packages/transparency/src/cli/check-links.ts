/// <reference types="node" />
/** Checks that every file of an index answers (Node only). */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { TransparencyIndex } from '../index-format.js';
import { t } from './messages.js';

export interface LinkCheckOptions {
  /** Folder that relative URLs are resolved against (the index file's folder). */
  base: string;
  /** Milliseconds per request (default 10 000). */
  timeout?: number;
  /** Requests at once (default 4). */
  concurrency?: number;
  lang?: string;
  fetch?: typeof fetch;
}

export interface BrokenLink {
  month: string;
  numeral: number;
  url: string;
  reason: string;
}

type Outcome = { ok: true } | { ok: false; reason: string };

async function checkHttp(url: string, options: LinkCheckOptions): Promise<Outcome> {
  const lang = options.lang ?? 'es';
  const fetchFn = options.fetch ?? fetch;
  const attempt = async (method: 'HEAD' | 'GET') => {
    const response = await fetchFn(url, {
      method,
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeout ?? 10_000),
    });
    await response.body?.cancel();
    return response;
  };
  try {
    let response: Response | undefined;
    try {
      response = await attempt('HEAD');
    } catch {
      response = undefined;
    }
    // Some servers refuse or mishandle HEAD: ask again with GET.
    if (!response || !response.ok) response = await attempt('GET');
    if (response.ok) return { ok: true };
    return { ok: false, reason: t(lang, 'reasonStatus', { status: response.status }) };
  } catch (error) {
    const name = (error as Error).name;
    const timedOut = name === 'TimeoutError' || name === 'AbortError';
    return { ok: false, reason: t(lang, timedOut ? 'reasonTimeout' : 'reasonNetwork') };
  }
}

async function checkLocal(url: string, options: LinkCheckOptions): Promise<Outcome> {
  const path = resolve(options.base, decodeURIComponent(url.replace(/[?#].*$/, '')));
  try {
    if ((await stat(path)).isFile()) return { ok: true };
  } catch {
    // Reported below.
  }
  return { ok: false, reason: t(options.lang ?? 'es', 'reasonMissingFile') };
}

/** Checks every file link of `index`; returns the broken ones and how many were checked. */
export async function checkLinks(
  index: TransparencyIndex,
  options: LinkCheckOptions,
): Promise<{ checked: number; broken: BrokenLink[] }> {
  const jobs = index.months.flatMap((m) =>
    m.entries.flatMap((e) =>
      e.files.map((f) => ({ month: m.month, numeral: e.numeral, url: f.url })),
    ),
  );
  const broken: BrokenLink[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const outcome = /^https?:/i.test(job.url)
        ? await checkHttp(job.url, options)
        : await checkLocal(job.url, options);
      if (!outcome.ok) broken.push({ ...job, reason: outcome.reason });
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 4, jobs.length));
  await Promise.all(Array.from({ length: workers }, worker));
  broken.sort((a, b) => a.month.localeCompare(b.month) || a.numeral - b.numeral);
  return { checked: jobs.length, broken };
}

export const baseOf = (indexPath: string) => dirname(resolve(indexPath));
