/// <reference types="node" />
/**
 * `minga-transparency`: build the index from a folder, list what is missing for a month,
 * check every link. Spanish output by default (`--lang en`). Node only: not part of the
 * browser bundle.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defaultIo, readCommandLine, type Io } from '@minga/core/cli.js';
import { isMonth, validateIndex, type TransparencyIndex } from '../index-format.js';
import { buildIndex } from './build.js';
import { baseOf, checkLinks } from './check-links.js';
import { t } from './messages.js';
import { missingReport, reportingMonth } from './missing.js';
import { checkTextReport } from './check-text.js';
import { LEVELS } from '@minga/plain/analyze.js';

async function loadIndex(
  path: string,
  lang: string,
  io: Io,
): Promise<TransparencyIndex | undefined> {
  if (!existsSync(path)) {
    io.err(t(lang, 'noFile', { path }));
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    io.err(t(lang, 'badJson', { path }));
    return undefined;
  }
  const result = validateIndex(json, lang, io.now ? { now: io.now } : {});
  for (const issue of result.errors) io.err(t(lang, 'issue', { message: issue.message }));
  return result.index;
}

/** The index of a folder (built on the fly) or of an index.json. */
async function folderOrIndex(
  path: string,
  lang: string,
  io: Io & { now: Date },
): Promise<TransparencyIndex | undefined> {
  if (existsSync(path) && statSync(path).isDirectory()) {
    const built = await buildIndex(path, { lang, now: io.now });
    for (const w of built.warnings) io.err(w);
    return built.index;
  }
  return loadIndex(path, lang, io);
}

export type { Io };

/** Runs the tool with `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const line = readCommandLine(
    argv,
    {
      out: { type: 'string', short: 'o' },
      institution: { type: 'string' },
      month: { type: 'string', short: 'm' },
      timeout: { type: 'string' },
      concurrency: { type: 'string' },
      today: { type: 'string' },
      level: { type: 'string' },
    },
    {
      usage: (lang) => t(lang, 'usage'),
      badOption: (lang, message) => t(lang, 'badOption', { message }),
    },
    io,
  );
  if (typeof line === 'number') return line;
  const { command, lang } = line;
  const [target] = line.positionals;
  const values = line.values as Partial<Record<string, string>>;
  const now = values.today ? new Date(`${values.today}T12:00:00-05:00`) : (io.now ?? new Date());
  if (Number.isNaN(now.getTime())) {
    io.err(t(lang, 'badOption', { message: `--today ${values.today}` }));
    return 2;
  }
  const ioNow = { ...io, now };

  if (command === 'build') {
    const folder = resolve(target ?? '.');
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      io.err(t(lang, 'noFolder', { path: target ?? '.' }));
      return 2;
    }
    const out = resolve(values.out ?? join(folder, 'index.json'));
    const result = await buildIndex(folder, {
      out,
      lang,
      now,
      ...(values.institution ? { institution: values.institution } : {}),
    });
    for (const w of result.warnings) io.err(w);
    await writeFile(out, `${JSON.stringify(result.index, null, 2)}\n`);
    io.out(
      t(lang, 'written', {
        path: relative(process.cwd(), out).startsWith('..') ? out : relative(process.cwd(), out),
        months: result.index.months.length,
        files: result.fileCount,
      }),
    );
    return 0;
  }

  if (command === 'missing') {
    const month = values.month ?? reportingMonth(now);
    if (!isMonth(month)) {
      io.err(t(lang, 'badMonth', { month }));
      return 2;
    }
    const index = await folderOrIndex(resolve(target ?? '.'), lang, ioNow);
    if (!index) return 2;
    const report = missingReport(index, month, now, lang);
    for (const line of report.lines) io.out(line);
    return report.missing > 0 ? 1 : 0;
  }

  if (command === 'check-text') {
    const levelName = values.level ?? 'algo-dificil';
    const level = LEVELS[levelName];
    if (!level) {
      io.err(t(lang, 'badLevel', { level: levelName }));
      return 2;
    }
    const index = await folderOrIndex(resolve(target ?? '.'), lang, ioNow);
    if (!index) return 2;
    const report = checkTextReport(index, level, levelName, lang);
    for (const line of report.lines) io.out(line);
    return report.below > 0 ? 1 : 0;
  }

  if (command === 'check-links') {
    const path = resolve(target ?? 'index.json');
    const index = await loadIndex(path, lang, ioNow);
    if (!index) return 2;
    const timeout = Number(values.timeout ?? 10_000);
    const concurrency = Number(values.concurrency ?? 4);
    const { checked, broken } = await checkLinks(index, {
      base: baseOf(path),
      lang,
      timeout: Number.isFinite(timeout) && timeout > 0 ? timeout : 10_000,
      concurrency: Number.isInteger(concurrency) && concurrency > 0 ? concurrency : 4,
    });
    for (const b of broken)
      io.out(
        t(lang, 'linkBroken', {
          where: `${b.month}, numeral ${b.numeral}`,
          url: b.url,
          reason: b.reason,
        }),
      );
    io.out(t(lang, 'linkSummary', { checked, broken: broken.length }));
    return broken.length ? 1 : 0;
  }

  io.err(t(lang, 'unknownCommand', { command }));
  io.err(t(lang, 'usage'));
  return 2;
}
