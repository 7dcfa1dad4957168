import { expect, fixture, html } from '@minga/test-utils';
import { css, html as litHtml } from 'lit';
import { MingaElement } from '../minga-element.js';
import { contrastRatio, readableTextOn, relativeLuminance } from './contrast.js';
import { baseStyles, themeCss, token } from './styles.js';
import { contrastPairs, minimumContrast, themes, type ThemeName } from './tokens.js';

class ThemedElement extends MingaElement {
  static override styles = [
    baseStyles,
    css`
      p {
        background: ${token('color-surface-alt')};
        padding: ${token('space-3')};
        border-radius: ${token('radius-md')};
      }
    `,
  ];

  override render() {
    return litHtml`<p>${this.localize.term('core.loading')}</p>`;
  }
}
ThemedElement.define('minga-themed-test');

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe('contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#fff', '#fff')).to.equal(1);
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(relativeLuminance('#ffffff')).to.equal(1);
    expect(readableTextOn('#0a97d9')).to.equal('#000000');
    expect(readableTextOn('#19486a')).to.equal('#ffffff');
    expect(() => contrastRatio('red', '#fff')).to.throw(TypeError);
  });

  for (const theme of Object.keys(themes) as ThemeName[]) {
    it(`every text and UI colour pair of the ${theme} theme meets WCAG AA`, () => {
      const failures = contrastPairs
        .map(({ foreground, background, use }) => ({
          pair: `${foreground} on ${background} (${use})`,
          ratio: contrastRatio(themes[theme][foreground], themes[theme][background]),
          needed: minimumContrast[use],
        }))
        .filter(({ ratio, needed }) => ratio < needed)
        .map(({ pair, ratio, needed }) => `${pair}: ${ratio.toFixed(2)} < ${needed}`);
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }
});

describe('theming', () => {
  it('looks right with no theme file: the light values are built in', async () => {
    const el = await fixture<ThemedElement>(html`<minga-themed-test></minga-themed-test>`);
    const p = el.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(el).color).to.equal(rgb(themes.light['color-text']));
    expect(getComputedStyle(p).backgroundColor).to.equal(rgb(themes.light['color-surface-alt']));
    expect(getComputedStyle(p).paddingTop).to.equal('12px');
    expect(getComputedStyle(el).display).to.equal('block');
  });

  it('takes a token overridden on any ancestor', async () => {
    const wrapper = await fixture(
      html`<div style="--minga-color-surface-alt: #123456; --minga-space-3: 20px">
        <minga-themed-test></minga-themed-test>
      </div>`,
    );
    const p = wrapper.querySelector('minga-themed-test')!.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(p).backgroundColor).to.equal('rgb(18, 52, 86)');
    expect(getComputedStyle(p).paddingTop).to.equal('20px');
  });

  for (const theme of ['dark', 'high-contrast'] as const) {
    it(`applies the ${theme} theme style sheet, scoped to a class`, async () => {
      const style = document.createElement('style');
      style.textContent = themeCss(theme, `.theme-${theme}`);
      document.head.append(style);
      const wrapper = await fixture(
        html`<div class="theme-${theme}"><minga-themed-test></minga-themed-test></div>`,
      );
      const el = wrapper.querySelector('minga-themed-test')!;
      const p = el.shadowRoot!.querySelector('p')!;
      expect(getComputedStyle(el).color).to.equal(rgb(themes[theme]['color-text']));
      expect(getComputedStyle(p).backgroundColor).to.equal(rgb(themes[theme]['color-surface-alt']));
      expect(getComputedStyle(wrapper).colorScheme).to.equal('dark');
      style.remove();
    });
  }

  it('writes every token into the theme style sheet', () => {
    const sheet = themeCss('light');
    expect(sheet).to.match(/^:root \{/);
    for (const [name, value] of Object.entries(themes.light)) {
      expect(sheet).to.contain(`--minga-${name}: ${value};`);
    }
    expect(sheet).to.contain('--minga-focus-ring-width: 3px;');
    expect(sheet).to.contain('prefers-reduced-motion');
  });
});
