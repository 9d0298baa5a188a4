/**
 * The clustering tables (migration 4): the store's side of the incremental clustering. It implements
 * the `ClusterStore` port of src/corpus (signatures, LSH bands, document frequencies, postings,
 * events, pairs, groups) with the caches one run needs, and reads what was stored back. Queries only:
 * the clustering itself is in src/corpus/events.
 */
import type { Article } from '../article/types.ts';
import type { CopyPair, Signature } from '../corpus/copies/index.ts';
import type { EventRecord, IndexedArticle, NewArticle, Posting } from '../corpus/events/update.ts';
import type { ClusterStore, EventRow as StoredEvent } from '../corpus/port.ts';
import type { Dialect, SqlConnection, SqlStatement } from './sql.ts';

/** Events kept in memory between steps: the recent ones are those new articles join. */
const EVENT_CACHE = 2000;
/** Clustered articles kept in memory (a store's recent ones; forgotten all at once beyond). */
const ARTICLE_CACHE = 50_000;

interface EventRow {
  id: number;
  storyline: number;
  size: number;
  first_day: number | null;
  last_day: number | null;
  title: string;
  title_article: string;
  centroid: string;
  checked: number;
}

/** The port over SQLite, with the caches one run needs (document frequencies, events). */
export class SqlClusterIndex implements ClusterStore {
  private readonly df = new Map<string, number>();
  /** Terms whose count changed since the last flush. */
  private readonly pending = new Set<string>();
  /** Events read or written lately, most recent last (a bounded cache: see `EVENT_CACHE`). */
  private readonly cached = new Map<number, EventRecord>();
  /** Cached events changed since the last flush: written once per batch, not once per article. */
  private readonly dirty = new Set<number>();
  private count: number;
  private readonly q;
  /** Articles whose event, storyline or group changed (see `takeMoved`). */
  private moved = new Set<string>();
  /** Clustered articles read (undefined: not clustered), kept in step with the moves made here. */
  private readonly articles = new Map<string, IndexedArticle | undefined>();
  private readonly postgres: boolean;
  /** Each term's newest postings, all terms at once (Postgres). */
  private readonly postingsOfTerms: SqlStatement | undefined;

