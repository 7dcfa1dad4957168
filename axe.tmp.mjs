import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const only = process.argv[2];
let bad = 0;
for (const [id, e] of Object.entries(index.entries)) {
  if (e.type !== 'story' || (only && !id.includes(only))) continue;
  for (const theme of ['light', 'dark', 'high-contrast']) {
    await page.goto(`http://127.0.0.1:6101/iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`);
    await page.waitForTimeout(id.includes('cien-mil') || id.includes('virtual') ? 2500 : 900);
    await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
    const r = await page.evaluate(async () => (await axe.run(document.querySelector('#storybook-root'))).violations.map(v => `${v.id}: ${v.nodes.length} ${v.nodes[0]?.target} ${v.nodes[0]?.failureSummary?.slice(0,200)}`));
    if (r.length) { bad++; console.log(id, theme, r); }
  }
}
console.log('stories with violations:', bad);
await browser.close();
