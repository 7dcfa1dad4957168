// Every page of the built demo, in Spanish and English, at 360 and 1280 px: it loads with no
// console error, no failed request and no axe violation (WCAG 2.0/2.1 A and AA, 2.2 AA rules),
// shows the demo banner, upgrades its Minga elements, and does not shift its layout.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, describeViolations, openPage, settle, setup } from './harness.mjs';

/** Each page, the Minga elements it must render, and its heading in each language. */
const PAGES = [
  {
    path: '/',
    elements: ['minga-sdg-grid', 'minga-sdg-progress'],
    h1: { es: 'Bienvenido', en: 'Welcome' },
  },
  {
    path: '/transparencia.html',
    elements: ['minga-transparency'],
    h1: { es: 'Transparencia', en: 'Transparency' },
  },
  {
    path: '/datos-abiertos.html',
    elements: ['minga-data-table'],
    h1: { es: 'Datos abiertos', en: 'Open data' },
  },
  {
    path: '/ods.html',
    elements: ['minga-sdg-indicator'],
    h1: { es: 'Objetivos', en: 'Sustainable' },
  },
  {
    path: '/ods.html?indicator=1-2-1',
    elements: ['minga-sdg-indicator'],
    h1: { es: 'Objetivos', en: 'Sustainable' },
  },
  {
    path: '/acceso-a-la-informacion.html',
    elements: ['minga-info-request', 'minga-request-status'],
    h1: { es: 'Acceso a la información', en: 'Access to' },
  },
  { path: '/integrar.html', elements: ['minga-data-table'], h1: { es: 'Integrar', en: 'Embed' } },
];

const BANNER = {
  es: 'Sitio de demostración · datos de ejemplo ficticios',
  en: 'Demo site · fictional sample data',
};

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.cleanup();
});

for (const lang of ['es', 'en'])
  for (const width of [360, 1280])
    describe(`${lang}, ${width} px`, () => {
      for (const spec of PAGES)
        test(spec.path, async () => {
          const { page, context, problems } = await openPage(env.browser, { width, lang });
          try {
            await page.addInitScript(() => {
              // Layout shifts of the page's own layout (sources in the document: the site and
              // the elements' boxes as they upgrade) apart from those inside an element's shadow
              // root once it is running (its own loading states: reported, not counted here).
              globalThis.__cls = 0;
              globalThis.__innerCls = 0;
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries()) {
                  if (entry.hadRecentInput) continue;
                  const inner = entry.sources.every(
                    (s) => !s.node || s.node.getRootNode() !== document,
                  );
                  if (inner) globalThis.__innerCls += entry.value;
                  else globalThis.__cls += entry.value;
                }
              }).observe({ type: 'layout-shift', buffered: true });
            });
            await page.goto(env.site.url + spec.path, { waitUntil: 'load' });
            await settle(page, 500);
            assert.equal(await page.getAttribute('html', 'lang'), lang);
            assert.equal((await page.locator('.demo-banner').innerText()).trim(), BANNER[lang]);
            assert.match(await page.locator('h1').first().innerText(), new RegExp(spec.h1[lang]));
            for (const tag of spec.elements) {
              const rendered = await page.evaluate(
                (t) =>
                  [...document.querySelectorAll(t)].every(
                    (el) =>
                      customElements.get(t) !== undefined &&
                      (el.shadowRoot?.childNodes.length ?? 0) > 0,
                  ) && document.querySelector(t) !== null,
                tag,
              );
              assert.ok(rendered, `<${tag}> is defined and rendered`);
            }
            // Skip link first in tab order and landmarks present.
            await page.keyboard.press('Tab');
            assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
            assert.equal(
              await page.locator('body > header > nav, body > main, body > footer').count(),
              3,
              'banner navigation, main and content-info landmarks',
            );
            const violations = await axeViolations(page);
            assert.deepEqual(
              problems,
              [],
              `no console errors or failed requests:\n${problems.join('\n')}`,
            );
            assert.equal(violations.length, 0, describeViolations(violations));
            const { cls, innerCls } = await page.evaluate(() => ({
              cls: globalThis.__cls,
              innerCls: globalThis.__innerCls,
            }));
            if (innerCls >= 0.1)
              console.log(
                `# ${spec.path} ${lang} ${width}px: layout shift inside elements ${innerCls.toFixed(3)}`,
              );
            assert.ok(cls < 0.1, `cumulative layout shift ${cls.toFixed(3)} < 0.1`);
          } finally {
            await context.close();
          }
        });
    });

