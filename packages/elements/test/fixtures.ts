// Values that point the snippets' examples at the other packages' test fixtures (the test
// server's root is the repository's root), and how to tell each element has finished loading.
import { elementHtml, exampleValues, type SnippetValue } from '../src/snippets.js';

export const fixtureValues: Record<string, Record<string, SnippetValue>> = {
  'minga-data-table': { src: '/packages/data-table/test/fixtures/contratos.csv' },
  'minga-sdg-grid': { src: '/packages/sdg/test/fixtures/indice.json' },
  'minga-sdg-indicator': {
    src: '/packages/sdg/test/fixtures/indicator_6-1-1.csv',
    meta: '/packages/sdg/test/fixtures/indicator_6-1-1.yml',
  },
  'minga-sdg-goal': { href: '#ods-6' },
  'minga-sdg-progress': {},
  'minga-info-request': { endpoint: '/fake-api/ok/elements', preview: true },
  'minga-request-status': { endpoint: '/fake-api/ok/elements' },
  'minga-transparency': {
    src: '/packages/transparency/test/fixtures/transparencia/transparencia.json',
  },
};

/** The element as the snippet writes it, with its data pointed at the test fixtures. */
export function fixtureElement(tag: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = elementHtml(tag, { ...exampleValues(tag), ...fixtureValues[tag] });
  return template.content.firstElementChild as HTMLElement;
}

/** True once the element shows its content (data loaded, where it loads data). */
export function isReady(el: HTMLElement): boolean {
  const root = el.shadowRoot;
  if (root === null || customElements.get(el.localName) === undefined) return false;
  const text = root.textContent ?? '';
  switch (el.localName) {
    case 'minga-data-table':
      return root.querySelector('tbody tr') !== null;
    case 'minga-sdg-grid':
      return root.querySelectorAll('minga-sdg-goal').length === 17;
    case 'minga-sdg-indicator':
      return root.querySelector('svg, table') !== null;
    default:
      return text.trim().length > 0;
  }
}
