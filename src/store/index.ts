import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Message } from '../article/message.ts';
import type { Annotations, Article, RawInput } from '../article/types.ts';
import type { Correction } from '../corpus/aliases/resolve.ts';
import type { ItemStore } from '../corpus/items.ts';
import type { ArticleAnnotations, CorpusStore, StageState } from '../corpus/port.ts';
import { NotFoundError, StoreError, storeErrorOf } from '../errors.ts';
import { clearClusterIndex, SqlClusterIndex } from './clustering.ts';
import { SqlItems } from './items.ts';
import { MIGRATIONS } from './migrations.ts';
import { PostgresConnection, redact } from './postgres.ts';
import { isPostgresAddress, POSTGRES, SQLITE, type Dialect, type SqlConnection } from './sql.ts';

export { isPostgresAddress } from './sql.ts';

/** What saving an article did: stored it new, refreshed its analysis, or found it already as it is. */
export type SaveOutcome = 'added' | 'updated' | 'unchanged';

/** One hit of a full-text search. */
export interface SearchHit {
  id: string;
  title?: string;
  outlet?: string;
  published?: string;
  path?: string;
  snippet: string;
}

/** An article without its text: what lists show. */
export interface ArticleSummary {
  id: string;
  path?: string;
  url?: string;
  outlet?: string;
  title?: string;
  published?: string;
  language?: string;
}

interface ArticleRow {
  id: string;
  path: string | null;
  record: number | null;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  published_inferred: number;
  language: string | null;
  byline: string | null;
  text: string;
  annotations: string;
  messages: string;
}

/**
 * Bounds of a search query. The cost of a full-text query grows with its terms (each one's list of
 * articles is read and intersected) and a short prefix ("a*") reads the lists of every word it
 * starts; past these bounds a query is refused with the reason rather than allowed to hold the
 * database for seconds.
 */
export const SEARCH_LIMITS = {
  /** Characters of a query. */
  maxChars: 300,
  /** Words of a query. */
  maxTerms: 12,
  /** Words with a `*`. */
  maxPrefixTerms: 3,
  /** Letters before a `*`. */
  minPrefix: 3,
  /** Other spellings of a name searched with it. */
  maxSpellings: 8,
};

/** Why a search query is refused, or undefined when it is within `SEARCH_LIMITS`. */
export function searchQueryProblem(query: string, limits = SEARCH_LIMITS): string | undefined {
  if (query.length > limits.maxChars)
    return `the query is ${query.length} characters long; at most ${limits.maxChars} are searched`;
  const words = query.match(WORD) ?? [];
  if (words.length > limits.maxTerms)
    return `the query has ${words.length} words; at most ${limits.maxTerms} are searched`;
  const prefixes = words.filter((w) => w.endsWith('*'));
  if (prefixes.length > limits.maxPrefixTerms)
    return `the query has ${prefixes.length} words ending in *; at most ${limits.maxPrefixTerms} are searched`;
  const short = prefixes.find((w) => w.length - 1 < limits.minPrefix);
  if (short) return `"${short}" is too short a prefix: give at least ${limits.minPrefix} letters before *`;
  return undefined;
}

