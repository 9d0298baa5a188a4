/**
 * The schema, as an ordered list of migrations, each in SQLite's SQL (`sql`) and Postgres' (`postgres`):
 * one list, one version number for both engines. A migration is never edited once released: changes
 * are new entries at the end. Each runs in a transaction together with its entry in schema_migrations.
 *
 * On Postgres, text compares byte by byte (COLLATE "C", as SQLite's does), articles keep their arrival
 * order in `seq` (SQLite's rowid), and full-text search is a weighted tsvector (title above text) of the
 * unaccented words.
 */
export const MIGRATIONS: { version: number; name: string; sql: string; postgres: string }[] = [
  {
    version: 1,
    name: 'articles, their sources and full-text search',
    sql: `
      CREATE TABLE articles (
        id            TEXT PRIMARY KEY,
        path          TEXT,
        record        INTEGER,
        url           TEXT,
        outlet        TEXT,
        title         TEXT,
        published     TEXT,
        language      TEXT,
        byline        TEXT,
        text          TEXT NOT NULL,
        raw           BLOB NOT NULL,
        raw_format    TEXT NOT NULL,
        raw_encoding  TEXT NOT NULL,
        annotations   TEXT NOT NULL,
        messages      TEXT NOT NULL,
        added_at      TEXT NOT NULL,
        analysed_at   TEXT NOT NULL
      );
      CREATE INDEX articles_outlet ON articles(outlet);
      CREATE INDEX articles_published ON articles(published);

      -- Every place an article was read from: the same text read again from another file is one article.
      CREATE TABLE article_sources (
        article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        path        TEXT NOT NULL,
        record      INTEGER NOT NULL DEFAULT 0,
        added_at    TEXT NOT NULL,
        PRIMARY KEY (article_id, path, record)
      );

      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;
      CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
    `,
    postgres: `
      CREATE EXTENSION IF NOT EXISTS unaccent;
      -- unaccent() with its dictionary named, declared immutable so that an index may use it.
      CREATE FUNCTION triangulate_unaccent(text) RETURNS text
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT;
      CREATE TABLE articles (
        seq           BIGSERIAL UNIQUE,
        id            TEXT COLLATE "C" PRIMARY KEY,
        path          TEXT COLLATE "C",
        record        BIGINT,
        url           TEXT COLLATE "C",
        outlet        TEXT COLLATE "C",
        title         TEXT COLLATE "C",
        published     TEXT COLLATE "C",
        language      TEXT COLLATE "C",
        byline        TEXT COLLATE "C",
        text          TEXT COLLATE "C" NOT NULL,
        raw           BYTEA NOT NULL,
        raw_format    TEXT COLLATE "C" NOT NULL,
        raw_encoding  TEXT COLLATE "C" NOT NULL,
        annotations   TEXT COLLATE "C" NOT NULL,
        messages      TEXT COLLATE "C" NOT NULL,
        added_at      TEXT COLLATE "C" NOT NULL,
        analysed_at   TEXT COLLATE "C" NOT NULL,
        fts           TSVECTOR GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', triangulate_unaccent(coalesce(title, ''))), 'A') ||
          setweight(to_tsvector('simple', triangulate_unaccent(left(text, 500000))), 'B')
        ) STORED
      );
      CREATE INDEX articles_outlet ON articles(outlet);
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_fts ON articles USING gin(fts);
      CREATE TABLE article_sources (
        article_id  TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        path        TEXT COLLATE "C" NOT NULL,
        record      BIGINT NOT NULL DEFAULT 0,
        added_at    TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (article_id, path, record)
      );
    `,
  },
  {
    version: 2,
    name: 'results of the corpus stages, and corrections made by hand',
    sql: `
      -- What a corpus stage (e.g. aliases) last returned, whole, as JSON.
      CREATE TABLE corpus_results (
        stage       TEXT PRIMARY KEY,
        data        TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      -- Corrections (merge, split, rename of entities), applied in order at every analysis.
      CREATE TABLE entity_corrections (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        action      TEXT NOT NULL,
        args        TEXT NOT NULL,
        created_at  TEXT NOT NULL
      );
    `,
    postgres: `
      CREATE TABLE corpus_results (
        stage       TEXT COLLATE "C" PRIMARY KEY,
        data        TEXT COLLATE "C" NOT NULL,
        updated_at  TEXT COLLATE "C" NOT NULL
      );
      CREATE TABLE entity_corrections (
        id          BIGSERIAL PRIMARY KEY,
        action      TEXT COLLATE "C" NOT NULL,
        args        TEXT COLLATE "C" NOT NULL,
        created_at  TEXT COLLATE "C" NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'whether an article date was inferred from its text',
    sql: `ALTER TABLE articles ADD COLUMN published_inferred INTEGER NOT NULL DEFAULT 0;`,
    postgres: `ALTER TABLE articles ADD COLUMN published_inferred INTEGER NOT NULL DEFAULT 0;`,
  },
  {
    version: 4,
    name: 'copies, rewrites, events and storylines (incremental clustering)',
    sql: `
      -- Every clustered article, in arrival order (seq): its MinHash signature, the idf-weighted length
      -- of its term vector when indexed, its event and its independence group (copies and rewrites).
      CREATE TABLE cluster_articles (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id  TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
        published   TEXT,
        event_id    INTEGER NOT NULL,
        group_id    TEXT NOT NULL,
        norm        REAL NOT NULL,
        shingles    INTEGER NOT NULL,
        signature   BLOB NOT NULL
      );
      CREATE INDEX cluster_articles_event ON cluster_articles(event_id);
      CREATE INDEX cluster_articles_group ON cluster_articles(group_id);
      -- LSH band keys of the signatures: articles sharing a key are copy candidates.
      CREATE TABLE cluster_bands (
        key  INTEGER NOT NULL,
        seq  INTEGER NOT NULL,
        PRIMARY KEY (key, seq)
      ) WITHOUT ROWID;
      -- Document frequencies of terms (stems and entity keys), counted as articles arrive.
      CREATE TABLE cluster_terms (
        term  TEXT PRIMARY KEY,
        df    INTEGER NOT NULL
      ) WITHOUT ROWID;
      -- Each article's heaviest terms: the lookup of its nearest articles, newest first.
      CREATE TABLE cluster_postings (
        term    TEXT NOT NULL,
        seq     INTEGER NOT NULL,
        weight  REAL NOT NULL,
        PRIMARY KEY (term, seq)
      ) WITHOUT ROWID;
      -- Counters (how many articles the document frequencies count).
      CREATE TABLE cluster_meta (
        key    TEXT PRIMARY KEY,
        value  INTEGER NOT NULL
      );
      -- Events: centroid (JSON [[term, weight], ...]), date range (day numbers), extractive title, the
      -- storyline (the id of its first event).
      CREATE TABLE cluster_events (
        id             INTEGER PRIMARY KEY AUTOINCREMENT,
        storyline      INTEGER NOT NULL,
        size           INTEGER NOT NULL,
        first_day      INTEGER,
        last_day       INTEGER,
        title          TEXT NOT NULL,
        title_article  TEXT NOT NULL,
        centroid       TEXT NOT NULL,
        -- The size at which it was last looked at for a split.
        checked        INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX cluster_events_storyline ON cluster_events(storyline);
      -- Copies and rewrites: the derived article and the one it derives from.
      CREATE TABLE cluster_pairs (
        source      TEXT NOT NULL,
        derived     TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('copy', 'rewrite')),
        similarity  REAL NOT NULL,
        PRIMARY KEY (source, derived)
      );
    `,
    postgres: `
      CREATE TABLE cluster_articles (
        seq         BIGSERIAL PRIMARY KEY,
        article_id  TEXT COLLATE "C" NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
        published   TEXT COLLATE "C",
        event_id    BIGINT NOT NULL,
        group_id    TEXT COLLATE "C" NOT NULL,
        norm        DOUBLE PRECISION NOT NULL,
        shingles    BIGINT NOT NULL,
        signature   BYTEA NOT NULL
      );
      CREATE INDEX cluster_articles_event ON cluster_articles(event_id);
      CREATE INDEX cluster_articles_group ON cluster_articles(group_id);
      CREATE TABLE cluster_bands (
        key  BIGINT NOT NULL,
        seq  BIGINT NOT NULL,
        PRIMARY KEY (key, seq)
      );
      CREATE TABLE cluster_terms (
        term  TEXT COLLATE "C" PRIMARY KEY,
        df    BIGINT NOT NULL
      );
      CREATE TABLE cluster_postings (
        term    TEXT COLLATE "C" NOT NULL,
        seq     BIGINT NOT NULL,
        weight  DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (term, seq)
      );
      CREATE TABLE cluster_meta (
        key    TEXT COLLATE "C" PRIMARY KEY,
        value  BIGINT NOT NULL
      );
      CREATE TABLE cluster_events (
        id             BIGSERIAL PRIMARY KEY,
        storyline      BIGINT NOT NULL,
        size           BIGINT NOT NULL,
        first_day      BIGINT,
        last_day       BIGINT,
        title          TEXT COLLATE "C" NOT NULL,
        title_article  TEXT COLLATE "C" NOT NULL,
        centroid       TEXT COLLATE "C" NOT NULL,
        checked        BIGINT NOT NULL DEFAULT 1
      );
      CREATE INDEX cluster_events_storyline ON cluster_events(storyline);
      CREATE TABLE cluster_pairs (
        source      TEXT COLLATE "C" NOT NULL,
        derived     TEXT COLLATE "C" NOT NULL,
        kind        TEXT COLLATE "C" NOT NULL CHECK (kind IN ('copy', 'rewrite')),
        similarity  DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (source, derived)
      );
    `,
  },
  {
    version: 5,
    name: 'store revisions, and corpus results kept by stage as items (incremental corpus stages)',
    sql: `
      -- The store's revision: it grows with every article written and every correction made or undone.
      CREATE TABLE store_meta (
        key    TEXT PRIMARY KEY,
        value  INTEGER NOT NULL
      );
      INSERT INTO store_meta (key, value) VALUES ('revision', (SELECT CASE WHEN count(*) > 0 THEN 1 ELSE 0 END FROM articles));
      -- A store an older version wrote: its corpus results are recomputed once, with a note.
      INSERT INTO store_meta (key, value) SELECT 'older', 1 WHERE EXISTS (SELECT 1 FROM articles);
      -- The revision at which each article was last written: what a corpus stage has not seen yet.
      ALTER TABLE articles ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
      UPDATE articles SET revision = 1;
      CREATE INDEX articles_revision ON articles(revision);
      -- Each corpus stage: the store revision its results reflect, and the version of its logic.
      CREATE TABLE corpus_state (
        stage     TEXT PRIMARY KEY,
        revision  INTEGER NOT NULL,
        version   INTEGER NOT NULL
      );
      -- What the corpus stages keep: items by key (JSON), and keys filed under terms (their indexes).
      CREATE TABLE corpus_items (
        stage  TEXT NOT NULL,
        key    TEXT NOT NULL,
        data   TEXT NOT NULL,
        PRIMARY KEY (stage, key)
      ) WITHOUT ROWID;
      CREATE TABLE corpus_terms (
        stage  TEXT NOT NULL,
        term   TEXT NOT NULL,
        key    TEXT NOT NULL,
        PRIMARY KEY (stage, term, key)
      ) WITHOUT ROWID;
      -- Results kept whole by the earlier version: the stages recompute them into items.
      DROP TABLE corpus_results;
    `,
    postgres: `
      CREATE TABLE store_meta (
        key    TEXT COLLATE "C" PRIMARY KEY,
        value  BIGINT NOT NULL
      );
      INSERT INTO store_meta (key, value) VALUES ('revision', (SELECT CASE WHEN count(*) > 0 THEN 1 ELSE 0 END FROM articles));
      INSERT INTO store_meta (key, value) SELECT 'older', 1 WHERE EXISTS (SELECT 1 FROM articles);
      ALTER TABLE articles ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
      UPDATE articles SET revision = 1;
      CREATE INDEX articles_revision ON articles(revision);
      CREATE TABLE corpus_state (
        stage     TEXT COLLATE "C" PRIMARY KEY,
        revision  BIGINT NOT NULL,
        version   BIGINT NOT NULL
      );
      CREATE TABLE corpus_items (
        stage  TEXT COLLATE "C" NOT NULL,
        key    TEXT COLLATE "C" NOT NULL,
        data   TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (stage, key)
      );
      CREATE TABLE corpus_terms (
        stage  TEXT COLLATE "C" NOT NULL,
        term   TEXT COLLATE "C" NOT NULL,
        key    TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (stage, term, key)
      );
      DROP TABLE corpus_results;
    `,
  },
  {
    version: 6,
    name: 'articles found by their URL (feeds and sitemaps skip what is stored)',
    sql: `
      CREATE INDEX articles_url ON articles(url);
      CREATE INDEX article_sources_path ON article_sources(path);
    `,
    postgres: `
      CREATE INDEX articles_url ON articles(url);
      CREATE INDEX article_sources_path ON article_sources(path);
    `,
  },
  {
    version: 7,
    name: 'what an article was last analysed from (an input read again unchanged is not analysed again)',
    sql: `ALTER TABLE articles ADD COLUMN input_key TEXT;`,
    postgres: `ALTER TABLE articles ADD COLUMN input_key TEXT COLLATE "C";`,
  },
  {
    version: 8,
    name: 'articles found by the path they were first read from (an input read again)',
    sql: `CREATE INDEX articles_path ON articles(path);`,
    postgres: `CREATE INDEX articles_path ON articles(path);`,
  },
];
