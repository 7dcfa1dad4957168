// The staff side over HTTP (Fastify inject), on SQLite and PostgreSQL: login, session
// cookie, CSRF, expiry, logout, the state machine, answer files and the report export.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { computeDeadlines } from '@minga/info-request/shared';
import { buildApp } from '../dist/app.js';
import { generateCode, sha256 } from '../dist/codes.js';
import { commitStoredFile, storeFile } from '../dist/files.js';
import { hashPassword } from '../dist/staff/password.js';
import { PDF_BYTES, PNG_BYTES, backends, openTestStorage, validBody } from './helpers.mjs';

const PASSWORD = 'clave de prueba muy larga';

/** Stores a request received at `receivedAt` straight through the storage interface. */
export async function addRequest(storage, receivedAt, overrides = {}) {
  const d = computeDeadlines(receivedAt);
  const body = validBody(overrides.payload);
  const { result } = {
    result: await storage.createRequest({
      code: generateCode(Number(d.receivedDate.slice(0, 4))),
      accessKeyHash: sha256(randomBytes(8).toString('hex')),
      idempotencyKey: `staff-test-${randomBytes(8).toString('hex')}`,
      receivedAt: new Date(receivedAt).toISOString(),
      dueAt: d.dueAt.toISOString(),
      extendedDueAt: d.extendedDueAt.toISOString(),
      email: body.email,
      name: body.name,
      payload: body,
      proof: overrides.proof ?? null,
    }),
  };
  return result.request;
}

function cookieOf(response) {
  const raw = [response.headers['set-cookie']].flat().find((c) => c?.startsWith('minga_session='));
  return raw ?? null;
}

const DAY = 86_400_000;
const ZIP = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from('xl/workbook.xml....'),
]);

