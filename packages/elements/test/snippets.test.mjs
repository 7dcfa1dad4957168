// snippetFor() and the README: the examples a webmaster copies are the ones tested.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  DEFAULT_SCRIPT_SRC,
  elementHtml,
  elementSnippets,
  escapeAttribute,
  exampleValues,
  scriptTag,
  snippetFor,
} from '../dist/snippets.js';

const TAGS = [
  'minga-data-table',
  'minga-sdg-grid',
  'minga-sdg-indicator',
  'minga-sdg-goal',
  'minga-sdg-progress',
  'minga-info-request',
  'minga-request-status',
  'minga-transparency',
];

test('there is a snippet for every Minga element', () => {
  assert.deepEqual(elementSnippets.map((s) => s.tag).sort(), [...TAGS].sort());
});

test('every attribute has Spanish and English labels, and selects have options', () => {
  for (const snippet of elementSnippets) {
    assert.ok(snippet.label.es && snippet.label.en && snippet.description.es, snippet.tag);
    for (const a of snippet.attributes) {
      assert.ok(a.label.es && a.label.en, `${snippet.tag} ${a.name}`);
      assert.match(a.name, /^[a-z][a-z-]*$/);
      if (a.type === 'select') {
        assert.ok(a.options?.length, `${snippet.tag} ${a.name} has no options`);
        if (a.example !== undefined)
          assert.ok(a.options.some((o) => o.value === String(a.example)));
      }
      if (a.example !== undefined && a.type === 'number') assert.equal(typeof a.example, 'number');
      if (a.example !== undefined && a.type === 'boolean')
        assert.equal(typeof a.example, 'boolean');
    }
    // Required attributes have an example value, so the canonical snippet works as pasted.
    for (const a of snippet.attributes.filter((x) => x.required))
      assert.notEqual(a.example, undefined, `${snippet.tag} ${a.name} is required`);
  }
});

test('snippetFor writes the script, then the element with its attributes in order', () => {
  assert.equal(
    snippetFor(
      'minga-sdg-goal',
      { goal: 6, status: 'moderate_progress' },
      { scriptSrc: '/js/minga.js' },
    ),
    '<script type="module" src="/js/minga.js"></script>\n' +
      '<minga-sdg-goal goal="6" status="moderate_progress"></minga-sdg-goal>',
  );
  assert.equal(
    snippetFor('minga-sdg-goal', { goal: 1 }),
    `<script type="module" src="${DEFAULT_SCRIPT_SRC}"></script>\n<minga-sdg-goal goal="1"></minga-sdg-goal>`,
  );
});

test('boolean attributes are written bare when true and left out when false', () => {
  assert.equal(
    elementHtml('minga-data-table', {
      src: '/a.csv',
      caption: 'A',
      virtual: true,
      'sync-url': false,
    }),
    '<minga-data-table src="/a.csv" caption="A" virtual></minga-data-table>',
  );
});

test('empty, missing and non-finite values leave the attribute out', () => {
  assert.equal(
    elementHtml('minga-sdg-progress', { label: '', value: Number.NaN, target: 5, unit: undefined }),
    '<minga-sdg-progress target="5"></minga-sdg-progress>',
  );
});

test('values are escaped for the attribute: quotes, ampersands and angle brackets', () => {
  const html = elementHtml('minga-data-table', {
    caption: 'Obras "2025" & <script>alert(1)</script>',
    src: '/datos?a=1&b=2',
  });
  assert.equal(
    html,
    '<minga-data-table\n' +
      '  src="/datos?a=1&amp;b=2"\n' +
      '  caption="Obras &quot;2025&quot; &amp; &lt;script&gt;alert(1)&lt;/script&gt;"\n' +
      '></minga-data-table>',
  );
  assert.equal(escapeAttribute(`"'<>&`), `&quot;'&lt;&gt;&amp;`);
  assert.equal(
    scriptTag('/x.js?a="b"'),
    '<script type="module" src="/x.js?a=&quot;b&quot;"></script>',
  );
});

test('long elements get one attribute per line', () => {
  const html = elementHtml('minga-sdg-indicator', exampleValues('minga-sdg-indicator'));
  const lines = html.split('\n');
  assert.equal(lines[0], '<minga-sdg-indicator');
  assert.equal(lines.at(-1), '></minga-sdg-indicator>');
  for (const line of lines.slice(1, -1)) assert.match(line, /^ {2}[a-z-]+(="[^"]*")?$/);
});

test('unknown tags and attributes throw', () => {
  assert.throws(() => snippetFor('minga-nada'), RangeError);
  assert.throws(() => elementHtml('minga-sdg-goal', { gaol: 3 }), /no attribute "gaol"/);
  assert.throws(() => elementHtml('minga-sdg-goal', { onclick: 'x()' }), RangeError);
});

for (const [name, url] of [
  ['the package README', new URL('../README.md', import.meta.url)],
  ["the repository's README", new URL('../../../README.md', import.meta.url)],
])
  test(`${name}: the "Embed in your site" examples are what snippetFor() writes`, () => {
    const readme = readFileSync(url, 'utf8');
    const start = readme.indexOf('\n## Embed in your site');
    assert.ok(start >= 0, 'README has no "Embed in your site" section');
    const end = readme.indexOf('\n## ', start + 1);
    const section = readme.slice(start, end === -1 ? undefined : end);
    const blocks = [...section.matchAll(/```html\n([\s\S]*?)\n```/g)].map((m) => m[1]);
    assert.deepEqual(blocks, [scriptTag(), ...elementSnippets.map((s) => snippetFor(s.tag))]);
  });
