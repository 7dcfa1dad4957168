// The BUILT bundle, dist/minga.js (Lit's production build, everything bundled), imported by
// URL as a webmaster's page does: elements are defined on first sight, chunks load relative to
// minga.js (this page is elsewhere), only the chunks the page needs load, elements render and
// are accessible, and a second copy (or another build) on the same page breaks nothing.
import { expect, fixture, sendKeys, takeWarnings, waitUntil } from '@minga/test-utils';
import { fixtureElement, isReady } from './fixtures.js';

const BUNDLE = '/packages/elements/dist/minga.js';
const chunks = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/packages/elements/dist/chunks/'))
    .map((path) => path.replace(/^.*\/chunks\//, '').replace(/-[\w-]{8}\.js$/, ''));

const errors: unknown[] = [];
const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);

describe('dist/minga.js', () => {
  let early: HTMLElement;

  before(async () => {
    window.addEventListener('error', onError);
    early = document.createElement('minga-sdg-goal');
    early.setAttribute('goal', '6');
    document.body.append(early);
    await import(/* @vite-ignore */ BUNDLE);
  });

  after(() => {
    window.removeEventListener('error', onError);
    early.remove();
  });

  it('defines the elements already on the page, loading only their chunks', async () => {
    await customElements.whenDefined('minga-sdg-goal');
    await waitUntil(() => isReady(early));
    const loaded = chunks();
    expect(loaded).to.include.members(['lit-core', 'sdg']);
    expect(loaded).to.not.include('data-table');
    expect(loaded).to.not.include('info-request');
    expect(customElements.get('minga-data-table')).to.equal(undefined);
    expect(customElements.get('minga-info-request')).to.equal(undefined);
  });

  for (const tag of [
    'minga-data-table',
    'minga-info-request',
    'minga-sdg-indicator',
    'minga-transparency',
  ]) {
    it(`<${tag}> added later renders and is accessible`, async () => {
      const host = await fixture<HTMLElement>('<main></main>');
      const wrapper = document.createElement('div');
      const el = fixtureElement(tag);
      wrapper.append(el);
      host.append(wrapper);
      await waitUntil(() => isReady(el), `<${tag}> did not render`, { timeout: 8000 });
      await expect(el).to.be.accessible();
    });
  }

  it('<minga-plain-check> added later loads its own chunk, checks and is accessible', async () => {
    const host = await fixture<HTMLElement>('<main></main>');
    const el = document.createElement('minga-plain-check');
    el.setAttribute('value', 'En virtud de la ley, la solicitud fue aprobada.');
    host.append(el);
    await waitUntil(
      () => el.shadowRoot?.querySelectorAll('li').length === 2,
      '<minga-plain-check> did not list its findings',
      { timeout: 8000 },
    );
    expect(chunks()).to.include('plain');
    await expect(el).to.be.accessible();
  });

  it('the bundled table works from the keyboard: typing in its search filters the rows', async () => {
    const host = await fixture<HTMLElement>('<main></main>');
    const el = fixtureElement('minga-data-table');
    host.append(el);
    await waitUntil(() => isReady(el), 'the table did not render', { timeout: 8000 });
    const rows = () => el.shadowRoot!.querySelectorAll('tbody tr').length;
    const before = rows();
    expect(before).to.be.greaterThan(1);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'Andina' });
    await waitUntil(() => rows() === 1, 'the search did not filter', { timeout: 3000 });
    expect(el.shadowRoot!.querySelector('tbody')!.textContent).to.include('Constructora Andina');
  });

  it('parses CSV in its worker, loaded next to the chunks', async () => {
    await waitUntil(() => chunks().includes('worker'), 'the worker was not loaded', {
      timeout: 5000,
    });
  });

  it('a second copy of minga.js on the page does nothing and throws nothing', async () => {
    const first = globalThis.__mingaLoader;
    expect(first).to.not.equal(undefined);
    await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
    expect(globalThis.__mingaLoader).to.equal(first);
    const host = await fixture<HTMLElement>(
      '<div><minga-sdg-progress value="3" target="6" label="Parques"></minga-sdg-progress></div>',
    );
    const el = host.querySelector<HTMLElement>('minga-sdg-progress')!;
    await waitUntil(() => isReady(el));
    expect(errors).to.deep.equal([]);
  });

  it('another build defining the same tags throws nothing; the first definition stays', async () => {
    const bundled = customElements.get('minga-sdg-goal');
    // The package's own define module: a different build (Lit's development build here).
    await import('@minga/sdg/define.js');
    expect(customElements.get('minga-sdg-goal')).to.equal(bundled);
    expect(takeWarnings().filter((w) => w.includes('double-define'))).to.have.length(4);
    expect(errors).to.deep.equal([]);
  });
});
