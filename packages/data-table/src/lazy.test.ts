import { expect, waitUntil } from '@minga/test-utils';
import { registerTranslation } from '@minga/core';
import { $, button, table } from '../test/small-table.js';
import './define.js';

// The parts of the element loaded on first use (panels, downloads, sync-url, English). This
// file runs in a page of its own, so they start unloaded, and the tests run in order.

/** Source files of the lazy parts, as the test server serves them. */
const PARTS = [
  '/src/panels.ts',
  '/src/panels.styles.ts',
  '/src/locales/es-panels.ts',
  '/src/model/export.ts',
  '/src/model/url-state.ts',
  '/src/locales/en.ts',
];
// The browser keeps 250 resource entries by default; this page loads about 70 modules before
// the tests start. Room for many more, so a part fetched later is never left unrecorded (which
// would let "loads none of them" pass for the wrong reason).
performance.setResourceTimingBufferSize(5000);
const fetched = () =>
  PARTS.filter((part) =>
    performance.getEntriesByType('resource').some((entry) => entry.name.includes(part)),
  );

describe('<minga-data-table> parts loaded on first use', () => {
  it('a Spanish table that is read, sorted and searched loads none of them', async () => {
    const el = await table();
    $(el, 'th .sort').click();
    el.setSearch('obra');
    await el.updateComplete;
    expect($(el, 'tbody td').textContent!.trim()).to.equal('Contrato 1');
    expect(fetched()).to.deep.equal([]);
  });

  it('loads the panels before rendering chips for a filter set by the API', async () => {
    // Wording a page gave for the panels' messages before they arrived stays.
    registerTranslation('es', { 'table.filter.values': '{column} es {values}' });
    const el = await table();
    el.setFilter('tipo', { kind: 'values', values: ['Bien'] });
    // Filtered at once, before anything loads.
    expect(el.getViewRows()).to.have.length(13);
    await el.updateComplete;
    expect($(el, '.chip').textContent).to.contain('Tipo es Bien');
    expect($(el, '.chip').getAttribute('aria-label')).to.equal('Quitar filtro: Tipo es Bien');
    expect(fetched()).to.deep.equal([
      '/src/panels.ts',
      '/src/panels.styles.ts',
      '/src/locales/es-panels.ts',
    ]);
  });

  it('styles the panels once they are here', async () => {
    const el = await table();
    button(el, 'Filtros').click();
    await el.updateComplete;
    // The panels' own rules (panels.styles.ts): the filters as a grid, checkboxes of 20 px.
    expect(getComputedStyle($(el, '.filters')).display).to.equal('grid');
    const box = $(el, '.check input').getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([20, 20]);
  });

  it('loads the exporter on the first download', async () => {
    const el = await table();
    expect(fetched()).not.to.include('/src/model/export.ts');
    let file: HTMLAnchorElement | undefined;
    const watch = new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes) if (node instanceof HTMLAnchorElement) file = node;
    });
    watch.observe(el.shadowRoot!, { childList: true });
    button(el, 'CSV').click();
    await waitUntil(() => file, 'no file was offered');
    watch.disconnect();
    expect(file!.download).to.equal('contratos.csv');
    expect($(el, '.part-error')).to.equal(null);
    expect(JSON.parse(await el.exportJson())).to.have.length(40);
    expect(fetched()).to.include('/src/model/export.ts');
  });

  it('renders English from the first render, keeping wording the page gave before', async () => {
    expect(fetched()).not.to.include('/src/locales/en.ts');
    registerTranslation('en', { 'table.search.label': 'Find a contract' });
    const el = await table('en');
    expect($(el, '.search label').textContent!.trim()).to.equal('Find a contract');
    expect(button(el, 'Filters')).not.to.equal(undefined);
    expect($(el, '.page-status').textContent).to.contain('Showing 1–25 of 40');
    expect(fetched()).to.include('/src/locales/en.ts');
  });
});
