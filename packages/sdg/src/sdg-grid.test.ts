import { expect, fixture, html, oneEvent, sendKeys, waitUntil } from '@minga/test-utils';
import type { MingaSdgGoal, MingaSdgGrid, SdgIndex } from './index.js';
import { validateSdgIndex } from './index.js';
import './define.js';
import { fx, textOf, THEMES, themed } from '../test/helpers.js';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s)!;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];

const tiles = (el: Element) => $$(el, 'ul[part="list"] minga-sdg-goal') as MingaSdgGoal[];
const tileText = (li: Element) =>
  li.querySelector('minga-sdg-goal')!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const tilesReady = (el: Element) => Promise.all(tiles(el).map((t) => t.updateComplete));
/** The element focused inside the page, through shadow roots. */
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
/** The goal tile that holds the focus. */
const focusedGoal = (el: Element) =>
  tiles(el).find((t) => t.shadowRoot!.activeElement !== null)?.goal;

async function grid(attrs: { src?: string; lang?: string } = {}): Promise<MingaSdgGrid> {
  const el = await fixture<MingaSdgGrid>(
    html`<minga-sdg-grid
      lang=${attrs.lang ?? 'es'}
      src=${attrs.src ?? fx('indice.json')}
    ></minga-sdg-grid>`,
  );
  await waitUntil(() => $$(el, 'li').length > 0 || $(el, '[role="alert"]'), 'grid loaded');
  await tilesReady(el);
  return el;
}

