import { expect, waitUntil } from '@minga/test-utils';
import { $, button, table } from '../test/small-table.js';
import './define.js';
import { Part, parts } from './part.js';

// What a browser gives for a chunk that cannot be fetched.
const unreachable = () =>
  new Part<never>(() =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
  );
parts.panels = unreachable();
parts.exporter = unreachable();

// Parts of the element whose code cannot be loaded (offline, or a site updated since the page
// opened). Trying again is tested in part.test.ts.

describe('<minga-data-table> parts that cannot be loaded', () => {
  it('says so when a download cannot start, and keeps the table usable', async () => {
    const el = await table();
    button(el, 'CSV').click();
    await waitUntil(() => $(el, '.part-error'), 'no message for a failed download');
    expect($(el, '.part-error').textContent).to.contain('No se pudo cargar esta función');
    let error: unknown;
    await el.exportCsv().catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('No se pudo cargar esta función');
    $(el, 'th .sort').click();
    await el.updateComplete;
    expect($(el, 'th').getAttribute('aria-sort')).to.equal('ascending');
  });

  it('says so in the panel', async () => {
    const el = await table();
    const filters = button(el, 'Filtros');
    filters.click();
    await el.updateComplete;
    expect($(el, '#filters-panel .part-error').textContent).to.contain(
      'No se pudo cargar esta función',
    );
    expect($(el, '#filters-panel .part-error').getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();

    // Keyboard focus stays on the button that opened it.
    filters.focus();
    filters.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(filters);
  });
});
