import { expect, fixture, html, takeWarnings } from '@minga/test-utils';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { devWarn, isDevMode } from './dev-mode.js';

describe('dev mode', () => {
  it("follows Lit's development build, which the tests load", () => {
    expect(isDevMode()).to.equal(true);
  });

  it('issues each warning once', () => {
    devWarn('test-code', 'something to fix');
    devWarn('test-code', 'something to fix');
    expect(takeWarnings()).to.deep.equal(['[minga] something to fix (test-code)']);
  });

  it('catches Lit dev-mode warnings, which fail a test unless taken', async () => {
    // Changing a reactive property in updated() schedules a second update: Lit warns
    // "change-in-update" in dev mode.
    class UpdatesTwice extends LitElement {
      @property({ type: Number }) count = 0;
      override updated() {
        if (this.count < 1) this.count += 1;
      }
      override render() {
        return litHtml`${this.count}`;
      }
    }
    customElements.define('minga-updates-twice-test', UpdatesTwice);
    const el = await fixture<UpdatesTwice>(
      html`<minga-updates-twice-test></minga-updates-twice-test>`,
    );
    await el.updateComplete;
    const warnings = takeWarnings();
    expect(warnings.join('\n')).to.contain('lit.dev/msg/change-in-update');
  });

  it('is quiet for a well-behaved element', async () => {
    await fixture(html`<p>nothing to warn about</p>`);
    expect(takeWarnings()).to.deep.equal([]);
  });
});
