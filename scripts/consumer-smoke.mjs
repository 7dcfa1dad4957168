// What a developer gets from `npm install @minga/…`: packs every public package, installs the
// tarballs (no workspace links) into a throwaway project outside the repository, and checks
//  1. a Vite app that imports an element class and defines it renders in Chromium;
//  2. a Vite app that imports only the define files renders in Chromium;
//  3. a React 19 page uses the elements directly (properties and an event), typed by the
//     JSX types generated from the manifests, and renders in Chromium;
//  4. TypeScript sees HTMLElementTagNameMap typing and the typed events.
// Needs the packages built first (npm run build). Run: npm run test:consumer
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';
import { root } from './preflight.mjs';

const work = mkdtempSync(join(tmpdir(), 'minga-consumer-'));
const keep = process.argv.includes('--keep');
const run = (cmd, args, cwd = work) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
const write = (file, text) => {
  mkdirSync(join(work, file, '..'), { recursive: true });
  writeFileSync(join(work, file), text);
};

let failed = 0;
const check = (ok, label) => {
  console.log(`${ok ? '✓' : '✗'} ${label}`);
  if (!ok) failed++;
};

try {
  // 1. Pack.
  const tarballs = [];
  for (const name of readdirSync(join(root, 'packages'))) {
    const dir = join(root, 'packages', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (pkg.private) continue;
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], dir));
    tarballs.push(`./${packed.filename}`);
  }
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  // 2. A project of a developer's, outside the workspace.
  write(
    'package.json',
    JSON.stringify(
      {
        name: 'minga-consumer',
        private: true,
        type: 'module',
        // The registry here does not serve what vite 8.4 adds; the same pin as the repository.
        dependencies: {},
      },
      null,
      2,
    ),
  );
  run('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    ...tarballs,
    `vite@${rootPkg.devDependencies.vite}`,
    `typescript@${rootPkg.devDependencies.typescript}`,
    'react@^19',
    'react-dom@^19',
    '@types/react@^19',
    '@types/react-dom@^19',
  ]);
  check(true, `installed ${tarballs.length} tarballs with vite, typescript and react 19`);

  const rows = `[['Construcción de la vía', 1234.5], ['Información pública', 98.1]]`;
  const columns = `[{ key: 'contrato', label: 'Contrato', type: 'text' }, { key: 'monto', label: 'Monto', type: 'currency' }]`;
  write(
    'class.html',
    `<!doctype html><html lang="es"><head><link rel="icon" href="data:,"></head><body><minga-data-table caption="Clase"></minga-data-table><script type="module" src="/class.js"></script></body></html>`,
  );
  write(
    'class.js',
    `import { MingaDataTable } from '@minga/data-table';
MingaDataTable.define('minga-data-table');
const table = document.querySelector('minga-data-table');
table.columns = ${columns};
table.rows = ${rows};`,
  );
  write(
    'define.html',
    `<!doctype html><html lang="es"><head><link rel="icon" href="data:,"></head><body>
<minga-data-table caption="Define"></minga-data-table>
<minga-request-status endpoint="/api/solicitudes"></minga-request-status>
<script type="module" src="/define.js"></script></body></html>`,
  );
  write(
    'define.js',
    `import '@minga/data-table/define.js';
import '@minga/info-request/define.js';
const table = document.querySelector('minga-data-table');
table.columns = ${columns};
table.rows = ${rows};`,
  );
  write(
    'react.html',
    `<!doctype html><html lang="es"><head><link rel="icon" href="data:,"></head><body><div id="app"></div><script type="module" src="/react.tsx"></script></body></html>`,
  );
  write(
    'react.tsx',
    `import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import '@minga/data-table/define.js';
import type { CustomElements } from '@minga/data-table/custom-elements-jsx';
import type { ColumnConfig } from '@minga/data-table';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

const columns: ColumnConfig[] = ${columns};

function App() {
  const [sorted, setSorted] = useState('');
  return (
    <>
      <minga-data-table
        caption="React"
        page-size={10}
        columns={columns}
        rows={${rows}}
        onminga-sort-change={(e) => setSorted(e.detail.sort.map((s) => s.column).join(','))}
      ></minga-data-table>
      <output id="sorted">{sorted}</output>
    </>
  );
}
createRoot(document.getElementById('app')!).render(<App />);`,
  );
  write(
    'types.ts',
    `import '@minga/data-table/define.js';
import '@minga/info-request/define.js';
const table = document.createElement('minga-data-table');
table.rows = [['a', 1]];
table.columns = [{ key: 'a', type: 'text' }, { key: 'b', type: 'currency', label: 'Monto' }];
table.addEventListener('minga-sort-change', (event) => {
  const columns: string[] = event.detail.sort.map((s) => s.column);
  void columns;
});
table.addEventListener('minga-data-error', (event) => {
  const code: string | undefined = event.detail.error.code;
  void code;
});
// @ts-expect-error: pageSize is a number
table.pageSize = 'veinte';
// @ts-expect-error: not a column type
table.columns = [{ key: 'a', type: 'money' }];
const form = document.createElement('minga-info-request');
form.endpoint = '/api/solicitudes';
form.addEventListener('minga-request-success', (event) => void event.detail.receipt);
`,
  );
  write(
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ['types.ts', 'react.tsx'],
    }),
  );
  try {
    run(join(work, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json']);
    check(true, 'TypeScript: tag-name map, typed events and React JSX types check');
  } catch (error) {
    check(false, `TypeScript:\n${error.stdout}${error.stderr}`);
  }

  write(
    'vite.config.js',
    `export default {
  build: { rollupOptions: { input: ['class.html', 'define.html', 'react.html'] } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
};`,
  );
  run(join(work, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']);
  check(true, 'Vite builds the three apps');

  const { preview } = await import(join(work, 'node_modules/vite/dist/node/index.js'));
  const server = await preview({
    root: work,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0 },
  });
  const origin = `http://127.0.0.1:${server.httpServer.address().port}`;
  const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
  try {
    for (const pageName of ['class', 'define', 'react']) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${origin}/${pageName}.html`);
      const cells = await page
        .waitForFunction(
          () => {
            const rows = document
              .querySelector('minga-data-table')
              ?.shadowRoot?.querySelectorAll('tbody tr');
            return (
              rows &&
              rows.length === 2 &&
              [...rows].map((r) => r.textContent.replace(/\s+/g, ' ').trim())
            );
          },
          null,
          { timeout: 15000 },
        )
        .then((h) => h.jsonValue())
        .catch(() => null);
      check(
        Array.isArray(cells) &&
          cells[0].includes('Construcción de la vía') &&
          cells[0].includes('$1.234,50'),
        `${pageName}: <minga-data-table> renders its rows in Chromium`,
      );
      if (pageName === 'define') {
        const status = await page.evaluate(
          () =>
            !!document
              .querySelector('minga-request-status')
              ?.shadowRoot?.querySelector('form, input'),
        );
        check(status, 'define: <minga-request-status> renders');
      }
      if (pageName === 'react') {
        await page.evaluate(() =>
          document.querySelector('minga-data-table').shadowRoot.querySelector('th button').click(),
        );
        const sorted = await page
          .waitForFunction(() => document.querySelector('#sorted')?.textContent, null, {
            timeout: 5000,
          })
          .then((h) => h.jsonValue())
          .catch(() => '');
        check(
          sorted === 'contrato',
          'react: the onminga-sort-change prop receives the typed event',
        );
      }
      check(
        errors.length === 0,
        `${pageName}: no console errors${errors.length ? `: ${errors.join('; ')}` : ''}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.httpServer.close(r));
  }
} catch (error) {
  failed++;
  console.error(`✗ ${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(failed ? `consumer smoke test: ${failed} failed` : 'consumer smoke test: all passed');
process.exit(failed ? 1 : 0);
