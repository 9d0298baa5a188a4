/**
 * A Postgres connection with the synchronous shape of `SqlConnection` (see sql.ts), over libpq's
 * blocking calls (the `libpq` binding of the node-postgres project, an optional dependency built
 * against the system's libpq). The corpus stages run synchronously between reads and writes, as they
 * do on SQLite; a blocking connection keeps them one code path on both engines.
 *
 * What it adapts: `?` and `@name` parameters become `$n`; an INSERT into a table with a serial key
 * returns the key (`lastInsertRowid`); values are read back as SQLite gives them (integers and reals as
 * numbers, bytea as a Buffer, JSON as its text). Transactions: `immediate` is read committed (writers of
 * other rows go on side by side); `exclusive` takes the store's lock (an advisory lock), then reads one
 * snapshot (repeatable read), so one runs at a time; `deferred` reads one snapshot; a transaction
 * inside another is a savepoint.
 */
import { createRequire } from 'node:module';
import { StoreError } from '../errors.ts';
import type { SqlConnection, SqlStatement, SqlTransaction } from './sql.ts';

/** The part of libpq's binding used here. */
interface Libpq {
  connectSync(conninfo: string): void;
  exec(sql: string): void;
  prepare(name: string, sql: string, nParams: number): void;
  execPrepared(name: string, params: (string | null)[]): void;
  resultStatus(): string;
  resultErrorMessage(): string;
  resultErrorFields(): { sqlState?: string } | undefined;
  errorMessage(): string;
  ntuples(): number;
  nfields(): number;
  fname(i: number): string;
  ftype(i: number): number;
  getvalue(row: number, col: number): string;
  getisnull(row: number, col: number): boolean;
  cmdTuples(): string;
  clear(): void;
  finish(): void;
}

/** The key of the advisory lock every writing transaction of one database takes first. */
const WRITE_LOCK = 7_461_020_193;

/** Tables whose rows get a serial key on insert: an INSERT returns it as `lastInsertRowid`. */
const SERIAL_KEYS: Record<string, string> = { cluster_articles: 'seq', cluster_events: 'id', entity_corrections: 'id' };

/** An error of Postgres, with its SQLSTATE code (as SQLite's errors carry theirs). */
export class PostgresError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'PostgresError';
  }
}

let binding: (new () => Libpq) | undefined;

/**
 * The connections open, and those closed lately: the binding's connection holds an event-loop handle
 * that is closed on the loop's next turn, and the garbage collector must not take the connection
 * before (the process would abort). So a connection is held while open and until a timer after it is
 * closed.
 */
const OPEN = new Set<Libpq>();
const CLOSING = new Set<Libpq>();
let finishAtExit = false;

function libpq(address: string): new () => Libpq {
  if (binding) return binding;
  try {
    binding = createRequire(import.meta.url)('libpq') as new () => Libpq;
    return binding;
  } catch (error) {
    throw new StoreError(
      redact(address),
      `a Postgres store needs the optional module libpq, which is not built here (${(error as Error).message.split('\n')[0]}): install the libpq headers (Debian: apt-get install libpq-dev) and run npm install again`,
    );
  }
}

/** The address without its password, to be shown in messages. */
export function redact(address: string): string {
  return address.replace(/(\/\/[^:/@]*):[^@/]*@/, '$1:***@');
}

/** A SQLite statement's text as Postgres reads it: its parameters numbered, and what it returns. */
function translate(sql: string): { text: string; names?: string[]; count: number; blind: boolean } {
  let text = '';
  let count = 0;
  const names: string[] = [];
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const end = sql.indexOf(c, i + 1);
      const stop = end < 0 ? sql.length : end + 1;
      text += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === '?') {
      text += `$${++count}`;
    } else if (c === '@' && /[A-Za-z_]/.test(sql[i + 1] ?? '')) {
      const name = /^[A-Za-z_]\w*/.exec(sql.slice(i + 1))![0];
      let index = names.indexOf(name);
      if (index < 0) index = names.push(name) - 1;
      text += `$${index + 1}`;
      i += name.length;
    } else text += c;
  }
  const insert = /^\s*INSERT\s+INTO\s+(\w+)/i.exec(text);
  const key = insert && SERIAL_KEYS[insert[1]!];
  if (key && !/\bRETURNING\b/i.test(text)) text += ` RETURNING ${key}`;
  // An INSERT that returns nothing may wait for the next round trip (see `PostgresConnection.pending`).
  const blind = !!insert && !/\bRETURNING\b/i.test(text);
  return names.length ? { text, names, count: names.length, blind } : { text, count, blind };
}

