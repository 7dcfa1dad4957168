// Pure parts: configuration, codes and keys, statistics, file sniffing, the command line.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../dist/config.js';
import {
  CODE_ALPHABET,
  deriveAccessKey,
  generateCode,
  loadSecret,
  normalizeAccessKey,
  normalizeCode,
} from '../dist/codes.js';
import {
  calendarDaysBetween,
  daysToAnswer,
  median,
  monthlyStats,
  monthlyStatsCsv,
} from '../dist/stats.js';
import { matchesType, sniffType } from '../dist/files.js';
import { normalizeSearch } from '../dist/storage/index.js';
import { PDF_BYTES, PNG_BYTES, tempDir } from './helpers.mjs';

const BIN = fileURLToPath(new URL('../bin/minga-api.mjs', import.meta.url));

describe('configuration', () => {
  it('has safe defaults', () => {
    const config = loadConfig({}, '/srv/minga');
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 8787);
    assert.equal(config.dataDir, '/srv/minga/data');
    assert.equal(config.databaseUrl, null);
    assert.deepEqual(config.allowedOrigins, []);
    assert.equal(config.deadlineRules.days, 10);
    assert.equal(config.trustProxy, false);
    assert.equal(config.rateLimitCreate, 20);
    assert.equal(config.rateLimitLookup, 60);
    assert.equal(config.logLevel, 'info');
  });

  it('reads the variables', () => {
    const config = loadConfig({
      PORT: '9000',
      MINGA_ALLOWED_ORIGINS: 'https://www.cuenca.gob.ec, http://localhost:5173',
      DATABASE_URL: 'postgres://u:p@db/minga',
      MINGA_TRUST_PROXY: '1',
      MINGA_STAFF_EMAILS: 'A@x.org,b@x.org',
      MINGA_PUBLIC_URL: 'https://saip.cuenca.gob.ec/',
    });
    assert.equal(config.port, 9000);
    assert.deepEqual(config.allowedOrigins, ['https://www.cuenca.gob.ec', 'http://localhost:5173']);
    assert.equal(config.databaseUrl, 'postgres://u:p@db/minga');
    assert.equal(config.trustProxy, 1);
    assert.deepEqual(config.staffEmails, ['a@x.org', 'b@x.org']);
    assert.equal(config.publicUrl, 'https://saip.cuenca.gob.ec');
  });

  it('merges a deadline rules file over the defaults', () => {
    const dir = tempDir();
    const file = join(dir, 'rules.json');
    writeFileSync(file, JSON.stringify({ extraHolidays: ['2026-04-12'], dayKind: 'working' }));
    const config = loadConfig({ MINGA_DEADLINE_RULES: file });
    assert.equal(config.deadlineRules.dayKind, 'working');
    assert.deepEqual(config.deadlineRules.extraHolidays, ['2026-04-12']);
    assert.equal(config.deadlineRules.days, 10);
    writeFileSync(file, JSON.stringify({ days: 0 }));
    assert.throws(() => loadConfig({ MINGA_DEADLINE_RULES: file }), /"days"/);
    rmSync(dir, { recursive: true });
  });

  it('refuses invalid values with one clear message', () => {
    for (const [env, pattern] of [
      [{ PORT: '80a' }, /PORT/],
      [{ PORT: '70000' }, /PORT/],
      [{ MINGA_ALLOWED_ORIGINS: 'https://x.org/' }, /MINGA_ALLOWED_ORIGINS/],
      [{ MINGA_ALLOWED_ORIGINS: 'x.org' }, /MINGA_ALLOWED_ORIGINS/],
      [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
      [{ MINGA_LOG_LEVEL: 'loud' }, /MINGA_LOG_LEVEL/],
      [{ MINGA_SECRET: 'short' }, /MINGA_SECRET/],
      [{ MINGA_DEADLINE_RULES: '/nonexistent/rules.json' }, /MINGA_DEADLINE_RULES/],
      [{ MINGA_RATE_LIMIT_CREATE: '0' }, /MINGA_RATE_LIMIT_CREATE/],
    ]) {
      assert.throws(
        () => loadConfig(env),
        (e) => e instanceof ConfigError && pattern.test(e.message),
      );
    }
  });

  it('exits with code 1 and one line on a bad variable', () => {
    const result = spawnSync(process.execPath, [BIN, 'migrate'], {
      env: { ...process.env, PORT: 'abc' },
      encoding: 'utf8',
    });
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, /PORT must be a whole number/);
  });
});

