// Finds the Chromium that tests, benchmarks and end-to-end runs use. Order: $CHROME_PATH,
// /usr/bin/chromium, chromium-browser, google-chrome (on PATH or in /usr/bin). With none, as
// root where apt-get exists, it says so and installs Debian's `chromium`; otherwise it stops
// with one line saying what to do. Nothing here downloads a browser of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', 'chromium', 'chromium-browser', 'google-chrome'];

/** Flags for headless Chromium on a closed network, as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Test files run in parallel tabs: keep requestAnimationFrame and timers running in the
  // ones that are not in front.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  if (name.includes('/')) return executable(name) ? name : undefined;
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : undefined;
}

/** The browser's path, or undefined when there is none. */
export function locateBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    fail(`CHROME_PATH is set to ${fromEnv}, which is not an executable browser: fix or unset it.`);
  }
  for (const candidate of CANDIDATES) {
    const path = onPath(candidate);
    if (path) return path;
  }
  return undefined;
}

function fail(line) {
  console.error(`minga: ${line}`);
  process.exit(1);
}

/** The browser's path; installs Debian's chromium when allowed, else exits with one line. */
export function findBrowser({ install = true } = {}) {
  const found = locateBrowser();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = onPath('apt-get') !== undefined;
  if (!install || !isRoot || !hasApt) {
    fail(
      'no Chromium found for the browser tests. Install it (Debian/Ubuntu: sudo apt-get install chromium) ' +
        'or set CHROME_PATH to a Chrome or Chromium executable.',
    );
  }
  console.error('minga: no Chromium found; installing Debian\'s "chromium" package with apt-get…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    fail('installing chromium with apt-get failed; run "apt-get install chromium" and try again.');
  }
  const installed = locateBrowser();
  if (!installed) fail('apt-get installed chromium but no chromium executable was found.');
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(findBrowser());
}