  constructor(
    private readonly db: SqlConnection,
    dialect: Dialect,
    readonly getArticle: (id: string) => Article,
  ) {
    // Every new article reads and writes postings, band keys and term counts scattered over their
    // B-trees: a page cache of 256 MB (SQLite's default is 2 MB) holds them for a store of 100,000
    // articles. (Postgres keeps its own shared cache.)
    if (dialect.name === 'sqlite') db.exec('PRAGMA cache_size = -262144');
    this.postgres = dialect.name === 'postgres';
    this.postingsOfTerms = this.postgres
      ? db.prepare(
          `SELECT t.term, x.article, x.event, x.weight, x.norm
             FROM unnest(?::text[]) WITH ORDINALITY AS t(term, i)
            CROSS JOIN LATERAL (
              SELECT a.article_id AS article, a.event_id AS event, p.weight, a.norm, p.seq
                FROM cluster_postings p JOIN cluster_articles a ON a.seq = p.seq
               WHERE p.term = t.term ORDER BY p.seq DESC LIMIT ?) x
            ORDER BY t.i, x.seq DESC`,
        )
      : undefined;
    this.q = {
      meta: db.prepare('SELECT value FROM cluster_meta WHERE key = ?').pluck(),
      setMeta: db.prepare(
        'INSERT INTO cluster_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ),
      df: db.prepare('SELECT df FROM cluster_terms WHERE term = ?').pluck(),
      setTerm: db.prepare(
        'INSERT INTO cluster_terms (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = excluded.df',
      ),
      postings: db.prepare(
        `SELECT a.article_id AS article, a.event_id AS event, p.weight, a.norm
           FROM cluster_postings p JOIN cluster_articles a ON a.seq = p.seq
          WHERE p.term = ? ORDER BY p.seq DESC LIMIT ?`,
      ),
      // The articles under any of an article's band keys (a JSON list), in one query: key, then arrival.
      bands: db.prepare(
        // The article of each band row looked up by its key (a join may hash the whole table instead).
        `SELECT b.key, (SELECT a.article_id FROM cluster_articles a WHERE a.seq = b.seq) AS article_id
           FROM cluster_bands b
          WHERE ${dialect.name === 'postgres' ? 'b.key = ANY(?::bigint[])' : 'b.key IN (SELECT value FROM json_each(?))'}
          ORDER BY b.key, b.seq`,
      ),
      signature: db.prepare('SELECT signature, shingles FROM cluster_articles WHERE article_id = ?'),
      article: db.prepare(
        'SELECT article_id AS id, seq, published, event_id AS event FROM cluster_articles WHERE article_id = ?',
      ),
      sentences: db.prepare(
        `SELECT text, ${dialect.jsonField('annotations', 'sentences')} AS sentences FROM articles WHERE id = ?`,
      ),
      event: db.prepare('SELECT * FROM cluster_events WHERE id = ?'),
      createEvent: db.prepare(
        `INSERT INTO cluster_events (storyline, size, first_day, last_day, title, title_article, centroid, checked)
         VALUES (0, @size, @firstDay, @lastDay, @title, @titleArticle, @centroid, @checked)`,
      ),
      saveEvent: db.prepare(
        `UPDATE cluster_events SET storyline = @storyline, size = @size, first_day = @firstDay, last_day = @lastDay,
           title = @title, title_article = @titleArticle, centroid = @centroid, checked = @checked WHERE id = @id`,
      ),
      deleteEvent: db.prepare('DELETE FROM cluster_events WHERE id = ?'),
      addArticle: db.prepare(
        `INSERT INTO cluster_articles (article_id, published, event_id, group_id, norm, shingles, signature)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      members: db.prepare('SELECT article_id FROM cluster_articles WHERE event_id = ? ORDER BY seq').pluck(),
      moveArticle: db.prepare('UPDATE cluster_articles SET event_id = ? WHERE article_id = ?'),
      moveEvent: db.prepare('UPDATE cluster_articles SET event_id = ? WHERE event_id = ?'),
      addBand: db.prepare('INSERT INTO cluster_bands (key, seq) VALUES (?, ?) ON CONFLICT DO NOTHING'),
      addPosting: db.prepare(
        'INSERT INTO cluster_postings (term, seq, weight) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      addPair: db.prepare(
        `INSERT INTO cluster_pairs (source, derived, kind, similarity) VALUES (?, ?, ?, ?)
         ON CONFLICT (source, derived) DO UPDATE SET kind = excluded.kind, similarity = excluded.similarity`,
      ),
      group: db.prepare('SELECT group_id FROM cluster_articles WHERE article_id = ?').pluck(),
      moveGroup: db.prepare('UPDATE cluster_articles SET group_id = ? WHERE group_id = ?'),
      moveStoryline: db.prepare('UPDATE cluster_events SET storyline = ? WHERE storyline = ?'),
      // In the order SQLite's indexes give them, said, so that every engine gives the same.
      ofGroup: db.prepare('SELECT article_id FROM cluster_articles WHERE group_id = ? ORDER BY seq').pluck(),
      ofStoryline: db
        .prepare(
          `SELECT a.article_id FROM cluster_articles a JOIN cluster_events e ON e.id = a.event_id
            WHERE e.storyline = ? ORDER BY a.event_id, a.seq`,
        )
        .pluck(),
      place: db.prepare(
        `SELECT e.storyline, a.event_id AS event, a.group_id AS "group", (SELECT count(*) FROM cluster_articles g WHERE g.group_id = a.group_id) AS size,
                o.outlet FROM cluster_articles a JOIN cluster_events e ON e.id = a.event_id
                LEFT JOIN articles o ON o.id = a.group_id WHERE a.article_id = ?`,
      ),
    };
    this.count = (this.q.meta.get('articles') as number | undefined) ?? 0;
  }

  articleCount(): number {
    return this.count;
  }

  documentFrequency(term: string): number {
    let value = this.df.get(term);
    if (value === undefined) {
      value = (this.q.df.get(term) as number | undefined) ?? 0;
      this.df.set(term, value);
    }
    return value;
  }

  countArticle(terms: Iterable<string>): void {
    for (const term of terms) {
      const df = this.documentFrequency(term) + 1;
      this.df.set(term, df);
      this.pending.add(term);
    }
    this.count++;
  }

  /** Writes the counts kept in memory since the last flush (one write per term, not per article). */
  flush(): void {
    for (const id of this.dirty) this.writeEvent(this.cached.get(id)!);
    this.dirty.clear();
    for (const term of this.pending) this.q.setTerm.run(term, this.df.get(term)!);
    this.pending.clear();
    this.q.setMeta.run('articles', this.count);
  }

  postings(term: string, limit: number): Posting[] {
    return this.q.postings.all(term, limit) as Posting[];
  }

  /** On Postgres one query for all the terms (each term's newest, by a lateral look-up); on SQLite a look-up each. */
  postingsOf(terms: readonly string[], limit: number): Map<string, Posting[]> {
    const out = new Map<string, Posting[]>(terms.map((t) => [t, []]));
    if (!this.postingsOfTerms) {
      for (const term of terms) out.set(term, this.postings(term, limit));
      return out;
    }
    if (!terms.length) return out;
    const array = `{${[...new Set(terms)].map((t) => `"${t.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
    for (const row of this.postingsOfTerms.all(array, limit) as (Posting & { term: string })[])
      out.get(row.term)?.push({ article: row.article, event: row.event, weight: row.weight, norm: row.norm });
    return out;
  }

  bandMatches(keys: readonly number[]): string[] {
    if (!keys.length) return [];
    const byKey = new Map<number, string[]>();
    const param = this.postgres ? `{${keys.join(',')}}` : JSON.stringify(keys);
    for (const row of this.q.bands.all(param) as { key: number; article_id: string | null }[]) {
      if (row.article_id === null) continue;
      const list = byKey.get(row.key);
      if (list) list.push(row.article_id);
      else byKey.set(row.key, [row.article_id]);
    }
    const found = new Set<string>();
    for (const key of keys) for (const id of byKey.get(key) ?? []) found.add(id);
    return [...found];
  }

  signature(article: string): Signature | undefined {
    const row = this.q.signature.get(article) as { signature: Buffer; shingles: number } | undefined;
    if (!row) return undefined;
    const bytes = Uint8Array.from(row.signature);
    return { values: new Uint32Array(bytes.buffer), shingles: row.shingles };
  }

  article(id: string): IndexedArticle | undefined {
    if (this.articles.has(id)) return this.articles.get(id);
    const row = this.q.article.get(id) as (IndexedArticle & { published: string | null }) | undefined;
    const article = row
      ? { id: row.id, seq: row.seq, event: row.event, ...(row.published ? { published: row.published } : {}) }
      : undefined;
    if (this.articles.size >= ARTICLE_CACHE) this.articles.clear();
    this.articles.set(id, article);
    return article;
  }

  sentences(article: string): { text: string; sentences: { start: number; end: number }[] } | undefined {
    const row = this.q.sentences.get(article) as { text: string; sentences: string | null } | undefined;
    return row ? { text: row.text, sentences: row.sentences ? JSON.parse(row.sentences) : [] } : undefined;
  }

  event(id: number): EventRecord | undefined {
    const cached = this.cached.get(id);
    if (cached) return cached;
    const row = this.q.event.get(id) as EventRow | undefined;
    if (!row) return undefined;
    const event = toEvent(row);
    this.remember(event);
    return event;
  }

  /** Caches an event, forgetting the least recently used beyond `EVENT_CACHE` (written first if changed). */
  private remember(event: EventRecord): void {
    this.cached.delete(event.id);
    this.cached.set(event.id, event);
    if (this.cached.size <= EVENT_CACHE) return;
    const oldest = this.cached.values().next().value!;
    if (this.dirty.delete(oldest.id)) this.writeEvent(oldest);
    this.cached.delete(oldest.id);
  }

  private writeEvent(event: EventRecord): void {
    this.q.saveEvent.run({ ...eventParams(event), id: event.id, storyline: event.storyline });
  }

  createEvent(event: Omit<EventRecord, 'id' | 'storyline'> & { storyline?: number }): EventRecord {
    const info = this.q.createEvent.run(eventParams(event));
    const id = Number(info.lastInsertRowid);
    const created: EventRecord = { ...event, id, storyline: event.storyline ?? id };
    this.saveEvent(created);
    return created;
  }

  deleteEvent(id: number): void {
    this.q.deleteEvent.run(id);
    this.cached.delete(id);
    this.dirty.delete(id);
  }

  members(event: number): string[] {
    return this.q.members.all(event) as string[];
  }

  placeOf(
    article: string,
  ): { storyline: number; event: number; group: string; groupSize: number; groupOutlet?: string } | undefined {
    const row = this.q.place.get(article) as
      { storyline: number; event: number; group: string; size: number; outlet: string | null } | undefined;
    if (!row) return undefined;
    return {
      storyline: row.storyline,
      event: row.event,
      group: row.group,
      groupSize: row.size,
      ...(row.outlet ? { groupOutlet: row.outlet } : {}),
    };
  }

  takeMoved(): string[] {
    const out = [...this.moved];
    this.moved = new Set();
    return out;
  }

  clustered(article: string): boolean {
    return this.article(article) !== undefined;
  }

  events(only?: readonly number[]): { events: StoredEvent[]; members: Map<number, string[]> } {
    const rows = this.db
      .prepare('SELECT id, storyline, size, first_day, last_day, title FROM cluster_events ORDER BY id')
      .all() as Omit<EventRow, 'centroid' | 'title_article' | 'checked'>[];
    const members = new Map<number, string[]>();
    // The articles of some events only: their ids are numbers, written into the query as such.
    const where = only ? `WHERE c.event_id IN (${only.map((id) => Math.trunc(Number(id))).join(',') || 'NULL'})` : '';
    const articleRows = this.db
      .prepare(
        `SELECT c.event_id, c.article_id FROM cluster_articles c JOIN articles a ON a.id = c.article_id ${where}
          ORDER BY coalesce(substr(a.published, 1, 10), '9999'), c.seq`,
      )
      .all() as { event_id: number; article_id: string }[];
    for (const r of articleRows) {
      const list = members.get(r.event_id);
      if (list) list.push(r.article_id);
      else members.set(r.event_id, [r.article_id]);
    }
    return {
      events: rows.map((r) => ({
        id: r.id,
        storyline: r.storyline,
        size: r.size,
        title: r.title,
        ...(r.first_day !== null ? { firstDay: r.first_day } : {}),
        ...(r.last_day !== null ? { lastDay: r.last_day } : {}),
      })),
      members,
    };
  }

  eventOfArticles(): Map<string, number> {
    const rows = this.db.prepare('SELECT article_id, event_id FROM cluster_articles').all() as {
      article_id: string;
      event_id: number;
    }[];
    return new Map(rows.map((r) => [r.article_id, r.event_id]));
  }

  pairs(): CopyPair[] {
    const rows = this.db
      .prepare('SELECT source, derived, kind, similarity FROM cluster_pairs ORDER BY similarity DESC, source, derived')
      .all() as { source: string; derived: string; kind: CopyPair['kind']; similarity: number }[];
    return rows.map((r) => ({ articles: [r.source, r.derived], kind: r.kind, similarity: r.similarity }));
  }

  groups(): { article: string; group: string; outlet?: string }[] {
    const rows = this.db
      .prepare(
        `SELECT c.article_id, c.group_id, o.outlet FROM cluster_articles c LEFT JOIN articles o ON o.id = c.group_id
          ORDER BY c.group_id, c.seq`,
      )
      .all() as { article_id: string; group_id: string; outlet: string | null }[];
    return rows.map((r) => ({ article: r.article_id, group: r.group_id, ...(r.outlet ? { outlet: r.outlet } : {}) }));
  }

  moveEvent(from: number, to: number): void {
    // The articles of the event merged change event: the stages after this one file them again.
    for (const id of this.q.members.all(from) as string[]) this.moved.add(id);
    this.q.moveEvent.run(to, from);
    for (const a of this.articles.values()) if (a?.event === from) a.event = to;
  }

  moveArticles(articles: readonly string[], event: number): void {
    for (const id of articles) {
      const was = this.article(id)?.event;
      if (was !== event) this.moved.add(id);
      this.q.moveArticle.run(event, id);
      const known = this.articles.get(id);
      if (known) known.event = event;
    }
  }

  /** Keeps the event's changes; they are written at the next flush (or when it leaves the cache). */
  saveEvent(event: EventRecord): void {
    this.remember(event);
    this.dirty.add(event.id);
  }

  addArticle(article: NewArticle): void {
    const sig = article.signature.values;
    const info = this.q.addArticle.run(
      article.id,
      article.published ?? null,
      article.event,
      article.id,
      article.norm,
      article.signature.shingles,
      Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength),
    );
    const seq = Number(info.lastInsertRowid);
    this.articles.delete(article.id);
    for (const key of article.bands) this.q.addBand.run(key, seq);
    for (const [term, weight] of article.postings) this.q.addPosting.run(term, seq, weight);
  }

  addPair(pair: CopyPair): void {
    this.q.addPair.run(pair.articles[0], pair.articles[1], pair.kind, pair.similarity);
  }

  joinGroups(source: string, derived: string): void {
    const keep = this.q.group.get(source) as string | undefined;
    const drop = this.q.group.get(derived) as string | undefined;
    // The group keeps the name of the source's group: the original that a copy chain starts from.
    // Only the articles of the group that joins count for another source now: those of the group that
    // stays count for its original's outlet as before (an original alone counts for its own outlet).
    if (keep && drop && keep !== drop) {
      for (const id of this.q.ofGroup.all(drop) as string[]) this.moved.add(id);
      this.q.moveGroup.run(keep, drop);
    }
  }

  joinStorylines(a: number, b: number): number {
    if (a === b) return a;
    const [keep, drop] = a < b ? [a, b] : [b, a];
    for (const id of this.q.ofStoryline.all(drop) as string[]) this.moved.add(id);
    this.q.moveStoryline.run(keep, drop);
    for (const event of this.cached.values()) if (event.storyline === drop) event.storyline = keep;
    return keep;
  }
}

function toEvent(row: EventRow): EventRecord {
  return {
    id: row.id,
    storyline: row.storyline,
    size: row.size,
    centroid: new Map(JSON.parse(row.centroid) as [string, number][]),
    ...(row.first_day !== null ? { firstDay: row.first_day } : {}),
    ...(row.last_day !== null ? { lastDay: row.last_day } : {}),
    title: row.title,
    titleArticle: row.title_article,
    checked: row.checked,
  };
}

function eventParams(event: Omit<EventRecord, 'id' | 'storyline'>) {
  return {
    size: event.size,
    firstDay: event.firstDay ?? null,
    lastDay: event.lastDay ?? null,
    title: event.title,
    titleArticle: event.titleArticle,
    centroid: JSON.stringify([...event.centroid].map(([t, w]) => [t, Math.round(w * 1e4) / 1e4])),
    checked: event.checked,
  };
}

/** The clustering's tables, emptied to cluster every article anew; ids start again from 1 as in a new store. */
export function clearClusterIndex(db: SqlConnection, dialect: Dialect): void {
  const tables = [
    'cluster_pairs',
    'cluster_postings',
    'cluster_bands',
    'cluster_terms',
    'cluster_meta',
    'cluster_articles',
    'cluster_events',
  ];
  if (dialect.name === 'postgres') db.exec(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY`);
  else {
    for (const t of tables) db.exec(`DELETE FROM ${t}`);
    db.exec(`DELETE FROM sqlite_sequence WHERE name IN ('cluster_articles', 'cluster_events')`);
  }
}
