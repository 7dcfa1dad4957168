/**
 * Messages without the DOM (for the command-line tool and for `explain()`): the package's
 * own Spanish and English catalogs. The element uses `@minga/core`'s localization instead,
 * so registered overrides and other locales apply.
 */
import type { Finding } from './findings.js';
import { en } from './locales/en.js';
import { es, type PlainMessages } from './locales/es.js';

/** A message key of @minga/plain. */
export type PlainKey = keyof PlainMessages;

/** `key` in `lang` (`es` or `en`; anything else falls back to Spanish), with `{name}` params. */
export function message(
  lang: string | undefined,
  key: PlainKey,
  params: Record<string, string | number> = {},
): string {
  const english = (lang ?? 'es').toLowerCase().startsWith('en');
  const found = (english ? en : es)[key] ?? es[key];
  let text: string;
  if (typeof found === 'string') text = found;
  else if (typeof found === 'function') text = found(params, english ? 'en' : 'es');
  else {
    const count = Number(params.count ?? 0);
    const rule = new Intl.PluralRules(english ? 'en' : 'es').select(count);
    const forms = found as Record<string, string | undefined> & { other: string };
    text = (count === 0 ? forms.zero : undefined) ?? forms[rule] ?? forms.other;
  }
  return text.replace(/\{(\w+)\}/g, (all, name: string) =>
    params[name] === undefined ? all : String(params[name]),
  );
}

/** The key that explains a finding. */
export function findingKey(finding: Finding): PlainKey {
  return finding.type === 'bureaucratic' && finding.params.plain === ''
    ? 'plain.finding.bureaucratic-omit'
    : `plain.finding.${finding.type}`;
}

/** A finding's explanation in `lang`. */
export function explain(finding: Finding, lang = 'es'): string {
  return message(lang, findingKey(finding), finding.params);
}
