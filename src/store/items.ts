/** The items the corpus stages keep (`ItemStore` of src/corpus/items.ts), in SQL: one namespace per stage. */
import type { ItemStore } from '../corpus/items.ts';
import type { SqlConnection } from './sql.ts';

/** The items of one stage. */
export class SqlItems implements ItemStore {
  private readonly q;

  constructor(
    db: SqlConnection,
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

  get<T>(key: string): T | undefined {
    const data = this.q.get.get(this.stage, key) as string | undefined;
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
    this.q.put.run(this.stage, key, JSON.stringify(value));
  }

  delete(key: string): void {
    this.q.delete.run(this.stage, key);
  }

  *scan<T>(prefix: string): Iterable<[string, T]> {
    for (const row of this.q.scan.iterate(this.stage, prefix, `${prefix}\uffff`) as Iterable<{
      key: string;
      data: string;
    }>)
      yield [row.key, JSON.parse(row.data) as T];
  }

  file(term: string, key: string): void {
    this.q.file.run(this.stage, term, key);
  }

  unfile(term: string, key: string): void {
    this.q.unfile.run(this.stage, term, key);
  }

  keysUnder(term: string, limit = -1): string[] {
    return (
      limit >= 0 && Number.isFinite(limit)
        ? this.q.under.all(this.stage, term, limit)
        : this.q.underAll.all(this.stage, term)
    ) as string[];
  }

  clear(): void {
    this.q.clearItems.run(this.stage);
    this.q.clearTerms.run(this.stage);
  }
}
