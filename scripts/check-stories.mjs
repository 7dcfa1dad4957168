// Every Storybook story, from the static build (storybook-static/), in headless Chromium: no
// page error, no console error, and no axe violation (WCAG 2.2 AA rules), in the light, dark
// and high-contrast themes. Run after `npm run storybook:build`: npm run check:stories
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';
import { root } from './preflight.mjs';

const outDir = join(root, 'storybook-static');
if (!existsSync(join(outDir, 'index.json'))) {
  console.error('minga: no storybook-static/index.json; run "npm run storybook:build" first.');
  process.exit(1);
}
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const stories = Object.values(
  JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8')).entries,
).filter((entry) => entry.type === 'story');
const themes = ['light', 'dark', 'high-contrast'];

const server = await preview({
  root,
  configFile: false,
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0 },
});
const origin = `http://127.0.0.1:${server.httpServer.address().port}`;
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  let errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A missing favicon is the static server's business, not a story's.
    if (message.type() === 'error' && !/favicon|status of 404/.test(message.text())) {
      errors.push(message.text());
    }
  });
  for (const story of stories) {
    for (const theme of themes) {
      errors = [];
      await page.goto(
        `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=theme:${theme}`,
      );
      await page.waitForFunction(
        () => document.querySelector('#storybook-root')?.childElementCount > 0,
        null,
        {
          timeout: 15000,
        },
      );
      // Let elements load their data and settle.
      await page.waitForTimeout(600);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      if (!(await page.evaluate(() => 'axe' in window)))
        await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#storybook-root'), {
          runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
          },
        });
        return result.violations.map(
          (v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`,
        );
      });
      for (const v of violations) problems.push(`${story.id} [${theme}] axe ${v}`);
      for (const e of errors) problems.push(`${story.id} [${theme}] error: ${e}`);
    }
  }
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
}

const checked = stories.length * themes.length;
if (problems.length) {
  console.error(problems.join('\n'));
  const failed = new Set(problems.map((line) => line.split(' error: ')[0].split(' axe ')[0])).size;
  console.log(
    `stories: ${failed} of ${checked} story renders failed (${problems.length} problem(s))`,
  );
  process.exit(1);
}
console.log(
  `stories: ${stories.length} stories × ${themes.length} themes, no error and no axe violation`,
);
