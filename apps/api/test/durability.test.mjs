// A request acknowledged with 201 survives `kill -9` right after: start the real service
// (bin/minga-api.mjs serve) as a child process, submit, kill it on the 201, restart, read
// the request back. And a `kill -9` between writing a proof file and committing its row
// leaves no personal file behind once the service starts again. SQLite always; PostgreSQL
// when available (see helpers.mjs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, watch } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { PostgresStorage, SqliteStorage } from '../dist/storage/index.js';
import {
  PDF_BYTES,
  PERSON,
  backends,
  freshPgSchema,
  newKey,
  proofOf,
  tempDir,
  validBody,
} from './helpers.mjs';

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

    it('leaves no orphaned proof file after kill -9 between the file and its row', async () => {
      const dataDir = tempDir();
      const env = { MINGA_DATA_DIR: dataDir, MINGA_RATE_LIMIT_CREATE: '1000' };
      let drop = async () => {};
      if (backend.kind === 'postgres') {
        const fresh = await freshPgSchema();
        env.DATABASE_URL = fresh.url;
        drop = fresh.drop;
      }
      const open = () =>
        backend.kind === 'postgres'
          ? new PostgresStorage(env.DATABASE_URL)
          : new SqliteStorage(join(dataDir, 'minga.sqlite'));
      const filesDir = join(dataDir, 'files', String(new Date().getUTCFullYear()));
      const files = () => readdirSync(filesDir);
      // A 4 MB proof: writing and fsyncing it takes long enough to kill the service in between.
      const big = Buffer.concat([PDF_BYTES, Buffer.alloc(4_000_000, 0x20)]);
      const body = JSON.stringify(validBody({ proof: proofOf(big, 'application/pdf') }));
      try {
        mkdirSync(filesDir, { recursive: true, mode: 0o700 });
        let orphansAtKill = 0;
        for (let round = 0; round < 5 && orphansAtKill === 0; round++) {
          const service = await startService(env);
          // Killed the moment a file appears in the folder: its row is not committed yet.
          const watcher = watch(filesDir, () => service.child.kill('SIGKILL'));
          const sends = Array.from({ length: 3 }, () =>
            fetch(`${service.url}/api/requests`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
              body,
            }).catch(() => null),
          );
          await exited(service.child);
          watcher.close();
          await Promise.all(sends);
          assert.equal(service.child.signalCode, 'SIGKILL');
          const storage = open();
          const known = await storage.storedFilePaths();
          await storage.close();
          orphansAtKill = files().filter(
            (name) => !known.has(`${filesDir.split('/').pop()}/${name.replace(/\.part$/, '')}`),
          ).length;
        }
        assert.ok(orphansAtKill > 0, 'the kill landed between a file and its row');

        const again = await startService(env);
        again.child.kill('SIGTERM');
        await exited(again.child);
        const storage = open();
        const known = await storage.storedFilePaths();
        await storage.close();
        const year = filesDir.split('/').pop();
        assert.deepEqual(
          files().filter((name) => !known.has(`${year}/${name}`)),
          [],
          'every file left has a row that points to it',
        );
        for (const path of known) assert.ok(files().includes(path.split('/')[1]), path);
      } finally {
        await drop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}
