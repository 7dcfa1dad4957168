// Test-only endpoints: @minga/data's adapters (papaparse as an ES module, its worker, raw
// fixture bytes) and the fake request service of @minga/info-request.
import { middleware as data } from '../../data/test/server.mjs';
import { middleware as infoRequest } from '../../info-request/test/server.mjs';

export const middleware = [...data, ...infoRequest];
