// A small table for the tests of the parts loaded on first use (src/lazy*.test.ts). It does
// not import the element: each test file does, after arranging what it needs.
import { fixture, html } from '@minga/test-utils';
import type { Row } from '@minga/data';
import type { ColumnConfig, MingaDataTable } from '../src/index.js';

const columns: ColumnConfig[] = [
  { key: 'contrato', label: 'Contrato', type: 'text' },
  { key: 'monto', label: 'Monto', type: 'currency' },
  { key: 'tipo', label: 'Tipo', type: 'text' },
];
const rows: Row[] = Array.from({ length: 40 }, (_, i) => [
  `Contrato ${i + 1}`,
  1000 + i * 10,
  ['Obra', 'Bien', 'Servicio'][i % 3]!,
]);

/** 40 contracts (13 of type "Bien"), in a page of the given language. */
export async function table(lang = 'es'): Promise<MingaDataTable> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <minga-data-table caption="Contratos" search-delay="0"></minga-data-table>
    </div>`,
  );
  const el = wrapper.querySelector('minga-data-table')!;
  el.columns = columns;
  el.rows = rows;
  await el.updateComplete;
  return el;
}

export const $ = (el: MingaDataTable, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** The toolbar button whose text includes `label`. */
export const button = (el: MingaDataTable, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) =>
    b.textContent!.includes(label),
  )!;
