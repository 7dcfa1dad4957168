import { expect, fixture, html, waitUntil } from '@minga/test-utils';
import './define.js';
import type { MingaRequestStatus } from './request-status.js';
import { $, endpoint as fakeEndpoint, root, text, type } from '../test/helpers.js';

const endpoint = (scenario: string) => fakeEndpoint(scenario, 'status-');

async function lookup(el: MingaRequestStatus, code: string, secret: string, wait: string) {
  type(el, 'code', code);
  type(el, 'secret', secret);
  $<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await waitUntil(() => root(el).querySelector(wait), `${wait} appears`, { timeout: 5000 });
  await el.updateComplete;
}

const make = (url = endpoint('ok'), now?: Date) =>
  fixture<MingaRequestStatus>(
    html`<minga-request-status endpoint=${url} .now=${now}></minga-request-status>`,
  );

describe('<minga-request-status>', () => {
  it('is accessible and asks for the code and the email or access key', async () => {
    const el = await make();
    await expect(el).to.be.accessible();
    expect(text(el, 'label[for="s-code"]')).to.equal('Código de la solicitud');
    expect(text(el, 'label[for="s-secret"]')).to.equal('Correo electrónico o clave de acceso');
  });

  it('reads ?codigo= from the page URL', async () => {
    const before = location.href;
    history.replaceState(null, '', '?codigo=SAIP-2026-000123');
    try {
      const el = await make();
      expect($<HTMLInputElement>(el, '#s-code').value).to.equal('SAIP-2026-000123');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('says what is missing, tied to the fields', async () => {
    const el = await make();
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(text(el, '#s-code-error')).to.contain('Escriba el código');
    expect($(el, '#s-code').getAttribute('aria-describedby')).to.contain('s-code-error');
    expect(root(el).activeElement).to.equal($(el, '#s-code'));
    await expect(el).to.be.accessible();
  });

  it('shows the timeline, the extension reason and whether it is overdue (email in a header)', async () => {
    const el = await make(endpoint('ok'), new Date('2026-12-22T12:00:00Z'));
    await lookup(el, 'SAIP-2026-000123', 'ana@example.com', '#result-title');
    expect(text(el, '#result-title')).to.equal('Solicitud SAIP-2026-000123');
    expect(text(el, '.status-badge')).to.equal('Plazo extendido');
    const steps = [...root(el).querySelectorAll('.timeline li .what')].map((s) => s.textContent);
    expect(steps).to.deep.equal(['Recibida', 'En espera de respuesta', 'Plazo extendido']);
    expect(text(el, '.timeline')).to.contain('Motivo: Los datos están en tres direcciones');
    expect(text(el, '.overdue-note')).to.equal(
      'Atrasada: el plazo terminó el sábado 19 de diciembre de 2026 y la institución todavía no responde.',
    );
    expect(root(el).activeElement).to.equal($(el, '#result-title'));
    await expect(el).to.be.accessible();
  });

  it('is not overdue before the extended deadline', async () => {
    const el = await make(endpoint('ok'), new Date('2026-12-16T12:00:00Z'));
    await lookup(el, 'SAIP-2026-000123', 'K7P2-9XQ4', '#result-title');
    expect(root(el).querySelector('.overdue-note')).to.equal(null);
    expect(text(el, '.on-time')).to.equal('(Dentro del plazo)');
  });

  it('shows an answered request with the link to the answer (access key)', async () => {
    const el = await make(endpoint('ok'), new Date('2027-03-01T12:00:00Z'));
    await lookup(el, 'SAIP-2026-000124', 'K7P2-9XQ4', '#result-title');
    expect(text(el, '.status-badge')).to.equal('Respondida: información entregada');
    expect(root(el).querySelector('.overdue-note')).to.equal(null);
    expect($<HTMLAnchorElement>(el, '.answer a').href).to.equal(
      'https://example.org/respuestas/SAIP-2026-000124.pdf',
    );
    await expect(el).to.be.accessible();
  });

  it('does not say whether a code exists when the email does not match', async () => {
    const el = await make();
    await lookup(el, 'SAIP-2026-000123', 'otra@example.com', '.failure');
    expect(text(el, '.failure')).to.contain('No encontramos una solicitud con ese código');
    await expect(el).to.be.accessible();
  });

  it('explains a server that is down or answers HTML', async () => {
    const down = await make(endpoint('drop'));
    await lookup(down, 'SAIP-2026-000123', 'ana@example.com', '.failure');
    expect(text(down, '.failure')).to.contain('No pudimos conectarnos');
    const html404 = await make(endpoint('html'));
    await lookup(html404, 'SAIP-2026-000123', 'ana@example.com', '.failure');
    expect(text(html404, '.failure')).to.contain('algo que no esperábamos');
  });
});
