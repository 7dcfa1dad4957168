import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MingaInfoRequest } from '../src/define.js';
import { draftKey } from '../src/draft.js';

// A bare `import '../src/define.js'` would be dropped from the production build (only
// dist/define.js is marked as having side effects): use the class, and define it (guarded).
MingaInfoRequest.define('minga-info-request');

const INSTITUTION = 'GAD Municipal de Cuenca';

/** A fake request service inside the story: it answers like the contract says. */
function fakeService(kind: 'ok' | 'invalid' | 'busy' | 'down' | 'html' | 'offline'): typeof fetch {
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json', ...headers },
      }),
    );
  return () => {
    switch (kind) {
      case 'ok': {
        // Sample dates for the story: received on Friday 4 December 2026.
        return json(201, {
          code: 'SAIP-2026-000123',
          receivedAt: '2026-12-04T15:20:00.000Z',
          dueAt: '2026-12-15T04:59:59.999Z',
          extendedDueAt: '2026-12-20T04:59:59.999Z',
          status: 'received',
          accessKey: 'K7P2-9XQ4',
        });
      }
      case 'invalid':
        return json(422, {
          errors: [
            { field: 'idNumber', code: 'cedula', message: 'Cédula no válida.' },
            { field: 'email', code: 'email', message: 'Correo no válido.' },
          ],
        });
      case 'busy':
        return json(429, { error: 'too_many_requests' }, { 'Retry-After': '60' });
      case 'down':
        return json(503, { error: 'unavailable' });
      case 'html':
        return Promise.resolve(
          new Response('<!doctype html><h1>Inicio</h1>', {
            status: 200,
            headers: { 'Content-Type': 'text/html' },
          }),
        );
      default:
        return Promise.reject(new TypeError('Failed to fetch'));
    }
  };
}

const answers = {
  name: 'Ana María Quishpe',
  idNumber: '1714307103',
  email: 'ana.quishpe@example.com',
  description:
    'Los contratos de recolección de basura firmados en 2025, con sus montos y las empresas contratadas.',
};

/** Fills the form through its controls, as a citizen would. */
async function fill(el: MingaInfoRequest, values: Record<string, string> = answers) {
  await el.updateComplete;
  const root = el.shadowRoot!;
  for (const [name, value] of Object.entries(values)) {
    const input = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  const declaration = root.querySelector<HTMLInputElement>('[name="declaration"]')!;
  if (!declaration.checked) declaration.click();
  await el.updateComplete;
}

const submit = async (el: MingaInfoRequest) => {
  el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await el.updateComplete;
};
const send = async (el: MingaInfoRequest) => {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="review"] .button-primary')!.click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
};

interface Args {
  institution: string;
  preview: boolean;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Acceso a la información/Solicitud de información',
  component: 'minga-info-request',
  args: { institution: INSTITUTION, preview: true, lang: 'es' },
  argTypes: { lang: { control: 'inline-radio', options: ['es', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Formulario para pedir información pública (LOTAIP). Las historias usan un servicio simulado dentro de la página: no se envía nada.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Renders the element and then runs `play` on it (filling, sending…). */
const story = (
  setup: (el: MingaInfoRequest) => Promise<void> | void,
  options: { service?: Parameters<typeof fakeService>[0]; preview?: boolean } = {},
): Story => ({
  render: ({ institution, lang }) =>
    html`<minga-info-request
      lang=${lang}
      endpoint="/api/solicitudes"
      institution=${institution}
      status-url="/estado"
      ?preview=${options.preview ?? false}
      no-draft
      retry-delay="30000"
    ></minga-info-request>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('minga-info-request')!;
    if (options.service) el.fetcher = fakeService(options.service);
    await setup(el);
  },
});

/** The empty form, in preview mode (it says it sends nothing). */
export const Form: Story = {
  render: ({ institution, preview, lang }) =>
    html`<minga-info-request
      lang=${lang}
      institution=${institution}
      ?preview=${preview}
    ></minga-info-request>`,
};

/** Submitted empty: the error summary at the top, each message next to its field. */
export const Errors = story(submit, { preview: true });

/** Bad input: invalid cédula, an email without domain, a description far too long. */
export const BadInput = story(
  async (el) => {
    await fill(el, {
      ...answers,
      idNumber: '1714307104',
      email: 'ana@',
      description: 'x'.repeat(10_250),
    });
    await submit(el);
  },
  { preview: true },
);

/** An organisation: contact person and proof of representation. */
export const Organization = story(
  async (el) => {
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('#f-requesterType-organization')!.click();
    el.shadowRoot!.querySelector<HTMLInputElement>('#f-idType-ruc')!.click();
    await fill(el, { ...answers, name: 'Fundación Ciudadanía Activa', idNumber: '1792060346001' });
  },
  { preview: true },
);

/** "Check your answers", each with a "Cambiar" link. */
export const Review = story(
  async (el) => {
    await fill(el);
    await submit(el);
  },
  { preview: true },
);

/** The receipt: code, access key, dates in words, what happens next; printable. */
export const Receipt = story(
  async (el) => {
    await fill(el);
    await submit(el);
    await send(el);
  },
  { service: 'ok' },
);

/** The preview's sample receipt, labelled as such. */
export const PreviewReceipt = story(
  async (el) => {
    await fill(el);
    await submit(el);
    await send(el);
  },
  { preview: true },
);

/** The server found errors (422): back to the form, errors on the fields. */
export const ServerErrors = story(
  async (el) => {
    await fill(el);
    await submit(el);
    await send(el);
  },
  { service: 'invalid' },
);

/** Offline: the draft is kept, and the element sends when the connection comes back. */
export const Offline = story(
  async (el) => {
    await fill(el);
    await submit(el);
    await send(el);
  },
  { service: 'offline' },
);

/** Too many requests (429). */
export const RateLimited = story(
  async (el) => {
    await fill(el);
    await submit(el);
    await send(el);
  },
  { service: 'busy' },
);

/** The server is down (503): it will try again by itself. */
export const ServerDown = story(
  async (el) => {
    await fill(el);
    await submit(el);
    await send(el);
  },
  { service: 'down' },
);

/** The server answered a web page instead of JSON. */
export const HtmlInsteadOfJson = story(
  async (el) => {
    await fill(el);
    await submit(el);
    await send(el);
  },
  { service: 'html' },
);

/** A draft from an earlier visit, restored with a notice and a "Descartar borrador" button. */
export const RestoredDraft: Story = {
  render: ({ institution, lang }) => {
    const endpoint = '/api/solicitudes-borrador';
    localStorage.setItem(
      draftKey(endpoint, institution),
      JSON.stringify({
        version: 1,
        savedAt: '2026-12-03T21:45:00.000Z',
        idempotencyKey: '6f1c2c7e-8d0a-4a53-9d7e-2f3b1c9e4a10',
        values: {
          requesterType: 'person',
          name: 'Ana María Quishpe',
          idType: 'cedula',
          idNumber: '1714307103',
          email: 'ana.quishpe@example.com',
          onBehalf: true,
          representedName: 'Comité Barrial La Floresta',
          description: 'Las actas de las sesiones del Concejo Municipal de enero a marzo de 2026.',
          delivery: 'email',
          format: 'pdf',
          declaration: false,
        },
        proofName: 'nombramiento-comite.pdf',
      }),
    );
    return html`<minga-info-request
      lang=${lang}
      endpoint=${endpoint}
      institution=${institution}
    ></minga-info-request>`;
  },
};
