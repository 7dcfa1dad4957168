// A citizen asks for information through the demo; the service stores it; the status lookup
// finds it; a staff member answers it in the service's inbox with a link; the status lookup
// shows the answer. Then the same request survives the service dying mid-submission.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup } from './harness.mjs';
import { citizen, fillRequest, lookUp, readReceipt, staffLogin, staffRequests } from './flows.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.cleanup();
});

const ANSWER_URL = 'https://transparencia.example.org/respuestas/actas-enero-marzo-2026.pdf';

test('citizen → service → status lookup → staff answers in the inbox → status shows the answer', async () => {
  const who = citizen(1);
  const { page, context, problems } = await openPage(env.browser, { width: 360 });
  let code;
  let accessKey;
  try {
    await page.goto(`${env.site.url}/acceso-a-la-informacion.html`, { waitUntil: 'load' });
    const form = page.locator('minga-info-request');
    await fillRequest(page, who, form);
    await form.getByRole('button', { name: 'Enviar solicitud' }).click();
    ({ code, accessKey } = await readReceipt(form));

    // The status lookup on the same page finds it, by email and by access key.
    const status = page.locator('minga-request-status');
    let text = await lookUp(status, code, who.email);
    assert.match(text, /Recibida/);
    text = await lookUp(status, code, accessKey);
    assert.match(text, /Recibida/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }

  // Staff: log in to the inbox and answer with a link, driving the inbox by its labels.
  // Before logging in, the inbox asks /staff/api/me and gets a 401 (which Chromium logs).
  const staff = await openPage(env.browser, {
    width: 1280,
    ignore: [/\/staff\/api\/me/, /status of 401/],
  });
  try {
    const { page } = staff;
    await page.goto(`${env.api.url}/staff/`, { waitUntil: 'load' });
    await page.getByLabel('Correo electrónico', { exact: true }).fill(env.staff.email);
    await page.getByLabel('Contraseña', { exact: true }).fill(env.staff.password);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByRole('link', { name: code }).click();
    await page.getByLabel('Nuevo estado').selectOption({ label: 'Respondida' });
    await page.getByLabel('Enlace a la respuesta (https://…)').fill(ANSWER_URL);
    await page.getByRole('button', { name: 'Revisar el cambio' }).click();
    await page.getByRole('button', { name: 'Sí, cambiar el estado' }).click();
    await page.getByText('Listo: la solicitud ahora está «Respondida».').waitFor();
    assert.deepEqual(staff.problems, []);
  } finally {
    await staff.context.close();
  }

  // The citizen's status page now shows the answer and its link (reached from the receipt's ?codigo=).
  const again = await openPage(env.browser, { width: 1280, lang: 'es' });
  try {
    const { page } = again;
    await page.goto(`${env.site.url}/acceso-a-la-informacion.html?codigo=${code}`, {
      waitUntil: 'load',
    });
    const status = page.locator('minga-request-status');
    assert.equal(
      await status.getByLabel('Código de la solicitud', { exact: true }).inputValue(),
      code,
    );
    const text = await lookUp(status, code, accessKey);
    assert.match(text, /Respondida: información entregada/);
    assert.equal(
      await status.getByRole('link', { name: 'Ver la respuesta' }).getAttribute('href'),
      ANSWER_URL,
    );
    assert.deepEqual(again.problems, []);
  } finally {
    await again.context.close();
  }
});

/** Idempotency-Key of every POST /api/requests the page sends. */
function watchPosts(page) {
  const keys = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/requests')
      keys.push(r.headers()['idempotency-key']);
  });
  return keys;
}

async function countFor(name) {
  const session = await staffLogin(env.api.url, env.staff);
  const all = await staffRequests(env.api.url, session);
  assert.ok(Array.isArray(all), 'the staff API lists requests');
  return all.filter((r) => JSON.stringify(r).includes(name)).length;
}

test('the service is killed before the citizen sends: the element retries with the same key after the restart; one request', async () => {
  const who = citizen(2);
  const { page, context } = await openPage(env.browser, { width: 1280 });
  try {
    const keys = watchPosts(page);
    await page.goto(`${env.site.url}/acceso-a-la-informacion.html`, { waitUntil: 'load' });
    const form = page.locator('minga-info-request');
    await fillRequest(page, who, form);
    await env.api.stop('SIGKILL');
    await form.getByRole('button', { name: 'Enviar solicitud' }).click();
    // The element explains the failure and keeps the draft.
    await form.getByRole('button', { name: 'Intentar de nuevo' }).waitFor({ timeout: 15_000 });
    await env.api.start();
    const { code } = await readReceipt(form, 60_000);
    assert.ok(keys.length >= 2, `${keys.length} attempts`);
    assert.equal(new Set(keys).size, 1, 'every attempt carries the same Idempotency-Key');
    assert.equal(await countFor(who.name), 1, 'exactly one request stored');
    assert.match(code, /^SAIP-/);
  } finally {
    await context.close();
  }
});

test('the server stores the request but the answer is lost: the retry returns the same request; one request', async () => {
  const who = citizen(3);
  const { page, context } = await openPage(env.browser, { width: 1280 });
  try {
    const keys = watchPosts(page);
    let first = true;
    let storedCode;
    await page.route('**/api/requests', async (route) => {
      if (route.request().method() !== 'POST' || !first) return route.fallback();
      first = false;
      // The server receives and stores it; then the connection drops before the answer arrives.
      const response = await route.fetch();
      storedCode = (await response.json()).code;
      await route.abort('connectionreset');
    });
    await page.goto(`${env.site.url}/acceso-a-la-informacion.html`, { waitUntil: 'load' });
    const form = page.locator('minga-info-request');
    await fillRequest(page, who, form);
    await form.getByRole('button', { name: 'Enviar solicitud' }).click();
    const { code } = await readReceipt(form, 60_000);
    assert.equal(code, storedCode, 'the receipt shows the request stored by the first attempt');
    assert.equal(keys.length, 2);
    assert.equal(new Set(keys).size, 1, 'same Idempotency-Key on the retry');
    assert.equal(await countFor(who.name), 1, 'exactly one request stored');
  } finally {
    await context.close();
  }
});
