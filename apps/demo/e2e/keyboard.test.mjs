// Keyboard-only journeys (issue #26), at 1280 and 320 px: the 100,000-row table, the SDG page
// and a citizen's request with an invalid then a valid cédula. After each step they assert
// what a screen reader gets: the focused element's role and name (Chromium's accessibility
// tree) and what the live regions say. Focus must never fall to <body>.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openPage, settle, setup } from './harness.mjs';
import { assertFocus, citizen, focusedNode, liveRegions, tabTo } from './flows.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.cleanup();
});

/** Waits until a live region says something matching `pattern`; returns that text. */
async function heard(page, pattern, timeout = 10_000) {
  const started = Date.now();
  let said = [];
  while (Date.now() - started < timeout) {
    said = await liveRegions(page);
    const text = said.find((t) => pattern.test(t));
    if (text) return text;
    await page.waitForTimeout(100);
  }
  assert.fail(`no live region said ${pattern} (they say: ${JSON.stringify(said)})`);
}

/** Presses `key` and checks where the focus is. */
async function press(page, key, role, name, message = key) {
  await page.keyboard.press(key);
  return assertFocus(page, role, name, message);
}

/** Waits (up to 10 s) until the focus is on `role` "`name`", for steps that load first. */
async function focusLands(page, role, name, message) {
  const started = Date.now();
  for (;;) {
    try {
      return await assertFocus(page, role, name, message);
    } catch (error) {
      if (Date.now() - started > 10_000) throw error;
      await page.waitForTimeout(100);
    }
  }
}

const boxOf = (locator) => locator.evaluate((el) => el.getBoundingClientRect().toJSON());

