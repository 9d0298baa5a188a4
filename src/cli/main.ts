import { readFileSync } from 'node:fs';
import { InputError, NotFoundError, UsageError } from '../errors.ts';
import { add } from './add/index.ts';
import { entitiesCommand } from './entities/index.ts';
import { quotesCommand } from './quotes/index.ts';
import { timeline } from './timeline/index.ts';
import { checkCommand } from './check/index.ts';
import { analyze } from './analyze/index.ts';
import { extract } from './extract/index.ts';
import { search } from './search/index.ts';
import { eventCommand, eventsCommand } from './events/index.ts';
import { serve } from './serve/index.ts';
import { processIo, type Command, type Io } from './shared.ts';

/** Every command, in the order the help lists them. */
export const COMMANDS: Command[] = [
  analyze,
  add,
  extract,
  search,
  entitiesCommand,
  quotesCommand,
  timeline,
  checkCommand,
  eventsCommand,
  eventCommand,
  serve,
];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `triangulate ${version()} — what the coverage of a story actually establishes, with its evidence

Usage: triangulate COMMAND [OPTIONS]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "triangulate COMMAND --help" for a command's options.`;
}

/** Runs the command line; returns the exit code (0 ok, 1 some input or item failed, 2 usage error). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.out(topic ? topic.help : usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(version());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`error: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}\nRun "triangulate ${name} --help" for usage.`);
      return 2;
    }
    if (error instanceof NotFoundError || error instanceof InputError) {
      io.err(`error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
