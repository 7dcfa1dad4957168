/**
 * The localized messages of @minga/data (Spanish default, English), registered with
 * @minga/core's catalogs when this module loads. Main thread only (core brings Lit).
 */
import { formatFileSize, registerTranslation, translate } from '@minga/core';
import type { MessageParams } from '@minga/core';
import type { RawWarning } from './csv.js';
import { en } from './locales/en.js';
import { es, type DataMessages } from './locales/es.js';
import type { DataWarning } from './types.js';

declare module '@minga/core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface MingaMessages extends DataMessages {}
}

registerTranslation('es', es);
registerTranslation('en', en);

/** A @minga/data message in `lang` (Spanish by default). */
export function dataMessage(
  lang: string | undefined,
  key: string,
  params: MessageParams = {},
): string {
  return translate(lang || 'es', key, params);
}

/** "Columna {n}" in `lang`, with the placeholder kept (filled per column by the engine). */
export function columnLabelTemplate(lang: string | undefined): string {
  return dataMessage(lang, 'data.column', { n: '{n}' });
}

/** Adds the localized message to raw warnings. */
export function localizeWarnings(raw: readonly RawWarning[], lang?: string): DataWarning[] {
  return raw.map((w) => {
    const params: MessageParams = { count: w.count, ...w.params };
    if (w.params?.type) params.type = dataMessage(lang, `data.type.${w.params.type}`);
    const warning: DataWarning = {
      code: w.code,
      message: dataMessage(lang, `data.warning.${w.code}`, params),
      count: w.count,
    };
    if (w.rows) warning.rows = w.rows;
    if (w.column !== undefined) warning.column = w.column;
    return warning;
  });
}

/** Formats a byte limit for the `too-large` message. */
export function formatLimit(bytes: number, lang?: string): string {
  return formatFileSize(bytes, lang);
}
