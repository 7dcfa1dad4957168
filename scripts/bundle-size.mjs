// The size of an entry's own code as users download it, gzipped at level 9, with the given
// packages left out (Lit, @minga/* …). Used by bench setups and the elements' budgets; the
// figures are deterministic for the same sources.
//
// Built the way packages/elements/scripts/build-bundle.mjs builds minga.js: a Vite library build, fully
// minified (library mode alone keeps the whitespace, which no browser download has), the CSS
// and HTML of Lit templates minified (scripts/minify-templates.mjs: the packages' dist already
// is; this does the same for sources), and chunks free to import from the entry chunk, as they
// do in an application's build.
//
// `gzipped`/`minified`: all of the entry's code, every chunk (what a page that uses every
// feature downloads). `initial`: the entry chunk and what it imports statically (what every
// page downloads before the element renders). `lazy`: each chunk loaded with `import()` when
// a feature is first used, by name.
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyTemplates } from './minify-templates.mjs';

const gz = (code) => gzipSync(code, { level: 9 }).length;

export async function bundleSize(entry, external = [/^lit/, /^@lit\//, /^@minga\//]) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyTemplates()],
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'size' },
      rolldownOptions: {
        external,
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, comments: false },
      },
    },
  });
  const chunks = (Array.isArray(result) ? result[0] : result).output.filter(
    (o) => o.type === 'chunk',
  );
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set();
  const visit = (chunk) => {
    if (initial.has(chunk)) return;
    initial.add(chunk);
    for (const file of chunk.imports) if (byFile.has(file)) visit(byFile.get(file));
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  // Each chunk is a file of its own, compressed on its own.
  const size = (list) => ({
    minified: list.reduce((total, c) => total + c.code.length, 0),
    gzipped: list.reduce((total, c) => total + gz(c.code), 0),
  });
  return {
    ...size(chunks),
    initial: size([...initial]),
    lazy: Object.fromEntries(
      chunks.filter((c) => !initial.has(c)).map((c) => [c.name, gz(c.code)]),
    ),
  };
}
