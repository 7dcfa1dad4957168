// What the outside security pass found (issue 25), one test per point, on SQLite and
// PostgreSQL where storage is involved: sessions that outlived a password change, the HEAD
// and per-route lookup counters, the Idempotency-Key replay, 500s on repeated query
// parameters, download names, malformed URLs, the database file's mode, CSV quoting and the
// CLI unlock of a locked account. (The kill -9 between file and row is in durability.test.mjs.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buildApp } from '../dist/app.js';
import { storeFile } from '../dist/files.js';
import { csvCell, toCsv } from '../dist/reports/csv.js';
import { runStaffCommand } from '../dist/staff/cli.js';
import { hashToken } from '../dist/staff/session.js';
import { hashPassword } from '../dist/staff/password.js';
import { SqliteStorage } from '../dist/storage/index.js';
import {
  PDF_BYTES,
  PERSON,
  backends,
  captureStream,
  newKey,
  openTestStorage,
  proofOf,
  tempDir,
  validBody,
} from './helpers.mjs';
import { computeDeadlines } from '@minga/info-request/shared';
import { generateCode, sha256 } from '../dist/codes.js';

const PASSWORD = 'clave de prueba muy larga';
const JPEG_THEN_HTML = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from('<html><script>alert(1)</script></html>'),
]);

/** A request stored straight through the storage interface. */
async function addRequest(storage, receivedAt, { proof = null } = {}) {
  const d = computeDeadlines(receivedAt);
  const body = validBody();
  const result = await storage.createRequest({
    code: generateCode(Number(d.receivedDate.slice(0, 4))),
    accessKeyHash: sha256(newKey()),
    idempotencyKey: newKey(),
    receivedAt: new Date(receivedAt).toISOString(),
    dueAt: d.dueAt.toISOString(),
    extendedDueAt: d.extendedDueAt.toISOString(),
    email: body.email,
    name: body.name,
    payload: body,
    proof,
  });
  return result.request;
}

function cookieOf(response) {
  const raw = [response.headers['set-cookie']].flat().find((c) => c?.startsWith('minga_session='));
  return raw ? raw.split(';')[0] : null;
}

async function cli(storage, argv, input = '') {
  const out = captureStream();
  const err = captureStream();
  const code = await runStaffCommand(argv, {
    storage,
    stdin: Readable.from([input]),
    stdout: out.stream,
    stderr: err.stream,
  });
  return { code, out: out.text(), err: err.text() };
}

