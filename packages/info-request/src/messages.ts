/**
 * This package's messages (Spanish and English) for @minga/core's registry, and the
 * declaration of their keys. The elements call {@link registerInfoRequestMessages} when
 * constructed: a bare `import './messages.js'` would be dropped by bundlers, since only
 * define.js is marked as having side effects. A municipality can reword any message with
 * `registerTranslation('es', { 'request.title': '…' })` without a rebuild.
 */
import { registerTranslation } from '@minga/core';
import { es, type InfoRequestMessages } from './locales/es.js';
import { en } from './locales/en.js';

declare module '@minga/core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface MingaMessages extends InfoRequestMessages {}
}

let registered = false;

/**
 * Registers the Spanish and English messages, once. It runs when this module loads (so a
 * municipality's `registerTranslation` afterwards wins), and every element calls it when
 * constructed, which also keeps bundlers from dropping this module.
 */
export function registerInfoRequestMessages(): void {
  if (registered) return;
  registered = true;
  registerTranslation('es', es);
  registerTranslation('en', en);
}

registerInfoRequestMessages();
