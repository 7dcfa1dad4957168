// Test-only endpoints: @minga/data's adapters (papaparse as an ES module, its worker, raw fixture bytes),
// which the CSV preview's <minga-data-table> needs.
export { middleware } from '../../data/test/server.mjs';
