/**
 * A small, DOM-free message formatter over this package's own catalogs, for code that runs
 * without @minga/core's registry (the request service in Node). Elements use
 * `this.localize.term()` instead, so a municipality's registered wording applies there.
 */
import type { Message } from '@minga/core';
import { es } from './locales/es.js';
import { en } from './locales/en.js';

const catalogs: Record<string, Record<string, Message>> = { es, en };

/** `es`, `es-EC` → `es-EC`; `en`, `en-GB` → that locale. Anything else → `es-EC`. */
function locale(lang: string): string {
  const base = lang.toLowerCase().split('-')[0];
  if (base === 'en') return lang;
  return 'es-EC';
}

/** The language's catalog (`en`), else Spanish. */
function catalog(lang: string): Record<string, Message> {
  return catalogs[lang.toLowerCase().split('-')[0] ?? 'es'] ?? es;
}

/** Whether a message exists for `key` (in Spanish, the source of truth). */
export function hasMessage(key: string): boolean {
  return key in es;
}

/** The message `key` in `lang` (Spanish when missing), with `{name}` placeholders filled. */
export function formatMessage(
  lang: string,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const message = catalog(lang)[key] ?? (es as Record<string, Message>)[key];
  if (message === undefined) return '';
  const loc = locale(lang);
  let template: string;
  if (typeof message === 'string') template = message;
  else if (typeof message === 'function') return message(params, lang);
  else {
    const count = Number(params.count ?? 0);
    const form = new Intl.PluralRules(loc).select(count);
    template = message[form] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) return '';
    return typeof value === 'number' ? new Intl.NumberFormat(loc).format(value) : value;
  });
}

/** Bytes in SI units (`5000000` → `5 MB`), as @minga/core's `formatFileSize` does. */
export function formatBytes(bytes: number, lang = 'es'): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let size = bytes;
  let unit = 0;
  while (Math.abs(size) >= 1000 && unit < units.length - 1) {
    size /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale(lang), {
    style: 'unit',
    unit: units[unit],
    // CLDR's short "byte" has no plural ("512 byte"): the long form reads right.
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(size);
}
