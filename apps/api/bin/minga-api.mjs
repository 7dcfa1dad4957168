#!/usr/bin/env node
// The request service's command line: serve, migrate, seed-sample, staff …, report ….
// Configuration comes from environment variables (see README.md); it imports the compiled
// `dist/` (run `npm run build -w @minga/api` first).
import { parseArgs } from 'node:util';

const HELP = `minga-api: Minga's reference request service (access-to-information requests).

Usage:
  minga-api serve         apply pending migrations, sweep orphan files, then listen
  minga-api migrate       apply pending database migrations and exit
  minga-api seed-sample   add 12 clearly fictional sample requests [--yes]
  minga-api staff …       staff accounts (minga-api staff --help)
  minga-api report …      annual and monthly reports (minga-api report --help)
  minga-api <command> --help

Configuration: environment variables (HOST, PORT, MINGA_DATA_DIR, DATABASE_URL,
MINGA_ALLOWED_ORIGINS, MINGA_DEADLINE_RULES, …); see apps/api/README.md.
`;

const COMMAND_HELP = {
  serve: `Usage: minga-api serve
Applies pending migrations, removes uploaded files that no request points to (left by a
crash), then serves HTTP on HOST:PORT (default 127.0.0.1:8787).
Stops cleanly on SIGTERM or SIGINT (finishes the requests in flight).
`,
  migrate: `Usage: minga-api migrate
Applies the pending versioned migrations (migrations/<sqlite|postgres>/NNNN_*.sql) and exits.
Safe to run any number of times.
`,
  'seed-sample': `Usage: minga-api seed-sample [--yes]
Adds 12 clearly fictional sample requests (names "Persona de ejemplo N", emails @example.org)
in varied states and ages, for demos. Running it again adds nothing. Refuses to touch a
database that holds real requests unless --yes is given.
`,
};

async function load() {
  const { loadConfig, ConfigError } = await import('../dist/config.js');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`minga-api: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const { openStorage } = await import('../dist/storage/index.js');
  return { config, storage: openStorage(config) };
}

async function serve() {
  const { config, storage } = await load();
  await storage.migrate();
  const { buildApp } = await import('../dist/app.js');
  const { createMailer, startReminders } = await import('../dist/notify/index.js');
  const mailer = createMailer(config);
  const app = buildApp({ config, storage, mailer });
  // Files a crash left without their row (or a committed row without its file's real name).
  const { sweepOrphanFiles } = await import('../dist/files.js');
  const swept = await sweepOrphanFiles(config.dataDir, storage);
  if (swept.removed + swept.committed > 0) app.log.info(swept, 'swept files left by a crash');
  const stopReminders = startReminders({ config, mailer, storage, log: app.log });
  let closing = false;
  const shutdown = async (signal) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    stopReminders();
    try {
      await app.close();
      await storage.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    console.error(
      `minga-api: cannot listen on ${config.host}:${config.port} (${error.code ?? error.message})`,
    );
    await storage.close();
    return 1;
  }
  return null; // keeps running
}

async function migrate() {
  const { storage } = await load();
  try {
    await storage.migrate();
    console.log(`minga-api: database is up to date (${storage.kind}).`);
    return 0;
  } finally {
    await storage.close();
  }
}

async function seed(argv) {
  const { values } = parseArgs({ args: argv, options: { yes: { type: 'boolean' } } });
  const { config, storage } = await load();
  try {
    await storage.migrate();
    const { seedSample, isSampleOnly } = await import('../dist/seed.js');
    if (!values.yes && !(await isSampleOnly(storage))) {
      console.error(
        'minga-api: this database holds real requests; sample data would mix with them. ' +
          'Use an empty data directory, or add --yes if you really mean it.',
      );
      return 1;
    }
    const { loadSecret } = await import('../dist/codes.js');
    const result = await seedSample(storage, config, loadSecret(config));
    console.log(
      `minga-api: ${result.created} fictional sample requests added` +
        (result.existing ? `, ${result.existing} already there.` : '.'),
    );
    return 0;
  } finally {
    await storage.close();
  }
}

async function delegate(module, exportName, argv) {
  const mod = await import(module);
  // Help needs no database: don't open (and so create) one just to print it.
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h'))
    return mod[exportName](argv, { config: undefined, storage: undefined });
  const { config, storage } = await load();
  try {
    await storage.migrate();
    return await mod[exportName](argv, { config, storage });
  } finally {
    await storage.close();
  }
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined ? 1 : 0;
  }
  if (command in COMMAND_HELP && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(COMMAND_HELP[command]);
    return 0;
  }
  switch (command) {
    case 'serve':
      return serve();
    case 'migrate':
      return migrate();
    case 'seed-sample':
      return seed(rest);
    case 'staff':
      return delegate('../dist/staff/cli.js', 'runStaffCommand', rest);
    case 'report':
      return delegate('../dist/reports/cli.js', 'runReportCommand', rest);
    default:
      console.error(`minga-api: unknown command "${command}". See minga-api --help.`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== null) process.exitCode = code;
  },
  (error) => {
    console.error(`minga-api: ${error?.message ?? error}`);
    process.exit(1);
  },
);
