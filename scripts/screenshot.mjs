// Screenshots a page in headless Chromium, to look at what we built as users see it.
//   node scripts/screenshot.mjs <url> <out.png> [width=1280] [height=900] [--full]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';

const [url, out, width = '1280', height = '900'] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'));
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [--full]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(e.message));
await page.goto(url, { waitUntil: 'networkidle' });
const waitArg = process.argv.find((a) => a.startsWith('--wait='));
await page.waitForTimeout(waitArg ? Number(waitArg.slice(7)) : 500);
await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
await browser.close();
if (errors.length) console.error(`console errors:\n${errors.join('\n')}`);
console.log(out);
