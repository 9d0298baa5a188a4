/** The items the corpus stages keep (`ItemStore` of src/corpus/items.ts), in SQL: one namespace per stage. */
import type { ItemStore } from '../corpus/items.ts';
import type { SqlConnection } from './sql.ts';

/**
 * What a stage keeps in memory during one write transaction, at most: items, and characters of their
 * JSON (written and forgotten beyond). Real articles make large items (a story's sentences and frames):
 * bounded by count alone, one analyze of 1,000 news articles kept 300 MB of them.
 */
const CACHE_LIMIT = 100_000;
const CACHE_CHARS = 8_000_000;

/** Rows written by one statement when the changes are written (parameters of one statement stay few). */
const ROWS_PER_STATEMENT = 300;

/** Strings in the order the store sorts them (byte order of UTF-8: code point order). */
function compare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (code points above U+FFFF) sort after every other code unit.
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/**
 * The items of one stage. During a write transaction (`remember(true)`, see `Store.transaction`) no
 * other process writes, so what the stage reads and writes is kept in memory: reads of an item already
 * read or written cost nothing, and writes are kept and written together, a few hundred rows per
 * statement, before the transaction commits (`flush`) — what a stage reads always includes what it
 * wrote. Outside a transaction every call goes to the database.
 */
export class SqlItems implements ItemStore {
  private readonly q;
  /** Items read or written in the transaction, as stored (JSON text; undefined for none). */
  private cache: Map<string, string | undefined> | undefined;
  /** Characters of the JSON in `cache`. */
  private cachedChars = 0;
  /** Keys of `cache` changed and not written yet. */
  private dirty = new Set<string>();
  /** Keys filed (true) or unfiled (false) under each term, not written yet. */
  private filed = new Map<string, Map<string, boolean>>();
  /**
   * The keys stored under a term, as read in the transaction (the first ones in order; `complete` when
   * they are all of them): the terms changed are laid over them (`filed`) until written.
   */
  private stored = new Map<string, { keys: string[]; complete: boolean }>();

  /** Statements of many rows, prepared once by their text (most batches are of `ROWS_PER_STATEMENT` rows). */
  private readonly batches = new Map<string, ReturnType<SqlConnection['prepare']>>();

  constructor(
    private readonly db: SqlConnection,
    private readonly stage: string,
  ) {
    this.q = {
      get: db.prepare('SELECT data FROM corpus_items WHERE stage = ? AND key = ?').pluck(),
      put: db.prepare(
        'INSERT INTO corpus_items (stage, key, data) VALUES (?, ?, ?) ON CONFLICT(stage, key) DO UPDATE SET data = excluded.data',
      ),
      delete: db.prepare('DELETE FROM corpus_items WHERE stage = ? AND key = ?'),
      scan: db.prepare('SELECT key, data FROM corpus_items WHERE stage = ? AND key >= ? AND key < ? ORDER BY key'),
      file: db.prepare('INSERT INTO corpus_terms (stage, term, key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING'),
      unfile: db.prepare('DELETE FROM corpus_terms WHERE stage = ? AND term = ? AND key = ?'),
      under: db.prepare('SELECT key FROM corpus_terms WHERE stage = ? AND term = ? ORDER BY key LIMIT ?').pluck(),
      underAll: db.prepare('SELECT key FROM corpus_terms WHERE stage = ? AND term = ? ORDER BY key').pluck(),
      clearItems: db.prepare('DELETE FROM corpus_items WHERE stage = ?'),
      clearTerms: db.prepare('DELETE FROM corpus_terms WHERE stage = ?'),
    };
  }

  /**
   * Keeps what is read and written from now on (true), or forgets it and stops (false: what was not
   * written by `flush` is dropped, as the transaction that would have held it is rolled back).
   */
  remember(on: boolean): void {
    this.cache = on ? new Map() : undefined;
    this.cachedChars = 0;
    this.dirty = new Set();
    this.filed = new Map();
    this.stored = new Map();
  }

