// `minga-api staff …`: accounts from the command line, no default account or password.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { runStaffCommand } from '../dist/staff/cli.js';
import { verifyPassword } from '../dist/staff/password.js';
import { backends, captureStream, openTestStorage } from './helpers.mjs';

async function run(ctx, argv, input = '') {
  const out = captureStream();
  const err = captureStream();
  const stdin = Readable.from([input]);
  const code = await runStaffCommand(argv, {
    ...ctx,
    stdin,
    stdout: out.stream,
    stderr: err.stream,
  });
  return { code, out: out.text(), err: err.text() };
}

for (const backend of await backends()) {
  describe(`staff CLI on ${backend.kind}`, { skip: backend.skip }, () => {
    let ctx;
    before(async () => {
      ctx = await openTestStorage(backend.kind);
    });
    after(async () => ctx?.cleanup());

    it('starts with no account at all', async () => {
      assert.deepEqual(await ctx.storage.listStaff(), []);
      const r = await run(ctx, ['list']);
      assert.equal(r.code, 0);
      assert.match(r.out, /No staff accounts/);
    });

    it('adds an account with --password-stdin and stores only a scrypt hash', async () => {
      const r = await run(
        ctx,
        [
          'add',
          '--email',
          'Rosa.Tenesaca@Municipio.gob.ec',
          '--name',
          'Rosa Tenesaca',
          '--password-stdin',
        ],
        'una clave larga y segura\n',
      );
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /Created staff account #\d+ for rosa\.tenesaca@municipio\.gob\.ec/);
      assert.doesNotMatch(r.out + r.err, /una clave larga/);
      const account = await ctx.storage.findStaffByEmail('rosa.tenesaca@municipio.gob.ec');
      assert.ok(account.passwordHash.startsWith('scrypt$32768$8$1$'));
      assert.equal(
        (await verifyPassword('una clave larga y segura', account.passwordHash)).ok,
        true,
      );
    });

    it('refuses short passwords, the email as password, a duplicate and a missing name', async () => {
      let r = await run(
        ctx,
        ['add', '--email', 'x@municipio.gob.ec', '--name', 'X', '--password-stdin'],
        'corta\n',
      );
      assert.equal(r.code, 1);
      assert.match(r.err, /at least 12/);
      r = await run(
        ctx,
        ['add', '--email', 'largo@municipio.gob.ec', '--name', 'X', '--password-stdin'],
        'largo@municipio.gob.ec\n',
      );
      assert.equal(r.code, 1);
      assert.match(r.err, /email/);
      r = await run(
        ctx,
        ['add', '--email', 'rosa.tenesaca@municipio.gob.ec', '--name', 'Rosa', '--password-stdin'],
        'otra clave larga y segura\n',
      );
      assert.equal(r.code, 1);
      assert.match(r.err, /already/);
      r = await run(
        ctx,
        ['add', '--email', 'y@municipio.gob.ec', '--password-stdin'],
        'otra clave larga y segura\n',
      );
      assert.equal(r.code, 2);
      assert.equal(await ctx.storage.findStaffByEmail('x@municipio.gob.ec'), null);
      assert.equal(await ctx.storage.findStaffByEmail('largo@municipio.gob.ec'), null);
    });

    it('without a terminal and without --password-stdin, refuses instead of using a default', async () => {
      const r = await run(ctx, ['add', '--email', 'z@municipio.gob.ec', '--name', 'Z']);
      assert.equal(r.code, 1);
      assert.match(r.err, /--password-stdin or --generate-password/);
      assert.equal(await ctx.storage.findStaffByEmail('z@municipio.gob.ec'), null);
    });

    it('--generate-password prints a strong password once, and it works', async () => {
      const r = await run(ctx, [
        'add',
        '--email',
        'g@municipio.gob.ec',
        '--name',
        'G',
        '--generate-password',
      ]);
      assert.equal(r.code, 0, r.err);
      const password = /shown only now[^:]*: (\S+)/.exec(r.out)[1];
      assert.equal(password.length, 24);
      const account = await ctx.storage.findStaffByEmail('g@municipio.gob.ec');
      assert.equal((await verifyPassword(password, account.passwordHash)).ok, true);
    });

    it('lists, changes a password and disables an account', async () => {
      let r = await run(ctx, ['list']);
      assert.match(r.out, /rosa\.tenesaca@municipio\.gob\.ec\tRosa Tenesaca\tactive/);
      assert.doesNotMatch(r.out, /scrypt/);
      r = await run(
        ctx,
        ['passwd', '--email', 'rosa.tenesaca@municipio.gob.ec', '--password-stdin'],
        'nueva clave muy larga\n',
      );
      assert.equal(r.code, 0, r.err);
      let account = await ctx.storage.findStaffByEmail('rosa.tenesaca@municipio.gob.ec');
      assert.equal((await verifyPassword('nueva clave muy larga', account.passwordHash)).ok, true);
      r = await run(ctx, ['disable', '--email', 'g@municipio.gob.ec']);
      assert.equal(r.code, 0);
      account = await ctx.storage.findStaffByEmail('g@municipio.gob.ec');
      assert.ok(account.passwordHash.startsWith('!'));
      r = await run(ctx, ['list']);
      assert.match(r.out, /g@municipio\.gob\.ec\tG\tdisabled/);
      r = await run(
        ctx,
        ['passwd', '--email', 'nadie@municipio.gob.ec', '--password-stdin'],
        'nueva clave muy larga\n',
      );
      assert.equal(r.code, 1);
    });
  });
}
