/**
 * The pipeline pool: the per-article stages on worker threads, one per core, so that reading a large
 * corpus uses every core. The reading thread reads the inputs, sends them out, and stores the articles
 * in the order read (`ingest.ts`), one transaction each: the articles, and so the store, are the same
 * whatever the number of threads.
 */
import { availableParallelism, totalmem } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Article, RawInput } from '../article/types.ts';
import { OverBudgetError } from '../pipeline/runner.ts';
import { programThread } from './threads.ts';

/** What a thread sends back for one input. */
export type PoolReply =
  | { id: number; article: Article }
  | { id: number; overBudget: { stage: string; elapsedMs: number; budgetMs: number } }
  | { id: number; error: string };

/** Threads started when none is asked for, at most: each holds its own models (about 250 MB). */
const MAX_DEFAULT_WORKERS = 8;

/** The number of threads when none is asked for: the machine's cores, up to 8 and 1 per 512 MB of memory. */
export function defaultWorkers(): number {
  const byMemory = Math.floor(totalmem() / (512 * 1024 * 1024));
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_WORKERS, byMemory));
}

interface Waiting {
  resolve: (article: Article) => void;
  reject: (error: Error) => void;
}

/** Threads that run the per-article stages; `run` gives the article of one input. */
export class PipelinePool {
  private readonly threads: Worker[] = [];
  private readonly busy = new Map<Worker, number>();
  private readonly pending = new Map<number, Waiting>();
  private next = 0;
  private failure: Error | undefined;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      const thread = programThread('./pipeline-worker.ts', null);
      this.busy.set(thread, 0);
      thread.on('message', (reply: PoolReply) => {
        this.busy.set(thread, (this.busy.get(thread) ?? 1) - 1);
        const waiting = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (!waiting) return;
        if ('article' in reply) waiting.resolve(reply.article);
        else if ('overBudget' in reply) {
          const { stage, elapsedMs, budgetMs } = reply.overBudget;
          waiting.reject(new OverBudgetError(stage, elapsedMs, budgetMs));
        } else waiting.reject(new Error(`a pipeline thread failed: ${reply.error}`));
      });
      // A thread that dies (out of memory, a crash) fails what it had, and every later run: the
      // reading stops with the reason rather than waiting for ever.
      thread.on('error', (error) => this.fail(error));
      thread.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a pipeline thread stopped (exit code ${code})`));
      });
      this.threads.push(thread);
    }
  }

  /** Inputs sent out and not yet answered. */
  get waiting(): number {
    return this.pending.size;
  }

  /** The article of one input, made on the least busy thread. */
  run(input: RawInput, budgetMs: number): Promise<Article> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next++;
    const thread = this.threads.reduce((a, b) => ((this.busy.get(b) ?? 0) < (this.busy.get(a) ?? 0) ? b : a));
    this.busy.set(thread, (this.busy.get(thread) ?? 0) + 1);
    // The bytes stay here: the stages read the decoded content.
    const job = { id, input: { ...input, bytes: new Uint8Array(0) }, budgetMs };
    return new Promise<Article>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      thread.postMessage(job);
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(this.failure);
    this.pending.clear();
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    this.failure ??= new Error('the pipeline pool is closed');
    await Promise.all(this.threads.map((t) => t.terminate()));
  }
}
