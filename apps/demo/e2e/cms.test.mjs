// CMS embedding: static pages styled like an aggressive WordPress/Joomla theme, on an origin
// of their own (the service allows it in CORS), that load packages/elements/dist/minga.js with
// ONE script tag and contain, verbatim, the snippets the demo's embed builder produces
// (driven in the browser: pick each element, set its options, copy the text from the page).
// Each element must render, work, and look as it does on a plain page; and the same with two
// copies of the bundle on the page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  CONTENT_TYPES as TYPES,
  DEMO_DIR,
  DEMO_DIST,
  ELEMENTS_DIST,
  freePort,
  openPage,
  setup,
} from './harness.mjs';

const CMS_DIR = join(DEMO_DIR, 'e2e/cms');

/** A static server for the CMS pages: its own origin, nothing shared with the service. */
function cmsServer(port, pagesDir) {
  const mounts = [
    ['/minga/', ELEMENTS_DIST], // the bundle as a webmaster uploads it
    ['/otra-copia/', ELEMENTS_DIST], // a second copy (another plugin ships its own)
    ['/datos/', join(DEMO_DIST, 'datos')],
    ['/ods/', join(DEMO_DIST, 'ods')],
    ['/tema/', CMS_DIR],
    ['/', pagesDir],
  ];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = resolve(dir, normalize(path.slice(prefix.length)));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) continue;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return new Promise((r) => server.listen(port, '127.0.0.1', () => r(server)));
}

let env;
let cms;
let cmsUrl;
let pagesDir;
const snippets = new Map();

before(async () => {
  const port = await freePort();
  cmsUrl = `http://127.0.0.1:${port}`;
  env = await setup({ allowedOrigins: [cmsUrl], elements: true });
  pagesDir = mkdtempSync(join(tmpdir(), 'minga-cms-'));
  cms = await cmsServer(port, pagesDir);
});
after(async () => {
  await new Promise((r) => (cms ? cms.close(r) : r()));
  await env?.cleanup();
  if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
});

/** What the test sets in the builder's form for each element (by field label). */
function builderSettings() {
  const endpoint = `${env.api.url}/api/requests`;
  return [
    { tag: 'minga-data-table', fields: {} },
    { tag: 'minga-sdg-grid', fields: {} },
    { tag: 'minga-sdg-indicator', fields: {} },
    { tag: 'minga-sdg-goal', fields: {} },
    { tag: 'minga-sdg-progress', fields: {} },
    { tag: 'minga-info-request', fields: { 'Dirección del servicio de solicitudes': endpoint } },
    { tag: 'minga-request-status', fields: { 'Dirección del servicio de solicitudes': endpoint } },
    { tag: 'minga-transparency', fields: {} },
  ];
}

