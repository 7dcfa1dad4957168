/**
 * Messages without the DOM (for validation and the command-line tool): the package's own
 * Spanish and English catalogs, `{name}` placeholders and plural forms. The element uses
 * `@minga/core`'s localization instead, so registered overrides and other locales apply.
 */
import { es, type TransparencyMessages } from './locales/es.js';
import { en } from './locales/en.js';

/** A message key of @minga/transparency. */
export type TransparencyKey = keyof TransparencyMessages;

/** Parameters of a message. */
export type Params = Record<string, string | number | undefined>;

/** `key` in `lang` (`es` or `en`; anything else falls back to Spanish), with `params`. */
export function message(
  lang: string | undefined,
  key: TransparencyKey,
  params: Params = {},
): string {
  const base = (lang ?? 'es').toLowerCase().split('-')[0];
  const catalog: TransparencyMessages = base === 'en' ? en : es;
  let text = catalog[key] ?? es[key];
  if (typeof text === 'function') return text(params, base ?? 'es');
  if (typeof text === 'object') {
    const count = Number(params.count ?? 0);
    const rule = new Intl.PluralRules(base === 'en' ? 'en' : 'es').select(count);
    const forms = text as Record<string, string | undefined>;
    text = (count === 0 ? forms.zero : undefined) ?? forms[rule] ?? forms.other!;
  }
  return (text as string).replace(/\{(\w+)\}/g, (all, name: string) =>
    params[name] === undefined ? all : String(params[name]),
  );
}
