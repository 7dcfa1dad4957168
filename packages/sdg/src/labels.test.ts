// Disaggregation codes as real Open SDG files write them show in the page's language; a site
// can pass its own translations (the format Open SDG sites keep); unknown codes stay as they are.
import { expect, fixture, html, sendKeys, waitUntil } from '@minga/test-utils';
import type { MingaSdgIndicator } from './index.js';
import { dimensionCode, readSiteTranslations, siteLabel, valueCode } from './labels.js';
import './define.js';
import { fx } from '../test/helpers.js';

const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(s),
];

async function indicator(
  src: string,
  lang = 'es',
  translations?: string,
): Promise<MingaSdgIndicator> {
  const el = await fixture<MingaSdgIndicator>(
    html`<minga-sdg-indicator
      lang=${lang}
      src=${fx(src)}
      .translations=${translations}
      style="width: 720px"
    ></minga-sdg-indicator>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('.progress, .error'), 'loaded', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

/** Each compare group's legend and its checkboxes' labels. */
const groups = (el: MingaSdgIndicator) =>
  $$(el, 'fieldset fieldset').map((f) => [
    f.querySelector('legend')!.textContent!.trim(),
    ...[...f.querySelectorAll('label')].map((l) => l.textContent!.trim()),
  ]);
/** The options of the "combine" selects, by their label. */
const selects = (el: MingaSdgIndicator) =>
  $$<HTMLLabelElement>(el, '.combo label').map((l) => [
    [...l.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim(),
    ...[...l.querySelectorAll('option')].map((o) => o.textContent!.trim()),
  ]);

describe('disaggregation codes', () => {
  it('Open SDG words ("aged 0-5 years", "Type", "disabled") in Spanish and English', async () => {
    const es = await indicator('indicator_1-3-1.csv');
    await expect(es).to.be.accessible();
    expect(groups(es)).to.deep.equal([
      ['Edad', 'De 0 a 5 años', 'De 6 a 17 años'],
      ['Tipo', 'Personas con discapacidad', 'Personas sin discapacidad'],
    ]);
    const en = await indicator('indicator_1-3-1.csv', 'en');
    expect(groups(en)).to.deep.equal([
      ['Age', '0 to 5 years', '6 to 17 years'],
      ['Type', 'Persons with disability', 'Persons without disability'],
    ]);
  });

  it('SDMX codes (SEX F/M, AGE Y15T24/Y_GE65, URBANISATION U/R); an unknown code as it is', async () => {
    const es = await indicator('indicator_8-5-2.csv');
    expect(selects(es)).to.deep.equal([
      ['Sexo', 'Todas', 'Mujeres', 'Hombres'],
      ['Edad', 'Todas', 'De 15 a 24 años', '65 años y más'],
      ['Ubicación', 'Todas', 'Urbana', 'Rural', 'PARROQUIA_X'],
    ]);
    // The series picked with the keyboard is named in Spanish in the legend of the chart.
    const box = $$<HTMLInputElement>(es, 'fieldset input[type="checkbox"]').find(
      (b) => b.parentElement!.textContent!.trim() === 'De 15 a 24 años',
    )!;
    box.focus();
    await sendKeys({ press: 'Space' });
    await es.updateComplete;
    expect(es.shadowRoot!.textContent).to.contain('De 15 a 24 años');
    expect(es.shadowRoot!.textContent).not.to.contain('Y15T24');
    const en = await indicator('indicator_8-5-2.csv', 'en');
    expect(selects(en)[2]).to.deep.equal(['Location', 'All', 'Urban', 'Rural', 'PARROQUIA_X']);
  });

  it("a site's translations.json (Open SDG's format) comes first", async () => {
    const es = await indicator('indicator_8-5-2.csv', 'es', fx('translations.json'));
    await waitUntil(() => selects(es)[2]!.includes('Parroquia San Isidro'), 'site labels');
    expect(selects(es)[2]).to.deep.equal([
      'Ubicación',
      'Todas',
      'Cabecera cantonal',
      'Rural',
      'Parroquia San Isidro',
    ]);
    const en = await indicator('indicator_8-5-2.csv', 'en', fx('translations.json'));
    await waitUntil(() => selects(en)[2]!.includes('San Isidro parish'), 'site labels (en)');
    expect(selects(en)[2]).to.deep.equal([
      'Location',
      'All',
      'Urban',
      'Rural',
      'San Isidro parish',
    ]);
  });

  it("a site's one-group YAML file, per language with {lang}", async () => {
    const es = await indicator(
      'indicator_8-5-2.csv',
      'es',
      `${fx('translations/')}{lang}/data.yml`,
    );
    await waitUntil(() => selects(es)[2]!.includes('Parroquia San Isidro'), 'YAML labels');
    expect(selects(es)[0]).to.deep.equal(['Sexo', 'Todas', 'Mujeres', 'Hombres']);
  });

  it('looks codes up as documented', () => {
    expect(dimensionCode('DISABILITY_STATUS')?.key).to.equal('sdg.dimension.disability');
    expect(dimensionCode('INCOME_WEALTH_QUANTILE')?.key).to.equal('sdg.dimension.income');
    expect(dimensionCode('Parroquia')).to.equal(undefined);
    expect(valueCode('Q1', 'INCOME_WEALTH_QUANTILE')?.key).to.equal('sdg.value.quintile1');
    expect(valueCode('quintile5')?.key).to.equal('sdg.value.quintile5');
    expect(valueCode('PD', 'DISABILITY_STATUS')?.key).to.equal('sdg.value.disabled');
    // An SDMX code outside its dimension is not guessed.
    expect(valueCode('F', 'Parroquia')).to.equal(undefined);
    expect(valueCode('Y_LT5')).to.deep.equal({ key: 'sdg.age.under', params: { to: '5' } });
    expect(valueCode('aged 65 years and over')).to.deep.equal({
      key: 'sdg.age.over',
      params: { from: '65' },
    });
    expect(valueCode('Quintil 1')).to.equal(undefined);
    const site = readSiteTranslations({ es: { data: { x: 'Equis' }, SEX: { F: 'Mujer' } } }, 'es');
    expect(siteLabel(site, 'es-EC', 'F', 'SEX')).to.equal('Mujer');
    expect(siteLabel(site, 'es', 'data.x')).to.equal('Equis');
    expect(siteLabel(site, 'en', 'x')).to.equal(undefined);
    expect(readSiteTranslations({ female: 'Mujeres' }, 'es')).to.deep.equal({
      es: { data: { female: 'Mujeres' } },
    });
    expect(readSiteTranslations('no', 'es')).to.equal(undefined);
  });
});
