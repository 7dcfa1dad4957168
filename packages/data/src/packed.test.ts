import { expect } from '@minga/test-utils';
import { RowChunks } from './chunks.js';
import { packRows, packedCell, transferables, unpackRows } from './packed.js';
import type { Row } from './types.js';

const day = (d: number) => new Date(Date.UTC(2026, 0, d));

describe('packed batches', () => {
  it('give back the same rows, cell for cell, for every kind of column', () => {
    const rows: Row[] = Array.from({ length: 40 }, (_, i) => [
      null, // all empty
      ['Adjudicado', 'Finalizado', null][i % 3]!, // repeated text: dictionary
      i % 7 === 3 ? 42 : `texto ${i}`, // text with numbers among it: sent as it is
      i % 5 === 0 ? null : `SIE-${i}-ñandú`, // distinct text with empty cells
      i === 7 ? 'n/d' : i === 8 ? null : i === 9 ? -0 : i * 1.5, // numbers, one unreadable
      i === 3 ? 'sin fecha' : i === 4 ? null : day((i % 28) + 1), // dates, one unreadable
      i === 2 ? 'quizás' : i === 6 ? null : i % 2 === 0, // booleans, one unreadable
      [1, 'a', true, day(1), null][i % 5]!, // mixed: sent as they are
    ]);
    const packed = packRows(rows);
    expect(packed.columns.map((c) => c.kind)).to.deep.equal([
      'null',
      'dict',
      'cells',
      'text',
      'number',
      'date',
      'boolean',
      'cells',
    ]);
    const back = unpackRows(structuredClone(packed));
    expect(back).to.deep.equal(rows);
    expect(Object.is(back[9]![4], -0)).to.equal(true);
    expect(back.map((r, i) => r.map((_, c) => packedCell(packed.columns[c]!, i)))).to.deep.equal(
      rows,
    );
  });

  it('keep NaN and invalid dates as they are', () => {
    const rows: Row[] = [
      [NaN, new Date(NaN)],
      [1, day(2)],
      [2, day(3)],
    ];
    const back = unpackRows(packRows(rows));
    expect(Number.isNaN(back[0]![0])).to.equal(true);
    expect(Number.isNaN((back[0]![1] as Date).getTime())).to.equal(true);
    expect(back.slice(1)).to.deep.equal(rows.slice(1));
  });

  it('keep ragged rows ragged (they are padded when the columns are known)', () => {
    const rows: Row[] = [['a', 1], ['b'], ['c', 3, 'extra']];
    const back = unpackRows(packRows(rows));
    expect(back).to.deep.equal(rows);
  });

  it('transfer their buffers instead of copying them', () => {
    const packed = packRows(Array.from({ length: 100 }, (_, i) => [i, `código ${i}`, day(1)]));
    const buffers = transferables(packed);
    expect(buffers.length).to.equal(3);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(packed, buffers);
    expect(buffers.every((b) => b.byteLength === 0)).to.equal(true);
    port1.close();
    port2.close();
  });
});

describe('RowChunks', () => {
  it('builds each batch once, shares repeated strings, and pads rows to the final width', () => {
    const chunks = new RowChunks();
    const first: Row[] = [['Quito', 1]];
    chunks.add(first);
    chunks.add(
      packRows([
        [`Qui${'to'}`, 2],
        ['Cuenca', 3, 'x'],
      ]),
    );
    expect(chunks.count).to.equal(3);
    const second = chunks.rowsOf(1);
    expect(chunks.rowsOf(1)).to.equal(second);
    chunks.pad(3);
    const all = chunks.all();
    expect(all).to.deep.equal([
      ['Quito', 1, null],
      ['Quito', 2, null],
      ['Cuenca', 3, 'x'],
    ]);
    expect(all[0]).to.equal(first[0]);
    expect(all[1]).to.equal(second[0]);
    expect(chunks.all()).to.equal(all);
  });
});
