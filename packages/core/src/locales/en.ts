import type { CoreMessages } from './es.js';

/** Core messages in English. */
export const en: CoreMessages = {
  'core.loading': 'Loading…',
  'core.retry': 'Try again',
  'core.close': 'Close',
  'core.error': 'Something went wrong. Please try again in a few minutes.',
  'core.results': { zero: 'No results', one: '{count} result', other: '{count} results' },
};
