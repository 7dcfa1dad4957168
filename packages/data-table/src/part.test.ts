import { expect } from '@minga/test-utils';
import { Part } from './part.js';

describe('Part (code loaded on first use)', () => {
  it('loads once, however many ask at the same time', async () => {
    let imports = 0;
    const part = new Part(async () => ({ n: ++imports }));
    expect(part.missing).to.equal(true);
    await Promise.all([part.load(), part.load(), part.load()]);
    expect(part.value).to.deep.equal({ n: 1 });
    expect(part.missing).to.equal(false);
    await part.load();
    expect(imports).to.equal(1);
  });

  it('never rejects: a failure is noted, and the next load tries again', async () => {
    let imports = 0;
    const part = new Part(async () => {
      if (++imports === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'aquí';
    });
    await part.load();
    expect(part.failed).to.equal(true);
    expect(part.missing).to.equal(false);
    expect(part.value).to.equal(undefined);
    const again = part.load();
    expect(part.failed).to.equal(false);
    await again;
    expect(part.value).to.equal('aquí');
    expect(imports).to.equal(2);
  });
});
