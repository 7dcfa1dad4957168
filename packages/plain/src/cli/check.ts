/// <reference types="node" />
/** `minga-plain check <files>`: scores and findings per file (Node only). */
import { readFile } from 'node:fs/promises';
import type { CommandLine, Io } from '@minga/core/cli.js';
import { analyze, atLeast, LEVELS, type Analysis } from '../analyze.js';
import type { FindingOptions } from '../findings.js';
import { explain, message } from '../messages.js';
import type { PlainPhrase } from '../phrases.js';
import { fromHtml, fromMarkdown, fromText, lineAndColumn, type Extracted } from './extract.js';
import { t } from './messages.js';

/** The prose of a file, by its extension. */
export function extract(path: string, content: string): Extracted {
  if (/\.html?$/i.test(path)) return fromHtml(content);
  if (/\.(?:md|markdown)$/i.test(path)) return fromMarkdown(content);
  return fromText(content);
}

/** One file's report, as `--json` writes it. */
export interface FileReport {
  file: string;
  words: number;
  sentences: number;
  scores: Analysis['scores'];
  belowLevel: boolean;
  findings: Array<{
    type: string;
    line: number;
    column: number;
    text: string;
    suggestion?: string;
    message: string;
  }>;
}

/** Checks the files of the command line; resolves to the exit code. */
export async function check(line: CommandLine, io: Io): Promise<number> {
  const { lang, positionals: files } = line;
  const values = line.values as Partial<Record<string, string | boolean>>;
  const levelName = String(values.level ?? 'algo-dificil');
  const level = LEVELS[levelName];
  if (!level) {
    io.err(t(lang, 'badLevel', { level: levelName }));
    return 2;
  }
  if (!files.length) {
    io.err(t(lang, 'noFiles'));
    return 2;
  }
  const options: FindingOptions = {};
  const max = Number(values['max-sentence-words']);
  if (values['max-sentence-words'] !== undefined && Number.isInteger(max) && max > 0)
    options.maxSentenceWords = max;
  if (typeof values.phrases === 'string') {
    try {
      const list = JSON.parse(await readFile(values.phrases, 'utf8')) as PlainPhrase[];
      if (!Array.isArray(list) || list.some((p) => typeof p?.phrase !== 'string'))
        throw new Error();
      options.phrases = list.map((p) => ({ phrase: p.phrase, plain: String(p.plain ?? '') }));
    } catch {
      io.err(t(lang, 'badPhrases', { path: values.phrases }));
      return 2;
    }
  }

  const reports: FileReport[] = [];
  let unreadable = false;
  for (const file of files) {
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch {
      io.err(t(lang, 'noFile', { path: file }));
      unreadable = true;
      continue;
    }
    const { text, offsets } = extract(file, source);
    const a = analyze(text, options);
    reports.push({
      file,
      words: a.words,
      sentences: a.sentences,
      scores: a.scores,
      belowLevel: !atLeast(a.scores.inflesz.band, level),
      findings: a.findings.map((f) => ({
        type: f.type,
        ...lineAndColumn(source, offsets[f.start] ?? 0),
        text: f.text,
        ...(f.suggestion === undefined ? {} : { suggestion: f.suggestion }),
        message: explain(f, lang),
      })),
    });
  }

  if (values.json) io.out(JSON.stringify(reports, null, 2));
  else {
    const number = new Intl.NumberFormat(lang === 'en' ? 'en' : 'es-EC', {
      maximumFractionDigits: 1,
    });
    for (const r of reports) {
      const { score, band } = r.scores.inflesz;
      io.out(
        score === null
          ? t(lang, 'fileShort', { path: r.file, count: r.findings.length })
          : t(lang, 'fileScore', {
              path: r.file,
              score: number.format(score),
              band: message(lang, `plain.band.${band!}`),
              words: r.words,
              count: r.findings.length,
            }),
      );
      for (const f of r.findings)
        io.out(
          t(lang, 'finding', {
            line: f.line,
            column: f.column,
            text: f.text.length > 60 ? `${f.text.slice(0, 57)}…` : f.text,
            explanation: f.message,
          }),
        );
      if (r.belowLevel) io.err(t(lang, 'belowLevel', { path: r.file, level: levelName }));
    }
    io.out(
      t(lang, 'summary', {
        files: reports.length,
        below: reports.filter((r) => r.belowLevel).length,
        level: levelName,
      }),
    );
    io.out(t(lang, 'limits'));
  }
  if (unreadable) return 2;
  return reports.some((r) => r.belowLevel) ? 1 : 0;
}
