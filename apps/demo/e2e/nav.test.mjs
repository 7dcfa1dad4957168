// The site's navigation on a phone: below 40rem it is a menu button (disclosure pattern), used
// here by keyboard only; wider, the links show and the button does not. Without JavaScript the
// links show at every width.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, describeViolations, openPage, setup } from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.cleanup();
});

/** What the reader can reach in the navigation: its visible links' names. */
const visibleLinks = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.site-nav a')]
      .filter((a) => a.getBoundingClientRect().height > 0)
      .map((a) => a.textContent.trim()),
  );

/** Presses Tab until `selector` has focus (at most `max` times); fails otherwise. */
async function tabTo(page, selector, max = 10) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

describe('navigation', () => {
  for (const lang of ['es', 'en'])
    test(`360 px, ${lang}: a menu button opens and closes the links by keyboard`, async () => {
      const { page, context, problems } = await openPage(env.browser, { width: 360, lang });
      try {
        await page.goto(`${env.site.url}/datos-abiertos.html`, { waitUntil: 'load' });
        const toggle = page.locator('.site-nav__toggle');
        assert.equal(await toggle.isVisible(), true);
        assert.equal(await toggle.textContent(), lang === 'es' ? 'Menú' : 'Menu');
        assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
        const list = await toggle.getAttribute('aria-controls');
        assert.equal(await page.locator(`#${list}`).count(), 1);
        assert.deepEqual(await visibleLinks(page), []);
        // The page's header takes one row for the navigation, not four.
        const navHeight = await page.locator('.site-nav').evaluate((n) => n.offsetHeight);
        assert.ok(navHeight < 70, `nav ${navHeight} px tall`);

        await tabTo(page, '.site-nav__toggle');
        await page.keyboard.press('Enter');
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
        assert.equal((await visibleLinks(page)).length, 6);
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `axe, menu open:\n${describeViolations(violations)}`);

        // Into the menu: the next Tab is its first link; Escape from there closes it and
        // returns the focus to the button.
        await page.keyboard.press('Tab');
        assert.equal(
          await page.evaluate(() => document.activeElement?.textContent?.trim()),
          lang === 'es' ? 'Inicio' : 'Home',
        );
        await page.keyboard.press('Escape');
        assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
        assert.equal(
          await page.evaluate(() => document.activeElement?.classList.contains('site-nav__toggle')),
          true,
        );
        assert.deepEqual(await visibleLinks(page), []);

        // Space opens it too, and the current page is marked in it.
        await page.keyboard.press('Space');
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
        assert.equal(
          await page.locator('.site-nav a[aria-current="page"]').getAttribute('href'),
          '/datos-abiertos.html',
        );
        await page.keyboard.press('Enter');
        assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });

  test('1280 px: the links show in a row and there is no menu button', async () => {
    const { page, context, problems } = await openPage(env.browser, { width: 1280 });
    try {
      await page.goto(`${env.site.url}/`, { waitUntil: 'load' });
      assert.equal(await page.locator('.site-nav__toggle').isVisible(), false);
      assert.equal((await visibleLinks(page)).length, 6);
      const tops = await page
        .locator('.site-nav a')
        .evaluateAll((links) => new Set(links.map((a) => a.getBoundingClientRect().top)).size);
      assert.equal(tops, 1, 'one row of links');
      // Escape in the navigation does nothing here.
      await tabTo(page, '.site-nav a');
      await page.keyboard.press('Escape');
      assert.equal(
        await page.evaluate(() => document.activeElement?.closest('.site-nav') !== null),
        true,
      );
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('360 px without JavaScript: the links show, no button', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 360, height: 800 },
      javaScriptEnabled: false,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${env.site.url}/`, { waitUntil: 'load' });
      assert.equal(await page.locator('.site-nav__toggle').isVisible(), false);
      const links = page.locator('.site-nav a');
      assert.equal(await links.count(), 6);
      for (let i = 0; i < 6; i += 1) assert.equal(await links.nth(i).isVisible(), true);
    } finally {
      await context.close();
    }
  });
});
