// The autoloader loads an element's code only when the element comes near the viewport, at
// once when it is on screen or has focus, and keeps the element's space until it renders.
// A page of its own (each test file is): nothing is loaded before these tests.
import { expect, fixture, nextFrame, waitUntil } from '@minga/test-utils';
import { NEAR_MARGIN, reservedSpace, startLoader, type MingaLoader } from '../src/loader.js';

const loaded = (family: string) =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes(`/packages/${family}/`));

/** Long enough for the loader to have seen an element and decided (a few frames). */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** Screens of empty space: what comes after it is well beyond the loader's margin. */
const farBelow = () => `<div class="spacer" style="block-size: 500vh"></div>`;

describe('loader: near the viewport', () => {
  let loader: MingaLoader;
  let page: HTMLElement;

  before(() => {
    // The CMS page: text first, then an element on screen and others far below it.
    page = document.createElement('main');
    page.innerHTML = `
      <p>Página del municipio</p>
      <minga-sdg-progress value="40" target="80" label="Hogares con internet"></minga-sdg-progress>
      ${farBelow()}
      <minga-data-table caption="Contratos" src="/packages/data-table/test/fixtures/contratos.csv"
        ><a href="/packages/data-table/test/fixtures/contratos.csv">Descargar los contratos (CSV)</a></minga-data-table>
      ${farBelow()}
      <minga-transparency style="--minga-reserve: 321px"></minga-transparency>
      <p id="after-transparency">Después</p>`;
    document.body.append(page);
    loader = startLoader();
  });

  after(() => {
    loader.disconnect();
    page.remove();
  });

  it('loads an element on screen at once, and nothing for elements far below', async () => {
    await customElements.whenDefined('minga-sdg-progress');
    await settle();
    expect(NEAR_MARGIN).to.equal('100% 0px');
    expect(customElements.get('minga-data-table')).to.equal(undefined);
    expect(customElements.get('minga-transparency')).to.equal(undefined);
    expect(loaded('data-table')).to.equal(false);
    expect(loaded('transparency')).to.equal(false);
  });

  it('keeps the space an element will take until its code arrives', async () => {
    const transparency = page.querySelector('minga-transparency')!;
    expect(transparency.getBoundingClientRect().height).to.equal(321);
    // A tag's default reservation applies without any page CSS.
    const table = page.querySelector('minga-data-table')!;
    const [phone, wide] = reservedSpace['minga-data-table']!;
    const probe = await fixture<HTMLElement>(
      `<div style="block-size: ${innerWidth < 640 ? phone : wide}"></div>`,
    );
    expect(probe.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(table.getBoundingClientRect().height).to.equal(probe.getBoundingClientRect().height);
    expect(getComputedStyle(table).display).to.equal('block');
  });

  it('loads an element off screen when something in it gets focus', async () => {
    const link = page.querySelector<HTMLAnchorElement>('minga-data-table a')!;
    // A keyboard user reaching the fallback link (no scrolling: focus alone must load it).
    link.focus({ preventScroll: true });
    expect(document.activeElement).to.equal(link);
    await waitUntil(() => customElements.get('minga-data-table') !== undefined, 'not loaded', {
      timeout: 5000,
    });
    expect(loaded('transparency')).to.equal(false);
  });

  it('loads an element when the reader scrolls near it', async () => {
    const transparency = page.querySelector('minga-transparency')!;
    const top = transparency.getBoundingClientRect().top + scrollY;
    // Still more than a screen away: nothing yet.
    scrollTo(0, top - 2.5 * innerHeight);
    await settle();
    expect(customElements.get('minga-transparency')).to.equal(undefined);
    // Within a screen of it (not yet visible): its code loads before it is seen.
    scrollTo(0, top - 1.5 * innerHeight);
    await waitUntil(() => customElements.get('minga-transparency') !== undefined, 'not loaded', {
      timeout: 5000,
    });
    scrollTo(0, 0);
  });

  it('an element a page builder adds later loads when it is on screen, not before', async () => {
    // At the top of the page (the other elements are further down).
    const host = document.createElement('section');
    document.body.prepend(host);
    host.innerHTML = `${farBelow()}<div class="cms-block"><minga-request-status></minga-request-status></div>`;
    await settle();
    expect(customElements.get('minga-request-status')).to.equal(undefined);
    expect(loaded('info-request')).to.equal(false);
    // The builder moves the block to the top of the page.
    host.prepend(host.querySelector('.cms-block')!);
    await waitUntil(() => customElements.get('minga-request-status') !== undefined, 'not loaded', {
      timeout: 5000,
    });
    const status = host.querySelector('minga-request-status')!;
    await waitUntil(() => (status.shadowRoot?.textContent ?? '').trim().length > 0);
    host.remove();
  });
});
