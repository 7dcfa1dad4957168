import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The staff inbox: a static page served by the service at `/staff/`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/staff/',
  build: {
    outDir: fileURLToPath(new URL('../dist/inbox', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // No inline scripts or styles: the page works under a strict Content-Security-Policy.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  logLevel: 'warn',
});
