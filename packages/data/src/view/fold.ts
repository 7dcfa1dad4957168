/**
 * Text folding for search and sorting. Pure functions, no DOM.
 */

const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}/gu;

/**
 * Folds text for case- and accent-insensitive search: "Información" → "informacion",
 * "NIÑO" → "nino". Keeps the length of most Latin text (one code unit per letter).
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/**
 * A key whose plain code-unit order follows Spanish collation at primary strength: case and
 * accents are ignored, and ñ is its own letter between n and o ("nube" < "ñandú" < "oso").
 * Comparing these keys with `<` is many times faster than `Intl.Collator.compare`.
 */
export function collationKey(text: string): string {
  return fold(text.replace(/ñ/gi, 'n\uffff'));
}
