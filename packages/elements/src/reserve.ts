/**
 * The space each Minga element keeps while its code loads, so that the text under it does not
 * jump when it renders. The autoloader (`minga.js`) applies it as a constructed style sheet when
 * it starts; the build also writes it to `dist/minga-reserve.css`, for pages that want it from
 * the first paint (before `minga.js` has run). No dependencies: part of `minga.js`'s entry.
 */

/**
 * The block size each element keeps while its code loads: about what its first render takes
 * with a few rows or the example content (measured in Chromium), on a phone and from 40rem
 * wide. A page sets its own with `--minga-reserve` on the element in its CSS
 * (`minga-data-table { --minga-reserve: 30rem }`), or `0` to reserve nothing. Tags without an
 * entry reserve nothing.
 */
export const reservedSpace: Readonly<Record<string, readonly [phone: string, wide: string]>> =
  Object.freeze({
    'minga-data-table': ['67rem', '40rem'],
    'minga-sdg-goal': ['11.75rem', '11.75rem'],
    'minga-sdg-grid': ['98.5rem', '37rem'],
    'minga-sdg-indicator': ['103rem', '71.5rem'],
    'minga-sdg-progress': ['6.75rem', '4rem'],
    'minga-info-request': ['181rem', '153rem'],
    'minga-request-status': ['32.5rem', '25.75rem'],
    'minga-transparency': ['13.5rem', '10.5rem'],
  });

/** The CSS that keeps the space of each of `tags` (a block) until it is defined. */
export function reserveStyle(tags: readonly string[] = Object.keys(reservedSpace)): string {
  const rules = (size: 0 | 1): string =>
    tags
      .map(
        (tag) =>
          `${tag}:not(:defined){display:block;min-block-size:var(--minga-reserve,${reservedSpace[tag]?.[size] ?? 0})}`,
      )
      .join('');
  return `${rules(0)}@media (min-width:40rem){${rules(1)}}`;
}
