import {
  expect,
  fixture,
  html,
  oneEvent,
  sendKeys,
  setViewport,
  waitUntil,
} from '@minga/test-utils';
import type { MingaSdgIndicator } from './index.js';
import { MAX_SERIES, selectionCsv } from './index.js';
import './define.js';
import { fx, textOf, THEMES, themed } from '../test/helpers.js';

const $ = <T extends HTMLElement = HTMLElement>(el: Element, s: string) =>
  el.shadowRoot!.querySelector<T>(s)!;
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(s),
];

async function indicator(
  src: string,
  attrs: { meta?: string; lang?: string; extra?: Partial<MingaSdgIndicator> } = {},
): Promise<MingaSdgIndicator> {
  const el = await fixture<MingaSdgIndicator>(
    html`<minga-sdg-indicator
      lang=${attrs.lang ?? 'es'}
      .meta=${attrs.meta}
      src=${fx(src)}
      style="width: 720px"
    ></minga-sdg-indicator>`,
  );
  Object.assign(el, attrs.extra ?? {});
  await waitUntil(() => el.shadowRoot!.querySelector('.progress, .error'), 'indicator loaded', {
    timeout: 5000,
  });
  if (attrs.meta) await waitUntil(() => $(el, '.meta, .warning'), 'meta loaded');
  await el.updateComplete;
  return el;
}

