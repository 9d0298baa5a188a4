/**
 * A Postgres store answers as a SQLite one: the example corpus and the seeds give the same JSON export
 * and the same answers of the reading commands on both; built in batches on Postgres, the same as at
 * once on SQLite; search through aliases; the API served from Postgres. (The storage port's own suite,
 * on both backends, is store.test.ts.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/index.ts';
import { Store } from '../src/store/index.ts';
import { dropDatabases, freshDatabase, postgresAvailable } from './helpers/postgres.ts';
import { cli } from './helpers/run.ts';
import { EXAMPLES, inputFiles, sharedPath } from './helpers/shared.ts';

const on = postgresAvailable();
const seeds = sharedPath('corpus/seeds');

afterAll(dropDatabases);

/** What a store answers: the export and the reading commands' JSON. */
async function answers(db: string, files: string[]) {
  const read = async (...argv: string[]) => {
    const run = await cli(...argv, '--db', db);
    expect(run.code, run.err).toBe(0);
    return JSON.parse(run.out) as unknown;
  };
  const exported = await cli('analyze', ...files, '--db', db, '--quiet', '--json', '-');
  expect(exported.code, exported.err).toBe(0);
  return {
    export: JSON.parse(exported.out) as unknown,
    check: await read('check', '--format', 'json'),
    entities: await read('entities', '--json'),
    quotes: await read('quotes', '--json'),
    events: await read('events', '--json'),
  };
}

/** Analyses `files` into SQLite at once, and into Postgres in batches of `sizes`; both must answer alike. */
async function compare(files: string[], sizes: number[] = [files.length]): Promise<void> {
  const sqlite = path.join(mkdtempSync(path.join(tmpdir(), 'triangulate-pg-')), 'one.db');
  expect((await cli('analyze', ...files, '--db', sqlite, '--quiet')).code).toBe(0);
  const postgres = freshDatabase();
  let at = 0;
  for (const [i, size] of sizes.entries()) {
    const run = await cli(i === 0 ? 'analyze' : 'add', ...files.slice(at, (at += size)), '--db', postgres, '--quiet');
    expect(run.code, run.err).toBe(0);
  }
  const a = await answers(sqlite, files);
  const b = await answers(postgres, files);
  expect(b.export).toEqual(a.export);
  expect(b.check).toEqual(a.check);
  expect(b.entities).toEqual(a.entities);
  expect(b.quotes).toEqual(a.quotes);
  expect(b.events).toEqual(a.events);
}

describe.skipIf(!on)('a Postgres store', () => {
  it('gives the example corpus the export and answers SQLite gives it', async () => {
    await compare(inputFiles(EXAMPLES));
  });

  it('built in batches (analyze of 3, adds of 4 and the rest), answers as SQLite built at once', async () => {
    const files = inputFiles(EXAMPLES);
    await compare(files, [3, 4, files.length - 7]);
  });

  it.skipIf(!seeds)('gives the seeds the export and answers SQLite gives them', async () => {
    await compare(inputFiles(seeds!));
  });

  it.skipIf(!seeds)('finds a name through its other spellings, as on SQLite', async () => {
    const db = freshDatabase();
    expect((await cli('analyze', seeds!, '--db', db, '--quiet')).code).toBe(0);
    const sqlite = path.join(mkdtempSync(path.join(tmpdir(), 'triangulate-pg-')), 'seeds.db');
    expect((await cli('analyze', seeds!, '--db', sqlite, '--quiet')).code).toBe(0);
    for (const name of ['Witkoff', 'Zelensky']) {
      const pg = await cli('search', name, '--db', db, '--json');
      const lite = await cli('search', name, '--db', sqlite, '--json');
      expect(pg.code, pg.err).toBe(0);
      const ids = (out: string) => new Set((JSON.parse(out) as { id: string }[]).map((h) => h.id));
      expect(ids(pg.out)).toEqual(ids(lite.out));
      expect(ids(pg.out).size).toBeGreaterThan(1);
    }
  });

  it('serves the API from Postgres, read-only', async () => {
    const db = freshDatabase();
    expect((await cli('analyze', EXAMPLES, '--db', db, '--quiet')).code).toBe(0);
    const store = Store.open(db, { readonly: true });
    try {
      const app = createApp(store, { log: () => {} });
      const overview = await app.request('/api/overview');
      expect(overview.status).toBe(200);
      const articles = await app.request('/api/articles');
      expect(articles.status).toBe(200);
      const body = (await articles.json()) as { articles?: unknown[]; total?: number };
      expect(JSON.stringify(body)).toContain('Caddenford');
      const search = await app.request('/api/search?q=dam');
      expect(search.status).toBe(200);
      const hits = (await search.json()) as { items: { snippet: string }[]; total: number };
      expect(hits.total).toBeGreaterThan(0);
      expect(hits.items[0]!.snippet).toMatch(/\uE000dam\uE001/i);
    } finally {
      store.close();
    }
  });

  it('says which server it cannot reach, without the password', async () => {
    const run = await cli('check', '--db', 'postgres://someone:secret@127.0.0.1:1/nowhere');
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('postgres://someone:***@127.0.0.1:1/nowhere');
    expect(run.err).not.toContain('secret');
  });
});
