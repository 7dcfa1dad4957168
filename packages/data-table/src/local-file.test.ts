// A file the reader picks on their own computer shows in the table: the README's
// `<input type="file">` example, run as written (`table.src = URL.createObjectURL(file)`).
import { expect, fixture, html, oneEvent } from '@minga/test-utils';
import type { MingaDataTable } from './index.js';
import './define.js';

describe('a file from <input type="file">', () => {
  it('loads through a blob: URL and shows its rows', async () => {
    // The README's example, run as written.
    const readme = await (await fetch(new URL('../README.md', import.meta.url))).text();
    const example = /Or a file the reader picks[^]*?```html\n([^]*?)```/.exec(readme)![1]!;
    const page = await fixture<HTMLElement>(html`<div lang="es"></div>`);
    const [markup, code] = example.split(/<script type="module">|<\/script>/);
    page.innerHTML = markup!;
    const script = document.createElement('script');
    script.type = 'module';
    const ran = new Promise((resolve) => script.addEventListener('load', resolve));
    script.src = URL.createObjectURL(new Blob([code!], { type: 'text/javascript' }));
    page.append(script);
    await ran;
    const input = page.querySelector('input')!;
    const table = page.querySelector('minga-data-table')!;
    // What the browser does when the reader picks a file.
    const picked = new DataTransfer();
    picked.items.add(
      new File(['Barrio;Casas\nLa Loma;12\nEl Cisne;7\n'], 'barrios.csv', { type: 'text/csv' }),
    );
    input.files = picked.files;
    const loaded = oneEvent(table, 'minga-data-load');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await loaded).detail.rowCount).to.equal(2);
    await table.updateComplete;
    const root = (table as MingaDataTable).shadowRoot!;
    const cells = [...root.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()),
    );
    expect(cells).to.deep.equal([
      ['La Loma', '12'],
      ['El Cisne', '7'],
    ]);
    expect(root.querySelector('caption')!.textContent).to.contain('barrios.csv');
    expect(root.textContent).not.to.contain('no tiene datos');
    await expect(page).to.be.accessible();
  });
});
