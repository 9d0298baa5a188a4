import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ensureFresh } from '../app/corpus.ts';
import { NotFoundError, UsageError } from '../errors.ts';
import { Store } from '../store/index.ts';
import type { Io } from './io.ts';

export { processIo, type Io } from './io.ts';

import { dbPath } from './db-path.ts';

export { DEFAULT_DB, dbPath } from './db-path.ts';

/**
 * Opens the database a reading command works on; a missing one is an error that says what to do. Its
 * corpus results are fresh (every writing command leaves them so); one an older version wrote is
 * brought up to date first, with a note on `io.err`.
 */
export function openExistingStore(flag: string | undefined, io: Pick<Io, 'err'>): Store {
  const file = dbPath(flag);
  if (!existsSync(file))
    throw new NotFoundError(`no database at ${file}: run "triangulate analyze" first, or give --db`);
  const store = Store.open(file);
  try {
    ensureFresh(store, io.err);
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

/** parseArgs with errors turned into usage errors. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Reads --max-size (megabytes) into bytes. */
export function maxBytes(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0)
    throw new UsageError(`--max-size must be a positive number of megabytes, not "${value}"`);
  return Math.round(mb * 1024 * 1024);
}

/** Reads a number of seconds given to `flag`. */
export function seconds(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const s = Number(value);
  if (!Number.isFinite(s) || s <= 0)
    throw new UsageError(`${flag} must be a positive number of seconds, not "${value}"`);
  return s;
}
