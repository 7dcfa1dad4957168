/**
 * Paragraphs, sentences and words of a text, each with its character range. DOM-free.
 */
import { countSyllables } from './syllables.js';

/** A word (letters, or a number as written) and where it is. */
export interface Word {
  text: string;
  start: number;
  end: number;
  syllables: number;
  /** Letters (or digits) in it: µ uses word lengths. */
  letters: number;
}

/** A sentence: its range and its words. */
export interface Sentence {
  start: number;
  end: number;
  words: Word[];
}

/** A paragraph: its range, its sentences and how many lines it takes. */
export interface Paragraph {
  start: number;
  end: number;
  sentences: Sentence[];
  lines: number;
}

/** Abbreviations whose point does not end a sentence (lower case, without the point). */
const ABBREVIATIONS = new Set([
  'sr',
  'sra',
  'srta',
  'sres',
  'dr',
  'dra',
  'lcdo',
  'lcda',
  'ing',
  'arq',
  'abg',
  'ab',
  'econ',
  'mgs',
  'msc',
  'phd',
  'prof',
  'art',
  'arts',
  'núm',
  'num',
  'nro',
  'pág',
  'págs',
  'p',
  'pp',
  'etc',
  'ej',
  'av',
  'cap',
  'inc',
  'lit',
  'tel',
  'telf',
  'ext',
  'aprox',
  'admin',
  'dpto',
  'depto',
  'cía',
  'cia',
  'ee',
  'uu',
  'vs',
  'ud',
  'uds',
  'vd',
  'vds',
  'min',
  'máx',
  'max',
  'mín',
  'ref',
  'reg',
  'res',
  'of',
  'mem',
  'gob',
  'mun',
  'adj',
  'cfr',
  'vol',
]);

// A word: letters (with inner apostrophes or hyphens joining letters), or a number such as
// 2026, 3,5, 10.000 or 10 000.
const TOKEN = /(\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*)|(\d+(?:[.,\u00a0\u202f]\d+)*)/gu;

/** Characters per line when a paragraph's length is measured in lines. */
export const DEFAULT_LINE_LENGTH = 80;

/** The words of `text[start, end)`, each with its syllables. */
export function wordsIn(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const w = m[0];
    if (m.index + w.length > end) break;
    words.push({
      text: w,
      start: m.index,
      end: m.index + w.length,
      syllables: countSyllables(w),
      letters: m[1] ? w.replace(/['’-]/g, '').length : w.replace(/\D/g, '').length,
    });
  }
  return words;
}

/** Does the point at `i` end a sentence? (Not after an abbreviation, an initial or inside a number.) */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.') return true;
  if (/\d/.test(text[i + 1] ?? '')) return false; // 3.5, 10.000
  if (text[i + 1] === '.' || text[i - 1] === '.') return text[i + 1] !== '.'; // "..." ends once
  const before = /(\p{L}+)$/u.exec(text.slice(Math.max(0, i - 12), i));
  if (!before) return true;
  const word = before[1]!;
  if (ABBREVIATIONS.has(word.toLowerCase())) {
    // "etc." at the end of a sentence followed by a capital still ends it.
    const rest = /^\s+(\p{Lu})/u.exec(text.slice(i + 1, i + 4));
    return word.toLowerCase() === 'etc' && !!rest;
  }
  // A single capital letter is an initial: "J. Pérez".
  return !(word.length === 1 && word === word.toUpperCase());
}

/** Sentences of `text[start, end)`: split at . ! ? … ; and at line breaks. */
export function sentencesIn(text: string, start = 0, end = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  let from = start;
  const push = (to: number) => {
    const words = wordsIn(text, from, to);
    if (words.length)
      sentences.push({
        start: words[0]!.start,
        end: sentenceEnd(text, words.at(-1)!.end, to),
        words,
      });
    from = to;
  };
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '\n' || ((c === '.' || c === '!' || c === '?' || c === '…') && endsSentence(text, i)))
      push(i + 1);
  }
  if (from < end) push(end);
  return sentences;
}

/** A sentence ends after its last word and the punctuation that closes it. */
function sentenceEnd(text: string, lastWordEnd: number, limit: number): number {
  let i = lastWordEnd;
  while (i < limit && /[.!?…»"”')\]]/.test(text[i]!)) i++;
  return i;
}

/** Paragraphs: blocks separated by a blank line. */
export function paragraphsIn(text: string, lineLength = DEFAULT_LINE_LENGTH): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const breaks = /\n[ \t]*\n\s*/g;
  let from = 0;
  const push = (to: number) => {
    const sentences = sentencesIn(text, from, to);
    if (sentences.length) {
      const start = sentences[0]!.start;
      const end = sentences.at(-1)!.end;
      let lines = 0;
      for (const line of text.slice(start, end).split('\n'))
        lines += Math.max(1, Math.ceil(line.trim().length / lineLength));
      paragraphs.push({ start, end, sentences, lines });
    }
  };
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return paragraphs;
}
