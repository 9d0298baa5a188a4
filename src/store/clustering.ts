/**
 * The clustering tables (migration 4): the SQLite side of the incremental clustering. It implements
 * the `ClusterIndex` port of src/corpus/events (signatures, LSH bands, document frequencies,
 * postings, events, pairs, groups), runs the step for new articles, and reads the results back.
 */
import type Database from 'better-sqlite3';
import type { Entity } from '../corpus/aliases/index.ts';
import type { CopyPair, Signature } from '../corpus/copies/index.ts';
import {
  aliasIndex,
  clusterArticle,
  clusterInput,
  EVENT_DEFAULTS,
  isoDay,
  orderStoryline,
  type ClusterIndex,
  type EventOptions,
  type ClusterInput,
  type EventRecord,
  type IndexedArticle,
  type NewArticle,
  type Posting,
} from '../corpus/events/index.ts';
import { NotFoundError } from '../errors.ts';
import type { Store } from './index.ts';

/** Events kept in memory between steps: the recent ones are those new articles join. */
const EVENT_CACHE = 2000;

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
export class SqliteClusterIndex implements ClusterIndex {
  private readonly df = new Map<string, number>();
  /** Terms whose count changed since the last flush. */
  private readonly pending = new Set<string>();
  /** Events read or written lately, most recent last (a bounded cache: see `EVENT_CACHE`). */
  private readonly events = new Map<number, EventRecord>();
  /** Cached events changed since the last flush: written once per batch, not once per article. */
  private readonly dirty = new Set<number>();
  private count: number;
  private readonly q;

  /** The name keys of the entities of the articles being clustered (see `aliasIndex`). */
  aliases: ReadonlyMap<string, string> | undefined;

