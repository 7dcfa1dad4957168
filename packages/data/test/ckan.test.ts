import { expect } from '@minga/test-utils';
import { DataError, ckanSortString, ckanSource } from '../src/index.js';
import { day, utc } from './helpers.js';

const RESOURCE = 'b1c2d3e4-0000-4000-8000-contratos2025';
let session = 0;
function portal() {
  const id = `s${Date.now()}-${session++}`;
  return {
    baseUrl: `/test-data/ckan/${id}`,
    requests: async (): Promise<string[]> =>
      (await fetch(`/test-data/ckan/requests?session=${id}`)).json(),
  };
}

describe('ckanSource', () => {
  it('queries a page with types from the CKAN fields (one request)', async () => {
    const { baseUrl, requests } = portal();
    const source = ckanSource({ baseUrl, resourceId: RESOURCE });
    const page = await source.query({ limit: 5 });
    expect(page.total).to.equal(25);
    expect(page.rows.length).to.equal(5);
    expect(page.columns.map((c) => [c.key, c.type])).to.deep.equal([
      ['proceso', 'text'],
      ['objeto', 'text'],
      ['proveedor', 'text'],
      ['parroquia', 'text'],
      ['monto', 'number'],
      ['plazo_dias', 'integer'],
      ['fecha_adjudicacion', 'date'],
      ['registrado', 'datetime'],
      ['finalizado', 'boolean'],
    ]);
    expect(page.columns[0]).to.include({
      label: 'Código del proceso',
      description: 'Código SERCOP',
    });
    expect(page.rows[0]).to.deep.equal([
      'SIE-GADMSI-2025-001',
      'Compra de medicinas sector 1',
      'Papelería Andina',
      'Buena Fe',
      987.25,
      45,
      day(2025, 2, 2),
      utc(2025, 2, 2, 14, 30),
      false,
    ]);
    expect(page.rows[3]![4]).to.equal(4938);
    expect(await requests()).to.deep.equal([`datastore_search?resource_id=${RESOURCE}&limit=5`]);
  });

  it('pages, sorts, searches and filters on the server', async () => {
    const { baseUrl } = portal();
    const source = ckanSource({ baseUrl, resourceId: RESOURCE });
    const second = await source.query({ offset: 10, limit: 10 });
    expect(second.rows.map((r) => r[0])).to.deep.equal(
      Array.from({ length: 10 }, (_, i) => `SIE-GADMSI-2025-${String(i + 11).padStart(3, '0')}`),
    );
    const sorted = await source.query({ sort: [{ key: 'monto', direction: 'desc' }], limit: 3 });
    expect(sorted.rows.map((r) => r[4])).to.deep.equal([29628, 24690, 24681.25]);
    const q = await source.query({ q: 'alumbrado' });
    expect(q.total).to.equal(5);
    expect(q.rows.every((r) => String(r[1]).startsWith('Alumbrado'))).to.equal(true);
    const filtered = await source.query({ filters: { parroquia: 'Cumandá', finalizado: true } });
    expect(filtered.total).to.equal(1);
    expect(filtered.rows.map((r) => r[0])).to.deep.equal(['SIE-GADMSI-2025-015']);
    const any = await source.query({ filters: { parroquia: ['Cumandá', 'Buena Fe'] } });
    expect(any.total).to.equal(10);
    expect(ckanSortString([{ key: 'monto', direction: 'desc' }, { key: 'a"b' }])).to.equal(
      '"monto" desc, "a""b" asc',
    );
  });

  it('resolves a dataset id to its DataStore resource', async () => {
    const { baseUrl, requests } = portal();
    const source = ckanSource({ baseUrl, datasetId: 'contratos-2025' });
    expect(await source.resolveResource()).to.equal(RESOURCE);
    await source.query({ limit: 1 });
    await source.query({ limit: 2 });
    expect((await requests()).map((r) => r.split('?')[0])).to.deep.equal([
      'package_show',
      'datastore_search',
      'datastore_search',
    ]);
    const none = ckanSource({ baseUrl, datasetId: 'sin-datastore' });
    const error = (await none.query().catch((e: unknown) => e)) as DataError;
    expect(error.code).to.equal('no-datastore');
  });

  it('a new query aborts the previous one; a signal aborts too', async () => {
    const { baseUrl } = portal();
    const slow = ckanSource({ baseUrl, resourceId: 'slow' });
    const first = slow.query({ limit: 1 });
    const second = slow.query({ limit: 2 });
    const error = (await first.catch((e: unknown) => e)) as DataError;
    expect(error.code).to.equal('aborted');
    slow.abort();
    expect(((await second.catch((e: unknown) => e)) as DataError).code).to.equal('aborted');
    const controller = new AbortController();
    const third = slow.query({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(((await third.catch((e: unknown) => e)) as DataError).code).to.equal('aborted');
  });

  it('turns { success: false } answers into "ckan" errors with their message', async () => {
    const { baseUrl } = portal();
    const missing = ckanSource({ baseUrl, resourceId: 'no-existe' });
    const error = (await missing.query().catch((e: unknown) => e)) as DataError;
    expect(error).to.be.instanceOf(DataError);
    expect(error.code).to.equal('ckan');
    expect(error.status).to.equal(404);
    expect(error.details).to.include({
      message: 'Not found: Resource "no-existe" was not found.',
      type: 'Not Found Error',
    });
    expect(error.message).to.equal(
      'El portal de datos respondió con un error: Not found: Resource "no-existe" was not found.',
    );
    const source = ckanSource({ baseUrl, resourceId: RESOURCE, lang: 'en' });
    const validation = (await source
      .query({ sort: [{ key: 'nope' }] })
      .catch((e: unknown) => e)) as DataError;
    expect(validation.code).to.equal('ckan');
    expect(validation.details!.type).to.equal('Validation Error');
    expect(validation.message).to.equal(
      'The data portal answered with an error: sort: field "nope" not in fields',
    );
  });

  it('downloads a small resource whole, page by page', async () => {
    const { baseUrl, requests } = portal();
    const source = ckanSource({ baseUrl, resourceId: RESOURCE, pageSize: 10 });
    const progress: number[] = [];
    const table = await source.load({ onProgress: (p) => progress.push(p.rows) });
    expect(table.rows.length).to.equal(25);
    expect(table.meta.format).to.equal('ckan');
    expect(progress).to.deep.equal([10, 20, 25]);
    expect((await requests()).length).to.equal(3);
    const small = ckanSource({ baseUrl, resourceId: RESOURCE, maxRows: 20 });
    expect(((await small.load().catch((e: unknown) => e)) as DataError).code).to.equal(
      'too-many-rows',
    );
  });
});
