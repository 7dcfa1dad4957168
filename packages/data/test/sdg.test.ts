import { expect } from '@minga/test-utils';
import { DataError, loadTable, parseOpenSdg, sdgHeadline } from '../src/index.js';
import { fixture } from './helpers.js';

describe('parseOpenSdg', () => {
  it('reads a multi-dimension indicator with Units (text and loaded table alike)', async () => {
    const text = await (await fetch(fixture('indicador_5-5-1.csv'))).text();
    const data = parseOpenSdg(text);
    expect(data.years).to.deep.equal([2020, 2021, 2022]);
    expect(data.units).to.deep.equal(['Porcentaje', 'Número']);
    expect(data.geoCodes).to.deep.equal([]);
    expect(data.seriesNames).to.equal(undefined);
    expect(data.dimensions).to.deep.equal([
      { name: 'Sex', values: ['Mujeres', 'Hombres'] },
      { name: 'Area', values: ['Urbana', 'Rural'] },
    ]);
    expect(data.series.length).to.equal(8);
    expect(data.headlines.map((s) => s.key)).to.deep.equal(['Units=Porcentaje', 'Units=Número']);
    expect(data.headline).to.deep.equal({
      key: 'Units=Porcentaje',
      disaggregation: { Sex: '', Area: '' },
      unit: 'Porcentaje',
      headline: true,
      points: [
        { year: 2020, value: 40.1 },
        { year: 2021, value: 41.5 },
        { year: 2022, value: 42 },
      ],
    });
    expect(sdgHeadline(data, 'Número')!.points.map((p) => p.value)).to.deep.equal([
      1200, 1250, 1300,
    ]);
    const urbana = data.series.find((s) => s.key === 'Units=Porcentaje|Area=Urbana')!;
    expect(urbana.disaggregation).to.deep.equal({ Sex: '', Area: 'Urbana' });
    expect(urbana.points).to.deep.equal([
      { year: 2020, value: 44 },
      { year: 2022, value: 46.2 },
    ]);
    const both = data.series.find((s) => s.key === 'Units=Porcentaje|Sex=Mujeres|Area=Rural')!;
    expect(both.headline).to.equal(false);
    expect(both.points.at(-1)).to.deep.equal({ year: 2022, value: 28 });
    const table = await loadTable(fixture('indicador_5-5-1.csv'));
    expect(parseOpenSdg(table)).to.deep.equal(data);
  });

  it('refuses a file without Year and Value', () => {
    expect(() => parseOpenSdg('a,b\n1,2\n'))
      .to.throw(DataError)
      .with.property('code', 'not-sdg');
  });
});
