import { formatDate } from '@minga/core';

/**
 * A day in words, for deadlines: `lunes 14 de diciembre de 2026` (es-EC, as Ecuadorian
 * documents write it: no comma after the weekday), `Monday, December 14, 2026` (en).
 * Deadline instants are the end of a day in America/Guayaquil, core's default time zone.
 */
export function longDate(value: string | Date, lang: string): string {
  const text = formatDate(value, lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return lang.toLowerCase().startsWith('es') ? text.replace(/^(\p{L}+),\s/u, '$1 ') : text;
}
