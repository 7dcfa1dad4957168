#!/usr/bin/env node
// Load test of POST /api/requests on loopback: starts the real service (SQLite, a temp data
// dir, raised rate limits) as a child process, runs autocannon with a unique Idempotency-Key
// per request, then checks that every request acknowledged with 201 is in the database
// ("zero lost"), and that 100 concurrent retries of one key create exactly one request.
//
//   node scripts/load.mjs [--duration 30] [--connections 10] [--rate 1000] [--log-level info] [--json]
//
// Without --rate, autocannon keeps every connection busy: the figures are the saturation
// throughput and the latency of a full queue. With --rate, it offers that many requests/s:
// the latency is the one people see at that load.
//
// Targets (issue 7): ≥ 1,000 requests/s sustained, p99 < 50 ms, zero errors, zero lost.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '10' },
    rate: { type: 'string' },
    'log-level': { type: 'string', default: 'info' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(
    'Usage: node scripts/load.mjs [--duration s] [--connections n] [--rate req/s] [--log-level info|warn] [--json]',
  );
  process.exit(0);
}
const duration = Number(args.duration);
const connections = Number(args.connections);
// Requests per second offered in total (autocannon's overallRate); default: as fast as it goes.
const rate = args.rate === undefined ? undefined : Number(args.rate);
const log = args.json ? () => {} : (...a) => console.log(...a);

const BIN = fileURLToPath(new URL('../bin/minga-api.mjs', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'minga-load-'));

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startService() {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      MINGA_DATA_DIR: dataDir,
      MINGA_LOG_LEVEL: args['log-level'],
      MINGA_RATE_LIMIT_CREATE: '1000000',
      MINGA_RATE_LIMIT_LOOKUP: '1000000',
      DATABASE_URL: '',
      SMTP_URL: '',
    },
    // The service's logs go to a pipe that is drained, as a log collector would.
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.resume();
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300 && !exited; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) return { child, url };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the service did not start');
}

const body = JSON.stringify({
  requesterType: 'person',
  name: 'Persona de ejemplo (carga)',
  idType: 'passport',
  idNumber: 'CARGA12345',
  email: 'carga@example.org',
  onBehalf: false,
  description: 'Solicitud ficticia de la prueba de carga: actas del Concejo Municipal.',
  delivery: 'email',
  format: 'csv',
  declaration: true,
  lang: 'es',
});

const { child, url } = await startService();
log(`service at ${url} (SQLite in ${dataDir}, log level ${args['log-level']})`);
log(
  `autocannon: POST /api/requests, ${connections} connections, ${duration} s, ` +
    (rate ? `offered rate ${rate} requests/s…` : 'as fast as the service answers…'),
);

/** CPU seconds (user + system) the service has used so far (Linux /proc; null elsewhere). */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

const acknowledged = new Set();
const cpuBefore = cpuSeconds(child.pid);
const result = await autocannon({
  url: `${url}/api/requests`,
  connections,
  duration,
  ...(rate ? { overallRate: rate } : {}),
  requests: [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      setupRequest(request, context) {
        context.key = randomUUID();
        request.headers = { ...request.headers, 'idempotency-key': context.key };
        return request;
      },
      onResponse(status, _body, context) {
        if (status === 201) acknowledged.add(context.key);
      },
    },
  ],
});

const cpuAfter = cpuSeconds(child.pid);

// 100 concurrent retries of one Idempotency-Key.
const sameKey = randomUUID();
const retries = await Promise.all(
  Array.from({ length: 100 }, () =>
    fetch(`${url}/api/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': sameKey },
      body,
    }).then(async (r) => ({ status: r.status, code: (await r.json()).code })),
  ),
);

child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));

const db = new Database(join(dataDir, 'minga.sqlite'), { readonly: true });
const rows = db.prepare('SELECT idempotency_key FROM requests').all();
const created = db
  .prepare('SELECT COUNT(*) AS n FROM requests WHERE idempotency_key = ?')
  .get(sameKey).n;
db.close();
rmSync(dataDir, { recursive: true, force: true });

const inDb = new Set(rows.map((r) => r.idempotency_key));
const lost = [...acknowledged].filter((k) => !inDb.has(k)).length;
const count201 = result.statusCodeStats?.['201']?.count ?? acknowledged.size;
const loadRows = rows.length - created;
const figures = {
  duration,
  connections,
  offeredRate: rate ?? null,
  logLevel: args['log-level'],
  requestsPerSecond: Math.round(result.requests.average),
  // Service CPU time per request: how many requests/s one free core would sustain.
  serviceCpuMsPerRequest:
    cpuBefore === null
      ? null
      : Math.round(((cpuAfter - cpuBefore) * 1000 * 100) / result.requests.total) / 100,
  loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
  totalRequests: result.requests.total,
  latencyMs: {
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
  },
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  responses201: Number(count201),
  rowsInDatabase: loadRows,
  // Requests still in flight when autocannon stopped: stored, but their 201 was not counted.
  inFlightAtStop: loadRows - acknowledged.size,
  lost,
  idempotency: {
    retries: 100,
    statuses: Object.fromEntries(
      [...new Set(retries.map((r) => r.status))].map((s) => [
        s,
        retries.filter((r) => r.status === s).length,
      ]),
    ),
    distinctCodes: new Set(retries.map((r) => r.code)).size,
    created,
  },
};
figures.pass =
  figures.requestsPerSecond >= 1000 &&
  figures.latencyMs.p99 < 50 &&
  figures.errors === 0 &&
  figures.timeouts === 0 &&
  figures.non2xx === 0 &&
  figures.lost === 0 &&
  figures.inFlightAtStop >= 0 &&
  figures.inFlightAtStop <= connections &&
  created === 1;

if (args.json) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  log('');
  log(`requests/s (average)   ${figures.requestsPerSecond}   (target ≥ 1000)`);
  log(`total requests         ${figures.totalRequests}`);
  log(
    `service CPU / request  ${figures.serviceCpuMsPerRequest} ms   (machine load average ${figures.loadAverage1m} on ${availableParallelism()} cores)`,
  );
  log(
    `latency p50 / p90 / p99 / max   ${figures.latencyMs.p50} / ${figures.latencyMs.p90} / ${figures.latencyMs.p99} / ${figures.latencyMs.max} ms   (target p99 < 50)`,
  );
  log(
    `errors / timeouts / non-2xx     ${figures.errors} / ${figures.timeouts} / ${figures.non2xx}`,
  );
  log(`201 responses          ${figures.responses201}`);
  log(
    `rows in the database   ${figures.rowsInDatabase}   (in flight when the run stopped: ${figures.inFlightAtStop})`,
  );
  log(`acknowledged but lost  ${figures.lost}`);
  log(
    `100 concurrent retries of one key: ${JSON.stringify(figures.idempotency.statuses)}, ${figures.idempotency.distinctCodes} code(s), ${created} request(s) created`,
  );
  log(figures.pass ? 'PASS' : 'FAIL: see the targets above');
}
process.exitCode = figures.pass ? 0 : 1;
