/** Typed errors raised at the edges of the program (reading inputs, the store, the command line). */

/** A file or URL the program could not use, and why: "path: reason". */
abstract class PathError extends Error {
  constructor(
    /** The path as the user gave it (with `:line` for a record inside a JSON Lines file). */
    readonly path: string,
    /** Why, in words a user can act on. */
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** An input that cannot be read as an article: binary, empty, too large, malformed. */
export class InputError extends PathError {
  override readonly name = 'InputError';
}

/** A file the program was asked to write cannot be written: a directory, no permission, a full disk. */
export class OutputError extends PathError {
  override readonly name = 'OutputError';
}

/** What the file system's error codes mean to one writing a file. */
const WRITE_REASONS: Record<string, string> = {
  EISDIR: 'is a directory: give the name of a file to write',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
};

/** An OutputError for a failed write of `file`, its reason from the system's error code. */
export function outputErrorOf(file: string, error: unknown): OutputError {
  if (error instanceof OutputError) return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  const reason = typeof code === 'string' ? WRITE_REASONS[code] : undefined;
  return new OutputError(file, reason ?? `cannot be written (${(error as Error)?.message ?? String(error)})`);
}

/** A wrong command line: unknown option, missing argument. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Something asked for does not exist (an article id, a database file). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** The database cannot be opened or written: not a database, a directory, read-only, full, busy. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    /** The database file. */
    readonly file: string,
    /** Why, in words a user can act on. */
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** What SQLite's error codes mean to a user of the database file. */
const SQLITE_REASONS: [RegExp, string][] = [
  [/^SQLITE_NOTADB/, 'not a database (the file holds something else)'],
  [/^SQLITE_CORRUPT/, 'the database file is damaged'],
  [/^SQLITE_CANTOPEN/, 'cannot open the database file (is it a directory, or is its folder missing or not writable?)'],
  [/^SQLITE_READONLY/, 'the database is read-only (check the permissions of the file and its folder)'],
  [/^SQLITE_FULL/, 'the disk is full: nothing of the unfinished article was kept; free some space and run again'],
  [/^SQLITE_BUSY|^SQLITE_LOCKED/, 'another process is writing to this database; run again when it has finished'],
  [/^SQLITE_PERM|^SQLITE_AUTH/, 'permission denied'],
  [/^SQLITE_IOERR/, 'a read or write of the file failed'],
];

/** A StoreError for an error SQLite raised on `file`, or undefined when it is no SQLite error. */
export function storeErrorOf(file: string, error: unknown): StoreError | undefined {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  const reason = SQLITE_REASONS.find(([pattern]) => pattern.test(code))?.[1] ?? `database error (${code})`;
  return new StoreError(file, `${reason} [${code}: ${(error as Error).message}]`);
}
