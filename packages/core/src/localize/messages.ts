import { devWarn } from '../dev-mode.js';
import { es, type CoreMessages } from '../locales/es.js';
import { en } from '../locales/en.js';
import { DEFAULT_LANG } from '../lang.js';
import { formatDate, formatLocale, formatNumber } from '../format.js';

/** The plural forms of a message, chosen with `Intl.PluralRules` on the `count` parameter. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Values a message can interpolate: numbers and dates are formatted for the language. */
export type MessageParams = Record<string, string | number | Date | null | undefined>;

/**
 * A message: a string with `{name}` placeholders, plural forms keyed by CLDR category
 * (`one`, `other`, …; `{count}` is the number), or a function for anything more complex.
 * Strings and plural objects are plain JSON, so a municipality can ship a translation as data.
 */
export type Message = string | PluralMessage | ((params: MessageParams, lang: string) => string);

/** A catalog: message keys to messages. Keys are namespaced by package (`table.search`). */
export type Messages = Record<string, Message>;

/**
 * The keys every shipped Spanish catalog defines. Packages add theirs by declaration merging:
 *
 * ```ts
 * declare module '@minga/core' {
 *   interface MingaMessages extends DataTableMessages {}
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MingaMessages extends CoreMessages {}

/** A known message key (any key a package has declared), or any string for extensions. */
export type MessageKey = keyof MingaMessages | (string & {});

type Listener = () => void;

const catalogs = new Map<string, Map<string, Message>>();
const listeners = new Set<Listener>();

function normalize(locale: string): string {
  try {
    return (Intl.getCanonicalLocales(locale.trim())[0] ?? DEFAULT_LANG).toLowerCase();
  } catch {
    return locale.trim().toLowerCase();
  }
}

/** Options of {@link registerTranslation}. */
export interface RegisterOptions {
  /**
   * Keep the messages the locale already has: only add missing ones. For a catalogue that an
   * element loads late, so it does not undo a page's own wording registered before.
   */
  keep?: boolean;
}

/**
 * Adds messages for a locale, merged over what it already has, and re-renders every
 * connected Minga element. Call it at run time to add a language (for instance Kichwa,
 * `qu`) or to change the wording of any message, without rebuilding:
 *
 * ```js
 * registerTranslation('qu', { 'table.search': 'Maskay' });
 * ```
 *
 * Keys a translation lacks fall back, one by one, to the base language (`es-EC` → `es`),
 * then to Spanish.
 */
export function registerTranslation(
  locale: string,
  messages: Partial<Messages>,
  options: RegisterOptions = {},
): void {
  const key = normalize(locale);
  let catalog = catalogs.get(key);
  if (catalog === undefined) {
    catalog = new Map();
    catalogs.set(key, catalog);
  }
  for (const [id, message] of Object.entries(messages)) {
    if (message !== undefined && !(options.keep && catalog.has(id))) catalog.set(id, message);
  }
  for (const listener of listeners) listener();
}

/** The locales that have at least one registered message. */
export function registeredLocales(): string[] {
  return [...catalogs.keys()];
}

/** Calls `listener` whenever a translation is registered; returns the unsubscribe function. */
export function onTranslationChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The catalogs to look in, most specific first: `es-EC` → `es-ec`, `es`; always ending in Spanish. */
function lookupChain(lang: string): string[] {
  const chain: string[] = [];
  const full = normalize(lang || DEFAULT_LANG);
  const parts = full.split('-');
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  if (!chain.includes(DEFAULT_LANG)) chain.push(DEFAULT_LANG);
  return chain;
}

function interpolate(template: string, params: MessageParams, lang: string): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return '';
    if (typeof value === 'number') return formatNumber(value, lang);
    if (value instanceof Date) return formatDate(value, lang);
    return value;
  });
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  const locale = formatLocale(lang);
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

function render(message: Message, params: MessageParams, lang: string): string {
  if (typeof message === 'function') return message(params, lang);
  if (typeof message === 'string') return interpolate(message, params, lang);
  const count = Number(params.count ?? 0);
  const form =
    (count === 0 ? message.zero : undefined) ??
    message[pluralCategory(lang, count)] ??
    message.other;
  return interpolate(form, params, lang);
}

/**
 * The message `key` in `lang`, with `params` interpolated. Falls back key by key to Spanish;
 * never returns the raw key (an unknown key gives `''` and a dev-mode warning).
 */
export function translate(lang: string, key: MessageKey, params: MessageParams = {}): string {
  const chain = lookupChain(lang);
  const ownLanguage = normalize(lang || DEFAULT_LANG).split('-')[0];
  for (const locale of chain) {
    const message = catalogs.get(locale)?.get(key);
    // A message found in the Spanish fallback for another language is rendered as Spanish
    // (its plural forms and number formats are Spanish ones).
    if (message !== undefined)
      return render(message, params, locale.startsWith(ownLanguage) ? lang : locale);
  }
  devWarn('missing-message', `No message "${key}" in any catalog, not even Spanish.`);
  return '';
}

// Minga's own core messages, always present, so every element has Spanish and English.
registerTranslation('es', es);
registerTranslation('en', en);
