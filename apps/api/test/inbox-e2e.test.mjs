// End to end in Chromium (playwright-core, the system's /usr/bin/chromium): the built
// service on SQLite with fictional sample data; a staff account made with the CLI function;
// log in through the page, find the overdue request with "Solo vencidas", open it, extend it
// with a reason, answer it with a link, export the annual report; axe (WCAG 2.2 AA) on the
// login, list and detail views. Screenshots go to $MINGA_SCREENSHOTS when set.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';
import { computeDeadlines } from '@minga/info-request/shared';
import { buildApp } from '../dist/app.js';
import { generateCode, sha256 } from '../dist/codes.js';
import { seedSample } from '../dist/seed.js';
import { runStaffCommand } from '../dist/staff/cli.js';
import { captureStream, openTestStorage, validBody } from './helpers.mjs';
import { CHROMIUM_ARGS, findBrowser } from '../../../scripts/browser.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const SHOTS = process.env.MINGA_SCREENSHOTS || '';
const EMAIL = 'rosa.tenesaca@municipio.gob.ec';
const PASSWORD = 'una clave larga de prueba';
const DAY = 86_400_000;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
  const violations = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  assert.deepEqual(violations, [], `axe violations on ${label}`);
  assert.ok(result.passes.length > 5, 'axe ran');
}

async function shot(page, name) {
  if (!SHOTS) return;
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  await page.screenshot({ path: join(SHOTS, `${name}-top.png`) });
}