  /** Writes the changes kept (inside the transaction, before it commits). */
  flush(): void {
    if (this.dirty.size) {
      const puts: [string, string][] = [];
      const deletes: string[] = [];
      for (const key of this.dirty) {
        const data = this.cache!.get(key);
        if (data === undefined) deletes.push(key);
        else puts.push([key, data]);
      }
      this.dirty = new Set();
      for (let i = 0; i < puts.length; i += ROWS_PER_STATEMENT) {
        const rows = puts.slice(i, i + ROWS_PER_STATEMENT);
        this.batch(
          `INSERT INTO corpus_items (stage, key, data) VALUES ${rows.map(() => '(?, ?, ?)').join(', ')}
             ON CONFLICT(stage, key) DO UPDATE SET data = excluded.data`,
        ).run(...rows.flatMap(([key, data]) => [this.stage, key, data]));
      }
      for (let i = 0; i < deletes.length; i += ROWS_PER_STATEMENT) {
        const keys = deletes.slice(i, i + ROWS_PER_STATEMENT);
        this.batch(`DELETE FROM corpus_items WHERE stage = ? AND key IN (${keys.map(() => '?').join(', ')})`).run(
          this.stage,
          ...keys,
        );
      }
    }
    if (this.filed.size) {
      this.stored = new Map();
      const add: [string, string][] = [];
      const remove: [string, string][] = [];
      for (const [term, keys] of this.filed) for (const [key, on] of keys) (on ? add : remove).push([term, key]);
      this.filed = new Map();
      for (let i = 0; i < add.length; i += ROWS_PER_STATEMENT) {
        const rows = add.slice(i, i + ROWS_PER_STATEMENT);
        this.batch(
          `INSERT INTO corpus_terms (stage, term, key) VALUES ${rows.map(() => '(?, ?, ?)').join(', ')} ON CONFLICT DO NOTHING`,
        ).run(...rows.flatMap(([term, key]) => [this.stage, term, key]));
      }
      for (let i = 0; i < remove.length; i += ROWS_PER_STATEMENT) {
        const rows = remove.slice(i, i + ROWS_PER_STATEMENT);
        this.batch(
          `DELETE FROM corpus_terms WHERE stage = ? AND (term, key) IN (VALUES ${rows.map(() => '(?, ?)').join(', ')})`,
        ).run(this.stage, ...rows.flat());
      }
    }
  }

