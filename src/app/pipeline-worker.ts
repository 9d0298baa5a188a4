/**
 * A thread of the pipeline pool (`pool.ts`): runs every per-article stage on the inputs it is sent and
 * sends each article back (or why it was given up). The stages are pure, so an article made here is the
 * one the reading thread would have made.
 */
import { parentPort } from 'node:worker_threads';
import type { RawInput } from '../article/types.ts';
import { OverBudgetError, runPipeline } from '../pipeline/runner.ts';
import { articleStages } from '../pipeline/stages.ts';
import type { PoolReply } from './pool.ts';

const stages = articleStages();
parentPort!.on('message', (job: { id: number; input: RawInput; budgetMs: number }) => {
  let reply: PoolReply;
  try {
    reply = { id: job.id, article: runPipeline(job.input, stages, undefined, { budgetMs: job.budgetMs }) };
  } catch (error) {
    reply =
      error instanceof OverBudgetError
        ? { id: job.id, overBudget: { stage: error.stage, elapsedMs: error.elapsedMs, budgetMs: error.budgetMs } }
        : { id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
