import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { resolveLang, unwatchLang, watchLang, type LangListener } from './lang.js';
import { LocalizeController } from './localize/controller.js';
import { defineElement } from './registry.js';

/**
 * The base class of every Minga element.
 *
 * - **Language**: `currentLang` follows the element's own `lang` attribute, else the nearest
 *   ancestor's (across shadow roots), else the document's, else Spanish; the element
 *   re-renders when any of them changes. `this.localize` gives messages and formats in it.
 * - **Registration**: `MyElement.define('minga-x')` defines the tag once; a second
 *   definition (two copies of the bundle on one CMS page) does not throw.
 */
export class MingaElement extends LitElement implements LangListener {
  /** Messages and `es-EC`/`en` formats in this element's language. */
  protected readonly localize = new LocalizeController(this);

  /** The language this element renders in (BCP 47), resolved from `lang` attributes. */
  @state() currentLang: string = 'es';

  /** Defines `tag` for this class unless it is already defined; returns whether it did. */
  static define(tag: string): boolean {
    return defineElement(tag, this);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this, this);
    this.langMayHaveChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.langMayHaveChanged();
  }

  /** Re-reads the language from the `lang` attributes above this element. */
  langMayHaveChanged(): void {
    const lang = resolveLang(this);
    if (lang !== this.currentLang) this.currentLang = lang;
  }
}
