// Notifications against a real SMTP server on loopback (smtp-server), and a dead one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { buildApp } from '../dist/app.js';
import { hashPassword } from '../dist/staff/password.js';
import { createMailer, runReminders, receivedMail, statusMail } from '../dist/notify/index.js';
import { backends, captureStream, newKey, openTestStorage, validBody } from './helpers.mjs';

const PASSWORD = 'clave de prueba muy larga';

/** A loopback SMTP server that keeps every message. */
async function startSmtp() {
  const messages = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        messages.push({
          from: session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: decodeQuotedPrintable(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, messages, port: server.server.address().port };
}

/** The message with quoted-printable soft breaks and escapes undone (good enough to search). */
function decodeQuotedPrintable(raw) {
  return Buffer.from(
    raw
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');
}

/** A port where nothing listens. */
async function deadPort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The decoded Subject header (RFC 2047 Q or B words). */
function subjectOf(raw) {
  const header = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)[1].replace(/\r\n[ \t]/g, ' ');
  return header.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind, text) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_m, h) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

async function waitFor(check, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail('timed out waiting');
}

function create(app, body = validBody()) {
  return app.inject({
    method: 'POST',
    url: '/api/requests',
    headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
    payload: JSON.stringify(body),
  });
}

async function staffSession(app) {
  const r = await app.inject({
    method: 'POST',
    url: '/staff/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ email: 'rosa@municipio.gob.ec', password: PASSWORD }),
  });
  assert.equal(r.statusCode, 200);
  return { cookie: r.headers['set-cookie'].split(';')[0], csrf: r.json().csrfToken };
}

describe('notification texts', () => {
  const request = {
    code: 'SAIP-2026-AB2CD3',
    email: 'ana@example.com',
    name: 'Ana <b>Quishpe</b>',
    dueAt: '2026-12-15T04:59:59.999Z',
    extendedDueAt: '2026-12-20T04:59:59.999Z',
    payload: { lang: 'en', idNumber: '1714307103' },
  };
  const config = { publicUrl: 'https://saip.municipio.gob.ec' };

  it('writes the receipt in the request language, escaped, with the status link', () => {
    const mail = receivedMail(config, request);
    assert.equal(mail.to, 'ana@example.com');
    assert.equal(mail.subject, 'We received your request SAIP-2026-AB2CD3');
    assert.match(mail.text, /Answer due by: Monday, December 14, 2026/);
    assert.match(mail.text, /https:\/\/saip\.municipio\.gob\.ec\/\?codigo=SAIP-2026-AB2CD3/);
    assert.match(mail.html, /Ana &lt;b&gt;Quishpe&lt;\/b&gt;/);
    assert.doesNotMatch(mail.html, /<b>Quishpe/);
    assert.doesNotMatch(mail.text + mail.html, /1714307103/, 'no ID number');
    const es = receivedMail(config, { ...request, payload: {} });
    assert.equal(es.subject, 'Recibimos su solicitud SAIP-2026-AB2CD3');
    assert.match(es.text, /lunes, 14 de diciembre de 2026/);
  });

  it('writes a state change with the note and the answer link', () => {
    const mail = statusMail(
      config,
      { ...request, payload: {} },
      {
        status: 'answered',
        note: 'Adjuntamos <las actas>.',
        answerUrl: 'https://municipio.gob.ec/actas.csv',
      },
    );
    assert.equal(mail.subject, 'Su solicitud SAIP-2026-AB2CD3: respondida');
    assert.match(mail.text, /Nota: Adjuntamos <las actas>\./);
    assert.match(mail.html, /Adjuntamos &lt;las actas&gt;\./);
    assert.match(mail.text, /Respuesta: https:\/\/municipio\.gob\.ec\/actas\.csv/);
  });

  it('has no mailer without SMTP_URL', () => {
    assert.equal(createMailer({ smtpUrl: null }), null);
  });
});

for (const backend of await backends()) {
  describe(`notifications on ${backend.kind}`, { skip: backend.skip }, () => {
    let smtp;
    let ctx;
    let app;

    before(async () => {
      smtp = await startSmtp();
      ctx = await openTestStorage(backend.kind, {
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MINGA_MAIL_FROM: 'Transparencia <transparencia@municipio.gob.ec>',
        MINGA_STAFF_EMAILS: 'saip@municipio.gob.ec, jefa@municipio.gob.ec',
        MINGA_PUBLIC_URL: 'https://saip.municipio.gob.ec',
        MINGA_RATE_LIMIT_CREATE: '1000',
      });
      app = buildApp({
        config: ctx.config,
        storage: ctx.storage,
        logger: false,
        secret: 'x'.repeat(40),
      });
      await app.ready();
      await ctx.storage.createStaff({
        email: 'rosa@municipio.gob.ec',
        name: 'Rosa',
        passwordHash: await hashPassword(PASSWORD),
      });
    });
    after(async () => {
      await app?.close();
      await ctx?.cleanup();
      await new Promise((resolve) => smtp.server.close(resolve));
    });

    it('emails the requester and staff on receipt, and the requester on each change', async () => {
      smtp.messages.length = 0;
      const created = await create(app);
      assert.equal(created.statusCode, 201);
      const { code } = created.json();
      await waitFor(() => smtp.messages.length >= 2);
      const toRequester = smtp.messages.find((m) => m.to.includes('ana.quishpe@example.com'));
      const toStaff = smtp.messages.find((m) => m.to.includes('saip@municipio.gob.ec'));
      assert.ok(toRequester && toStaff);
      assert.equal(toRequester.from, 'transparencia@municipio.gob.ec');
      assert.equal(subjectOf(toRequester.raw), `Recibimos su solicitud ${code}`);
      assert.match(toRequester.raw, new RegExp(`codigo=${code}`));
      assert.deepEqual(toStaff.to.sort(), ['jefa@municipio.gob.ec', 'saip@municipio.gob.ec']);
      assert.equal(subjectOf(toStaff.raw), `Nueva solicitud ${code}`);
      assert.doesNotMatch(
        toStaff.raw,
        /Quishpe|1714307103|ana\.quishpe/,
        'staff mail carries no personal data',
      );
      assert.match(toStaff.raw, /staff\/#\/requests\//);

      smtp.messages.length = 0;
      const s = await staffSession(app);
      const changed = await app.inject({
        method: 'POST',
        url: `/staff/api/requests/${code}/status`,
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
        payload: JSON.stringify({
          status: 'extended',
          note: 'Los datos están en tres direcciones.',
        }),
      });
      assert.equal(changed.statusCode, 200);
      await waitFor(() => smtp.messages.length >= 1);
      assert.deepEqual(smtp.messages[0].to, ['ana.quishpe@example.com']);
      assert.equal(subjectOf(smtp.messages[0].raw), `Su solicitud ${code}: con plazo ampliado`);
    });

    it('sends the soon-due staff reminder once per request', async () => {
      smtp.messages.length = 0;
      const old = await create(
        app,
        validBody({ description: 'Solicitud de prueba para el recordatorio de plazo.' }),
      );
      const { code } = old.json();
      await waitFor(() => smtp.messages.length >= 2);
      smtp.messages.length = 0;
      // Nine days later the deadline (10 calendar days) is within two working days.
      const later = new Date(Date.now() + 9 * 86_400_000);
      const mailer = createMailer(ctx.config);
      const sent = await runReminders({ config: ctx.config, storage: ctx.storage, mailer }, later);
      assert.ok(sent >= 1);
      const reminder = smtp.messages.find(
        (m) => subjectOf(m.raw) === `Vence pronto: solicitud ${code}`,
      );
      assert.ok(reminder, 'reminder sent');
      assert.deepEqual(reminder.to.sort(), ['jefa@municipio.gob.ec', 'saip@municipio.gob.ec']);
      smtp.messages.length = 0;
      assert.equal(
        await runReminders({ config: ctx.config, storage: ctx.storage, mailer }, later),
        0,
      );
      assert.equal(smtp.messages.length, 0, 'never twice');
      mailer.close();
    });
  });

  describe(
    `notifications with a dead SMTP server on ${backend.kind}`,
    { skip: backend.skip },
    () => {
      it('never fails the HTTP request and logs no personal data', async () => {
        const ctx = await openTestStorage(backend.kind, {
          SMTP_URL: `smtp://127.0.0.1:${await deadPort()}`,
          MINGA_STAFF_EMAILS: 'saip@municipio.gob.ec',
          MINGA_LOG_LEVEL: 'info',
        });
        const logs = captureStream();
        const app = buildApp({
          config: ctx.config,
          storage: ctx.storage,
          logger: { stream: logs.stream },
          secret: 'x'.repeat(40),
        });
        await ctx.storage.createStaff({
          email: 'rosa@municipio.gob.ec',
          name: 'Rosa',
          passwordHash: await hashPassword(PASSWORD),
        });
        try {
          const created = await create(app);
          assert.equal(created.statusCode, 201);
          const s = await staffSession(app);
          const changed = await app.inject({
            method: 'POST',
            url: `/staff/api/requests/${created.json().code}/status`,
            headers: {
              cookie: s.cookie,
              'x-csrf-token': s.csrf,
              'content-type': 'application/json',
            },
            payload: JSON.stringify({ status: 'in_progress' }),
          });
          assert.equal(changed.statusCode, 200);
          await waitFor(() => (logs.text().match(/notification email failed/g) ?? []).length >= 3);
          const failures = logs
            .text()
            .split('\n')
            .filter((l) => l.includes('notification email failed'));
          for (const line of failures) {
            assert.match(line, /"error":"(ECONNREFUSED|ESOCKET|ECONNECTION)"/);
            assert.doesNotMatch(line, /Quishpe|ana\.quishpe|1714307103|saip@/);
          }
        } finally {
          await app.close();
          await ctx.cleanup();
        }
      });
    },
  );
}
