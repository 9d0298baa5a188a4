import { InputError, NotFoundError, OutputError, UsageError, storeErrorOf } from '../errors.ts';
import { dbPath } from './db-path.ts';
import { nearestWord } from '../edit-distance.ts';
import { version } from '../paths.ts';
import { COMMANDS } from './commands.ts';
import { processIo, type Io } from './io.ts';

export { COMMANDS } from './commands.ts';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `triangulate ${version()} — what the coverage of a story actually establishes, with its evidence

Usage: triangulate COMMAND [OPTIONS]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Inputs: .txt .text .html .htm .xhtml .jsonl .ndjson .json .warc .rss .atom .xml (any of them .gz),
folders, and http(s) URLs of pages, feeds (RSS, Atom, JSON Feed) and sitemaps.
Exports (triangulate export --format): json csv md graphml gexf ftm.

Every command takes --help and -q/--quiet (no progress output; errors, warnings and notes stay).
Defaults for any option can be kept in triangulate.config.json (or .triangulaterc, or the file
$TRIANGULATE_CONFIG names), e.g. {"db": "story.db", "max-size": 32}; the command line wins.
Output has no colour (NO_COLOR holds).

Run "triangulate COMMAND --help" for a command's options.`;
}

/** The database a command line works on: its --db, or the default. */
function databaseOf(argv: readonly string[]): string {
  const at = argv.findIndex((a) => a === '--db' || a.startsWith('--db='));
  const given = at < 0 ? undefined : argv[at]!.startsWith('--db=') ? argv[at]!.slice(5) : argv[at + 1];
  return dbPath(given);
}

/** Runs the command line; returns the exit code (0 ok, 1 some input or item failed, 2 usage error). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.out(topic ? (await topic.load()).help : usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(version());
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    const near = nearestWord(
      name,
      COMMANDS.map((c) => c.name),
    );
    io.err(`error: unknown command "${name}"${near ? ` (did you mean ${near}?)` : ''}\n\n${usage()}`);
    return 2;
  }
  try {
    const command = await entry.load();
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}\nRun "triangulate ${name} --help" for usage.`);
      return 2;
    }
    if (error instanceof NotFoundError || error instanceof InputError || error instanceof OutputError) {
      io.err(`error: ${error.message}`);
      return 1;
    }
    // The database failed under the command (disk full, another writer, a damaged file): one line.
    const stored = storeErrorOf(databaseOf(rest), error);
    if (stored) {
      io.err(`error: ${stored.message}`);
      return 1;
    }
    throw error;
  }
}
