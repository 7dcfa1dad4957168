import { expect, fixture, html, takeWarnings, sendKeys } from '@minga/test-utils';
import { html as litHtml, css } from 'lit';
import { property } from 'lit/decorators.js';
import { MingaElement } from './minga-element.js';
import { registerTranslation } from './localize/messages.js';
import { baseStyles, token } from './theme/styles.js';

registerTranslation('es', { 'test.greeting': 'Hola, {name}', 'test.button': 'Buscar' });
registerTranslation('en', { 'test.greeting': 'Hello, {name}', 'test.button': 'Search' });

/** A small element that renders through every part of the base: lang, messages, formats, tokens. */
class SampleElement extends MingaElement {
  static override styles = [
    baseStyles,
    css`
      button {
        color: ${token('color-on-primary')};
        background: ${token('color-primary')};
        border: 0;
        padding: ${token('space-2')} ${token('space-4')};
      }
    `,
  ];

  /** Who to greet. */
  @property() name = 'Ana';

  /** How many times the button was pressed. */
  @property({ type: Number }) presses = 0;

  override render() {
    return litHtml`<p>${this.localize.term('test.greeting', { name: this.name })}</p>
      <p class="money">${this.localize.money(1234.5)}</p>
      <button type="button" @click=${() => (this.presses += 1)}>
        ${this.localize.term('test.button')}
      </button>`;
  }
}
SampleElement.define('minga-sample');

declare global {
  interface HTMLElementTagNameMap {
    'minga-sample': SampleElement;
  }
}

const text = (el: HTMLElement, selector = 'p') =>
  el.shadowRoot!.querySelector(selector)!.textContent!.trim();

describe('MingaElement', () => {
  afterEach(() => {
    document.documentElement.lang = 'es';
  });

  it('is accessible', async () => {
    const el = await fixture<SampleElement>(html`<minga-sample></minga-sample>`);
    await expect(el).to.be.accessible();
  });

  describe('lang', () => {
    it('defaults to the document language', async () => {
      document.documentElement.lang = 'en';
      const el = await fixture<SampleElement>(html`<minga-sample></minga-sample>`);
      expect(el.currentLang).to.equal('en');
      expect(text(el)).to.equal('Hello, Ana');
    });

    it('falls back to Spanish when no lang is set anywhere', async () => {
      document.documentElement.removeAttribute('lang');
      const el = await fixture<SampleElement>(html`<minga-sample></minga-sample>`);
      expect(el.currentLang).to.equal('es');
      expect(text(el)).to.equal('Hola, Ana');
    });

    it("follows the nearest ancestor's lang over the document's", async () => {
      document.documentElement.lang = 'es';
      const wrapper = await fixture(
        html`<section lang="en">
          <div><minga-sample></minga-sample></div>
        </section>`,
      );
      const el = wrapper.querySelector('minga-sample')!;
      await el.updateComplete;
      expect(el.currentLang).to.equal('en');
      expect(text(el)).to.equal('Hello, Ana');
    });

    it("prefers the element's own lang", async () => {
      const wrapper = await fixture(
        html`<div lang="en"><minga-sample lang="es"></minga-sample></div>`,
      );
      const el = wrapper.querySelector('minga-sample')!;
      await el.updateComplete;
      expect(text(el)).to.equal('Hola, Ana');
    });

    it('re-renders when its own, an ancestor or the document lang changes', async () => {
      document.documentElement.lang = 'es';
      const wrapper = await fixture(html`<div><minga-sample></minga-sample></div>`);
      const el = wrapper.querySelector('minga-sample')!;
      await el.updateComplete;
      expect(text(el)).to.equal('Hola, Ana');

      document.documentElement.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(el)).to.equal('Hello, Ana');

      wrapper.setAttribute('lang', 'es');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(el)).to.equal('Hola, Ana');

      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(text(el)).to.equal('Hello, Ana');

      el.removeAttribute('lang');
      await el.updateComplete;
      expect(text(el)).to.equal('Hola, Ana');
    });

    it("follows a lang set inside another element's shadow root", async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<div lang="en"><minga-sample></minga-sample></div>';
      const el = shadow.querySelector('minga-sample')!;
      await el.updateComplete;
      expect(text(el)).to.equal('Hello, Ana');
      shadow.querySelector('div')!.setAttribute('lang', 'es');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(el)).to.equal('Hola, Ana');
    });

    it('formats money for es-EC and en', async () => {
      const wrapper = await fixture(
        html`<div>
          <minga-sample lang="es"></minga-sample><minga-sample lang="en"></minga-sample>
        </div>`,
      );
      const [es, en] = [...wrapper.querySelectorAll('minga-sample')];
      await es!.updateComplete;
      await en!.updateComplete;
      expect(text(es!, '.money')).to.equal('$1.234,50');
      expect(text(en!, '.money')).to.equal('$1,234.50');
    });
  });

  describe('define()', () => {
    it('a second define of the same class is a silent no-op', () => {
      expect(SampleElement.define('minga-sample')).to.equal(false);
      expect(takeWarnings()).to.deep.equal([]);
    });

    it('a second copy defining the same tag does not throw, keeps the first class, and warns in dev mode', () => {
      class SecondCopy extends MingaElement {}
      expect(() => SecondCopy.define('minga-sample')).not.to.throw();
      expect(customElements.get('minga-sample')).to.equal(SampleElement);
      const warnings = takeWarnings();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[minga\] <minga-sample> was already defined/);
    });
  });

  it('re-renders when a translation is registered at run time', async () => {
    const el = await fixture<SampleElement>(html`<minga-sample lang="qu"></minga-sample>`);
    expect(text(el)).to.equal('Hola, Ana');
    registerTranslation('qu', { 'test.greeting': 'Alli puncha, {name}' });
    await el.updateComplete;
    expect(text(el)).to.equal('Alli puncha, Ana');
    // A key the new locale lacks falls back to Spanish, not to the raw key.
    expect(text(el, 'button')).to.equal('Buscar');
  });

  it('can be operated with the keyboard', async () => {
    const el = await fixture<SampleElement>(html`<minga-sample></minga-sample>`);
    el.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(el.presses).to.equal(2);
  });

  it('shows the focus ring from the tokens on keyboard focus', async () => {
    const el = await fixture<SampleElement>(html`<minga-sample></minga-sample>`);
    const outside = document.createElement('button');
    el.before(outside);
    outside.focus();
    await sendKeys({ press: 'Tab' });
    const button = el.shadowRoot!.querySelector('button')!;
    expect(el.shadowRoot!.activeElement).to.equal(button);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
    outside.remove();
  });

  it('is hidden by the hidden attribute', async () => {
    const el = await fixture<SampleElement>(html`<minga-sample hidden></minga-sample>`);
    expect(getComputedStyle(el).display).to.equal('none');
  });
});
