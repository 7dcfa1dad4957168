import { expect, fixture, html, oneEvent, sendKeys, waitUntil } from '@minga/test-utils';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MingaTransparency, TransparencyIndex } from './index.js';
import './define.js';
import { deepActive, fx, textOf } from '../test/helpers.js';

const NOW = new Date('2026-11-30T12:00:00-05:00');
const EARLY = new Date('2026-11-05T12:00:00-05:00');

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const items = (el: Element) => $$(el, 'li[part="item"]');
const itemOf = (el: Element, n: number) =>
  items(el).find((li) => li.querySelector('h3')!.textContent!.trim().startsWith(`${n}.`));

async function load(
  attrs: { src?: string; lang?: string; now?: Date; month?: string; deadlineDay?: number } = {},
): Promise<MingaTransparency> {
  const el = await fixture<MingaTransparency>(
    html`<minga-transparency
      lang=${attrs.lang ?? 'es'}
      src=${attrs.src ?? fx('transparencia/index.json')}
      month=${ifDefined(attrs.month)}
      deadline-day=${ifDefined(attrs.deadlineDay)}
      .now=${attrs.now ?? NOW}
    ></minga-transparency>`,
  );
  await waitUntil(() => $(el, '.controls') || $(el, '[role="alert"]'), 'index loaded', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

async function withIndex(index: unknown, now = NOW): Promise<MingaTransparency> {
  const el = await fixture<MingaTransparency>(
    html`<minga-transparency
      lang="es"
      .now=${now}
      .index=${index as TransparencyIndex}
    ></minga-transparency>`,
  );
  await el.updateComplete;
  return el;
}

describe('<minga-transparency>', () => {
  it('is accessible in the month view', async () => {
    const el = await load();
    await expect(el).to.be.accessible();
  });

  it('shows the latest month with data by default, with its summary and 24 numerals', async () => {
    const el = await load();
    expect(el.month).to.equal('2026-10');
    expect(($(el, '#month') as HTMLSelectElement).value).to.equal('2026-10');
    expect(($(el, '#year') as HTMLSelectElement).value).to.equal('2026');
    expect($(el, 'h2')!.textContent!.trim()).to.equal('Información de octubre de 2026');
    expect($(el, '[part="summary"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '3 de 23 publicados · octubre de 2026 · 1 no aplica',
    );
    expect(items(el).length).to.equal(24);
    expect(textOf(el)).to.include('Institución: GAD Municipal de Prueba (ficticio)');
    const three = itemOf(el, 3)!;
    expect(three.querySelector('h3')!.textContent).to.include(
      'Remuneraciones e ingresos adicionales',
    );
    expect(three.textContent).to.include('Cuánto gana cada puesto al mes');
    expect(three.textContent).to.include('Dirección de Talento Humano');
    // Date: the latest file (12 Nov, after the deadline).
    expect(three.textContent).to.include('12 de noviembre de 2026');
    const links = [...three.querySelectorAll('a[part="file"]')].map((a) => a.textContent!.trim());
    expect(links[1]).to.equal(
      'Remuneraciones e ingresos adicionales (03-remuneraciones.csv), CSV, 145 bytes',
    );
    expect(three.querySelector('a')!.getAttribute('href')).to.equal(
      fx('transparencia/2026/10/03-horas-extra.xlsx'),
    );
    const fifteen = itemOf(el, 15)!;
    expect(fifteen.textContent).to.include('No hay contratos colectivos vigentes (dato ficticio).');
    const eight = itemOf(el, 8)!;
    expect(eight.querySelector('a')!.textContent).to.include('enlace externo');
  });

  it('says in words (and an icon) which items are late, with a fixed "now"', async () => {
    const el = await load();
    const deadline = $(el, '[part="deadline"]')!.textContent!.replace(/\s+/g, ' ');
    expect(deadline).to.include(
      'Plazo para publicar la información de octubre de 2026: 10 de noviembre de 2026.',
    );
    expect(deadline).to.include('Hay 20 numerales atrasados: 1. Estructura orgánica');
    const status = (n: number) => itemOf(el, n)!.querySelector('[part="status"]')!;
    expect(status(1).textContent!.trim()).to.equal('Atrasado');
    expect(status(1).querySelector('svg[aria-hidden="true"]')).to.not.equal(null);
    expect(status(3).textContent!.trim()).to.equal('Publicado con atraso');
    expect(status(6).textContent!.trim()).to.equal('Publicado');
    expect(status(15).textContent!.trim()).to.equal('No aplica');

    const early = await load({ now: EARLY });
    expect($(early, '[part="deadline"]')!.textContent).to.include(
      'Faltan 20 numerales; todavía están a tiempo.',
    );
    expect(itemOf(early, 1)!.querySelector('[part="status"]')!.textContent!.trim()).to.equal(
      'Pendiente',
    );
  });

  it('takes the deadline day from the attribute', async () => {
    const el = await load({ deadlineDay: 15 });
    expect($(el, '[part="deadline"]')!.textContent).to.include('15 de noviembre de 2026');
  });

  it('writes the summary in English', async () => {
    const el = await load({ lang: 'en' });
    expect($(el, '[part="summary"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '3 of 23 published · October 2026 · 1 not applicable',
    );
    expect(textOf(el)).to.include('20 numerals are late');
    expect(itemOf(el, 6)!.querySelector('h3')!.textContent).to.include('Budget');
    el.lang = 'es';
    await el.updateComplete;
    expect(textOf(el)).to.include('3 de 23 publicados');
  });

  it('changes month with the keyboard and fires minga-transparency-change', async () => {
    const el = await load();
    $(el, '#month')!.focus();
    const event = oneEvent(el, 'minga-transparency-change');
    await sendKeys({ press: 'ArrowUp' });
    const { detail } = await event;
    expect(detail).to.deep.equal({ year: 2026, month: '2026-09' });
    await el.updateComplete;
    expect(el.month).to.equal('2026-09');
    expect($(el, 'h2')!.textContent).to.include('septiembre de 2026');
    expect($(el, '[role="status"][aria-live]')!.textContent).to.include('septiembre de 2026');
  });

  it('shows the year table by keyboard: a real table with headers, states in words', async () => {
    const el = await load();
    const radio = $(el, 'input[value="month"]')!;
    radio.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.view).to.equal('year');
    await expect(el).to.be.accessible();
    const table = $(el, 'table[part="year-table"]')!;
    expect(table.querySelector('caption')!.textContent).to.include('2026');
    const heads = [...table.querySelectorAll('thead th[scope="col"]')];
    expect(heads.length).to.equal(13);
    expect(table.querySelectorAll('tbody th[scope="row"]').length).to.equal(24);
    const row = (n: number) =>
      [...table.querySelectorAll('tbody tr')].find((tr) =>
        tr.querySelector('th')!.textContent!.trim().startsWith(`${n}.`),
      )!;
    const cells = (n: number) =>
      [...row(n).querySelectorAll('td')].map((td) =>
        [...td.children]
          .map((c) => c.textContent!.trim())
          .filter(Boolean)
          .join(' '),
      );
    expect(cells(15)[9]).to.equal('NA No aplica');
    expect(cells(15)[8]).to.equal('NA No aplica');
    expect(cells(3)[9]).to.equal('✓! Publicado con atraso');
    expect(cells(2)[8]).to.equal('✓ Publicado');
    expect(cells(2)[9]).to.equal('✗ Atrasado');
    expect(cells(2)[0]).to.equal('– Sin datos');
    expect(cells(2)[11]).to.equal('Mes futuro');
    // The region scrolls sideways and is reachable by keyboard.
    expect($(el, '.scroll')!.getAttribute('tabindex')).to.equal('0');
    // The year picker still works in this view.
    expect(($(el, '#year') as HTMLSelectElement).value).to.equal('2026');
  });

  it('reads and writes the month and view in the address bar with sync-url', async () => {
    const before = location.href;
    history.replaceState(null, '', '?transparencia.mes=2026-09&transparencia.vista=anio');
    try {
      const el = await fixture<MingaTransparency>(
        html`<minga-transparency
          sync-url
          lang="es"
          src=${fx('transparencia/index.json')}
          .now=${NOW}
        ></minga-transparency>`,
      );
      await waitUntil(() => $(el, '.controls'), 'loaded');
      expect(el.month).to.equal('2026-09');
      expect(el.view).to.equal('year');
      el.view = 'month';
      el.month = '2026-10';
      await el.updateComplete;
      const params = new URLSearchParams(location.search);
      expect(params.get('transparencia.mes')).to.equal('2026-10');
      expect(params.has('transparencia.vista')).to.equal(false);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('searches numerals and file names without minding accents', async () => {
    const el = await load();
    const input = $(el, '#search') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'remuneracion' });
    await el.updateComplete;
    expect(items(el).map((li) => li.querySelector('h3')!.textContent!.trim())).to.deep.equal([
      '3. Remuneraciones e ingresos adicionales',
    ]);
    expect($(el, '[role="status"][aria-live]')!.textContent).to.equal(
      'Un numeral coincide con «remuneracion».',
    );
    input.value = 'HORAS-EXTRA';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(items(el).length).to.equal(1);
    input.value = 'presupuesto';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(items(el).map((li) => li.querySelector('h3')!.textContent!.trim())).to.deep.equal([
      '6. Presupuesto',
    ]);
    input.value = 'xyz';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(items(el).length).to.equal(0);
    expect(textOf(el)).to.include('Ningún numeral coincide con «xyz».');
  });

  it('opens a CSV in a <minga-data-table> and closes it returning the focus', async () => {
    const el = await load();
    expect(customElements.get('minga-data-table')).to.equal(undefined);
    const button = itemOf(el, 3)!.querySelector<HTMLButtonElement>('button[data-opener]')!;
    expect(button.textContent).to.include('Ver la tabla');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, 'minga-data-table'), 'preview open', { timeout: 8000 });
    expect(customElements.get('minga-data-table')).to.not.equal(undefined);
    const table = $(el, 'minga-data-table')!;
    expect(table.getAttribute('src')).to.equal(fx('transparencia/2026/10/03-remuneraciones.csv'));
    await waitUntil(
      () => table.shadowRoot?.textContent?.includes('Persona de ejemplo 3'),
      'rows shown',
      { timeout: 5000 },
    );
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActive()?.tagName).to.equal('H4');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, 'minga-data-table')).to.equal(null);
    expect(deepActive()).to.equal(button);
    // And with the close button.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.preview .close'), 'open again', { timeout: 5000 });
    $(el, '.preview .close')!.click();
    await el.updateComplete;
    expect($(el, '.preview')).to.equal(null);
    expect(deepActive()).to.equal(button);
  });

  it('lists the problems of a malformed index and shows the rest', async () => {
    const el = await load({ src: fx('indice-con-errores.json') });
    await expect(el).to.be.accessible();
    const issues = $(el, '[part="issues"]')!;
    expect(issues.querySelector('summary')!.textContent).to.include(
      'Hay 4 problemas en el índice de transparencia',
    );
    const text = issues.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('2026-10, numeral 3: falta la URL del archivo.');
    expect(text).to.include('2026-10, numeral 42: no es un numeral de la lista del artículo 19');
    expect(text).to.include('2026-10, numeral 7: el estado «publicado» no existe');
    expect(text).to.include('2027-03: es un mes futuro');
    // Still usable: the month, numeral 3 with its good file, numeral 6 with a broken link.
    expect(el.month).to.equal('2026-10');
    expect(itemOf(el, 3)!.querySelectorAll('a').length).to.equal(1);
    expect(itemOf(el, 6)!.querySelector('a')!.textContent).to.equal('Presupuesto, PDF, 2 kB');
  });

  it('says a future month has nothing yet and an empty year has no information', async () => {
    const el = await load({ month: '2027-01' });
    expect(textOf(el)).to.include('enero de 2027 todavía no termina');
    const index = {
      months: [
        { month: '2024-05', entries: [{ numeral: 1, state: 'pending' }] },
        { month: '2026-10', entries: [] },
      ],
    };
    const two = await withIndex(index);
    // The latest month with data.
    expect(two.month).to.equal('2024-05');
    const year = $(two, '#year') as HTMLSelectElement;
    expect([...year.options].map((o) => o.value)).to.deep.equal(['2024', '2025', '2026']);
    year.value = '2025';
    year.dispatchEvent(new Event('change'));
    await two.updateComplete;
    expect(textOf(two)).to.include('No hay información publicada de 2025.');
    await expect(two).to.be.accessible();
    two.view = 'year';
    await two.updateComplete;
    expect(textOf(two)).to.include('No hay información publicada de 2025.');
    expect($(two, 'table')).to.equal(null);
  });

  it('shows a 404 with a retry button, accessible', async () => {
    const el = await load({ src: fx('no-existe.json') });
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.include('No se pudo mostrar la información de transparencia');
    expect(alert.textContent).to.include('error 404');
    await expect(el).to.be.accessible();
    const retry = alert.querySelector('button')!;
    expect(retry.textContent).to.include('Intentar de nuevo');
    el.src = fx('transparencia/index.json');
    await waitUntil(() => $(el, '.controls'), 'recovered');
    expect(items(el).length).to.equal(24);
  });

  it('says when the server cannot be reached (another origin: CORS or network)', async () => {
    const el = await load({ src: 'http://127.0.0.1:9/transparencia/index.json' });
    const { DataError } = await import('@minga/data');
    expect($(el, '[role="alert"]')!.textContent).to.include(
      DataError.messageFor('cors', { lang: 'es' }),
    );
  });

  it('says when the file is not JSON', async () => {
    const el = await load({ src: fx('no-es-json.txt') });
    expect($(el, '[role="alert"]')!.textContent).to.include('El índice no es un JSON válido.');
    const other = await withIndex({ hola: 1 });
    expect($(other, '[role="alert"]')!.textContent).to.include('lista de meses');
  });

  it('renders hostile text in titles and file names as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await withIndex({
      institution: evil,
      numerals: [{ id: 3, title: { es: `Sueldos ${evil}` }, description: { es: evil } }],
      months: [
        {
          month: '2026-10',
          entries: [
            {
              numeral: 3,
              state: 'published',
              unit: evil,
              note: evil,
              files: [{ url: 'a.csv', format: 'csv', title: evil, name: evil }],
            },
          ],
        },
      ],
    });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(textOf(el)).to.include('Sueldos <img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
