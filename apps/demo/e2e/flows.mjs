// Steps shared by the end-to-end tests: a citizen filling the demo's request form (by label),
// a staff member answering in the service's inbox, and the staff JSON API.
import assert from 'node:assert/strict';

/** A request a citizen writes (fictional person). */
export function citizen(n = 1) {
  return {
    name: `Persona de Prueba ${n}`,
    idNumber: '1714307103',
    email: `persona${n}-${Date.now()}@example.org`,
    description: `Las actas de las sesiones del Concejo Municipal de enero a marzo de 2026 (prueba ${n}).`,
  };
}

/** Fills `<minga-info-request>` on `page` and goes to "Revise sus respuestas". */
export async function fillRequest(page, who, scope = page.locator('minga-info-request')) {
  await scope.getByLabel('Nombre completo', { exact: true }).fill(who.name);
  await scope.getByLabel('Número del documento', { exact: true }).fill(who.idNumber);
  await scope.getByLabel('Correo electrónico', { exact: true }).fill(who.email);
  await scope.getByLabel('Describa la información que pide', { exact: true }).fill(who.description);
  await scope.getByLabel('Declaro que los datos que escribí son verdaderos.').check();
  await scope.getByRole('button', { name: 'Continuar' }).click();
  await scope.getByRole('button', { name: 'Enviar solicitud' }).waitFor();
}

/** Reads the code and the access key from the receipt. */
export async function readReceipt(scope, timeout = 30_000) {
  const code = (await scope.locator('.receipt .code').innerText({ timeout })).trim();
  const accessKey = (await scope.locator('.receipt .access-key').innerText()).trim();
  assert.match(code, /^SAIP-\d{4}-[A-Z0-9]{6}$/);
  assert.ok(accessKey.length >= 6, `access key "${accessKey}"`);
  return { code, accessKey };
}

/** Looks a request up with `<minga-request-status>`; resolves with its shadow text. */
export async function lookUp(scope, code, secret) {
  await scope.getByLabel('Código de la solicitud', { exact: true }).fill(code);
  await scope.getByLabel('Correo electrónico o clave de acceso', { exact: true }).fill(secret);
  await scope.getByRole('button', { name: 'Consultar' }).click();
  await scope.getByText(`Solicitud ${code}`).waitFor();
  return (await scope.evaluate((el) => el.shadowRoot.textContent)).replace(/\s+/g, ' ');
}

/** Logs into the staff JSON API; returns `{ cookie, csrf }`. */
export async function staffLogin(apiUrl, staff) {
  const response = await fetch(`${apiUrl}/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: apiUrl },
    body: JSON.stringify({ email: staff.email, password: staff.password }),
  });
  assert.equal(response.status, 200, `staff login: ${response.status}`);
  const body = await response.json();
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: body.csrfToken };
}

/** Every stored request (staff JSON API), newest first. */
export async function staffRequests(apiUrl, session) {
  const response = await fetch(`${apiUrl}/staff/api/requests?limit=500`, {
    headers: { cookie: session.cookie },
  });
  assert.equal(response.status, 200);
  const body = await response.json();
  return body.rows;
}

/**
 * The focused element as a screen reader gets it: its role and accessible name from
 * Chromium's accessibility tree (through shadow roots), e.g. `{ role: 'button', name: 'Filtros' }`.
 * `tag` is the element's tag, so a test can tell that focus fell to `<body>`.
 */
export async function focusedNode(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el;
      })()`,
    });
    const tag = result.description?.split(/[#.]/)[0].toUpperCase() ?? '';
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      objectId: result.objectId,
      fetchRelatives: false,
    });
    const node = nodes.find((n) => !n.ignored) ?? nodes[0];
    return { tag, role: node?.role?.value ?? '', name: node?.name?.value ?? '' };
  } finally {
    await cdp.detach();
  }
}

/** The text of every live region on the page (through shadow roots) that says something. */
export function liveRegions(page) {
  return page.evaluate(() => {
    const found = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]')) {
          const text = el.textContent.replace(/\s+/g, ' ').trim();
          if (text) found.push(text);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

/**
 * The roles a test names, and how Chromium's accessibility tree may spell them (its names
 * are not ARIA's everywhere: "image" for img; a <summary> is a "DisclosureTriangle").
 */
const ROLE_SPELLINGS = { img: ['img', 'image'], disclosure: ['DisclosureTriangle', 'button'] };
const sameRole = (actual, wanted) => (ROLE_SPELLINGS[wanted] ?? [wanted]).includes(actual);

/**
 * Presses `key` (Tab by default) until the focused element matches `want` (role and name, a
 * string or a RegExp); fails if focus falls to `<body>` on the way or after `max` presses.
 */
export async function tabTo(page, want, { key = 'Tab', max = 40 } = {}) {
  const matches = (node) =>
    sameRole(node.role, want.role) &&
    (want.name instanceof RegExp ? want.name.test(node.name) : node.name === want.name);
  let node;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    node = await focusedNode(page);
    assert.notEqual(
      node.tag,
      'BODY',
      `focus fell to <body> on the way to ${want.role} "${want.name}"`,
    );
    if (matches(node)) return node;
  }
  assert.fail(
    `${key} ×${max} never reached ${want.role} "${want.name}" (last: ${JSON.stringify(node)})`,
  );
}

/** Asserts the focused element's role and name (a string or a RegExp). */
export async function assertFocus(page, role, name, message = '') {
  const node = await focusedNode(page);
  assert.ok(
    sameRole(node.role, role),
    `${message}: ${role} wanted, focus on ${JSON.stringify(node)}`,
  );
  if (name instanceof RegExp) assert.match(node.name, name, `${message} name`);
  else assert.equal(node.name, name, `${message} name`);
  return node;
}
