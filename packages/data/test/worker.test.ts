// The worker and the main-thread fallback give the same result; loads stream, report
// progress, and can be cancelled.
import { expect } from '@minga/test-utils';
import { DataError, createTableLoader, indexTable, loadTable, viewOrder } from '../src/index.js';
import type { LoadedTable, RowBatch } from '../src/index.js';
import { CSV_FIXTURES, fixture } from './helpers.js';

describe('worker and main thread', () => {
  for (const name of CSV_FIXTURES) {
    it(`give identical results: ${name}`, async () => {
      const inWorker = await loadTable(fixture(name), { worker: true });
      const onMain = await loadTable(fixture(name), { worker: false });
      expect(inWorker).to.deep.equal(onMain);
      expect(inWorker.rows.length).to.be.greaterThan(0);
    });
  }

  it('give identical results on a file bigger than one batch (and from a Blob)', async () => {
    const url = '/test-data/generated.csv?rows=25000';
    const inWorker = await loadTable(url, { worker: true });
    const onMain = await loadTable(url, { worker: false });
    expect(inWorker.rows.length).to.equal(25000);
    expect(inWorker).to.deep.equal(onMain);
    const blob = await (await fetch(url)).blob();
    const fromBlob = await loadTable(new File([blob], 'contratos.csv'), { worker: true });
    expect(fromBlob.rows).to.deep.equal(onMain.rows);
    expect(fromBlob.meta.source).to.equal('contratos.csv');
  });

  it('send every column ranked and its search dictionary with the rows', async () => {
    const url = '/test-data/generated.csv?rows=25000';
    const table = await loadTable(url, { worker: true });
    const { index } = table;
    expect(index).not.to.equal(undefined);
    expect(index!.count).to.equal(25000);
    expect(index!.ranks.length).to.equal(table.columns.length);
    for (const ranks of index!.ranks) expect(ranks!.ranks).to.be.instanceOf(Uint32Array);
    // The same as ranking and indexing the rows on the page.
    expect(index).to.deep.equal(indexTable(table.rows, table.columns));
    const [first, second] = table.columns;
    const state = {
      sort: [
        { column: second!.key, direction: 'desc' as const },
        { column: first!.key, direction: 'asc' as const },
      ],
      words: ['a'],
    };
    expect(viewOrder(table.rows, table.columns, index, state)).to.deep.equal(
      viewOrder(table.rows, table.columns, undefined, state),
    );
  });

  it('give identical results when typed columns hold cells that could not be read', async () => {
    const lines = ['fecha;monto;activo;nota'];
    for (let i = 0; i < 3000; i++)
      lines.push(
        i % 997 === 5
          ? 'sin fecha;n/d;quizás;'
          : `${(i % 28) + 1}/03/2026;${i},50;${i % 2 ? 'sí' : 'no'};${i % 3 ? '' : `nota ${i}`}`,
      );
    const text = lines.join('\n');
    const columns = { activo: { type: 'boolean' as const } };
    const inWorker = await loadTable({ text }, { worker: true, columns });
    const onMain = await loadTable({ text }, { worker: false, columns });
    expect(inWorker.columns.map((c) => c.type)).to.deep.equal([
      'date',
      'currency',
      'boolean',
      'text',
    ]);
    expect(inWorker.rows[5]).to.deep.equal(['sin fecha', 'n/d', 'quizás', null]);
    expect(inWorker).to.deep.equal(onMain);
  });

  it('falls back to the main thread when Worker is missing or cannot start', async () => {
    const expected = await loadTable(fixture('fechas.csv'), { worker: false });
    const original = globalThis.Worker;
    try {
      (globalThis as { Worker?: unknown }).Worker = class {
        constructor() {
          throw new Error('no workers here');
        }
      };
      expect(await loadTable(fixture('fechas.csv'), { worker: true })).to.deep.equal(expected);
      // A worker whose script fails to load.
      (globalThis as { Worker?: unknown }).Worker = class extends EventTarget {
        onerror: ((e: Event) => void) | null = null;
        onmessage: unknown = null;
        constructor() {
          super();
          setTimeout(() => this.onerror?.(new Event('error')), 10);
        }
        postMessage() {}
        terminate() {}
      };
      expect(await loadTable(fixture('fechas.csv'), { worker: true })).to.deep.equal(expected);
      delete (globalThis as { Worker?: unknown }).Worker;
      expect(await loadTable(fixture('fechas.csv'))).to.deep.equal(expected);
    } finally {
      globalThis.Worker = original;
    }
  });
});

