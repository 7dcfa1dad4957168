import { expect } from '@minga/test-utils';
import type { Column, Row } from '../types.js';
import {
  collationKey,
  computeView,
  countingSort,
  fold,
  indexTable,
  indexTransferables,
  rankColumn,
  searchColumns,
  SearchIndex,
  searchWords,
  Sorter,
  TableIndexer,
  viewOrder,
} from './index.js';

const col = (key: string, type: Column['type'], index: number): Column => ({
  key,
  label: key,
  type,
  index,
});
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('fold and collation', () => {
  it('folds case and accents, ñ included', () => {
    expect(fold('Información')).to.equal('informacion');
    expect(fold('NIÑO')).to.equal('nino');
    expect(fold('Construcción de Vía')).to.equal('construccion de via');
    expect(fold('plain')).to.equal('plain');
  });

  it('folds character by character as a whole text would fold', () => {
    const whole = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    for (const text of [
      'Dotación de agua potable en la parroquia Chongón',
      'e\u0301 decomposed, Ǆ, ǅ, ﬁ, İstanbul, ẞ',
      '한국어 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👍🏽 ۱۲۳ Ελληνικά Привет',
      'Ñandú ÑAÑA ñu',
    ])
      expect(fold(text)).to.equal(whole(text));
  });

  it('orders like Intl.Collator("es") at primary strength', () => {
    const words = [
      'oso',
      'Ñandú',
      'nube',
      'árbol',
      'Zapato',
      'niño',
      'nz',
      'ñu',
      'Ávila',
      'avión',
      'b',
      'canción',
      'cañón',
      'caña',
    ];
    const collator = new Intl.Collator('es', { sensitivity: 'base' });
    const byCollator = [...words].sort(collator.compare);
    const byKey = [...words].sort((a, b) =>
      collationKey(a) < collationKey(b) ? -1 : collationKey(a) > collationKey(b) ? 1 : 0,
    );
    expect(byKey).to.deep.equal(byCollator);
  });

  // Random texts of letters Spanish collation treats specially (ñ, accents, case), spaces and
  // digits: the keys' code-unit order must be the collator's at primary strength, pair by pair.
  const alphabet = [...'aábcchlnñÑNoóOÓeéÉuüz 19'];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  const randomText = () =>
    Array.from({ length: 1 + random(6) }, () => alphabet[random(alphabet.length)]).join('');
  const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
  const collator = new Intl.Collator('es', { sensitivity: 'base' });

  it('gives keys in Intl.Collator("es") order, pair by pair, on random texts', () => {
    for (let i = 0; i < 3000; i++) {
      const [a, b] = [randomText(), randomText()];
      const [ka, kb] = [collationKey(a), collationKey(b)];
      // The key as first defined: ñ and Ñ made "n" + the last code unit, then folded.
      expect(ka).to.equal(fold(a.replace(/ñ/gi, 'n\uffff')));
      expect(sign(ka < kb ? -1 : ka > kb ? 1 : 0), `${a} / ${b}`).to.equal(
        sign(collator.compare(a, b)),
      );
      // A folded text given along is used only where it is the key.
      expect(collationKey(a, fold(a))).to.equal(ka);
    }
  });

  it('ranks random texts as the collator orders them, blanks last', () => {
    const texts: Row[] = Array.from({ length: 2000 }, (_, i) => [
      i % 50 === 0 ? null : i % 70 === 0 ? '' : randomText(),
    ]);
    const { ranks, distinct } = rankColumn(texts, col('t', 'text', 0));
    for (let i = 0; i < 4000; i++) {
      const [x, y] = [random(texts.length), random(texts.length)];
      const [a, b] = [texts[x]![0] as string | null, texts[y]![0] as string | null];
      if (!a || !b) {
        if (!a) expect(ranks[x]).to.equal(distinct);
        continue;
      }
      expect(sign(ranks[x]! - ranks[y]!), `${a} / ${b}`).to.equal(sign(collator.compare(a, b)));
    }
  });
});

