import {
  a11ySnapshot,
  aTimeout,
  expect,
  findAccessibilityNode,
  fixture,
  html,
  oneEvent,
  sendKeys,
  waitUntil,
} from '@minga/test-utils';
import './define.js';
import type { MingaInfoRequest } from './info-request.js';
import { draftKey } from './draft.js';
import { $, endpoint, root, text, type } from '../test/helpers.js';
import type { MingaRequestErrorEvent, MingaRequestSubmitEvent } from './events.js';

const INSTITUTION = 'GAD Municipal de Cuenca';
/** The POSTs the fake service received on an endpoint. */
const posts = async (url: string): Promise<{ key: string; body: Record<string, unknown> }[]> =>
  (await fetch(url.replace(/\/fake-api\/[^/]+\//, '/fake-api/_log/'))).json();

async function blur(el: MingaInfoRequest, name: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `[name="${name}"]`);
  input.focus();
  input.blur();
  await el.updateComplete;
}

async function fillValid(el: MingaInfoRequest, overrides: Record<string, string> = {}) {
  const values = {
    name: 'Ana Pérez',
    idNumber: '1714307103',
    email: 'ana@example.com',
    description: 'Los contratos de recolección de basura firmados en 2025.',
    ...overrides,
  };
  for (const [name, value] of Object.entries(values)) type(el, name, value);
  $<HTMLInputElement>(el, '[name="declaration"]').click();
  await el.updateComplete;
}

async function toReview(el: MingaInfoRequest): Promise<void> {
  $<HTMLButtonElement>(el, 'form button[type="submit"]').click();
  await el.updateComplete;
  expect($(el, '#review-title'), 'on the review step').not.to.equal(null);
}

const sendButton = (el: HTMLElement) =>
  $<HTMLButtonElement>(el, '[part="review"] .actions .button-primary');

async function make(attrs: { endpoint?: string; extra?: string } = {}): Promise<MingaInfoRequest> {
  const el = await fixture<MingaInfoRequest>(
    html`<minga-info-request
      endpoint=${attrs.endpoint ?? endpoint('ok')}
      institution=${INSTITUTION}
      status-url="/estado"
      retry-delay="60000"
    ></minga-info-request>`,
  );
  return el;
}

const receiptShown = (el: HTMLElement) =>
  waitUntil(() => root(el).querySelector('#receipt-title'), 'the receipt appears', {
    timeout: 5000,
  });
const failureShown = (el: HTMLElement) =>
  waitUntil(() => root(el).querySelector('.failure'), 'a failure notice appears', {
    timeout: 5000,
  });

describe('<minga-info-request>', () => {
  beforeEach(() => localStorage.clear());

  it('is accessible, in plain Spanish, with every section', async () => {
    const el = await make();
    await expect(el).to.be.accessible();
    expect(text(el, 'h2')).to.equal('Pedir información pública');
    expect(text(el, '[part="form"]')).to.contain(`información pública a ${INSTITUTION}`);
    const legends = [...root(el).querySelectorAll('.section > legend')].map((l) =>
      l.textContent!.trim(),
    );
    expect(legends).to.deep.equal([
      'Quién pide la información',
      'Qué información necesita',
      'Cómo quiere recibirla',
      'Declaración y datos personales',
    ]);
    expect($(el, '#f-name').getAttribute('autocomplete')).to.equal('name');
    expect($(el, '#f-email').getAttribute('autocomplete')).to.equal('email');
    expect($(el, '#f-phone').getAttribute('autocomplete')).to.equal('tel');
    expect($(el, '#f-address').getAttribute('autocomplete')).to.equal('street-address');
    // No field asks for a reason.
    expect(text(el, '[part="form"]').toLowerCase()).not.to.match(/motivo|razón por la/);
    expect(text(el, '[part="form"]')).to.contain('Ley Orgánica de Protección de Datos Personales');
  });

  it('speaks English when the page does', async () => {
    const el = await make();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text(el, 'h2')).to.equal('Ask for public information');
    await expect(el).to.be.accessible();
  });

  it('validates on blur: an invalid cédula, tied to the field; fixed, the error goes', async () => {
    const el = await make();
    type(el, 'idNumber', '1714307104');
    await blur(el, 'idNumber');
    const input = $<HTMLInputElement>(el, '#f-idNumber');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('f-idNumber-error');
    expect(text(el, '#f-idNumber-error')).to.contain('Ese número de cédula no es válido');
    await expect(el).to.be.accessible();
    type(el, 'idNumber', '1714307103');
    await el.updateComplete;
    expect(root(el).querySelector('#f-idNumber-error')).to.equal(null);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  describe('what a screen reader gets', () => {
    type AxNode = { role: string; name: string; required?: boolean; children: AxNode[] };
    const ax = async (role: string, name: string) =>
      findAccessibilityNode<AxNode>(
        (await a11ySnapshot({})) as unknown as AxNode,
        (n) => n.role === role && n.name === name,
      );

    it('names optional fields with their space, and says which fields are required', async () => {
      const el = await make();
      expect(await ax('textbox', 'Teléfono (opcional)'), 'Teléfono (opcional)').to.not.equal(null);
      expect(await ax('textbox', 'Dirección (opcional)'), 'Dirección (opcional)').to.not.equal(
        null,
      );
      expect((await ax('textbox', 'Teléfono (opcional)'))!.required).to.not.equal(true);
      for (const name of [
        'Nombre completo',
        'Número del documento',
        'Correo electrónico',
        'Describa la información que pide',
      ])
        expect((await ax('textbox', name))?.required, name).to.equal(true);
      const declaration = $(el, '#f-declaration');
      expect(declaration.hasAttribute('required'), 'declaration required').to.equal(true);
    });

    it('names the error summary by its heading, and keeps it up to date as fields are fixed', async () => {
      const el = await make();
      $<HTMLInputElement>(el, '#f-name').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const summary = $(el, '.error-summary');
      expect(root(el).activeElement === summary, 'summary focused').to.equal(true);
      expect(await ax('region', 'Hay un problema'), 'a region named by its heading').to.not.equal(
        null,
      );
      const links = () =>
        [...root(el).querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href'));
      expect(links()).to.deep.equal([
        '#f-name',
        '#f-idNumber',
        '#f-email',
        '#f-description',
        '#f-declaration',
      ]);
      // The first link, by keyboard: to the name field; typed and left, it leaves the summary.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(root(el).activeElement?.id).to.equal('f-name');
      await sendKeys({ type: 'Ana Pérez' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(links()).to.deep.equal([
        '#f-idNumber',
        '#f-email',
        '#f-description',
        '#f-declaration',
      ]);
      // A wrong cédula: its message in the summary follows the field's.
      $<HTMLInputElement>(el, '#f-idNumber').focus();
      await sendKeys({ type: '1234567890' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      const fieldError = text(el, '#f-idNumber-error');
      expect(fieldError).to.contain('Ese número de cédula no es válido');
      expect(fieldError).to.contain(text(el, '.error-summary a[href="#f-idNumber"]'));
    });
  });

  it('does not complain about an empty field the citizen only tabbed through', async () => {
    const el = await make();
    await blur(el, 'name');
    expect(root(el).querySelector('#f-name-error')).to.equal(null);
  });

  it('on submit, shows an error summary with links to each field and moves focus to it', async () => {
    const el = await make();
    $<HTMLButtonElement>(el, 'form button[type="submit"]').click();
    await el.updateComplete;
    const summary = $(el, '.error-summary');
    expect(root(el).activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '#f-name',
      '#f-idNumber',
      '#f-email',
      '#f-description',
      '#f-declaration',
    ]);
    expect(links[0]!.textContent).to.contain('Escriba su nombre completo');
    await expect(el).to.be.accessible();
    links[2]!.click();
    expect(root(el).activeElement).to.equal($(el, '#f-email'));
    expect($(el, '#f-email').getAttribute('aria-describedby')).to.contain('f-email-error');
  });

  it('rejects an email without a domain and a 20,000-character description', async () => {
    const el = await make();
    await fillValid(el, { email: 'ana@', description: 'x'.repeat(20_000) });
    $<HTMLButtonElement>(el, 'form button[type="submit"]').click();
    await el.updateComplete;
    expect(text(el, '#f-email-error')).to.contain('Escriba un correo completo');
    expect(text(el, '#f-description-error')).to.contain(
      'La descripción tiene 20.000 caracteres y el máximo es 10.000',
    );
    expect(text(el, '#f-description-count')).to.equal('Tiene 10.000 caracteres de más');
    await expect(el).to.be.accessible();
    // The draft keeps it all, even the long text.
    const draft = JSON.parse(localStorage.getItem(draftKey(el.endpoint, INSTITUTION))!);
    expect(draft.values.description).to.have.length(20_000);
  });

  it('shows HTML, emoji and right-to-left text as text, and sends them as text', async () => {
    const url = endpoint('ok');
    const el = await make({ endpoint: url });
    const evil = '<img src=x onerror="window.__pwned=1"><b>hola</b>';
    const name = `${evil} مرحبا 😀`;
    await fillValid(el, {
      name,
      phone: '099 123 4567',
      address: `${evil} Av. Solano`,
      description: `${evil} contratos 😀 مرحبا بكم`,
    });
    await toReview(el);
    expect(root(el).querySelector('img, b')).to.equal(null);
    expect(text(el, '[part="review"]')).to.contain(name);
    await expect(el).to.be.accessible();
    sendButton(el).click();
    await receiptShown(el);
    const [post] = await posts(url);
    expect(post!.body.name).to.equal(name);
    expect(post!.body.address).to.equal(`${evil} Av. Solano`);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('checks each answer, with "Cambiar" links back to the field', async () => {
    const el = await make();
    await fillValid(el);
    await toReview(el);
    expect(root(el).activeElement).to.equal($(el, '#review-title'));
    expect(text(el, '[part="review"]')).to.contain('Cédula 1714307103');
    expect(text(el, '[part="review"]')).to.contain('No indicó');
    const change = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="review"] dd a')];
    expect(change[0]!.textContent).to.match(/Cambiar\s+Pide como/);
    const emailLink = change.find((a) => a.getAttribute('href') === '#f-email')!;
    emailLink.click();
    await el.updateComplete;
    expect(root(el).activeElement).to.equal($(el, '#f-email'));
    expect($<HTMLInputElement>(el, '#f-email').value).to.equal('ana@example.com');
  });

  it('sends once, with an Idempotency-Key, and shows a printable receipt with dates in words', async () => {
    const url = endpoint('ok');
    const el = await make({ endpoint: url });
    await fillValid(el);
    const key = draftKey(url, INSTITUTION);
    expect(localStorage.getItem(key)).to.be.a('string');
    await toReview(el);
    const submitted = oneEvent(el, 'minga-request-submit') as Promise<MingaRequestSubmitEvent>;
    const succeeded = oneEvent(el, 'minga-request-success');
    // A double click sends once.
    sendButton(el).click();
    sendButton(el).click();
    const { detail } = await submitted;
    expect(detail.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(detail.request.email).to.equal('ana@example.com');
    const success = await succeeded;
    await receiptShown(el);
    await el.updateComplete;
    const log = await posts(url);
    expect(log).to.have.length(1);
    expect(log[0]!.key).to.equal(detail.idempotencyKey);
    expect(success.detail.receipt.code).to.match(/^SAIP-2026-\d{6}$/);
    expect(text(el, '.code')).to.equal(success.detail.receipt.code);
    expect(text(el, '.due')).to.equal('hasta el lunes 14 de diciembre de 2026');
    expect(text(el, '.extended-due')).to.equal('hasta el sábado 19 de diciembre de 2026');
    expect(text(el, '.access-key')).to.equal('K7P2-9XQ4');
    expect($<HTMLAnchorElement>(el, '.status-link').href).to.equal(
      new URL(`/estado?codigo=${success.detail.receipt.code}`, location.href).href,
    );
    expect(text(el, '.links')).to.contain('Portal Nacional de Transparencia');
    expect(root(el).activeElement).to.equal($(el, '#receipt-title'));
    // The draft is cleared only now, after the server confirmed.
    expect(localStorage.getItem(key)).to.equal(null);
    expect(el.receiptText()).to.contain('hasta el lunes 14 de diciembre de 2026');
    expect(el.receiptText()).to.contain(success.detail.receipt.code);
    await expect(el).to.be.accessible();
  });

  it('downloads the receipt as a text file', async () => {
    const el = await make();
    await fillValid(el);
    await toReview(el);
    sendButton(el).click();
    await receiptShown(el);
    await el.updateComplete;
    let downloaded: HTMLAnchorElement | undefined;
    const listener = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a.download) {
        downloaded = a;
        e.preventDefault();
      }
    };
    root(el).addEventListener('click', listener, true);
    [...root(el).querySelectorAll('button')]
      .find((b) => b.textContent!.includes('Descargar'))!
      .click();
    root(el).removeEventListener('click', listener, true);
    expect(downloaded!.download).to.match(/^comprobante-solicitud-SAIP-2026-\d{6}\.txt$/);
    expect(downloaded!.href).to.match(/^blob:/);
  });

  it('puts 422 errors on the right fields, with the server words for codes it does not know', async () => {
    const url = endpoint('invalid');
    const el = await make({ endpoint: url });
    await fillValid(el);
    await toReview(el);
    const failed = oneEvent(el, 'minga-request-error') as Promise<MingaRequestErrorEvent>;
    sendButton(el).click();
    const { detail } = await failed;
    expect(detail.kind).to.equal('invalid');
    expect(detail.errors).to.have.length(2);
    await el.updateComplete;
    expect($(el, '#form-title')).not.to.equal(null);
    expect(root(el).activeElement).to.equal($(el, '.error-summary'));
    expect(text(el, '#f-idNumber-error')).to.contain('Ese número de cédula no es válido');
    expect(text(el, '#f-description-error')).to.contain('Ya recibimos una solicitud igual');
    expect(localStorage.getItem(draftKey(url, INSTITUTION))).to.be.a('string');
    await expect(el).to.be.accessible();
  });

  it('explains a 429 in plain words and keeps the draft', async () => {
    const url = endpoint('busy');
    const el = await make({ endpoint: url });
    await fillValid(el);
    await toReview(el);
    sendButton(el).click();
    await failureShown(el);
    expect(text(el, '.failure')).to.contain('demasiadas solicitudes');
    expect(text(el, '.failure')).to.contain('Lo intentaremos otra vez en 120 segundos');
    expect(text(el, '.failure')).to.contain('sigue guardado en este dispositivo');
    expect(localStorage.getItem(draftKey(url, INSTITUTION))).to.be.a('string');
    await expect(el).to.be.accessible();
  });

  it('retries by itself after a 500, with the same key, and gets one request', async () => {
    const url = endpoint('flaky');
    const el = await make({ endpoint: url });
    el.retryDelay = 50;
    await fillValid(el);
    await toReview(el);
    const failed = oneEvent(el, 'minga-request-error') as Promise<MingaRequestErrorEvent>;
    sendButton(el).click();
    const { detail } = await failed;
    expect(detail).to.include({ kind: 'server', status: 500, willRetry: true });
    await receiptShown(el);
    const log = await posts(url);
    expect(log).to.have.length(2);
    expect(log[0]!.key).to.equal(log[1]!.key);
  });

  it('says so when the server answers HTML instead of JSON, and lets the citizen retry', async () => {
    const url = endpoint('html');
    const el = await make({ endpoint: url });
    await fillValid(el);
    await toReview(el);
    const failed = oneEvent(el, 'minga-request-error') as Promise<MingaRequestErrorEvent>;
    sendButton(el).click();
    expect((await failed).detail).to.include({ kind: 'bad-response', willRetry: false });
    await el.updateComplete;
    expect(text(el, '.failure')).to.contain('El servidor respondió algo que no esperábamos');
    expect(text(el, '.failure')).not.to.contain('Lo intentaremos otra vez');
    expect(localStorage.getItem(draftKey(url, INSTITUTION))).to.be.a('string');
    await expect(el).to.be.accessible();
    // Retrying by hand sends again with the same key.
    $<HTMLButtonElement>(el, '.failure button').click();
    await waitUntil(async () => (await posts(url)).length === 2, 'a second attempt');
    const log = await posts(url);
    expect(log[1]!.key).to.equal(log[0]!.key);
  });

  it('after a change to a draft whose first attempt may have arrived, offers to send it as a new request', async () => {
    const url = endpoint('ok');
    const el = await make({ endpoint: url });
    const keys: string[] = [];
    el.fetcher = (input, init) => {
      keys.push(new Headers(init?.headers).get('Idempotency-Key') ?? '');
      if (keys.length > 1) return fetch(input, init);
      // What the service answers when this draft's key already came with another body.
      return Promise.resolve(
        new Response(JSON.stringify({ error: 'idempotency_mismatch', message: '…' }), {
          status: 422,
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    };
    await fillValid(el);
    await toReview(el);
    const failed = oneEvent(el, 'minga-request-error') as Promise<MingaRequestErrorEvent>;
    sendButton(el).click();
    expect((await failed).detail).to.include({ kind: 'changed', status: 422, willRetry: false });
    await el.updateComplete;
    expect(text(el, '.failure')).to.contain('Un envío anterior pudo haber llegado');
    expect(text(el, '.failure')).to.contain('como una solicitud nueva');
    expect(text(el, '.failure')).not.to.contain('una sola solicitud');
    expect(localStorage.getItem(draftKey(url, INSTITUTION))).to.be.a('string');
    await expect(el).to.be.accessible();
    const button = $<HTMLButtonElement>(el, '.failure button');
    expect(button.textContent?.trim()).to.equal('Enviar como solicitud nueva');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await receiptShown(el);
    expect(keys).to.have.length(2);
    expect(keys[1], 'a new key for the new request').to.not.equal(keys[0]);
    expect(await posts(url)).to.have.length(1);
  });

  it('gives up on a slow server after the timeout (configurable), keeping the draft', async () => {
    const url = endpoint('slow');
    const el = await make({ endpoint: url });
    el.timeout = 1000;
    await fillValid(el);
    await toReview(el);
    const started = performance.now();
    const failed = oneEvent(el, 'minga-request-error') as Promise<MingaRequestErrorEvent>;
    sendButton(el).click();
    await el.updateComplete;
    expect($(el, '[role="status"].spinner-text').textContent).to.contain('Enviando');
    expect((await failed).detail.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.within(900, 2900);
    await el.updateComplete;
    expect(text(el, '.failure')).to.contain('tardó demasiado en responder');
    expect(localStorage.getItem(draftKey(url, INSTITUTION))).to.be.a('string');
  });

  it('survives a dropped connection', async () => {
    const url = endpoint('drop');
    const el = await make({ endpoint: url });
    await fillValid(el);
    await toReview(el);
    const failed = oneEvent(el, 'minga-request-error') as Promise<MingaRequestErrorEvent>;
    sendButton(el).click();
    expect((await failed).detail).to.include({ kind: 'network', willRetry: true });
    await el.updateComplete;
    expect(text(el, '.failure')).to.contain('No pudimos conectarnos');
    expect(localStorage.getItem(draftKey(url, INSTITUTION))).to.be.a('string');
    await expect(el).to.be.accessible();
  });

  it('sends by itself when the browser comes back online', async () => {
    const url = endpoint('ok');
    const el = await make({ endpoint: url });
    let online = false;
    let calls = 0;
    el.fetcher = (input, init) => {
      calls += 1;
      return online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));
    };
    await fillValid(el);
    await toReview(el);
    sendButton(el).click();
    await failureShown(el);
    expect(calls).to.equal(1);
    await aTimeout(100);
    expect(calls, 'no retry before the connection is back').to.equal(1);
    online = true;
    window.dispatchEvent(new Event('online'));
    await receiptShown(el);
    expect(calls).to.equal(2);
    expect(await posts(url)).to.have.length(1);
    expect(localStorage.getItem(draftKey(url, INSTITUTION))).to.equal(null);
  });

  it('restores the draft after a reload, with a notice and a discard button', async () => {
    const url = endpoint('ok');
    const first = await make({ endpoint: url });
    await fillValid(first, { description: 'Actas del Concejo de 2026, por favor.' });
    first.remove();

    const el = await make({ endpoint: url });
    expect(text(el, '.draft-notice')).to.contain('Recuperamos lo que escribió');
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Ana Pérez');
    expect($<HTMLTextAreaElement>(el, '#f-description').value).to.equal(
      'Actas del Concejo de 2026, por favor.',
    );
    expect($<HTMLInputElement>(el, '#f-declaration').checked).to.equal(true);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.draft-notice button').click();
    await el.updateComplete;
    expect(localStorage.getItem(draftKey(url, INSTITUTION))).to.equal(null);
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('');
    expect(root(el).querySelector('.draft-notice')).to.equal(null);
    expect(text(el, '[role="status"]')).to.contain('Borramos el borrador');
  });

  it('keeps the Idempotency-Key with the draft, across a reload', async () => {
    const url = endpoint('drop');
    const first = await make({ endpoint: url });
    await fillValid(first);
    await toReview(first);
    const failed = oneEvent(first, 'minga-request-error');
    sendButton(first).click();
    await failed;
    first.remove();
    const saved = JSON.parse(localStorage.getItem(draftKey(url, INSTITUTION))!);
    const [post] = await posts(url);
    expect(post!.key).to.equal(saved.idempotencyKey);

    const okUrl = url.replace('/drop/', '/ok/');
    localStorage.setItem(draftKey(okUrl, INSTITUTION), JSON.stringify(saved));
    const el = await make({ endpoint: okUrl });
    await toReview(el);
    sendButton(el).click();
    await receiptShown(el);
    expect((await posts(okUrl))[0]!.key).to.equal(saved.idempotencyKey);
  });

  it('keeps no draft with no-draft', async () => {
    const el = await fixture<MingaInfoRequest>(
      html`<minga-info-request endpoint="/x" institution="GAD" no-draft></minga-info-request>`,
    );
    await fillValid(el);
    expect(localStorage.length).to.equal(0);
    expect(text(el, '[part="form"]')).not.to.contain('guarda un borrador');
  });

  it('asks who is represented and takes the proof; refuses a 30 MB file', async () => {
    const url = endpoint('ok');
    const el = await make({ endpoint: url });
    await fillValid(el);
    $<HTMLInputElement>(el, '#f-onBehalf').click();
    await el.updateComplete;
    expect($(el, '#f-representedName')).not.to.equal(null);
    await expect(el).to.be.accessible();

    const pick = async (file: File, outcome: string) => {
      const input = $<HTMLInputElement>(el, '#f-proof');
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => root(el).querySelector(outcome), `${file.name} gives ${outcome}`);
      await el.updateComplete;
    };
    await pick(
      new File([new Uint8Array(30_000_000)], 'poder.pdf', { type: 'application/pdf' }),
      '#f-proof-error',
    );
    expect(text(el, '#f-proof-error')).to.equal('Error: El archivo pesa 30 MB. El máximo es 5 MB.');
    await pick(new File(['<html>'], 'poder.html', { type: 'text/html' }), '#f-proof-error');
    expect(text(el, '#f-proof-error')).to.contain('PDF, JPG o PNG');

    const pdf = new File(['%PDF-1.4 poder notarial'], 'poder.pdf', { type: 'application/pdf' });
    await pick(pdf, '#f-proof-file');
    expect(root(el).querySelector('#f-proof-error')).to.equal(null);
    expect(text(el, '#f-proof-file')).to.contain('poder.pdf');
    type(el, 'representedName', 'Junta Parroquial de Baños');
    await toReview(el);
    expect(text(el, '[part="review"]')).to.contain('Junta Parroquial de Baños');
    sendButton(el).click();
    await receiptShown(el);
    const [post] = await posts(url);
    const proof = post!.body.proof as { name: string; type: string; size: number; data: string };
    expect(proof).to.include({ name: 'poder.pdf', type: 'application/pdf', size: pdf.size });
    expect(atob(proof.data)).to.equal('%PDF-1.4 poder notarial');
  });

  it('asks an organisation for its RUC, contact person and proof', async () => {
    const el = await make();
    $<HTMLInputElement>(el, '#f-requesterType-organization').click();
    $<HTMLInputElement>(el, '#f-idType-ruc').click();
    await el.updateComplete;
    expect(text(el, 'label[for="f-name"]')).to.equal('Nombre de la organización');
    expect($(el, '#f-name').getAttribute('autocomplete')).to.equal('organization');
    await fillValid(el, { idNumber: '1792060346001' });
    $<HTMLButtonElement>(el, 'form button[type="submit"]').click();
    await el.updateComplete;
    const fields = [...root(el).querySelectorAll('.error-summary a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(fields).to.deep.equal(['#f-contactName', '#f-proof']);
    await expect(el).to.be.accessible();
  });

  it('in preview, says so, sends nothing and shows a sample receipt', async () => {
    let calls = 0;
    const el = await fixture<MingaInfoRequest>(
      html`<minga-info-request preview institution=${INSTITUTION}></minga-info-request>`,
    );
    el.fetcher = () => {
      calls += 1;
      return Promise.reject(new Error('should not be called'));
    };
    expect(text(el, '.preview-banner')).to.contain('Vista previa');
    await fillValid(el);
    expect(localStorage.length).to.equal(0);
    await toReview(el);
    const success = oneEvent(el, 'minga-request-success');
    sendButton(el).click();
    expect((await success).detail.preview).to.equal(true);
    await el.updateComplete;
    expect(calls).to.equal(0);
    expect(text(el, '[part="receipt"]')).to.contain('comprobante de ejemplo');
    expect(text(el, '.code')).to.equal('EJEMPLO');
    await expect(el).to.be.accessible();
  });

  it('can be filled and sent with the keyboard only', async () => {
    const url = endpoint('ok');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button type="button">antes</button>
        <minga-info-request endpoint=${url} institution=${INSTITUTION}></minga-info-request>
      </div>`,
    );
    const el = wrapper.querySelector('minga-info-request')!;
    wrapper.querySelector('button')!.focus();
    const focused = () => root(el).activeElement as HTMLElement | null;
    const tabTo = async (matches: (e: HTMLElement) => boolean, what: string) => {
      for (let i = 0; i < 40; i++) {
        await sendKeys({ press: 'Tab' });
        const current = focused();
        if (current && matches(current)) return;
      }
      throw new Error(`Tab never reached ${what}`);
    };
    const byId = (id: string) => (e: HTMLElement) => e.id === id;

    await tabTo(byId('f-name'), 'the name');
    await sendKeys({ type: 'Ana Pérez' });
    await tabTo(byId('f-idNumber'), 'the ID number');
    await sendKeys({ type: '1714307103' });
    await tabTo(byId('f-email'), 'the email');
    await sendKeys({ type: 'ana@example.com' });
    await tabTo(byId('f-description'), 'the description');
    await sendKeys({ type: 'Las actas del Concejo Municipal de enero de 2026.' });
    await tabTo(byId('f-delivery-email'), 'the delivery choice');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused()!.id).to.equal('f-delivery-pickup');
    await tabTo(byId('f-declaration'), 'the declaration');
    await sendKeys({ press: 'Space' });
    await tabTo((e) => e.getAttribute('type') === 'submit', 'Continuar');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused()!.id).to.equal('review-title');
    await tabTo((e) => e.textContent!.trim() === 'Enviar solicitud', 'Enviar solicitud');
    await sendKeys({ press: 'Enter' });
    await receiptShown(el);
    const [post] = await posts(url);
    expect(post!.body).to.include({
      name: 'Ana Pérez',
      idNumber: '1714307103',
      email: 'ana@example.com',
      delivery: 'pickup',
      declaration: true,
    });
    expect(post!.body).not.to.have.property('format');
  });

  it('works on a 320 px wide screen without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <minga-info-request endpoint="/x" institution=${INSTITUTION}></minga-info-request>
      </div>`,
    );
    const el = wrapper.querySelector('minga-info-request')!;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const control of root(el).querySelectorAll<HTMLElement>(
      'input, select, textarea, button',
    )) {
      expect(control.getBoundingClientRect().right, control.id).to.be.at.most(
        el.getBoundingClientRect().right + 1,
      );
    }
  });
});
