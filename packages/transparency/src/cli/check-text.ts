/// <reference types="node" />
/**
 * `minga-transparency check-text`: the texts of an index that citizens read (file
 * descriptions, "not applicable" justifications, notes, numeral descriptions), checked with
 * `@minga/plain`: those below the chosen INFLESZ level, and every finding (Node only).
 */
import { analyze, atLeast, explain, message, type InfleszBand } from '@minga/plain/analyze.js';
import type { TransparencyIndex } from '../index-format.js';
import { t } from './messages.js';

/** One text of the index and where it is. */
interface IndexText {
  where: string;
  text: string;
}

function textsOf(index: TransparencyIndex): IndexText[] {
  const texts: IndexText[] = [];
  for (const d of index.numerals ?? [])
    if (d.description?.es) texts.push({ where: `numeral ${d.id}`, text: d.description.es });
  for (const month of index.months)
    for (const entry of month.entries) {
      const where = `${month.month}, numeral ${entry.numeral}`;
      if (entry.justification) texts.push({ where, text: entry.justification });
      if (entry.note) texts.push({ where, text: entry.note });
      for (const file of entry.files)
        if (file.description)
          texts.push({ where: `${where}, ${file.name ?? file.url}`, text: file.description });
    }
  return texts;
}

/** The report's lines, and how many texts are below `level`. */
export function checkTextReport(
  index: TransparencyIndex,
  level: InfleszBand,
  levelName: string,
  lang = 'es',
): { lines: string[]; below: number; checked: number } {
  const lines: string[] = [];
  const texts = textsOf(index);
  let below = 0;
  const number = new Intl.NumberFormat(lang.startsWith('en') ? 'en' : 'es-EC', {
    maximumFractionDigits: 1,
  });
  for (const { where, text } of texts) {
    const a = analyze(text);
    const { score, band } = a.scores.inflesz;
    const hard = !atLeast(band, level);
    if (hard) below++;
    if (!hard && !a.findings.length) continue;
    lines.push(
      t(lang, hard ? 'textHard' : 'textFindings', {
        where,
        score: score === null ? '—' : number.format(score),
        band: message(lang, `plain.band.${band ?? 'none'}`),
        text: text.length > 70 ? `${text.slice(0, 67)}…` : text,
      }),
    );
    for (const f of a.findings)
      lines.push(t(lang, 'textFinding', { text: f.text, explanation: explain(f, lang) }));
  }
  lines.push(t(lang, 'textSummary', { checked: texts.length, below, level: levelName }));
  return { lines, below, checked: texts.length };
}
