/**
 * `analyze(text)`: readability scores (whole text and per paragraph) and findings with their
 * character ranges. Spanish only. DOM-free: runs in the browser, a worker or Node.
 */
import { findFindings, type Finding, type FindingOptions } from './findings.js';
import {
  INFLESZ_BANDS,
  scores,
  type Counts,
  type InfleszBand,
  type Scores,
} from './readability.js';
import { DEFAULT_LINE_LENGTH, paragraphsIn, type Paragraph } from './text.js';

/** Options of {@link analyze}. */
export interface AnalyzeOptions extends FindingOptions {
  /** Characters per line, to measure paragraphs in lines (default 80). */
  lineLength?: number;
}

/** Counts and scores of a stretch of text. */
export interface Measured {
  start: number;
  end: number;
  words: number;
  sentences: number;
  syllables: number;
  scores: Scores;
}

/** What {@link analyze} returns. */
export interface Analysis extends Measured {
  paragraphs: Array<Measured & { lines: number }>;
  findings: Finding[];
}

function measure(paragraphs: Paragraph[], start: number, end: number): Measured {
  const counts: Counts = { words: 0, sentences: 0, syllables: 0, lengths: [] };
  for (const p of paragraphs)
    for (const s of p.sentences) {
      counts.sentences++;
      for (const w of s.words) {
        counts.words++;
        counts.syllables += w.syllables;
        counts.lengths.push(w.letters);
      }
    }
  return {
    start,
    end,
    words: counts.words,
    sentences: counts.sentences,
    syllables: counts.syllables,
    scores: scores(counts),
  };
}

/**
 * Analyses a Spanish text: Fernández-Huerta, Szigriszt-Pazos (INFLESZ scale) and µ for the
 * whole text and each paragraph, and the findings, sorted by position.
 *
 * ```js
 * const a = analyze('El alcalde firmó el contrato. La obra empieza el lunes.');
 * a.scores.fernandezHuerta; // { score: 87.74, band: 'easy' }
 * ```
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const paragraphs = paragraphsIn(text, options.lineLength ?? DEFAULT_LINE_LENGTH);
  const whole = measure(paragraphs, paragraphs[0]?.start ?? 0, paragraphs.at(-1)?.end ?? 0);
  return {
    ...whole,
    paragraphs: paragraphs.map((p) => ({ ...measure([p], p.start, p.end), lines: p.lines })),
    findings: findFindings(text, paragraphs, options),
  };
}

/** The level names of the command-line tools (Spanish, no accents) and their INFLESZ bands. */
export const LEVELS: Readonly<Record<string, InfleszBand>> = Object.freeze({
  'muy-dificil': 'very-hard',
  'algo-dificil': 'somewhat-hard',
  normal: 'normal',
  'bastante-facil': 'fairly-easy',
  'muy-facil': 'very-easy',
  ...Object.fromEntries(INFLESZ_BANDS.map((b) => [b, b])),
});

export { explain, message } from './messages.js';
export type { InfleszBand } from './readability.js';

/** Is an INFLESZ band at least as easy as `level`? (`null`, too short to measure, passes.) */
export function atLeast(band: InfleszBand | null, level: InfleszBand): boolean {
  return band === null || INFLESZ_BANDS.indexOf(band) >= INFLESZ_BANDS.indexOf(level);
}
