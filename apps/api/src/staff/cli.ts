/**
 * `minga-api staff …`: staff accounts from the command line. There is no default account
 * and no default password.
 *
 *   minga-api staff add --email ana@municipio.gob.ec --name "Ana Quishpe"   (asks twice, no echo)
 *   minga-api staff add --email … --name … --password-stdin                 (first line of stdin)
 *   minga-api staff add --email … --name … --generate-password              (printed once)
 *   minga-api staff passwd --email … [--password-stdin | --generate-password]
 *   minga-api staff list
 *   minga-api staff disable --email …
 *   minga-api staff unlock --email …     (after five failed logins an account waits 15 minutes)
 */
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import type { Storage } from '../storage/types.js';
import { isDisabled } from './index.js';
import { generatePassword, hashPassword, passwordProblem } from './password.js';

/** What the staff commands need; streams default to the process's (for tests, pass others). */
export interface StaffCommandContext {
  config?: Partial<Config>;
  storage: Storage;
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
}

const USAGE = `Usage:
  minga-api staff add --email <email> --name "<name>" [--password-stdin | --generate-password]
  minga-api staff passwd --email <email> [--password-stdin | --generate-password]
  minga-api staff list
  minga-api staff disable --email <email>
  minga-api staff unlock --email <email>
Changing a password or disabling an account ends all of its open sessions.
After five failed logins an account waits 15 minutes; unlock lets it log in at once.
Without --password-stdin or --generate-password the password is asked on the terminal.
Passwords need at least 12 characters and must not be the email address.
`;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The first line of a stream. */
async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    if (text.includes('\n') || text.length > 4096) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** Asks for a line on a terminal without echoing it. */
function askHidden(
  prompt: string,
  stdin: NonNullable<StaffCommandContext['stdin']>,
  stderr: NodeJS.WritableStream,
): Promise<string> {
  return new Promise((resolve, reject) => {
    stderr.write(prompt);
    let value = '';
    stdin.setRawMode?.(true);
    stdin.resume();
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          cleanup();
          stderr.write('\n');
          resolve(value);
          return;
        }
        if (char === '\u0003') {
          cleanup();
          stderr.write('\n');
          reject(new Error('cancelled'));
          return;
        }
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else value += char;
      }
    };
    const cleanup = () => {
      stdin.removeListener('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
    };
    stdin.on('data', onData);
  });
}

/** Gets a new password by the chosen means; null (with a message) when refused. */
async function newPassword(
  email: string,
  values: { 'password-stdin'?: boolean; 'generate-password'?: boolean },
  ctx: StaffCommandContext,
): Promise<{ password: string; generated: boolean } | null> {
  const stdin = ctx.stdin ?? process.stdin;
  const stderr = ctx.stderr ?? process.stderr;
  let password: string;
  if (values['generate-password']) return { password: generatePassword(), generated: true };
  if (values['password-stdin']) {
    password = await readFirstLine(stdin);
  } else {
    if (!stdin.isTTY) {
      stderr.write(
        'No terminal to ask for the password: use --password-stdin or --generate-password.\n',
      );
      return null;
    }
    password = await askHidden('New password: ', stdin, stderr);
    const again = await askHidden('Repeat the password: ', stdin, stderr);
    if (again !== password) {
      stderr.write('The passwords do not match.\n');
      return null;
    }
  }
  const problem = passwordProblem(password, email);
  if (problem) {
    stderr.write(`${problem}\n`);
    return null;
  }
  return { password, generated: false };
}

/** Runs a `staff` subcommand; resolves to the exit code (0 ok, 1 refused, 2 usage). */
export async function runStaffCommand(argv: string[], ctx: StaffCommandContext): Promise<number> {
  const out = ctx.stdout ?? process.stdout;
  const err = ctx.stderr ?? process.stderr;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        'generate-password': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    err.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command] = positionals;
  if (values.help) {
    out.write(USAGE);
    return 0;
  }
  if (values['password-stdin'] && values['generate-password']) {
    err.write('Choose --password-stdin or --generate-password, not both.\n');
    return 2;
  }
  const email = values.email?.trim().toLowerCase() ?? '';
  const needEmail =
    command === 'add' || command === 'passwd' || command === 'disable' || command === 'unlock';
  if (needEmail && !EMAIL.test(email)) {
    err.write(`--email must be an email address.\n${USAGE}`);
    return 2;
  }
  switch (command) {
    case 'add': {
      const name = values.name?.trim() ?? '';
      if (name === '' || name.length > 200) {
        err.write(`--name is required (the person's name, up to 200 characters).\n`);
        return 2;
      }
      if (await ctx.storage.findStaffByEmail(email)) {
        err.write(`There is already a staff account for ${email}.\n`);
        return 1;
      }
      const chosen = await newPassword(email, values, ctx);
      if (!chosen) return 1;
      const account = await ctx.storage.createStaff({
        email,
        name,
        passwordHash: await hashPassword(chosen.password),
      });
      out.write(`Created staff account #${account.id} for ${account.email}.\n`);
      if (chosen.generated)
        out.write(`Password (shown only now; give it to ${name} privately): ${chosen.password}\n`);
      return 0;
    }
    case 'passwd': {
      const account = await ctx.storage.findStaffByEmail(email);
      if (!account) {
        err.write(`No staff account for ${email}.\n`);
        return 1;
      }
      const chosen = await newPassword(email, values, ctx);
      if (!chosen) return 1;
      await ctx.storage.setStaffPassword(account.id, await hashPassword(chosen.password));
      const ended = await ctx.storage.deleteStaffSessions(account.id);
      out.write(`Changed the password of ${email}; ${ended} open session(s) ended.\n`);
      if (chosen.generated) out.write(`Password (shown only now): ${chosen.password}\n`);
      return 0;
    }
    case 'list': {
      const accounts = await ctx.storage.listStaff();
      if (accounts.length === 0) {
        out.write('No staff accounts. Create one with: minga-api staff add --email … --name "…"\n');
        return 0;
      }
      for (const a of accounts)
        out.write(
          `${a.id}\t${a.email}\t${a.name}\t${isDisabled(a) ? 'disabled' : 'active'}\t${a.createdAt}\n`,
        );
      return 0;
    }
    case 'disable': {
      const account = await ctx.storage.findStaffByEmail(email);
      if (!account) {
        err.write(`No staff account for ${email}.\n`);
        return 1;
      }
      // A hash that can never match (the `!` marker) locks the account; `staff passwd` gives
      // it a password again. Its sessions are deleted, and the raised password version ends
      // any that a concurrent login might still add.
      await ctx.storage.setStaffPassword(account.id, `!disabled$${new Date().toISOString()}`);
      await ctx.storage.deleteStaffSessions(account.id);
      out.write(`Disabled ${email}: it cannot log in, and its open sessions have ended.\n`);
      return 0;
    }
    case 'unlock': {
      const account = await ctx.storage.findStaffByEmail(email);
      if (!account) {
        err.write(`No staff account for ${email}.\n`);
        return 1;
      }
      // The running service forgets the failed logins before this moment.
      await ctx.storage.unlockStaff(account.id, new Date().toISOString());
      out.write(`Unlocked ${email}: it can log in again now.\n`);
      return 0;
    }
    default:
      err.write(USAGE);
      return 2;
  }
}
