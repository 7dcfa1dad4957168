// `npm start`: install what is missing, build the demo site and the request service, start the
// service on its embedded default (SQLite, data in .minga/data), serve the demo site, and print
// the URLs. The first start seeds sample requests and creates one staff account whose password
// is printed that once. Running it again reuses the same data. PORT / API_PORT / HOST change
// the addresses (a busy port falls back to a free one).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { checkNode, ensureDependencies, fail, root, run } from './preflight.mjs';

checkNode();
ensureDependencies();

const filters = ['--filter=@minga/demo...', '--filter=@minga/api...'];
if (run('turbo', ['run', 'build', ...filters, '--output-logs=errors-only']) !== 0) {
  fail('the build failed (see above).');
}

const host = process.env.HOST ?? '127.0.0.1';
const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host;
const state = join(root, '.minga');
const dataDir = process.env.MINGA_DATA_DIR ?? join(state, 'data');
mkdirSync(dataDir, { recursive: true });

const apiPort = await freePort(Number(process.env.API_PORT ?? 8787), host);
const demoPort = await freePort(Number(process.env.PORT ?? 4173), host);
const demoOrigins = [`http://${shownHost}:${demoPort}`, `http://localhost:${demoPort}`];
const apiEnv = {
  ...process.env,
  HOST: host,
  PORT: String(apiPort),
  MINGA_DATA_DIR: dataDir,
  MINGA_ALLOWED_ORIGINS: process.env.MINGA_ALLOWED_ORIGINS ?? demoOrigins.join(','),
  MINGA_PUBLIC_URL: process.env.MINGA_PUBLIC_URL ?? `http://${shownHost}:${demoPort}`,
};
const cli = join(root, 'apps/api/bin/minga-api.mjs');
const api = (args, options = {}) =>
  spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    env: apiEnv,
    encoding: 'utf8',
    ...options,
  });

const migrate = api(['migrate'], { stdio: 'inherit' });
if (migrate.status !== 0) fail('the request service could not prepare its database (see above).');

// Sample requests (fixed idempotency keys: a second run adds nothing).
const seed = api(['seed-sample']);
if (seed.status !== 0) console.warn(`minga: sample requests not added: ${seed.stderr.trim()}`);

// One staff account, its password printed only when it is created.
const staffMarker = join(state, 'staff-account');
let staffNote;
const staffEmail = 'personal@sanisidro.example.org';
if (!existsSync(staffMarker)) {
  const added = api([
    'staff',
    'add',
    '--email',
    staffEmail,
    '--name',
    'Personal de ejemplo',
    '--generate-password',
  ]);
  if (added.status !== 0) fail(`the staff account could not be created: ${added.stderr.trim()}`);
  writeFileSync(staffMarker, `${staffEmail}\n`);
  staffNote = added.stdout.trim();
} else {
  staffNote =
    `Staff account: ${staffEmail} (its password was printed at the first start; set a new one ` +
    `with: MINGA_DATA_DIR=${dataDir} node apps/api/bin/minga-api.mjs staff passwd --email ${staffEmail})`;
}

const service = spawn(process.execPath, [cli, 'serve'], {
  cwd: root,
  env: apiEnv,
  stdio: 'inherit',
});
const stop = () => {
  service.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
service.on('exit', (code) => {
  console.error(`minga: the request service stopped (exit ${code}).`);
  process.exit(1);
});
const apiUrl = `http://${shownHost}:${apiPort}`;
if (!(await healthy(`${apiUrl}/health`))) fail(`the request service did not answer on ${apiUrl}.`);

process.env.MINGA_API_URL = apiUrl;
const { preview } = await import('vite');
const server = await preview({
  root: join(root, 'apps/demo'),
  configFile: join(root, 'apps/demo/vite.config.ts'),
  logLevel: 'warn',
  preview: { port: demoPort, host, strictPort: true, open: false },
});
const demoUrl = `http://${shownHost}:${server.httpServer.address().port}/`;
console.log(`
Minga demo site:        ${demoUrl}
Staff inbox:            ${apiUrl}/staff/
Request service:        ${apiUrl}/health  (SQLite in ${dataDir})
${staffNote}

(Ctrl+C stops both.)`);

async function freePort(preferred, bindHost) {
  const attempt = (port) =>
    new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(undefined));
      probe.listen(port, bindHost, () => {
        const { port: free } = probe.address();
        probe.close(() => resolve(free));
      });
    });
  return (await attempt(preferred)) ?? (await attempt(0));
}

async function healthy(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