for (const backend of await backends()) {
  describe(`security pass (issue 25) on ${backend.kind}`, { skip: backend.skip }, () => {
    let ctx;
    let app;

    before(async () => {
      ctx = await openTestStorage(backend.kind, {
        MINGA_RATE_LIMIT_CREATE: '1000',
        MINGA_RATE_LIMIT_LOOKUP: '5',
      });
      app = buildApp({
        config: ctx.config,
        storage: ctx.storage,
        logger: false,
        mailer: null,
        secret: 'x'.repeat(40),
      });
      await app.ready();
    });
    after(async () => {
      await app?.close();
      await ctx?.cleanup();
    });

    async function addStaff(email) {
      return ctx.storage.createStaff({
        email,
        name: 'Staff',
        passwordHash: await hashPassword(PASSWORD),
      });
    }

    function login(email, password = PASSWORD, ip = '127.0.0.1') {
      return app.inject({
        method: 'POST',
        url: '/staff/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email, password }),
        remoteAddress: ip,
      });
    }

    async function session(email) {
      const r = await login(email);
      assert.equal(r.statusCode, 200, r.body);
      return { cookie: cookieOf(r), csrf: r.json().csrfToken };
    }

    const me = (cookie) => app.inject({ method: 'GET', url: '/staff/api/me', headers: { cookie } });
    const stored = (cookie) =>
      ctx.storage.findSession(hashToken(cookie.split('=')[1]), new Date().toISOString());

    it('1. ends every session of an account on `staff passwd` and `staff disable`', async () => {
      const email = 'sesiones@municipio.gob.ec';
      await addStaff(email);
      const c = (await session(email)).cookie;
      assert.equal((await me(c)).statusCode, 200);
      assert.equal((await cli(ctx.storage, ['disable', '--email', email])).code, 0);
      assert.equal((await me(c)).statusCode, 401);
      assert.equal(await stored(c), null, 'disable deletes the session row');
      const passwd = await cli(
        ctx.storage,
        ['passwd', '--email', email, '--password-stdin'],
        'otra clave larga y nueva\n',
      );
      assert.equal(passwd.code, 0, passwd.err);
      assert.equal((await me(c)).statusCode, 401, 're-enabling does not revive the old cookie');

      // Without disabling: the old cookie ends and its row goes.
      const r = await login(email, 'otra clave larga y nueva');
      const c2 = cookieOf(r);
      const other = cookieOf(await login(email, 'otra clave larga y nueva'));
      assert.equal((await me(c2)).statusCode, 200);
      await cli(ctx.storage, ['passwd', '--email', email, '--password-stdin'], PASSWORD + '\n');
      assert.equal((await me(c2)).statusCode, 401);
      assert.equal((await me(other)).statusCode, 401);
      assert.equal(await stored(c2), null);
      assert.equal(await stored(other), null);
      assert.equal((await me((await session(email)).cookie)).statusCode, 200, 'new login works');
    });

    it('1. a session made before a password change is refused (password version)', async () => {
      const email = 'version@municipio.gob.ec';
      const account = await addStaff(email);
      const c = (await session(email)).cookie;
      const row = await stored(c);
      assert.equal(
        row.passwordVersion,
        (await ctx.storage.findStaffById(account.id)).passwordVersion,
      );
      // Another process changed the password without deleting sessions (an older CLI).
      await ctx.storage.setStaffPassword(
        account.id,
        await hashPassword('una clave distinta larga'),
      );
      assert.equal((await me(c)).statusCode, 401);
      assert.equal(await ctx.storage.deleteStaffSessions(account.id), 1);
    });

    it('2. counts lookups per IP across GET, HEAD and the answer-file route', async () => {
      const code = 'SAIP-2026-ABCDEF';
      const headers = { 'x-requester-email': PERSON.email };
      const ask = (method, url, ip) => app.inject({ method, url, headers, remoteAddress: ip });
      for (let i = 0; i < 5; i++)
        assert.equal((await ask('GET', `/api/requests/${code}`, '10.2.0.1')).statusCode, 404);
      assert.equal((await ask('GET', `/api/requests/${code}`, '10.2.0.1')).statusCode, 429);
      assert.equal((await ask('HEAD', `/api/requests/${code}`, '10.2.0.1')).statusCode, 429);
      assert.equal(
        (await ask('GET', `/api/requests/${code}/answer-file`, '10.2.0.1')).statusCode,
        429,
      );
      // HEAD uses up the same allowance, and answers like GET.
      for (let i = 0; i < 3; i++)
        assert.equal((await ask('HEAD', `/api/requests/${code}`, '10.2.0.2')).statusCode, 404);
      for (let i = 0; i < 2; i++)
        assert.equal(
          (await ask('HEAD', `/api/requests/${code}/answer-file`, '10.2.0.2')).statusCode,
          404,
        );
      assert.equal((await ask('GET', `/api/requests/${code}`, '10.2.0.2')).statusCode, 429);
      assert.equal((await ask('GET', `/api/requests/${code}`, '10.2.0.3')).statusCode, 404);
    });

    it('3. an Idempotency-Key alone does not return a receipt', async () => {
      const key = newKey();
      const post = (body, k = key, ip = '127.0.0.1') =>
        app.inject({
          method: 'POST',
          url: '/api/requests',
          headers: { 'content-type': 'application/json', 'idempotency-key': k },
          payload: JSON.stringify(body),
          remoteAddress: ip,
        });
      const body = validBody({ proof: proofOf(PDF_BYTES, 'application/pdf') });
      const first = await post(body);
      assert.equal(first.statusCode, 201, first.body);
      const { code } = first.json();

      const probe = await post({ proof: 0 }, key, '10.3.0.1');
      assert.equal(probe.statusCode, 422);
      assert.doesNotMatch(probe.body, new RegExp(code));
      assert.doesNotMatch(probe.body, /accessKey/);

      const other = await post(validBody({ email: 'otra@example.com', proof: body.proof }), key);
      assert.equal(other.statusCode, 422);
      assert.equal(other.json().error, 'idempotency_mismatch');
      assert.match(other.json().message, /Idempotency-Key/);
      assert.doesNotMatch(other.body, new RegExp(code));

      const retry = await post(body);
      assert.equal(retry.statusCode, 200);
      assert.equal(retry.json().code, code);

      // Without an attachment, the stored row's body hash decides too.
      const plainKey = newKey();
      assert.equal((await post(validBody(), plainKey)).statusCode, 201);
      const changed = await post(
        validBody({ description: 'Otra cosa muy distinta, por favor.' }),
        plainKey,
      );
      assert.equal(changed.statusCode, 422);
      assert.equal(changed.json().error, 'idempotency_mismatch');

      const short = await post(validBody(), 'abcdefgh12345');
      assert.equal(short.statusCode, 400);
      assert.equal(short.json().error, 'idempotency_key');
      assert.match(short.json().message, /16/);
    });

    it('4. answers 400 with a message to odd query strings of the staff API', async () => {
      const s = await session((await addStaff('consultas@municipio.gob.ec')).email);
      const get = (url) => app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
      for (const query of [
        '?q=a&q=b',
        '?status=received&status=answered',
        '?status=nada',
        '?offset=1e309',
        '?offset=-1',
        '?limit=abc',
        '?year=20x5',
        '?year=2025&year=2026',
        '?order=random',
        '?overdue=quizas',
      ]) {
        const r = await get(`/staff/api/requests${query}`);
        assert.equal(r.statusCode, 400, `${query}: ${r.body}`);
        const body = r.json();
        assert.equal(typeof body.error, 'string', query);
        assert.ok(body.errors?.[0]?.field, query);
        assert.ok(body.errors[0].message.length > 10, query);
      }
      assert.equal((await get('/staff/api/requests?status=bad')).json().error, 'bad_status');
      assert.equal((await get('/staff/api/requests?year=1999')).json().error, 'bad_year');
      const ok = await get(
        '/staff/api/requests?q=ana&status=received,answered&offset=0&limit=20&year=2026&order=received&overdue=1',
      );
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal((await get('/staff/api/requests')).statusCode, 200);
      assert.equal((await get('/staff/api/requests?limit=10000')).statusCode, 200, 'capped');
      const reports = await get('/staff/api/reports/annual.csv?year=2025&year=2026');
      assert.equal(reports.statusCode, 400);
      assert.equal(reports.json().error, 'bad_year');
    });

    it('5. downloads are named after the checked type, never the uploaded extension', async () => {
      const s = await session((await addStaff('descargas@municipio.gob.ec')).email);
      const create = await app.inject({
        method: 'POST',
        url: '/api/requests',
        headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
        payload: JSON.stringify(
          validBody({ proof: proofOf(JPEG_THEN_HTML, 'image/jpeg', 'a.html') }),
        ),
      });
      assert.equal(create.statusCode, 201, create.body);
      const { code, accessKey } = create.json();
      const proof = await app.inject({
        method: 'GET',
        url: `/staff/api/requests/${code}/proof`,
        headers: { cookie: s.cookie },
      });
      assert.equal(proof.statusCode, 200);
      assert.equal(proof.headers['content-type'], 'image/jpeg');
      assert.match(proof.headers['content-disposition'], /filename="a\.jpg"/);
      assert.doesNotMatch(proof.headers['content-disposition'], /html/);

      // A PDF answer named .svg, uploaded by staff, reaches staff and the citizen as .pdf.
      const boundary = 'minga-boundary';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="status"\r\n\r\nanswered\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.svg"\r\n` +
            `Content-Type: image/svg+xml\r\n\r\n`,
        ),
        PDF_BYTES,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const answered = await app.inject({
        method: 'POST',
        url: `/staff/api/requests/${code}/status`,
        headers: {
          cookie: s.cookie,
          'x-csrf-token': s.csrf,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload,
      });
      assert.equal(answered.statusCode, 200, answered.body);
      const entry = answered.json().history.at(-1);
      const staffDl = await app.inject({
        method: 'GET',
        url: `/staff/api/requests/${code}/answers/${entry.id}`,
        headers: { cookie: s.cookie },
      });
      assert.equal(staffDl.headers['content-type'], 'application/pdf');
      assert.match(staffDl.headers['content-disposition'], /filename="x\.pdf"/);
      const citizenDl = await app.inject({
        method: 'GET',
        url: `/api/requests/${code}/answer-file`,
        headers: { 'x-access-key': accessKey },
        remoteAddress: '10.5.0.1',
      });
      assert.equal(citizenDl.statusCode, 200);
      assert.match(citizenDl.headers['content-disposition'], /filename="x\.pdf"/);
      assert.doesNotMatch(citizenDl.headers['content-disposition'], /svg/);
    });

    it('6. malformed URLs get the service error handler, with CSP and nosniff', async () => {
      const r = await app.inject({ method: 'GET', url: '/api/requests/%E0%A4%A<script>' });
      assert.equal(r.statusCode, 400);
      assert.equal(r.json().error, 'bad_url');
      assert.match(r.json().message, /dirección/);
      assert.doesNotMatch(r.body, /script/);
      assert.match(r.headers['content-security-policy'], /default-src 'none'/);
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
      assert.equal(r.headers['cache-control'], 'no-store');
      const en = await app.inject({
        method: 'GET',
        url: '/staff/api/%E0%A4%A',
        headers: { 'accept-language': 'en' },
      });
      assert.equal(en.statusCode, 400);
      assert.match(en.json().message, /address/);
    });

    it('10. staff unlock a locked account from the CLI', async () => {
      const email = 'bloqueo@municipio.gob.ec';
      await addStaff(email);
      for (let i = 0; i < 5; i++)
        assert.equal((await login(email, `mala clave ${i} larga`, `10.6.0.${i}`)).statusCode, 401);
      assert.equal((await login(email, PASSWORD, '10.6.0.50')).statusCode, 429);
      const r = await cli(ctx.storage, ['unlock', '--email', email]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /Unlocked/);
      assert.equal((await login(email, PASSWORD, '10.6.0.51')).statusCode, 200);
      assert.equal(
        (await cli(ctx.storage, ['unlock', '--email', 'nadie@municipio.gob.ec'])).code,
        1,
      );
    });

    it('7. a start sweeps files that no row points to, and finishes committed ones', async () => {
      const { sweepOrphanFiles } = await import('../dist/files.js');
      const orphan = await storeFile(ctx.config.dataDir, PDF_BYTES, {
        name: 'huérfano.pdf',
        type: 'application/pdf',
      });
      const kept = await storeFile(ctx.config.dataDir, PDF_BYTES, {
        name: 'guardado.pdf',
        type: 'application/pdf',
      });
      const request = await addRequest(ctx.storage, new Date(), { proof: kept });
      const result = await sweepOrphanFiles(ctx.config.dataDir, ctx.storage);
      assert.ok(result.removed >= 1);
      assert.ok(result.committed >= 1);
      const { existsSync } = await import('node:fs');
      const { filePath } = await import('../dist/files.js');
      assert.equal(existsSync(filePath(ctx.config.dataDir, orphan)), false);
      assert.equal(existsSync(filePath(ctx.config.dataDir, kept)), true);
      assert.equal((await ctx.storage.findByCode(request.code)).proof.path, kept.path);
    });
  });
}

describe('the SQLite database file', () => {
  for (const mask of [0o022, 0o000]) {
    it(`is 0600 with umask ${mask.toString(8).padStart(3, '0')}`, async () => {
      const dir = tempDir();
      const previous = process.umask(mask);
      try {
        const storage = new SqliteStorage(join(dir, 'minga.sqlite'));
        await storage.migrate();
        for (const file of ['minga.sqlite', 'minga.sqlite-wal', 'minga.sqlite-shm'])
          assert.equal(statSync(join(dir, file)).mode & 0o777, 0o600, file);
        await storage.close();
      } finally {
        process.umask(previous);
      }
    });
  }
});

describe('CSV for Spanish-locale Excel', () => {
  it('quotes a field with , ; tab or a line break, whatever the delimiter', () => {
    assert.equal(csvCell('a;=1+1'), '"a;=1+1"');
    assert.equal(csvCell('a\tb'), '"a\tb"');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('a\nb'), '"a\nb"');
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell('-2;x'), `"'-2;x"`);
    assert.equal(csvCell('Cuenca'), 'Cuenca');
    assert.equal(toCsv([['x;y', 1]]), '\uFEFF"x;y",1\r\n');
  });
});
