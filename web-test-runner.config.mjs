// Shared @web/test-runner config: every package runs `wtr --config ../../web-test-runner.config.mjs`
// from its own folder, so tests run per package (through turbo) with one set of rules.
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, findBrowser } from './scripts/browser.mjs';
import { minifyModule } from './scripts/minify-templates.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const executablePath = findBrowser();

// turbo runs several packages' tests at once: each gets a port of its own (web-test-runner's
// default, the first free one from 8000, races when two start together). If that port is
// taken anyway (tests of another checkout running), the system picks a free one.
const workspaces = ['packages', 'apps'].flatMap((group) =>
  existsSync(join(root, group))
    ? readdirSync(join(root, group))
        .sort()
        .map((name) => `${group}/${name}`)
    : [],
);
const here = `${basename(dirname(process.cwd()))}/${basename(process.cwd())}`;
const tryPort = (candidate) =>
  new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(candidate, () => {
      const { port: free } = server.address();
      server.close(() => resolve(free));
    });
  });
const preferred = 8100 + Math.max(0, workspaces.indexOf(here));
const port = (await tryPort(preferred)) ?? (await tryPort(0));

// A package can serve test-only endpoints (a fake CKAN, a slow or failing server…) from
// test/server.mjs, which exports `middleware`: Koa-style middleware for the test server.
const serverFile = join(process.cwd(), 'test', 'server.mjs');
const { middleware = [] } = existsSync(serverFile)
  ? await import(pathToFileURL(serverFile).href)
  : {};

// The tests run the templates as they ship: with their CSS and HTML minified, as in every
// package's dist (see scripts/minify-templates.mjs). Test files themselves are left as written.
const shippedTemplates = {
  name: 'minga-minify-templates',
  async transform(context) {
    if (!/^\/packages\/[^/]+\/src\/.+(?<!\.test)\.ts$/.test(context.path)) return undefined;
    const body = await minifyModule(context.body, context.path);
    return body === null ? undefined : { body };
  },
};

export default {
  rootDir: root,
  port,
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  // Lit's development build: its dev-mode warnings (and Minga's) make tests fail.
  nodeResolve: { exportConditions: ['development', 'browser'] },
  middleware,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.base.json` }),
    shippedTemplates,
    // What a screen reader gets (roles, names, states) from Chromium's accessibility tree.
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
      // Each test page gets a window of its own: a background tab in the same window is
      // hidden, and Chromium then stops requestAnimationFrame there, hanging any test that
      // waits for a frame while another file runs in front.
      async createPage({ browser }) {
        const session = await browser.target().createCDPSession();
        const { targetId } = await session.send('Target.createTarget', {
          url: 'about:blank',
          newWindow: true,
        });
        await session.detach();
        const target = await browser.waitForTarget((t) => t._targetId === targetId);
        return target.page();
      },
    }),
  ],
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
};
