import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MingaRequestStatus } from '../src/define.js';
import type { RequestRecord } from '../src/client.js';

// A bare `import '../src/define.js'` would be dropped from the production build (only
// dist/define.js is marked as having side effects): use the class, and define it (guarded).
MingaRequestStatus.define('minga-request-status');

const records: Record<string, RequestRecord> = {
  'SAIP-2026-000123': {
    code: 'SAIP-2026-000123',
    status: 'extended',
    dueAt: '2026-12-15T04:59:59.999Z',
    extendedDueAt: '2026-12-20T04:59:59.999Z',
    history: [
      { status: 'received', at: '2026-12-04T15:20:00.000Z' },
      { status: 'in_progress', at: '2026-12-07T14:00:00.000Z' },
      {
        status: 'extended',
        at: '2026-12-14T16:30:00.000Z',
        note: 'Los datos están en tres direcciones municipales y hay que reunirlos.',
      },
    ],
  },
  'SAIP-2026-000124': {
    code: 'SAIP-2026-000124',
    status: 'refused',
    dueAt: '2026-12-15T04:59:59.999Z',
    extendedDueAt: '2026-12-20T04:59:59.999Z',
    history: [
      { status: 'received', at: '2026-12-04T15:20:00.000Z' },
      {
        status: 'refused',
        at: '2026-12-11T17:00:00.000Z',
        note: 'Información reservada según el índice publicado (numeral 16).',
      },
    ],
    answer: { note: 'La resolución explica el motivo y cómo pedir una revisión.' },
  },
  'SAIP-2026-000125': {
    code: 'SAIP-2026-000125',
    status: 'answered',
    dueAt: '2026-12-15T04:59:59.999Z',
    extendedDueAt: '2026-12-20T04:59:59.999Z',
    history: [
      { status: 'received', at: '2026-12-04T15:20:00.000Z' },
      { status: 'answered', at: '2026-12-10T17:00:00.000Z' },
    ],
    answer: { url: 'https://example.org/respuestas/SAIP-2026-000125.pdf' },
  },
};

/** A fake request service inside the story. */
const service: typeof fetch = (input) => {
  const code = decodeURIComponent(String(input).split('/').pop() ?? '');
  const record = records[code];
  return Promise.resolve(
    record
      ? new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } })
      : new Response('{"error":"not_found"}', { status: 404 }),
  );
};

const meta: Meta<{ lang: string }> = {
  title: 'Acceso a la información/Estado de una solicitud',
  component: 'minga-request-status',
  args: { lang: 'es' },
  argTypes: { lang: { control: 'inline-radio', options: ['es', 'en'] } },
};
export default meta;

type Story = StoryObj<{ lang: string }>;

const lookup = (code: string, now: string): Story => ({
  render: ({ lang }) =>
    html`<minga-request-status
      lang=${lang}
      endpoint="/api/solicitudes"
      .now=${new Date(now)}
      .fetcher=${service}
    ></minga-request-status>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<MingaRequestStatus>('minga-request-status')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    for (const [name, value] of [
      ['code', code],
      ['secret', 'ana.quishpe@example.com'],
    ]) {
      const input = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      input.value = value!;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
});

/** The lookup form. */
export const Lookup: Story = {
  render: ({ lang }) =>
    html`<minga-request-status lang=${lang} endpoint="/api/solicitudes"></minga-request-status>`,
};

/** Extended, with its reason, and overdue (the day after the extended deadline). */
export const ExtendedAndOverdue = lookup('SAIP-2026-000123', '2026-12-21T15:00:00Z');

/** Extended and still within the deadline. */
export const ExtendedOnTime = lookup('SAIP-2026-000123', '2026-12-16T15:00:00Z');

/** Refused, with the reason. */
export const Refused = lookup('SAIP-2026-000124', '2026-12-16T15:00:00Z');

/** Answered, with the link to the answer. */
export const Answered = lookup('SAIP-2026-000125', '2026-12-16T15:00:00Z');

/** A code that does not match the email. */
export const NotFound = lookup('SAIP-2026-999999', '2026-12-16T15:00:00Z');
