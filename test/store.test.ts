/**
 * The storage port: one suite, run on every backend — SQLite (the embedded default) and Postgres (a
 * server: the local one `.ci/run` starts, or $TRIANGULATE_TEST_POSTGRES; skipped with a notice without
 * one, except under CI).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { updateCorpus } from '../src/app/update.ts';
import { clusterStored } from '../src/corpus/events/stage.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { ftsQuery, Store } from '../src/store/index.ts';
import { MIGRATIONS } from '../src/store/migrations.ts';
import { dropDatabases, freshDatabase, postgresAvailable } from './helpers/postgres.ts';
import { textInput } from './helpers/run.ts';

const input = textInput(
  'Ferry Crews End Strike\n\nCrews of the island ferries returned to work on Monday, the union said.',
  {
    outlet: 'Coast Daily',
  },
);

/** A backend: how to make a new, empty database of it (an address `Store.open` takes). */
const BACKENDS: { name: string; fresh: () => string; enabled: () => boolean }[] = [
  {
    name: 'sqlite',
    fresh: () => path.join(mkdtempSync(path.join(tmpdir(), 'triangulate-store-')), 'a.db'),
    enabled: () => true,
  },
  { name: 'postgres', fresh: freshDatabase, enabled: postgresAvailable },
];

afterAll(dropDatabases);