describe('<minga-sdg-indicator>', () => {
  it('is accessible', async () => {
    const el = await indicator('indicator_6-1-1.csv', { meta: fx('indicator_6-1-1.json') });
    await expect(el).to.be.accessible();
  });

  it('reads the CSV and its JSON metadata: status, sentence, numbers, summary and metadata', async () => {
    const el = await indicator('indicator_6-1-1.csv', { meta: fx('indicator_6-1-1.json') });
    const t = textOf(el);
    expect(t).to.include('6.1.1 Proporción de la población que utiliza servicios de agua potable');
    expect($(el, '.progress .status').textContent).to.include('Progreso moderado');
    expect($(el, '.sentence').textContent).to.equal(
      'Al ritmo actual se alcanzaría la meta en 2036.',
    );
    const numbers = $(el, 'details dl').textContent!.replace(/\s+/g, ' ');
    expect(numbers).to.include('72,7 % en 2015');
    expect(numbers).to.include('82,6 % en 2025');
    expect(numbers).to.include('95 % en 2030');
    expect(numbers).to.include('Más alto es mejor');
    const svg = $(el, 'svg.plot');
    expect(svg.getAttribute('aria-label')).to.include('Gráfico: 6.1.1');
    expect(svg.getAttribute('aria-describedby')).to.equal('summary');
    expect($(el, '#summary').textContent).to.include(
      'Sube de 72,7 % en 2015 a 82,6 % en 2025. Último dato: 82,6 % en 2025. Meta: 95 % en 2030. Estado: Progreso moderado.',
    );
    expect($(el, '.meta').textContent).to.include('Encuesta cantonal de hogares');
    expect($(el, '.meta').textContent).to.include('Completo');
    // Axis: years as years (no thousands separator), values in es-EC.
    const ticks = $$(el, '.axis text').map((n) => n.textContent);
    expect(ticks.filter((x) => /^20\d\d$/.test(x!)).length).to.be.greaterThan(3);
    expect(ticks.some((x) => x === '2.015')).to.equal(false);
    expect($(el, '.target-label').textContent).to.include('Meta 2030: 95 %');
  });

  it('reproduces the worked example from attributes (lower is better)', async () => {
    const el = await fixture<MingaSdgIndicator>(
      html`<minga-sdg-indicator
        src=${fx('indicator_3-6-1.csv')}
        target="30"
        target-year="2030"
        direction="lower"
        label="Muertes por siniestros de tránsito"
      ></minga-sdg-indicator>`,
    );
    await waitUntil(() => $(el, '.progress'));
    expect(el.progress.status).to.equal('moderate_progress');
    expect(el.progress.ratio).to.be.closeTo(0.7, 0.01);
    expect($(el, '.sentence').textContent).to.include('2036');
    // Three years: bars by default.
    expect($$(el, 'rect.point').length).to.equal(3);
    el.chart = 'line';
    await el.updateComplete;
    expect($$(el, 'path.point').length).to.equal(3);
  });

  it('reads YAML metadata (js-yaml loaded on demand) and lets a manual status win', async () => {
    const el = await indicator('indicator_6-1-1.csv', { meta: fx('indicator_6-1-1.yml') });
    expect($(el, '.meta').textContent).to.include('En proceso');
    el.status = 'limited_progress';
    await el.updateComplete;
    expect($(el, '.progress .status').textContent).to.include('Progreso limitado');
    expect($(el, '.sentence').textContent).to.include('asignado por la institución');
  });

  it('compares disaggregations (up to four), announces them and fires minga-sdg-select', async () => {
    const el = await indicator('indicator_6-1-1.csv');
    const boxes = $$<HTMLInputElement>(el, 'fieldset input[type="checkbox"]');
    expect(boxes.map((b) => b.parentElement!.textContent!.trim())).to.deep.equal([
      'Total',
      'Mujeres',
      'Hombres',
      'Urbana',
      'Rural',
    ]);
    expect(boxes[0]!.checked).to.equal(true);
    const selected = oneEvent(el, 'minga-sdg-select');
    boxes[4]!.click();
    const { detail } = await selected;
    expect(detail.keys).to.deep.equal(['Units=Porcentaje', 'Units=Porcentaje|Area=Rural']);
    await el.updateComplete;
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.deep.equal([
      'Total',
      'Rural',
    ]);
    expect($$(el, 'path.line').length).to.equal(2);
    // Different dash patterns and markers, not colour alone.
    const dashes = $$(el, 'path.line').map((p) => p.getAttribute('stroke-dasharray'));
    expect(new Set(dashes).size).to.equal(2);
    expect($(el, '[aria-live="polite"]').textContent).to.equal(
      'Se muestran 2 series: Total, Rural.',
    );
    boxes[1]!.click();
    boxes[2]!.click();
    await el.updateComplete;
    boxes[3]!.click(); // a fifth: refused, explained
    await el.updateComplete;
    expect(el.shownSeries.length).to.equal(MAX_SERIES);
    expect(boxes[3]!.checked).to.equal(false);
    expect($(el, '[aria-live="polite"]').textContent).to.include('hasta 4 series');
  });

  it('switches unit with the select (one at a time)', async () => {
    const el = await indicator('indicator_6-1-1.csv');
    const select = $<HTMLSelectElement>(el, 'select');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['Porcentaje', 'Personas']);
    select.value = 'Personas';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.shownSeries.map((s) => s.key)).to.deep.equal(['Units=Personas']);
    expect($(el, '[aria-live="polite"]').textContent).to.include('1 serie');
  });

  it('has the table one keystroke away, and tooltips reachable by keyboard', async () => {
    const el = await indicator('indicator_6-1-1.csv');
    const [chartBtn, tableBtn] = $$<HTMLButtonElement>(el, '.views button');
    expect(chartBtn!.getAttribute('aria-pressed')).to.equal('true');
    // Points: one tab stop, arrows move, a tooltip shows the value.
    const first = $(el, '[data-point="0-0"]');
    expect(first.getAttribute('tabindex')).to.equal('0');
    expect(first.getAttribute('aria-label')).to.equal('Total, 2015: 72,7 %');
    first.focus();
    await el.updateComplete;
    expect($(el, '.tooltip').textContent).to.include('Total, 2015: 72,7');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-point')).to.equal('0-1');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect($(el, '.tooltip').textContent).to.include('2025: 82,6');
    tableBtn!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const table = $(el, 'table');
    expect(table.querySelector('caption')!.textContent).to.include('datos por año');
    expect(table.querySelectorAll('tbody tr').length).to.equal(10);
    expect(table.querySelector('tbody tr th')!.textContent).to.equal('2015');
    await expect(el).to.be.accessible();
  });

  describe('keyboard and screen readers', () => {
    afterEach(async () => {
      await setViewport({ width: 1280, height: 800 });
    });

    /** Tab to the chart's point, then ArrowRight to its last: the tooltip never covers it. */
    async function walkPoints(el: MingaSdgIndicator) {
      $$(el, '.views button').at(-1)!.focus();
      await sendKeys({ press: 'Tab' });
      const count = $$(el, '.point.s0').length;
      for (let i = 0; i < count; i++) {
        if (i > 0) await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        const point = el.shadowRoot!.activeElement as SVGGraphicsElement;
        expect(point.getAttribute('data-point')).to.equal(`0-${i}`);
        expect(getComputedStyle(point).outlineStyle).to.equal('solid');
        // The point with its focus ring (outline width + offset, up to 6 px around it).
        const ring = point.getBoundingClientRect();
        const tip = $(el, '.tooltip').getBoundingClientRect();
        const apart =
          tip.right <= ring.left - 6 ||
          tip.left >= ring.right + 6 ||
          tip.bottom <= ring.top - 6 ||
          tip.top >= ring.bottom + 6;
        expect(apart, `point ${i}: tooltip beside the point, not over it`).to.equal(true);
        expect(tip.left, `point ${i}: tooltip on screen`).to.be.at.least(0);
        expect(tip.right, `point ${i}: tooltip on screen`).to.be.at.most(window.innerWidth);
      }
    }

    it('places the tooltip beside the focused point (1280 px)', async () => {
      const el = await indicator('indicator_6-1-1.csv', { meta: fx('indicator_6-1-1.json') });
      await walkPoints(el);
    });

    it('places the tooltip beside the focused point, on screen at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await indicator('indicator_6-1-1.csv', { meta: fx('indicator_6-1-1.json') });
      el.style.width = '300px';
      await waitUntil(() => $(el, 'svg.plot').getAttribute('width') === '300', 'chart resized');
      await walkPoints(el);
    });

    it('describes every series shown in the chart summary', async () => {
      const el = await indicator('indicator_6-1-1.csv');
      const rural = $$<HTMLInputElement>(el, 'fieldset input[type="checkbox"]')[4]!;
      rural.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      const summary = $(el, '#summary').textContent!;
      expect(summary).to.include('Total: Sube de 72,7 % en 2015 a 82,6 % en 2025.');
      expect(summary).to.match(/Rural: Sube de [\d,]+ % en 2015 a [\d,]+ % en 2025\./);
    });

    it('never applies a target set for one unit to another, and announces the status', async () => {
      const el = await indicator('indicator_6-1-1.csv', { meta: fx('indicator_6-1-1.json') });
      expect($(el, '.progress .status').textContent).to.include('Progreso moderado');
      const units = $<HTMLSelectElement>(el, 'select[name="units"]');
      units.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(units.value).to.equal('Personas');
      // The 95 % target is a percentage: with people counted there is no target to reach.
      expect(el.progress.method).to.not.equal('with_target');
      expect($(el, '.progress .status').textContent).to.not.include('Meta alcanzada');
      const summary = $(el, '#summary').textContent!;
      expect(summary).to.not.include('%');
      expect(summary).to.include('Sin meta numérica.');
      expect($(el, '.target-label')).to.equal(null);
      expect($$(el, '.axis text').map((t) => t.textContent)).to.include('Personas');
      const status = $(el, '.progress .status').textContent!.trim();
      expect($(el, '[aria-live="polite"]').textContent).to.equal(
        `Se muestra 1 serie: Total. Estado: ${status}.`,
      );
      // Back to the percentage: the target again.
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect($(el, '#summary').textContent).to.include('Meta: 95 % en 2030.');
      expect($(el, '[aria-live="polite"]').textContent).to.include('Estado: Progreso moderado.');
    });

    it('reflows "Ver los números del cálculo" at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await indicator('indicator_6-1-1.csv', { meta: fx('indicator_6-1-1.json') });
      el.style.width = '288px';
      const summary = $(el, 'details summary');
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($<HTMLDetailsElement>(el, 'details').open).to.equal(true);
      const box = el.getBoundingClientRect();
      for (const item of $$(el, 'details dd, details dt'))
        expect(item.getBoundingClientRect().right, item.textContent!).to.be.at.most(
          box.right + 0.5,
        );
    });

    it('gives each checkbox a 24 × 24 px target', async () => {
      const el = await indicator('indicator_6-1-1.csv');
      for (const box of $$(el, 'input[type="checkbox"]')) {
        const { width, height } = box.getBoundingClientRect();
        expect(width).to.be.at.least(24);
        expect(height).to.be.at.least(24);
      }
    });
  });

  it('offers the source file and the selection as CSV with a BOM', async () => {
    const el = await indicator('indicator_6-1-1.csv');
    expect($<HTMLAnchorElement>(el, '.downloads a').href).to.equal(fx('indicator_6-1-1.csv'));
    const csv = selectionCsv(el.shownSeries, ['Sex', 'Area']);
    expect(
      csv.startsWith('\uFEFFYear,Units,Sex,Area,Value\r\n2015,Porcentaje,,,72.7\r\n'),
    ).to.equal(true);
    expect(csv.trim().split('\r\n').length).to.equal(11);
  });

  it('combines dimensions (Mujeres × Rural): drawn, in the table, in the download', async () => {
    const el = await indicator('indicator_6-1-1.csv');
    const combo = $(el, 'fieldset.combo');
    expect(combo.querySelector('legend')!.textContent).to.include('Combinar');
    const sex = combo.querySelector<HTMLSelectElement>('select[data-dim="Sex"]')!;
    const area = combo.querySelector<HTMLSelectElement>('select[data-dim="Area"]')!;
    // Labelled by the translated dimension name; "Todas" means the total.
    expect(sex.closest('label')!.textContent).to.include('Sexo');
    expect(sex.options[0]!.textContent!.trim()).to.equal('Todas');
    sex.value = 'Mujeres';
    sex.dispatchEvent(new Event('change', { bubbles: true }));
    area.value = 'Rural';
    area.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const selected = oneEvent(el, 'minga-sdg-select');
    const add = combo.querySelector<HTMLButtonElement>('button.add')!;
    expect(add.textContent!.trim()).to.equal('Añadir serie');
    add.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.keys).to.deep.equal([
      'Units=Porcentaje',
      'Units=Porcentaje|Sex=Mujeres|Area=Rural',
    ]);
    await el.updateComplete;
    expect($$(el, 'path.line').length).to.equal(2);
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.deep.equal([
      'Total',
      'Mujeres · Rural',
    ]);
    expect($(el, '[aria-live="polite"]').textContent).to.include('Mujeres · Rural');
    // A removable chip with a named button.
    const remove = $(el, '.chips button.remove');
    expect(remove.getAttribute('aria-label')).to.equal('Quitar la serie Mujeres · Rural');
    // Adding it again is refused in words.
    add.click();
    await el.updateComplete;
    expect($(el, '[aria-live="polite"]').textContent).to.include('ya se muestra');
    // The table lists it.
    el.view = 'table';
    await el.updateComplete;
    const heads = $$(el, 'thead th').map((th) => th.textContent!.trim());
    expect(heads).to.deep.equal(['Año', 'Total', 'Mujeres · Rural']);
    expect($$(el, 'tbody tr')[0]!.textContent).to.include('56,1');
    // The selection download has its rows.
    const link = $<HTMLAnchorElement>(el, '.downloads a.selection');
    const csv = await (await fetch(link.href)).text();
    expect(csv).to.include('2015,Porcentaje,Mujeres,Rural,56.1');
    await expect(el).to.be.accessible();
    // Removing it keeps the focus in the builder.
    remove.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shownSeries.map((s) => s.key)).to.deep.equal(['Units=Porcentaje']);
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button.add'));
    expect($(el, '.chips')).to.equal(null);
  });

  it('says when a combination has no data, and keeps the maximum of series', async () => {
    const el = await indicator('indicator_6-1-1.csv');
    el.selectSeries([
      'Units=Porcentaje',
      'Units=Porcentaje|Sex=Mujeres',
      'Units=Porcentaje|Sex=Hombres',
      'Units=Porcentaje|Area=Urbana',
    ]);
    await el.updateComplete;
    const area = $<HTMLSelectElement>(el, 'select[data-dim="Area"]');
    area.value = 'Rural';
    area.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    $(el, 'button.add').click();
    await el.updateComplete;
    expect(el.shownSeries.length).to.equal(MAX_SERIES);
    expect($(el, '[aria-live="polite"]').textContent).to.include('hasta 4 series');
    const one = await fixture<MingaSdgIndicator>(html`<minga-sdg-indicator></minga-sdg-indicator>`);
    const mk = (d: Record<string, string>, v: number) => ({
      key: Object.entries(d)
        .filter(([, x]) => x)
        .map(([k, x]) => `${k}=${x}`)
        .join('|'),
      disaggregation: d,
      headline: !Object.values(d).some(Boolean),
      points: [
        { year: 2020, value: v },
        { year: 2021, value: v + 1 },
      ],
    });
    const head = mk({ Sex: '', Parroquia: '' }, 10);
    one.setData({
      years: [2020, 2021],
      series: [
        head,
        mk({ Sex: 'Female', Parroquia: '' }, 11),
        mk({ Sex: '', Parroquia: 'Norte' }, 9),
      ],
      headline: head,
      headlines: [head],
      dimensions: [
        { name: 'Sex', values: ['Female'] },
        { name: 'Parroquia', values: ['Norte'] },
      ],
      skippedRows: 0,
    });
    await one.updateComplete;
    const sex = $<HTMLSelectElement>(one, 'select[data-dim="Sex"]');
    sex.value = 'Female';
    sex.dispatchEvent(new Event('change', { bubbles: true }));
    const parroquia = $<HTMLSelectElement>(one, 'select[data-dim="Parroquia"]');
    parroquia.value = 'Norte';
    parroquia.dispatchEvent(new Event('change', { bubbles: true }));
    await one.updateComplete;
    $(one, 'button.add').click();
    await one.updateComplete;
    expect($(one, '[aria-live="polite"]').textContent).to.equal(
      'No hay datos para esa combinación.',
    );
    // Unknown dimension names are shown as they are; known English values are translated.
    expect($$(one, 'fieldset fieldset legend').map((l) => l.textContent!.trim())).to.deep.equal([
      'Sexo',
      'Parroquia',
    ]);
    expect(textOf(one)).to.include('Mujeres');
  });

  it('translates known dimension names and English values, in Spanish and in English', async () => {
    const es = await indicator('indicator_1-2-1.csv');
    expect($$(es, 'fieldset fieldset legend').map((l) => l.textContent!.trim())).to.deep.equal([
      'Sexo',
    ]);
    const labels = (el: Element) =>
      $$<HTMLInputElement>(el, 'fieldset input[type="checkbox"]').map((b) =>
        b.parentElement!.textContent!.trim(),
      );
    expect(labels(es)).to.deep.equal(['Total', 'Mujeres', 'Hombres']);
    expect(es.dimensionLabel('Disability status')).to.equal('Discapacidad');
    expect(es.dimensionLabel('Education level')).to.equal('Nivel de educación');
    expect(es.dimensionLabel('Parroquia')).to.equal('Parroquia');
    expect(es.valueLabel('Urban')).to.equal('Urbana');
    expect(es.valueLabel('Quintil 1')).to.equal('Quintil 1');
    const en = await indicator('indicator_1-2-1.csv', { lang: 'en' });
    expect($(en, 'fieldset fieldset legend').textContent!.trim()).to.equal('Sex');
    expect(labels(en)).to.deep.equal(['Total', 'Women', 'Men']);
    // The download keeps the file's own values.
    $$<HTMLInputElement>(es, 'fieldset input[type="checkbox"]')[1]!.click();
    await es.updateComplete;
    const csv = await (await fetch($<HTMLAnchorElement>(es, 'a.selection').href)).text();
    expect(csv).to.include(',Female,');
  });

  it('switches the Series (with Units): headline, status and chart follow', async () => {
    const el = await indicator('indicator_1-2-1.csv');
    const series = $<HTMLSelectElement>(el, 'select[name="series"]');
    const units = $<HTMLSelectElement>(el, 'select[name="units"]');
    expect([...series.options].map((o) => o.value)).to.deep.equal([
      'Pobreza por ingresos',
      'Pobreza extrema por ingresos',
    ]);
    expect([...units.options].map((o) => o.value)).to.deep.equal(['Porcentaje', 'Personas']);
    expect(el.progress.baseValue).to.equal(32.4);
    const before = $(el, 'path.line').getAttribute('d');
    expect($(el, '#summary').textContent).to.include('Baja de 32,4');
    const selected = oneEvent(el, 'minga-sdg-select');
    series.value = 'Pobreza extrema por ingresos';
    series.dispatchEvent(new Event('change', { bubbles: true }));
    const { detail } = await selected;
    expect(detail.seriesName).to.equal('Pobreza extrema por ingresos');
    await el.updateComplete;
    expect(el.shownSeries.map((s) => s.key)).to.deep.equal([
      'Units=Porcentaje|Series=Pobreza extrema por ingresos',
    ]);
    expect(el.progress.baseValue).to.equal(12.8);
    expect(el.progress.currentValue).to.equal(10.4);
    expect($(el, 'path.line').getAttribute('d')).to.not.equal(before);
    expect($(el, '#summary').textContent).to.include('Baja de 12,8 % en 2016 a 10,4 % en 2024');
    expect($$(el, 'path.point').map((p) => p.getAttribute('aria-label'))).to.include(
      'Total, 2024: 10,4 %',
    );
  });

  it('the selection download link: a CSV blob with the right name', async () => {
    const el = await indicator('indicator_6-1-1.csv');
    $$<HTMLInputElement>(el, 'fieldset input[type="checkbox"]')[4]!.click(); // Rural
    await el.updateComplete;
    const link = $<HTMLAnchorElement>(el, '.downloads a.selection');
    expect(link.textContent!.trim()).to.equal('Datos seleccionados (CSV)');
    expect(link.getAttribute('download')).to.equal('indicator_6-1-1-seleccion.csv');
    expect(link.href.startsWith('blob:')).to.equal(true);
    let clicked = '';
    link.addEventListener('click', (e) => {
      clicked = (e.currentTarget as HTMLAnchorElement).href;
      e.preventDefault(); // no real download in the test browser
    });
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(clicked).to.equal(link.href);
    const blob = await (await fetch(clicked)).blob();
    // What the reader gets: a CSV file. Browsers spell the type differently (Chromium 156
    // keeps ";charset=utf-8", 150 drops it), so only its start is checked.
    expect(blob.type.toLowerCase()).to.match(/^text\/csv(;|$)/);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const text = await blob.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).to.equal('Year,Units,Sex,Area,Value');
    expect(lines).to.include('2015,Porcentaje,,Rural,46.5');
    expect(lines.length).to.equal(1 + 10 + 10);
    const en = await indicator('indicator_6-1-1.csv', { lang: 'en' });
    expect($(en, 'a.selection').getAttribute('download')).to.equal('indicator_6-1-1-selection.csv');
  });

  it('takes the metadata as a property', async () => {
    const el = await indicator('indicator_6-1-1.csv');
    expect(el.progress.method).to.equal('without_target');
    el.metadata = {
      indicator_number: '6.1.1',
      indicator_name: 'Agua potable segura',
      source: 'Registro municipal',
      target_value: 95,
      direction: 'higher',
      unit: '%',
    };
    await el.updateComplete;
    expect($(el, '.title').textContent).to.equal('6.1.1 Agua potable segura');
    expect($(el, '.meta').textContent).to.include('Registro municipal');
    expect(el.progress.method).to.equal('with_target');
    expect(el.progress.status).to.equal('moderate_progress');
    expect($(el, '.target-label').textContent).to.include('95 %');
    await expect(el).to.be.accessible();
  });

  it('two bar charts on one page each use the patterns of their own shadow root', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <minga-sdg-indicator
          src=${fx('indicator_3-6-1.csv')}
          chart="bar"
          style="--minga-sdg-series-1: rgb(200, 0, 0); --minga-sdg-series-2: rgb(0, 0, 200)"
        ></minga-sdg-indicator>
        <minga-sdg-indicator
          src=${fx('indicator_6-1-1.csv')}
          chart="bar"
          style="--minga-sdg-series-1: rgb(0, 120, 0); --minga-sdg-series-2: rgb(120, 0, 120)"
        ></minga-sdg-indicator>
      </div>`,
    );
    const [a, b] = [...wrap.querySelectorAll('minga-sdg-indicator')];
    await waitUntil(() => $(a!, '.progress') && $(b!, '.progress'), 'both loaded');
    b!.selectSeries(['Units=Porcentaje', 'Units=Porcentaje|Area=Rural']);
    await b!.updateComplete;
    // No pattern leaks into the document: ids live in each shadow root.
    expect(document.getElementById('pat-solid')).to.equal(null);
    for (const [el, colors] of [
      [a!, ['rgb(200, 0, 0)', 'rgb(0, 0, 200)']],
      [b!, ['rgb(0, 120, 0)', 'rgb(120, 0, 120)']],
    ] as const) {
      const root = el.shadowRoot!;
      const solid = root.querySelector<SVGElement>('svg.plot #pat-solid')!;
      expect(solid, 'own pattern').to.not.equal(null);
      expect(getComputedStyle(solid.querySelector('rect')!).color).to.equal(colors[0]);
      const rects = [...root.querySelectorAll<SVGRectElement>('rect.point')];
      expect(rects.length).to.be.greaterThan(2);
      for (const r of rects) {
        const id = /url\(#([^)]+)\)/.exec(r.getAttribute('fill')!)![1]!;
        // The id resolves in this root (the one the browser uses for url(#…) here).
        expect(root.getElementById(id), id).to.not.equal(null);
        expect(r.getBBox().height).to.be.greaterThan(0);
      }
    }
    const hatch = b!.shadowRoot!.querySelector<SVGElement>('svg.plot #pat-hatch')!;
    expect(getComputedStyle(hatch).color).to.equal('rgb(120, 0, 120)');
    // Taking the first away leaves the second's patterns whole.
    a!.remove();
    expect(b!.shadowRoot!.getElementById('pat-hatch')).to.not.equal(null);
    await expect(wrap).to.be.accessible();
  });

  it('speaks English', async () => {
    const el = await indicator('indicator_6-1-1.csv', {
      lang: 'en',
      meta: fx('indicator_6-1-1.json'),
    });
    expect($(el, '.progress .status').textContent).to.include('Moderate progress');
    expect($(el, '.sentence').textContent).to.equal(
      'At the current pace the target would be reached in 2036.',
    );
    expect($(el, '#summary').textContent).to.include('Rises from 72.7 % in 2015');
  });

  describe('bad input', () => {
    it('a CSV without Year or Value', async () => {
      const el = await indicator('sin-year.csv');
      expect($(el, '[role="alert"]').textContent).to.include('No se pudieron mostrar los datos');
      expect($(el, '[role="alert"] p').textContent!.length).to.be.greaterThan(10);
      await expect(el).to.be.accessible();
    });

    it('a 404 (with an error event)', async () => {
      const el = await fixture<MingaSdgIndicator>(
        html`<minga-sdg-indicator></minga-sdg-indicator>`,
      );
      const failed = oneEvent(el, 'minga-sdg-error');
      el.src = fx('no-existe.csv');
      const { detail } = await failed;
      expect(detail.error.code).to.equal('http');
      await el.updateComplete;
      expect($(el, '[role="alert"]').textContent).to.include('404');
    });

    it('non-numeric values are left out and counted', async () => {
      const el = await indicator('no-numerico.csv');
      expect(textOf(el)).to.include('Se omitieron 2 filas');
      expect(el.shownSeries[0]!.points.length).to.equal(2);
    });

    it('no numeric value at all', async () => {
      const el = await indicator('sin-valores.csv');
      expect($(el, '[role="alert"]').textContent).to.include('ningún valor numérico');
    });

    it('duplicate years: a warning, and no status', async () => {
      const el = await indicator('duplicados.csv');
      expect($(el, '.warning[role="alert"]').textContent).to.include('años repetidos (2019)');
      expect(el.progress.status).to.equal('not_available');
      expect($(el, '.sentence').textContent).to.include('años repetidos');
    });

    it('a missing meta file: a warning, the chart still shows', async () => {
      const el = await indicator('indicator_6-1-1.csv', { meta: fx('no-existe.json') });
      expect(textOf(el)).to.include('No se pudo leer el archivo de metadatos');
      expect($(el, 'svg.plot')).to.not.equal(null);
    });

    it('a single year: not enough data, said plainly', async () => {
      const el = await fixture<MingaSdgIndicator>(
        html`<minga-sdg-indicator></minga-sdg-indicator>`,
      );
      const single = {
        key: '',
        disaggregation: {},
        headline: true,
        points: [{ year: 2020, value: 5 }],
      };
      el.setData({
        years: [2020],
        series: [single],
        headline: single,
        headlines: [single],
        dimensions: [],
        skippedRows: 0,
      });
      await el.updateComplete;
      expect($(el, '.status').textContent).to.include('Sin datos suficientes');
      expect($(el, '.sentence').textContent).to.include('un solo año');
    });
  });

  for (const theme of THEMES)
    it(`passes axe in the ${theme} theme`, async () => {
      const wrap = await themed(
        theme,
        html`<minga-sdg-indicator
          src=${fx('indicator_6-1-1.csv')}
          target="95"
          direction="higher"
          unit="%"
        ></minga-sdg-indicator>`,
      );
      const el = wrap.querySelector('minga-sdg-indicator')!;
      await waitUntil(() => el.shadowRoot!.querySelector('.progress'));
      await expect(wrap).to.be.accessible();
    });
});