describe('codes and access keys', () => {
  it('makes random codes from an unambiguous alphabet', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => generateCode(2026)));
    assert.equal(codes.size, 2000);
    for (const code of codes) assert.match(code, /^SAIP-2026-[ABCDEFGHJKMNPQRSTVWXYZ2-9]{6}$/);
    assert.ok(!/[01ILOU]/.test(CODE_ALPHABET));
    assert.equal(normalizeCode(' saip-2026-abc234 '), 'SAIP-2026-ABC234');
    assert.equal(normalizeCode('SAIP-2026-1; DROP'), null);
  });

  it('derives the access key from the secret and the code', () => {
    const secret = 'a'.repeat(64);
    const key = deriveAccessKey(secret, 'SAIP-2026-ABC234');
    assert.match(key, /^[ABCDEFGHJKMNPQRSTVWXYZ2-9]{4}-[ABCDEFGHJKMNPQRSTVWXYZ2-9]{4}$/);
    assert.equal(deriveAccessKey(secret, 'SAIP-2026-ABC234'), key);
    assert.notEqual(deriveAccessKey(secret, 'SAIP-2026-ABC235'), key);
    assert.notEqual(deriveAccessKey('b'.repeat(64), 'SAIP-2026-ABC234'), key);
    assert.equal(normalizeAccessKey(key.toLowerCase().replace('-', ' ')), key);
    assert.equal(normalizeAccessKey('abc'), null);
  });

  it('creates the server secret once, readable by the owner only', () => {
    const dataDir = tempDir();
    const first = loadSecret({ dataDir, secret: null });
    assert.equal(loadSecret({ dataDir, secret: null }), first);
    assert.ok(first.length >= 64);
    assert.equal(statSync(join(dataDir, 'secret.key')).mode & 0o777, 0o600);
    assert.equal(loadSecret({ dataDir, secret: 'x'.repeat(40) }), 'x'.repeat(40));
    rmSync(dataDir, { recursive: true });
  });
});