test('the embed builder produces a snippet per element, copied from the page', async () => {
  const { page, context, problems } = await openPage(env.browser, { width: 1280 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.url });
  try {
    await page.goto(`${env.site.url}/integrar.html`, { waitUntil: 'load' });
    const settings = builderSettings();
    const picker = page.getByLabel('Componente', { exact: true });
    const tags = await picker.locator('option').evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(
      new Set(tags),
      new Set(settings.map((s) => s.tag)),
      'every element is offered',
    );
    for (const [i, { tag, fields }] of settings.entries()) {
      await picker.selectOption(tag);
      await page.getByLabel('Dirección de minga.js').fill('/minga/minga.js');
      // One <script> per page: only the first snippet carries it.
      const include = page.getByLabel('Incluir la etiqueta <script> (basta una vez por página)');
      if (i === 0) await include.check();
      else await include.uncheck();
      for (const [label, value] of Object.entries(fields)) await page.getByLabel(label).fill(value);
      // The live preview shows the element with these attributes.
      await page.locator(`#builder-preview > ${tag}`).waitFor();
      await page.getByRole('button', { name: 'Copiar' }).click();
      await page.getByRole('status').filter({ hasText: 'Código copiado.' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const shown = await page.getByLabel('Código para copiar').inputValue();
      assert.equal(copied, shown, 'the clipboard holds the code shown');
      assert.ok(copied.includes(`<${tag}`), copied);
      assert.equal(copied.includes('<script'), i === 0);
      for (const value of Object.values(fields))
        assert.ok(copied.includes(value), `${tag}: ${value}`);
      snippets.set(tag, copied);
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

function writePages() {
  const template = readFileSync(join(CMS_DIR, 'page.html'), 'utf8');
  const body = [...snippets.values()].join('\n');
  const theme = '<link rel="stylesheet" href="/tema/theme.css" />';
  const second = '<script type="module" src="/otra-copia/minga.js"></script>';
  const write = (name, { themed, extra = '' }) =>
    writeFileSync(
      join(pagesDir, name),
      template
        .replace('<!--THEME-->', themed ? theme : '')
        .replace('<!--EXTRA-HEAD-->', extra)
        .replace('<!--SNIPPETS-->', body),
    );
  write('sin-tema.html', { themed: false });
  // Many municipal sites send a Content-Security-Policy; with style-src 'self' any style
  // attribute an element writes is blocked (and reported as a console error).
  const csp = `<meta http-equiv="Content-Security-Policy" content="style-src 'self'" />`;
  write('tema.html', { themed: true, extra: csp });
  write('tema-dos-copias.html', { themed: true, extra: `${csp}\n${second}` });
}

/** Computed styles of inner parts of the elements (shadow DOM), to compare themed and plain pages. */
async function innerStyles(page) {
  return page.evaluate(() => {
    const props = [
      'font-family',
      'font-size',
      'font-weight',
      'text-transform',
      'line-height',
      'letter-spacing',
      'word-spacing',
      'text-align',
      'color',
      'background-color',
      'background-image',
      'border-top-width',
      'border-top-style',
      'border-top-color',
      'padding-top',
      'padding-left',
      'box-sizing',
      'display',
      'float',
      'text-decoration-line',
    ];
    const pick = (el) => {
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    };
    const out = {};
    const probe = (name, host, selector) => {
      const el = host?.shadowRoot?.querySelector(selector);
      out[name] = el ? pick(el) : null;
    };
    const table = document.querySelector('minga-data-table');
    probe('table button', table, 'button');
    probe('table th', table, 'th');
    probe('table td', table, 'td');
    probe('table input', table, 'input');
    const form = document.querySelector('minga-info-request');
    probe('form input', form, 'input[type="text"], input:not([type])');
    probe('form button', form, 'button');
    probe('form h2', form, 'h2');
    const status = document.querySelector('minga-request-status');
    probe('status button', status, 'button');
    const transparency = document.querySelector('minga-transparency');
    probe('transparency select', transparency, 'select');
    probe('transparency a', transparency, 'a[href]');
    const grid = document.querySelector('minga-sdg-grid');
    const goal = grid?.shadowRoot?.querySelector('minga-sdg-goal');
    probe('sdg goal card', goal, '[part~="card"], a, div');
    return out;
  });
}

/**
 * Waits until every element has rendered, scrolling to each as a reader would (minga.js loads
 * an element's code when it comes near the screen).
 */
async function allRendered(page) {
  for (const tag of snippets.keys()) {
    await page.locator(tag).first().scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (t) => {
        const el = document.querySelector(t);
        return customElements.get(t) && el?.shadowRoot && el.shadowRoot.childElementCount > 0;
      },
      tag,
      { timeout: 20_000 },
    );
  }
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() =>
    /Mostrando/.test(document.querySelector('minga-data-table')?.shadowRoot?.textContent ?? ''),
  );
}

describe('CMS pages', () => {
  let plain;
  before(async () => {
    assert.equal(snippets.size, 8, 'the builder test ran first and produced 8 snippets');
    writePages();
    const { page, context, problems } = await openPage(env.browser, { width: 1280 });
    await page.goto(`${cmsUrl}/sin-tema.html`, { waitUntil: 'load' });
    await allRendered(page);
    plain = await innerStyles(page);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const file of ['tema.html', 'tema-dos-copias.html'])
    test(`${file}: every element renders, works and ignores the theme`, async () => {
      const html = readFileSync(join(pagesDir, file), 'utf8');
      assert.equal((html.match(/<script/g) ?? []).length, file === 'tema.html' ? 1 : 2);
      for (const snippet of snippets.values())
        assert.ok(html.includes(snippet), 'snippet verbatim');
      const { page, context, problems } = await openPage(env.browser, { width: 1280 });
      try {
        await page.goto(`${cmsUrl}/${file}`, { waitUntil: 'load' });
        await allRendered(page);

        // Rendered with a sane size: as wide as the content column, not collapsed.
        const column = await page
          .locator('.entry-content')
          .evaluate((el) => el.getBoundingClientRect().width);
        for (const tag of snippets.keys()) {
          const box = await page.locator(`.entry-content > ${tag}`).boundingBox();
          assert.ok(box && box.height > 40, `${tag} height ${box?.height}`);
          assert.ok(
            box.width > 250 && box.width <= column + 1,
            `${tag} width ${box.width} (column ${column})`,
          );
        }

        // Unaffected by the theme: inner parts computed exactly as on the plain page (checked
        // last, so that a styling leak does not hide whether the elements work).
        const themed = await innerStyles(page);
        const leaks = [];
        for (const [name, styles] of Object.entries(plain)) {
          assert.ok(styles, `${name} found on the plain page`);
          for (const [prop, value] of Object.entries(styles))
            if (themed[name]?.[prop] !== value)
              leaks.push(`${name}: ${prop} is ${themed[name]?.[prop]} (plain page: ${value})`);
        }

        // Table: sorts by keyboard.
        const table = page.locator('.entry-content > minga-data-table');
        const header = table.getByRole('button', { name: /Monto/ });
        await header.focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(() =>
          [
            ...document
              .querySelector('minga-data-table')
              .shadowRoot.querySelectorAll('[aria-sort]'),
          ].some((th) => th.getAttribute('aria-sort') === 'ascending'),
        );

        // Form: validates (empty form → errors tied to the fields).
        const form = page.locator('.entry-content > minga-info-request');
        await form.getByRole('button', { name: 'Continuar' }).click();
        await page.waitForFunction(
          () =>
            document
              .querySelector('minga-info-request')
              .shadowRoot.querySelector('input[name="name"]')
              ?.getAttribute('aria-invalid') === 'true',
        );

        // Status lookup: cross-origin GET with the access key in a header (CORS).
        const request = await fetch(`${env.api.url}/api/requests`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify({
            requesterType: 'person',
            name: 'Persona de Prueba CMS',
            idType: 'cedula',
            idNumber: '1714307103',
            email: 'cms@example.org',
            description: 'El presupuesto participativo de 2026 por parroquia (prueba CMS).',
            delivery: 'email',
            format: 'csv',
            declaration: true,
            institution: 'GAD Municipal de San Isidro del Valle (ficticio)',
            lang: 'es',
          }),
        });
        assert.equal(request.status, 201);
        const receipt = await request.json();
        const status = page.locator('.entry-content > minga-request-status');
        await status.getByLabel('Código de la solicitud', { exact: true }).fill(receipt.code);
        await status
          .getByLabel('Correo electrónico o clave de acceso', { exact: true })
          .fill(receipt.accessKey);
        await status.getByRole('button', { name: 'Consultar' }).click();
        await status.getByText(`Solicitud ${receipt.code}`).waitFor();

        // Transparency: switching the month shows that month.
        const transparency = page.locator('.entry-content > minga-transparency');
        const month = transparency.getByLabel('Mes', { exact: true });
        const heading = () =>
          transparency.evaluate((el) => el.shadowRoot.querySelector('h2, h3')?.textContent ?? '');
        const values = await month.locator('option').evaluateAll((os) => os.map((o) => o.value));
        const current = await month.inputValue();
        const other = values.find((v) => v && v !== current);
        assert.ok(other, `another month to pick among ${values}`);
        const before = await transparency.evaluate((el) => el.shadowRoot.textContent);
        await month.selectOption(other);
        await page.waitForFunction(
          (b) => document.querySelector('minga-transparency').shadowRoot.textContent !== b,
          before,
        );
        assert.ok((await heading()).length > 0);

        // SDG grid: Tab enters on a tile; arrows move the focus between goals.
        const focusedGoal = () =>
          page.evaluate(() => {
            const grid = document.querySelector('minga-sdg-grid');
            if (document.activeElement !== grid) return null;
            const tile =
              grid.shadowRoot.activeElement?.closest?.('minga-sdg-goal') ??
              grid.shadowRoot.activeElement;
            return tile?.getAttribute('goal') ?? null;
          });
        // Start from a focus point just before the grid (its filter comes first, then the tiles).
        await page.evaluate(() => {
          const start = document.createElement('span');
          start.tabIndex = -1;
          document.querySelector('minga-sdg-grid').before(start);
          start.focus();
        });
        let goal = null;
        for (let i = 0; i < 10 && goal === null; i += 1) {
          await page.keyboard.press('Tab');
          goal = await focusedGoal();
        }
        assert.equal(goal, '1', 'Tab enters the grid on the first goal');
        await page.keyboard.press('ArrowRight');
        assert.equal(await focusedGoal(), '2');
        await page.keyboard.press('End');
        assert.equal(await focusedGoal(), '17');

        assert.deepEqual(problems, [], 'no console errors or failed requests');
        assert.deepEqual(leaks, [], `the theme leaks into the elements:\n${leaks.join('\n')}`);
      } finally {
        await context.close();
      }
    });
});