describe('sorting', () => {
  const columns = [
    col('name', 'text', 0),
    col('amount', 'currency', 1),
    col('date', 'date', 2),
    col('ok', 'boolean', 3),
  ];
  const rows: Row[] = [
    ['Óscar', 300, day('2026-03-01'), true],
    ['ana', null, day('2025-01-01'), false],
    ['Ñusta', 100, null, true],
    ['Beto', 300, day('2026-01-15'), null],
    ['', 50, day('2024-12-31'), false],
    ['nadia', 'sin dato', day('2026-03-01'), true],
  ];
  const names = (order: ArrayLike<number>) => Array.from(order, (i) => rows[i]![0]);

  it('sorts text in Spanish order, blanks last both ways', () => {
    const sorter = new Sorter(rows, columns);
    expect(names(sorter.order([{ column: 'name', direction: 'asc' }]))).to.deep.equal([
      'ana',
      'Beto',
      'nadia',
      'Ñusta',
      'Óscar',
      '',
    ]);
    expect(names(sorter.order([{ column: 'name', direction: 'desc' }]))).to.deep.equal([
      'Óscar',
      'Ñusta',
      'nadia',
      'Beto',
      'ana',
      '',
    ]);
  });

  it('sorts numbers as numbers, unreadable values after them, blanks last; stable', () => {
    const sorter = new Sorter(rows, columns);
    expect(names(sorter.order([{ column: 'amount', direction: 'asc' }]))).to.deep.equal([
      '',
      'Ñusta',
      'Óscar',
      'Beto',
      'nadia',
      'ana',
    ]);
    expect(names(sorter.order([{ column: 'amount', direction: 'desc' }]))).to.deep.equal([
      'nadia',
      'Óscar',
      'Beto',
      'Ñusta',
      '',
      'ana',
    ]);
  });

  it('sorts dates by time and booleans false first', () => {
    const sorter = new Sorter(rows, columns);
    expect(names(sorter.order([{ column: 'date', direction: 'asc' }]))).to.deep.equal([
      '',
      'ana',
      'Beto',
      'Óscar',
      'nadia',
      'Ñusta',
    ]);
    expect(names(sorter.order([{ column: 'ok', direction: 'asc' }]))).to.deep.equal([
      'ana',
      '',
      'Óscar',
      'Ñusta',
      'nadia',
      'Beto',
    ]);
  });

  it('sorts by several keys, the first most significant', () => {
    const sorter = new Sorter(rows, columns);
    const order = sorter.order([
      { column: 'amount', direction: 'desc' },
      { column: 'name', direction: 'asc' },
    ]);
    expect(names(order)).to.deep.equal(['nadia', 'Beto', 'Óscar', 'Ñusta', '', 'ana']);
    expect(sorter.order([])).to.deep.equal(Uint32Array.from([0, 1, 2, 3, 4, 5]));
    // Unknown columns are ignored, cached orders are reused.
    expect(sorter.order([{ column: 'nope', direction: 'asc' }])).to.deep.equal(
      Uint32Array.from([0, 1, 2, 3, 4, 5]),
    );
    expect(sorter.order([{ column: 'name', direction: 'asc' }])).to.equal(
      sorter.order([{ column: 'name', direction: 'asc' }]),
    );
  });

  it('ranks equal values together and counting-sorts stably', () => {
    const ranks = rankColumn(rows, columns[1]!);
    expect(ranks.ranks[0]).to.equal(ranks.ranks[3]);
    const order = countingSort(Uint32Array.from([3, 0]), ranks, 'asc');
    expect(Array.from(order)).to.deep.equal([3, 0]);
  });
});

