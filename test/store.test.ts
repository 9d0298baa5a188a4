import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { ftsQuery, Store } from '../src/store/index.ts';
import { MIGRATIONS } from '../src/store/migrations.ts';
import { textInput } from './helpers/run.ts';

const input = textInput(
  'Ferry Crews End Strike\n\nCrews of the island ferries returned to work on Monday, the union said.',
  {
    outlet: 'Coast Daily',
  },
);

describe('store', () => {
  it('migrates a new database to the latest schema, and reopening changes nothing', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'triangulate-store-')), 'a.db');
    const store = Store.open(file);
    expect(store.schemaVersion()).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    store.close();
    const again = Store.open(file);
    expect(again.db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    again.close();
  });

  it('keeps the date an article was first stored with when the same text comes with another', () => {
    const store = Store.open(':memory:');
    const text = 'Crews of the island ferries said on Friday that they would return to work.';
    const read = (published: string) => {
      const raw = textInput(text, { outlet: 'Coast Daily', published });
      return { article: runPipeline(raw, articleStages()), raw };
    };
    const august = read('2025-08-18');
    const september = read('2025-09-30');
    expect(august.article.id).toBe(september.article.id);
    const friday = () => store.getArticle(august.article.id).annotations.dates?.[0]?.value;
    expect(store.saveArticle(august.article, august.raw)).toBe('added');
    expect(friday()).toBe('2025-08-15');
    for (const again of [september, august, september]) {
      expect(store.saveArticle(again.article, again.raw)).toBe('unchanged');
      expect(store.storedDate(august.article.id)).toBe('2025-08-18');
      expect(friday()).toBe('2025-08-15');
    }
    store.close();
  });

  it('keeps the raw input, and stores the same article once', () => {
    const store = Store.open(':memory:');
    const article = runPipeline(input, articleStages());
    expect(store.saveArticle(article, input)).toBe('added');
    expect(store.saveArticle(article, input)).toBe('unchanged');
    expect(store.saveArticle(article, { ...input, path: 'elsewhere.txt' })).toBe('unchanged');
    expect(store.countArticles()).toBe(1);
    expect(store.db.prepare('SELECT count(*) AS n FROM article_sources').get()).toEqual({ n: 2 });
    expect(Buffer.from(store.getRaw(article.id).bytes).toString('utf8')).toBe(input.content);
    const back = store.getArticle(article.id);
    expect(back.text).toBe(article.text);
    expect(back.annotations).toEqual(article.annotations);
    expect(back.meta.outlet).toBe('Coast Daily');
    expect(back.meta.publishedInferred).toBeUndefined();
  });

  it('keeps the mark of a publication date inferred from the text', () => {
    const store = Store.open(':memory:');
    const dated = textInput(
      'Ferry Crews End Strike\n\nPublished April 1, 2026\n\nCrews returned to work on Monday, the union said.',
    );
    const article = runPipeline(dated, articleStages());
    expect(article.meta).toMatchObject({ published: '2026-04-01', publishedInferred: true });
    store.saveArticle(article, dated);
    expect(store.getArticle(article.id).meta).toMatchObject({ published: '2026-04-01', publishedInferred: true });
  });

  it('gives the same text from another outlet its own id (a copy is a second publication)', () => {
    const a = runPipeline(input, articleStages());
    const b = runPipeline({ ...input, meta: { outlet: 'Copy Site' } }, articleStages());
    const c = runPipeline({ ...input, content: `${input.content}\n` }, articleStages());
    expect(a.id).not.toBe(b.id);
    expect(a.id).toBe(c.id);
  });

  it('rolls back a failed write whole', () => {
    const store = Store.open(':memory:');
    const article = runPipeline(input, articleStages());
    const broken = { ...input, bytes: undefined as unknown as Uint8Array };
    expect(() => store.saveArticle(article, broken)).toThrow();
    expect(store.countArticles()).toBe(0);
    expect(store.search('ferries')).toEqual([]);
  });

  it('searches titles and texts, ignoring case and accents, safe against query syntax', () => {
    const store = Store.open(':memory:');
    const article = runPipeline(input, articleStages());
    store.saveArticle(article, input);
    expect(store.search('FERRIES union').map((h) => h.id)).toEqual([article.id]);
    expect(store.search('ferr*')[0]?.snippet).toContain('[ferries]');
    expect(store.search('ferries")(^:-')).toHaveLength(1);
    expect(store.search('strike helicopter')).toEqual([]);
    expect(ftsQuery('a "b" c*')).toBe('"a" "b" "c"*');
  });
});
