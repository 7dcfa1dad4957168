/**
 * Language resolution shared by every Minga element: the element's own `lang` attribute, else
 * the nearest ancestor's (crossing shadow roots), else the document's, else Spanish.
 * One MutationObserver per observed root keeps every connected element up to date.
 */

/** The language used when neither the element nor the page says one. */
export const DEFAULT_LANG = 'es';

/** Something that wants to hear when a `lang` attribute may have changed above it. */
export interface LangListener {
  langMayHaveChanged(): void;
}

/** The language an element renders in, following the `lang` attributes above it. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node !== null) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return el.ownerDocument?.documentElement?.getAttribute('lang') || DEFAULT_LANG;
}

const listeners = new Set<LangListener>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function notifyAll(): void {
  for (const listener of listeners) listener.langMayHaveChanged();
}

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer ??= new MutationObserver(notifyAll);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Starts telling `listener` about `lang` changes on the document and on every shadow root
 * that contains `el`. Call {@link unwatchLang} when the element disconnects.
 */
export function watchLang(el: Element, listener: LangListener): void {
  listeners.add(listener);
  observe(el.ownerDocument.documentElement);
  let root = el.getRootNode();
  while (root instanceof ShadowRoot) {
    observe(root);
    root = root.host.getRootNode();
  }
}

/** Stops telling `listener` about `lang` changes. */
export function unwatchLang(listener: LangListener): void {
  listeners.delete(listener);
}
