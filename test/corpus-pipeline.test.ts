/**
 * The corpus pipeline: a store built in several batches (analyze, then add, add …) answers exactly as
 * a store built by one analyze of everything — check, entities, quotes and the export — on the example
 * corpus and on the seeds; results are never stale after a write; a store an older version wrote is
 * brought up to date once, with a note; the readers never write.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAliases, type Entity } from '../src/corpus/aliases/index.ts';
import { freshness } from '../src/corpus/freshness.ts';
import { corpusStages } from '../src/corpus/stages.ts';
import { CORPUS_STAGE_VERSIONS } from '../src/corpus/versions.ts';
import { Store } from '../src/store/index.ts';
import { cli } from './helpers/run.ts';
import { EXAMPLES, inputFiles, sharedPath } from './helpers/shared.ts';

/** What the reading commands answer on a database. */
async function answers(db: string, all: string[]) {
  const read = async (...argv: string[]) => {
    const run = await cli(...argv, '--db', db);
    expect(run.code, run.err).toBe(0);
    return run.out;
  };
  const exported = await cli('analyze', ...all, '--db', db, '--quiet', '--json', '-');
  expect(exported.code, exported.err).toBe(0);
  return {
    check: await read('check', '--format', 'json'),
    entities: await read('entities', '--json'),
    quotes: await read('quotes', '--json'),
    events: await read('events', '--json'),
    export: exported.out,
  };
}

const tmp = () => mkdtempSync(path.join(tmpdir(), 'triangulate-pipeline-'));

/** Builds one store by one analyze, another by an analyze and adds of `sizes` files each; compares. */
async function compareBatches(files: string[], sizes: number[]): Promise<void> {
  const one = path.join(tmp(), 'one.db');
  expect((await cli('analyze', ...files, '--db', one, '--quiet')).code).toBe(0);
  const many = path.join(tmp(), 'many.db');
  let at = 0;
  for (const [i, size] of sizes.entries()) {
    const batch = files.slice(at, at + size);
    at += size;
    const run = await cli(i === 0 ? 'analyze' : 'add', ...batch, '--db', many, '--quiet');
    expect(run.code, run.err).toBe(0);
    // After every write, the results are those of the store as it is: nothing is behind.
    const store = Store.open(many);
    const state = freshness(store);
    store.close();
    expect([...state.behind, ...state.outdated]).toEqual([]);
  }
  expect(at).toBe(files.length);
  const a = await answers(one, files);
  const b = await answers(many, files);
  expect(JSON.parse(b.check)).toEqual(JSON.parse(a.check));
  expect(JSON.parse(b.entities)).toEqual(JSON.parse(a.entities));
  expect(JSON.parse(b.quotes)).toEqual(JSON.parse(a.quotes));
  expect(JSON.parse(b.events)).toEqual(JSON.parse(a.events));
  expect(JSON.parse(b.export)).toEqual(JSON.parse(a.export));
}

describe('a store built in batches answers as one built at once', () => {
  it('on the example corpus: analyze of 2 files, then adds of 3, 1, 4 and the rest', async () => {
    const files = inputFiles(EXAMPLES);
    await compareBatches(files, [2, 3, 1, 4, files.length - 10]);
  });

  const seeds = sharedPath('corpus/seeds');
  it.skipIf(!seeds)('on the seeds: analyze of two, then add of three', async () => {
    await compareBatches(inputFiles(seeds!), [2, 3]);
  });

  it.skipIf(!seeds)('on the seeds: one file at a time', async () => {
    await compareBatches(inputFiles(seeds!), [1, 1, 1, 1, 1]);
  });
});

describe('the alias stage does not depend on the order articles come in', () => {
  it('gives the same entities in any order of the example corpus', async () => {
    const store = Store.open(':memory:');
    const { ingest } = await import('../src/app/ingest.ts');
    await ingest([EXAMPLES], { store });
    const articles = store
      .annotationsOf(['entities'])
      .map((a) => ({ article: a.article, entities: a.annotations.entities }));
    const canonical = (entities: Entity[]) =>
      entities
        .map((e) => ({
          ...e,
          mentions: [...e.mentions].sort((x, y) => (x.article + x.start < y.article + y.start ? -1 : 1)),
        }))
        .map((e) => JSON.stringify({ ...e, roles: e.roles.length, merges: e.merges.length }))
        .sort();
    const forward = canonical(resolveAliases(articles));
    expect(canonical(resolveAliases([...articles].reverse()))).toEqual(forward);
    const shuffled = [...articles].sort((a, b) => (a.article < b.article ? -1 : 1));
    expect(canonical(resolveAliases(shuffled))).toEqual(forward);
  });
});