/** Turns a user's words into an FTS5 query that cannot be a syntax error: each word quoted, all required. */
export function ftsQuery(query: string, spellings: readonly string[] = []): string {
  spellings = spellings.slice(0, SEARCH_LIMITS.maxSpellings);
  const words = query.match(WORD) ?? [];
  const all = words.map((w) => (w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`)).join(' ');
  // Other spellings of the name the query is ("Witkoff" also finds "Whitcoff"): any of them, as a phrase.
  const phrases = spellings.map((s) => (s.match(WORD) ?? []).filter((w) => !w.endsWith('*')).join(' ')).filter(Boolean);
  return phrases.length && all
    ? `(${[all, ...new Set(phrases)].map((p, i) => (i ? `"${p}"` : `(${p})`)).join(' OR ')})`
    : all;
}

/**
 * The same query language on Postgres: a tsquery expression (every word, a prefix for "word*"; or any
 * other spelling as a phrase) over the unaccented words, with its parameters.
 */
export function tsQuery(
  query: string,
  spellings: readonly string[] = [],
): { sql: string; params: string[] } | undefined {
  spellings = spellings.slice(0, SEARCH_LIMITS.maxSpellings);
  const words = query.match(WORD) ?? [];
  if (!words.length) return undefined;
  const params: string[] = [];
  const all = words
    .map((w) => {
      if (!w.endsWith('*')) {
        params.push(w);
        return "plainto_tsquery('simple', triangulate_unaccent(?))";
      }
      params.push(w.slice(0, -1).replace(/['’]/g, ' '));
      return "to_tsquery('simple', quote_literal(triangulate_unaccent(?)) || ':*')";
    })
    .join(' && ');
  const phrases = [
    ...new Set(spellings.map((s) => (s.match(WORD) ?? []).filter((w) => !w.endsWith('*')).join(' ')).filter(Boolean)),
  ];
  params.push(...phrases);
  const sql = [`(${all})`, ...phrases.map(() => "phraseto_tsquery('simple', triangulate_unaccent(?))")].join(' || ');
  return { sql: `(${sql})`, params };
}

interface SearchRow {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  path: string | null;
  snippet: string;
}

function toHit(r: SearchRow): SearchHit {
  return {
    id: r.id,
    title: orUndefined(r.title),
    outlet: orUndefined(r.outlet),
    published: orUndefined(r.published),
    path: orUndefined(r.path),
    snippet: r.snippet,
  };
}

/** A word of a search query ("word*" a prefix). */
const WORD = /[\p{L}\p{N}_]+(?:['’][\p{L}]+)?\*?/gu;

function orUndefined<T>(value: T | null): T | undefined {
  return value ?? undefined;
}

/** How long a writer waits for another process's transaction before saying the database is busy. */
const WRITER_WAIT_MS = 60_000;

/** The columns of an article but its raw bytes. */
const ARTICLE_COLUMNS =
  'id, path, record, url, outlet, title, published, published_inferred, language, byline, text, annotations, messages';

/**
 * The store: the only code that speaks SQL. A SQLite file (the embedded default) or a Postgres database
 * (a `postgres://` address), migrations on open, one transaction per article; the adapter of the corpus
 * stages' port (`CorpusStore`) on both engines, written once over `SqlConnection`.
 */
export class Store implements CorpusStore {
  private clusterIndex: SqlClusterIndex | undefined;
  private readonly itemStores = new Map<string, SqlItems>();

  private constructor(
    readonly db: SqlConnection,
    readonly file: string,
    readonly dialect: Dialect = SQLITE,
  ) {}

  /** The SQLite connection itself (backups, pragmas); an error on a Postgres store. */
  get sqlite(): Database.Database {
    if (this.dialect !== SQLITE) throw new StoreError(this.label, 'is a Postgres store, not a SQLite file');
    return this.db as unknown as Database.Database;
  }

  /** How the store is named in messages (a Postgres address without its password). */
  get label(): string {
    return this.dialect === POSTGRES ? redact(this.file) : this.file;
  }

  /**
   * Opens (creating if needed) the database and brings its schema up to date: a SQLite file, or a
   * Postgres database when the address starts with postgres:// (or postgresql://).
   */
  static open(file: string, options: { readonly?: boolean } = {}): Store {
    try {
      return isPostgresAddress(file) ? Store.openPostgres(file, options) : Store.openOrThrow(file, options);
    } catch (error) {
      throw storeErrorOf(isPostgresAddress(file) ? redact(file) : file, error) ?? error;
    }
  }

  private static openPostgres(address: string, options: { readonly?: boolean }): Store {
    const store = new Store(new PostgresConnection(address, options), address, POSTGRES);
    try {
      if (options.readonly) {
        if (store.schemaVersion() < MIGRATIONS[MIGRATIONS.length - 1]!.version)
          throw new StoreError(
            redact(address),
            "its schema is older than this version's: open it once for writing first",
          );
      } else store.migrate();
    } catch (error) {
      store.close();
      throw error;
    }
    return store;
  }

  private static openOrThrow(file: string, options: { readonly?: boolean }): Store {
    if (options.readonly) {
      // A reader (the server): SQLite itself refuses any write on this connection.
      const db = new Database(file, { readonly: true, fileMustExist: true });
      db.pragma('busy_timeout = 5000');
      const store = new Store(db as unknown as SqlConnection, file);
      if (store.schemaVersion() < MIGRATIONS[MIGRATIONS.length - 1]!.version)
        throw new Error(`${file}: its schema is older than this version's: open it once for writing first`);
      return store;
    }
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    if (file !== ':memory:' && existsSync(file) && statSync(file).isDirectory())
      throw new StoreError(file, 'is a directory: give a database file with --db');
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      // A writer waits this long for another to finish its transaction (the corpus stages' longest).
      db.pragma(`busy_timeout = ${WRITER_WAIT_MS}`);
    } catch (error) {
      db.close();
      throw error;
    }
    const store = new Store(db as unknown as SqlConnection, file);
    store.migrate();
    return store;
  }

  /**
   * Applies the migrations not yet applied, in one exclusive transaction with the look at what is
   * applied: a second process opening the same new database waits, then finds them applied.
   */
  private migrate(): void {
    const latest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    const current = () =>
      this.hasTable('schema_migrations')
        ? ((this.db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0)
        : 0;
    if (current() >= latest) return;
    this.db
      .transaction(() => {
        this.db.exec(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
        );
        const applied = new Set(
          (this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
            (r) => r.version,
          ),
        );
        for (const migration of MIGRATIONS) {
          if (applied.has(migration.version)) continue;
          this.db.exec(this.dialect === POSTGRES ? migration.postgres : migration.sql);
          this.db
            .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
            .run(migration.version, migration.name, new Date().toISOString());
        }
      })
      .exclusive();
  }

  private hasTable(name: string): boolean {
    return !!(this.dialect === POSTGRES
      ? this.db.prepare('SELECT to_regclass(?) IS NOT NULL AS found').pluck().get(name) === 't'
      : this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").get(name));
  }

  /** Takes the next store revision (inside the caller's transaction). */
  private nextRevision(): number {
    return (
      this.db.prepare("UPDATE store_meta SET value = value + 1 WHERE key = 'revision' RETURNING value").get() as {
        value: number;
      }
    ).value;
  }

  /** The schema version the database is at. */
  schemaVersion(): number {
    return (this.db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number }).v;
  }

  /**
   * Saves an article with its raw input in one transaction. An article already stored (same id) is
   * not stored twice: its analysis is refreshed if it changed, and the new source path is remembered.
   */
  saveArticle(article: Article, raw: RawInput, inputKey?: string): SaveOutcome {
    const now = new Date().toISOString();
    const annotations = JSON.stringify(article.annotations);
    const messages = JSON.stringify(article.messages);
    // Immediate: the write lock is taken first, so a second writer waits rather than failing at once
    // when its read would have to turn into a write after another process wrote.
    return this.db
      .transaction((): SaveOutcome => {
        // Postgres: saves take turns from here (the revision's row), so that one article read by two
        // workers at once is stored once; the corpus stages may run meanwhile (see `transaction`).
        if (this.dialect === POSTGRES)
          this.db.prepare("SELECT value FROM store_meta WHERE key = 'revision' FOR UPDATE").get();
        const existing = this.db
          .prepare(
            'SELECT annotations, messages, published, path, record, url, outlet, title, byline, text, input_key FROM articles WHERE id = ?',
          )
          .get(article.id) as (SealedFields & { input_key: string | null }) | undefined;
        // The seal of this reading: what it was read from, and the article it made (see `storedFrom`).
        const seal =
          inputKey === undefined
            ? null
            : sealOf(inputKey, {
                path: article.source.path ?? null,
                record: article.source.record ?? null,
                text: article.text,
                url: article.source.url ?? null,
                outlet: article.meta.outlet ?? null,
                title: article.meta.title ?? null,
                byline: article.meta.byline ?? null,
                published: article.meta.published ?? null,
                annotations,
                messages,
              });
        let outcome: SaveOutcome;
        if (!existing) {
          this.db
            .prepare(
              `INSERT INTO articles (id, path, record, url, outlet, title, published, published_inferred, language, byline, text,
               raw, raw_format, raw_encoding, annotations, messages, added_at, analysed_at, revision, input_key)
             VALUES (@id, @path, @record, @url, @outlet, @title, @published, @publishedInferred, @language, @byline, @text,
               @raw, @rawFormat, @rawEncoding, @annotations, @messages, @now, @now, @revision, @seal)`,
            )
            .run({
              id: article.id,
              path: article.source.path ?? null,
              record: article.source.record ?? null,
              url: article.source.url ?? null,
              outlet: article.meta.outlet ?? null,
              title: article.meta.title ?? null,
              published: article.meta.published ?? null,
              publishedInferred: article.meta.publishedInferred ? 1 : 0,
              language: article.meta.language ?? null,
              byline: article.meta.byline ?? null,
              text: article.text,
              raw: Buffer.from(raw.bytes),
              rawFormat: raw.format,
              rawEncoding: raw.encoding,
              annotations,
              messages,
              now,
              revision: this.nextRevision(),
              seal,
            });
          outcome = 'added';
        } else if (
          // The same text read again with another date keeps the date it was stored with, and the dates
          // resolved against it: re-adding either copy must not flip them back and forth.
          existing.published === (article.meta.published ?? null) &&
          (existing.annotations !== annotations || existing.messages !== messages)
        ) {
          this.db
            .prepare(
              'UPDATE articles SET annotations = ?, messages = ?, language = ?, analysed_at = ?, revision = ?, input_key = ? WHERE id = ?',
            )
            // The text and metadata stay the first reading's: no reading made this row whole, none seals it.
            .run(annotations, messages, article.meta.language ?? null, now, this.nextRevision(), null, article.id);
          outcome = 'updated';
        } else {
          outcome = 'unchanged';
          // The same analysis, from the source the article was first stored from, with the same metadata (a
          // store written before keys were kept, or by another program): this reading seals it.
          if (seal && existing.input_key !== seal && seal === sealOf(inputKey!, existing))
            this.db.prepare('UPDATE articles SET input_key = ? WHERE id = ?').run(seal, article.id);
        }
        this.db
          .prepare(
            'INSERT INTO article_sources (article_id, path, record, added_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
          )
          .run(article.id, raw.path, raw.record ?? 0, now);
        return outcome;
      })
      .immediate();
  }

  /**
   * The article stored from this path (and record) whose analysis was last written by a reading as
   * `inputKey` says — the same bytes, read the same way, by the same program (`inputKey` in
   * app/input-key.ts) — and not changed since; else undefined.
   */
  storedFrom(path: string, record: number, inputKey: string): string | undefined {
    // Only an article first stored from this very source (its path and record) can be this reading's.
    const rows = (
      this.db
        .prepare(
          `SELECT id, path, record, text, url, outlet, title, byline, published, annotations, messages, input_key
           FROM articles WHERE path = ? AND input_key IS NOT NULL`,
        )
        .all(path) as (SealedFields & { id: string; input_key: string })[]
    ).filter((r) => (r.record ?? 0) === record);
    // The seal holds the whole row: one that another reading, program or writer changed since does not match.
    return rows.find((r) => r.input_key === sealOf(inputKey, r))?.id;
  }

  /** The date an article is stored with (null when it has none), or undefined when it is not stored. */
  storedDate(id: string): string | null | undefined {
    const row = this.db.prepare('SELECT published FROM articles WHERE id = ?').get(id) as
      { published: string | null } | undefined;
    return row ? row.published : undefined;
  }

  /** One article by id. */
  getArticle(id: string): Article {
    const row = this.db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`).get(id) as
      ArticleRow | undefined;
    if (!row) throw new NotFoundError(`no article with id ${id}`);
    return toArticle(row);
  }

  /** The raw input bytes an article was read from. */
  getRaw(id: string): { bytes: Buffer; format: string; encoding: string } {
    const row = this.db.prepare('SELECT raw, raw_format, raw_encoding FROM articles WHERE id = ?').get(id) as
      { raw: Buffer; raw_format: string; raw_encoding: string } | undefined;
    if (!row) throw new NotFoundError(`no article with id ${id}`);
    return { bytes: row.raw, format: row.raw_format, encoding: row.raw_encoding };
  }

  /** All articles, oldest first. */
  listArticles(): Article[] {
    return this.articles();
  }

  /** Whole articles (without their raw bytes), all or some, in arrival order. */
  articles(ids?: readonly string[]): Article[] {
    if (!ids)
      return (
        this.db
          .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY ${this.dialect.arrival}`)
          .all() as ArticleRow[]
      ).map(toArticle);
    return this.byIds(ids, (chunk) =>
      this.db
        .prepare(
          `SELECT ${this.dialect.arrival} AS _seq, ${ARTICLE_COLUMNS} FROM articles WHERE id IN (${chunk.map(() => '?').join(',')})`,
        )
        .all(...chunk),
    ).map((r) => toArticle(r as unknown as ArticleRow));
  }

  /** Rows read by id in chunks (SQLite limits the parameters of one statement), in arrival order. */
  private byIds(ids: readonly string[], read: (chunk: string[]) => unknown[]): Record<string, unknown>[] {
    const rows: Record<string, unknown>[] = [];
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 500)
      rows.push(...(read(unique.slice(i, i + 500)) as Record<string, unknown>[]));
    return rows.sort((a, b) => (a._seq as number) - (b._seq as number));
  }

  /** How many articles are stored. */
  countArticles(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  /**
   * Full-text search over titles and texts, best matches first. The matched words in `snippet` are
   * between `marks` (default `[` and `]`).
   */
  search(
    query: string,
    limit = 20,
    options: { offset?: number; marks?: [string, string]; spellings?: readonly string[] } = {},
  ): SearchHit[] {
    const [open, close] = options.marks ?? ['[', ']'];
    if (this.dialect === POSTGRES) {
      const q = tsQuery(query, options.spellings);
      if (!q) return [];
      const headline = `StartSel="${open}", StopSel="${close}", MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter="…"`;
      return (
        this.db
          .prepare(
            `SELECT a.id, a.title, a.outlet, a.published, a.path, ts_headline('simple', a.text, q.q, ?) AS snippet
               FROM articles a, (SELECT ${q.sql} AS q) q
              WHERE a.fts @@ q.q ORDER BY ts_rank('{0.1, 0.2, 0.2, 1.0}', a.fts, q.q) DESC, a.seq LIMIT ? OFFSET ?`,
          )
          .all(headline, ...q.params, limit, options.offset ?? 0) as SearchRow[]
      ).map(toHit);
    }
    const match = ftsQuery(query, options.spellings);
    if (!match) return [];
    const rows = this.db
      .prepare(
        `SELECT a.id, a.title, a.outlet, a.published, a.path,
                snippet(articles_fts, 1, ?, ?, '…', 16) AS snippet
           FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
          WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ? OFFSET ?`,
      )
      .all(open, close, match, limit, options.offset ?? 0) as SearchRow[];
    return rows.map(toHit);
  }

  /** True when an article read from this URL (or with it as its address) is stored. */
  knowsUrl(url: string): boolean {
    return !!this.db
      .prepare('SELECT 1 FROM articles WHERE url = ? UNION ALL SELECT 1 FROM article_sources WHERE path = ? LIMIT 1')
      .get(url, url);
  }

  /** How many articles a full-text search matches. */
  countMatches(query: string, spellings?: readonly string[]): number {
    if (this.dialect === POSTGRES) {
      const q = tsQuery(query, spellings);
      if (!q) return 0;
      return this.db
        .prepare(`SELECT count(*) AS n FROM articles WHERE fts @@ (${q.sql})`)
        .pluck()
        .get(...q.params) as number;
    }
    const match = ftsQuery(query, spellings);
    if (!match) return 0;
    return (
      this.db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(match) as { n: number }
    ).n;
  }

  /**
   * What every article is apart from its text, oldest first: the columns stored before the text, so
   * the texts, raw bytes and annotations stay on disk.
   */
  listSummaries(): ArticleSummary[] {
    const rows = this.db
      .prepare(
        `SELECT id, path, url, outlet, title, published, language FROM articles ORDER BY ${this.dialect.arrival}`,
      )
      .all() as Pick<ArticleRow, 'id' | 'path' | 'url' | 'outlet' | 'title' | 'published' | 'language'>[];
    return rows.map((r) =>
      Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)),
    ) as unknown as ArticleSummary[];
  }

  /**
   * Every article with its text and only the annotations named (read with json_extract), oldest
   * first: cheaper than `listArticles` when a reader needs a few annotations of every article.
   */
  listArticlesWith<K extends keyof Annotations>(keys: readonly K[]): Article[] {
    const columns = keys.map((k, i) => `, ${this.dialect.jsonField('annotations', String(k))} AS a${i}`).join('');
    const rows = this.db
      .prepare(
        `SELECT id, path, record, url, outlet, title, published, published_inferred, language, byline, text, messages,
                '{}' AS annotations${columns} FROM articles ORDER BY ${this.dialect.arrival}`,
      )
      .all() as (ArticleRow & Record<string, string | null>)[];
    return rows.map((r) => {
      const article = toArticle(r);
      keys.forEach((k, i) => {
        const value = r[`a${i}`];
        if (value) (article.annotations as Record<string, unknown>)[k] = JSON.parse(value);
      });
      return article;
    });
  }

  /**
   * A number that changes when another connection commits to the database (SQLite's data_version):
   * a cheap test, before each request, of whether anything may have changed.
   */
  dataVersion(): number {
    if (this.dialect === POSTGRES) {
      // Every write of articles, corrections or corpus results moves the revision or a stage's state.
      const [head, stages] = this.resultsRevision().split('|');
      let hash = Number(head);
      for (let i = 0; i < stages!.length; i++) hash = (hash * 31 + stages!.charCodeAt(i)) | 0;
      return hash;
    }
    return this.sqlite.pragma('data_version', { simple: true }) as number;
  }

  /** The store's revision: it grows with every article written and every correction made or undone. */
  revision(): number {
    return (this.db.prepare("SELECT value FROM store_meta WHERE key = 'revision'").get() as { value: number }).value;
  }

  /**
   * What the stored results are of, as one string: the store revision and each corpus stage's. A reader
   * that caches what it derives from the store keys it on this.
   */
  resultsRevision(): string {
    const stages = (
      this.db.prepare('SELECT stage, revision, version FROM corpus_state ORDER BY stage').all() as {
        stage: string;
        revision: number;
        version: number;
      }[]
    )
      .map((s) => `${s.stage}@${s.revision}.${s.version}`)
      .join(',');
    return `${this.revision()}|${stages}`;
  }

  /** The articles written after a revision, in arrival order. */
  articlesSince(revision: number): string[] {
    // Through the index on revision (few rows after a small change), then in arrival order.
    const rows = this.db
      .prepare(
        this.dialect === POSTGRES
          ? 'SELECT seq, id FROM articles WHERE revision > ?'
          : 'SELECT rowid AS seq, id FROM articles INDEXED BY articles_revision WHERE revision > ?',
      )
      .all(revision) as { seq: number; id: string }[];
    return rows.sort((a, b) => a.seq - b.seq).map((r) => r.id);
  }

  /** True when an older version wrote this store and its corpus results were not computed again since. */
  writtenByOlderVersion(): boolean {
    return (
      this.db.prepare("SELECT value FROM store_meta WHERE key = 'older'").pluck().get() === 1 &&
      !this.db.prepare('SELECT 1 FROM corpus_state').get()
    );
  }

  stageState(stage: string): StageState | undefined {
    return this.db.prepare('SELECT revision, version FROM corpus_state WHERE stage = ?').get(stage) as
      StageState | undefined;
  }

  setStageState(stage: string, state: StageState): void {
    this.db
      .prepare(
        'INSERT INTO corpus_state (stage, revision, version) VALUES (?, ?, ?) ON CONFLICT(stage) DO UPDATE SET revision = excluded.revision, version = excluded.version',
      )
      .run(stage, state.revision, state.version);
  }

  /** The items a corpus stage keeps. */
  items(stage: string): ItemStore {
    let items = this.itemStores.get(stage);
    if (!items) {
      this.itemStores.set(stage, (items = new SqlItems(this.db, stage)));
      if (this.writing) items.remember(true);
    }
    return items;
  }

  /** Empties the clustering's index, and forgets what its caches held. */
  resetClusters(): void {
    clearClusterIndex(this.db, this.dialect);
    this.clusterIndex = undefined;
  }

  /** The clustering's index (one per open store, with its caches). */
  clusters(): SqlClusterIndex {
    return (this.clusterIndex ??= new SqlClusterIndex(this.db, this.dialect, (id) => this.getArticle(id)));
  }

  /**
   * Runs the function in one read transaction: everything it reads is of one moment, whatever another
   * connection commits meanwhile (WAL keeps the snapshot).
   */
  snapshot<T>(fn: () => T): T {
    return this.db.transaction(fn).deferred();
  }

  /**
   * Runs the function unless another process holds the lock of that name (then returns undefined): on
   * Postgres a session advisory lock, let go when the function ends or the connection does (a worker
   * killed holds nothing). On SQLite writers take turns anyway: the function runs.
   */
  exclusively<T>(name: string, fn: () => T): T | undefined {
    if (this.dialect !== POSTGRES) return fn();
    const key = lockKey(name);
    if (this.db.prepare('SELECT pg_try_advisory_lock(?) AS got').pluck().get(key) !== 't') return undefined;
    try {
      return fn();
    } finally {
      this.db.prepare('SELECT pg_advisory_unlock(?)').get(key);
    }
  }

  /**
   * Runs the function in one transaction; if it fails, nothing it wrote is kept (nor the caches of it).
   * One such transaction at a time: on SQLite no other process writes meanwhile; on Postgres articles
   * may be stored meanwhile, unseen (the transaction reads one snapshot, taken once it holds the lock).
   * So the stages' items read or written are kept in memory.
   */
  transaction<T>(fn: () => T): T {
    const outer = this.writing++ === 0;
    const items = () => [...this.itemStores.values()];
    // The stages' items are kept in memory and written before the commit (see SqlItems); a transaction
    // inside another starts from what is written, so that undoing it undoes its own changes only.
    // What the clustering's index keeps in memory is of the store as the last transaction left it:
    // another process may have written since (workers of one Postgres store do).
    if (outer) this.clusterIndex = undefined;
    for (const store of items()) {
      if (outer) store.remember(true);
      else store.flush();
    }
    try {
      return this.db
        .transaction(() => {
          const result = fn();
          for (const store of items()) store.flush();
          return result;
        })
        .exclusive();
    } catch (error) {
      this.clusterIndex = undefined;
      if (!outer) for (const store of items()) store.remember(true);
      throw error;
    } finally {
      if (--this.writing === 0) for (const store of items()) store.remember(false);
    }
  }

  /** Write transactions open (`transaction`), one inside another. */
  private writing = 0;

  /**
   * Some annotations of some articles (all when `ids` is not given), read from the stored JSON without
   * loading the texts, in arrival order: what the corpus stages need. Articles missing the first key
   * are left out.
   */
  annotationsOf<K extends keyof Annotations>(keys: readonly K[], ids?: readonly string[]): ArticleAnnotations<K>[] {
    const columns = keys.map((k, i) => `${this.dialect.jsonField('annotations', String(k))} AS a${i}`).join(', ');
    const rows = (
      ids
        ? this.byIds(ids, (chunk) =>
            this.db
              .prepare(
                `SELECT ${this.dialect.arrival} AS _seq, id, published, ${columns} FROM articles WHERE id IN (${chunk.map(() => '?').join(',')})`,
              )
              .all(...chunk),
          )
        : this.db.prepare(`SELECT id, published, ${columns} FROM articles ORDER BY ${this.dialect.arrival}`).all()
    ) as Record<string, string | null>[];
    return rows
      .filter((r) => r.a0)
      .map((r) => ({
        article: r.id!,
        ...(r.published ? { published: r.published } : {}),
        annotations: Object.fromEntries(
          keys.map((k, i) => [k, r[`a${i}`] ? JSON.parse(r[`a${i}`]!) : undefined]),
        ) as Pick<Annotations, K>,
      }));
  }

  /** Records a correction made by hand; returns its number. */
  addCorrection(correction: Correction): number {
    const { action, ...args } = correction;
    return this.db
      .transaction(() => {
        const info = this.db
          .prepare('INSERT INTO entity_corrections (action, args, created_at) VALUES (?, ?, ?)')
          .run(action, JSON.stringify(args), new Date().toISOString());
        this.nextRevision();
        return Number(info.lastInsertRowid);
      })
      .immediate();
  }

  /** The corrections, in the order they were made. */
  listCorrections(): (Correction & { id: number; createdAt: string })[] {
    const rows = this.db.prepare('SELECT id, action, args, created_at FROM entity_corrections ORDER BY id').all() as {
      id: number;
      action: string;
      args: string;
      created_at: string;
    }[];
    return rows.map(
      (r) =>
        ({ id: r.id, createdAt: r.created_at, action: r.action, ...JSON.parse(r.args) }) as Correction & {
          id: number;
          createdAt: string;
        },
    );
  }

  /** Removes a correction; false when there was none with that number. */
  removeCorrection(id: number): boolean {
    return this.db
      .transaction(() => {
        const removed = this.db.prepare('DELETE FROM entity_corrections WHERE id = ?').run(id).changes > 0;
        if (removed) this.nextRevision();
        return removed;
      })
      .immediate();
  }

  close(): void {
    this.db.close();
  }
}

