/**
 * Defines <minga-info-request> and <minga-request-status>. The only module of this package
 * with side effects: import it once (`import '@minga/info-request/define.js'`).
 */
import { MingaInfoRequest } from './info-request.js';
import { MingaRequestStatus } from './request-status.js';

MingaInfoRequest.define('minga-info-request');
MingaRequestStatus.define('minga-request-status');

export { MingaInfoRequest, MingaRequestStatus };
