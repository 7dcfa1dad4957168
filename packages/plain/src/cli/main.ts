/// <reference types="node" />
/**
 * `minga-plain`: check the plain language of Spanish files. Spanish output by default
 * (`--lang en`). Node only: not part of the browser bundle. The argument handling is shared
 * with `minga-transparency` (`@minga/core/cli.js`).
 */
import { defaultIo, readCommandLine, type Io } from '@minga/core/cli.js';
import { check } from './check.js';
import { t } from './messages.js';

export type { Io };

/** Runs the tool with `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const line = readCommandLine(
    argv,
    {
      json: { type: 'boolean' },
      level: { type: 'string' },
      'max-sentence-words': { type: 'string' },
      phrases: { type: 'string' },
    },
    {
      usage: (lang) => t(lang, 'usage'),
      badOption: (lang, message) => t(lang, 'badOption', { message }),
    },
    io,
  );
  if (typeof line === 'number') return line;
  if (line.command === 'check') return check(line, io);
  io.err(t(line.lang, 'unknownCommand', { command: line.command }));
  io.err(t(line.lang, 'usage'));
  return 2;
}
