import {
  aTimeout,
  expect,
  fixture,
  html,
  oneEvent,
  sendKeys,
  resetMouse,
  sendMouse,
  setViewport,
  waitUntil,
} from '@minga/test-utils';
import type { Row } from '@minga/data';
import type { ColumnConfig, MingaDataTable } from './index.js';
import './define.js';

const columns: ColumnConfig[] = [
  { key: 'contrato', label: 'Contrato', type: 'text' },
  { key: 'proveedor', label: 'Proveedor', type: 'text' },
  { key: 'monto', label: 'Monto', type: 'currency' },
  { key: 'fecha', label: 'Fecha', type: 'date' },
  { key: 'tipo', label: 'Tipo', type: 'text' },
  { key: 'enlace', label: 'Enlace', type: 'url' },
];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const tipos = ['Obra', 'Servicio', 'Bien'];

/** 100 fictional contracts, typed rows in column order. */
function contracts(n = 100): Row[] {
  return Array.from({ length: n }, (_, i) => [
    i === 7
      ? 'Información pública del cantón'
      : i === 8
        ? 'Juegos para niños'
        : `Contrato ${String(i + 1).padStart(3, '0')}`,
    i % 2 ? 'Constructora Andina S.A.' : 'Servicios del Austro Cía. Ltda.',
    i === 5 ? null : Math.round(((i * 7919) % 100000) * 100) / 100 + 0.5,
    day(`2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`),
    tipos[i % 3]!,
    i % 10 === 0 ? `https://compras.example.gob.ec/c/${i}` : null,
  ]);
}

