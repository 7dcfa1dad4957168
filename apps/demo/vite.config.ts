// The demo municipal site: one real HTML file per page (multi-page build, no client router).
// /api is proxied to the request service (MINGA_API_URL, default http://127.0.0.1:8787) in both
// `vite` and `vite preview`, so the elements call it on the same origin.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { DEMO_ROOT, PAGES, fakeCkan, sampleData, siteLayout } from './build/plugins.mjs';

const api = process.env.MINGA_API_URL || 'http://127.0.0.1:8787';
const proxy = { '/api': { target: api, changeOrigin: false } };

export default defineConfig({
  root: DEMO_ROOT,
  appType: 'mpa',
  plugins: [siteLayout(), sampleData(), fakeCkan()],
  server: { proxy },
  preview: { proxy },
  build: {
    target: 'es2022',
    rollupOptions: {
      input: Object.fromEntries(
        PAGES.map((p) => [p.file.replace('.html', ''), resolve(DEMO_ROOT, p.file)]),
      ),
    },
  },
});
