import { expect, fixture, html } from '@minga/test-utils';
import type { MingaSdgProgress } from './index.js';
import './define.js';
import { textOf, THEMES, themed } from '../test/helpers.js';

describe('<minga-sdg-progress>', () => {
  it('is accessible', async () => {
    const el = await fixture<MingaSdgProgress>(
      html`<minga-sdg-progress
        label="Agua segura"
        value="82.6"
        target="95"
        unit="%"
      ></minga-sdg-progress>`,
    );
    await expect(el).to.be.accessible();
  });

  it('writes the numbers in text (es-EC formats), the bar only repeats them', async () => {
    const el = await fixture<MingaSdgProgress>(
      html`<minga-sdg-progress
        label="Agua segura"
        value="82.6"
        target="95"
        baseline="72.7"
        unit="%"
      ></minga-sdg-progress>`,
    );
    expect(textOf(el)).to.include('82,6 % de 95 %');
    expect(textOf(el)).to.include('Línea base: 72,7 %');
    expect(el.share).to.be.closeTo(0.444, 0.001);
    expect(textOf(el)).to.include('44% del camino hacia la meta');
    expect(el.shadowRoot!.querySelector('.bar')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('handles lower is better, English and missing numbers', async () => {
    const el = await fixture<MingaSdgProgress>(
      html`<minga-sdg-progress
        lang="en"
        direction="lower"
        value="44"
        baseline="50"
        target="30"
      ></minga-sdg-progress>`,
    );
    expect(el.share).to.be.closeTo(0.3, 0.001);
    expect(textOf(el)).to.include('44 of 30');
    expect(textOf(el)).to.include('30% of the way to the target');
    const none = await fixture<MingaSdgProgress>(
      html`<minga-sdg-progress value="abc"></minga-sdg-progress>`,
    );
    expect(textOf(none)).to.include('Falta un valor o una meta numérica.');
    expect(none.shadowRoot!.querySelector('.bar')).to.equal(null);
  });

  for (const theme of THEMES)
    it(`passes axe in the ${theme} theme`, async () => {
      const wrap = await themed(
        theme,
        html`<minga-sdg-progress
          label="Agua"
          value="50"
          target="100"
          unit="%"
        ></minga-sdg-progress>`,
      );
      await expect(wrap).to.be.accessible();
    });
});
