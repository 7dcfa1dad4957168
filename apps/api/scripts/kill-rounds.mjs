#!/usr/bin/env node
// Durability under kill -9: starts the real service (a temp data dir; SQLite, or PostgreSQL
// when DATABASE_URL is set), sends creates with a proof file from several clients at once,
// SIGKILLs the service at a random moment, and does it again, round after round. At the end
// it starts the service once more (which sweeps files left without a row) and checks:
// every request acknowledged with 201 is in the database ("lost"), every file a row points
// to exists ("missing files"), and no file is left that no row points to ("orphan files").
//
//   node scripts/kill-rounds.mjs [--rounds 20] [--clients 6] [--json]
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    clients: { type: 'string', default: '6' },
    json: { type: 'boolean', default: false },
  },
});
const rounds = Number(args.rounds);
const clients = Number(args.clients);
const BIN = fileURLToPath(new URL('../bin/minga-api.mjs', import.meta.url));
const { PostgresStorage, SqliteStorage } = await import('../dist/storage/index.js');
const dataDir = mkdtempSync(join(tmpdir(), 'minga-kill-'));
const env = {
  ...process.env,
  HOST: '127.0.0.1',
  PORT: '0',
  MINGA_DATA_DIR: dataDir,
  MINGA_LOG_LEVEL: 'info',
  MINGA_RATE_LIMIT_CREATE: '1000000',
};

function start() {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`service exited with ${code}`)));
  });
}
const exited = (child) =>
  new Promise((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', resolve),
  );

const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300_000, 0x20)]);
const body = (email) =>
  JSON.stringify({
    requesterType: 'person',
    name: 'Persona de prueba',
    idType: 'cedula',
    idNumber: '1714307103',
    email,
    phone: '099 123 4567',
    address: 'Av. Solano 1-23, Cuenca',
    onBehalf: true,
    representedName: 'Junta parroquial de prueba',
    proof: {
      name: 'nombramiento.pdf',
      type: 'application/pdf',
      size: pdf.length,
      data: pdf.toString('base64'),
    },
    description: 'Las actas de las sesiones del Concejo Municipal de enero a marzo de 2026.',
    delivery: 'email',
    format: 'csv',
    declaration: true,
    lang: 'es',
  });

const openStorage = () =>
  process.env.DATABASE_URL
    ? new PostgresStorage(process.env.DATABASE_URL)
    : new SqliteStorage(join(dataDir, 'minga.sqlite'));

const acknowledged = new Map(); // Idempotency-Key → code
let orphansLeftByKills = 0; // files without a row right after each kill (the next start sweeps)
for (let round = 0; round < rounds; round++) {
  const service = await start();
  let alive = true;
  const client = async () => {
    while (alive) {
      const key = randomUUID();
      try {
        const response = await fetch(`${service.url}/api/requests`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body: body(`persona.${key.slice(0, 8)}@example.org`),
        });
        if (response.status === 201) acknowledged.set(key, (await response.json()).code);
      } catch {
        return; // killed
      }
    }
  };
  const running = Array.from({ length: clients }, client);
  await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 600));
  service.child.kill('SIGKILL');
  alive = false;
  await exited(service.child);
  await Promise.all(running);
  orphansLeftByKills += (await audit()).orphanFiles;
}

/** Files on disk that no row points to, and rows whose file is missing. */
async function audit() {
  const storage = openStorage();
  try {
    const known = await storage.storedFilePaths();
    const root = join(dataDir, 'files');
    const onDisk = existsSync(root)
      ? readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
      : [];
    let lost = 0;
    for (const key of acknowledged.keys()) if (!(await storage.findByIdempotencyKey(key))) lost++;
    return {
      lost,
      orphanFiles: onDisk.filter((path) => !known.has(path.replace(/\.part$/, ''))).length,
      missingFiles: [...known].filter((path) => !onDisk.includes(path)).length,
    };
  } finally {
    await storage.close();
  }
}

const last = await start();
last.child.kill('SIGTERM');
await exited(last.child);
const afterRestart = await audit();
rmSync(dataDir, { recursive: true, force: true });

const figures = {
  storage: process.env.DATABASE_URL ? 'postgres' : 'sqlite',
  rounds,
  clients,
  acknowledged: acknowledged.size,
  lost: afterRestart.lost,
  orphanFilesLeftByKills: orphansLeftByKills,
  orphanFilesAfterRestart: afterRestart.orphanFiles,
  missingFiles: afterRestart.missingFiles,
};
if (args.json) console.log(JSON.stringify(figures, null, 2));
else
  console.log(
    `${figures.storage}: ${rounds} kill -9 rounds, ${figures.acknowledged} creates acknowledged with 201, ` +
      `${figures.lost} lost; files without a row: ${figures.orphanFilesLeftByKills} left by the kills, ` +
      `${figures.orphanFilesAfterRestart} after a restart; rows without their file: ${figures.missingFiles}`,
  );
process.exitCode =
  figures.lost === 0 && figures.orphanFilesAfterRestart === 0 && figures.missingFiles === 0 ? 0 : 1;
