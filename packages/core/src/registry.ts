import { devWarn } from './dev-mode.js';

/**
 * Defines a custom element once. When the tag is already defined (a CMS page that loads
 * two copies of the Minga bundle, or two versions of a package), the first definition wins:
 * nothing throws, and dev mode warns if the second class is a different one.
 *
 * @returns `true` when this call defined the tag.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (existing !== undefined) {
    if (existing !== ctor) {
      devWarn(
        'double-define',
        `<${tag}> was already defined by another copy of Minga; the first definition is kept. ` +
          'Load the Minga bundle only once per page.',
      );
    }
    return false;
  }
  customElements.define(tag, ctor);
  return true;
}