for (const width of [1280, 320])
  describe(`keyboard only, ${width} px`, () => {
    test('the 100,000-row table: panels, chips, paging, columns, "Borrar filtros"', async () => {
      const { page, context, problems } = await openPage(env.browser, { width, height: 800 });
      try {
        await page.goto(`${env.site.url}/datos-abiertos.html`, { waitUntil: 'load' });
        const table = page.locator('#predios-tabla');
        await table.locator('.page-status').waitFor({ timeout: 60_000 });
        // The first rows show while the rest loads; the toolbar works once the whole file is in.
        await table.locator('.scroller[aria-busy="false"]').waitFor({ timeout: 60_000 });
        const total = /^Mostrando 1–10 de 100\.000$/;
        assert.match(await table.locator('.page-status').innerText(), total);

        // To the search box (a reader jumps there), then on to "Filtros".
        await table.locator('#search').focus();
        await assertFocus(page, 'searchbox', 'Buscar en la tabla');
        // Cards below 40rem: the "Ordenar por" select stands for the header.
        if (width < 640) await press(page, 'Tab', 'combobox', 'Ordenar por');
        await press(page, 'Tab', 'button', 'Filtros');
        await press(page, 'Enter', 'button', 'Filtros', 'Filtros opened');
        assert.equal(
          await table.locator('[aria-controls=filters-panel]').getAttribute('aria-expanded'),
          'true',
        );
        // A disclosure: the first filter comes right after its button.
        await press(page, 'Tab', 'textbox', 'Clave catastral: Contiene', 'first filter');
        await page.keyboard.type('SI-');
        // Escape closes the panel and returns to its button; the filter applies on the way out.
        await press(page, 'Escape', 'button', /^Filtros/, 'Escape');
        assert.equal(await table.locator('#filters-panel').isHidden(), true);
        await heard(page, /^[\d.]+ resultados?$|^Ningún resultado$/);

        // The chip: Enter removes the filter; focus goes to "Filtros", not to <body>.
        const chip = await tabTo(page, { role: 'button', name: /^Quitar filtro: Clave catastral/ });
        assert.match(chip.name, /contiene «SI-»/);
        await press(page, 'Enter', 'button', 'Filtros', 'chip removed');
        assert.match(await table.locator('.page-status').innerText(), total);

        // Paging: Next says where we are.
        await tabTo(page, { role: 'button', name: /^Siguiente/ }, { max: 60 });
        await page.keyboard.press('Enter');
        await heard(page, /^Mostrando 11–20 de 100\.000$/);
        await assertFocus(page, 'button', /^Siguiente/, 'after Next');
        // Rows per page, from the select with the arrows.
        await tabTo(page, { role: 'combobox', name: 'Filas por página' }, { key: 'Shift+Tab' });
        await page.keyboard.press('ArrowDown');
        await heard(page, /^Mostrando 1–25 de 100\.000$/);
        await assertFocus(page, 'combobox', 'Filas por página', 'after rows per page');

        // Hide a column from "Columnas": said; Escape back to the button.
        await table.locator('#search').focus();
        await tabTo(page, { role: 'button', name: 'Columnas' });
        await press(page, 'Enter', 'button', 'Columnas');
        await press(page, 'Tab', 'checkbox', 'Clave catastral', 'first column');
        await page.keyboard.press('Space');
        await heard(page, /^Columna «Clave catastral» oculta$/);
        await press(page, 'Escape', 'button', 'Columnas', 'Escape');

        // Search, then "Borrar filtros": said, and focus back in the search box.
        await table.locator('#search').focus();
        await page.keyboard.type('Comercial');
        await page.keyboard.press('Enter');
        await heard(page, /^[\d.]+ resultados$/);
        await tabTo(page, { role: 'button', name: 'Borrar filtros' });
        await page.keyboard.press('Enter');
        await heard(page, /^Mostrando 1–25 de 100\.000$/);
        await assertFocus(page, 'searchbox', 'Buscar en la tabla', 'after Borrar filtros');

        // A sort button reached with Tab is in view inside the scroll area (wide layout).
        if (width >= 640) {
          const sort = await tabTo(page, { role: 'button', name: /^Avalúo \(USD\)/ });
          assert.ok(sort);
          const inView = await table.evaluate((el) => {
            const scroller = el.shadowRoot.querySelector('.scroller').getBoundingClientRect();
            const button = el.shadowRoot.activeElement.getBoundingClientRect();
            return button.left >= scroller.left - 1 && button.right <= scroller.right + 1;
          });
          assert.ok(inView, 'the focused sort button is inside the scroll area');
        }
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });

    test('the SDG page: points, tooltip, unit and status, numbers, title', async () => {
      const { page, context, problems } = await openPage(env.browser, { width, height: 800 });
      try {
        await page.goto(`${env.site.url}/ods.html`, { waitUntil: 'load' });
        const indicator = page.locator('minga-sdg-indicator');
        await indicator.locator('.progress').waitFor();
        await settle(page);
        assert.equal(
          await page.title(),
          '6.1.1 Agua potable segura · Objetivos de Desarrollo Sostenible · GAD Municipal de San Isidro del Valle (demo)',
        );

        // Tab from the view buttons to the chart's points; the tooltip stays beside them.
        await indicator.getByRole('button', { name: 'Tabla' }).focus();
        await press(page, 'Tab', 'img', /^Total, 2015: [\d,]+ %$/, 'first point');
        const points = await indicator.locator('.point.s0').count();
        for (let i = 0; i < points; i++) {
          if (i > 0) await press(page, 'ArrowRight', 'img', /^Total, \d{4}: [\d,]+ %$/);
          const point = await boxOf(indicator.locator('.point:focus'));
          const tip = await boxOf(indicator.locator('.tooltip'));
          const apart =
            tip.right <= point.left - 6 ||
            tip.left >= point.right + 6 ||
            tip.bottom <= point.top - 6 ||
            tip.top >= point.bottom + 6;
          assert.ok(apart, `point ${i}: the tooltip does not cover the point or its ring`);
          assert.ok(tip.left >= 0 && tip.right <= width, `point ${i}: the tooltip is on screen`);
        }

        // The unit: with "Personas" the 95 % target does not apply; the status is said.
        await tabTo(page, { role: 'combobox', name: 'Unidad' }, { key: 'Shift+Tab' });
        await page.keyboard.press('ArrowDown');
        const said = await heard(page, /^Se muestra 1 serie: Total\. Estado: .+\.$/);
        const status = (await indicator.locator('.progress .status').innerText()).trim();
        assert.equal(said, `Se muestra 1 serie: Total. Estado: ${status}.`);
        assert.notEqual(status, 'Meta alcanzada');
        const summary = await indicator.locator('#summary').innerText();
        assert.doesNotMatch(summary, /%/);
        assert.match(summary, /Sin meta numérica/);
        await assertFocus(page, 'combobox', 'Unidad', 'after the unit');

        // "Ver los números del cálculo" opens with Enter and reflows.
        await tabTo(
          page,
          { role: 'disclosure', name: 'Ver los números del cálculo' },
          { key: 'Shift+Tab' },
        );
        await page.keyboard.press('Enter');
        assert.equal(await indicator.locator('details').evaluate((d) => d.open), true);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        assert.ok(overflow <= 0, `no sideways scroll (${overflow} px)`);
        // Checkboxes: 24 × 24 px targets.
        for (const box of await indicator.locator('input[type="checkbox"]').all()) {
          const { width: w, height: h } = await boxOf(box);
          assert.ok(w >= 24 && h >= 24, `checkbox ${w}×${h}`);
        }
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });

    test('a citizen: invalid then valid cédula, the error summary keeps up', async () => {
      const who = citizen(width);
      const { page, context, problems } = await openPage(env.browser, { width, height: 800 });
      try {
        await page.goto(`${env.site.url}/acceso-a-la-informacion.html`, { waitUntil: 'load' });
        const form = page.locator('minga-info-request');
        await form.getByLabel('Nombre completo', { exact: true }).focus();
        await assertFocus(page, 'textbox', 'Nombre completo');
        await page.keyboard.type(who.name);
        await tabTo(page, { role: 'textbox', name: 'Número del documento' });
        await page.keyboard.type('1234567890');
        await press(page, 'Tab', 'textbox', 'Correo electrónico');
        await page.keyboard.type(who.email);
        await press(page, 'Tab', 'textbox', 'Teléfono (opcional)');
        await press(page, 'Tab', 'textbox', 'Dirección (opcional)');
        await tabTo(page, { role: 'textbox', name: 'Describa la información que pide' });
        await page.keyboard.type(who.description);
        await tabTo(page, {
          role: 'checkbox',
          name: 'Declaro que los datos que escribí son verdaderos.',
        });
        await page.keyboard.press('Space');
        await tabTo(page, { role: 'button', name: 'Continuar' });
        await page.keyboard.press('Enter');
        // The summary: focused, named by its heading, said by its alert.
        await assertFocus(page, 'region', 'Hay un problema', 'error summary');
        await heard(page, /Hay un problema.*cédula no es válido/);
        await press(page, 'Tab', 'link', /cédula no es válido/, 'the summary link');
        await press(page, 'Enter', 'textbox', 'Número del documento', 'to the field');
        await page.keyboard.press('Control+A');
        await page.keyboard.type(who.idNumber);
        await press(page, 'Tab', 'textbox', 'Correo electrónico');
        // Fixed: the summary has nothing left to say… it is gone, and so is the problem.
        assert.equal(await form.locator('.error-summary').count(), 0);
        await tabTo(page, { role: 'button', name: 'Continuar' });
        await page.keyboard.press('Enter');
        await form.getByRole('button', { name: 'Enviar solicitud' }).waitFor();
        assert.notEqual((await focusedNode(page)).tag, 'BODY');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  });

/** Stores a request through the citizen API (as the form would); resolves with its code. */
async function storedRequest(who) {
  const response = await fetch(`${env.api.url}/api/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      requesterType: 'person',
      name: who.name,
      idType: 'cedula',
      idNumber: who.idNumber,
      email: who.email,
      onBehalf: false,
      description: who.description,
      delivery: 'email',
      format: 'any',
      declaration: true,
      lang: 'es',
    }),
  });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).code;
}

for (const width of [1280, 320])
  test(`keyboard only, ${width} px: the staff inbox opens a request, focus on its heading, the change said`, async () => {
    const code = await storedRequest(citizen(100 + width));
    const { page, context, problems } = await openPage(env.browser, {
      width,
      height: 800,
      ignore: [/\/staff\/api\/me/, /status of 401/],
    });
    try {
      await page.goto(`${env.api.url}/staff/`, { waitUntil: 'load' });
      await page.getByLabel('Correo electrónico', { exact: true }).focus();
      await assertFocus(page, 'textbox', 'Correo electrónico');
      await page.keyboard.type(env.staff.email);
      await page.keyboard.press('Tab');
      await page.keyboard.type(env.staff.password);
      await page.keyboard.press('Enter');
      await focusLands(page, 'heading', 'Solicitudes', 'after logging in');

      // The request's link, then Enter: focus stays on a heading while it loads, never <body>.
      await tabTo(page, { role: 'link', name: code }, { max: 80 });
      await page.keyboard.press('Enter');
      for (let i = 0; i < 15; i++) {
        assert.notEqual((await focusedNode(page)).tag, 'BODY', 'focus on <body> while loading');
        await page.waitForTimeout(50);
      }
      await page.getByText('Por correo, en el formato que tenga la institución').waitFor();
      await focusLands(page, 'heading', `Solicitud ${code}`, 'request opened');
      assert.equal(await page.title(), `Solicitud ${code} · Solicitudes de acceso a información`);

      // Answer it with a link, by keyboard; the result is said and focused.
      await tabTo(page, { role: 'combobox', name: 'Nuevo estado' });
      for (let i = 0; i < 12; i++) {
        const chosen = await page.getByLabel('Nuevo estado').evaluate((s) => s.value);
        if (chosen === 'answered') break;
        await page.keyboard.press('ArrowDown');
      }
      await tabTo(page, { role: 'textbox', name: 'Enlace a la respuesta (https://…)' });
      await page.keyboard.type('https://transparencia.example.org/respuesta.pdf');
      await tabTo(page, { role: 'button', name: 'Revisar el cambio' });
      await press(page, 'Enter', 'button', 'Sí, cambiar el estado', 'review');
      await page.keyboard.press('Enter');
      await heard(page, /^Listo: la solicitud ahora está «Respondida»\.$/);
      // Focus on the message itself (a status region: its text is what is said, not a name).
      await focusLands(page, 'status', /^$/, 'saved');
      assert.match(
        await page.locator('minga-staff-request #save-message').innerText(),
        /Listo: la solicitud ahora está «Respondida»/,
      );
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
