import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MingaTransparency, type TransparencyIndex } from '../src/index.js';
// A FICTIONAL year for a fictional municipality (see sample/transparencia/LEEME.md), built by
// `minga-transparency build sample/transparencia`.
import sample from '../sample/transparencia/index.json';

MingaTransparency.define('minga-transparency');

// Every sample file, as a URL Vite serves (in `storybook dev` and in the static build; never
// inlined as a data: URL, which the index rightly refuses as a file address).
const files = import.meta.glob<string>('../sample/transparencia/2026/**/*', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

/** The sample index with its relative file URLs turned into URLs Vite serves. */
function withUrls(index: TransparencyIndex): TransparencyIndex {
  const copy = structuredClone(index);
  for (const month of copy.months)
    for (const entry of month.entries)
      for (const file of entry.files) {
        const served = files[`../sample/transparencia/${decodeURIComponent(file.url)}`];
        if (served) file.url = served;
      }
  return copy;
}

const SAMPLE = withUrls(sample as TransparencyIndex);
/** "Today" in the stories, so deadlines and late items stay as described. */
const NOW = new Date('2026-11-30T12:00:00-05:00');

/** The sample with a few mistakes a webmaster could make (fictional). */
const WITH_ERRORS = structuredClone(SAMPLE) as unknown as {
  months: Array<{ month: string; entries: unknown[] }>;
};
WITH_ERRORS.months
  .at(-1)!
  .entries.push(
    { numeral: 40, state: 'published', files: [{ url: 'x.pdf', format: 'pdf' }] },
    { numeral: 7, state: 'publicado' },
    { numeral: 13, state: 'published', files: [{ format: 'csv' }] },
  );
WITH_ERRORS.months.push({ month: '2027-02', entries: [] });

interface Args {
  month: string;
  view: 'month' | 'year';
  lang: string;
  deadlineDay: number;
}

const meta: Meta<Args> = {
  title: 'Transparencia/Transparencia activa (LOTAIP art. 19)',
  component: 'minga-transparency',
  args: { month: '2026-10', view: 'month', lang: 'es', deadlineDay: 10 },
  argTypes: {
    view: { control: 'inline-radio', options: ['month', 'year'] },
    lang: { control: 'inline-radio', options: ['es', 'en'] },
    deadlineDay: { control: { type: 'number', min: 1, max: 28 } },
  },
  render: (a) =>
    html`<minga-transparency
      lang=${a.lang}
      month=${a.month}
      view=${a.view}
      deadline-day=${a.deadlineDay}
      .now=${NOW}
      .index=${SAMPLE}
    ></minga-transparency>`,
};
export default meta;
type Story = StoryObj<Args>;

export const MesCompleto: Story = {
  name: 'Mes completo (septiembre, datos ficticios)',
  args: { month: '2026-09' },
};
export const MesConFaltantes: Story = {
  name: 'Mes con faltantes y atrasos (octubre, datos ficticios)',
  args: { month: '2026-10' },
};
export const Anio: Story = {
  name: 'Todo el año: numerales × meses',
  args: { view: 'year' },
};
export const EnIngles: Story = { name: 'In English', args: { lang: 'en' } };
export const ConErrores: Story = {
  name: 'Índice con errores (el resto se muestra)',
  render: () =>
    html`<minga-transparency
      .now=${NOW}
      .index=${WITH_ERRORS as unknown as TransparencyIndex}
    ></minga-transparency>`,
};
export const NoExiste: Story = {
  name: 'Índice que no existe (404)',
  render: () =>
    html`<minga-transparency src="/no-existe/transparencia/index.json"></minga-transparency>`,
};