describe('search', () => {
  const columns = [
    col('name', 'text', 0),
    col('amount', 'currency', 1),
    col('date', 'date', 2),
    col('kind', 'text', 3),
    col('rate', 'percent', 4),
  ];
  const rows: Row[] = [
    ['Construcción de vía', 1234.5, day('2026-03-01'), 'Obra', 0.125],
    ['Niños y niñas', 99, day('2026-03-31'), 'Servicio', 0.5],
    ['Información pública', 100000, day('2025-12-31'), 'Servicio', null],
    ['Agua potable', null, null, '', 1],
  ];

  it('searches every column, accents and case ignored, numbers as typed in Spanish', () => {
    const index = new SearchIndex(rows, columns);
    expect(index.buildSome(1000)).to.equal(true);
    const find = (q: string) => {
      const words = searchWords(q);
      const mask = words.length ? index.search(words) : null;
      return computeView(rows, Uint32Array.from([0, 1, 2, 3]), null, mask);
    };
    expect(Array.from(find('informacion'))).to.deep.equal([2]);
    expect(Array.from(find('nino'))).to.deep.equal([1]);
    expect(Array.from(find('construccion via'))).to.deep.equal([0]);
    expect(Array.from(find('1.234,50'))).to.deep.equal([0]);
    expect(Array.from(find('1234.5'))).to.deep.equal([0]);
    expect(Array.from(find('100.000'))).to.deep.equal([2]);
    expect(Array.from(find('31/12/2025'))).to.deep.equal([2]);
    expect(Array.from(find('12,5'))).to.deep.equal([0]);
    expect(Array.from(find('nada de esto'))).to.deep.equal([]);
    expect(Array.from(find(''))).to.deep.equal([0, 1, 2, 3]);
  });
});