test('the language switch changes the page and is remembered', async () => {
  const { page, context, problems } = await openPage(env.browser, { width: 360 });
  try {
    await page.goto(`${env.site.url}/`, { waitUntil: 'load' });
    await settle(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    await page.getByRole('button', { name: 'English' }).click();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    // At 360 px the links are behind the menu button.
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    assert.equal(await page.getByRole('link', { name: 'Open data', exact: true }).count(), 1);
    assert.match(await page.title(), /^Welcome/);
    // The Minga elements follow <html lang>.
    await page.waitForFunction(() =>
      document
        .querySelector('minga-sdg-grid')
        ?.shadowRoot?.querySelector('minga-sdg-goal')
        ?.shadowRoot?.textContent?.includes('No poverty'),
    );
    await page.getByRole('link', { name: 'Open data', exact: true }).click();
    await page.waitForLoadState('load');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal((await page.locator('h1').innerText()).trim(), 'Open data');
    await page.getByRole('button', { name: 'Español' }).click();
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    assert.equal((await page.locator('h1').innerText()).trim(), 'Datos abiertos');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the home page shows the monthly request statistics from the service as text', async () => {
  const year = new Date().getFullYear();
  const stats = await (await fetch(`${env.api.url}/api/stats/monthly?year=${year}`)).json();
  const { page, context } = await openPage(env.browser);
  try {
    await page.goto(`${env.site.url}/`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => !document.getElementById('figure-received')?.hasAttribute('data-i18n'),
    );
    assert.equal(
      (await page.locator('#figure-received').innerText()).trim(),
      new Intl.NumberFormat('es-EC').format(stats.total.received),
    );
  } finally {
    await context.close();
  }
});

test('ODS: ?indicator= selects the indicator, an unknown one says so', async () => {
  const { page, context } = await openPage(env.browser);
  try {
    await page.goto(`${env.site.url}/ods.html?indicator=3-6-1`, { waitUntil: 'load' });
    assert.equal(
      await page.getAttribute('minga-sdg-indicator', 'src'),
      '/ods/datos/indicator_3-6-1.csv',
    );
    assert.equal(
      await page.getAttribute('a[aria-current="page"] >> nth=1', 'href'),
      '/ods.html?indicator=3-6-1',
    );
    await page.goto(`${env.site.url}/ods.html?indicator=99-9-9`, { waitUntil: 'load' });
    assert.ok(await page.locator('#indicator-unknown').isVisible());
  } finally {
    await context.close();
  }
});

test('Datos abiertos: the 100,000-row table and the CKAN table load', async () => {
  const { page, context, problems } = await openPage(env.browser);
  try {
    await page.goto(`${env.site.url}/datos-abiertos.html`, { waitUntil: 'load' });
    const status = (id) =>
      page.locator(`#${id}`).evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
    await page.waitForFunction(
      () =>
        /100\.000/.test(document.getElementById('predios-tabla')?.shadowRoot?.textContent ?? ''),
      null,
      { timeout: 30_000 },
    );
    await page.waitForFunction(() =>
      /576/.test(document.getElementById('residuos-tabla')?.shadowRoot?.textContent ?? ''),
    );
    assert.match(await status('obras-tabla'), /de 20/);
    // Sorting the CKAN table asks the fake DataStore (server-side).
    const sorted = page.waitForRequest(
      (r) => r.url().includes('datastore_search') && r.url().includes('sort='),
    );
    await page
      .locator('#residuos-tabla')
      .getByRole('button', { name: /Toneladas/ })
      .click();
    await sorted;
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
