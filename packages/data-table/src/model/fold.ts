/**
 * Text folding for search and sorting. `fold` and `collationKey` live in the table engine
 * (`@minga/data`), which the worker shares; what is here serves highlighting only.
 */
import { fold } from '@minga/data';

export { fold, collationKey } from '@minga/data';

/**
 * Where the folded `query` occurs in `text`, as [start, end) ranges of `text` itself (not of
 * its folded form), for highlighting. Every word of the query is searched for.
 */
export function matchRanges(text: string, words: readonly string[]): Array<[number, number]> {
  if (words.length === 0) return [];
  // Fold character by character, remembering where each folded unit came from and where its
  // character ends.
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const char of text) {
    const f = fold(char);
    folded += f;
    for (let k = 0; k < f.length; k++) {
      starts.push(at);
      ends.push(at + char.length);
    }
    at += char.length;
  }
  const ranges: Array<[number, number]> = [];
  for (const word of words) {
    if (!word) continue;
    for (let i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + word.length)) {
      ranges.push([starts[i]!, ends[i + word.length - 1]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  // Merge overlapping ranges.
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/** Splits a search query into folded words. */
export function queryWords(query: string): string[] {
  return fold(query.trim())
    .split(/\s+/)
    .filter((w) => w.length > 0);
}
