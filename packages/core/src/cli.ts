/// <reference types="node" />
/**
 * What Minga's command-line tools share (`minga-transparency`, `minga-plain`): reading the
 * arguments with `node:util`'s `parseArgs`, the common options `--lang es|en` and `--help`,
 * the exit codes (0 done, 1 something to fix was found, 2 the command could not run) and
 * where lines go. Node only: import it as `@minga/core/cli.js`; not part of the browser entry.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a tool writes: `out` for results, `err` for problems. Tests pass their own. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** "Today", for tests and for reports about another date. */
  now?: Date;
}

/** Lines to standard output and standard error. */
export const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** The options every tool has. */
const COMMON = {
  lang: { type: 'string', default: 'es' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What a tool says about its arguments, in `lang`. */
export interface CommandLineMessages {
  usage: (lang: 'es' | 'en') => string;
  badOption: (lang: 'es' | 'en', message: string) => string;
}

/** The arguments read: the command, what follows it, the options and the language. */
export interface CommandLine {
  command: string;
  positionals: string[];
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  lang: 'es' | 'en';
}

/**
 * Reads `argv` with the tool's `options` plus `--lang` and `--help`. Returns the command line,
 * or the exit code when there is nothing to run: 0 after `--help` (usage printed, nothing
 * opened), 2 after a bad option or without a command (message and usage on `err`/`out`).
 */
export function readCommandLine(
  argv: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  messages: CommandLineMessages,
  io: Io,
): CommandLine | number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, ...COMMON } });
  } catch (error) {
    io.err(messages.badOption('es', (error as Error).message));
    io.err(messages.usage('es'));
    return 2;
  }
  const values = parsed.values as CommandLine['values'];
  const lang = String(values.lang ?? 'es').startsWith('en') ? 'en' : 'es';
  const [command, ...positionals] = parsed.positionals;
  if (values.help || !command) {
    io.out(messages.usage(lang));
    return values.help ? 0 : 2;
  }
  return { command, positionals, values, lang };
}
