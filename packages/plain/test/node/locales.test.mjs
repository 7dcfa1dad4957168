// Minga's own Spanish: every message of every package's Spanish locale file
// (packages/*/src/locales/es.ts) is analysed, and a phrase of the bureaucratic list fails the
// test. Phrases quoted as examples of what not to write («…», "…") are not counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../dist/analyze.js';
import { explain as explainFinding } from '../../dist/messages.js';

const packages = fileURLToPath(new URL('../../../', import.meta.url));
const files = readdirSync(packages)
  .map((name) => `${packages}${name}/src/locales/es.ts`)
  .filter((path) => existsSync(path));

/** The message texts of a locale file: every string or template after a colon. */
function messages(source) {
  const found = [];
  const re = /:\s*(?:'((?:[^'\\]|\\.)*)'|`((?:[^`\\]|\\.)*)`)/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const text = (m[1] ?? m[2]).replace(/\\'/g, "'").replace(/\$\{[^}]*\}/g, '{x}');
    found.push(text);
  }
  return found;
}

/** Ranges of text between «» or "" quotes: examples, not Minga's own wording. */
function quoted(text) {
  const ranges = [];
  for (const m of text.matchAll(/«[^»]*»|"[^"]*"|“[^”]*”/g))
    ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

test('there are Spanish locale files to check', () => {
  assert.ok(files.length >= 7, files.join(', '));
});

for (const file of files) {
  const name = file.slice(packages.length).split('/')[0];
  test(`@minga/${name}: no bureaucratic phrase in the Spanish messages`, () => {
    const problems = [];
    for (const text of messages(readFileSync(file, 'utf8'))) {
      const examples = quoted(text);
      for (const f of analyze(text).findings)
        if (f.type === 'bureaucratic' && !examples.some(([s, e]) => f.start >= s && f.end <= e))
          problems.push(`«${f.text}» in "${text}": ${explainFinding(f)}`);
    }
    assert.deepEqual(problems, []);
  });
}
