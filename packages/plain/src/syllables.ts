/**
 * Spanish syllables, counted by rule (RAE/ASALE, *Ortografía de la lengua española*, 2010,
 * § 1.3 "La sílaba"): one syllable per vowel nucleus; strong vowels (a, e, o) next to each
 * other are a hiatus; a weak vowel (i, u) next to another vowel forms a diphthong or
 * triphthong unless it carries a written accent (pa-ís, bú-ho); `h` between vowels does not
 * stop them from joining (prohi-bir, rehu-sar) unless it begins "hue"/"hie" (ca-ca-hue-te);
 * `u` is silent in que, qui, gue, gui and sounds as `ü` (pin-güi-no); `y` is a vowel at the
 * end of a word or alone (rey, muy, y). Numbers are read as words (`2026` → "dos mil
 * veintiséis", 5 syllables). DOM-free.
 */

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const WEAK = new Set(['i', 'u', 'ü', 'y']);
const VOWEL = new Set([...STRONG, ...WEAK]);

/** The vowel nuclei of a lower-case word, as runs of adjacent vowels (h inside runs skipped). */
function vowelRuns(word: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const end = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const prev = word[i - 1];
    const next = word[i + 1];
    // Silent u: que, qui, gue, gui (but güe, güi keep their ü).
    if (c === 'u' && (prev === 'q' || prev === 'g') && next !== undefined && 'eéií'.includes(next))
      continue;
    if (c === 'y') {
      // A vowel when it ends the word or stands before a consonant; a consonant otherwise.
      if (next === undefined || !VOWEL.has(next)) run.push('y');
      else end();
      continue;
    }
    if (VOWEL.has(c)) {
      run.push(c);
      continue;
    }
    if (c === 'h' && run.length && next !== undefined && VOWEL.has(next)) {
      // h between vowels: transparent, except "hue"/"hie" that start a syllable of their own.
      const after = word[i + 2];
      if ((next === 'u' || next === 'i') && after !== undefined && 'aeoáéó'.includes(after)) end();
      continue;
    }
    end();
  }
  end();
  return runs;
}

/** Nuclei in one run of adjacent vowels. */
function nucleiInRun(run: string[]): number {
  let count = 1;
  for (let i = 1; i < run.length; i++) {
    const a = run[i - 1]!;
    const b = run[i]!;
    if (STRONG.has(a) && STRONG.has(b)) count++;
    else if (WEAK.has(a) && WEAK.has(b) && a === b) count++; // chi-i-ta, du-un-vi-ro
  }
  return count;
}

const UNITS = [
  '',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const TENS = [
  '',
  '',
  '',
  'treinta',
  'cuarenta',
  'cincuenta',
  'sesenta',
  'setenta',
  'ochenta',
  'noventa',
];
const HUNDREDS = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

function below1000(n: number): string {
  if (n === 100) return 'cien';
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (h) parts.push(HUNDREDS[h]!);
  if (rest < 30) {
    if (rest) parts.push(UNITS[rest]!);
  } else {
    const u = rest % 10;
    parts.push(u ? `${TENS[Math.floor(rest / 10)]} y ${UNITS[u]}` : TENS[Math.floor(rest / 10)]!);
  }
  return parts.join(' ');
}

/** A whole number (0 to 999 999 999 999) in Spanish words: 2026 → "dos mil veintiséis". */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) return String(n);
  if (n === 0) return 'cero';
  const millions = Math.floor(n / 1e6);
  const thousands = Math.floor((n % 1e6) / 1000);
  const rest = n % 1000;
  const parts: string[] = [];
  if (millions) parts.push(millions === 1 ? 'un millón' : `${below1000Or(millions)} millones`);
  if (thousands) parts.push(thousands === 1 ? 'mil' : `${below1000Or(thousands)} mil`);
  if (rest) parts.push(below1000(rest));
  return parts.join(' ');
}

function below1000Or(n: number): string {
  return n < 1000
    ? below1000(n)
        .replace(/veintiuno$/, 'veintiún')
        .replace(/uno$/, 'un')
    : numberToWords(n);
}

/** How a number as written ("2026", "3,5", "10.000") is read: its Spanish words. */
export function readNumber(written: string): string {
  // es-EC writes 10.000 or 10 000 for thousands and 3,5 for decimals; 3.5 also occurs.
  const thousands = /^\d{1,3}(?:[. \u00a0\u202f]\d{3})+$/.test(written);
  const clean = thousands ? written.replace(/[. \u00a0\u202f]/g, '') : written;
  const [whole = '', decimals] = clean.split(/[.,]/);
  const words = readDigits(whole);
  if (!decimals) return words;
  return `${words} coma ${readDigits(decimals)}`;
}

/** A run of digits: as a number up to 12 digits, digit by digit beyond (a RUC, a phone). */
function readDigits(digits: string): string {
  if (!/^\d+$/.test(digits)) return 'cero';
  if (digits.length <= 12) return numberToWords(Number(digits));
  return Array.from(digits, (d) => (d === '0' ? 'cero' : UNITS[Number(d)])).join(' ');
}

/** Syllables of one word (letters) or number (digits). */
export function countSyllables(word: string): number {
  if (/^\d/.test(word)) return countWordsSyllables(readNumber(word));
  const lower = word.toLowerCase();
  let count = 0;
  for (const run of vowelRuns(lower)) count += nucleiInRun(run);
  // Acronyms without vowels are spelled letter by letter (CNE: ce-e-ne-e): one or more each.
  if (count === 0) return Math.max(1, lower.replace(/[^\p{L}]/gu, '').length);
  return count;
}

function countWordsSyllables(text: string): number {
  let n = 0;
  for (const w of text.split(' ')) if (w) n += countSyllables(w);
  return n;
}
