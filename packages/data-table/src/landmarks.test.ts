// Several tables on one page: every landmark has a name of its own (axe landmark-unique, a
// best-practice rule), so a screen reader's list of landmarks tells them apart.
import { expect, fixture, html } from '@minga/test-utils';
import type { MingaDataTable } from './index.js';
import './define.js';

const rows = Array.from({ length: 30 }, (_, i) => [`Proceso ${i + 1}`, i * 10]);
const columns = [
  { key: 'nombre', label: 'Nombre', type: 'text' as const },
  { key: 'monto', label: 'Monto', type: 'currency' as const },
];

async function page(lang = 'es'): Promise<MingaDataTable[]> {
  const wrapper = await fixture<HTMLElement>(html`
    <main lang=${lang}>
      <minga-data-table caption="Procesos" page-size="10"></minga-data-table>
      <minga-data-table caption="Contratos" page-size="10"></minga-data-table>
    </main>
  `);
  const tables = [...wrapper.querySelectorAll('minga-data-table')];
  for (const t of tables) {
    t.columns = columns;
    t.rows = rows;
  }
  await Promise.all(tables.map((t) => t.updateComplete));
  return tables;
}

const navName = (t: MingaDataTable) =>
  t.shadowRoot!.querySelector('nav')!.getAttribute('aria-label');

describe('landmarks with several tables', () => {
  it('names each pagination after its table', async () => {
    const tables = await page();
    expect(tables.map(navName)).to.deep.equal([
      'Paginación de Procesos',
      'Paginación de Contratos',
    ]);
    await expect(tables[0]!.parentElement!).to.be.accessible();
    const en = await page('en');
    expect(en.map(navName)).to.deep.equal(['Pagination of Procesos', 'Pagination of Contratos']);
  });

  it('keeps "Paginación" for a table without caption', async () => {
    const el = await fixture<MingaDataTable>(
      html`<minga-data-table page-size="10"></minga-data-table>`,
    );
    el.columns = columns;
    el.rows = rows;
    await el.updateComplete;
    expect(navName(el)).to.equal('Paginación');
  });
});
