import { expect } from '@minga/test-utils';
import { DataError, loadTable } from '../src/index.js';
import { fixture } from './helpers.js';

async function fail(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the load should fail').to.be.instanceOf(DataError);
  return error as DataError;
}

const otherHost = () =>
  `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

describe('errors', () => {
  it('HTTP 404, with a plain message (es and en)', async () => {
    const error = await fail(loadTable('/test-data/missing.csv'));
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.equal(
      'No encontramos el archivo de datos en esa dirección (error 404).',
    );
    const en = await fail(loadTable('/test-data/missing.csv', { lang: 'en' }));
    expect(en.message).to.equal('There is no data file at that address (error 404).');
  });

  it('other HTTP statuses', async () => {
    const error = await fail(loadTable('/test-data/server-error.csv'));
    expect([error.code, error.status]).to.deep.equal(['http', 503]);
    expect(error.message).to.equal(
      'El servidor respondió con un error (503). Los datos no están disponibles ahora.',
    );
  });

  it('an HTML page with status 200 is not a CSV', async () => {
    const error = await fail(loadTable('/test-data/portal-404-page.csv'));
    expect(error.code).to.equal('not-csv');
  });

  it('a connection dropped mid-file is a network failure', async () => {
    const error = await fail(loadTable('/test-data/drop.csv'));
    expect(error.code).to.equal('network');
    expect(error.message).to.equal(
      'No se pudo descargar los datos. Revise su conexión a internet e intente de nuevo.',
    );
  });

  it('a same-origin fetch failure is "network"; a cross-origin one "cors"', async () => {
    const network = await fail(
      loadTable(fixture('fechas.csv'), {
        fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      }),
    );
    expect(network.code).to.equal('network');
    const ok = await loadTable(`${otherHost()}/test-data/cors-open.csv`);
    expect(ok.rows).to.deep.equal([[1, 2]]);
    const cors = await fail(loadTable(`${otherHost()}/test-data/no-cors.csv`));
    expect(cors.code).to.equal('cors');
    expect(cors.message).to.equal(
      'El otro servidor no permite que esta página lea sus datos (posible bloqueo CORS). Descargue el archivo y ábralo desde su equipo.',
    );
  });

  it('too large for maxBytes (from Content-Length, from a Blob, and while streaming)', async () => {
    const error = await fail(loadTable(fixture('contratos-utf8-bom.csv'), { maxBytes: 100 }));
    expect(error.code).to.equal('too-large');
    expect(error.message).to.equal('El archivo es demasiado grande: pasa del límite de 100 bytes.');
    const blob = await fail(loadTable(new Blob(['a,b\n1,2\n'.repeat(100)]), { maxBytes: 50 }));
    expect(blob.code).to.equal('too-large');
    const streamed = await fail(
      loadTable('/test-data/generated.csv?rows=20000', { maxBytes: 100_000 }),
    );
    expect(streamed.code).to.equal('too-large');
  });

  it('empty file, empty text, invalid JSON, JSON without a table', async () => {
    expect((await fail(loadTable(fixture('vacio.csv')))).code).to.equal('empty');
    expect((await fail(loadTable({ text: '  \n \n' }))).code).to.equal('empty');
    const json = await fail(loadTable({ text: '{"data": [1, 2' }));
    expect(json.code).to.equal('not-json');
    expect(json.message).to.equal('El archivo no es un JSON válido.');
    expect((await fail(loadTable({ text: '{"hola": 1}' }))).code).to.equal('not-table');
  });

  it('a forced encoding that does not exist', async () => {
    const error = await fail(loadTable(fixture('fechas.csv'), { encoding: 'klingon' }));
    expect(error.code).to.equal('encoding');
  });
});
