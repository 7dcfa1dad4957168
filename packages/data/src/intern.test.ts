import { expect } from '@minga/test-utils';
import { Interner } from './intern.js';

describe('Interner', () => {
  it('keeps the values and shares repeated strings', () => {
    const rows = [
      ['Constructora Andina', 1, 'A-1'],
      ['Constructora Andina'.slice(0), 2, 'A-2'],
      [`Constructora ${'Andina'}`, null, 'A-3'],
    ];
    new Interner().internRows(rows);
    expect(rows.map((r) => r[0])).to.deep.equal(Array(3).fill('Constructora Andina'));
    expect(rows.map((r) => r[1])).to.deep.equal([1, 2, null]);
    expect(rows.map((r) => r[2])).to.deep.equal(['A-1', 'A-2', 'A-3']);
  });

  it('stops interning a column whose values are mostly distinct', () => {
    const interner = new Interner();
    const rows = Array.from({ length: 6000 }, (_, i) => [`código ${i}`, i % 2 ? 'sí' : 'no']);
    interner.internRows(rows);
    const more = [['código 1'], ['código 1']];
    interner.internRows(more);
    expect(more.map((r) => r[0])).to.deep.equal(['código 1', 'código 1']);
  });
});
