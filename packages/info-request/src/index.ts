/**
 * @minga/info-request: access-to-information requests (LOTAIP, Ecuador).
 *
 * Elements: import `@minga/info-request/define.js` to define the tags. Server code (the
 * request service) should import `@minga/info-request/shared`, which has no DOM and no Lit,
 * and also holds `computeDeadlines` (not exported here: it loads `date-holidays`).
 */
export { MingaInfoRequest, NATIONAL_PORTAL_URL, type FormValues } from './info-request.js';
export { MingaRequestStatus } from './request-status.js';
export {
  MingaRequestSubmitEvent,
  MingaRequestSuccessEvent,
  MingaRequestErrorEvent,
  type RequestSubmitDetail,
  type RequestSuccessDetail,
  type RequestErrorDetail,
} from './events.js';
export * from './ids.js';
export * from './schema.js';
export * from './status.js';
export * from './client.js';
export { draftKey, type Draft } from './draft.js';
export { longDate } from './dates.js';
export type { InfoRequestMessages } from './locales/es.js';
export type { DeadlineRules, Deadlines } from './deadline-rules.js';
