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
/** The channel to the reading thread: a thread's port, or a child process's. */
interface Job {
  id: number;
  input: RawInput;
  budgetMs: number;
}
const channel: { on(event: 'message', listener: (job: Job) => void): unknown; postMessage(reply: unknown): unknown } =
  parentPort ?? {
    on: (event, listener) => process.on(event, (job) => listener(job as Job)),
    postMessage: (reply) => process.send!(reply),
  };
channel.on('message', (job) => {
  let reply: PoolReply;
  try {
    reply = { id: job.id, article: runPipeline(job.input, stages, undefined, { budgetMs: job.budgetMs }) };
  } catch (error) {
    reply =
      error instanceof OverBudgetError
        ? { id: job.id, overBudget: { stage: error.stage, elapsedMs: error.elapsedMs, budgetMs: error.budgetMs } }
        : { id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  channel.postMessage(reply);
});
channel.postMessage({ ready: true });
