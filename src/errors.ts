/** Typed errors raised at the edges of the program (reading inputs, the store, the command line). */

/** An input that cannot be read as an article: binary, empty, too large, malformed. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** The path as the user gave it (with `:line` for a record inside a JSON Lines file). */
    readonly path: string,
    /** Why, in words a user can act on. */
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** A wrong command line: unknown option, missing argument. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Something asked for does not exist (an article id, a database file). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}