/**
 * Postgres text cannot hold U+0000, which keys of the corpus stages use as a separator: text goes to the
 * server with U+0000 as U+0001 U+0001 and U+0001 as U+0001 U+0002, an encoding that keeps the order of
 * strings (U+0000 still sorts first), and comes back decoded.
 */
function encodeText(value: string): string {
  return value.includes('\u0000') || value.includes('\u0001')
    ? // eslint-disable-next-line no-control-regex -- these two control characters are what is encoded
      value.replace(/[\u0000\u0001]/g, (c) => (c === '\u0000' ? '\u0001\u0001' : '\u0001\u0002'))
    : value;
}

function decodeText(value: string): string {
  return value.includes('\u0001')
    ? // eslint-disable-next-line no-control-regex -- these two control characters are what is encoded
      value.replace(/\u0001([\u0001\u0002])/g, (_, c: string) => (c === '\u0001' ? '\u0000' : '\u0001'))
    : value;
}

/** An insert of one row of parameters in order, that may take many rows at once. */
const MULTI_ROW =
  /^(\s*INSERT\s+INTO\s+\w+\s*\([^)]*\))\s*VALUES\s*\((\$1(?:,\s*\$\d+)*)\)(\s+ON CONFLICT(?:\s*\([^)]*\))?\s+DO NOTHING)?\s*$/i;

/** A parameter written into a statement (standard_conforming_strings is on: only quotes are doubled). */
function literal(value: string | null): string {
  return value === null ? 'NULL' : `'${value.replaceAll("'", "''")}'`;
}

