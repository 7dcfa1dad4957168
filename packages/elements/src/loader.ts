/**
 * The Minga autoloader: defines each `minga-*` element the first time it appears on the page,
 * loading only the code that element needs.
 *
 * It scans the document when it starts, then watches it (a `MutationObserver` on the whole
 * document) for elements added later, for instance by a CMS page builder. Minga elements
 * import the elements they render themselves, so open shadow roots are not scanned.
 *
 * An element's code loads when the element comes near the viewport (an `IntersectionObserver`
 * with a margin of one screen), so a page downloads nothing for elements far below; it loads at
 * once when the element is already on screen, or when it or something inside it has focus.
 * Until its code arrives, the element keeps the space it will take (see `reservedSpace`), so
 * the page does not jump when it renders.
 *
 * Loading it twice (a CMS plugin and a theme both include Minga) is harmless: the first copy
 * keeps working and the second one does nothing. Even two different builds that both define
 * elements do not throw: `MingaElement.define()` keeps the first definition.
 *
 * This module has no dependencies (no Lit): it is the entry of `minga.js`, so it must stay tiny.
 */

import { reservedSpace, reserveStyle } from './reserve.js';

export { reservedSpace };

/** Loads the code that defines one element family. */
export type ElementImporter = () => Promise<unknown>;

/** Every Minga element, by tag, and the module that defines it (with its siblings). */
export const elementImporters: Readonly<Record<string, ElementImporter>> = Object.freeze({
  'minga-data-table': () => import('@minga/data-table/define.js'),
  'minga-sdg-goal': () => import('@minga/sdg/define.js'),
  'minga-sdg-grid': () => import('@minga/sdg/define.js'),
  'minga-sdg-indicator': () => import('@minga/sdg/define.js'),
  'minga-sdg-progress': () => import('@minga/sdg/define.js'),
  'minga-info-request': () => import('@minga/info-request/define.js'),
  'minga-request-status': () => import('@minga/info-request/define.js'),
  'minga-transparency': () => import('@minga/transparency/define.js'),
  'minga-plain-check': () => import('@minga/plain/define.js'),
});

/** The tags the loader knows. */
export const knownTags: readonly string[] = Object.freeze(Object.keys(elementImporters));

/** How far from the viewport an element starts loading: one screen above and below. */
export const NEAR_MARGIN = '100% 0px';

/** What the loader leaves on `globalThis.__mingaLoader` so a second copy can find it. */
export interface MingaLoader {
  /**
   * Defines the element `tag` now (if it is a Minga element), wherever its elements are on the
   * page; resolves once it is defined.
   */
  load(tag: string): Promise<void>;
  /** Scans `root` (an element, a document or a shadow root) for Minga elements to define. */
  scan(root: ParentNode): void;
  /** Stops watching the document (elements already defined stay defined). */
  disconnect(): void;
  /** The tags this copy can define. */
  readonly tags: readonly string[];
}

declare global {
  var __mingaLoader: MingaLoader | undefined;
}

const SELECTOR = knownTags.join(',');

function createLoader(): MingaLoader {
  const pending = new Map<string, Promise<void>>();

  const load = (tag: string): Promise<void> => {
    const name = tag.toLowerCase();
    const importer = elementImporters[name];
    if (importer === undefined) return Promise.resolve();
    let promise = pending.get(name);
    if (promise === undefined) {
      promise =
        customElements.get(name) !== undefined
          ? Promise.resolve()
          : importer().then(
              () => undefined,
              (error: unknown) => {
                // Allow a later retry (a network hiccup while loading a chunk).
                pending.delete(name);
                console.error(`[minga] Could not load <${name}>.`, error);
              },
            );
      pending.set(name, promise);
    }
    return promise;
  };

  // Elements waiting for their code: loaded when they come near the viewport. Without
  // IntersectionObserver (old browsers), everything loads at once, as before.
  const near =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries, observer) => {
            for (const entry of entries)
              if (entry.isIntersecting) {
                observer.unobserve(entry.target);
                void load(entry.target.localName);
              }
          },
          { rootMargin: NEAR_MARGIN },
        )
      : undefined;

  const focused = (element: Element): boolean => {
    const active = document.activeElement;
    return active !== null && active !== document.body && element.contains(active);
  };

  const visit = (element: Element): void => {
    const name = element.localName;
    if (!(name in elementImporters) || customElements.get(name) !== undefined) return;
    if (near === undefined || focused(element)) void load(name);
    else near.observe(element);
  };

  const scan = (root: ParentNode): void => {
    if (root instanceof Element) visit(root);
    root.querySelectorAll(SELECTOR).forEach(visit);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });

  // Focus inside an element that is still waiting (a fallback link in it, `tabindex`, a jump
  // to its `id`): the reader is about to use it, wherever it is.
  const onFocus = (event: FocusEvent): void => {
    for (const target of event.composedPath())
      if (target instanceof Element && target.localName in elementImporters)
        void load(target.localName);
  };

  // A constructed sheet, not a <style> tag: pages with a strict CSP (`style-src` without
  // 'unsafe-inline') apply it too.
  const reserve = (): void => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(reserveStyle(knownTags));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };

  const start = (): void => {
    reserve();
    scan(document);
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('focusin', onFocus, true);
  };
  start();

  return {
    load,
    scan,
    disconnect: () => {
      observer.disconnect();
      near?.disconnect();
      document.removeEventListener('focusin', onFocus, true);
    },
    tags: knownTags,
  };
}

/**
 * Starts the autoloader, or returns the one already running on this page (from this copy of
 * Minga or another one).
 */
export function startLoader(): MingaLoader {
  globalThis.__mingaLoader ??= createLoader();
  return globalThis.__mingaLoader;
}

startLoader();
