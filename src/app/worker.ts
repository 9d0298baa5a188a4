/**
 * A worker of a Postgres store: takes inputs off the job queue, runs the per-article stages and stores
 * each article (in its own transaction), and brings the corpus results up to date — under the store's
 * corpus lock, so that of any number of workers on any number of machines one runs the corpus stages at
 * a time while the others go on reading. A worker that finds the lock taken goes on: the holder looks
 * again for articles it has not taken in before it lets go.
 */
import { ingest } from './ingest.ts';
import { updateCorpus } from './update.ts';
import { freshness } from '../corpus/freshness.ts';
import type { ReadOptions } from '../read/index.ts';
import type { Store } from '../store/index.ts';
import type { JobQueue } from '../store/queue.ts';

export interface WorkerOptions {
  /** Jobs taken at once (read one after the other; default 1: others take the next ones meanwhile). */
  batch?: number;
  /** Stop once the queue is empty and the corpus results are fresh (default: wait for more). */
  untilIdle?: boolean;
  /** Milliseconds between looks at an empty queue (default 1000). */
  pollMs?: number;
  /**
   * Milliseconds between corpus updates while jobs keep coming (default 30,000); the results are
   * brought up to date at once whenever the queue runs dry. An update costs a part that does not grow
   * with the articles it takes in: fewer, larger ones cost less in all.
   */
  refreshMs?: number;
  read?: (store: Store) => ReadOptions;
  budgetMs?: number;
  signal?: AbortSignal;
  /** Hears each job done or failed, and each corpus update. */
  onEvent?: (event: WorkerEvent) => void;
}

export type WorkerEvent =
  | { kind: 'done'; input: string; articles: number; added: number }
  | { kind: 'failed'; input: string; reason: string }
  | { kind: 'corpus'; ms: number; stages: string[] };

export interface WorkerReport {
  jobs: number;
  failed: number;
  articles: number;
  corpusUpdates: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/** Runs until stopped (or, with `untilIdle`, until there is nothing left to do). */
export async function runWorker(store: Store, queue: JobQueue, options: WorkerOptions = {}): Promise<WorkerReport> {
  const report: WorkerReport = { jobs: 0, failed: 0, articles: 0, corpusUpdates: 0 };
  const event = options.onEvent ?? (() => {});
  const read = options.read?.(store);
  let lastRefresh = performance.now();
  while (!options.signal?.aborted) {
    const jobs = await queue.take(options.batch ?? 1);
    for (const job of jobs) {
      report.jobs++;
      let reason: string | undefined;
      try {
        const done = await ingest([job.input], {
          store,
          ...(read ? { read } : {}),
          budgetMs: options.budgetMs,
          // Read and analysed side by side with other workers; stored in the order the inputs were put.
          beforeSave: () => queue.waitForEarlier(job.id, undefined, options.signal),
        });
        const failures = done.failed.map((f) => `${f.path}: ${f.reason}`);
        if (failures.length && !done.articles.length) reason = failures.join('; ');
        else {
          await queue.done(job.id, { articles: done.articles.length, ...done.outcomes, failures });
          report.articles += done.articles.length;
          event({ kind: 'done', input: job.input, articles: done.articles.length, added: done.outcomes.added });
        }
      } catch (error) {
        reason = (error as Error).message;
      }
      if (reason !== undefined) {
        report.failed++;
        await queue.failed(job.id, reason);
        event({ kind: 'failed', input: job.input, reason });
      }
    }
    const due = !jobs.length || performance.now() - lastRefresh >= (options.refreshMs ?? 30_000);
    if (due) {
      report.corpusUpdates += refreshWhenFree(store, event);
      lastRefresh = performance.now();
    }
    if (jobs.length) continue;
    if (options.untilIdle && (await queue.idle()) && !stale(store)) break;
    await sleep(options.pollMs ?? 1000, options.signal);
  }
  return report;
}

/** True when the corpus results are not those of the store as it is. */
function stale(store: Store): boolean {
  const state = freshness(store);
  return state.behind.length + state.outdated.length > 0;
}

/**
 * Brings the corpus results up to date unless another worker is at it; looks again after each update
 * for articles stored meanwhile. Returns how many updates it ran.
 */
export function refreshWhenFree(store: Store, event: (e: WorkerEvent) => void = () => {}): number {
  let updates = 0;
  while (stale(store)) {
    const ran = store.exclusively('corpus', () => {
      const started = performance.now();
      const result = updateCorpus(store);
      event({ kind: 'corpus', ms: Math.round(performance.now() - started), stages: result.stages.map((s) => s.name) });
      return true;
    });
    if (!ran) break;
    updates++;
  }
  return updates;
}
