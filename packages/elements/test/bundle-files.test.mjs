// The built files of minga.js, checked in Node: self-contained (no bare imports), Lit's
// production build, chunks and the worker addressed relative to the file that loads them.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const dist = new URL('../dist/', import.meta.url);
const read = (path) => readFileSync(new URL(path, dist), 'utf8');
const files = ['minga.js', ...readdirSync(new URL('chunks/', dist)).map((f) => `chunks/${f}`)];

/** Every module specifier in static imports, re-exports and dynamic imports. */
function specifiers(code) {
  const found = [];
  const patterns = [
    /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'`]([^"'`]+)["'`]/g,
    /\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'`]([^"'`]+)["'`]/g,
    /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.push(m[1]);
  return found;
}

test('minga.js and its chunks import only relative files (no bare imports)', () => {
  for (const file of files) {
    for (const specifier of specifiers(read(file)))
      assert.match(specifier, /^\.\.?\//, `${file} imports "${specifier}"`);
  }
});

test('minga.js loads each element family as a relative chunk', () => {
  const entry = read('minga.js');
  const dynamic = [...entry.matchAll(/import\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
  assert.ok(dynamic.length >= 3, 'expected a dynamic import per element family');
  for (const specifier of dynamic) assert.match(specifier, /^\.\/chunks\/[\w-]+-[\w-]{8}\.js$/);
  assert.equal(specifiers(entry).length, dynamic.length, 'minga.js has no static imports');
});

test('Lit is the production build (no dev-mode messages)', () => {
  for (const file of files) {
    const code = read(file);
    assert.ok(!code.includes('lit.dev/msg/'), `${file} has Lit's dev-mode warnings`);
    assert.ok(!code.includes('Lit is in dev mode'), `${file} is Lit's development build`);
  }
});

test('the CSV worker is addressed relative to the chunk that starts it', () => {
  // The data chunk is `data-<hash>.js`; `data-messages-…` and `data-table-…` may sort first.
  const data = files
    .filter((f) => /^chunks\/data-/.test(f))
    .find((f) => read(f).includes('new Worker('));
  assert.ok(data, 'no data chunk starts a worker');
  const code = read(data);
  const m = /new Worker\(new URL\(new URL\(`(worker-[\w-]+\.js)`,import\.meta\.url\)/.exec(code);
  assert.ok(m, 'no relative worker URL in the data chunk');
  assert.ok(files.includes(`chunks/${m[1]}`));
});

test('theme files are next to minga.js', () => {
  for (const theme of ['light', 'dark', 'high-contrast', 'auto'])
    assert.match(read(`themes/${theme}.css`), /--minga-color-primary:/);
  assert.equal(read('minga.css'), read('themes/light.css'));
});

test('minga-reserve.css keeps the space of every element, as minga.js does when it starts', async () => {
  const { reserveStyle, reservedSpace } = await import(new URL('reserve.js', dist).href);
  const css = read('minga-reserve.css');
  assert.equal(css, `${reserveStyle()}\n`);
  for (const [tag, [phone, wide]] of Object.entries(reservedSpace)) {
    assert.ok(
      css.includes(
        `${tag}:not(:defined){display:block;min-block-size:var(--minga-reserve,${phone})}`,
      ),
      tag,
    );
    assert.ok(
      css.includes(
        `${tag}:not(:defined){display:block;min-block-size:var(--minga-reserve,${wide})}`,
      ),
      tag,
    );
  }
  assert.equal(Object.keys(reservedSpace).length, 8);
});