/** A parameter as libpq sends it: text (bytea as hex), or null. */
function param(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return encodeText(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (value instanceof Uint8Array)
    return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
  return String(value);
}

/** Type ids (pg_type oids) read as numbers, and bytea. */
const NUMERIC = new Set([20, 21, 23, 26, 700, 701, 1700]);
const BYTEA = 17;

/** One connection. */
export class PostgresConnection implements SqlConnection {
  private readonly pq: Libpq;
  /** Each statement text's name on the server and its translation (prepared once per connection). */
  private readonly statements = new Map<
    string,
    { name: string; text: string; names?: string[]; count: number; blind: boolean }
  >();
  private depth = 0;
  private closed = false;

  constructor(
    readonly address: string,
    options: { readonly?: boolean } = {},
  ) {
    const Pq = libpq(address);
    this.pq = new Pq();
    OPEN.add(this.pq);
    if (!finishAtExit) {
      finishAtExit = true;
      process.once('exit', () => {
        for (const pq of OPEN) pq.finish();
        OPEN.clear();
      });
    }
    try {
      this.pq.connectSync(address);
    } catch (error) {
      // The binding finished it: held a while yet, as a closed one.
      const pq = this.pq;
      OPEN.delete(pq);
      CLOSING.add(pq);
      setTimeout(() => CLOSING.delete(pq), 10).unref();
      throw new StoreError(redact(address), `cannot connect: ${(error as Error).message.trim().replace(/\s+/g, ' ')}`);
    }
    this.exec("SET client_min_messages = warning; SET timezone = 'UTC'; SET standard_conforming_strings = on");
    if (options.readonly) this.exec('SET default_transaction_read_only = on');
  }

  /** Runs one statement with parameters (prepared once per connection); returns the result's rows. */
  query(
    name: string,
    text: string,
    params: (string | null)[],
    count: number,
  ): { rows: Record<string, unknown>[]; changes: number } {
    if (this.pending.length && this.needsPending(text)) this.flush();
    if (name && !this.prepared.has(name)) {
      this.pq.prepare(name, text, count);
      this.check(text);
      this.pq.clear();
      this.prepared.add(name);
    }
    this.pq.execPrepared(name, params);
    this.check(text);
    const rows = this.rows();
    const changes = Number(this.pq.cmdTuples() || 0);
    this.pq.clear();
    return { rows, changes };
  }

  private readonly prepared = new Set<string>();

  /**
   * Inserts not sent yet. Inside a transaction an INSERT that returns nothing is kept here and sent
   * with the others in one round trip before the next statement that reads (or the commit): the
   * corpus stages write thousands of small rows, and a round trip each would cost more than the work.
   * What the transaction reads is what it wrote, and a rollback discards them with the rest.
   */
  private pending: { text: string; params: (string | null)[] }[] = [];
  private pendingChars = 0;

  /** True when an INSERT may wait for the next read (inside a transaction). */
  get deferring(): boolean {
    return this.depth > 0;
  }

  /** Tables with inserts kept. */
  private pendingTables = new Set<string>();
  /** What each statement reads or writes: whether it writes, and the tables it names. */
  private readonly shapes = new Map<string, { write: boolean; tables: string[] }>();

  /**
   * Whether a statement must wait for the inserts kept: a write does (writes keep their order), a read
   * does when it reads a table they go to.
   */
  private needsPending(text: string): boolean {
    let shape = this.shapes.get(text);
    if (!shape) {
      shape = {
        write: !/^\s*(SELECT|WITH|EXPLAIN)\b/i.test(text) || /\b(INSERT|UPDATE|DELETE)\b/i.test(text),
        tables: [...text.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+(\w+)/gi)].map((m) => m[1]!.toLowerCase()),
      };
      this.shapes.set(text, shape);
    }
    return shape.write || shape.tables.some((t) => this.pendingTables.has(t));
  }

  /** Keeps an INSERT for the next round trip (see `pending`). */
  defer(text: string, params: (string | null)[]): void {
    this.pending.push({ text, params });
    this.pendingTables.add(/^\s*INSERT\s+INTO\s+(\w+)/i.exec(text)![1]!.toLowerCase());
    for (const p of params) this.pendingChars += (p?.length ?? 4) + 4;
    if (this.pending.length >= 5000 || this.pendingChars >= 8 << 20) this.flush();
  }

  /**
   * Sends the inserts kept, in one round trip: runs of one statement that only inserts its values
   * (`VALUES ($1, …, $n)`, nothing or DO NOTHING on conflict) as one statement of many rows, the rest
   * one by one, the values written in.
   */
  flush(): void {
    if (!this.pending.length) return;
    const statements: string[] = [];
    for (let i = 0; i < this.pending.length;) {
      const { text } = this.pending[i]!;
      const match = MULTI_ROW.exec(text);
      const rows = match && match[2]!.split(/\s*,\s*/).every((x, k) => x === `$${k + 1}`) ? match : null;
      let j = i + 1;
      if (rows) while (j < this.pending.length && this.pending[j]!.text === text) j++;
      if (rows && j - i > 1) {
        const values = this.pending
          .slice(i, j)
          .map((p) => `(${p.params.map(literal).join(', ')})`)
          .join(', ');
        statements.push(`${rows[1]} VALUES ${values}${rows[3] ?? ''}`);
      } else
        for (const p of this.pending.slice(i, j))
          statements.push(p.text.replace(/\$(\d+)/g, (_, n: string) => literal(p.params[Number(n) - 1] ?? null)));
      i = j;
    }
    const batch = statements.join(';\n');
    this.pending = [];
    this.pendingChars = 0;
    this.pendingTables.clear();
    this.pq.exec(batch);
    this.check(batch);
    this.pq.clear();
  }

  private rows(): Record<string, unknown>[] {
    const n = this.pq.ntuples();
    if (!n) return [];
    const fields = this.pq.nfields();
    const names: string[] = [];
    const types: number[] = [];
    for (let c = 0; c < fields; c++) {
      names.push(this.pq.fname(c));
      types.push(this.pq.ftype(c));
    }
    const rows: Record<string, unknown>[] = new Array(n);
    for (let r = 0; r < n; r++) {
      const row: Record<string, unknown> = {};
      for (let c = 0; c < fields; c++) {
        if (this.pq.getisnull(r, c)) {
          row[names[c]!] = null;
          continue;
        }
        const value = this.pq.getvalue(r, c);
        const type = types[c]!;
        row[names[c]!] = NUMERIC.has(type)
          ? Number(value)
          : type === BYTEA
            ? Buffer.from(value.slice(2), 'hex')
            : decodeText(value);
      }
      rows[r] = row;
    }
    return rows;
  }

  private check(sql: string): void {
    const status = this.pq.resultStatus();
    if (status === 'PGRES_COMMAND_OK' || status === 'PGRES_TUPLES_OK' || status === 'PGRES_EMPTY_QUERY') return;
    const message = (this.pq.resultErrorMessage() || this.pq.errorMessage()).trim();
    const code = this.pq.resultErrorFields()?.sqlState;
    this.pq.clear();
    throw new PostgresError(`${message} [in: ${sql.replace(/\s+/g, ' ').trim().slice(0, 120)}]`, code);
  }

  prepare(sql: string): SqlStatement {
    let known = this.statements.get(sql);
    if (!known) this.statements.set(sql, (known = { name: `s${this.statements.size + 1}`, ...translate(sql) }));
    return new PgStatement(this, known.name, known);
  }

  exec(sql: string): void {
    if (/^\s*ROLLBACK\b/i.test(sql)) {
      this.pending = [];
      this.pendingChars = 0;
      this.pendingTables.clear();
    } else if (this.pending.length) this.flush();
    this.pq.exec(sql);
    this.check(sql);
    this.pq.clear();
  }

  transaction<T>(fn: () => T): SqlTransaction<T> {
    const run = (mode: 'immediate' | 'exclusive' | 'deferred') => (): T => {
      const outer = this.depth === 0;
      const savepoint = `t${this.depth}`;
      // Exclusive: the store's lock before the snapshot, so that the snapshot holds what the last
      // holder committed (a session lock, let go after the commit, or when the connection ends).
      if (outer && mode === 'exclusive') this.exec(`SELECT pg_advisory_lock(${WRITE_LOCK})`);
      try {
        if (outer) this.exec(mode === 'immediate' ? 'BEGIN' : 'BEGIN ISOLATION LEVEL REPEATABLE READ');
        else this.exec(`SAVEPOINT ${savepoint}`);
        this.depth++;
        try {
          const result = fn();
          this.depth--;
          this.exec(outer ? 'COMMIT' : `RELEASE SAVEPOINT ${savepoint}`);
          return result;
        } catch (error) {
          this.depth--;
          if (!this.closed) this.exec(outer ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT ${savepoint}`);
          throw error;
        }
      } finally {
        if (outer && mode === 'exclusive' && !this.closed) this.exec(`SELECT pg_advisory_unlock(${WRITE_LOCK})`);
      }
    };
    const deferred = run('deferred');
    return Object.assign(deferred, { immediate: run('immediate'), exclusive: run('exclusive'), deferred });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    const pq = this.pq;
    pq.finish();
    OPEN.delete(pq);
    CLOSING.add(pq);
    setTimeout(() => CLOSING.delete(pq), 10).unref();
  }
}

/** What `run` gives for an insert kept for the next round trip: what it changed is not known yet. */
const DEFERRED = Object.freeze({
  get changes(): number {
    throw new Error('an insert inside a transaction is sent with the next read: what it changed is not known here');
  },
  lastInsertRowid: 0,
});

/** A statement of a Postgres connection, with better-sqlite3's calls. */
class PgStatement implements SqlStatement {
  private plucked = false;

  constructor(
    private readonly connection: PostgresConnection,
    private readonly name: string,
    private readonly sql: { text: string; names?: string[]; count: number; blind?: boolean },
  ) {}

  pluck(on = true): SqlStatement {
    this.plucked = on;
    return this;
  }

  private execute(params: unknown[]) {
    return this.connection.query(this.name, this.sql.text, this.bind(params), this.sql.count);
  }

  /** The parameters as sent, in the order of the statement's `$n`. */
  private bind(params: unknown[]): (string | null)[] {
    const { names, count, text } = this.sql;
    let values: unknown[];
    if (names) {
      const object = (params[0] ?? {}) as Record<string, unknown>;
      values = names.map((n) => object[n]);
    } else values = params;
    if (values.length !== count)
      throw new RangeError(
        `the statement takes ${count} parameters, ${values.length} given [in: ${text.slice(0, 120)}]`,
      );
    return values.map(param);
  }

  private out(row: Record<string, unknown>): unknown {
    if (!this.plucked) return row;
    for (const key in row) return row[key];
    return undefined;
  }

  get(...params: unknown[]): unknown {
    const { rows } = this.execute(params);
    return rows.length ? this.out(rows[0]!) : undefined;
  }

  all(...params: unknown[]): unknown[] {
    return this.execute(params).rows.map((r) => this.out(r));
  }

  *iterate(...params: unknown[]): IterableIterator<unknown> {
    for (const row of this.execute(params).rows) yield this.out(row);
  }

  run(...params: unknown[]): { changes: number; lastInsertRowid: number } {
    if (this.sql.blind && this.connection.deferring) {
      this.connection.defer(this.sql.text, this.bind(params));
      return DEFERRED;
    }
    const { rows, changes } = this.execute(params);
    const first = rows[0];
    let id = 0;
    if (first) for (const key in first) id = Number(first[key]);
    return { changes, lastInsertRowid: id };
  }
}