describe('the engine: indexes built once, then views from them', () => {
  const columns = [col('monto', 'currency', 0), col('objeto', 'text', 1), col('ok', 'boolean', 2)];
  // 60,000 rows: ~200 amounts, a distinct description per row, some blanks and one unreadable.
  const objects = ['Ñandú', 'nube', 'Óleo', 'árbol', 'Zanja', 'alcantarillado'];
  const rows: Row[] = Array.from({ length: 60_000 }, (_, i) => [
    i === 17 ? 'n/d' : i % 97 === 0 ? null : (i * 7919) % 200,
    i % 501 === 0 ? '' : `${objects[i % objects.length]} ${(i * 104_729) % 60_000}`,
    i % 3 === 0,
  ]);
  const sort = [
    { column: 'monto', direction: 'desc' as const },
    { column: 'objeto', direction: 'asc' as const },
  ];

  it('gives the same view from a ready index as from the rows alone', () => {
    const index = indexTable(rows, columns);
    expect(index.count).to.equal(rows.length);
    expect(index.ranks.map((r) => r?.ranks.length)).to.deep.equal([60_000, 60_000, 60_000]);
    // Booleans are not searched.
    expect(index.search.map((c) => c.index)).to.deep.equal([0, 1]);
    for (const words of [[], ['alcantarillado'], ['nandu', '12']]) {
      const state = { sort, words };
      expect(viewOrder(rows, columns, index, state)).to.deep.equal(
        viewOrder(rows, columns, undefined, state),
      );
    }
  });

  it('sorts by two keys, the second a text column with > 50,000 distinct values', () => {
    const index = indexTable(rows, columns);
    expect(index.ranks[1]!.distinct).to.be.greaterThan(50_000);
    const order = viewOrder(rows, columns, index, { sort, words: [] });
    expect(order.length).to.equal(rows.length);
    const collator = new Intl.Collator('es', { sensitivity: 'base' });
    const money = (i: number) => rows[i]![0];
    for (let k = 1; k < order.length; k++) {
      const a = order[k - 1]!;
      const b = order[k]!;
      const [ma, mb] = [money(a), money(b)];
      // Descending: the unreadable value (it sorts after numbers), numbers, then blanks.
      const rank = (m: unknown) => (typeof m === 'number' ? 1 : m === null ? 2 : 0);
      if (rank(ma) !== rank(mb)) {
        expect(rank(ma)).to.be.lessThan(rank(mb));
        continue;
      }
      if (ma !== mb) {
        expect(ma as number).to.be.greaterThan(mb as number);
        continue;
      }
      const [ta, tb] = [rows[a]![1] as string, rows[b]![1] as string];
      if (ta === '' || tb === '')
        expect(tb).to.equal(''); // blanks last
      else expect(collator.compare(ta, tb), `${ta} / ${tb}`).to.be.at.most(0);
    }
  });

  it('uses the ready ranks instead of ranking again', () => {
    const index = indexTable(rows, columns);
    const sorter = new Sorter(rows, columns, index.ranks);
    expect(sorter.ranks('objeto')).to.equal(index.ranks[1]);
    // Ranks for another row count are not used.
    const other = new Sorter(rows.slice(1), columns, index.ranks);
    expect(other.ranks('objeto')).not.to.equal(index.ranks[1]);
    const search = new SearchIndex(rows, columns, index.search);
    expect(search.complete).to.equal(true);
    expect(search.columns[1]).to.equal(index.search[1]);
  });

  it('never matches across two values of the dictionary', () => {
    const cols = [col('a', 'text', 0)];
    const data: Row[] = [['ab'], ['cd'], ['x\u0001y'], [null], ['abcd']];
    const index = indexTable(data, cols);
    const find = (q: string) =>
      Array.from(viewOrder(data, cols, index, { sort: [], words: searchWords(q) }));
    expect(find('bc')).to.deep.equal([4]);
    expect(find('ab')).to.deep.equal([0, 4]);
    expect(find('d')).to.deep.equal([1, 4]);
    expect(find('y')).to.deep.equal([2]);
  });

  it('crosses to another thread as transferred buffers, and still works there', async () => {
    const index = indexTable(rows, columns);
    const { port1, port2 } = new MessageChannel();
    const arrived = new Promise<typeof index>((resolve) => {
      port2.onmessage = (event) => resolve(event.data as typeof index);
    });
    const expected = viewOrder(rows, columns, index, { sort, words: ['zanja'] });
    port1.postMessage(index, indexTransferables(index));
    // Transferred, not copied: the sender's buffers are gone.
    expect(index.ranks[0]!.ranks.length).to.equal(0);
    const received = await arrived;
    port1.close();
    port2.close();
    expect(viewOrder(rows, columns, received, { sort, words: ['zanja'] })).to.deep.equal(expected);
  });

  it('builds the same index batch by batch as from all the rows at once', () => {
    const all = indexTable(rows, columns);
    const indexer = new TableIndexer();
    for (let start = 0; start < rows.length; start += 2500)
      indexer.add(rows.slice(start, start + 2500), start === 0 ? columns : undefined);
    expect(indexer.finish(columns)).to.deep.equal(all);
  });

  it('gives blank ranks and codes to the rows before a column appeared', () => {
    const first = [col('a', 'text', 0)];
    const later = [...first, col('b', 'integer', 1)];
    const indexer = new TableIndexer();
    indexer.add([['x'], ['y']], first);
    indexer.add(
      [
        ['z', 2],
        ['x', 1],
      ],
      later,
    );
    const index = indexer.finish(later);
    expect(Array.from(index.ranks[1]!.ranks)).to.deep.equal([2, 2, 1, 0]);
    expect(Array.from(index.ranks[0]!.ranks)).to.deep.equal([0, 1, 2, 0]);
    expect(Array.from(index.search[1]!.codes)).to.deep.equal([0, 0, 1, 2]);
  });

  it('folds the values again for search when a column changed type', () => {
    const indexer = new TableIndexer();
    indexer.add([[0.5]], [col('p', 'number', 0)]);
    const index = indexer.finish([col('p', 'percent', 0)]);
    expect(Array.from(searchColumns(index.search, 1, ['50']))).to.deep.equal([1]);
  });

  it('takes two dates of the same instant as one value, apart from a number', () => {
    const time = day('2026-01-02').getTime();
    const index = indexTable(
      [[day('2026-01-02')], [day('2026-01-02')], [time], [day('2026-01-01')]],
      [col('d', 'date', 0)],
    );
    const [r0, r1, r2, r3] = Array.from(index.ranks[0]!.ranks);
    expect(r0).to.equal(r1);
    expect(r3).to.be.below(r0!);
    // The number is not a readable date: it sorts as text, after the dates.
    expect(r2).to.be.above(r0!);
  });
});
