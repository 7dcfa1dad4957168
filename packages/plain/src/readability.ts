/**
 * Spanish readability formulas and their bands. They measure length (syllables per word,
 * words per sentence, the spread of word lengths), not clarity: a short text can still be
 * unclear. DOM-free.
 *
 * - Fernández-Huerta (1959): 206.84 − 60·(syllables/words) − 1.02·(words/sentences).
 * - Szigriszt-Pazos (1993), "perspicuidad": 206.835 − 62.3·(syllables/words) − words/sentences,
 *   read on the INFLESZ scale (Barrio-Cantalejo et al., 2008).
 * - µ, Muñoz Baquedano and Muñoz Urra (2006): (n / (n − 1)) · (mean / variance) · 100, where
 *   n is the number of words and mean and variance are of word lengths in letters.
 */

/** The counts a score is computed from. */
export interface Counts {
  words: number;
  sentences: number;
  syllables: number;
  /** Letters of each word (µ). */
  lengths: number[];
}

/** The bands of the Fernández-Huerta scale, hardest first. */
export const FERNANDEZ_HUERTA_BANDS = [
  'very-hard',
  'hard',
  'fairly-hard',
  'normal',
  'fairly-easy',
  'easy',
  'very-easy',
] as const;
/** The bands of the INFLESZ scale, hardest first. */
export const INFLESZ_BANDS = [
  'very-hard',
  'somewhat-hard',
  'normal',
  'fairly-easy',
  'very-easy',
] as const;
/** The bands of the µ scale, hardest first. */
export const MU_BANDS = [
  'very-hard',
  'hard',
  'somewhat-hard',
  'adequate',
  'somewhat-easy',
  'easy',
  'very-easy',
] as const;

export type FernandezHuertaBand = (typeof FERNANDEZ_HUERTA_BANDS)[number];
export type InfleszBand = (typeof INFLESZ_BANDS)[number];
export type MuBand = (typeof MU_BANDS)[number];

/** A score and its band; `score` is `null` when the text is too short to measure. */
export interface Score<B extends string> {
  score: number | null;
  band: B | null;
}

/** The three scores of a text or paragraph. */
export interface Scores {
  fernandezHuerta: Score<FernandezHuertaBand>;
  /** Szigriszt-Pazos, read on the INFLESZ scale. */
  inflesz: Score<InfleszBand>;
  mu: Score<MuBand>;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Fernández-Huerta's score. */
export function fernandezHuerta(c: Counts): number | null {
  if (!c.words || !c.sentences) return null;
  return round(206.84 - 60 * (c.syllables / c.words) - 1.02 * (c.words / c.sentences));
}

/** Szigriszt-Pazos's perspicuity (read it on the INFLESZ scale). */
export function szigrisztPazos(c: Counts): number | null {
  if (!c.words || !c.sentences) return null;
  return round(206.835 - 62.3 * (c.syllables / c.words) - c.words / c.sentences);
}

/** Muñoz Baquedano's µ; `null` under two words or when all words have the same length. */
export function mu(c: Counts): number | null {
  const n = c.lengths.length;
  if (n < 2) return null;
  const mean = c.lengths.reduce((a, b) => a + b, 0) / n;
  const variance = c.lengths.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
  if (variance === 0) return null;
  return round((n / (n - 1)) * (mean / variance) * 100);
}

/** The band of a Fernández-Huerta score: < 30 very hard … ≥ 90 very easy. */
export function fernandezHuertaBand(score: number): FernandezHuertaBand {
  const limits = [30, 50, 60, 70, 80, 90];
  const i = limits.findIndex((l) => score < l);
  return FERNANDEZ_HUERTA_BANDS[i === -1 ? 6 : i]!;
}

/** The INFLESZ band: ≤ 40 very hard, ≤ 55 somewhat hard, ≤ 65 normal, ≤ 80 fairly easy, > 80 very easy. */
export function infleszBand(score: number): InfleszBand {
  const limits = [40, 55, 65, 80];
  const i = limits.findIndex((l) => score <= l);
  return INFLESZ_BANDS[i === -1 ? 4 : i]!;
}

/** The µ band: < 31 very hard … ≥ 91 very easy (61–71 adequate). */
export function muBand(score: number): MuBand {
  const limits = [31, 51, 61, 71, 81, 91];
  const i = limits.findIndex((l) => score < l);
  return MU_BANDS[i === -1 ? 6 : i]!;
}

function scored<B extends string>(score: number | null, band: (s: number) => B): Score<B> {
  return { score, band: score === null ? null : band(score) };
}

/** All three scores with their bands. */
export function scores(c: Counts): Scores {
  return {
    fernandezHuerta: scored(fernandezHuerta(c), fernandezHuertaBand),
    inflesz: scored(szigrisztPazos(c), infleszBand),
    mu: scored(mu(c), muBand),
  };
}
