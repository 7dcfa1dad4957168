// The autoloader starting after a reader already moved focus into an element far below (a
// slow network: minga.js arrives after the reader tabbed to the element's fallback link): its
// code loads at once. A page of its own, so nothing is loaded before.
import { expect, fixture, waitUntil } from '@minga/test-utils';
import { startLoader } from '../src/loader.js';

describe('loader: focus before it starts', () => {
  it('loads an element off screen that already has focus inside it', async () => {
    const host = await fixture<HTMLElement>(`
      <div>
        <div style="block-size: 500vh"></div>
        <minga-data-table caption="Contratos"
          ><a href="/packages/data-table/test/fixtures/contratos.csv">Descargar (CSV)</a></minga-data-table
        >
        <div style="block-size: 500vh"></div>
        <minga-transparency></minga-transparency>
      </div>`);
    host.querySelector('a')!.focus({ preventScroll: true });
    expect(scrollY).to.equal(0);
    const loader = startLoader();
    try {
      await waitUntil(() => customElements.get('minga-data-table') !== undefined, 'not loaded', {
        timeout: 5000,
      });
      expect(customElements.get('minga-transparency')).to.equal(undefined);
    } finally {
      loader.disconnect();
    }
  });
});
