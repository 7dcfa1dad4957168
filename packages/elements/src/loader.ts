/**
 * The Minga autoloader: defines each `minga-*` element the first time it appears on the page,
 * loading only the code that element needs.
 *
 * It scans the document when it starts, then watches it (a `MutationObserver` on the whole
 * document) for elements added later, for instance by a CMS page builder. Minga elements
 * import the elements they render themselves, so open shadow roots are not scanned.
 *
 * Loading it twice (a CMS plugin and a theme both include Minga) is harmless: the first copy
 * keeps working and the second one does nothing. Even two different builds that both define
 * elements do not throw: `MingaElement.define()` keeps the first definition.
 *
 * This module has no dependencies (no Lit): it is the entry of `minga.js`, so it must stay tiny.
 */

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

/** What the loader leaves on `globalThis.__mingaLoader` so a second copy can find it. */
export interface MingaLoader {
  /** Defines the element `tag` now (if it is a Minga element); resolves once it is defined. */
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

  const visit = (element: Element): void => {
    const name = element.localName;
    if (name in elementImporters) void load(name);
  };

  const scan = (root: ParentNode): void => {
    if (root instanceof Element) visit(root);
    root.querySelectorAll(SELECTOR).forEach(visit);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });

  const start = (): void => {
    scan(document);
    observer.observe(document, { childList: true, subtree: true });
  };
  start();

  return {
    load,
    scan,
    disconnect: () => observer.disconnect(),
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
