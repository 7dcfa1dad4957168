// `npm start`: install what is missing, build, and serve Minga's main job. Until the demo
// site exists that is Storybook (a static build, served on http://127.0.0.1:6006 by default;
// PORT and HOST change it).
import { checkNode, ensureDependencies, fail, root, run } from './preflight.mjs';

checkNode();
ensureDependencies();

if (run('turbo', ['run', 'build-storybook', '--output-logs=errors-only']) !== 0) {
  fail('the build failed (see above).');
}

const { preview } = await import('vite');
const port = Number(process.env.PORT ?? 6006);
const host = process.env.HOST ?? '127.0.0.1';
const server = await preview({
  root,
  configFile: false,
  logLevel: 'warn',
  build: { outDir: 'storybook-static' },
  preview: { port, host, strictPort: false, open: false },
});
const address = server.httpServer.address();
const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}/`;
console.log(`\nMinga Storybook: ${url}\n(Ctrl+C to stop)`);
