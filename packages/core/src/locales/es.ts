import type { Message } from '../localize/messages.js';

/** Core messages in Spanish (the default language): plain words, short sentences. */
export const es = {
  'core.loading': 'Cargando…',
  'core.retry': 'Intentar de nuevo',
  'core.close': 'Cerrar',
  'core.error': 'Algo salió mal. Intente de nuevo en unos minutos.',
  'core.results': { zero: 'Sin resultados', one: '{count} resultado', other: '{count} resultados' },
} as const;

/** The core message keys, for typed catalogs. */
export type CoreMessages = { [K in keyof typeof es]: Message };
