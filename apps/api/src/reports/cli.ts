/**
 * `minga-api report annual --year 2026 [--out file]` and
 * `minga-api report monthly --year 2026 [--format csv|json] [--out file]`.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import type { Storage } from '../storage/types.js';
import { annualCsv, monthlyReport } from './index.js';

/** What the report commands need; streams default to the process's. */
export interface ReportContext {
  config: Pick<Config, 'deadlineRules'>;
  storage: Storage;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
}

const USAGE = `Usage:
  minga-api report annual --year <YYYY> [--out <file.csv>]
  minga-api report monthly --year <YYYY> [--format csv|json] [--out <file>]
`;

/** Runs a `report` subcommand; resolves to the exit code. */
export async function runReportCommand(argv: string[], ctx: ReportContext): Promise<number> {
  const out = ctx.stdout ?? process.stdout;
  const err = ctx.stderr ?? process.stderr;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        year: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string', default: 'csv' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    err.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command] = parsed.positionals;
  const { values } = parsed;
  if (values.help || !command) {
    (values.help ? out : err).write(USAGE);
    return values.help ? 0 : 2;
  }
  const year = Number(values.year ?? new Date().getFullYear());
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    err.write(`--year must be a year such as 2026.\n`);
    return 2;
  }
  let text: string;
  if (command === 'annual') {
    text = annualCsv(await ctx.storage.requestsOfYear(year), year, {
      rules: ctx.config.deadlineRules,
    });
  } else if (command === 'monthly') {
    if (values.format !== 'csv' && values.format !== 'json') {
      err.write('--format must be csv or json.\n');
      return 2;
    }
    text = monthlyReport(await ctx.storage.requestsOfYear(year), year, values.format);
  } else {
    err.write(`Unknown report "${command}".\n${USAGE}`);
    return 2;
  }
  if (values.out) {
    await writeFile(values.out, text, 'utf8');
    err.write(`Wrote ${values.out}\n`);
  } else {
    out.write(text);
  }
  return 0;
}
