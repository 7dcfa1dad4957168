/**
 * `@minga/info-request/shared`: everything a request service needs and nothing that touches
 * the DOM or loads Lit: the request schema, ID checks, deadlines, statuses and the HTTP
 * client. Runs in Node ≥ 20 and in browsers (but `computeDeadlines` loads `date-holidays`,
 * megabytes of data: keep it on the server).
 */
export * from './ids.js';
export * from './schema.js';
export * from './status.js';
export * from './client.js';
export * from './deadlines.js';
export { formatMessage, formatBytes } from './text.js';
export { es as infoRequestEs } from './locales/es.js';
export { en as infoRequestEn } from './locales/en.js';
export type { InfoRequestMessages } from './locales/es.js';