describe('<minga-sdg-grid>', () => {
  it('is accessible', async () => {
    const el = await grid();
    await expect(el).to.be.accessible();
  });

  it('shows the 17 goals as <minga-sdg-goal> tiles with the status summary of each', async () => {
    const el = await grid();
    const items = $$(el, 'ul[part="list"] > li');
    expect(items.length).to.equal(17);
    expect(tiles(el).every((t) => t.size === 'tile')).to.equal(true);
    const six = tileText(items[5]!);
    expect(six).to.include('Agua limpia y saneamiento');
    expect(six).to.include('3 indicadores: 1 con progreso, 1 en retroceso, 1 sin datos');
    expect(tileText(items[1]!)).to.include('Sin indicadores');
    expect(tiles(el)[5]!.summary).to.include('3 indicadores');
    expect(tiles(el)[5]!.shadowRoot!.querySelector('a.card')!.getAttribute('href')).to.equal(
      '#ods-6',
    );
    // One tile implementation: the grid has no tile styles of its own.
    expect(el.shadowRoot!.querySelector('.goal')).to.equal(null);
    expect(textOf(el)).to.include('GAD Municipal de San Isidro del Río');
    expect($(el, 'ul[part="list"]').getAttribute('aria-label')).to.equal(
      'Objetivos de Desarrollo Sostenible',
    );
  });

  it('filters by status with the keyboard, announces the count and fires an event', async () => {
    const el = await grid();
    const radios = $$(el, 'input[type="radio"]') as HTMLInputElement[];
    radios[0]!.focus();
    const event = oneEvent(el, 'minga-sdg-filter');
    await sendKeys({ press: 'ArrowRight' }); // → "Con progreso"
    const { detail } = await event;
    expect(detail).to.deep.equal({ filter: 'on-track', count: 3 });
    await el.updateComplete;
    expect(tiles(el).map((t) => t.goal)).to.deep.equal([3, 6, 7]);
    expect($(el, '[aria-live="polite"]').textContent).to.include('Se muestran 3 objetivos.');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' }); // → "Con retroceso"
    await el.updateComplete;
    expect(el.filter).to.equal('deterioration');
    expect(el.visibleGoals).to.deep.equal([6, 11]);
  });

  it('speaks English', async () => {
    const el = await grid({ lang: 'en' });
    const six = tileText($$(el, 'ul[part="list"] > li')[5]!);
    expect(six).to.include('Clean water and sanitation');
    expect(six).to.include('3 indicators: 1 making progress, 1 deteriorating, 1 no data');
    expect(textOf(el)).to.include('Show');
  });

  // WAI-ARIA APG, "Developing a Keyboard Interface: managing focus within composites using a
  // roving tabindex" (https://www.w3.org/WAI/ARIA/apg/practices/keyboard-interface/): the
  // tiles are one tab stop; arrows move (left/right by tile, up/down by row), Home/End.
  describe('keyboard: roving tabindex between tiles (WAI-ARIA APG roving tabindex)', () => {
    it('Tab enters the tiles once, arrows and Home/End move, Tab leaves', async () => {
      const el = await grid();
      const tabbable = () =>
        tiles(el).filter(
          (t) => t.shadowRoot!.querySelector('.card')!.getAttribute('tabindex') === '0',
        );
      expect(tabbable().map((t) => t.goal)).to.deep.equal([1]);
      const radios = $$(el, 'input[type="radio"]') as HTMLInputElement[];
      radios[0]!.focus();
      await sendKeys({ press: 'Tab' }); // leaves the radio group, enters the tiles
      expect(focusedGoal(el)).to.equal(1);
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedGoal(el)).to.equal(2);
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' }); // stays on the first
      expect(focusedGoal(el)).to.equal(1);
      await sendKeys({ press: 'End' });
      expect(focusedGoal(el)).to.equal(17);
      await el.updateComplete;
      await tilesReady(el);
      expect(tabbable().map((t) => t.goal)).to.deep.equal([17]);
      await sendKeys({ press: 'Home' });
      expect(focusedGoal(el)).to.equal(1);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await tilesReady(el);
      expect(focusedGoal(el)).to.equal(3);
      // Tab leaves the tiles in one press (goal 6 is a link but not a tab stop).
      const after = document.createElement('button');
      after.textContent = 'después';
      el.after(after);
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(after);
      // Shift+Tab comes back to the tile last focused.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focusedGoal(el)).to.equal(3);
      after.remove();
    });

    it('ArrowDown and ArrowUp move by a row', async () => {
      const el = await fixture<MingaSdgGrid>(
        html`<minga-sdg-grid
          style="width: 400px; --minga-sdg-grid-min-column: 9rem"
          .index=${{ goals: [] } as SdgIndex}
        ></minga-sdg-grid>`,
      );
      await tilesReady(el);
      const cols = getComputedStyle($(el, 'ul[part="list"]'))
        .gridTemplateColumns.split(' ')
        .filter(Boolean).length;
      expect(cols).to.be.greaterThan(1);
      tiles(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedGoal(el)).to.equal(1 + cols);
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedGoal(el)).to.equal(1);
      await sendKeys({ press: 'ArrowUp' }); // first row: stays
      expect(focusedGoal(el)).to.equal(1);
    });
  });

  it('accepts an index object', async () => {
    const el = await fixture<MingaSdgGrid>(html`<minga-sdg-grid></minga-sdg-grid>`);
    el.index = { goals: [{ goal: 5, indicators: [{ id: '5.5.1', status: 'target_achieved' }] }] };
    await el.updateComplete;
    await tilesReady(el);
    expect(tileText($$(el, 'li')[4]!)).to.include('1 con progreso');
  });

  it('accepts goals listed without indicators (the field is optional)', async () => {
    const el = await fixture<MingaSdgGrid>(html`<minga-sdg-grid></minga-sdg-grid>`);
    el.index = {
      goals: [
        { goal: 3, href: '/ods/3' },
        { goal: 5, indicators: [] },
      ],
    };
    await el.updateComplete;
    await tilesReady(el);
    expect(tileText($$(el, 'li')[2]!)).to.include('Sin indicadores');
  });

  it('validates the index with located, localized errors', async () => {
    const issues = validateSdgIndex({ goals: [{ goal: 6 }, { goal: 18 }] });
    expect(issues).to.deep.equal([{ code: 'goal', path: 'goals[1].goal', value: '18' }]);
    expect(validateSdgIndex([])).to.deep.equal([{ code: 'not-object', path: '' }]);
    expect(validateSdgIndex({ goals: [{ goal: 6 }, { goal: 6 }] })[0]!.code).to.equal(
      'duplicate-goal',
    );
    const el = await grid({ src: fx('indice-invalido.json') });
    const alert = $(el, '[role="alert"]').textContent!.replace(/\s+/g, ' ');
    expect(alert).to.include('goals[1].indicators[0].id: falta el código del indicador');
    expect(alert).to.include('goals[2].goal: número de objetivo desconocido (18).');
    expect(alert).to.include('goals[3].indicators[0].status: estado desconocido (regular).');
    await expect(el).to.be.accessible();
  });

  it('says a 404 and bad JSON in words, without throwing', async () => {
    const el = await fixture<MingaSdgGrid>(html`<minga-sdg-grid></minga-sdg-grid>`);
    const failed = oneEvent(el, 'minga-sdg-error');
    el.src = fx('no-existe.json');
    const { detail } = await failed;
    expect(detail.error.code).to.equal('http');
    await el.updateComplete;
    expect($(el, '[role="alert"]').textContent).to.include('error 404');
    const bad = await grid({ src: fx('sin-year.csv') });
    expect($(bad, '[role="alert"]').textContent).to.include('El índice no es JSON válido.');
  });

  for (const theme of THEMES)
    it(`passes axe in the ${theme} theme`, async () => {
      const wrap = await themed(
        theme,
        html`<minga-sdg-grid
          .index=${JSON.parse('{"goals":[{"goal":7,"indicators":[{"id":"7.1.1","status":"deterioration"}]}]}') as SdgIndex}
        ></minga-sdg-grid>`,
      );
      await expect(wrap).to.be.accessible();
    });
});
