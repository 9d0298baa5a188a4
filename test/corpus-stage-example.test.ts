/**
 * docs/adding-a-corpus-stage.md, followed: a small corpus stage (articles per outlet) written to the
 * contract, run by the one runner after the stages of src/corpus/stages.ts, incremental (an update
 * reads and writes only what the change touches) and order-free (batches equal one run).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/app/ingest.ts';
import type { CorpusStage } from '../src/corpus/stage.ts';
import { corpusStages } from '../src/corpus/stages.ts';
import { refreshCorpus } from '../src/corpus/runner.ts';
import { Store } from '../src/store/index.ts';
import { EXAMPLES } from './helpers/shared.ts';

/** Step 1: the factory. It keeps, per outlet, the articles it carries (a term) and their count (an item). */
function outletsStage(log: string[]): CorpusStage {
  return {
    name: 'outlets',
    version: 1,
    needs: [],
    update(ctx, change) {
      if (change.full) ctx.items.clear();
      const touched = new Set<string>();
      for (const article of ctx.store.articles(change.articles)) {
        // Step 2: what an article contributes is kept, so a new analysis of it can take it back.
        const before = ctx.items.get<string>(`a:${article.id}`);
        if (before) {
          ctx.items.unfile(`o:${before}`, article.id);
          touched.add(before);
        }
        const outlet = article.meta.outlet ?? '(unknown)';
        ctx.items.put(`a:${article.id}`, outlet);
        ctx.items.file(`o:${outlet}`, article.id);
        touched.add(outlet);
      }
      // Step 3: each outlet touched is counted again, whole, from what is stored.
      for (const outlet of touched) ctx.items.put(`n:${outlet}`, ctx.items.keysUnder(`o:${outlet}`).length);
      log.push(`${change.full ? 'full' : 'update'}: ${change.articles.length} articles, ${touched.size} outlets`);
      return { articles: change.articles };
    },
  };
}

/** The stage's results, read as a reader would. */
function counts(store: Store): Record<string, number> {
  return Object.fromEntries([...store.items('outlets').scan<number>('n:')].map(([k, n]) => [k.slice(2), n]));
}

describe('a corpus stage written to the contract (docs/adding-a-corpus-stage.md)', () => {
  it('runs after the others, once per change, incrementally, and batches equal one run', async () => {
    const log: string[] = [];
    // Step 6: added to the order (here: after the project's stages).
    const stages = [...corpusStages(), outletsStage(log)];
    const batched = Store.open(':memory:');
    await ingest([path.join(EXAMPLES, 'herald-dam-breach.txt'), path.join(EXAMPLES, 'northgate-wire.jsonl')], {
      store: batched,
    });
    refreshCorpus(batched, { stages });
    // Nothing changed: the runner does not call it.
    refreshCorpus(batched, { stages });
    await ingest([EXAMPLES], { store: batched });
    refreshCorpus(batched, { stages });
    expect(log).toEqual(['full: 4 articles, 2 outlets', 'update: 10 articles, 10 outlets']);

    const once = Store.open(':memory:');
    await ingest([EXAMPLES], { store: once });
    refreshCorpus(once, { stages: [...corpusStages(), outletsStage([])] });
    expect(counts(batched)).toEqual(counts(once));
    expect(counts(once)['Northgate Wire']).toBe(3);
    expect(Object.values(counts(once)).reduce((a, b) => a + b, 0)).toBe(14);
  });
});
