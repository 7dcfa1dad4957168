// Every JSON and curl example in the repository's READMEs is run by a test: this file knows
// which test runs each README's examples and fails when a README gains one that none runs
// (or when an example is not valid JSON). It runs CONTRIBUTING.md's example itself.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../../', import.meta.url);

/** README → [JSON examples, curl examples, the test that runs them]. */
const RUN_BY = {
  'CONTRIBUTING.md': [1, 0, 'packages/elements/test/readme-examples.test.mjs'],
  'packages/info-request/README.md': [4, 0, 'apps/api/test/readme-examples.test.mjs'],
  'apps/api/README.md': [1, 2, 'apps/api/test/readme-examples.test.mjs'],
  'packages/sdg/README.md': [2, 0, 'packages/sdg/src/readme.test.ts'],
  'packages/transparency/README.md': [2, 0, 'packages/transparency/test/node/readme.test.mjs'],
};

const readmes = [
  'README.md',
  'CONTRIBUTING.md',
  ...['packages', 'apps'].flatMap((group) =>
    readdirSync(new URL(`${group}/`, root))
      .map((name) => `${group}/${name}/README.md`)
      .filter((path) => existsSync(new URL(path, root))),
  ),
];

const read = (path) => readFileSync(new URL(path, root), 'utf8');
const fenced = (text, lang) =>
  [...text.matchAll(new RegExp(`^\`\`\`${lang}\\n([^]*?)^\`\`\``, 'gm'))].map((m) => m[1]);
/** A JSON example, after an optional HTTP status line ("201 Created"). */
const parse = (block) => JSON.parse(block.replace(/^\d{3} [^\n]*\n/, ''));

test('every JSON and curl example of a README is run by a test', () => {
  const found = {};
  for (const path of readmes) {
    const text = read(path);
    const json = fenced(text, 'json');
    const curl = [...fenced(text, 'sh'), ...fenced(text, 'bash')]
      .join('\n')
      .split('\n')
      .filter((line) => /^\s*curl /.test(line));
    if (json.length || curl.length) found[path] = [json.length, curl.length];
    for (const block of json) assert.doesNotThrow(() => parse(block), `${path}: ${block}`);
  }
  assert.deepEqual(
    found,
    Object.fromEntries(Object.entries(RUN_BY).map(([path, [json, curl]]) => [path, [json, curl]])),
    'a README gained or lost a JSON or curl example: run it in a test and list it in RUN_BY',
  );
  for (const [path, [, , runner]] of Object.entries(RUN_BY)) {
    assert.ok(existsSync(new URL(runner, root)), `${runner} (runs ${path})`);
    assert.match(read(runner), /README/, `${runner} reads ${path}`);
  }
});

test("CONTRIBUTING.md's VS Code settings point at files the package ships", () => {
  const [settings] = fenced(read('CONTRIBUTING.md'), 'json').map(parse);
  const files = [...settings['html.customData'], ...settings['css.customData']];
  assert.equal(files.length, 2);
  for (const file of files) {
    const match = /^\.\/node_modules\/(@minga\/[^/]+)\/(.+)$/.exec(file);
    assert.ok(match, file);
    const dir = `packages/${match[1].slice('@minga/'.length)}/`;
    const pkg = JSON.parse(read(`${dir}package.json`));
    assert.ok(existsSync(new URL(dir + match[2], root)), `${file} is built`);
    assert.ok(
      pkg.files.some((f) => f === match[2]),
      `${file} is in the package's "files"`,
    );
    const data = JSON.parse(read(dir + match[2]));
    assert.ok(data.version && (data.tags?.length || data.properties?.length), file);
  }
});
