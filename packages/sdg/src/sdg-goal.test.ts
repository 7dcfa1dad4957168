import { contrastRatio } from '@minga/core';
import { expect, fixture, html, sendKeys } from '@minga/test-utils';
import type { MingaSdgGoal } from './index.js';
import { GOAL_COLORS, goalColors } from './index.js';
import './define.js';
import { textOf, THEMES, themed } from '../test/helpers.js';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s)!;

describe('<minga-sdg-goal>', () => {
  it('is accessible', async () => {
    const el = await fixture<MingaSdgGoal>(
      html`<minga-sdg-goal goal="6" status="moderate_progress" figure="82,6 %"></minga-sdg-goal>`,
    );
    await expect(el).to.be.accessible();
  });

  it('shows the number, the Spanish name, the status in words and the figure', async () => {
    const el = await fixture<MingaSdgGoal>(
      html`<minga-sdg-goal
        goal="6"
        status="moderate_progress"
        figure="82,6 %"
        figure-label="Agua segura, 2025"
      ></minga-sdg-goal>`,
    );
    expect(textOf(el)).to.include('6');
    expect(textOf(el)).to.include('Agua limpia y saneamiento');
    expect(textOf(el)).to.include('Progreso moderado');
    expect(textOf(el)).to.include('82,6 %');
    expect($(el, '.status svg').getAttribute('aria-hidden')).to.equal('true');
    expect(el.goalName).to.equal('Agua limpia y saneamiento');
  });

  it('speaks English and becomes a keyboard-reachable link with href', async () => {
    const el = await fixture<MingaSdgGoal>(
      html`<minga-sdg-goal lang="en" goal="13" href="#g13"></minga-sdg-goal>`,
    );
    expect(textOf(el)).to.include('Climate action');
    const a = $(el, 'a.card') as HTMLAnchorElement;
    expect(a.getAttribute('href')).to.equal('#g13');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(a);
  });

  it('chooses the text colour by measured contrast (dark text on yellow 7 and orange 11)', async () => {
    expect(goalColors(7).text).to.equal('#000000');
    expect(goalColors(11).text).to.equal('#000000');
    expect(goalColors(17).text).to.equal('#ffffff');
    for (let g = 1; g <= 17; g++) {
      const { background, text: fg } = goalColors(g);
      expect(background).to.equal(GOAL_COLORS[g - 1]);
      // Best of black and white: at least the large-text minimum on every goal colour.
      expect(contrastRatio(background, fg), `goal ${g}`).to.be.at.least(3);
    }
    const el = await fixture<MingaSdgGoal>(html`<minga-sdg-goal goal="7"></minga-sdg-goal>`);
    expect(getComputedStyle($(el, '.card')).color).to.equal('rgb(0, 0, 0)');
  });

  it('tells an unknown goal number in words, without throwing', async () => {
    const el = await fixture<MingaSdgGoal>(html`<minga-sdg-goal goal="18"></minga-sdg-goal>`);
    expect($(el, '[role="alert"]').textContent).to.include('Número de objetivo desconocido (18)');
    const en = await fixture<MingaSdgGoal>(
      html`<minga-sdg-goal lang="en" goal="abc"></minga-sdg-goal>`,
    );
    expect(textOf(en)).to.include('Unknown goal number');
  });

  for (const theme of THEMES)
    it(`passes axe in the ${theme} theme (tile and card)`, async () => {
      const wrap = await themed(
        theme,
        html`<minga-sdg-goal goal="7" status="deterioration" href="#7"></minga-sdg-goal>
          <minga-sdg-goal goal="11" size="tile" status="not_available"></minga-sdg-goal>`,
      );
      await expect(wrap).to.be.accessible();
    });
});
