// Builds dist/minga.js: the one-file embed bundle. Its entry is the autoloader (src/loader.ts),
// which has no dependencies; each element family (and Lit + @minga/core, and @minga/data with
// its CSV parser) becomes a chunk under dist/chunks/, imported with paths relative to
// minga.js itself, so a copy works from any folder or CDN. Also copies the theme files.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(pkg, 'dist');

// The table's parts loaded on first use (panels, downloads, sync-url, English): a chunk each,
// so a page that only shows a table does not download them. Module → chunk suffix.
const TABLE_PARTS = {
  panels: 'panels',
  'panels.styles': 'panels',
  'locales/es-panels': 'panels',
  'model/checklist': 'panels',
  'model/export': 'export',
  'model/url-state': 'url',
  'locales/en': 'en',
};

/** The chunk a module goes to, by where it comes from; `null`: left to the bundler. */
export function chunkName(id) {
  const path = id.replace(/\\/g, '/');
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path))
    return 'lit-core';
  if (/\/packages\/core\/|\/@minga\/core\//.test(path)) return 'lit-core';
  if (path.includes('rolldown/runtime')) return 'lit-core';
  // Shared by the request form and the transparency element: a chunk of its own.
  if (/\/node_modules\/valibot\//.test(path)) return 'valibot';
  // DataError and the data messages (@minga/data/errors.js): all the SDG grid needs, and what
  // the SDG indicator needs before it loads a file (it imports the loader when it does).
  if (
    /\/(?:packages|@minga)\/data\/(?:src|dist)\/(?:errors|messages|locales\/\w+)\.[jt]s$/.test(path)
  )
    return 'data-messages';
  if (/\/node_modules\/papaparse\//.test(path)) return 'data';
  if (/\/packages\/data\/|\/@minga\/data\//.test(path)) return 'data';
  const part = /\/data-table\/(?:src|dist)\/(.+)\.[jt]s$/.exec(path)?.[1];
  if (part && TABLE_PARTS[part]) return `data-table-${TABLE_PARTS[part]}`;
  for (const family of ['data-table', 'sdg', 'info-request', 'transparency', 'plain'])
    if (path.includes(`/packages/${family}/`) || path.includes(`/@minga/${family}/`)) return family;
  return null;
}

rmSync(join(dist, 'chunks'), { recursive: true, force: true });
rmSync(join(dist, 'minga.js'), { force: true });
rmSync(join(dist, 'minga.d.ts'), { force: true });
rmSync(join(dist, '.vite'), { recursive: true, force: true });

const result = await build({
  configFile: false,
  root: pkg,
  logLevel: 'warn',
  mode: 'production',
  // Relative URLs for the worker and any asset: resolved against the chunk that uses them.
  base: './',
  // Lit's production build (the `development` condition is not set); `process.env` checks
  // inside dependencies resolve to production too.
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    // dist/bundle-manifest.json: which chunk imports which (read by scripts/size.mjs; not published).
    manifest: 'bundle-manifest.json',
    copyPublicDir: false,
    // Library mode: chunks are imported exactly as written (no preload helper), relative to
    // minga.js (`import('./chunks/…')` resolves against the importing module's URL).
    lib: { entry: join(pkg, 'src', 'loader.ts'), formats: ['es'], fileName: () => 'minga.js' },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Library mode keeps whitespace in ES output by default; this file goes to browsers as is.
        minify: true,
        // Keep licence notices (Lit's BSD-3-Clause asks for them), drop the rest.
        comments: { legal: true, annotation: false, jsdoc: false },
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          // Each module goes to its family's chunk, and its dependencies to theirs.
          includeDependenciesRecursively: false,
          groups: [{ name: (id) => chunkName(id), debugName: 'minga-families' }],
        },
      },
    },
  },
  worker: {
    format: 'es',
    rolldownOptions: {
      output: {
        entryFileNames: 'chunks/[name]-[hash].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});

// minga.js exports what the loader exports: the same types.
copyFileSync(join(dist, 'loader.d.ts'), join(dist, 'minga.d.ts'));

const themes = join(pkg, '..', 'core', 'dist', 'themes');
mkdirSync(join(dist, 'themes'), { recursive: true });
for (const theme of ['light', 'dark', 'high-contrast', 'auto'])
  copyFileSync(join(themes, `${theme}.css`), join(dist, 'themes', `${theme}.css`));
// minga.css: the default theme (light), for pages that want one file next to minga.js.
copyFileSync(join(themes, 'light.css'), join(dist, 'minga.css'));
// minga-reserve.css: the space each element keeps until its code arrives, from the first paint
// (minga.js applies the same rules when it starts; src/reserve.ts has them).
const { reserveStyle } = await import(pathToFileURL(join(dist, 'reserve.js')).href);
writeFileSync(join(dist, 'minga-reserve.css'), `${reserveStyle()}\n`);

if (process.env.MINGA_BUNDLE_DEBUG) {
  for (const output of [result].flat())
    for (const chunk of output.output)
      if (chunk.type === 'chunk')
        console.log(
          chunk.fileName,
          chunk.moduleIds
            .map((id) => id.replace(/.*node_modules\//, 'nm:').replace(/.*packages\//, ''))
            .join(' '),
        );
}
