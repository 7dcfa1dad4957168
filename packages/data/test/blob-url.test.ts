// A file the reader picks, shown through `URL.createObjectURL(file)`: a `blob:` URL loads like
// any URL, in the worker and on the main thread.
import { expect } from '@minga/test-utils';
import { DataError, loadTable } from '../src/index.js';

const CSV = 'Código;Monto\nA-1;1.234,50\nA-2;20,00\n';

describe('blob: URLs', () => {
  for (const worker of [true, false])
    it(`load a File turned into a blob: URL (worker: ${worker})`, async () => {
      const file = new File([CSV], 'presupuesto.csv', { type: 'text/csv' });
      const url = URL.createObjectURL(file);
      try {
        const t = await loadTable(url, { worker });
        expect(t.columns.map((c) => c.key)).to.deep.equal(['Código', 'Monto']);
        expect(t.rows).to.deep.equal([
          ['A-1', 1234.5],
          ['A-2', 20],
        ]);
        expect(t.meta.source).to.equal(url);
        expect(t.meta.format).to.equal('csv');
      } finally {
        URL.revokeObjectURL(url);
      }
    });

  it('load a Blob of JSON through a blob: URL given as `{ url }`', async () => {
    const blob = new Blob([JSON.stringify([{ barrio: 'La Loma', casas: 12 }])]);
    const url = URL.createObjectURL(blob);
    const t = await loadTable({ url });
    URL.revokeObjectURL(url);
    expect(t.rows).to.deep.equal([['La Loma', 12]]);
  });

  it('a revoked blob: URL fails with a clear message', async () => {
    const url = URL.createObjectURL(new Blob([CSV]));
    URL.revokeObjectURL(url);
    const error = await loadTable(url).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DataError);
    expect((error as DataError).code).to.equal('network');
  });
});