  constructor(private readonly store: Store) {
    const db = store.db;
    // Every new article reads and writes postings, band keys and term counts scattered over their
    // B-trees: a page cache of 256 MB (the default is 2 MB) holds them for a store of 100,000 articles.
    db.pragma('cache_size = -262144');
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
      band: db
        .prepare('SELECT a.article_id FROM cluster_bands b JOIN cluster_articles a ON a.seq = b.seq WHERE b.key = ?')
        .pluck(),
      signature: db.prepare('SELECT signature, shingles FROM cluster_articles WHERE article_id = ?'),
      article: db.prepare(
        'SELECT article_id AS id, seq, published, event_id AS event FROM cluster_articles WHERE article_id = ?',
      ),
      sentences: db.prepare(
        "SELECT text, json_extract(annotations, '$.sentences') AS sentences FROM articles WHERE id = ?",
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
      addBand: db.prepare('INSERT OR IGNORE INTO cluster_bands (key, seq) VALUES (?, ?)'),
      addPosting: db.prepare('INSERT OR IGNORE INTO cluster_postings (term, seq, weight) VALUES (?, ?, ?)'),
      addPair: db.prepare(
        'INSERT OR REPLACE INTO cluster_pairs (source, derived, kind, similarity) VALUES (?, ?, ?, ?)',
      ),
      group: db.prepare('SELECT group_id FROM cluster_articles WHERE article_id = ?').pluck(),
      moveGroup: db.prepare('UPDATE cluster_articles SET group_id = ? WHERE group_id = ?'),
      moveStoryline: db.prepare('UPDATE cluster_events SET storyline = ? WHERE storyline = ?'),
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
    for (const id of this.dirty) this.writeEvent(this.events.get(id)!);
    this.dirty.clear();
    for (const term of this.pending) this.q.setTerm.run(term, this.df.get(term)!);
    this.pending.clear();
    this.q.setMeta.run('articles', this.count);
  }

  postings(term: string, limit: number): Posting[] {
    return this.q.postings.all(term, limit) as Posting[];
  }

  bandMatches(keys: readonly number[]): string[] {
    const found = new Set<string>();
    for (const key of keys) for (const id of this.q.band.all(key) as string[]) found.add(id);
    return [...found];
  }

  signature(article: string): Signature | undefined {
    const row = this.q.signature.get(article) as { signature: Buffer; shingles: number } | undefined;
    if (!row) return undefined;
    const bytes = Uint8Array.from(row.signature);
    return { values: new Uint32Array(bytes.buffer), shingles: row.shingles };
  }

  article(id: string): IndexedArticle | undefined {
    const row = this.q.article.get(id) as (IndexedArticle & { published: string | null }) | undefined;
    if (!row) return undefined;
    return { id: row.id, seq: row.seq, event: row.event, ...(row.published ? { published: row.published } : {}) };
  }

  sentences(article: string): { text: string; sentences: { start: number; end: number }[] } | undefined {
    const row = this.q.sentences.get(article) as { text: string; sentences: string | null } | undefined;
    return row ? { text: row.text, sentences: row.sentences ? JSON.parse(row.sentences) : [] } : undefined;
  }

  event(id: number): EventRecord | undefined {
    const cached = this.events.get(id);
    if (cached) return cached;
    const row = this.q.event.get(id) as EventRow | undefined;
    if (!row) return undefined;
    const event = toEvent(row);
    this.remember(event);
    return event;
  }

  /** Caches an event, forgetting the least recently used beyond `EVENT_CACHE` (written first if changed). */
  private remember(event: EventRecord): void {
    this.events.delete(event.id);
    this.events.set(event.id, event);
    if (this.events.size <= EVENT_CACHE) return;
    const oldest = this.events.values().next().value!;
    if (this.dirty.delete(oldest.id)) this.writeEvent(oldest);
    this.events.delete(oldest.id);
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
    this.events.delete(id);
    this.dirty.delete(id);
  }

  members(event: number): ClusterInput[] {
    return (this.q.members.all(event) as string[]).map((id) => clusterInput(this.store.getArticle(id), this.aliases));
  }

  moveEvent(from: number, to: number): void {
    this.q.moveEvent.run(to, from);
  }

  moveArticles(articles: readonly string[], event: number): void {
    for (const id of articles) this.q.moveArticle.run(event, id);
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
    if (keep && drop && keep !== drop) this.q.moveGroup.run(keep, drop);
  }

  joinStorylines(a: number, b: number): number {
    if (a === b) return a;
    const [keep, drop] = a < b ? [a, b] : [b, a];
    this.q.moveStoryline.run(keep, drop);
    for (const event of this.events.values()) if (event.storyline === drop) event.storyline = keep;
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

/** Options of `updateClustering`. */
export interface UpdateOptions {
  /** The aliases result (`store.corpusResult('aliases')`): one entity key for name variants across articles. */
  aliases?: readonly Entity[];
  events?: EventOptions;
}

/** What an update did. */
export interface ClusteringReport {
  /** Articles clustered now (those already clustered are skipped). */
  clustered: number;
  eventsCreated: number;
  pairs: CopyPair[];
}

/**
 * Clusters the given articles, in the order given, into what is already stored: copies, rewrites,
 * events and storylines. Articles already clustered are skipped, so it is safe to call after every
 * ingest with the ids the ingest reported. One transaction for the whole batch.
 */
export function updateClustering(
  store: Store,
  articleIds: readonly string[],
  options: UpdateOptions = {},
): ClusteringReport {
  const report: ClusteringReport = { clustered: 0, eventsCreated: 0, pairs: [] };
  const clustered = store.db.prepare('SELECT 1 FROM cluster_articles WHERE article_id = ?').pluck();
  const aliases = options.aliases ? aliasIndex(options.aliases, new Set(articleIds)) : undefined;
  const index = indexOf(store);
  index.aliases = aliases;
  try {
    store.db.transaction(() => {
      for (const id of new Set(articleIds)) {
        if (clustered.get(id)) continue;
        const input = clusterInput(store.getArticle(id), aliases);
        const step = clusterArticle(index, input, options.events ?? EVENT_DEFAULTS);
        report.clustered++;
        if (step.created) report.eventsCreated++;
        report.pairs.push(...step.pairs);
      }
      index.flush();
    })();
  } catch (error) {
    // The transaction rolled back: the caches may hold what was not written.
    INDEXES.delete(store.db);
    throw error;
  }
  return report;
}

/** One index (with its caches) per open database, reused by the updates that follow one another. */
const INDEXES = new WeakMap<Database.Database, SqliteClusterIndex>();

/** The index of a store's database, made on first use. */
function indexOf(store: Store): SqliteClusterIndex {
  let index = INDEXES.get(store.db);
  if (!index) INDEXES.set(store.db, (index = new SqliteClusterIndex(store)));
  return index;
}

/** Clusters every stored article not clustered yet, oldest first. */
export function clusterPending(store: Store, options: UpdateOptions = {}): ClusteringReport {
  const ids = store.db
    .prepare('SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM cluster_articles) ORDER BY rowid')
    .pluck()
    .all() as string[];
  return updateClustering(store, ids, options);
}

/** The id an event is shown and exported under. */
export function eventId(id: number): string {
  return `ev_${id}`;
}

/** The id a storyline is shown under. */
export function storylineId(id: number): string {
  return `st_${id}`;
}

/** One event as listed and exported. */
export interface EventSummary {
  id: string;
  storyline: string;
  title: string;
  /** First and last publication day of its dated articles (YYYY-MM-DD). */
  firstDate?: string;
  lastDate?: string;
  /** Its articles, oldest first. */
  articles: string[];
}

/** All events, by storyline (in order of their first event) and in time order within each. */
export function listEvents(store: Store): EventSummary[] {
  const rows = store.db
    .prepare('SELECT id, storyline, size, first_day, last_day, title, title_article FROM cluster_events ORDER BY id')
    .all() as Omit<EventRow, 'centroid'>[];
  const members = new Map<number, string[]>();
  const articleRows = store.db
    .prepare(
      `SELECT c.event_id, c.article_id FROM cluster_articles c JOIN articles a ON a.id = c.article_id
        ORDER BY coalesce(substr(a.published, 1, 10), '9999'), c.seq`,
    )
    .all() as { event_id: number; article_id: string }[];
  for (const r of articleRows) members.set(r.event_id, [...(members.get(r.event_id) ?? []), r.article_id]);
  const byStoryline = new Map<number, EventRow[]>();
  for (const r of rows) byStoryline.set(r.storyline, [...(byStoryline.get(r.storyline) ?? []), r as EventRow]);
  const out: EventSummary[] = [];
  for (const [storyline, events] of byStoryline) {
    const ordered = orderStoryline(
      events.map((e) => ({ ...e, firstDay: e.first_day ?? undefined, lastDay: e.last_day ?? undefined })),
    );
    for (const e of ordered) {
      out.push({
        id: eventId(e.id),
        storyline: storylineId(storyline),
        title: e.title,
        ...(e.firstDay !== undefined ? { firstDate: isoDay(e.firstDay) } : {}),
        ...(e.lastDay !== undefined ? { lastDate: isoDay(e.lastDay) } : {}),
        articles: members.get(e.id) ?? [],
      });
    }
  }
  return out;
}

/** Copies and rewrites, source first, most similar first. */
export function listCopies(store: Store): CopyPair[] {
  const rows = store.db
    .prepare('SELECT source, derived, kind, similarity FROM cluster_pairs ORDER BY similarity DESC, source, derived')
    .all() as { source: string; derived: string; kind: CopyPair['kind']; similarity: number }[];
  return rows.map((r) => ({ articles: [r.source, r.derived], kind: r.kind, similarity: r.similarity }));
}

/**
 * Independence groups with more than one article: articles deriving from one another, named by the
 * source they derive from. A later claim check counts each group as one source.
 */
export function listGroups(store: Store): { id: string; articles: string[] }[] {
  const rows = store.db
    .prepare(
      `SELECT group_id, article_id FROM cluster_articles
        WHERE group_id IN (SELECT group_id FROM cluster_articles GROUP BY group_id HAVING count(*) > 1)
        ORDER BY group_id, seq`,
    )
    .all() as { group_id: string; article_id: string }[];
  const groups = new Map<string, string[]>();
  for (const r of rows) groups.set(r.group_id, [...(groups.get(r.group_id) ?? []), r.article_id]);
  return [...groups].map(([id, articles]) => ({ id, articles }));
}

/** The independence group of each clustered article (its own id when it derives from no other). */
export function groupOf(store: Store): Map<string, string> {
  const rows = store.db.prepare('SELECT article_id, group_id FROM cluster_articles').all() as {
    article_id: string;
    group_id: string;
  }[];
  return new Map(rows.map((r) => [r.article_id, r.group_id]));
}

/**
 * The source group the claim check counts an article under: for an article copied or rewritten from
 * another (or copied from), the outlet of the group's original, so that the copy and its original
 * count once; undefined for the others (the check then counts their outlet).
 */
export function sourceGroupOf(store: Store): (article: string) => string | undefined {
  const groups = new Map<string, string>();
  const rows = store.db
    .prepare(
      `SELECT c.article_id, c.group_id, a.outlet FROM cluster_articles c LEFT JOIN articles a ON a.id = c.group_id
        WHERE c.group_id IN (SELECT group_id FROM cluster_articles GROUP BY group_id HAVING count(*) > 1)`,
    )
    .all() as { article_id: string; group_id: string; outlet: string | null }[];
  for (const r of rows) groups.set(r.article_id, r.outlet ?? r.group_id);
  return (article) => groups.get(article);
}

/** One event by id (`ev_12` or `12`), or the NotFoundError a user can act on. */
export function findEvent(store: Store, ref: string): EventSummary {
  const id = eventId(Number(ref.replace(/^ev_/, '')));
  const event = listEvents(store).find((e) => e.id === id);
  if (!event) throw new NotFoundError(`no event ${ref} (see "triangulate events")`);
  return event;
}
