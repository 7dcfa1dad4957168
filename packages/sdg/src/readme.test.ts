// The README's JSON examples, run as written: a site's translations and the grid's index.
import { expect, fixture, html, waitUntil } from '@minga/test-utils';
import type { MingaSdgGrid, MingaSdgIndicator } from './index.js';
import { validateSdgIndex } from './index.js';
import './define.js';
import { fx } from '../test/helpers.js';

async function examples(): Promise<unknown[]> {
  const readme = await (await fetch(new URL('../README.md', import.meta.url))).text();
  return [...readme.matchAll(/^```json\n([^]*?)^```/gm)].map((m) => JSON.parse(m[1]!) as unknown);
}

describe('README examples', () => {
  it("a site's translations.json, as written", async () => {
    const translations = (await examples()).find(
      (e) => typeof e === 'object' && e !== null && 'es' in e,
    );
    const el = await fixture<MingaSdgIndicator>(
      html`<minga-sdg-indicator
        lang="es"
        src=${fx('indicator_8-5-2.csv')}
        .siteTranslations=${translations}
      ></minga-sdg-indicator>`,
    );
    // As the indicator tests wait: a CSV and the chart's chunk can take over a second on a busy machine.
    await waitUntil(() => el.shadowRoot!.querySelector('.progress, .error'), 'loaded', {
      timeout: 5000,
    });
    await el.updateComplete;
    expect(el.valueLabel('PARROQUIA_X', 'URBANISATION')).to.equal('Parroquia San Isidro');
    expect(el.valueLabel('U', 'URBANISATION')).to.equal('Cabecera cantonal');
    expect(el.valueLabel('R', 'URBANISATION')).to.equal('Rural');
    expect(el.valueLabel('disabled')).to.equal('Con discapacidad');
    const options = [...el.shadowRoot!.querySelectorAll('select[data-dim="URBANISATION"] option')];
    expect(options.map((o) => o.textContent!.trim())).to.deep.equal([
      'Todas',
      'Cabecera cantonal',
      'Rural',
      'Parroquia San Isidro',
    ]);
  });

  it('the grid index, as written', async () => {
    const index = (await examples()).find(
      (e) => typeof e === 'object' && e !== null && 'goals' in e,
    );
    expect(validateSdgIndex(index)).to.deep.equal([]);
    const grid = await fixture<MingaSdgGrid>(
      html`<minga-sdg-grid lang="es" .index=${index}></minga-sdg-grid>`,
    );
    await grid.updateComplete;
    const goals = [...grid.shadowRoot!.querySelectorAll('minga-sdg-goal')] as unknown as {
      goal: number;
      href?: string;
      summary?: string;
    }[];
    expect(goals).to.have.length(17);
    const six = goals.find((g) => g.goal === 6)!;
    expect(six.href).to.equal('/ods/6');
    expect(six.summary).to.be.a('string').and.not.equal('');
    await expect(grid).to.be.accessible();
  });
});
