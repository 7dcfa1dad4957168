import { expect, fixture, html, oneEvent, sendKeys, waitUntil } from '@minga/test-utils';
import type { MingaSdgGrid, SdgIndex } from './index.js';
import { validateSdgIndex } from './index.js';
import './define.js';
import { fx, textOf, THEMES, themed } from '../test/helpers.js';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s)!;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];

async function grid(attrs: { src?: string; lang?: string } = {}): Promise<MingaSdgGrid> {
  const el = await fixture<MingaSdgGrid>(
    html`<minga-sdg-grid
      lang=${attrs.lang ?? 'es'}
      src=${attrs.src ?? fx('indice.json')}
    ></minga-sdg-grid>`,
  );
  await waitUntil(() => $$(el, 'li').length > 0 || $(el, '[role="alert"]'), 'grid loaded');
  return el;
}

describe('<minga-sdg-grid>', () => {
  it('is accessible', async () => {
    const el = await grid();
    await expect(el).to.be.accessible();
  });

  it('shows the 17 goals with the status summary of each', async () => {
    const el = await grid();
    const items = $$(el, 'ul[part="list"] > li');
    expect(items.length).to.equal(17);
    const six = items[5]!.textContent!.replace(/\s+/g, ' ');
    expect(six).to.include('Agua limpia y saneamiento');
    expect(six).to.include('3 indicadores: 1 con progreso, 1 en retroceso, 1 sin datos');
    expect(items[1]!.textContent).to.include('Sin indicadores');
    expect(items[5]!.querySelector('a')!.getAttribute('href')).to.equal('#ods-6');
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
    expect(
      $$(el, 'ul[part="list"] > li').map((li) => li.querySelector('.number')!.textContent),
    ).to.deep.equal(['3', '6', '7']);
    expect($(el, '[aria-live="polite"]').textContent).to.include('Se muestran 3 objetivos.');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' }); // → "Con retroceso"
    await el.updateComplete;
    expect(el.filter).to.equal('deterioration');
    expect(el.visibleGoals).to.deep.equal([6, 11]);
  });

  it('speaks English', async () => {
    const el = await grid({ lang: 'en' });
    expect(textOf(el)).to.include('Clean water and sanitation');
    expect(textOf(el)).to.include('3 indicators: 1 making progress, 1 deteriorating, 1 no data');
  });

  it('accepts an index object', async () => {
    const el = await fixture<MingaSdgGrid>(html`<minga-sdg-grid></minga-sdg-grid>`);
    el.index = { goals: [{ goal: 5, indicators: [{ id: '5.5.1', status: 'target_achieved' }] }] };
    await el.updateComplete;
    expect($$(el, 'li')[4]!.textContent).to.include('1 con progreso');
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
