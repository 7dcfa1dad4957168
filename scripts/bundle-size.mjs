// The size of an entry's own code as users download it: a minified Vite library build with the
// given packages left out (Lit, @minga/* …), gzipped at level 9. Used by bench setups; the
// figures are deterministic for the same sources.
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

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
  const output = (Array.isArray(result) ? result[0] : result).output;
  const code = output
    .filter((o) => o.type === 'chunk')
    .map((o) => o.code)
    .join('\n');
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}
