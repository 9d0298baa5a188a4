/**
 * The SQL connection the store speaks through: the part of better-sqlite3's synchronous interface the
 * store uses (prepared statements, `pluck`, transactions with `immediate` and `deferred`). SQLite's
 * connection is it; `postgres.ts` gives a Postgres connection the same shape, so the store's queries and
 * logic are written once and each engine's own SQL is chosen through `Dialect` where the two differ.
 */

/** A prepared statement. Parameters are positional (`?`) or named (`@name`, given as one object). */
export interface SqlStatement {
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  iterate(...params: unknown[]): IterableIterator<unknown>;
  /** Rows read as their first column's value. */
  pluck(on?: boolean): SqlStatement;
}

/**
 * A function run in one transaction. `immediate`: a write (SQLite: the write lock first; Postgres: read
 * committed, writers of other rows go on). `exclusive`: one at a time (SQLite: the write lock; Postgres:
 * the store's lock, then one snapshot). `deferred`: reads one snapshot.
 */
export interface SqlTransaction<T> {
  (): T;
  immediate(): T;
  exclusive(): T;
  deferred(): T;
}

/** One connection to a database. */
export interface SqlConnection {
  prepare(sql: string): SqlStatement;
  /** Runs statements that return nothing (several, separated by semicolons). */
  exec(sql: string): unknown;
  transaction<T>(fn: () => T): SqlTransaction<T>;
  close(): unknown;
}

/** Where the SQL of the two engines differs. */
export interface Dialect {
  name: 'sqlite' | 'postgres';
  /** The column that orders articles by arrival. */
  arrival: string;
  /** An expression reading one top-level key of a JSON text column, as JSON text (or the scalar). */
  jsonField(column: string, key: string): string;
}

export const SQLITE: Dialect = {
  name: 'sqlite',
  arrival: 'rowid',
  jsonField: (column, key) => `json_extract(${column}, '$.${key}')`,
};

export const POSTGRES: Dialect = {
  name: 'postgres',
  arrival: 'seq',
  jsonField: (column, key) => `(${column}::json ->> '${key}')`,
};

/** True when a database address names a Postgres server rather than a SQLite file. */
export function isPostgresAddress(address: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(address);
}
