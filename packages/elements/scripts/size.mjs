// Size budgets, enforced (the build runs this last; also `npm run size`). Gzipped (level 9)
// figures, deterministic for the same sources:
// - initial: minga.js plus the chunks it imports statically: what every page that includes
//   the one <script> downloads, whatever elements it has;
// - chunks: each file under dist/chunks/;
// - families: what the first element of a family costs on a page (minga.js, its family's
//   chunk and every chunk that one imports statically);
// - packages: each package's own code as a bundler user gets it (scripts/bundle-size.mjs: a
//   minified build with Lit and @minga/* left out), every chunk of it;
// - first-load: for a package with parts loaded on first use (@minga/data-table, @minga/sdg),
//   what every page downloads.
// Budgets live in budgets.json (bytes). Exits 1 when a figure is over its budget or has none.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleSize } from '../../../scripts/bundle-size.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(pkg, 'dist');
const budgets = JSON.parse(readFileSync(join(pkg, 'budgets.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(dist, 'bundle-manifest.json'), 'utf8'));

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
/** Chunk name without its hash: `chunks/sdg-CUFR_PJb.js` → `sdg`. */
const chunkName = (file) => file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '');

/** The files a manifest entry brings in through static imports, itself included. */
function closure(key, seen = new Set()) {
  const entry = manifest[key];
  if (entry === undefined || seen.has(entry.file)) return seen;
  seen.add(entry.file);
  for (const dep of entry.imports ?? []) closure(dep, seen);
  return seen;
}
const sum = (files) => [...files].reduce((total, file) => total + gz(file), 0);

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (entryKey === undefined || manifest[entryKey].file !== 'minga.js')
  throw new Error('dist/bundle-manifest.json has no minga.js entry: run the build first.');

const rows = [];
const check = (group, name, size) => {
  const budget = budgets[group]?.[name];
  rows.push({ group, name, size, budget, ok: budget !== undefined && size <= budget });
};

const initial = closure(entryKey);
check('initial', 'minga.js', sum(initial));

for (const file of readdirSync(join(dist, 'chunks')).sort())
  check('chunks', chunkName(`chunks/${file}`), gz(`chunks/${file}`));

for (const key of manifest[entryKey].dynamicImports ?? []) {
  const files = closure(key, new Set(initial));
  check('families', manifest[key].name, sum(files));
}

const packages = {
  '@minga/core': '../core/dist/index.js',
  '@minga/data': '../data/dist/index.js',
  '@minga/data-table': '../data-table/dist/define.js',
  '@minga/sdg': '../sdg/dist/define.js',
  '@minga/info-request': '../info-request/dist/define.js',
  '@minga/transparency': '../transparency/dist/define.js',
  '@minga/plain': '../plain/dist/define.js',
};
for (const [name, entry] of Object.entries(packages)) {
  const size = await bundleSize(join(pkg, entry));
  check('packages', name, size.gzipped);
  // A package with parts loaded on first use: also what every page downloads.
  if (Object.keys(size.lazy).length > 0) check('first-load', name, size.initial.gzipped);
}

const kb = (n) => (n === undefined ? '—' : `${(n / 1024).toFixed(1)} KB`);
console.log('Gzipped sizes (level 9) against budgets.json:');
for (const r of rows)
  console.log(
    `  ${r.ok ? 'ok  ' : 'OVER'} ${r.group.padEnd(9)} ${r.name.padEnd(22)} ${String(r.size).padStart(7)} B  ${kb(r.size).padStart(9)}  budget ${kb(r.budget)}`,
  );
const failed = rows.filter((r) => !r.ok);
if (failed.length > 0) {
  console.error(
    `Size budget exceeded or missing for: ${failed.map((r) => `${r.group}/${r.name}`).join(', ')}`,
  );
  process.exitCode = 1;
}
