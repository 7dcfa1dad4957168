// The size of an entry's own code as users download it: a minified Vite library build with the
// given packages left out (Lit, @minga/* …), gzipped at level 9. Used by bench setups and the
// elements' budgets; the figures are deterministic for the same sources.
//
// `gzipped`/`minified`: all of the entry's code, every chunk (what a page that uses every
// feature downloads). `initial`: the entry chunk and what it imports statically (what every
// page downloads before the element renders). `lazy`: each chunk loaded with `import()` when
// a feature is first used, by name.
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const gz = (code) => gzipSync(code, { level: 9 }).length;

export async function bundleSize(entry, external = [/^lit/, /^@lit\//, /^@minga\//]) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'size' },
      rollupOptions: { external },
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
  const size = (list) => {
    const code = list.map((c) => c.code).join('\n');
    return { minified: code.length, gzipped: gz(code) };
  };
  return {
    ...size(chunks),
    initial: size([...initial]),
    lazy: Object.fromEntries(
      chunks.filter((c) => !initial.has(c)).map((c) => [c.name, gz(c.code)]),
    ),
  };
}
