/**
 * Text folding for search and sorting. Pure functions, no DOM.
 */

const NON_ASCII = /[^\0-\x7f]/;
const EACH_NON_ASCII = /[^\0-\x7f]/gu;
const MARKS = /\p{M}/gu;
/** Each non-ASCII character met so far, folded. */
const folded = new Map<string, string>();

/** One character without its accents: NFD, marks removed (the same as for a whole text). */
function foldChar(char: string): string {
  let result = folded.get(char);
  if (result === undefined) {
    result = char.normalize('NFD').replace(MARKS, '');
    folded.set(char, result);
  }
  return result;
}

/**
 * Folds text for case- and accent-insensitive search: "Información" → "informacion",
 * "NIÑO" → "nino". Keeps the length of most Latin text (one code unit per letter).
 * Character by character, each folded once and remembered: normalizing whole texts took the
 * worker most of its indexing time on long descriptions.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.replace(EACH_NON_ASCII, foldChar) : lower;
}

const ENYE = /[ñÑ]/g;

/**
 * A key whose plain code-unit order follows Spanish collation at primary strength: case and
 * accents are ignored, and ñ is its own letter between n and o ("nube" < "ñandú" < "oso").
 * Comparing these keys with `<` (or sorting them with a plain `sort()`) is many times faster
 * than `Intl.Collator.compare`. Without ñ the key is the folded text: pass `folded`
 * (`fold(text)`) when it is at hand, so it is not folded twice.
 */
export function collationKey(text: string, folded?: string): string {
  if (!text.includes('ñ') && !text.includes('Ñ')) return folded ?? fold(text);
  return fold(text.replace(ENYE, 'n\uffff'));
}