  /** A statement of many rows, prepared at its first use. */
  private batch(sql: string): ReturnType<SqlConnection['prepare']> {
    let statement = this.batches.get(sql);
    if (!statement) this.batches.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  /** Keeps an item read or written, writing and forgetting what is kept past `CACHE_LIMIT` or `CACHE_CHARS`. */
  private keep(key: string, data: string | undefined, changed: boolean): void {
    const cache = this.cache!;
    const before = cache.get(key);
    if (
      (cache.size >= CACHE_LIMIT && before === undefined && !cache.has(key)) ||
      this.cachedChars + (data?.length ?? 0) - (before?.length ?? 0) > CACHE_CHARS
    ) {
      // What was changed is written; then the items used longest ago are forgotten, down to half the
      // bounds: a stage's working set stays (forgetting all made it read again what it was using).
      this.flush();
      for (const [k, v] of cache) {
        if (this.cachedChars <= CACHE_CHARS / 2 && cache.size <= CACHE_LIMIT / 2) break;
        cache.delete(k);
        this.cachedChars -= v?.length ?? 0;
      }
    }
    this.cachedChars += (data?.length ?? 0) - (cache.get(key)?.length ?? 0);
    // Kept last in the map's order: the map's order is that of last use.
    cache.delete(key);
    cache.set(key, data);
    if (changed) this.dirty.add(key);
  }

  get<T>(key: string): T | undefined {
    let data: string | undefined;
    if (this.cache?.has(key)) {
      data = this.cache.get(key);
      // Used again: last in the order of use.
      this.cache.delete(key);
      this.cache.set(key, data);
    } else {
      data = this.q.get.get(this.stage, key) as string | undefined;
      if (this.cache) this.keep(key, data, false);
    }
    return data === undefined ? undefined : (JSON.parse(data) as T);
  }

  getMany<T>(keys: readonly string[]): Map<string, T> {
    const out = new Map<string, T>();
    for (const key of keys) {
      const value = this.get<T>(key);
      if (value !== undefined) out.set(key, value);
    }
    return out;
  }

  put(key: string, value: unknown): void {
    const data = JSON.stringify(value);
    if (this.cache) this.keep(key, data, true);
    else this.q.put.run(this.stage, key, data);
  }

  delete(key: string): void {
    if (this.cache) this.keep(key, undefined, true);
    else this.q.delete.run(this.stage, key);
  }

  *scan<T>(prefix: string): Iterable<[string, T]> {
    const end = `${prefix}\uffff`;
    if (!this.dirty.size) {
      // Row by row: a row's text is let go once it is parsed (a large scan holds each once, not all). No
      // write may come while the rows are read (the connection is busy): callers take them all first.
      for (const row of this.q.scan.iterate(this.stage, prefix, end) as Iterable<{ key: string; data: string }>)
        yield [row.key, JSON.parse(row.data) as T];
      return;
    }
    const rows = this.q.scan.all(this.stage, prefix, end) as { key: string; data: string }[];
    // What is stored, with the changes not written yet laid over it.
    const merged = new Map(rows.map((r) => [r.key, r.data] as [string, string | undefined]));
    for (const key of this.dirty)
      if (key.startsWith(prefix) && compare(key, end) < 0) merged.set(key, this.cache!.get(key));
    const keys = [...merged.keys()].sort(compare);
    for (const key of keys) {
      const data = merged.get(key);
      if (data !== undefined) yield [key, JSON.parse(data) as T];
    }
  }

  file(term: string, key: string): void {
    if (!this.cache) return void this.q.file.run(this.stage, term, key);
    let keys = this.filed.get(term);
    if (!keys) this.filed.set(term, (keys = new Map()));
    keys.set(key, true);
  }

  unfile(term: string, key: string): void {
    if (!this.cache) return void this.q.unfile.run(this.stage, term, key);
    let keys = this.filed.get(term);
    if (!keys) this.filed.set(term, (keys = new Map()));
    keys.set(key, false);
  }

  /** The first `n` keys stored under a term (all with n = Infinity), read once per transaction. */
  private storedUnder(term: string, n: number): string[] {
    if (!this.cache)
      return (
        Number.isFinite(n) ? this.q.under.all(this.stage, term, n) : this.q.underAll.all(this.stage, term)
      ) as string[];
    const known = this.stored.get(term);
    if (known && (known.complete || known.keys.length >= n))
      return known.complete ? known.keys : known.keys.slice(0, n);
    const keys = (
      Number.isFinite(n) ? this.q.under.all(this.stage, term, n) : this.q.underAll.all(this.stage, term)
    ) as string[];
    this.stored.set(term, { keys, complete: !Number.isFinite(n) || keys.length < n });
    return keys;
  }

  keysUnder(term: string, limit = -1): string[] {
    const bounded = limit >= 0 && Number.isFinite(limit);
    const pending = this.filed.get(term);
    if (!pending?.size) {
      const keys = this.storedUnder(term, bounded ? limit : Infinity);
      return bounded ? keys.slice(0, limit) : [...keys];
    }
    // What is stored (enough of it to fill `limit` after the keys unfiled), with the changes laid over it.
    let unfiled = 0;
    for (const on of pending.values()) if (!on) unfiled++;
    const stored = this.storedUnder(term, bounded ? limit + unfiled : Infinity);
    const keys = new Set(stored);
    for (const [key, on] of pending) {
      if (on) keys.add(key);
      else keys.delete(key);
    }
    const sorted = [...keys].sort(compare);
    return bounded ? sorted.slice(0, limit) : sorted;
  }

  clear(): void {
    if (this.cache) this.remember(true);
    this.stored = new Map();
    this.q.clearItems.run(this.stage);
    this.q.clearTerms.run(this.stage);
  }
}
