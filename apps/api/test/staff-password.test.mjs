// Staff passwords: scrypt hash format, verification, rehash, dummy verification.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  SCRYPT_PARAMS,
  generatePassword,
  hashPassword,
  passwordProblem,
  verifyPassword,
} from '../dist/staff/password.js';

describe('staff passwords', () => {
  it('hashes with scrypt N=2^15 r=8 p=1 in the documented format, salted', async () => {
    const hash = await hashPassword('correct horse battery');
    const parts = hash.split('$');
    assert.equal(parts.length, 6);
    assert.deepEqual(parts.slice(0, 4), ['scrypt', '32768', '8', '1']);
    assert.equal(Buffer.from(parts[4], 'base64').length, 16);
    assert.equal(Buffer.from(parts[5], 'base64').length, 32);
    assert.notEqual(hash, await hashPassword('correct horse battery'), 'fresh salt each time');
    assert.ok(SCRYPT_PARAMS.N >= 2 ** 15);
  });

  it('verifies the right password and refuses a wrong or malformed one', async () => {
    const hash = await hashPassword('correct horse battery');
    assert.deepEqual(await verifyPassword('correct horse battery', hash), {
      ok: true,
      needsRehash: false,
    });
    assert.equal((await verifyPassword('correct horse batterY', hash)).ok, false);
    assert.equal((await verifyPassword('', hash)).ok, false);
    assert.equal((await verifyPassword('x', 'scrypt$1$1$1$AAAA$AAAA')).ok, false);
    assert.equal((await verifyPassword('x', '!disabled-sample-account')).ok, false);
    assert.equal((await verifyPassword('x', 'plaintext')).ok, false);
  });

  it('asks for a rehash when the stored parameters differ from the current ones', async () => {
    const weak = await hashPassword('correct horse battery', { N: 2 ** 14, r: 8, p: 1 });
    assert.ok(weak.startsWith('scrypt$16384$8$1$'));
    assert.deepEqual(await verifyPassword('correct horse battery', weak), {
      ok: true,
      needsRehash: true,
    });
    assert.deepEqual(await verifyPassword('wrong password!!', weak), {
      ok: false,
      needsRehash: false,
    });
    const strong = { N: 2 ** 16, r: 8, p: 1 };
    const current = await hashPassword('correct horse battery');
    assert.equal(
      (await verifyPassword('correct horse battery', current, strong)).needsRehash,
      true,
    );
  });

  it('refuses short passwords and the email as password; generates strong ones', () => {
    assert.match(passwordProblem('short', 'a@b.ec'), /12/);
    assert.match(passwordProblem('eleven char', 'a@b.ec'), /12/);
    assert.equal(passwordProblem('twelve chars', 'a@b.ec'), null);
    assert.ok(passwordProblem('Ana.Quishpe@municipio.gob.ec', 'ana.quishpe@municipio.gob.ec'));
    assert.ok(passwordProblem('aaaaaaaaaaaaaaaa', 'a@b.ec'));
    const generated = generatePassword();
    assert.equal(generated.length, 24);
    assert.equal(passwordProblem(generated, 'a@b.ec'), null);
    assert.notEqual(generated, generatePassword());
  });
});