async function table(
  options: { rows?: Row[]; attrs?: string; lang?: string } = {},
): Promise<MingaDataTable> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'es'} style="width: 1000px">
      <minga-data-table caption="Contratos 2026" search-delay="0"></minga-data-table>
    </div>`,
  );
  const el = wrapper.querySelector('minga-data-table')!;
  el.columns = columns;
  el.rows = options.rows ?? contracts();
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MingaDataTable, selector: string) =>
  el.shadowRoot!.querySelector<T & HTMLElement>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: MingaDataTable, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & HTMLElement>(selector),
];
const bodyRows = (el: MingaDataTable) => $$(el, 'tbody tr.row');
const firstColumn = (el: MingaDataTable) =>
  bodyRows(el).map((tr) => tr.querySelector('td')!.textContent!.trim());
const headerButton = (el: MingaDataTable, label: string) =>
  $$<HTMLButtonElement>(el, 'th .sort').find((b) => b.textContent!.includes(label))!;
const text = (el: MingaDataTable, selector: string) =>
  $(el, selector).textContent!.replace(/\s+/g, ' ').trim();

describe('<minga-data-table>', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  it('is accessible', async () => {
    const el = await table();
    await expect(el).to.be.accessible();
  });

  describe('a real table', () => {
    it('renders caption, column headers with scope and sort buttons, and a page of rows', async () => {
      const el = await table();
      expect(text(el, 'caption')).to.equal('Contratos 2026');
      const ths = $$(el, 'thead th');
      expect(ths.map((th) => th.getAttribute('scope'))).to.deep.equal(Array(6).fill('col'));
      expect(ths.every((th) => th.querySelector('button.sort'))).to.equal(true);
      expect(bodyRows(el)).to.have.length(25);
      expect(text(el, '.page-status')).to.equal('Mostrando 1–25 de 100');
      expect($(el, '.scroller').getAttribute('role')).to.equal('region');
      expect($(el, '.scroller').getAttribute('aria-label')).to.equal('Tabla: Contratos 2026');
    });

    it('formats money, dates and links by type, numbers right-aligned', async () => {
      const el = await table();
      const cells = bodyRows(el)[0]!.querySelectorAll('td');
      expect(cells[2]!.textContent!.trim()).to.equal('$0,50');
      expect(cells[2]!.classList.contains('num')).to.equal(true);
      expect(getComputedStyle(cells[2]!).textAlign).to.equal('end');
      expect(cells[3]!.textContent!.trim()).to.equal('1 ene 2026');
      const link = cells[5]!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://compras.example.gob.ec/c/0');
      expect(getComputedStyle(cells[2]!).fontVariantNumeric).to.contain('tabular-nums');
    });

    it('groups thousands, except in year columns', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="es"><minga-data-table></minga-data-table></div>`,
      );
      const el = wrapper.querySelector('minga-data-table')!;
      el.columns = [
        { key: 'superficie', label: 'Superficie (m²)', type: 'integer' },
        { key: 'anio', label: 'Año de construcción', type: 'integer' },
        { key: 'servicio', label: 'Años de servicio', type: 'integer' },
      ];
      el.rows = [[22660, 1976, 1200]];
      await el.updateComplete;
      const cells = [...bodyRows(el)[0]!.querySelectorAll('td')].map((td) =>
        td.textContent!.trim(),
      );
      expect(cells).to.deep.equal(['22.660', '1976', '1.200']);
    });

    it('formats in English when the page says so', async () => {
      const el = await table({ lang: 'en' });
      const cells = bodyRows(el)[1]!.querySelectorAll('td');
      expect(cells[2]!.textContent!.trim()).to.equal('$7,919.50');
      expect(text(el, '.page-status')).to.equal('Showing 1–25 of 100');
      expect(text(el, '.search label')).to.equal('Search the table');
    });

    it('shows hostile text as text and links only http, https and mailto', async () => {
      const el = await table({
        rows: [
          [
            '<img src=x onerror="window.__pwned=1">',
            '<script>alert(1)</script>',
            1,
            null,
            'Obra',
            'javascript:alert(1)',
          ],
          ['ok', 'ok', 2, null, 'Obra', 'mailto:transparencia@example.gob.ec'],
          ['ok', 'ok', 3, null, 'Obra', 'data:text/html,<b>x</b>'],
        ],
      });
      await aTimeout(50);
      expect($$(el, 'tbody img')).to.have.length(0);
      expect($$(el, 'tbody script')).to.have.length(0);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(firstColumn(el)[0]).to.equal('<img src=x onerror="window.__pwned=1">');
      const links = $$<HTMLAnchorElement>(el, 'tbody a');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'mailto:transparencia@example.gob.ec',
      ]);
      expect(bodyRows(el)[0]!.querySelectorAll('td')[5]!.textContent!.trim()).to.equal(
        'javascript:alert(1)',
      );
    });
  });

  describe('reading comfort', () => {
    it('keeps the header in view while scrolling, and has a compact density', async () => {
      const el = await table();
      expect(getComputedStyle($(el, 'thead th')).position).to.equal('sticky');
      const cell = () => getComputedStyle(bodyRows(el)[0]!.querySelector('td')!);
      expect(cell().paddingTop).to.equal('8px');
      el.density = 'compact';
      await el.updateComplete;
      expect(cell().paddingTop).to.equal('4px');
      el.style.setProperty('--minga-data-table-cell-padding-block', '2px');
      expect(cell().paddingTop).to.equal('2px');
    });
  });

  describe('sorting', () => {
    it('sorts by a header, then reverses, with aria-sort, and announces it', async () => {
      const el = await table();
      const button = headerButton(el, 'Monto');
      button.click();
      await el.updateComplete;
      const th = button.closest('th')!;
      expect(th.getAttribute('aria-sort')).to.equal('ascending');
      expect(bodyRows(el)[0]!.querySelectorAll('td')[2]!.textContent!.trim()).to.equal('$0,50');
      expect(text(el, '[role=status]')).to.equal('Ordenado por Monto, de menor a mayor');
      button.click();
      await el.updateComplete;
      expect(th.getAttribute('aria-sort')).to.equal('descending');
      const max = Math.max(...contracts().map((r) => (r[2] as number | null) ?? 0));
      expect(bodyRows(el)[0]!.querySelectorAll('td')[2]!.textContent!.trim()).to.equal(
        `$${max.toLocaleString('es-EC', { minimumFractionDigits: 2 })}`,
      );
      // Blanks stay last: the row without an amount is on the last page.
      el.setPage(4);
      await el.updateComplete;
      expect(bodyRows(el).at(-1)!.querySelectorAll('td')[2]!.textContent!.trim()).to.equal('');
    });

    it('sorts text in Spanish order and several columns with Shift', async () => {
      const el = await table();
      const sorts: unknown[] = [];
      el.addEventListener('minga-sort-change', (e) => sorts.push(e.detail.sort));
      headerButton(el, 'Tipo').click();
      await el.updateComplete;
      headerButton(el, 'Monto').dispatchEvent(
        new MouseEvent('click', { shiftKey: true, bubbles: true }),
      );
      await el.updateComplete;
      expect(sorts.at(-1)).to.deep.equal([
        { column: 'tipo', direction: 'asc' },
        { column: 'monto', direction: 'asc' },
      ]);
      const cells = bodyRows(el).map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
      );
      expect(cells[0]![4]).to.equal('Bien');
      expect(cells.at(-1)![4]).to.equal('Bien');
      const amounts = cells.map((c) => Number(c[2]!.replace(/[$.]/g, '').replace(',', '.')));
      expect(amounts).to.deep.equal([...amounts].sort((a, b) => a - b));
      // Rank badges, in column order: Monto is the second key, Tipo the first.
      expect($$(el, '.sort-rank').map((s) => s.textContent)).to.deep.equal(['2', '1']);
    });

    it('is driven by the keyboard and keeps focus on the header', async () => {
      const el = await table();
      $<HTMLInputElement>(el, '#search').focus();
      // Search, Filters, Columns, CSV, JSON, then the scroll region, then the first header.
      for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.textContent).to.contain('Contrato');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($$(el, 'th')[1]!.getAttribute('aria-sort')).to.equal('ascending');
      expect(el.shadowRoot!.activeElement?.textContent).to.contain('Proveedor');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect($$(el, 'th')[1]!.getAttribute('aria-sort')).to.equal('descending');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement?.textContent).to.contain('Contrato');
    });
  });

  describe('search', () => {
    it('finds words without accents or case, highlights them and announces the count', async () => {
      const el = await table();
      const events: number[] = [];
      el.addEventListener('minga-filter-change', (e) => events.push(e.detail.total));
      el.setSearch('INFORMACION');
      await el.updateComplete;
      expect(firstColumn(el)).to.deep.equal(['Información pública del cantón']);
      expect($$(el, 'tbody mark').map((m) => m.textContent)).to.deep.equal(['Información']);
      expect(text(el, '[role=status]')).to.equal('1 resultado');
      expect(events).to.deep.equal([1]);
      el.setSearch('nino');
      await el.updateComplete;
      expect(firstColumn(el)).to.deep.equal(['Juegos para niños']);
      el.setSearch('constructora andina');
      await el.updateComplete;
      expect(text(el, '[role=status]')).to.equal('50 resultados');
      expect(text(el, '.page-status')).to.equal('Mostrando 1–25 de 50');
    });

    it('searches as the citizen types (debounced), and shows no-results with a way out', async () => {
      const el = await table();
      el.searchDelay = 20;
      $<HTMLInputElement>(el, '#search').focus();
      await sendKeys({ type: 'xyz no existe' });
      await waitUntil(() => el.shadowRoot!.querySelector('.state'), 'no results state');
      expect(text(el, '.state p')).to.equal('Ninguna fila coincide con su búsqueda o sus filtros.');
      expect(text(el, '[role=status]')).to.equal('Ningún resultado');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.state button').click();
      await el.updateComplete;
      expect(bodyRows(el)).to.have.length(25);
      expect(el.shadowRoot!.activeElement?.id).to.equal('search');
    });
  });

  describe('filters', () => {
    it('filters by type from the panel, shows removable chips, and clears them', async () => {
      const el = await table();
      const toggle = $$<HTMLButtonElement>(el, '.toolbar button').find((b) =>
        b.textContent!.includes('Filtros'),
      )!;
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
      // Every field stays inside its box (date fields are wide: they go one under the other).
      for (const fieldset of $$(el, '#filters-panel fieldset')) {
        const box = fieldset.getBoundingClientRect();
        for (const input of fieldset.querySelectorAll('input'))
          expect(input.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
      }
      // Tipo has 3 values: a checklist.
      const tipo = $$<HTMLFieldSetElement>(el, '#filters-panel fieldset').find((f) =>
        f.textContent!.includes('Tipo'),
      )!;
      const obra = [...tipo.querySelectorAll('label')].find((l) =>
        l.textContent!.includes('Obra'),
      )!;
      expect(obra.textContent).to.contain('(34)');
      (tipo.querySelector(`#${obra.htmlFor}`) as HTMLInputElement).click();
      await el.updateComplete;
      expect(text(el, '.page-status')).to.equal('Mostrando 1–25 de 34');
      // Monto: a range.
      const min = $<HTMLInputElement>(el, '#filters-panel input[type=number]');
      min.value = '50000';
      min.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const chips = $$(el, '.chips .chip');
      expect(chips.map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Monto: desde $50.000,00 ✕',
        'Tipo: Obra ✕',
      ]);
      expect(toggle.textContent!.trim()).to.equal('Filtros (2)');
      const total = el.getViewRows().length;
      expect(
        el.getViewRows().every((r) => r.tipo === 'Obra' && (r.monto as number) >= 50000),
      ).to.equal(true);
      chips[1]!.click();
      await el.updateComplete;
      expect(el.getViewRows().length).to.be.greaterThan(total);
      $$<HTMLButtonElement>(el, '.chips button')
        .find((b) => b.textContent!.includes('Borrar filtros'))!
        .click();
      await el.updateComplete;
      expect(el.getViewRows()).to.have.length(100);
      expect($$(el, '.chips')).to.have.length(0);
    });

    it('keeps the open panel button readable under the pointer, and checkboxes whole by long labels', async () => {
      const el = await table({
        rows: contracts().map((row, i) => {
          const copy = [...row];
          copy[1] = `Constructora Ejemplo ${'ABC'[i % 3]} S.A. (ficticia), sucursal del cantón`;
          return copy;
        }),
      });
      const toggle = $$<HTMLButtonElement>(el, '.toolbar button').find((b) =>
        b.textContent!.includes('Filtros'),
      )!;
      toggle.click();
      await el.updateComplete;
      const open = getComputedStyle(toggle).backgroundColor;
      const box = toggle.getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      await waitUntil(() => toggle.matches(':hover'), 'the pointer is not on the button');
      // Under the pointer it stays dark (its text is white), as the primary buttons do.

      expect(getComputedStyle(toggle).backgroundColor).to.equal(open);
      await resetMouse();
      const proveedor = $$<HTMLFieldSetElement>(el, '#filters-panel fieldset').find((f) =>
        f.textContent!.includes('Proveedor'),
      )!;
      const label = proveedor.querySelector('label')!;
      expect(label.getBoundingClientRect().height).to.be.greaterThan(30); // wrapped
      for (const check of proveedor.querySelectorAll('input'))
        expect(check.getBoundingClientRect().width).to.equal(20);
    });

    it('filters date ranges inclusively', async () => {
      const el = await table();
      el.setFilter('fecha', { kind: 'dates', from: '2026-03-01', to: '2026-03-31' });
      await el.updateComplete;
      const months = el.getViewRows().map((r) => (r.fecha as Date).toISOString().slice(0, 7));
      expect(months.length).to.equal(9);
      expect(new Set(months)).to.deep.equal(new Set(['2026-03']));
    });
  });

  describe('paging', () => {
    it('pages with buttons and page sizes, and never drops focus', async () => {
      const el = await table();
      const pages: unknown[] = [];
      el.addEventListener('minga-page-change', (e) => pages.push(e.detail));
      const next = $$<HTMLButtonElement>(el, '.pages button').find((b) =>
        b.textContent!.includes('Siguiente'),
      )!;
      next.click();
      await el.updateComplete;
      expect(text(el, '.page-status')).to.equal('Mostrando 26–50 de 100');
      expect(firstColumn(el)[0]).to.equal('Contrato 026');
      const select = $<HTMLSelectElement>(el, '#page-size');
      select.value = '50';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(text(el, '.page-status')).to.equal('Mostrando 1–50 de 100');
      next.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(text(el, '.page-status')).to.equal('Mostrando 51–100 de 100');
      // Next is now disabled: focus moved to another page button, not lost.
      expect(el.shadowRoot!.activeElement?.tagName).to.equal('BUTTON');
      expect((el.shadowRoot!.activeElement as HTMLButtonElement).disabled).to.equal(false);
      expect(pages).to.deep.equal([
        { page: 2, pageSize: 25 },
        { page: 1, pageSize: 50 },
        { page: 2, pageSize: 50 },
      ]);
    });

    it('renders only visible rows in virtual mode, keeping table semantics', async () => {
      const el = await table({ rows: contracts(5000) });
      el.virtual = true;
      el.style.setProperty('--minga-data-table-height', '400px');
      await el.updateComplete;
      await aTimeout(50);
      await el.updateComplete;
      expect($(el, 'table').getAttribute('aria-rowcount')).to.equal('5001');
      const rendered = bodyRows(el);
      expect(rendered.length).to.be.within(10, 60);
      expect(rendered[0]!.getAttribute('aria-rowindex')).to.equal('2');
      const scroller = $(el, '.scroller');
      scroller.scrollTop = 100000;
      scroller.dispatchEvent(new Event('scroll'));
      await el.updateComplete;
      const first = Number(bodyRows(el)[0]!.getAttribute('aria-rowindex'));
      expect(first).to.be.greaterThan(1000);
      expect(firstColumn(el)[0]).to.equal(`Contrato ${String(first - 1).padStart(3, '0')}`);
      await expect(el).to.be.accessible();
    });
  });

  describe('columns and export', () => {
    it('hides and shows columns from the Columns menu', async () => {
      const el = await table();
      $$<HTMLButtonElement>(el, '.toolbar button')
        .find((b) => b.textContent!.includes('Columnas'))!
        .click();
      await el.updateComplete;
      const box = $<HTMLInputElement>(el, '#columns-panel input#col-1');
      box.click();
      await el.updateComplete;
      expect(
        $$(el, 'thead th').map((th) => th.textContent!.trim().replace(/\s*[↕▲▼]\d*$/, '')),
      ).to.deep.equal(['Contrato', 'Monto', 'Fecha', 'Tipo', 'Enlace']);
      box.click();
      await el.updateComplete;
      expect($$(el, 'thead th')).to.have.length(6);
    });

    it('exports what the reader sees: filtered, sorted, visible columns', async () => {
      const el = await table({
        rows: [
          ['=1+1', 'A', 10, day('2026-01-02'), 'Obra', null],
          ['Vía "norte"', 'B', 5.25, null, 'Servicio', null],
          ['Otro', 'C', 7, null, 'Obra', null],
        ],
      });
      el.setFilter('tipo', { kind: 'values', values: ['Obra'] });
      el.setSort([{ column: 'monto', direction: 'asc' }]);
      el.setColumnVisible('proveedor', false);
      el.setColumnVisible('enlace', false);
      const csv = await el.exportCsv();
      expect(csv).to.equal(
        "\ufeffContrato,Monto,Fecha,Tipo\r\nOtro,7,,Obra\r\n'=1+1,10,2026-01-02,Obra\r\n",
      );
      expect(JSON.parse(await el.exportJson())).to.deep.equal([
        { contrato: 'Otro', monto: 7, fecha: null, tipo: 'Obra' },
        { contrato: '=1+1', monto: 10, fecha: '2026-01-02', tipo: 'Obra' },
      ]);
    });
  });

  describe('sharing by URL', () => {
    it('keeps the view in the URL and reads it back', async () => {
      const original = location.href;
      try {
        const el = await table();
        el.id = 'contratos';
        el.syncUrl = true;
        el.setSearch('andina');
        el.setSort([{ column: 'monto', direction: 'desc' }]);
        el.setPage(2);
        await el.updateComplete;
        const params = new URL(location.href).searchParams;
        expect(params.get('contratos.q')).to.equal('andina');
        expect(params.get('contratos.orden')).to.equal('monto:desc');
        expect(params.get('contratos.pagina')).to.equal('2');
        const copy = await fixture<MingaDataTable>(
          html`<minga-data-table
            id="contratos"
            sync-url
            .columns=${columns}
            .rows=${contracts()}
          ></minga-data-table>`,
        );
        expect(text(copy, '.page-status')).to.equal('Mostrando 26–50 de 50');
        expect(($(copy, '#search') as HTMLInputElement).value).to.equal('andina');
      } finally {
        history.replaceState(null, '', original);
      }
    });
  });

  describe('states and bad input', () => {
    it('loads CSV from src, with a data-load event', async () => {
      const el = document.createElement('minga-data-table');
      const loaded = oneEvent(el, 'minga-data-load');
      el.src = new URL('../test/fixtures/contratos.csv', import.meta.url).href;
      el.caption = 'Contratos';
      await fixture(html`<div>${el}</div>`);
      const event = await loaded;
      expect(event.detail.rowCount).to.equal(3);
      await el.updateComplete;
      expect(firstColumn(el)).to.deep.equal([
        'Construcción de la vía a Tumbaco',
        'Información pública',
        'Juegos para niños',
      ]);
      expect(bodyRows(el)[0]!.querySelectorAll('td')[2]!.textContent!.trim()).to.equal('$1.234,56');
      await expect(el).to.be.accessible();
    });

    it('sorts by two keys right after the load, the second with > 50,000 distinct texts', async () => {
      const el = document.createElement('minga-data-table');
      const loaded = oneEvent(el, 'minga-data-load');
      // 60,000 rows: "Proveedor 0" … "Proveedor 36", and a distinct "P-00000"… per row.
      el.src = '/test-data/generated.csv?rows=60000';
      el.caption = 'Contratos';
      await fixture(html`<div>${el}</div>`);
      expect((await loaded).detail.rowCount).to.equal(60_000);
      const sorts: unknown[] = [];
      el.addEventListener('minga-sort-change', (e) => sorts.push(e.detail.sort));
      // No idle time: the first click comes as soon as the table says it has loaded.
      headerButton(el, 'Proveedor').click();
      headerButton(el, 'Proceso').dispatchEvent(
        new MouseEvent('click', { shiftKey: true, bubbles: true }),
      );
      headerButton(el, 'Proceso').dispatchEvent(
        new MouseEvent('click', { shiftKey: true, bubbles: true }),
      );
      await el.updateComplete;
      expect(sorts.at(-1)).to.deep.equal([
        { column: 'Proveedor', direction: 'asc' },
        { column: 'Proceso', direction: 'desc' },
      ]);
      const cells = bodyRows(el).map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
      );
      // Proveedor 0 has the rows whose number is a multiple of 37: the highest first.
      expect(cells.slice(0, 3).map((c) => [c[1], c[0]])).to.deep.equal([
        ['Proveedor 0', 'P-59977'],
        ['Proveedor 0', 'P-59940'],
        ['Proveedor 0', 'P-59903'],
      ]);
      const view = el.getViewRows();
      expect(view.length).to.equal(60_000);
      // "Proveedor 1" comes after every "Proveedor 0", and before "Proveedor 10" (text order).
      expect(view[1621]).to.include({ Proveedor: 'Proveedor 0', Proceso: 'P-00000' });
      expect(view[1622]).to.include({ Proveedor: 'Proveedor 1', Proceso: 'P-59978' });
    });

    it('reads a child JSON script', async () => {
      const el = await fixture<MingaDataTable>(
        html`<minga-data-table caption="Inline">
          <script type="application/json">
            [
              { "Nombre": "Parque Central", "Visitantes": 1200 },
              { "Nombre": "Mirador", "Visitantes": 800 }
            ]
          </script>
        </minga-data-table>`,
      );
      await waitUntil(() => bodyRows(el).length === 2, 'rows from inline JSON');
      expect(firstColumn(el)).to.deep.equal(['Parque Central', 'Mirador']);
      expect(bodyRows(el)[0]!.querySelectorAll('td')[1]!.textContent!.trim()).to.equal('1.200');
    });

    it('shows a plain-language error and a retry button for a 404, with a data-error event', async () => {
      const el = document.createElement('minga-data-table');
      const failed = oneEvent(el, 'minga-data-error');
      el.src = '/packages/data-table/test/fixtures/no-existe.csv';
      await fixture(html`<div>${el}</div>`);
      const event = await failed;
      expect(event.detail.error.code).to.equal('http');
      await el.updateComplete;
      const alert = $(el, '[role=alert]');
      expect(alert.querySelector('h2')!.textContent).to.equal('No se pudieron cargar los datos');
      expect(alert.querySelector('p')!.textContent!.length).to.be.greaterThan(10);
      expect(alert.querySelector('button')!.textContent!.trim()).to.equal('Intentar de nuevo');
      await expect(el).to.be.accessible();
      // The message follows the language.
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(alert.querySelector('h2')!.textContent).to.equal('The data could not be loaded');
    });

    it('is busy with a skeleton while a slow server answers', async () => {
      const el = document.createElement('minga-data-table');
      el.src = '/slow.csv?ms=800';
      const loaded = oneEvent(el, 'minga-data-load');
      await fixture(html`<div>${el}</div>`);
      expect($(el, '.scroller').getAttribute('aria-busy')).to.equal('true');
      expect($$(el, '.skeleton')).to.have.length(1);
      expect(text(el, '.state p')).to.contain('Cargando datos');
      // The first rows may show while the end of the file is still on its way (still busy):
      // not busy once the whole file is in.
      await loaded;
      await el.updateComplete;
      expect(bodyRows(el)).to.have.length(2);
      expect($(el, '.scroller').getAttribute('aria-busy')).to.equal('false');
    });

    it('says when a file is empty', async () => {
      const el = document.createElement('minga-data-table');
      const failedOrLoaded = Promise.race([
        oneEvent(el, 'minga-data-error'),
        oneEvent(el, 'minga-data-load'),
      ]);
      el.src = new URL('../test/fixtures/vacio.csv', import.meta.url).href;
      await fixture(html`<div>${el}</div>`);
      await failedOrLoaded;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.match(/vac[ií]/i);
      await expect(el).to.be.accessible();
    });

    it('shows a 1 MB cell shortened, with a button to show all', async () => {
      const big = 'á'.repeat(1_000_000);
      const el = await table({ rows: [[big, 'x', 1, null, 'Obra', null]] });
      const cell = bodyRows(el)[0]!.querySelector('td')!;
      expect(cell.textContent!.length).to.be.lessThan(400);
      const more = cell.querySelector('button')!;
      expect(more.textContent!.trim()).to.equal('Mostrar todo');
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      more.click();
      await el.updateComplete;
      expect(cell.textContent!.length).to.be.greaterThan(1_000_000);
    });

    it('handles 300 columns with a visible cue to scroll sideways', async () => {
      const many: ColumnConfig[] = Array.from({ length: 300 }, (_, i) => ({
        key: `c${i}`,
        label: `Columna ${i + 1}`,
        type: 'integer',
      }));
      const el = await fixture<MingaDataTable>(
        html`<minga-data-table style="width: 800px"></minga-data-table>`,
      );
      el.columns = many;
      el.rows = Array.from({ length: 30 }, (_, r) => many.map((_, c) => r * c));
      await el.updateComplete;
      await aTimeout(50);
      await el.updateComplete;
      expect($$(el, 'thead th')).to.have.length(300);
      await waitUntil(
        () => el.shadowRoot!.querySelector('.scroll-hint:not([data-idle])'),
        'the sideways scroll cue',
      );
      // Its line was there (invisible) before: showing it moves nothing.
      el.columns = many.slice(0, 2);
      el.rows = [[1, 2]];
      await waitUntil(() => el.shadowRoot!.querySelector('.scroll-hint[data-idle]'), 'idle cue');
      expect(getComputedStyle($(el, '.scroll-hint')).visibility).to.equal('hidden');
      expect($(el, '.scroller').tabIndex).to.equal(0);
    });
  });

  describe('CKAN server-side mode', () => {
    const RESOURCE = 'b1c2d3e4-0000-4000-8000-contratos2025';
    const requests = async (session: string) =>
      (await (await fetch(`/test-data/ckan/requests?session=${session}`)).json()) as string[];

    it('pages, sorts, searches and filters with one datastore_search per change', async () => {
      const session = `table-${Date.now()}`;
      const el = document.createElement('minga-data-table');
      const loaded = oneEvent(el, 'minga-data-load');
      el.setAttribute('ckan-url', `/test-data/ckan/${session}`);
      el.setAttribute('resource-id', RESOURCE);
      el.setAttribute('page-size', '10');
      el.caption = 'Contratos (CKAN)';
      await fixture(html`<div>${el}</div>`);
      await loaded;
      await el.updateComplete;
      expect(bodyRows(el)).to.have.length(10);
      expect(text(el, '.page-status')).to.match(/^Mostrando 1–10 de \d+$/);
      await expect(el).to.be.accessible();
      const total = Number(text(el, '.page-status').split(' de ')[1]!.replace(/\./g, ''));

      headerButton(el, 'monto').click();
      await waitUntil(
        async () => (await requests(session)).some((r) => r.includes('sort=')),
        'sort request',
      );
      await waitUntil(() => el.shadowRoot!.querySelector('th[aria-sort=ascending]'), 'sorted');
      await el.updateComplete;
      const amounts = bodyRows(el).map((tr) =>
        Number(
          tr.querySelectorAll('td')[4]!.textContent!.trim().replace(/[$.]/g, '').replace(',', '.'),
        ),
      );
      expect(amounts).to.deep.equal([...amounts].sort((a, b) => a - b));

      el.setPage(2);
      await waitUntil(() => text(el, '.page-status').startsWith('Mostrando 11–20'), 'page 2');

      el.setSearch('alcantarillado');
      await waitUntil(
        async () => (await requests(session)).some((r) => r.includes('q=alcantarillado')),
        'q',
      );
      await waitUntil(() => el.shadowRoot!.textContent!.includes('resultado'), 'announced');
      const found = Number(text(el, '.page-status').split(' de ')[1]!.replace(/\./g, ''));
      expect(found).to.be.lessThan(total);

      el.setFilter('parroquia', { kind: 'values', values: ['San Isidro'] });
      await waitUntil(
        async () => (await requests(session)).some((r) => r.includes('filters=')),
        'filters',
      );
      await el.updateComplete;
      const log = await requests(session);
      const searches = log.filter((r) => r.startsWith('datastore_search'));
      // Load, sort, page, search, filter: five changes, five requests.
      expect(searches).to.have.length(5);
      const params = searches.map((r) => new URLSearchParams(r.slice(r.indexOf('?') + 1)));
      expect(params[1]!.get('sort')).to.equal('"monto" asc');
      expect(params[2]!.get('offset')).to.equal('10');
      expect(params[3]!.get('q')).to.equal('alcantarillado');
      expect(JSON.parse(params[4]!.get('filters')!)).to.deep.equal({ parroquia: ['San Isidro'] });
    });

    it("shows the portal's error in plain words", async () => {
      const el = document.createElement('minga-data-table');
      const failed = oneEvent(el, 'minga-data-error');
      el.setAttribute('ckan-url', `/test-data/ckan/err-${Date.now()}`);
      el.setAttribute('resource-id', 'no-existe');
      await fixture(html`<div>${el}</div>`);
      const event = await failed;
      expect(event.detail.error.code).to.equal('ckan');
      await el.updateComplete;
      expect(text(el, '[role=alert] p')).to.contain('no-existe');
    });
  });

  describe('keyboard', () => {
    it('opens the filters with the keyboard, filters, and closes them', async () => {
      const el = await table();
      $<HTMLInputElement>(el, '#search').focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '#filters-panel').hidden).to.equal(false);
      // A disclosure: the first filter (Contrato: text, many values) comes right after the
      // button, before Columns, CSV and JSON.
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'f-0', 'first filter focused');
      await sendKeys({ type: 'niños' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(firstColumn(el)).to.deep.equal(['Juegos para niños']);
      expect(text(el, '[role=status]')).to.equal('1 resultado');
      await expect(el).to.be.accessible();
    });

    it('closes a panel with Escape and returns to its button', async () => {
      const el = await table();
      $<HTMLInputElement>(el, '#search').focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'f-0', 'first filter focused');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '#filters-panel').hidden).to.equal(true);
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.textContent!.trim()).to.equal('Filtros');
      expect(focused.getAttribute('aria-expanded')).to.equal('false');
      // Escape on the open button closes it too.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '#filters-panel').hidden).to.equal(false);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '#filters-panel').hidden).to.equal(true);
      expect(el.shadowRoot!.activeElement === focused, 'focus back on Filtros').to.equal(true);
    });

    it('moves focus from a removed filter chip to the next chip, else to Filtros', async () => {
      const el = await table();
      el.setFilter('monto', { kind: 'range', min: 50000, max: null });
      el.setFilter('tipo', { kind: 'values', values: ['Obra'] });
      await waitUntil(() => $$(el, '.chips .chip').length === 2, 'chips shown');
      $$(el, '.chips .chip')[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      const name = () => el.shadowRoot!.activeElement?.getAttribute('aria-label');
      expect(name()).to.equal('Quitar filtro: Tipo: Obra');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(document.activeElement?.tagName).to.equal('MINGA-DATA-TABLE');
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.getAttribute('aria-controls')).to.equal('filters-panel');
      expect(focused.textContent!.trim()).to.equal('Filtros');
    });

    it('announces page changes, rows per page, hidden columns and "Borrar filtros"', async () => {
      const el = await table();
      const live = () => text(el, '[role=status]');
      $$<HTMLButtonElement>(el, '.pages button')
        .find((b) => b.textContent!.includes('Siguiente'))!
        .focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(live()).to.equal('Mostrando 26–50 de 100');
      $<HTMLSelectElement>(el, '#page-size').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(live()).to.equal('Mostrando 1–50 de 100');
      const columnsButton = $$<HTMLButtonElement>(el, '.toolbar button').find((b) =>
        b.textContent!.includes('Columnas'),
      )!;
      columnsButton.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#columns-panel input#col-0'), 'columns panel');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('col-0');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(live()).to.equal('Columna «Contrato» oculta');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(live()).to.equal('Columna «Contrato» visible');
      $<HTMLInputElement>(el, '#search').focus();
      await sendKeys({ type: 'andina' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(live()).to.equal('50 resultados');
      const clear = $$<HTMLButtonElement>(el, '.chips button').find((b) =>
        b.textContent!.includes('Borrar filtros'),
      )!;
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(live()).to.equal('Mostrando 1–50 de 100');
    });

    it('scrolls a focused sort button into view inside the scroll area', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="es" style="width: 700px">
          <minga-data-table caption="Contratos 2026"></minga-data-table>
        </div>`,
      );
      const el = wrapper.querySelector('minga-data-table')!;
      // Headers do not wrap: long ones make the table wider than its box.
      el.columns = columns.map((c) => ({ ...c, label: `${c.label} del contrato municipal` }));
      el.rows = contracts(30);
      await el.updateComplete;
      await aTimeout(50);
      const scroller = $(el, '.scroller');
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      headerButton(el, 'Contrato').focus();
      const steps = [
        ...['Proveedor', 'Monto', 'Fecha', 'Tipo', 'Enlace'].map((label) => ({
          label,
          key: 'Tab',
        })),
        ...['Tipo', 'Fecha', 'Monto'].map((label) => ({ label, key: 'Shift' })),
      ];
      for (const { label, key } of steps) {
        if (key === 'Shift') await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        if (key === 'Shift') await sendKeys({ up: 'Shift' });
        await aTimeout(50);
        const button = el.shadowRoot!.activeElement as HTMLElement;
        expect(button.textContent).to.contain(label);
        const box = button.getBoundingClientRect();
        const view = scroller.getBoundingClientRect();
        expect(box.left, `${label} left`).to.be.at.least(view.left - 0.5);
        expect(box.right, `${label} right`).to.be.at.most(view.right + 0.5);
      }
    });

    it('changes language live, strings and formats', async () => {
      const el = await table();
      el.setSearch('andina');
      await el.updateComplete;
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(text(el, '.page-status')).to.equal('Showing 1–25 of 50');
      expect(bodyRows(el)[0]!.querySelectorAll('td')[3]!.textContent!.trim()).to.equal(
        'Feb 2, 2026',
      );
    });
  });

  describe('small screens', () => {
    it('shows each row as a labelled card below 40rem', async () => {
      await setViewport({ width: 360, height: 740 });
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 340px"><minga-data-table></minga-data-table></div>`,
      );
      const el = wrapper.querySelector('minga-data-table')!;
      el.columns = columns;
      el.rows = contracts(10);
      await el.updateComplete;
      const td = bodyRows(el)[0]!.querySelector('td')!;
      expect(getComputedStyle(td).display).to.equal('grid');
      expect(td.getAttribute('data-label')).to.equal('Contrato');
      expect(getComputedStyle(td, '::before').content).to.equal('"Contrato"');
      // The label of a number cell wraps too, instead of running over the value.
      const amount = bodyRows(el)[0]!.querySelector<HTMLElement>('td.num')!;
      expect(getComputedStyle(amount, '::before').whiteSpace).to.equal('normal');
      expect(td.getAttribute('role')).to.equal('cell');
      const scroller = $(el, '.scroller');
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
      await expect(el).to.be.accessible();
      // The header gives way to one "Ordenar por" select.
      expect(getComputedStyle($(el, 'thead')).display).to.equal('none');
      const select = $<HTMLSelectElement>(el, '#sort-select');
      expect(getComputedStyle(select).display).not.to.equal('none');
      select.focus();
      select.value = 'monto:desc';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const amounts = el.getViewRows().map((r) => r.monto as number | null);
      expect(amounts.slice(0, 3)).to.deep.equal(
        [...amounts].sort((a, b) => (b ?? -1) - (a ?? -1)).slice(0, 3),
      );
      expect(el.shadowRoot!.activeElement).to.equal(select);
    });

    it('keeps a highlighted search match inside its cell in the card layout', async () => {
      await setViewport({ width: 320, height: 640 });
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="es"><minga-data-table search-delay="0"></minga-data-table></div>`,
      );
      const el = wrapper.querySelector('minga-data-table')!;
      el.columns = columns;
      el.rows = contracts(10);
      await el.updateComplete;
      const cell = () => bodyRows(el)[0]!.querySelector('td')!;
      const height = cell().getBoundingClientRect().height;
      $<HTMLInputElement>(el, '#search').focus();
      await sendKeys({ type: '001' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const mark = cell().querySelector('mark')!;
      expect(mark.textContent).to.equal('001');
      // "Contrato 001" stays one line, in the value's column, beside the label.
      expect(cell().getBoundingClientRect().height).to.equal(height);
      expect(mark.getBoundingClientRect().left).to.be.greaterThan(
        cell().getBoundingClientRect().left + 80,
      );
    });
  });
});
