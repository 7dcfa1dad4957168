// `npm test`: install what is missing, find (or install) Chromium, and run every test in the
// repository through turbo. It ends with one line counting them all: "N passed, N failed".
import { spawn } from 'node:child_process';
import { checkNode, ensureDependencies, root } from './preflight.mjs';
import { findBrowser } from './browser.mjs';

checkNode();
ensureDependencies();
const chrome = findBrowser();

// --continue: one failing package does not hide the results of the others.
const args = [
  'run',
  'test',
  '--continue',
  '--concurrency=3',
  '--output-logs=full',
  ...process.argv.slice(2),
];
const child = spawn('turbo', args, {
  cwd: root,
  env: {
    ...process.env,
    CHROME_PATH: chrome,
    PATH: `${root}node_modules/.bin:${process.env.PATH}`,
    FORCE_COLOR: process.env.FORCE_COLOR ?? '0',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});

// The last count that each task printed is its total: web-test-runner's "N passed, N failed",
// and Node's test runner's "ℹ pass N" / "ℹ fail N" (tests that need Node, like date-holidays).
const totals = new Map();
let buffer = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  buffer += chunk.toString();
  const lines = buffer.split('\n');
  buffer = lines.pop() ?? '';
  for (const line of lines) count(line);
});

function count(line) {
  // eslint-disable-next-line no-control-regex
  const plain = line.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  const browser = /^(\S+?):test:.*?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/.exec(plain);
  if (browser) {
    const [, task, passed, failed, skipped = 0] = browser;
    totals.set(`${task} browser`, { passed: +passed, failed: +failed, skipped: +skipped });
    return;
  }
  const node = /^(\S+?):test:\s*(?:ℹ|#) (pass|fail|skipped) (\d+)\s*$/.exec(plain);
  if (node) {
    const [, task, kind, n] = node;
    const entry = totals.get(`${task} node`) ?? { passed: 0, failed: 0, skipped: 0 };
    entry[{ pass: 'passed', fail: 'failed', skipped: 'skipped' }[kind]] = +n;
    totals.set(`${task} node`, entry);
  }
}

child.on('close', async (code) => {
  if (buffer) count(buffer);
  const stories = process.argv.some((arg) => arg.startsWith('--filter')) ? 0 : await checkStories();
  const sum = (key) => [...totals.values()].reduce((n, t) => n + t[key], 0);
  const skipped = sum('skipped');
  console.log(
    `\n${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
  process.exit(code || stories || 0);
});

// Every Storybook story from the static build: no error, no axe violation, three themes.
// (Skipped when the run is filtered to some packages: `npm test -- --filter=@minga/data`.)
function checkStories() {
  const env = {
    ...process.env,
    CHROME_PATH: chrome,
    PATH: `${root}node_modules/.bin:${process.env.PATH}`,
  };
  return new Promise((resolve) => {
    const build = spawn('turbo', ['run', 'build-storybook', '--output-logs=errors-only'], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    build.on('close', (status) => {
      if (status !== 0) {
        totals.set('stories', { passed: 0, failed: 1, skipped: 0 });
        return resolve(status || 1);
      }
      const check = spawn(process.execPath, ['scripts/check-stories.mjs'], {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      check.stdout.on('data', (chunk) => {
        process.stdout.write(chunk);
        out += chunk.toString();
      });
      check.on('close', (result) => {
        const renders = /stories: (\d+) stories × (\d+) themes/.exec(out);
        const failures = /stories: (\d+) of (\d+) story renders failed/.exec(out);
        totals.set('stories', {
          passed: renders
            ? Number(renders[1]) * Number(renders[2])
            : failures
              ? Number(failures[2]) - Number(failures[1])
              : 0,
          failed: result === 0 ? 0 : Number(failures?.[1] ?? 1),
          skipped: 0,
        });
        resolve(result ?? 1);
      });
    });
  });
}
