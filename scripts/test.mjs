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

child.on('close', (code) => {
  if (buffer) count(buffer);
  const sum = (key) => [...totals.values()].reduce((n, t) => n + t[key], 0);
  const skipped = sum('skipped');
  console.log(
    `\n${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
  process.exit(code ?? 1);
});