for (const backend of await backends()) {
  describe(`staff routes on ${backend.kind}`, { skip: backend.skip }, () => {
    let ctx;
    let app;
    let staff;

    before(async () => {
      ctx = await openTestStorage(backend.kind);
      app = buildApp({
        config: ctx.config,
        storage: ctx.storage,
        logger: false,
        mailer: null,
        secret: 'x'.repeat(40),
      });
      await app.ready();
      staff = await ctx.storage.createStaff({
        email: 'rosa@municipio.gob.ec',
        name: 'Rosa Tenesaca',
        passwordHash: await hashPassword(PASSWORD),
      });
    });
    after(async () => {
      await app?.close();
      await ctx?.cleanup();
    });

    async function login(email = 'rosa@municipio.gob.ec', password = PASSWORD, headers = {}) {
      return app.inject({
        method: 'POST',
        url: '/staff/login',
        headers: { 'content-type': 'application/json', ...headers },
        payload: JSON.stringify({ email, password }),
        remoteAddress: headers['x-test-ip'] ?? '127.0.0.1',
      });
    }

    async function session() {
      const response = await login();
      assert.equal(response.statusCode, 200, response.body);
      const cookie = cookieOf(response).split(';')[0];
      return { cookie, csrf: response.json().csrfToken };
    }

    function change(s, code, body, headers = {}) {
      return app.inject({
        method: 'POST',
        url: `/staff/api/requests/${code}/status`,
        headers: {
          cookie: s.cookie,
          'x-csrf-token': s.csrf,
          'content-type': 'application/json',
          ...headers,
        },
        payload: JSON.stringify(body),
      });
    }

    it('refuses the API without a session', async () => {
      for (const url of [
        '/staff/api/me',
        '/staff/api/requests',
        '/staff/api/reports/annual.csv?year=2026',
      ]) {
        const r = await app.inject({ method: 'GET', url });
        assert.equal(r.statusCode, 401, url);
      }
    });

    it('logs in with the right password and sets a strict session cookie', async () => {
      const r = await login('ROSA@municipio.gob.ec ');
      assert.equal(r.statusCode, 200);
      const body = r.json();
      assert.deepEqual(body.staff, {
        id: staff.id,
        email: 'rosa@municipio.gob.ec',
        name: 'Rosa Tenesaca',
      });
      assert.ok(body.csrfToken.length >= 40);
      assert.equal(body.passwordHash, undefined);
      const cookie = cookieOf(r);
      assert.match(cookie, /^minga_session=[A-Za-z0-9_-]{43};/);
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Strict/);
      assert.match(cookie, /Path=\/staff/);
      assert.match(cookie, /Max-Age=28800/);
      assert.doesNotMatch(cookie, /Secure/, 'plain http without an https public URL');
      assert.equal(r.headers['cache-control'], 'no-store');
      const token = cookie.split(';')[0].split('=')[1];
      // Only the hash of the token is stored.
      assert.equal(await ctx.storage.findSession(token, new Date().toISOString()), null);
      assert.ok(await ctx.storage.findSession(sha256(token), new Date().toISOString()));
      const me = await app.inject({
        method: 'GET',
        url: '/staff/api/me',
        headers: { cookie: cookie.split(';')[0] },
      });
      assert.equal(me.statusCode, 200);
      assert.equal(me.json().csrfToken, body.csrfToken);
    });

    it('marks the cookie Secure when the request came over https', async () => {
      const r = await login('rosa@municipio.gob.ec', PASSWORD, {});
      assert.doesNotMatch(cookieOf(r), /Secure/);
      const httpsCtx = await openTestStorage('sqlite', {
        MINGA_PUBLIC_URL: 'https://saip.municipio.gob.ec',
      });
      const httpsApp = buildApp({
        config: httpsCtx.config,
        storage: httpsCtx.storage,
        logger: false,
        mailer: null,
        secret: 'y'.repeat(40),
      });
      await httpsCtx.storage.createStaff({
        email: 'a@municipio.gob.ec',
        name: 'A',
        passwordHash: await hashPassword(PASSWORD),
      });
      const s = await httpsApp.inject({
        method: 'POST',
        url: '/staff/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email: 'a@municipio.gob.ec', password: PASSWORD }),
      });
      assert.match(cookieOf(s), /Secure/);
      await httpsApp.close();
      await httpsCtx.cleanup();
    });

    it('answers a wrong password and an unknown email with the same generic error', async () => {
      const wrong = await login('rosa@municipio.gob.ec', 'no es la clave correcta', {
        'x-test-ip': '10.0.0.2',
      });
      const unknown = await login('nadie@municipio.gob.ec', PASSWORD, { 'x-test-ip': '10.0.0.3' });
      assert.equal(wrong.statusCode, 401);
      assert.equal(unknown.statusCode, 401);
      assert.deepEqual(wrong.json(), unknown.json());
      assert.deepEqual(wrong.json(), { error: 'invalid_credentials' });
      assert.equal(cookieOf(wrong), null);
    });

    it('rate-limits failed logins per account (and the right password then waits too)', async () => {
      await ctx.storage.createStaff({
        email: 'lim@municipio.gob.ec',
        name: 'L',
        passwordHash: await hashPassword(PASSWORD),
      });
      for (let i = 0; i < 5; i++) {
        const r = await login('lim@municipio.gob.ec', `mala clave ${i} larga`, {
          'x-test-ip': `10.1.0.${i}`,
        });
        assert.equal(r.statusCode, 401);
      }
      const blocked = await login('lim@municipio.gob.ec', PASSWORD, { 'x-test-ip': '10.1.0.99' });
      assert.equal(blocked.statusCode, 429);
      assert.ok(Number(blocked.headers['retry-after']) > 0);
    });

    it('rate-limits failed logins per IP across accounts', async () => {
      let last;
      for (let i = 0; i < 21; i++)
        last = await login(`x${i}@municipio.gob.ec`, 'clave equivocada larga', {
          'x-test-ip': '10.9.9.9',
        });
      assert.equal(last.statusCode, 429);
      const other = await login('rosa@municipio.gob.ec', PASSWORD, { 'x-test-ip': '10.9.9.10' });
      assert.equal(other.statusCode, 200);
    });

    it('refuses a login posted from a foreign origin', async () => {
      const r = await login('rosa@municipio.gob.ec', PASSWORD, { origin: 'https://evil.example' });
      assert.equal(r.statusCode, 403);
      assert.equal(cookieOf(r), null);
    });

    it('accepts a form login and redirects', async () => {
      const r = await app.inject({
        method: 'POST',
        url: '/staff/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          email: 'rosa@municipio.gob.ec',
          password: PASSWORD,
        }).toString(),
      });
      assert.equal(r.statusCode, 303);
      assert.equal(r.headers.location, '/staff/');
      assert.ok(cookieOf(r));
      const bad = await app.inject({
        method: 'POST',
        url: '/staff/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'email=rosa%40municipio.gob.ec&password=nope',
        remoteAddress: '10.3.3.3',
      });
      assert.equal(bad.statusCode, 303);
      assert.equal(bad.headers.location, '/staff/?error=invalid_credentials');
    });

    it('requires the CSRF token and a same-origin Origin on every change', async () => {
      const s = await session();
      const request = await addRequest(ctx.storage, new Date());
      const body = { status: 'in_progress' };
      assert.equal((await change({ ...s, csrf: '' }, request.code, body)).statusCode, 403);
      const noHeader = await app.inject({
        method: 'POST',
        url: `/staff/api/requests/${request.code}/status`,
        headers: { cookie: s.cookie, 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
      assert.equal(noHeader.statusCode, 403);
      assert.equal(
        (await change({ ...s, csrf: 'x'.repeat(43) }, request.code, body)).statusCode,
        403,
      );
      assert.equal(
        (await change(s, request.code, body, { origin: 'https://evil.example' })).statusCode,
        403,
      );
      assert.equal(
        (await change(s, request.code, body, { 'sec-fetch-site': 'cross-site' })).statusCode,
        403,
      );
      const other = await session();
      assert.equal(
        (await change({ ...s, csrf: other.csrf }, request.code, body)).statusCode,
        403,
        'token of another session',
      );
      assert.equal(
        (await ctx.storage.findByCode(request.code)).status,
        'received',
        'nothing changed',
      );
      const ok = await change(s, request.code, body, { origin: 'http://localhost:80' });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().status, 'in_progress');
    });

    it('ends sessions at expiry and at logout', async () => {
      const token = randomBytes(32).toString('base64url');
      const past = new Date(Date.now() - 60_000).toISOString();
      await ctx.storage.createSession({
        idHash: sha256(token),
        staffId: staff.id,
        csrfToken: 'c'.repeat(43),
        createdAt: new Date(Date.now() - 9 * 3_600_000).toISOString(),
        expiresAt: past,
        passwordVersion: 1,
      });
      const expired = await app.inject({
        method: 'GET',
        url: '/staff/api/me',
        headers: { cookie: `minga_session=${token}` },
      });
      assert.equal(expired.statusCode, 401);

      const s = await session();
      const out = await app.inject({
        method: 'POST',
        url: '/staff/logout',
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      });
      assert.equal(out.statusCode, 204);
      assert.match(cookieOf(out), /minga_session=;.*Path=\/staff/);
      const after = await app.inject({
        method: 'GET',
        url: '/staff/api/me',
        headers: { cookie: s.cookie },
      });
      assert.equal(after.statusCode, 401, 'the old token no longer works');
    });

    it('refuses a disabled account and ends its sessions', async () => {
      const hash = await hashPassword(PASSWORD);
      const d = await ctx.storage.createStaff({
        email: 'dis@municipio.gob.ec',
        name: 'D',
        passwordHash: hash,
      });
      const r = await login('dis@municipio.gob.ec');
      const cookie = cookieOf(r).split(';')[0];
      await ctx.storage.setStaffPassword(d.id, '!disabled');
      assert.equal(
        (await app.inject({ method: 'GET', url: '/staff/api/me', headers: { cookie } })).statusCode,
        401,
      );
      assert.equal(
        (await login('dis@municipio.gob.ec', PASSWORD, { 'x-test-ip': '10.4.4.4' })).statusCode,
        401,
      );
    });

    it('lists with derived deadline facts, overdue first, and filters', async () => {
      const s = await session();
      const old = await addRequest(ctx.storage, new Date(Date.now() - 20 * DAY), {
        payload: { name: 'Persona Atrasada' },
      });
      const soon = await addRequest(ctx.storage, new Date(Date.now() - 6 * DAY));
      const r = await app.inject({
        method: 'GET',
        url: '/staff/api/requests?order=deadline',
        headers: { cookie: s.cookie },
      });
      assert.equal(r.statusCode, 200);
      const rows = r.json().rows;
      assert.equal(rows[0].code, old.code);
      assert.equal(rows[0].overdue, true);
      assert.ok(rows[0].daysLeft < 0);
      assert.equal(rows[0].effectiveDueAt, old.dueAt);
      const soonRow = rows.find((x) => x.code === soon.code);
      assert.equal(soonRow.overdue, false);
      assert.equal(soonRow.dueThisWeek, true);
      assert.equal(soonRow.daysLeft, 4);
      const overdue = await app.inject({
        method: 'GET',
        url: '/staff/api/requests?overdue=1',
        headers: { cookie: s.cookie },
      });
      assert.deepEqual(
        overdue.json().rows.map((x) => x.code),
        [old.code],
      );
      const q = await app.inject({
        method: 'GET',
        url: '/staff/api/requests?q=atrasada',
        headers: { cookie: s.cookie },
      });
      assert.deepEqual(
        q.json().rows.map((x) => x.code),
        [old.code],
      );
      const bad = await app.inject({
        method: 'GET',
        url: '/staff/api/requests?status=nope',
        headers: { cookie: s.cookie },
      });
      assert.equal(bad.statusCode, 400);
    });

    it('runs the state machine: extension needs a reason, only once; answers need a link or a file', async () => {
      const s = await session();
      const request = await addRequest(ctx.storage, new Date(Date.now() - 2 * DAY));
      let r = await change(s, request.code, { status: 'extended', note: ' ' });
      assert.equal(r.statusCode, 422);
      assert.equal(r.json().errors[0].code, 'reason_required');
      r = await change(s, request.code, {
        status: 'extended',
        note: 'Los datos están en tres direcciones.',
      });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(r.json().status, 'extended');
      assert.equal(r.json().effectiveDueAt, request.extendedDueAt);
      assert.equal(r.json().extended, true);
      assert.ok(!r.json().next.includes('extended'));
      r = await change(s, request.code, {
        status: 'extended',
        note: 'Otra vez, con otro motivo largo.',
      });
      assert.equal(r.statusCode, 409);
      r = await change(s, request.code, { status: 'answered' });
      assert.equal(r.statusCode, 422);
      assert.equal(r.json().errors[0].code, 'answer_required');
      r = await change(s, request.code, { status: 'answered', answerUrl: 'javascript:alert(1)' });
      assert.equal(r.statusCode, 422);
      assert.equal(r.json().errors[0].code, 'url');
      r = await change(s, request.code, { status: 'nonsense' });
      assert.equal(r.statusCode, 409);
      const before = (await ctx.storage.history(request.id)).map((h) => ({ ...h }));
      r = await change(s, request.code, {
        status: 'answered',
        answerUrl: 'https://municipio.gob.ec/actas.csv',
        note: 'Adjuntamos las actas.',
      });
      assert.equal(r.statusCode, 200, r.body);
      const history = r.json().history;
      assert.deepEqual(
        history.map((h) => h.status),
        ['received', 'extended', 'answered'],
      );
      assert.equal(history[1].note, 'Los datos están en tres direcciones.');
      assert.equal(history[2].answerUrl, 'https://municipio.gob.ec/actas.csv');
      // Append-only: the earlier entries are exactly as they were.
      const now = await ctx.storage.history(request.id);
      assert.deepEqual(now.slice(0, before.length), before);
      assert.deepEqual(r.json().next, []);
      r = await change(s, request.code, { status: 'in_progress' });
      assert.equal(r.statusCode, 409, 'a final state is final');
      assert.equal((await ctx.storage.history(request.id)).length, 3);
    });

    it('two staff members changing one request at once: one wins, the other is told', async () => {
      const [a, b] = [await session(), await session()];
      const request = await addRequest(ctx.storage, new Date(Date.now() - 2 * DAY));
      const results = await Promise.all([
        change(a, request.code, { status: 'extended', note: 'Motivo de la primera persona.' }),
        change(b, request.code, { status: 'extended', note: 'Motivo de la segunda persona.' }),
      ]);
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409]);
      const loser = results.find((r) => r.statusCode === 409);
      assert.ok(['changed', 'already_extended'].includes(loser.json().errors[0].code));
      const history = await ctx.storage.history(request.id);
      assert.deepEqual(
        history.map((h) => h.status),
        ['received', 'extended'],
      );
      // And the storage itself refuses a change decided from a state that is gone.
      await assert.rejects(
        ctx.storage.changeStatus(request.id, {
          status: 'answered',
          at: new Date().toISOString(),
          staffId: 1,
          answerUrl: 'https://municipio.gob.ec/a.pdf',
          expected: { status: 'received', extended: false },
        }),
        { name: 'StatusConflictError' },
      );
      assert.equal((await ctx.storage.history(request.id)).length, 2);
    });

    it('refusal needs the legal reason and keeps the reserved-index reference', async () => {
      const s = await session();
      const request = await addRequest(ctx.storage, new Date());
      let r = await change(s, request.code, { status: 'refused', note: 'no' });
      assert.equal(r.statusCode, 422);
      assert.equal(r.json().errors[0].code, 'legal_reason_required');
      r = await change(s, request.code, {
        status: 'refused',
        note: 'Información reservada: LOTAIP art. 17, seguridad nacional.',
        reservedIndexRef: 'IR-2026-004',
      });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(r.json().reservedIndexRef, 'IR-2026-004');
    });

    function multipart(fields, file) {
      const boundary = `----minga${randomBytes(8).toString('hex')}`;
      const parts = [];
      for (const [k, v] of Object.entries(fields))
        parts.push(
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
          ),
        );
      if (file)
        parts.push(
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
          ),
          file.bytes,
          Buffer.from('\r\n'),
        );
      parts.push(Buffer.from(`--${boundary}--\r\n`));
      return { payload: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
    }

    it('takes an answer file checked by its bytes and serves it as a download', async () => {
      const s = await session();
      const request = await addRequest(ctx.storage, new Date());
      const send = (file) => {
        const body = multipart({ status: 'answered', note: 'Ver archivo.' }, file);
        return app.inject({
          method: 'POST',
          url: `/staff/api/requests/${request.code}/status`,
          headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': body.type },
          payload: body.payload,
        });
      };
      // An HTML page named .pdf and sent as application/pdf is refused.
      let r = await send({
        name: 'respuesta.pdf',
        type: 'application/pdf',
        bytes: Buffer.from('<html><script>alert(1)</script>'),
      });
      assert.equal(r.statusCode, 422, r.body);
      assert.equal(r.json().errors[0].code, 'file_type');
      r = await send({ name: 'x.exe', type: 'application/pdf', bytes: Buffer.from('MZ\x90\x00') });
      assert.equal(r.statusCode, 422);
      assert.equal((await ctx.storage.findByCode(request.code)).status, 'received');
      r = await send({
        name: 'Actas enero–marzo.pdf',
        type: 'application/octet-stream',
        bytes: PDF_BYTES,
      });
      assert.equal(r.statusCode, 200, r.body);
      const entry = r.json().history.at(-1);
      assert.equal(entry.answerFile.type, 'application/pdf');
      assert.equal(entry.answerFile.name, 'Actas enero–marzo.pdf');
      const stored = (await ctx.storage.history(request.id)).at(-1).answerFile;
      assert.match(stored.path, /^answers\/[0-9a-f]{32}\.pdf$/);
      assert.ok(existsSync(join(ctx.config.dataDir, 'files', stored.path)));
      const dl = await app.inject({
        method: 'GET',
        url: entry.answerFile.url,
        headers: { cookie: s.cookie },
      });
      assert.equal(dl.statusCode, 200);
      assert.equal(dl.headers['x-content-type-options'], 'nosniff');
      assert.match(
        dl.headers['content-disposition'],
        /^attachment; filename="Actas enero-marzo.pdf"; filename\*=UTF-8''Actas%20enero%E2%80%93marzo\.pdf$/,
      );
      assert.deepEqual(dl.rawPayload, PDF_BYTES);
    });

    it('accepts XLSX (a ZIP with xl/) and refuses files over 20 MB', async () => {
      const s = await session();
      const request = await addRequest(ctx.storage, new Date());
      const big = multipart(
        { status: 'answered' },
        {
          name: 'grande.pdf',
          type: 'application/pdf',
          bytes: Buffer.concat([PDF_BYTES, Buffer.alloc(20 * 1024 * 1024)]),
        },
      );
      let r = await app.inject({
        method: 'POST',
        url: `/staff/api/requests/${request.code}/status`,
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': big.type },
        payload: big.payload,
      });
      assert.equal(r.statusCode, 413, r.body);
      const xlsx = multipart(
        { status: 'partially_answered' },
        { name: 'datos.xlsx', type: 'application/octet-stream', bytes: ZIP },
      );
      r = await app.inject({
        method: 'POST',
        url: `/staff/api/requests/${request.code}/status`,
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': xlsx.type },
        payload: xlsx.payload,
      });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(
        r.json().history.at(-1).answerFile.type,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      // A large file under the limit passes (the 1 MB JSON body limit does not apply).
      const other = await addRequest(ctx.storage, new Date());
      const pdf = multipart(
        { status: 'answered' },
        {
          name: 'actas.pdf',
          type: 'application/pdf',
          bytes: Buffer.concat([PDF_BYTES, Buffer.alloc(8 * 1024 * 1024, 0x20)]),
        },
      );
      r = await app.inject({
        method: 'POST',
        url: `/staff/api/requests/${other.code}/status`,
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': pdf.type },
        payload: pdf.payload,
      });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(r.json().history.at(-1).answerFile.size, PDF_BYTES.length + 8 * 1024 * 1024);
    });

    it('shows the full record with personal data and the proof download', async () => {
      const s = await session();
      const proof = await storeFile(ctx.config.dataDir, PNG_BYTES, {
        name: 'cédula.png',
        type: 'image/png',
      });
      const request = await addRequest(ctx.storage, new Date(), { proof });
      await commitStoredFile(ctx.config.dataDir, proof);
      const r = await app.inject({
        method: 'GET',
        url: `/staff/api/requests/${request.code.toLowerCase()}`,
        headers: { cookie: s.cookie },
      });
      assert.equal(r.statusCode, 200);
      const d = r.json();
      assert.equal(d.email, 'ana.quishpe@example.com');
      assert.equal(d.payload.idNumber, '1714307103');
      assert.equal(d.proof.name, 'cédula.png');
      assert.deepEqual(
        d.history.map((h) => h.status),
        ['received'],
      );
      const dl = await app.inject({
        method: 'GET',
        url: d.proof.url,
        headers: { cookie: s.cookie },
      });
      assert.equal(dl.statusCode, 200);
      assert.equal(dl.headers['content-type'], 'image/png');
      assert.match(dl.headers['content-disposition'], /^attachment;/);
      assert.equal(dl.headers['x-content-type-options'], 'nosniff');
      assert.equal((await app.inject({ method: 'GET', url: d.proof.url })).statusCode, 401);
      assert.equal(
        (
          await app.inject({
            method: 'GET',
            url: '/staff/api/requests/SAIP-2026-ZZZZZZ',
            headers: { cookie: s.cookie },
          })
        ).statusCode,
        404,
      );
    });

    it('exports the annual report and the monthly statistics to staff only', async () => {
      const s = await session();
      const year = Number(new Date().toISOString().slice(0, 4));
      const r = await app.inject({
        method: 'GET',
        url: `/staff/api/reports/annual.csv?year=${year}`,
        headers: { cookie: s.cookie },
      });
      assert.equal(r.statusCode, 200);
      assert.match(r.headers['content-type'], /^text\/csv; charset=utf-8/);
      assert.match(
        r.headers['content-disposition'],
        new RegExp(`attachment; filename="informe-anual-saip-${year}\\.csv"`),
      );
      assert.ok(r.body.startsWith('\uFEFFcodigo,fecha_recepcion,'));
      const monthly = await app.inject({
        method: 'GET',
        url: `/staff/api/reports/monthly.json?year=${year}`,
        headers: { cookie: s.cookie },
      });
      assert.equal(monthly.statusCode, 200);
      assert.equal(monthly.json().months.length, 12);
      assert.ok(monthly.json().total.received >= 1);
      const csv = await app.inject({
        method: 'GET',
        url: `/staff/api/reports/monthly.csv?year=${year}`,
        headers: { cookie: s.cookie },
      });
      assert.match(csv.body, /^\uFEFFmonth,received/);
      assert.equal(
        (
          await app.inject({
            method: 'GET',
            url: `/staff/api/reports/annual.csv?year=abc`,
            headers: { cookie: s.cookie },
          })
        ).statusCode,
        400,
      );
    });

    it('serves the built inbox page at /staff/', async () => {
      const bare = await app.inject({ method: 'GET', url: '/staff' });
      assert.equal(bare.statusCode, 308);
      assert.equal(bare.headers.location, '/staff/');
      const r = await app.inject({ method: 'GET', url: '/staff/' });
      assert.equal(r.statusCode, 200);
      assert.match(r.headers['content-type'], /text\/html/);
      assert.match(r.body, /<minga-staff-app>/);
      assert.match(r.body, /<script type="module" crossorigin src="\/staff\/assets\//);
      assert.doesNotMatch(r.body, /<script>(?!<\/)/, 'no inline script');
      assert.match(r.headers['content-security-policy'], /script-src 'self'/);
      const index = readFileSync(new URL('../dist/inbox/index.html', import.meta.url), 'utf8');
      const asset = /src="(\/staff\/assets\/[^"]+\.js)"/.exec(index)[1];
      const js = await app.inject({ method: 'GET', url: asset });
      assert.equal(js.statusCode, 200);
    });
  });
}