/** The number of a named advisory lock (a 31-bit hash of the name: other applications use small numbers). */
function lockKey(name: string): number {
  let hash = 7;
  for (const c of `triangulate:${name}`) hash = (hash * 31 + c.codePointAt(0)!) | 0;
  return 1_000_000_000 + (Math.abs(hash) % 1_000_000_000);
}

function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    source: { path: orUndefined(row.path), url: orUndefined(row.url), record: orUndefined(row.record) },
    meta: {
      title: orUndefined(row.title),
      outlet: orUndefined(row.outlet),
      published: orUndefined(row.published),
      ...(row.published_inferred ? { publishedInferred: true } : {}),
      language: orUndefined(row.language),
      byline: orUndefined(row.byline),
      url: orUndefined(row.url),
    },
    text: row.text,
    annotations: JSON.parse(row.annotations) as Partial<Annotations>,
    messages: JSON.parse(row.messages) as Message[],
  };
}

/** What a seal holds of an article row: where it was read, its text and metadata, and its analysis. */
interface SealedFields {
  path: string | null;
  record: number | null;
  text: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  annotations: string;
  messages: string;
}

/** What seals an article row to the input it was made from: the input's key and the whole row as stored. */
function sealOf(inputKey: string, row: SealedFields): string {
  const { path, record, text, url, outlet, title, byline, published, annotations, messages } = row;
  return createHash('sha1')
    .update(JSON.stringify([inputKey, path, record ?? 0, url, outlet, title, byline, published]))
    .update('\n')
    .update(text)
    .update('\n')
    .update(annotations)
    .update('\n')
    .update(messages)
    .digest('hex');
}
