import { existsSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ensureFresh } from '../app/fresh.ts';
import { nearestWord } from '../edit-distance.ts';
import { NotFoundError, StoreError, UsageError } from '../errors.ts';
import { isPostgresAddress, Store } from '../store/index.ts';
import type { Io } from './io.ts';

export { processIo, type Io } from './io.ts';

import { loadConfig } from './config.ts';
import { dbPath } from './db-path.ts';

export { DEFAULT_DB, dbPath } from './db-path.ts';

/**
 * Opens the database a reading command works on; a missing one is an error that says what to do. Its
 * corpus results are fresh (every writing command leaves them so); one an older version wrote is
 * brought up to date first, with a note on `io.err`.
 */
export async function openExistingStore(flag: string | undefined, io: Pick<Io, 'err'>): Promise<Store> {
  const file = dbPath(flag);
  if (!isPostgresAddress(file) && !existsSync(file))
    throw new NotFoundError(`no database at ${file}: run "triangulate analyze" first, or give --db`);
  // SQLite would take an empty file for an empty database and write its tables into it.
  if (!isPostgresAddress(file) && statSync(file).isFile() && statSync(file).size === 0)
    throw new StoreError(file, 'an empty file, not a database: run "triangulate analyze" with --db to make one');
  const store = Store.open(file);
  try {
    await ensureFresh(store, io.err);
  } catch (error) {
    store.close();
    throw error;
  }
  return store;
}

/** A command: its help text and what it does; returns the exit code. Listed in `commands.ts`. */
export interface Command {
  name: string;
  help: string;
  run(argv: string[], io: Io): Promise<number>;
}

/**
 * parseArgs with errors turned into usage errors. Every command takes --help and --quiet; an option the
 * command line does not give takes its value from the configuration file, if it has one (`config.ts`);
 * the database from the configuration gives way to $TRIANGULATE_DB.
 */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  let parsed;
  const all = { quiet: { type: 'boolean', short: 'q' }, ...options, help: { type: 'boolean', short: 'h' } } as T & {
    quiet: { type: 'boolean'; short: 'q' };
    help: { type: 'boolean'; short: 'h' };
  };
  try {
    parsed = parseArgs({ args: argv, options: all, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error as Error & { code?: string }, Object.keys(all)));
  }
  const { config, file } = loadConfig();
  const values = parsed.values as Record<string, unknown>;
  for (const [name, spec] of Object.entries(all)) {
    if (name === 'help' || values[name] !== undefined || !(name in config)) continue;
    if (name === 'db' && process.env.TRIANGULATE_DB) continue;
    const value = config[name]!;
    if (spec.type === 'boolean') {
      if (typeof value !== 'boolean') throw new UsageError(`${file}: "${name}" should be true or false`);
      values[name] = value;
    } else {
      if (typeof value !== 'string') throw new UsageError(`${file}: "${name}" should be a string or a number`);
      values[name] = spec.multiple ? [value] : value;
    }
  }
  return parsed;
}

/** Reads --max-size (megabytes) into bytes. */
export function maxBytes(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0)
    throw new UsageError(`--max-size must be a positive number of megabytes, not "${value}"`);
  return Math.round(mb * 1024 * 1024);
}

/** Reads a whole number of at least 1 given to `flag`. */
export function count(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag} must be a whole number of at least 1, not "${value}"`);
  return n;
}

/** Reads a number of seconds given to `flag`. */
export function seconds(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const s = Number(value);
  if (!Number.isFinite(s) || s <= 0)
    throw new UsageError(`${flag} must be a positive number of seconds, not "${value}"`);
  return s;
}

/**
 * A command-line parse error in a user's words: an unknown option with the known one it is closest to
 * ("unknown option --evnt (did you mean --event?)"), an option that needs a value; else the parser's own.
 */
function usageMessage(error: Error & { code?: string }, known: readonly string[]): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const name = option.replace(/^-+/, '').split('=')[0]!;
    const near = nearestWord(name, known);
    return `unknown option ${option}${near ? ` (did you mean --${near}?)` : ''}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const name = option.split(/[ ,]/)[0];
    return /does not take an argument/.test(error.message)
      ? `option ${name} takes no value`
      : `option ${name} needs a value`;
  }
  return error.message;
}