describe('streaming, progress and abort', () => {
  it('delivers the first rows in a batch of their own, with progress in bytes and rows', async () => {
    const batches: RowBatch[] = [];
    const progress: { bytes: number; rows: number }[] = [];
    const table = await loadTable(
      '/test-data/generated.csv?rows=30000',
      {},
      { onRows: (b) => batches.push(b), onProgress: (p) => progress.push(p) },
    );
    expect(batches[0]!.offset).to.equal(0);
    expect(batches[0]!.rows.length).to.be.at.least(1000).and.below(1200);
    expect(batches[0]!.columns.map((c) => c.type)).to.deep.equal([
      'text',
      'text',
      'currency',
      'date',
    ]);
    let offset = 0;
    for (const b of batches) {
      expect(b.offset).to.equal(offset);
      offset += b.rows.length;
    }
    expect(offset).to.equal(30000);
    expect(table.rows[batches[1]!.offset]).to.equal(batches[1]!.rows[0]);
    const last = progress.at(-1)!;
    expect(last.rows).to.equal(30000);
    expect(last.bytes).to.equal(table.meta.bytes);
    expect(progress.some((p) => p.bytes > 0 && p.rows === 0)).to.equal(true);
  });

  it('reports progress that only grows, also when the page fetches (custom fetch)', async () => {
    for (const options of [{}, { fetch: (url: RequestInfo | URL) => fetch(url) }]) {
      const progress: { bytes: number; rows: number }[] = [];
      const table = await loadTable('/test-data/generated.csv?rows=30000', options, {
        onProgress: (p) => progress.push(p),
      });
      for (let i = 1; i < progress.length; i++) {
        expect(progress[i]!.bytes).to.be.at.least(progress[i - 1]!.bytes);
        expect(progress[i]!.rows).to.be.at.least(progress[i - 1]!.rows);
      }
      expect(progress.at(-1)!.bytes).to.equal(table.meta.bytes);
      expect(progress.at(-1)!.rows).to.equal(30000);
    }
  });

  it('aborts with a signal (slow server): the promise rejects with "aborted"', async () => {
    const controller = new AbortController();
    let rows = 0;
    const promise = loadTable(
      '/test-data/slow.csv',
      {},
      {
        signal: controller.signal,
        onRows: (b) => {
          rows += b.rows.length;
          controller.abort();
        },
      },
    );
    const error = (await promise.catch((e: unknown) => e)) as DataError;
    expect(error).to.be.instanceOf(DataError);
    expect(error.code).to.equal('aborted');
    expect(error.message).to.equal('Se canceló la carga de los datos.');
    expect(rows).to.be.greaterThan(0);
  });

  it('an already aborted signal never fetches', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = (await loadTable(fixture('fechas.csv'), {}, { signal: controller.signal }).catch(
      (e: unknown) => e,
    )) as DataError;
    expect(error.code).to.equal('aborted');
  });

  it('a newer load cancels an older one', async () => {
    const loader = createTableLoader();
    const older = loader.load('/test-data/slow.csv');
    const newer = loader.load(fixture('fechas.csv'));
    const [a, b] = await Promise.allSettled([older, newer]);
    expect(a.status).to.equal('rejected');
    expect(((a as PromiseRejectedResult).reason as DataError).code).to.equal('aborted');
    expect((b as PromiseFulfilledResult<LoadedTable>).value.rows.length).to.equal(3);
  });
});
