// Test-only endpoints: @minga/data's adapters (papaparse as an ES module, its worker, raw fixture bytes).
export { middleware } from '../../data/test/server.mjs';
