// scripts/minify-templates.mjs: the CSS and HTML of Lit templates ship minified, and every
// expression stays where it was written.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { minifyModule } from '../../../scripts/minify-templates.mjs';

const quiet = async (run) => {
  const warnings = [];
  const warn = console.warn;
  console.warn = (message) => warnings.push(message);
  try {
    return { out: await run(), warnings };
  } finally {
    console.warn = warn;
  }
};

test('CSS: whitespace goes, expressions inside values stay in place and in order', async () => {
  const code = [
    "import { css } from 'lit';",
    'export const styles = css`',
    '  .a {',
    '    padding: ${t(1)} ${t(2)};',
    '    border: 1px solid var(--x, ${t(3)});',
    '  }',
    '',
    '  .b {',
    '    color: ${t(4)};',
    '  }',
    '`;',
  ].join('\n');
  const { out, warnings } = await quiet(() => minifyModule(code, 'a.ts'));
  assert.deepEqual(warnings, []);
  assert.match(
    out,
    /css`\.a\{padding:\$\{t\(1\)\} \$\{t\(2\)\};border:1px solid var\(--x,\s?\$\{t\(3\)\}\)\}\.b\{color:\$\{t\(4\)\}\}`/,
  );
});

test('CSS: a digit written right after an expression stays after it', async () => {
  const code =
    "import { css } from 'lit'; export const s = css`.a { z-index: ${base}0; width: ${w}5px; }`;";
  const { out, warnings } = await quiet(() => minifyModule(code, 'f.ts'));
  assert.deepEqual(warnings, []);
  assert.match(out, /css`\.a\{z-index:\$\{base\}0;width:\$\{w\}5px\}`/);
});

test('CSS: media queries keep the syntax of the browsers we build for', async () => {
  const code =
    "import { css } from 'lit'; export const s = css`@media (max-width: 30rem) { .a { color: red } }`;";
  const out = await minifyModule(code, 'e.ts');
  assert.match(out, /css`@media \(max-width:30rem\)\{\.a\{color:red\}\}`/);
});

test('CSS that Lightning CSS would reorder across expressions is left as written', async () => {
  // It moves margin-block-end after padding and background: their tokens would trade places.
  const code = [
    "import { css } from 'lit';",
    'export const styles = css`',
    '  tr {',
    '    margin-block-end: ${t(1)};',
    '    padding: ${t(2)};',
    '    background: ${t(3)};',
    '  }',
    '`;',
  ].join('\n');
  const { out, warnings } = await quiet(() => minifyModule(code, 'b.ts'));
  assert.equal(out, null);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /b\.ts: CSS left as written \(expressions moved\)/);
});

test('HTML: runs of whitespace become one space, text and bindings stay', async () => {
  const code = [
    "import { html } from 'lit';",
    'export const view = (n, on) => html`<p class="count">',
    '    ${n} resultados',
    '  </p>',
    '  <button type="button" @click=${on} ?disabled=${!n}>',
    '    Borrar filtros',
    '  </button>`;',
  ].join('\n');
  const out = await minifyModule(code, 'c.ts');
  assert.match(
    out,
    /html`<p class="count"> \$\{n\} resultados <\/p> <button type="button" @click="\$\{on\}" \?disabled="\$\{!n\}"> Borrar filtros <\/button>`/,
  );
});

test('HTML: a space at the edge of a template is kept (it separates inline text)', async () => {
  // `${name}${n ? html` · ${n} no aplica` : nothing}` reads "octubre · 1 no aplica".
  const code = [
    "import { html } from 'lit';",
    'export const more = (n) => html` ·',
    '  ${n} no aplica`;',
  ].join('\n');
  const out = await minifyModule(code, 'd.ts');
  assert.match(out, /html` · \$\{n\} no aplica`/);
});

test("the packages' dist ships minified templates", () => {
  const styles = readFileSync(
    new URL('../../sdg/dist/sdg-indicator.styles.js', import.meta.url),
    'utf8',
  );
  const css = styles.slice(styles.indexOf('styles = css'));
  assert.match(css, /^styles = css ?`\.header\{margin:0 0 \$\{token\('space-3'\)\}\}/);
  assert.doesNotMatch(css, /\n\s+/);
});
