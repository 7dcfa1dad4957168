// What `npm start` and `npm test` do before anything else, with Node's own modules only (it
// runs before dependencies exist): check Node's version, and install dependencies when
// node_modules is missing or older than package-lock.json. Each failure is one line saying
// what to do, and a non-zero exit.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const MINIMUM = [20, 19];

export function fail(line) {
  console.error(`minga: ${line}`);
  process.exit(1);
}

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < MINIMUM[0] || (major === MINIMUM[0] && minor < MINIMUM[1])) {
    fail(
      `Node ${process.versions.node} is too old: Minga needs Node ${MINIMUM.join('.')} or newer ` +
        '(install the current LTS from nodejs.org or with nvm: nvm install --lts).',
    );
  }
}

/** Runs `npm ci` when node_modules is missing or was installed from another package-lock.json. */
export function ensureDependencies() {
  const lock = `${root}package-lock.json`;
  const stamp = `${root}node_modules/.minga-lock-hash`;
  const hash = createHash('sha256').update(readFileSync(lock)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  console.log('minga: installing dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    fail('"npm ci" failed (see above): check your network and npm registry, then run this again.');
  }
  writeFileSync(stamp, hash);
}

/** Runs a command from node_modules/.bin (or PATH) in the repository root; returns its status. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
    env: { ...process.env, PATH: `${root}node_modules/.bin:${process.env.PATH}`, ...options.env },
  });
  return result.status ?? 1;
}