describe.each(BACKENDS)('the store on $name', ({ fresh, enabled }) => {
  const it_ = it.skipIf(!enabled());

  it_('migrates a new database to the latest schema, and reopening changes nothing', () => {
    const file = fresh();
    const store = Store.open(file);
    expect(store.schemaVersion()).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    store.close();
    const again = Store.open(file);
    expect(again.db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    again.close();
  });

  it_('keeps the date an article was first stored with when the same text comes with another', () => {
    const store = Store.open(fresh());
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

  it_('finds the article stored from a path when it was read there as the key says, and only then', () => {
    const store = Store.open(fresh());
    const article = runPipeline(input, articleStages());
    expect(store.storedFrom(input.path, 0, 'k1')).toBeUndefined();
    store.saveArticle(article, input, 'k1');
    expect(store.storedFrom(input.path, 0, 'k1')).toBe(article.id);
    expect(store.storedFrom(input.path, 0, 'k2')).toBeUndefined();
    expect(store.storedFrom('elsewhere.txt', 0, 'k1')).toBeUndefined();
    expect(store.storedFrom(input.path, 3, 'k1')).toBeUndefined();
    // Read again as something else (another program, other bytes): the key is the new one.
    store.saveArticle(article, input, 'k2');
    expect(store.storedFrom(input.path, 0, 'k1')).toBeUndefined();
    expect(store.storedFrom(input.path, 0, 'k2')).toBe(article.id);
    store.close();
  });

  it_('keeps the raw input, and stores the same article once', () => {
    const store = Store.open(fresh());
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

  it_('keeps the mark of a publication date inferred from the text', () => {
    const store = Store.open(fresh());
    const dated = textInput(
      'Ferry Crews End Strike\n\nPublished April 1, 2026\n\nCrews returned to work on Monday, the union said.',
    );
    const article = runPipeline(dated, articleStages());
    expect(article.meta).toMatchObject({ published: '2026-04-01', publishedInferred: true });
    store.saveArticle(article, dated);
    expect(store.getArticle(article.id).meta).toMatchObject({ published: '2026-04-01', publishedInferred: true });
  });

  it_('gives the same text from another outlet its own id (a copy is a second publication)', () => {
    const a = runPipeline(input, articleStages());
    const b = runPipeline({ ...input, meta: { outlet: 'Copy Site' } }, articleStages());
    const c = runPipeline({ ...input, content: `${input.content}\n` }, articleStages());
    expect(a.id).not.toBe(b.id);
    expect(a.id).toBe(c.id);
  });

  it_('rolls back a failed write whole', () => {
    const store = Store.open(fresh());
    const article = runPipeline(input, articleStages());
    const broken = { ...input, bytes: undefined as unknown as Uint8Array };
    expect(() => store.saveArticle(article, broken)).toThrow();
    expect(store.countArticles()).toBe(0);
    expect(store.search('ferries')).toEqual([]);
  });

  it_('searches titles and texts, ignoring case and accents, safe against query syntax', () => {
    const store = Store.open(fresh());
    const article = runPipeline(input, articleStages());
    store.saveArticle(article, input);
    expect(store.search('FERRIES union').map((h) => h.id)).toEqual([article.id]);
    expect(store.search('ferr*')[0]?.snippet).toContain('[ferries]');
    expect(store.search('ferries")(^:-')).toHaveLength(1);
    expect(store.search('strike helicopter')).toEqual([]);
    expect(ftsQuery('a "b" c*')).toBe('"a" "b" "c"*');
    store.close();
  });

  it_('finds a name with or without its accents, and through its other spellings', () => {
    const store = Store.open(fresh());
    const raw = textInput('Café Talks Resume\n\nMr. Zelenskyy met the mayor of Třebíč at the Café Royal on Friday.', {
      outlet: 'Coast Daily',
    });
    const other = textInput('Ferry Talks\n\nPresident Zelensky spoke to the ferry crews on Friday.', {
      outlet: 'Harbour News',
    });
    const a = runPipeline(raw, articleStages());
    const b = runPipeline(other, articleStages());
    store.saveArticle(a, raw);
    store.saveArticle(b, other);
    expect(store.search('cafe').map((h) => h.id)).toEqual([a.id]);
    expect(store.search('trebic').map((h) => h.id)).toEqual([a.id]);
    // The title weighs more than the text: both say "talks", the first in its title too.
    expect(store.search('zelenskyy').map((h) => h.id)).toEqual([a.id]);
    expect(new Set(store.search('zelenskyy', 20, { spellings: ['Zelensky'] }).map((h) => h.id))).toEqual(
      new Set([a.id, b.id]),
    );
    expect(store.countMatches('zelenskyy', ['Zelensky'])).toBe(2);
    expect(store.countMatches('friday')).toBe(2);
    expect(store.search('friday', 1, { offset: 1 })).toHaveLength(1);
    expect(store.search('friday', 20, { marks: ['<<', '>>'] })[0]!.snippet).toContain('<<Friday>>');
    expect(store.search('')).toEqual([]);
    expect(store.countMatches('*')).toBe(0);
    store.close();
  });

  it_('keeps articles in arrival order, and tells what was written after a revision', () => {
    const store = Store.open(fresh());
    const texts = ['Gamma Story\n\nThe gamma text.', 'Alpha Story\n\nThe alpha text.', 'Beta Story\n\nThe beta text.'];
    const ids: string[] = [];
    const revisions: number[] = [store.revision()];
    for (const text of texts) {
      const raw = textInput(text, { outlet: 'Coast Daily' });
      const article = runPipeline(raw, articleStages());
      store.saveArticle(article, raw);
      ids.push(article.id);
      revisions.push(store.revision());
    }
    expect(revisions).toEqual([0, 1, 2, 3]);
    expect(store.listArticles().map((a) => a.id)).toEqual(ids);
    expect(store.listSummaries().map((a) => a.id)).toEqual(ids);
    expect(store.articles([ids[2]!, ids[0]!]).map((a) => a.id)).toEqual([ids[0], ids[2]]);
    expect(store.articlesSince(1)).toEqual(ids.slice(1));
    expect(store.annotationsOf(['sentences'], [ids[1]!]).map((a) => a.article)).toEqual([ids[1]]);
    expect(store.annotationsOf(['sentences'])[0]!.annotations.sentences).toEqual(
      store.getArticle(ids[0]!).annotations.sentences,
    );
    expect(store.listArticlesWith(['sentences']).map((a) => a.annotations.sentences)).toEqual(
      store.listArticles().map((a) => a.annotations.sentences),
    );
    expect(store.knowsUrl('memory.txt')).toBe(true);
    expect(store.knowsUrl('https://example.com/none')).toBe(false);
    store.setStageState('aliases', { revision: 3, version: 2 });
    store.setStageState('aliases', { revision: 3, version: 4 });
    expect(store.stageState('aliases')).toEqual({ revision: 3, version: 4 });
    expect(store.stageState('claims')).toBeUndefined();
    expect(store.resultsRevision()).toBe('3|aliases@3.4');
    store.close();
  });

  it_('keeps the items of a stage: by key, by prefix in key order, and filed under terms', () => {
    const store = Store.open(fresh());
    const items = store.items('claims');
    // Keys with U+0000 and U+0001 (separators of the stages' keys) keep their order and their text.
    const keys = ['p:b', 'p:a\u0000z', 'p:a\u0001', 'p:a', 'q:a', 'p:é'];
    keys.forEach((k, i) => items.put(k, { i, text: 'naïve \u0000 ok' }));
    expect([...items.scan<{ i: number }>('p:')].map(([k]) => k)).toEqual([
      'p:a',
      'p:a\u0000z',
      'p:a\u0001',
      'p:b',
      'p:é',
    ]);
    expect(items.get('p:a\u0000z')).toEqual({ i: 1, text: 'naïve \u0000 ok' });
    expect(items.getMany(['q:a', 'none'])).toEqual(new Map([['q:a', { i: 4, text: 'naïve \u0000 ok' }]]));
    items.put('q:a', 7);
    expect(items.get('q:a')).toBe(7);
    items.delete('q:a');
    expect(items.get('q:a')).toBeUndefined();
    for (const k of ['k3', 'k1\u0000x', 'k2', 'k1']) items.file('t', k);
    items.file('t', 'k2');
    expect(items.keysUnder('t')).toEqual(['k1', 'k1\u0000x', 'k2', 'k3']);
    expect(items.keysUnder('t', 2)).toEqual(['k1', 'k1\u0000x']);
    expect(items.keysUnder('t', Infinity)).toHaveLength(4);
    items.unfile('t', 'k2');
    expect(items.keysUnder('t')).toEqual(['k1', 'k1\u0000x', 'k3']);
    // Namespaces are apart.
    expect(store.items('quotes').get('p:a')).toBeUndefined();
    items.clear();
    expect([...items.scan('')]).toEqual([]);
    expect(items.keysUnder('t')).toEqual([]);
    store.close();
  });

  it_(
    'reads back, in one transaction and after it, items larger in all than what a transaction keeps in memory',
    () => {
      const store = Store.open(fresh());
      const items = store.items('claims');
      // 24 items of a million characters: the kept items are written and forgotten several times over.
      const big = (i: number, v: number) => ({ i, v, text: String.fromCharCode(97 + (i % 26)).repeat(1_000_000) });
      store.transaction(() => {
        for (let i = 0; i < 24; i++) items.put(`big:${String(i).padStart(2, '0')}`, big(i, 1));
        items.put('big:03', big(3, 2));
        items.delete('big:05');
        for (let i = 0; i < 24; i++) items.file('all', `big:${String(i).padStart(2, '0')}`);
        expect(items.get<{ v: number }>('big:03')?.v).toBe(2);
        expect(items.get('big:05')).toBeUndefined();
        expect(items.get<{ text: string }>('big:00')?.text).toBe(big(0, 1).text);
      });
      expect([...items.scan<{ i: number; v: number }>('big:')].map(([, d]) => `${d.i}.${d.v}`)).toEqual(
        [...Array(24).keys()].filter((i) => i !== 5).map((i) => `${i}.${i === 3 ? 2 : 1}`),
      );
      expect(items.keysUnder('all', Infinity)).toHaveLength(24);
      store.close();
    },
  );

  it_('keeps what a transaction wrote, or nothing of it; one inside another is undone alone', () => {
    const store = Store.open(fresh());
    const items = store.items('aliases');
    store.transaction(() => {
      items.put('kept', 1);
      expect(() =>
        store.transaction(() => {
          items.put('inner', 2);
          throw new Error('inner fails');
        }),
      ).toThrow('inner fails');
    });
    expect(items.get('kept')).toBe(1);
    expect(items.get('inner')).toBeUndefined();
    expect(() =>
      store.transaction(() => {
        items.put('outer', 3);
        throw new Error('outer fails');
      }),
    ).toThrow('outer fails');
    expect(items.get('outer')).toBeUndefined();
    expect(store.snapshot(() => items.get('kept'))).toBe(1);
    store.close();
  });

  it_('reads one moment in a snapshot, whatever another connection commits meanwhile', () => {
    const file = fresh();
    const reader = Store.open(file);
    const writer = Store.open(file);
    const items = reader.items('claims');
    writer.transaction(() => writer.items('claims').put('v:a', 1));
    const seen = reader.snapshot(() => {
      const before = items.get('v:a');
      writer.transaction(() => {
        writer.items('claims').put('v:a', 2);
        writer.items('claims').put('v:b', 3);
      });
      return [before, items.get('v:a'), items.get('v:b')];
    });
    expect(seen).toEqual([1, 1, undefined]);
    expect([items.get('v:a'), items.get('v:b')]).toEqual([2, 3]);
    writer.close();
    reader.close();
  });

  it_('numbers corrections, lists them in order, and each moves the revision', () => {
    const store = Store.open(fresh());
    const first = store.addCorrection({ action: 'merge', ids: ['e_1', 'e_2'] } as never);
    const second = store.addCorrection({ action: 'rename', entity: 'e_1', name: 'Ann' } as never);
    expect(second).toBeGreaterThan(first);
    expect(store.listCorrections().map((c) => [c.id, c.action])).toEqual([
      [first, 'merge'],
      [second, 'rename'],
    ]);
    expect(store.revision()).toBe(2);
    expect(store.removeCorrection(first)).toBe(true);
    expect(store.removeCorrection(first)).toBe(false);
    expect(store.revision()).toBe(3);
    store.close();
  });

  it_('empties the clustering index on request; clustering again gives the events of a new store', () => {
    const store = Store.open(fresh());
    const texts = [
      'Ferry Crews End Strike\n\nCrews of the island ferries returned to work on Monday, the union said.',
      'Island Ferries Sail Again\n\nThe island ferries sailed again on Monday after the crews ended their strike.',
      'Harbour Bridge Reopens\n\nThe harbour bridge reopened to traffic on Tuesday after three weeks of repairs.',
    ];
    for (const [i, text] of texts.entries()) {
      const raw = textInput(text, { outlet: `Outlet ${i}`, published: '2025-08-18' });
      store.saveArticle(runPipeline(raw, articleStages()), raw);
    }
    updateCorpus(store);
    const events = () => store.clusters().events();
    const before = events();
    expect(before.events.length).toBeGreaterThan(0);
    store.transaction(() => store.resetClusters());
    expect(events().events).toEqual([]);
    expect(store.clusters().clustered(store.articlesSince(0)[0]!)).toBe(false);
    store.transaction(() => clusterStored(store, store.articlesSince(0)));
    expect(events()).toEqual(before);
    store.close();
  });

  it_('opened to read, refuses every write', () => {
    const address = fresh();
    Store.open(address).close();
    const reader = Store.open(address, { readonly: true });
    const raw = textInput('Ferry Crews\n\nThe crews returned.', { outlet: 'Coast Daily' });
    expect(() => reader.saveArticle(runPipeline(raw, articleStages()), raw)).toThrow();
    expect(reader.countArticles()).toBe(0);
    reader.close();
  });
});
