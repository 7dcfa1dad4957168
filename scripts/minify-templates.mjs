// Minifies the CSS and HTML inside Lit's css`` and html`` templates, which no JavaScript
// minifier touches (their indentation and line breaks: 2 to 5 % of an element's gzipped code).
//
// Uses the Lit team's @lit-labs/rollup-plugin-minify-html-literals (html-minifier-next for
// HTML, Lightning CSS for CSS) with two changes.
// - HTML: a run of whitespace becomes one space but never disappears. A template may start or
//   end with the space that separates it from the text around it:
//   `${month}${n ? html` · ${n} no aplica` : nothing}`.
// - CSS: the plugin's placeholder survives only right after a colon (`color: ${x};`), and our
//   styles put expressions inside values (`var(--minga-…, ${token('space-2')})`,
//   `padding: ${a} ${b}`). Here each expression becomes a numbered identifier, valid anywhere
//   in a value, and the result is kept only if every identifier comes back once and in order:
//   Lightning CSS reorders declarations, and an expression moved past another would put one
//   token's value in the other's place. A template that fails that check is left as written
//   (and the build says which).
//
// `node scripts/minify-templates.mjs dist`: rewrites the .js files of a package's tsc output
// (run by each package's build; the published files, the embed bundle and the demo all read
// dist). `minifyTemplates()` is the same as a Vite/Rollup plugin (scripts/bundle-size.mjs).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { transform } from 'lightningcss';

const PLACEHOLDER = /@TEMPLATE_EXPRESSION_*\(\);/g;
// The browsers of the packages' build target (es2022): Lightning CSS then keeps
// `(max-width: 30rem)` rather than the range syntax `(width <= 30rem)`, which Safari reads
// only from 16.4.
const version = (major, minor = 0) => (major << 16) | (minor << 8);
const targets = {
  chrome: version(94),
  edge: version(94),
  firefox: version(93),
  safari: version(15, 4),
};
// Expression n becomes the identifier `minga-template-slot-n_`: the closing `_` keeps a digit
// written right after the expression (`${base}0`) out of n.
const slot = (n) => `minga-template-slot-${n}_`;
const SLOTS = /minga-template-slot-(\d+)_/g;

/** Minified CSS of one css`` template (its expressions as the plugin's placeholders). */
export function minifyCss(css, fileName = 'template') {
  const placeholders = css.match(PLACEHOLDER) ?? [];
  let index = 0;
  const numbered = css.replace(PLACEHOLDER, () => slot(index++));
  let min;
  try {
    min = transform({
      filename: 'template.css',
      code: Buffer.from(numbered),
      minify: true,
      targets,
    }).code;
    min = min.toString();
  } catch (error) {
    console.warn(`minify-templates: ${fileName}: CSS left as written (${error.message})`);
    return css;
  }
  const found = [...min.matchAll(SLOTS)].map((m) => Number(m[1]));
  if (found.length !== placeholders.length || found.some((n, i) => n !== i)) {
    console.warn(`minify-templates: ${fileName}: CSS left as written (expressions moved)`);
    return css;
  }
  return min.replace(SLOTS, (_, n) => placeholders[Number(n)]);
}

/** The template-minifying transform of one module's code; `null` when nothing changed. */
export async function minifyModule(code, fileName) {
  const strategy = { ...defaultStrategy, minifyCSS: (css) => minifyCss(css, fileName) };
  const result = await minifyHTMLLiterals(code, {
    fileName,
    strategy,
    minifyOptions: { conservativeCollapse: true },
    generateSourceMap: false,
  });
  return result?.code ?? null;
}

/** The same as a Vite/Rollup plugin, for the sources of the packages (`packages/*\/src`). */
export function minifyTemplates() {
  return {
    name: 'minga-minify-templates',
    async transform(code, id) {
      if (!/\/packages\/[^/]+\/src\/.+\.[jt]s$/.test(id.replace(/\\/g, '/'))) return null;
      if (!code.includes('`')) return null;
      const out = await minifyModule(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}

function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.name.endsWith('.js') && !entry.name.includes('.test.')) yield path;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/minify-templates.mjs <dist folder>');
    process.exit(2);
  }
  let before = 0;
  let after = 0;
  for (const file of jsFiles(dir)) {
    const code = readFileSync(file, 'utf8');
    const out = await minifyModule(code, relative(process.cwd(), file));
    before += code.length;
    after += (out ?? code).length;
    if (out !== null) writeFileSync(file, out);
  }
  console.log(`minify-templates: ${dir}: ${before} → ${after} characters`);
}
