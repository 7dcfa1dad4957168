// The site's own copy, in Spanish and English, through @minga/core's translations (so a
// municipality could reword it with registerTranslation, as for the elements). Static text
// lives in the HTML in Spanish for the first paint, marked with data-i18n="key".
import { registerTranslation, translate } from '@minga/core';
import type { MessageParams } from '@minga/core';

// messages.json: { es, en }, the same keys in both (checked by the type below). The build
// also writes the English messages into each page for a translation before the first paint.
import messages from './messages.json';

const es = messages.es;
const en: Record<keyof typeof es, string> = messages.en;

const prefixed = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([k, v]) => [`demo.${k}`, v]));
registerTranslation('es', prefixed(es));
registerTranslation('en', prefixed(en));

export type DemoKey = keyof typeof es;
export type Lang = 'es' | 'en';
const STORAGE_KEY = 'minga-demo:lang';

/** The page's language: the one remembered, else Spanish. */
export function currentLang(): Lang {
  return document.documentElement.lang === 'en' ? 'en' : 'es';
}

/** A message of the site in the page's language. */
export function t(key: DemoKey, params: MessageParams = {}): string {
  return translate(currentLang(), `demo.${key}`, params);
}

const listeners = new Set<(lang: Lang) => void>();
/** Calls `listener` now and after each language change. */
export function onLangChange(listener: (lang: Lang) => void): void {
  listeners.add(listener);
  listener(currentLang());
}

/** Writes every `data-i18n` text and `data-i18n-*` attribute in the page's language. */
export function translatePage(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]'))
    el.textContent = t(el.dataset.i18n as DemoKey);
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    for (const attr of el.getAttributeNames()) {
      if (!attr.startsWith('data-i18n-')) continue;
      el.setAttribute(attr.slice('data-i18n-'.length), t(el.getAttribute(attr) as DemoKey));
    }
  }
}

/** Switches the page (and the Minga elements, which follow `<html lang>`) to `lang`. */
export function setLang(lang: Lang): void {
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  translatePage();
  for (const listener of listeners) listener(lang);
}