describe('files', () => {
  it('recognizes PDF, PNG and JPEG by their first bytes', () => {
    assert.equal(sniffType(PDF_BYTES), 'application/pdf');
    assert.equal(sniffType(PNG_BYTES), 'image/png');
    assert.equal(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
    assert.equal(sniffType(Buffer.from('<html>')), null);
    assert.equal(matchesType(PNG_BYTES, 'application/pdf'), false);
  });

  it('normalizes search text without accents', () => {
    assert.equal(normalizeSearch('José ÑANDÚ Pérez'), 'jose nandu perez');
  });
});

describe('statistics', () => {
  const request = (receivedAt, extra = {}) => ({
    id: 1,
    code: 'SAIP-2026-AAAAAA',
    receivedAt,
    dueAt: '2026-01-12T04:59:59.999Z',
    extendedDueAt: '2026-01-17T04:59:59.999Z',
    status: 'received',
    extended: false,
    closedAt: null,
    ...extra,
  });

  it('counts calendar days in Guayaquil', () => {
    assert.equal(calendarDaysBetween('2026-01-31', '2026-02-10'), 10);
    // Received 23:30 on 1 January in Guayaquil (04:30Z on the 2nd), answered on the 5th.
    const r = request('2026-01-02T04:30:00.000Z', {
      status: 'answered',
      closedAt: '2026-01-05T15:00:00.000Z',
    });
    assert.equal(daysToAnswer(r), 4);
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([1, 2, 3, 10]), 2.5);
    assert.equal(median([]), null);
  });

  it('aggregates per month of receipt', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const rows = [
      request('2026-01-02T15:00:00.000Z', {
        status: 'answered',
        closedAt: '2026-01-05T15:00:00.000Z',
      }),
      request('2026-01-03T15:00:00.000Z', {
        status: 'refused',
        closedAt: '2026-01-20T15:00:00.000Z',
      }), // late
      request('2026-01-04T15:00:00.000Z'), // overdue now
      request('2026-01-05T15:00:00.000Z', {
        status: 'withdrawn',
        closedAt: '2026-01-06T15:00:00.000Z',
      }),
      request('2026-02-01T04:00:00.000Z'), // 31 January in Guayaquil; overdue
      request('2025-12-31T15:00:00.000Z'), // another year
    ];
    const stats = monthlyStats(rows, 2026, now);
    const jan = stats.months[0];
    assert.deepEqual(jan, {
      month: '2026-01',
      received: 5,
      answered: 2,
      answeredOnTime: 1,
      overdueNow: 2,
      medianDaysToAnswer: 10,
    });
    assert.equal(stats.months[1].received, 0);
    assert.equal(stats.total.received, 5);
    const csv = monthlyStatsCsv(stats).split('\r\n');
    assert.equal(csv[1], '2026-01,5,2,1,2,10');
    assert.equal(csv[2], '2026-02,0,0,0,0,');
  });
});

describe('command line', () => {
  const run = (args, env = {}) =>
    spawnSync(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });

  it('prints help for itself and each command', () => {
    assert.match(run(['--help']).stdout, /minga-api serve/);
    for (const command of ['serve', 'migrate', 'seed-sample']) {
      const result = run([command, '--help']);
      assert.equal(result.status, 0);
      assert.match(result.stdout, new RegExp(`Usage: minga-api ${command}`));
    }
    assert.equal(run(['nonsense']).status, 1);
  });

  it('seeds fictional samples once and refuses a database with real requests', async () => {
    const dataDir = tempDir();
    const env = { MINGA_DATA_DIR: dataDir };
    const first = run(['seed-sample'], env);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /12 fictional sample requests added/);
    const again = run(['seed-sample'], env);
    assert.match(again.stdout, /0 fictional sample requests added, 12 already there/);

    const { SqliteStorage } = await import('../dist/storage/index.js');
    const storage = new SqliteStorage(join(dataDir, 'minga.sqlite'));
    const { rows } = await storage.list({ limit: 100 });
    assert.equal(rows.length, 12);
    assert.ok(rows.every((r) => r.email.endsWith('@example.org') && r.name.includes('de ejemplo')));
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of [
      'received',
      'in_progress',
      'extended',
      'answered',
      'partially_answered',
      'refused',
      'not_held',
      'withdrawn',
    ])
      assert.ok(statuses.has(s), `has a ${s} sample`);
    const overdue = await storage.list({ dueBefore: new Date().toISOString() });
    assert.ok(overdue.total >= 2, 'some samples are overdue');
    assert.ok(
      rows.some((r) => r.extended && r.closedAt === null),
      'an open extended sample',
    );
    await storage.createRequest({
      ...rows[0],
      code: 'SAIP-2026-REAL22',
      idempotencyKey: 'a-real-request-1',
    });
    await storage.close();
    const refused = run(['seed-sample'], env);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /real requests/);
    assert.equal(run(['seed-sample', '--yes'], env).status, 0);
    assert.ok(existsSync(join(dataDir, 'secret.key')));
    assert.ok(readFileSync(join(dataDir, 'secret.key'), 'utf8').length > 32);
    rmSync(dataDir, { recursive: true });
  });
});
