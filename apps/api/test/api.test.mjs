// The storage + HTTP suite, run against SQLite and (when MINGA_TEST_DATABASE_URL is set)
// PostgreSQL. Without PostgreSQL its half is skipped with the reason shown, unless
// MINGA_REQUIRE_PG=1, which makes a missing or unreachable PostgreSQL fail the run.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../dist/app.js';
import { CodeConflictError } from '../dist/storage/index.js';
import { commitStoredFile, storeFile } from '../dist/files.js';
import {
  PDF_BYTES,
  PERSON,
  PNG_BYTES,
  backends,
  captureStream,
  newKey,
  openTestStorage,
  proofOf,
  validBody,
} from './helpers.mjs';

const list = await backends();
for (const backend of list) {
  if (backend.skip) console.log(`# ${backend.kind}: ${backend.skip}`);
}

function post(app, body, headers = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/requests',
    headers: { 'content-type': 'application/json', 'idempotency-key': newKey(), ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function lookup(app, code, headers) {
  return app.inject({ method: 'GET', url: `/api/requests/${code}`, headers });
}

for (const backend of list) {
  describe(`request service on ${backend.kind}`, { skip: backend.skip }, () => {
    let ctx;
    let app;
    let logs;

    before(async () => {
      ctx = await openTestStorage(backend.kind, {
        MINGA_ALLOWED_ORIGINS: 'https://www.municipio.gob.ec',
        MINGA_RATE_LIMIT_CREATE: '1000',
        MINGA_RATE_LIMIT_LOOKUP: '1000',
        MINGA_LOG_LEVEL: 'debug',
      });
      logs = captureStream();
      app = buildApp({ config: ctx.config, storage: ctx.storage, logger: { stream: logs.stream } });
      await app.ready();
    });
    after(async () => {
      await app?.close();
      await ctx?.cleanup();
    });

    it('reports its health and storage', async () => {
      const res = await app.inject('/health');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(
        { ...res.json(), version: 'x' },
        {
          status: 'ok',
          storage: backend.kind,
          version: 'x',
        },
      );
    });

    it('answers 503 on /health when the database does not answer', async () => {
      const broken = await openTestStorage(backend.kind);
      await broken.storage.close();
      const sick = buildApp({ config: broken.config, storage: broken.storage, logger: false });
      try {
        const res = await sick.inject('/health');
        assert.equal(res.statusCode, 503);
        assert.equal(res.json().status, 'error');
      } finally {
        await sick.close();
        broken.storage.close = async () => {};
        await broken.cleanup();
      }
    });

    it('creates a request (201) and finds it by email and by access key', async () => {
      const res = await post(app, validBody());
      assert.equal(res.statusCode, 201);
      const receipt = res.json();
      assert.match(receipt.code, /^SAIP-\d{4}-[ABCDEFGHJKMNPQRSTVWXYZ2-9]{6}$/);
      assert.match(receipt.accessKey, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      assert.equal(receipt.status, 'received');
      assert.ok(Date.parse(receipt.dueAt) > Date.parse(receipt.receivedAt));
      assert.ok(Date.parse(receipt.extendedDueAt) > Date.parse(receipt.dueAt));
      // The deadline ends at the last millisecond of a day in Guayaquil (04:59:59.999Z).
      assert.match(receipt.dueAt, /T04:59:59\.999Z$/);

      const byEmail = await lookup(app, receipt.code, {
        'x-requester-email': ' ANA.Quishpe@Example.COM ',
      });
      assert.equal(byEmail.statusCode, 200);
      const record = byEmail.json();
      assert.equal(record.code, receipt.code);
      assert.equal(record.status, 'received');
      assert.equal(record.dueAt, receipt.dueAt);
      assert.deepEqual(record.history, [{ status: 'received', at: receipt.receivedAt }]);

      const typed = receipt.accessKey.toLowerCase().replace('-', ' ');
      const byKey = await lookup(app, receipt.code.toLowerCase(), { 'x-access-key': typed });
      assert.equal(byKey.statusCode, 200);
      assert.deepEqual(byKey.json(), record);
      assert.equal(byKey.headers['cache-control'], 'no-store');
    });

    it('never puts personal data in status answers', async () => {
      const receipt = (await post(app, validBody())).json();
      const res = await lookup(app, receipt.code, { 'x-requester-email': PERSON.email });
      const text = res.body;
      for (const secret of [
        PERSON.name,
        'Quishpe',
        PERSON.email,
        PERSON.idNumber,
        PERSON.phone,
        'Solano',
      ]) {
        assert.ok(!text.includes(secret), `status answer contains ${secret}`);
      }
      assert.deepEqual(Object.keys(res.json()).sort(), [
        'code',
        'dueAt',
        'extendedDueAt',
        'history',
        'status',
      ]);
    });

    it('answers 404 alike for an unknown code and a wrong email or key', async () => {
      const receipt = (await post(app, validBody())).json();
      const wrongEmail = await lookup(app, receipt.code, {
        'x-requester-email': 'otra@example.com',
      });
      const wrongKey = await lookup(app, receipt.code, { 'x-access-key': 'AAAA-BBBB' });
      const unknown = await lookup(app, 'SAIP-2026-ZZZZZZ', { 'x-requester-email': PERSON.email });
      const garbage = await lookup(app, 'not-a-code', { 'x-access-key': receipt.accessKey });
      for (const res of [wrongEmail, wrongKey, unknown, garbage]) {
        assert.equal(res.statusCode, 404);
        assert.equal(res.body, unknown.body);
      }
      assert.equal(unknown.json().error, 'not_found');
      const none = await lookup(app, receipt.code, {});
      assert.equal(none.statusCode, 400);
    });

    it('answers 422 with field errors in Spanish by default and in English', async () => {
      const es = await post(
        app,
        validBody({ idNumber: '1714307104', email: 'no-es-correo', lang: undefined }),
      );
      assert.equal(es.statusCode, 422);
      const errors = es.json().errors;
      assert.deepEqual(
        errors.map((e) => [e.field, e.code]),
        [
          ['idNumber', 'cedula'],
          ['email', 'email'],
        ],
      );
      assert.match(errors[0].message, /cédula/);

      const en = await post(app, validBody({ description: 'corta', lang: 'en' }));
      assert.equal(en.statusCode, 422);
      const [error] = en.json().errors;
      assert.equal(error.field, 'description');
      assert.equal(error.code, 'too_short');
      assert.match(error.message, /\b(at least|characters)\b/i);

      const notObject = await post(app, '[1,2]');
      assert.equal(notObject.statusCode, 422);
    });

    it('refuses a non-JSON body (415), a missing or bad Idempotency-Key and bad JSON (400), a huge body (413)', async () => {
      const text = await post(app, 'hola', { 'content-type': 'text/plain' });
      assert.equal(text.statusCode, 415);
      assert.equal(text.json().error, 'media_type');

      const noKey = await app.inject({
        method: 'POST',
        url: '/api/requests',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(validBody()),
      });
      assert.equal(noKey.statusCode, 400);
      assert.equal(noKey.json().error, 'idempotency_key');
      assert.match(noKey.json().message, /Idempotency-Key/);
      const badKey = await post(app, validBody(), { 'idempotency-key': 'short' });
      assert.equal(badKey.statusCode, 400);
      const badKey2 = await post(app, validBody(), { 'idempotency-key': 'espacio no válido 123' });
      assert.equal(badKey2.statusCode, 400);

      const badJson = await post(app, '{"name": "Ana', { 'accept-language': 'en' });
      assert.equal(badJson.statusCode, 400);
      assert.equal(badJson.json().error, 'invalid_json');
      assert.match(badJson.json().message, /not valid JSON/);
      assert.ok(!badJson.body.includes('Ana'));

      const huge = await post(app, JSON.stringify({ description: 'x'.repeat(7.5 * 1024 * 1024) }));
      assert.equal(huge.statusCode, 413);
      assert.equal(huge.json().error, 'too_large');
      assert.equal(await ctx.storage.findByCode('SAIP-2026-AAAAAA'), null);
    });

    it('stores a checked proof outside the web root and rejects a type mismatch', async () => {
      const before = await ctx.storage.count();
      const body = validBody({ onBehalf: true, representedName: 'Comité Barrial La Floresta' });
      const mismatch = await post(app, { ...body, proof: proofOf(PNG_BYTES, 'application/pdf') });
      assert.equal(mismatch.statusCode, 422);
      assert.deepEqual(
        mismatch.json().errors.map((e) => [e.field, e.code]),
        [['proof', 'file_type']],
      );
      const wrongType = await post(app, { ...body, proof: proofOf(PDF_BYTES, 'text/html') });
      assert.equal(wrongType.statusCode, 422);
      assert.equal(await ctx.storage.count(), before);

      const ok = await post(app, { ...body, proof: proofOf(PDF_BYTES, 'application/pdf') });
      assert.equal(ok.statusCode, 201);
      const stored = await ctx.storage.findByCode(ok.json().code);
      assert.equal(stored.proof.type, 'application/pdf');
      assert.equal(stored.proof.size, PDF_BYTES.length);
      assert.equal(stored.proof.name, 'nombramiento.pdf');
      assert.match(stored.proof.path, /^\d{4}\/[0-9a-f]{32}\.bin$/);
      assert.ok(existsSync(join(ctx.config.dataDir, 'files', stored.proof.path)));
      assert.equal(stored.payload.proof, undefined, 'no base64 in the payload');
      assert.equal(stored.payload.representedName, 'Comité Barrial La Floresta');
    });

    it('is idempotent: the same key and body again gives 200 with the same code and key', async () => {
      const key = newKey();
      const first = await post(app, validBody(), { 'idempotency-key': key });
      const second = await post(app, validBody(), { 'idempotency-key': key });
      assert.equal(first.statusCode, 201);
      assert.equal(second.statusCode, 200);
      assert.deepEqual(second.json(), first.json());
      // Another body with the same key is refused, not answered with the first receipt.
      const other = await post(
        app,
        validBody({ description: 'Otro texto distinto del primero.' }),
        { 'idempotency-key': key },
      );
      assert.equal(other.statusCode, 422);
      assert.equal(other.json().error, 'idempotency_mismatch');
    });

    it('creates exactly one request for 100 concurrent retries of one key (real HTTP)', async () => {
      const server = buildApp({ config: ctx.config, storage: ctx.storage, logger: false });
      await server.listen({ host: '127.0.0.1', port: 0 });
      try {
        const { port } = server.server.address();
        const before = await ctx.storage.count();
        const key = newKey();
        const body = JSON.stringify(
          validBody({
            onBehalf: true,
            representedName: 'Junta parroquial',
            proof: proofOf(PDF_BYTES, 'application/pdf'),
          }),
        );
        const results = await Promise.all(
          Array.from({ length: 100 }, () =>
            fetch(`http://127.0.0.1:${port}/api/requests`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'idempotency-key': key },
              body,
            }).then(async (r) => ({ status: r.status, body: await r.json() })),
          ),
        );
        const statuses = results.map((r) => r.status);
        assert.ok(
          statuses.every((s) => s === 200 || s === 201),
          `statuses: ${[...new Set(statuses)]}`,
        );
        assert.equal(statuses.filter((s) => s === 201).length, 1);
        assert.equal(new Set(results.map((r) => r.body.code)).size, 1);
        assert.equal(await ctx.storage.count(), before + 1);
        const stored = await ctx.storage.findByCode(results[0].body.code);
        assert.equal((await ctx.storage.history(stored.id)).length, 1);
        // Losing concurrent retries removed their copies of the attachment.
        const year = stored.proof.path.slice(0, 4);
        const files = readdirSync(join(ctx.config.dataDir, 'files', year));
        assert.ok(files.includes(stored.proof.path.slice(5)));
        const rows = await ctx.storage.list({ limit: 10_000 });
        const referenced = new Set(
          rows.rows.filter((r) => r.proof).map((r) => r.proof.path.slice(5)),
        );
        assert.deepEqual(
          files.filter((f) => !referenced.has(f)),
          [],
          'orphan attachment files',
        );
      } finally {
        await server.close();
      }
    });

    it('keeps hostile text as plain text', async () => {
      const hostile = '<script>alert(1)</script> "><img src=x onerror=alert(2)> Nombre';
      const res = await post(app, validBody({ name: hostile, description: `Datos ${hostile}` }));
      assert.equal(res.statusCode, 201);
      const stored = await ctx.storage.findByCode(res.json().code);
      assert.equal(stored.name, hostile);
      assert.equal(stored.payload.description, `Datos ${hostile}`);
      await ctx.storage.changeStatus(stored.id, {
        status: 'in_progress',
        at: new Date().toISOString(),
        staffId: await staffId(ctx.storage),
        note: hostile,
      });
      const record = await lookup(app, stored.code, { 'x-requester-email': PERSON.email });
      assert.match(record.headers['content-type'], /^application\/json/);
      assert.equal(record.json().history[1].note, hostile);
    });

    it('shows the answer link and serves an answer file as an attachment', async () => {
      const receipt = (await post(app, validBody())).json();
      const stored = await ctx.storage.findByCode(receipt.code);
      const file = await storeFile(ctx.config.dataDir, PDF_BYTES, {
        name: 'respuesta "final".pdf',
        type: 'application/pdf',
      });
      await ctx.storage.changeStatus(stored.id, {
        status: 'answered',
        at: new Date().toISOString(),
        staffId: await staffId(ctx.storage),
        note: 'Adjuntamos las actas.',
        answerFile: file,
      });
      await commitStoredFile(ctx.config.dataDir, file);
      const res = await lookup(app, receipt.code, { 'x-access-key': receipt.accessKey });
      const record = res.json();
      assert.equal(record.status, 'answered');
      assert.equal(record.answer.note, 'Adjuntamos las actas.');
      assert.match(record.answer.url, new RegExp(`/api/requests/${receipt.code}/answer-file$`));

      const download = await app.inject({
        url: `/api/requests/${receipt.code}/answer-file`,
        headers: { 'x-access-key': receipt.accessKey },
      });
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers['content-type'], 'application/pdf');
      assert.match(
        download.headers['content-disposition'],
        /^attachment; filename="respuesta _final_.pdf"/,
      );
      assert.equal(download.headers['x-content-type-options'], 'nosniff');
      assert.deepEqual(download.rawPayload, PDF_BYTES);
      const denied = await app.inject({
        url: `/api/requests/${receipt.code}/answer-file`,
        headers: { 'x-access-key': 'AAAA-AAAA' },
      });
      assert.equal(denied.statusCode, 404);
    });

    it('writes no personal data to the logs', async () => {
      const receipt = (await post(app, validBody())).json();
      await lookup(app, receipt.code, { 'x-requester-email': PERSON.email });
      await lookup(app, receipt.code, { 'x-access-key': receipt.accessKey });
      await post(app, validBody({ idNumber: '123' }));
      await post(app, '{"email": "ana.quishpe@example.com", broken');
      await app.inject({ url: `/api/stats/monthly?email=${encodeURIComponent(PERSON.email)}` });
      const text = logs.text();
      assert.ok(text.includes('request completed'), 'logs were captured');
      for (const secret of [
        PERSON.name,
        'Quishpe',
        PERSON.email,
        PERSON.idNumber,
        receipt.accessKey,
        'Solano',
      ]) {
        assert.ok(!text.includes(secret), `logs contain ${secret}`);
      }
    });

    it('allows CORS for listed origins only', async () => {
      const allowed = await app.inject({
        method: 'OPTIONS',
        url: '/api/requests',
        headers: {
          origin: 'https://www.municipio.gob.ec',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,idempotency-key,x-access-key',
        },
      });
      assert.equal(allowed.statusCode, 204);
      assert.equal(allowed.headers['access-control-allow-origin'], 'https://www.municipio.gob.ec');
      const allowHeaders = allowed.headers['access-control-allow-headers'].toLowerCase();
      for (const h of ['content-type', 'idempotency-key', 'x-requester-email', 'x-access-key']) {
        assert.ok(allowHeaders.includes(h), `allows ${h}`);
      }
      const get = await app.inject({
        url: '/api/stats/monthly',
        headers: { origin: 'https://www.municipio.gob.ec' },
      });
      assert.equal(get.headers['access-control-allow-origin'], 'https://www.municipio.gob.ec');
      assert.match(get.headers['access-control-expose-headers'], /Retry-After/i);

      const refused = await app.inject({
        method: 'OPTIONS',
        url: '/api/requests',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      assert.equal(refused.headers['access-control-allow-origin'], undefined);
      const refusedGet = await app.inject({
        url: '/api/stats/monthly',
        headers: { origin: 'https://evil.example' },
      });
      assert.equal(refusedGet.headers['access-control-allow-origin'], undefined);
    });

    it('sends security headers', async () => {
      const res = await app.inject('/health');
      assert.match(res.headers['content-security-policy'], /default-src 'none'/);
      assert.match(res.headers['content-security-policy'], /frame-ancestors 'none'/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['referrer-policy'], 'no-referrer');
      const missing = await app.inject('/nope');
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json().error, 'route_not_found');
    });

    it('limits the rate per IP with 429 and Retry-After', async () => {
      const limited = buildApp({
        config: { ...ctx.config, rateLimitCreate: 2, rateLimitLookup: 3 },
        storage: ctx.storage,
        logger: false,
      });
      try {
        const codes = [];
        for (let i = 0; i < 4; i++)
          codes.push(
            (await lookup(limited, 'SAIP-2026-AAAAAA', { 'x-access-key': 'AAAA-AAAA' })).statusCode,
          );
        assert.deepEqual(codes, [404, 404, 404, 429]);
        const res = await lookup(limited, 'SAIP-2026-AAAAAA', {
          'x-access-key': 'AAAA-AAAA',
          'accept-language': 'en',
        });
        assert.equal(res.statusCode, 429);
        assert.ok(Number(res.headers['retry-after']) >= 1);
        assert.equal(res.json().error, 'rate_limited');
        assert.match(res.json().message, /Wait \d+ seconds/);
        const creates = [];
        for (let i = 0; i < 3; i++) creates.push((await post(limited, validBody())).statusCode);
        assert.deepEqual(creates, [201, 201, 429]);
      } finally {
        await limited.close();
      }
    });

    it('publishes monthly statistics as JSON and CSV', async () => {
      const year = new Date().getUTCFullYear();
      const res = await app.inject(`/api/stats/monthly?year=${year}`);
      assert.equal(res.statusCode, 200);
      const stats = res.json();
      assert.equal(stats.year, year);
      assert.equal(stats.months.length, 12);
      assert.ok(stats.total.received >= 1);
      assert.ok(stats.total.answered >= 1);
      assert.ok(!res.body.includes('@'));
      const csv = await app.inject(`/api/stats/monthly?year=${year}&format=csv`);
      assert.match(csv.headers['content-type'], /^text\/csv/);
      assert.equal(
        csv.body.split('\r\n')[0],
        'month,received,answered,answeredOnTime,overdueNow,medianDaysToAnswer',
      );
      assert.equal((await app.inject('/api/stats/monthly?year=abc')).statusCode, 400);
    });

    // Storage-level behaviour the staff side relies on.

    it('keeps the history append-only (UPDATE and DELETE throw)', async () => {
      const receipt = (await post(app, validBody())).json();
      const stored = await ctx.storage.findByCode(receipt.code);
      if (backend.kind === 'sqlite') {
        assert.throws(
          () => ctx.storage.db.prepare("UPDATE request_history SET note = 'x'").run(),
          /append-only/,
        );
        assert.throws(
          () => ctx.storage.db.prepare('DELETE FROM request_history').run(),
          /append-only/,
        );
      } else {
        await assert.rejects(
          ctx.storage.pool.query("UPDATE request_history SET note = 'x'"),
          /append-only/,
        );
        await assert.rejects(ctx.storage.pool.query('DELETE FROM request_history'), /append-only/);
        await assert.rejects(
          ctx.storage.pool.query('TRUNCATE request_history CASCADE'),
          /append-only/,
        );
      }
      assert.equal((await ctx.storage.history(stored.id)).length, 1);
    });

    it('applies migrations idempotently', async () => {
      await ctx.storage.migrate();
      await ctx.storage.migrate();
      const sql = 'SELECT COUNT(*) AS n FROM schema_migrations';
      const n =
        backend.kind === 'sqlite'
          ? ctx.storage.db.prepare(sql).get().n
          : Number((await ctx.storage.pool.query(sql)).rows[0].n);
      const files = readdirSync(new URL(`../migrations/${backend.kind}/`, import.meta.url)).filter(
        (f) => f.endsWith('.sql'),
      );
      assert.equal(n, files.length);
    });

    it('refuses a taken code with CodeConflictError (the route retries with another)', async () => {
      const receipt = (await post(app, validBody())).json();
      const stored = await ctx.storage.findByCode(receipt.code);
      await assert.rejects(
        ctx.storage.createRequest({ ...stored, idempotencyKey: newKey() }),
        (error) => error instanceof CodeConflictError,
      );
    });

    it('changes status, extends and closes, and lists by deadline with accent-free search', async () => {
      const s = ctx.storage;
      const staff = await staffId(s);
      const now = Date.now();
      const make = async (name, ageDays) => {
        const received = new Date(now - ageDays * 86_400_000).toISOString();
        const r = await s.createRequest({
          code: `SAIP-2026-${Math.random().toString(36).slice(2, 8).toUpperCase().padEnd(6, 'X')}`,
          accessKeyHash: 'x',
          idempotencyKey: newKey(),
          receivedAt: received,
          dueAt: new Date(now - ageDays * 86_400_000 + 10 * 86_400_000).toISOString(),
          extendedDueAt: new Date(now - ageDays * 86_400_000 + 15 * 86_400_000).toISOString(),
          email: 'x@example.org',
          name,
          payload: { description: `Pedido de ${name}` },
        });
        return r.request;
      };
      const old = await make('José Ñandú Pérez', 12); // overdue
      const ext = await make('Extendida Ejemplo', 12); // extended: not overdue yet
      const fresh = await make('Reciente Ejemplo', 1);
      const extended = await s.changeStatus(ext.id, {
        status: 'extended',
        at: new Date().toISOString(),
        staffId: staff,
        note: 'Motivo',
        extendedDueAt: new Date(now + 3 * 86_400_000).toISOString(),
      });
      assert.equal(extended.extended, true);
      assert.equal(extended.status, 'extended');
      const found = await s.list({ q: 'nandu perez' });
      assert.deepEqual(
        found.rows.map((r) => r.id),
        [old.id],
      );
      assert.equal((await s.list({ q: 'ÑANDÚ' })).total, 1);
      assert.equal((await s.list({ q: '100%' })).total, 0);
      const overdue = await s.list({ dueBefore: new Date().toISOString(), limit: 1000 });
      const ids = overdue.rows.map((r) => r.id);
      assert.ok(ids.includes(old.id) && !ids.includes(ext.id) && !ids.includes(fresh.id));
      const ordered = await s.list({ order: 'deadline', limit: 1000 });
      const firstClosed = ordered.rows.findIndex((r) => r.closedAt !== null);
      const open = ordered.rows.slice(0, firstClosed === -1 ? undefined : firstClosed);
      assert.ok(open.every((r) => r.closedAt === null));
      assert.ok(ordered.rows.slice(open.length).every((r) => r.closedAt !== null));
      const dues = open.map((r) => Date.parse(r.extended ? r.extendedDueAt : r.dueAt));
      assert.deepEqual(
        dues,
        [...dues].sort((a, b) => a - b),
      );
      assert.ok(open.findIndex((r) => r.id === old.id) < open.findIndex((r) => r.id === fresh.id));

      const closed = await s.changeStatus(old.id, {
        status: 'refused',
        at: new Date().toISOString(),
        staffId: staff,
        note: 'Reservada',
        reservedIndexRef: 'IR-1',
      });
      assert.ok(closed.closedAt);
      assert.equal(closed.reservedIndexRef, 'IR-1');
      const statuses = await s.list({ statuses: ['refused'], limit: 1000 });
      assert.ok(statuses.rows.every((r) => r.status === 'refused'));
      const history = await s.history(old.id);
      assert.deepEqual(
        history.map((h) => h.status),
        ['received', 'refused'],
      );
      assert.equal(history[1].staffId, staff);
    });

    it('files requests under their year in Guayaquil', async () => {
      const r = await ctx.storage.createRequest({
        code: 'SAIP-2026-YEAR22',
        accessKeyHash: 'x',
        idempotencyKey: newKey(),
        receivedAt: '2031-01-01T03:00:00.000Z', // 31 December 2030, 22:00 in Guayaquil
        dueAt: '2031-01-11T04:59:59.999Z',
        extendedDueAt: '2031-01-16T04:59:59.999Z',
        email: 'x@example.org',
        name: 'Año Ejemplo',
        payload: {},
      });
      assert.deepEqual(
        (await ctx.storage.requestsOfYear(2030)).map((x) => x.id),
        [r.request.id],
      );
      assert.deepEqual(await ctx.storage.requestsOfYear(2031), []);
      assert.equal((await ctx.storage.list({ year: 2030 })).total, 1);
    });

    it('keeps staff accounts, sessions and reminders', async () => {
      const s = ctx.storage;
      const account = await s.createStaff({
        email: ' Maria@Municipio.gob.ec ',
        name: 'María',
        passwordHash: 'scrypt$1',
      });
      assert.equal(account.email, 'maria@municipio.gob.ec');
      assert.equal(account.disabled, false);
      assert.equal((await s.findStaffByEmail('MARIA@municipio.gob.ec')).id, account.id);
      await s.setStaffPassword(account.id, 'scrypt$2');
      assert.equal((await s.findStaffById(account.id)).passwordHash, 'scrypt$2');
      assert.ok((await s.listStaff()).some((a) => a.id === account.id));
      await assert.rejects(
        s.createStaff({ email: 'maria@municipio.gob.ec', name: 'Otra', passwordHash: 'x' }),
      );

      const now = new Date();
      const later = new Date(now.getTime() + 3_600_000).toISOString();
      await s.createSession({
        idHash: 'h1',
        staffId: account.id,
        csrfToken: 'c1',
        createdAt: now.toISOString(),
        expiresAt: later,
        passwordVersion: 1,
      });
      await s.createSession({
        idHash: 'h2',
        staffId: account.id,
        csrfToken: 'c2',
        createdAt: now.toISOString(),
        expiresAt: now.toISOString(),
        passwordVersion: 1,
      });
      assert.equal((await s.findSession('h1', now.toISOString())).csrfToken, 'c1');
      assert.equal(await s.findSession('h2', now.toISOString()), null);
      assert.equal(await s.deleteExpiredSessions(now.toISOString()), 1);
      await s.deleteSession('h1');
      assert.equal(await s.findSession('h1', now.toISOString()), null);

      const receipt = (await post(app, validBody())).json();
      const r = await s.findByCode(receipt.code);
      assert.equal(await s.markReminderSent(r.id, 'due-soon', now.toISOString()), true);
      assert.equal(await s.markReminderSent(r.id, 'due-soon', now.toISOString()), false);
      assert.equal(await s.markReminderSent(r.id, 'other', now.toISOString()), true);
    });
  });
}

let sampleStaff;
async function staffId(storage) {
  sampleStaff ??= new Map();
  if (!sampleStaff.has(storage)) {
    const account =
      (await storage.findStaffByEmail('pruebas@example.org')) ??
      (await storage.createStaff({
        email: 'pruebas@example.org',
        name: 'Pruebas',
        passwordHash: '!',
      }));
    sampleStaff.set(storage, account.id);
  }
  return sampleStaff.get(storage);
}
