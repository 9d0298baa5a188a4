/**
 * The quotes and claims stages take a large change in chunks (each with a fresh resolver), so that
 * their memory is that of a chunk at any size of store: the results must be those of one go.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/app/ingest.ts';
import { aliasesStage } from '../src/corpus/aliases/stage.ts';
import { ItemCache, memoryItems } from '../src/corpus/items.ts';
import { claimsStage } from '../src/corpus/claims/stage.ts';
import { eventsStage } from '../src/corpus/events/stage.ts';
import { quotesStage } from '../src/corpus/quotes/stage.ts';
import { readCorpus } from '../src/corpus/results.ts';
import { refreshCorpus } from '../src/corpus/runner.ts';
import { inWeightedChunks, type ChunkTask } from '../src/corpus/stage.ts';
import { corpusStages } from '../src/corpus/stages.ts';
import { Store } from '../src/store/index.ts';
import { EXAMPLES } from './helpers/shared.ts';

describe('corpus stages in chunks', () => {
  it('give the statements, claims and conflicts of one go', async () => {
    const whole = Store.open(':memory:');
    await ingest([EXAMPLES], { store: whole });
    refreshCorpus(whole, { stages: corpusStages() });
    const chunked = Store.open(':memory:');
    await ingest([EXAMPLES], { store: chunked });
    // The claims stage also writes what changed and forgets what it read every few items.
    const small = [aliasesStage(), quotesStage({ chunk: 2 }), eventsStage(), claimsStage({ chunk: 2, cacheItems: 3 })];
    const report = refreshCorpus(chunked, { stages: small });
    expect(report.stages.find((s) => s.name === 'quotes')?.articles).toBe(14);
    const a = readCorpus(whole);
    const b = readCorpus(chunked);
    expect(a.quotes.statements.length).toBeGreaterThan(10);
    expect(a.claims.claims.length).toBeGreaterThan(10);
    expect(b.quotes).toEqual(a.quotes);
    expect(b.claims).toEqual(a.claims);
    whole.close();
    chunked.close();
  });
});

describe('tasks of different weights in chunks', () => {
  /** The names of the tasks each chunk's worker took, for tasks of the given weights. */
  const chunksOf = (weights: number[], size: number): string[][] => {
    const done: string[][] = [];
    const tasks: ChunkTask<string[]>[] = weights.map((weight, i) => ({ weight, run: (w) => w.push(`t${i}`) }));
    inWeightedChunks(
      tasks,
      size,
      () => [] as string[],
      (w) => done.push(w),
    );
    return done;
  };

  it.each([
    [
      'a small change is one chunk, whatever its kinds of tasks',
      [200, 1, 1, 0.1, 0.1],
      2000,
      [['t0', 't1', 't2', 't3', 't4']],
    ],
    [
      'a chunk takes tasks while their weights fit',
      [3, 3, 3, 1],
      6,
      [
        ['t0', 't1'],
        ['t2', 't3'],
      ],
    ],
    ['a task heavier than a chunk is a chunk of its own', [1, 10, 1], 5, [['t0'], ['t1'], ['t2']]],
    ['no task, no chunk', [], 5, []],
  ])('%s', (_name, weights, size, expected) => {
    expect(chunksOf(weights, size)).toEqual(expected);
  });
});

describe('the results of some articles', () => {
  it('are the whole results as they concern those articles: their events, their statements with their quotes', async () => {
    const store = Store.open(':memory:');
    await ingest([EXAMPLES], { store });
    refreshCorpus(store, { stages: corpusStages() });
    const whole = readCorpus(store);
    // Articles of two events, one of which has other articles too.
    const some = [whole.events[0]!.articles[0]!, whole.events.at(-1)!.articles.at(-1)!];
    const part = readCorpus(store, some);
    const ids = new Set(some);
    expect(part.events).toEqual(whole.events.filter((e) => e.articles.some((a) => ids.has(a))));
    expect(part.events.length).toBeGreaterThan(0);
    expect(part.events.length).toBeLessThan(whole.events.length);
    const quotes = whole.quotes.quotes.filter((q) => ids.has(q.article));
    expect(part.quotes.quotes).toEqual(quotes);
    const ofThese = new Set(quotes.map((q) => q.id));
    expect(part.quotes.statements).toEqual(
      whole.quotes.statements
        .filter((s) => s.quotes.some((q) => ofThese.has(q)))
        .map((s) => ({ ...s, quotes: s.quotes.filter((q) => ofThese.has(q)) })),
    );
    store.close();
  });
});

describe('the item cache of a corpus stage', () => {
  it('writes what changed and forgets what it read at a release; a peek keeps nothing', () => {
    const items = memoryItems();
    items.put('a', { n: 1 });
    items.put('b', { n: 2 });
    const cache = new ItemCache(items);
    expect(cache.get('a')).toEqual({ n: 1 });
    cache.put('c', { n: 3 });
    cache.delete('b');
    expect(cache.size).toBe(3);
    // Nothing is written before a flush or a release.
    expect(items.get('c')).toBeUndefined();
    expect(cache.peek('c')).toEqual({ n: 3 });
    cache.release();
    expect(cache.size).toBe(0);
    expect(items.get('c')).toEqual({ n: 3 });
    expect(items.get('b')).toBeUndefined();
    expect(cache.peek('a')).toEqual({ n: 1 });
    expect(cache.size).toBe(0);
    expect(cache.get('c')).toEqual({ n: 3 });
    expect(cache.size).toBe(1);
  });
});
