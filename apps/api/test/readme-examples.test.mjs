// The HTTP examples of the READMEs, run as written against the service (SQLite, and PostgreSQL
// when available): @minga/info-request's "HTTP contract" (the request body, the 201, 422 and
// 200 answers) and this README's 201 answer and curl commands. A README example that no test
// runs will rot: the shortened base64 of the old example body was refused with 422.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../dist/app.js';
import { backends, newKey, openTestStorage, tempDir } from './helpers.mjs';

const readme = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');
const CONTRACT = readme('../../../packages/info-request/README.md');
const SERVICE = readme('../README.md');

/** The fenced blocks of `lang` in `markdown`, in order. */
function blocks(markdown, lang) {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${lang}\\n([^]*?)^\`\`\``, 'gm'))].map(
    (m) => m[1],
  );
}

/** A `json` block that may start with an HTTP status line ("201 Created"). */
function answer(block) {
  const status = /^(\d{3}) [^\n]*\n/.exec(block);
  return status
    ? { status: Number(status[1]), body: JSON.parse(block.slice(status[0].length)) }
    : { status: undefined, body: JSON.parse(block) };
}

/** The contract's examples, found by what they are (so a reordering does not break this). */
const contractJson = blocks(CONTRACT, 'json').map(answer);
const requestBody = contractJson.find((b) => b.status === undefined && b.body.requesterType).body;
const created = contractJson.find((b) => b.status === 201);
const refused = contractJson.find((b) => b.status === 422);
const record = contractJson.find((b) => b.status === 200);
const serviceCreated = blocks(SERVICE, 'json')
  .map(answer)
  .find((b) => b.status === 201);
const curlBlock = blocks(SERVICE, 'sh').find((b) => b.includes('curl '));

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const CODE = /^SAIP-\d{4}-[ABCDEFGHJKMNPQRSTVWXYZ2-9]{6}$/;
const KEY = /^[ABCDEFGHJKMNPQRSTVWXYZ2-9]{4}-[ABCDEFGHJKMNPQRSTVWXYZ2-9]{4}$/;

/** `value` with what differs between runs (dates, codes, keys) replaced by its kind. */
function shape(value) {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  if (typeof value === 'string') {
    if (ISO.test(value)) return '<date>';
    if (CODE.test(value)) return '<code>';
    if (KEY.test(value)) return '<key>';
  }
  return value;
}

/** The words of a shell command line (single and double quotes, `\` line continuations). */
function words(line) {
  const out = [];
  for (const m of line.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g))
    out.push(m[1] ?? m[2]?.replace(/\\(.)/g, '$1') ?? m[3]);
  return out;
}

const curlAvailable = spawnSync('curl', ['--version']).status === 0;

const list = await backends();
for (const backend of list) {
  describe(`README examples on ${backend.kind}`, { skip: backend.skip }, () => {
    let ctx;
    let app;

    before(async () => {
      ctx = await openTestStorage(backend.kind, {
        MINGA_RATE_LIMIT_CREATE: '1000',
        MINGA_RATE_LIMIT_LOOKUP: '1000',
      });
      app = buildApp({ config: ctx.config, storage: ctx.storage, logger: false });
      await app.ready();
    });
    after(async () => {
      await app?.close();
      await ctx?.cleanup();
    });

    const post = (body) =>
      app.inject({
        method: 'POST',
        url: '/api/requests',
        headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
        payload: JSON.stringify(body),
      });

    it('the request body is accepted as written; the 201 answers have its shape', async () => {
      const res = await post(requestBody);
      assert.equal(res.statusCode, 201, res.body);
      assert.deepEqual(shape(res.json()), shape(created.body));
      assert.deepEqual(shape(res.json()), shape(serviceCreated.body));
    });

    it('the 422 answer is what a wrong cédula gets, word for word', async () => {
      const res = await post({ ...requestBody, idNumber: '1714307104' });
      assert.equal(res.statusCode, refused.status);
      assert.deepEqual(res.json(), refused.body);
    });

    it('the 200 status answer is what the service sends after the same steps', async () => {
      const receipt = (await post(requestBody)).json();
      const stored = await ctx.storage.findByCode(receipt.code);
      const staff = await ctx.storage.createStaff({
        email: 'readme@example.org',
        name: 'README',
        passwordHash: '!',
      });
      for (const step of record.body.history.slice(1)) {
        await ctx.storage.changeStatus(stored.id, {
          status: step.status,
          at: new Date().toISOString(),
          staffId: staff.id,
          note: step.note ?? null,
          ...(step.status === 'extended' ? { extendedDueAt: record.body.extendedDueAt } : {}),
          ...(step.status === 'answered' ? { answerUrl: record.body.answer.url } : {}),
        });
      }
      const res = await app.inject({
        url: `/api/requests/${receipt.code}`,
        headers: { 'x-access-key': receipt.accessKey },
      });
      assert.equal(res.statusCode, record.status);
      assert.deepEqual(shape(res.json()), shape(record.body));
    });

    it(
      'the curl commands work as written',
      { skip: !curlAvailable && 'no curl here' },
      async () => {
        const address = await app.listen({ host: '127.0.0.1', port: 0 });
        const dir = tempDir('minga-readme-');
        writeFileSync(join(dir, 'solicitud.json'), JSON.stringify(requestBody, null, 2));
        const commands = curlBlock
          .replace(/\\\n\s*/g, ' ')
          .split('\n')
          .filter((l) => l.startsWith('curl '));
        assert.equal(commands.length, 2);
        // curl runs in a child process while this one serves: not spawnSync, which would
        // block the server it calls.
        const run = async (line) => {
          const args = words(line.replaceAll('http://127.0.0.1:8787', address)).slice(1);
          const { stdout } = await promisify(execFile)(
            'curl',
            [...args, '--silent', '--show-error', '--write-out', '\n%{http_code}'],
            { cwd: dir, encoding: 'utf8' },
          );
          const lines = stdout.split('\n');
          return { status: Number(lines.pop()), body: JSON.parse(lines.join('\n')) };
        };
        const first = await run(commands[0]);
        assert.equal(first.status, 201, JSON.stringify(first.body));
        assert.deepEqual(shape(first.body), shape(serviceCreated.body));
        // The same command again (same Idempotency-Key): the same request, not a second one.
        const again = await run(commands[0]);
        assert.equal(again.status, 200);
        assert.equal(again.body.code, first.body.code);
        const { code, accessKey } = first.body;
        const second = await run(
          commands[1]
            .replace(serviceCreated.body.code, code)
            .replace(serviceCreated.body.accessKey, accessKey),
        );
        assert.equal(second.status, 200);
        assert.equal(second.body.code, code);
        assert.equal(second.body.status, 'received');
      },
    );
  });
}
