// Every element, written as its snippet writes it and defined by the autoloader, renders and
// has no axe violations.
import { expect, fixture, waitUntil } from '@minga/test-utils';
import '../src/loader.js';
import { elementSnippets } from '../src/snippets.js';
import { fixtureElement, isReady } from './fixtures.js';

describe('every element through the loader', () => {
  for (const { tag } of elementSnippets) {
    it(`<${tag}> renders from its snippet and is accessible`, async () => {
      const host = await fixture<HTMLElement>('<main></main>');
      const el = fixtureElement(tag);
      host.append(el);
      await waitUntil(() => isReady(el), `<${tag}> did not render`, { timeout: 8000 });
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
