/**
 * The pipeline pool: articles made on other threads are the ones this thread makes, stored in the order
 * read, so a store built with several threads is the one built with one; an article over its time
 * budget on a thread is named and not stored, as on this thread; a bad --workers is a usage error.
 */
import { describe, expect, it, vi } from 'vitest';
import { ingest, type IngestReport } from '../src/app/ingest.ts';
import { PipelinePool } from '../src/app/pool.ts';
import { Store } from '../src/store/index.ts';
import { cli } from './helpers/run.ts';
import { EXAMPLES, inputFiles } from './helpers/shared.ts';

const files = inputFiles(EXAMPLES);

async function build(workers: number, budgetMs?: number): Promise<{ store: Store; report: IngestReport }> {
  const store = Store.open(':memory:');
  // poolAfter 0: the pool's threads start at the first input, so that a small corpus goes through them.
  const report = await ingest(files, { store, workers, poolAfter: 0, ...(budgetMs ? { budgetMs } : {}) });
  return { store, report };
}

describe('pipeline pool', () => {
  it('stores the same articles, in the same order, with two threads as with one', async () => {
    const one = await build(1);
    const sent = vi.spyOn(PipelinePool.prototype, 'run');
    const two = await build(2);
    // The pool's thread made some of them.
    expect(sent.mock.calls.length).toBeGreaterThan(0);
    sent.mockRestore();
    expect(one.report.articles.length).toBeGreaterThan(10);
    expect(two.report.articles).toEqual(one.report.articles);
    expect(two.report.outcomes).toEqual(one.report.outcomes);
    const articles = (s: Store) => s.listArticles();
    expect(articles(two.store)).toEqual(articles(one.store));
    one.store.close();
    two.store.close();
  }, 120_000);

  it('names each article over its time budget and stores none of them, as one thread does', async () => {
    const one = await build(1, 0.001);
    const two = await build(2, 0.001);
    expect(two.report.articles).toEqual([]);
    expect(one.report.failed.length).toBeGreaterThan(10);
    expect(two.report.failed.map((f) => f.path)).toEqual(one.report.failed.map((f) => f.path));
    for (const failure of two.report.failed) expect(failure.reason).toMatch(/over the time budget/);
    expect(two.store.countArticles()).toBe(0);
    one.store.close();
    two.store.close();
  }, 120_000);

  it('refuses a number of threads that is not a whole number of at least 1', async () => {
    for (const bad of ['0', '1.5', 'many']) {
      const run = await cli('add', files[0]!, '--db', ':memory:', '--workers', bad);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/--workers must be a whole number of at least 1/);
    }
  });
});