describe('staff inbox end to end (Chromium)', () => {
  let ctx;
  let app;
  let base;
  let browser;
  let overdue;
  const problems = [];

  before(async () => {
    ctx = await openTestStorage('sqlite');
    const secret = 'e2e-secret-'.padEnd(40, 'x');
    await seedSample(ctx.storage, ctx.config, secret);
    // The overdue request the test looks for (fictional): received 16 days ago, untouched.
    const received = new Date(Date.now() - 16 * DAY);
    const d = computeDeadlines(received);
    const body = validBody({
      name: 'Persona de ejemplo E2E (ficticia)',
      email: 'ejemplo.e2e@example.org',
      description: 'Planos del mercado municipal (solicitud ficticia de la prueba).',
      format: 'any',
    });
    overdue = (
      await ctx.storage.createRequest({
        code: generateCode(Number(d.receivedDate.slice(0, 4))),
        accessKeyHash: sha256(randomBytes(8).toString('hex')),
        idempotencyKey: 'e2e-overdue',
        receivedAt: received.toISOString(),
        dueAt: d.dueAt.toISOString(),
        extendedDueAt: d.extendedDueAt.toISOString(),
        email: body.email,
        name: body.name,
        payload: body,
      })
    ).request;
    const out = captureStream();
    const code = await runStaffCommand(
      ['add', '--email', EMAIL, '--name', 'Rosa Tenesaca', '--password-stdin'],
      { ...ctx, stdin: Readable.from([`${PASSWORD}\n`]), stdout: out.stream, stderr: out.stream },
    );
    assert.equal(code, 0, out.text());
    app = buildApp({
      config: ctx.config,
      storage: ctx.storage,
      logger: false,
      mailer: null,
      secret,
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${app.server.address().port}`;
    browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await ctx?.cleanup();
  });

  async function newPage(width = 1280, height = 900) {
    // bypassCSP only so that axe can be injected; the page itself runs under the CSP.
    const context = await browser.newContext({
      viewport: { width, height },
      acceptDownloads: true,
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      // Expected: "no session yet" and the wrong password on purpose.
      const expected = r.status() === 401 && (path === '/staff/api/me' || path === '/staff/login');
      if (r.status() >= 400 && !expected) problems.push(`HTTP ${r.status()} ${path}`);
    });
    return page;
  }

  async function login(page) {
    await page.goto(`${base}/staff/`);
    await page.getByLabel('Correo electrónico').fill(EMAIL);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Solicitudes' }).waitFor();
  }

  it('logs in, finds the overdue request, extends it, answers it, exports the report; axe-clean', async () => {
    const page = await newPage();
    await page.goto(`${base}/staff/`);
    await page.getByRole('heading', { level: 1, name: 'Ingreso del personal' }).waitFor();
    await axe(page, 'login');
    await shot(page, 'login-1280');

    // A wrong password: a plain error, and what was typed stays.
    await page.getByLabel('Correo electrónico').fill(EMAIL);
    await page.getByLabel('Contraseña').fill('no es la clave correcta');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByText('El correo o la contraseña no son correctos.').waitFor();
    assert.equal(await page.getByLabel('Correo electrónico').inputValue(), EMAIL);

    await login(page);
    const table = page.locator('minga-data-table');
    await table.getByRole('table').waitFor();
    await page.getByText(/solicitudes · \d+ vencidas/).waitFor();
    await axe(page, 'list');
    await shot(page, 'list-1280');

    // Overdue only.
    await page.getByLabel('Solo vencidas').check();
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    const link = table.getByRole('link', { name: overdue.code });
    await link.waitFor();
    // The unfiltered list showed that request too: wait for the filtered list to replace it.
    let bodyRows = [];
    for (
      const started = Date.now();
      Date.now() - started < 10_000;
      await page.waitForTimeout(100)
    ) {
      bodyRows = (await table.getByRole('row').allInnerTexts()).slice(1);
      if (bodyRows.length >= 2 && bodyRows.every((row) => /Vencida/.test(row))) break;
    }
    assert.ok(bodyRows.length >= 2, 'the sample data has more than one overdue request');
    for (const row of bodyRows) assert.match(row, /Vencida/, `every row is overdue: ${row}`);

    await link.click();
    await page.getByRole('heading', { level: 1, name: `Solicitud ${overdue.code}` }).waitFor();
    assert.equal(new URL(page.url()).hash, `#/requests/${overdue.code}`);
    await page.getByText('Persona de ejemplo E2E (ficticia)').first().waitFor();
    await axe(page, 'detail');
    await shot(page, 'detail-1280');

    // Extend: the reason is required.
    await page.getByLabel('Nuevo estado').selectOption('extended');
    await page.getByRole('button', { name: 'Revisar el cambio' }).click();
    await page
      .getByText('Escriba el motivo de la prórroga (al menos 10 caracteres).')
      .first()
      .waitFor();
    // The plain-language check beside the box: advice, never a block.
    await page.getByLabel(/Motivo de la prórroga/).fill('En virtud de la ley, se amplía el plazo.');
    await page.getByText('Expresión administrativa. Escriba más sencillo: «por».').waitFor();
    await page.getByRole('button', { name: 'Cambiar por «Por»' }).waitFor();
    await page
      .getByLabel(/Motivo de la prórroga/)
      .fill('Los planos están en el archivo histórico.');
    await page.getByText('Qué revisar: Nada que revisar.').waitFor();
    // The network fails once: a plain message, and what was typed stays.
    await page.route('**/status', (route) => route.abort('internetdisconnected'), { times: 1 });
    await page.getByRole('button', { name: 'Revisar el cambio' }).click();
    await page.getByRole('button', { name: 'Sí, cambiar el estado' }).click();
    await page.getByText(/No hay conexión con el servidor\. Lo que escribió sigue aquí/).waitFor();
    assert.equal(
      await page.getByLabel(/Motivo de la prórroga/).inputValue(),
      'Los planos están en el archivo histórico.',
    );
    assert.equal((await ctx.storage.findByCode(overdue.code)).status, 'received');
    await page.getByRole('button', { name: 'Revisar el cambio' }).click();
    await page.getByRole('button', { name: 'Sí, cambiar el estado' }).click();
    await page.getByText('Listo: la solicitud ahora está «Prorrogada».').waitFor();
    assert.equal((await ctx.storage.findByCode(overdue.code)).status, 'extended');

    // Answer with a link.
    await page.getByLabel('Nuevo estado').selectOption('answered');
    await page
      .getByLabel('Enlace a la respuesta (https://…)')
      .fill('https://municipio.example.org/planos.pdf');
    await page.getByLabel(/Nota para el historial/).fill('Enviamos los planos escaneados.');
    await page.getByRole('button', { name: 'Revisar el cambio' }).click();
    await page.getByRole('button', { name: 'Sí, cambiar el estado' }).click();
    await page.getByText('Listo: la solicitud ahora está «Respondida».').waitFor();
    const history = page.getByRole('region', { name: 'Historial' }).getByRole('listitem');
    assert.equal(await history.count(), 3);
    assert.match(
      await history.nth(1).innerText(),
      /Prorrogada[\s\S]*Los planos están en el archivo histórico\./,
    );
    assert.match(
      await history.nth(2).innerText(),
      /Respondida[\s\S]*https:\/\/municipio\.example\.org\/planos\.pdf/,
    );
    const saved = await ctx.storage.findByCode(overdue.code);
    assert.equal(saved.status, 'answered');
    assert.equal(saved.extended, true);
    await axe(page, 'detail after answer');

    // Back to the list; export the annual report.
    await page.getByRole('link', { name: 'Volver a la lista' }).click();
    await page.getByRole('heading', { level: 1, name: 'Solicitudes' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Informe anual para la Defensoría (CSV)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^informe-anual-saip-\d{4}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\uFEFFcodigo,'));
    const line = csv.split('\r\n').find((l) => l.startsWith(overdue.code));
    assert.ok(line, 'the report has the request');
    assert.match(line, /,sí,no,Respondida,no,$/, 'extended, answered late, not reserved');

    // Logout ends the session.
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ingreso del personal' }).waitFor();
    await page.context().close();
    assert.deepEqual(
      problems.filter(
        // Expected: the 401s above and the network failure simulated on purpose.
        (p) =>
          !/Failed to load resource: (the server responded with a status of 401|net::ERR_INTERNET_DISCONNECTED)/.test(
            p,
          ),
      ),
      [],
      'no console errors (CSP violations included) and no unexpected HTTP errors',
    );
  });

  /** The focused element through shadow roots: its tag, role and text. */
  const focusedElement = (page) =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return { tag: el?.tagName ?? '', text: el?.textContent?.replace(/\s+/g, ' ').trim() ?? '' };
    });

  for (const width of [1280, 320])
    it(`opens a request by keyboard at ${width} px: focus goes to its heading and never to <body>; its own title`, async () => {
      const page = await newPage(width, 800);
      await login(page);
      const table = page.locator('minga-data-table');
      const link = table.getByRole('link', { name: overdue.code });
      await link.waitFor();
      // A slow network: the request takes a second and a half to arrive.
      await page.route(`**/staff/api/requests/${overdue.code}`, async (route) => {
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
      await link.focus();
      await page.keyboard.press('Enter');
      const seen = [];
      const started = Date.now();
      while (Date.now() - started < 3000) {
        seen.push((await focusedElement(page)).tag);
        await page.waitForTimeout(50);
      }
      await page.getByText('Persona de ejemplo E2E (ficticia)').first().waitFor();
      assert.ok(!seen.includes('BODY'), `focus never on <body> while loading: ${seen.join(' ')}`);
      assert.deepEqual(await focusedElement(page), {
        tag: 'H1',
        text: `Solicitud ${overdue.code}`,
      });
      assert.equal(
        await page.title(),
        `Solicitud ${overdue.code} · Solicitudes de acceso a información`,
      );
      // The delivery in words, not the stored code ("formato any").
      await page.getByText('Por correo, en el formato que tenga la institución').waitFor();
      assert.equal(await page.getByText(/formato any/).count(), 0);
      // Back to the list: the list's title again.
      await page.getByRole('link', { name: 'Volver a la lista' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Solicitudes' }).waitFor();
      assert.equal(
        await page.title(),
        'Bandeja del personal · Solicitudes de acceso a información',
      );
      await page.context().close();
    });

  it('works at 360 px and in English, keyboard only', async () => {
    const page = await newPage(360, 780);
    await login(page);
    await page.locator('minga-data-table').getByRole('table').waitFor();
    await axe(page, 'list at 360 px');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    assert.ok(overflow <= 0, `no horizontal scroll at 360 px (${overflow}px)`);
    await shot(page, 'list-360');
    await page.goto(`${base}/staff/#/requests/${overdue.code}`);
    await page.getByRole('heading', { level: 1, name: `Solicitud ${overdue.code}` }).waitFor();
    await axe(page, 'detail at 360 px');
    await shot(page, 'detail-360');

    // Keyboard: Tab to the language button and press Enter; the page switches to English.
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Request ${overdue.code}` }).waitFor();
    await page.getByRole('link', { name: 'Back to the list' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
    // Focus went to the new view's heading.
    const focused = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.textContent?.trim();
    });
    assert.equal(focused, 'Requests');
    await axe(page, 'list in English');
    await page.context().close();
  });
});
