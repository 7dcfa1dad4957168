// `npm test -w @minga/demo`: the end-to-end tests. Builds nothing: it checks that the demo,
// the request service and the one-file bundle are built (and says what to run if not), then
// runs every e2e/*.test.mjs with `node --test`, one file at a time.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingBuilds } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const missing = missingBuilds();
if (missing.length > 0) {
  console.error(`minga demo e2e: build first.\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
  .map((f) => join(here, f));
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