describe('stores written by an older version', () => {
  it('are brought up to date once, with a note; the next reader is quiet', async () => {
    const db = path.join(tmp(), 'old.db');
    expect((await cli('analyze', EXAMPLES, '--db', db, '--quiet')).code).toBe(0);
    const fresh = (await cli('check', '--format', 'json', '--db', db)).out;
    // What an older version leaves: articles, no corpus results of this version.
    const store = Store.open(db);
    store.db.exec(
      "DELETE FROM corpus_state; DELETE FROM corpus_items; DELETE FROM corpus_terms; INSERT OR REPLACE INTO store_meta VALUES ('older', 1)",
    );
    store.close();
    const first = await cli('check', '--format', 'json', '--db', db);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(
      /^note: .*old\.db: an older version wrote its corpus results: computing them again \(once\)$/,
    );
    expect(JSON.parse(first.out)).toEqual(JSON.parse(fresh));
    const second = await cli('check', '--format', 'json', '--db', db);
    expect(second.err).toBe('');
  });
});

describe('a store whose cross-check an older version wrote', () => {
  it('is cross-checked anew, statements included, and its claims equal those of a new store', async () => {
    const db = path.join(tmp(), 'old-claims.db');
    expect((await cli('analyze', EXAMPLES, '--db', db, '--quiet')).code).toBe(0);
    const fresh = JSON.parse((await cli('check', '--format', 'json', '--db', db)).out) as {
      claims: { kind: string }[];
    };
    expect(fresh.claims.some((c) => c.kind === 'statement')).toBe(true);
    // Only the claims stage is older: the quotes stage, up to date, writes no statement in this run.
    const store = Store.open(db);
    const state = store.stageState('claims')!;
    store.setStageState('claims', { revision: state.revision, version: state.version - 1 });
    store.close();
    const first = await cli('check', '--format', 'json', '--db', db);
    expect(first.err).toMatch(/an older version wrote its corpus results: computing them again \(once\)/);
    expect(JSON.parse(first.out)).toEqual(fresh);
  });
});

describe('a store clustered by an older events stage', () => {
  it('is clustered anew, once, and its events equal those of a new store', async () => {
    const db = path.join(tmp(), 'old-events.db');
    expect((await cli('analyze', EXAMPLES, '--db', db, '--quiet')).code).toBe(0);
    const fresh = JSON.parse((await cli('events', '--json', '--db', db)).out) as unknown;
    // What an older clustering leaves: other events (here every article in one), its stage version.
    const store = Store.open(db);
    store.db.exec('UPDATE cluster_articles SET event_id = (SELECT min(id) FROM cluster_events)');
    store.setStageState('events', { revision: store.revision(), version: 1 });
    store.close();
    const first = await cli('events', '--json', '--db', db);
    expect(first.err).toMatch(/an older version wrote its corpus results: computing them again \(once\)/);
    expect(JSON.parse(first.out)).toEqual(fresh);
  });
});

describe('readers', () => {
  it('never write to a store whose results are fresh', async () => {
    const db = path.join(tmp(), 'r.db');
    expect((await cli('analyze', EXAMPLES, '--db', db, '--quiet')).code).toBe(0);
    const before = statSync(db).mtimeMs;
    const version = () => {
      const s = Store.open(db);
      const v = s.resultsRevision();
      s.close();
      return v;
    };
    const revision = version();
    for (const argv of [['check'], ['entities'], ['quotes'], ['events'], ['timeline'], ['search', 'dam']])
      expect((await cli(...argv, '--db', db)).code).toBe(0);
    expect(version()).toBe(revision);
    expect(statSync(db).mtimeMs).toBe(before);
  });
});

describe('the versions readers check freshness against', () => {
  it('are those of the stages, by name, in the order they run', () => {
    expect(corpusStages().map((s) => ({ name: s.name, version: s.version }))).toEqual(
      CORPUS_STAGE_VERSIONS.map((s) => ({ ...s })),
    );
  });
});
