// The autoloader from source (Lit's development build, as every package's tests): it defines
// elements already in the page and added later, loads nothing for absent elements, and a
// second copy is harmless.
import { expect, fixture, takeWarnings, waitUntil } from '@minga/test-utils';
import type { MingaLoader, startLoader } from '../src/loader.js';

const loaded = (family: string) =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes(`/packages/${family}/`));

describe('loader', () => {
  let loader: MingaLoader;
  let early: HTMLElement;

  before(async () => {
    // An element in the page before the loader starts, as in a CMS page.
    early = document.createElement('minga-sdg-progress');
    early.setAttribute('value', '40');
    early.setAttribute('target', '80');
    early.setAttribute('label', 'Hogares con internet');
    document.body.append(early);
    expect(customElements.get('minga-sdg-progress')).to.equal(undefined);
    const module = await import('../src/loader.js');
    loader = module.startLoader();
  });

  after(() => early.remove());

  it('defines an element that was in the page when it started', async () => {
    await customElements.whenDefined('minga-sdg-progress');
    await waitUntil(() => early.shadowRoot?.textContent?.includes('Hogares con internet'));
    // Its family is loaded with it: sdg-goal is defined too.
    expect(customElements.get('minga-sdg-goal')).to.not.equal(undefined);
  });

  it('loads nothing for elements that are not on the page', () => {
    expect(customElements.get('minga-data-table')).to.equal(undefined);
    expect(customElements.get('minga-info-request')).to.equal(undefined);
    expect(loaded('data-table')).to.equal(false);
    expect(loaded('info-request')).to.equal(false);
    expect(loaded('sdg')).to.equal(true);
  });

  it('defines an element nested in a subtree added later (a page builder)', async () => {
    const host = await fixture<HTMLElement>('<div></div>');
    const section = document.createElement('section');
    section.innerHTML =
      '<div class="cms-block"><p>Contratos</p><minga-data-table caption="Contratos"></minga-data-table></div>';
    expect(customElements.get('minga-data-table')).to.equal(undefined);
    host.append(section);
    await waitUntil(() => customElements.get('minga-data-table') !== undefined, 'not defined', {
      timeout: 5000,
    });
    const table = section.querySelector('minga-data-table')!;
    await customElements.whenDefined('minga-data-table');
    expect(table.shadowRoot).to.not.equal(null);
    expect(loaded('data-table')).to.equal(true);
    expect(loaded('info-request')).to.equal(false);
  });

  it('defines an element added directly to the page later', async () => {
    const host = await fixture<HTMLElement>('<div></div>');
    const form = document.createElement('minga-request-status');
    host.append(form);
    await customElements.whenDefined('minga-request-status');
    // Its sibling in the same package is defined too, and the page can wait for it.
    expect(customElements.get('minga-info-request')).to.not.equal(undefined);
  });

  it('load() defines a tag on demand and ignores other tags', async () => {
    await loader.load('minga-sdg-grid');
    expect(customElements.get('minga-sdg-grid')).to.not.equal(undefined);
    await loader.load('not-minga');
    await loader.load('minga-unknown');
    expect(loader.tags).to.include('minga-data-table');
  });

  it('a second copy of the loader is harmless and reuses the first', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      // A different URL: the browser runs the module a second time, like a second copy.
      const url = new URL('../src/loader.ts?copy=2', import.meta.url).href;
      const second = (await import(url)) as { startLoader: typeof startLoader };
      expect(second.startLoader()).to.equal(loader);
      expect(globalThis.__mingaLoader).to.equal(loader);
      // The page still works with both copies loaded.
      const host = await fixture<HTMLElement>(
        '<div><minga-sdg-goal goal="4"></minga-sdg-goal></div>',
      );
      const goal = host.querySelector('minga-sdg-goal')!;
      await waitUntil(() => goal.shadowRoot?.textContent?.includes('4'));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('a second definition of a tag (another build) keeps the first and does not throw', async () => {
    const { MingaSdgGoal } = await import('@minga/sdg');
    class OtherBuildGoal extends MingaSdgGoal {}
    expect(OtherBuildGoal.define('minga-sdg-goal')).to.equal(false);
    expect(customElements.get('minga-sdg-goal')).to.equal(MingaSdgGoal);
    const warnings = takeWarnings();
    expect(warnings.some((w) => w.includes('double-define'))).to.equal(true);
  });
});
