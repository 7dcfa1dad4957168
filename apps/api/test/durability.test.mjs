// A request acknowledged with 201 survives `kill -9` right after: start the real service
// (bin/minga-api.mjs serve) as a child process, submit, kill it on the 201, restart, read
// the request back. SQLite always; PostgreSQL when available (see helpers.mjs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { PERSON, backends, freshPgSchema, newKey, tempDir, validBody } from './helpers.mjs';

const BIN = fileURLToPath(new URL('../bin/minga-api.mjs', import.meta.url));

/** Starts the service; resolves with its base URL and the child once it listens. */
export function startService(env) {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', MINGA_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start: ${stderr}`)), 15_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${code}: ${stderr}`));
    });
  });
}

const exited = (child) =>
  new Promise((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', resolve),
  );

for (const backend of await backends()) {
  describe(`durability on ${backend.kind}`, { skip: backend.skip }, () => {
    it('keeps a request acknowledged with 201 across kill -9', async () => {
      const dataDir = tempDir();
      const env = { MINGA_DATA_DIR: dataDir };
      let drop = async () => {};
      if (backend.kind === 'postgres') {
        const fresh = await freshPgSchema();
        env.DATABASE_URL = fresh.url;
        drop = fresh.drop;
      }
      try {
        const first = await startService(env);
        const response = await fetch(`${first.url}/api/requests`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
          body: JSON.stringify(validBody()),
        });
        // Killed the moment the 201 arrives, before the body is even read.
        first.child.kill('SIGKILL');
        assert.equal(response.status, 201);
        const receipt = await response.json();
        await exited(first.child);
        assert.equal(first.child.signalCode, 'SIGKILL');

        const second = await startService(env);
        try {
          const back = await fetch(`${second.url}/api/requests/${receipt.code}`, {
            headers: { 'x-requester-email': PERSON.email },
          });
          assert.equal(back.status, 200);
          const record = await back.json();
          assert.equal(record.code, receipt.code);
          assert.equal(record.status, 'received');
          const byKey = await fetch(`${second.url}/api/requests/${receipt.code}`, {
            headers: { 'x-access-key': receipt.accessKey },
          });
          assert.equal(byKey.status, 200, 'the access key still works after the restart');
        } finally {
          second.child.kill('SIGTERM');
          await exited(second.child);
        }
        assert.equal(second.child.exitCode, 0, 'graceful shutdown on SIGTERM');
      } finally {
        await drop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}
