/**
 * The job queue of a Postgres store, on pg-boss (its tables in the schema `triangulate_queue` of the
 * store's database): each job is one input (a file or a URL) to read, analyse and store. A job failed
 * is tried again with a growing delay; one that failed every try is kept on a dead-letter queue with its
 * reason. A job a worker took and did not finish (the worker was killed) expires and is taken again.
 * Storing is idempotent (an article's id is its content's), so a job done twice stores nothing twice.
 */
import { randomBytes } from 'node:crypto';
import PgBoss from 'pg-boss';
import { StoreError, UsageError } from '../errors.ts';
import { redact } from './postgres.ts';
import { isPostgresAddress } from './sql.ts';

/** The queue of inputs, and where the inputs that failed every try are kept. */
export const QUEUE = 'articles';
export const DEAD_LETTERS = 'articles-failed';
const SCHEMA = 'triangulate_queue';

/** How jobs are retried and when a job taken is given up as lost. */
export const QUEUE_POLICY = {
  /** Tries after the first. */
  retryLimit: 4,
  /** Seconds before the first retry; doubled at each (backoff). */
  retryDelay: 2,
  /** Seconds a job may stay taken before it counts as lost and is taken again. */
  expireInSeconds: 120,
};

/** One job's input and what became of it. */
export interface JobInput {
  input: string;
}

export interface JobCounts {
  queued: number;
  retrying: number;
  active: number;
  completed: number;
  failed: number;
}

export interface DeadLetter {
  input: string;
  reason: string;
  tries: number;
  at: string;
}

let lastMs = 0;
let sequence = 0;

/**
 * A job id that sorts after every id made before it (the time in milliseconds, a sequence within the
 * millisecond, then random bits, laid out as a UUID): the queue takes jobs put at one moment by id.
 */
export function orderedId(): string {
  const now = Date.now();
  if (now <= lastMs) {
    if (++sequence > 0xffff) {
      lastMs++;
      sequence = 0;
    }
  } else {
    lastMs = now;
    sequence = 0;
  }
  const hex =
    lastMs.toString(16).padStart(12, '0') + sequence.toString(16).padStart(4, '0') + randomBytes(8).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A connection to the queue of a Postgres store. */
export class JobQueue {
  private constructor(
    private readonly boss: PgBoss,
    readonly address: string,
    readonly policy: typeof QUEUE_POLICY,
  ) {}

  /**
   * Connects (creating the queue's tables and queues if needed). The retry policy (`QUEUE_POLICY`) and
   * how often lost jobs are looked for (`maintenanceSeconds`) may be set for tests and benches.
   */
  static async open(
    address: string,
    options: { maintenanceSeconds?: number; supervise?: boolean; policy?: Partial<typeof QUEUE_POLICY> } = {},
  ): Promise<JobQueue> {
    if (!isPostgresAddress(address))
      throw new UsageError(`the job queue needs a Postgres store (--db postgres://…); ${address} is a SQLite file`);
    const boss = new PgBoss({
      connectionString: address,
      schema: SCHEMA,
      max: 4,
      supervise: options.supervise ?? true,
      schedule: false,
      maintenanceIntervalSeconds: options.maintenanceSeconds ?? 30,
    });
    boss.on('error', () => {});
    try {
      await boss.start();
    } catch (error) {
      throw new StoreError(redact(address), `cannot open the job queue: ${(error as Error).message}`);
    }
    const policy = { ...QUEUE_POLICY, ...options.policy };
    const queue = new JobQueue(boss, address, policy);
    if (!(await boss.getQueue(DEAD_LETTERS))) await boss.createQueue(DEAD_LETTERS, { name: DEAD_LETTERS });
    const settings = {
      name: QUEUE,
      retryLimit: policy.retryLimit,
      retryDelay: policy.retryDelay,
      retryBackoff: true,
      expireInSeconds: policy.expireInSeconds,
      deadLetter: DEAD_LETTERS,
    };
    if (!(await boss.getQueue(QUEUE))) await boss.createQueue(QUEUE, settings);
    else if (options.policy) await boss.updateQueue(QUEUE, settings);
    return queue;
  }

  /**
   * Puts inputs on the queue; returns how many. Jobs are taken in the order they were put (their ids
   * grow with it), so that one worker stores articles in the order `add` would.
   */
  async enqueue(inputs: readonly string[]): Promise<number> {
    const batch = 1000;
    for (let i = 0; i < inputs.length; i += batch)
      await this.boss.insert(
        inputs.slice(i, i + batch).map((input) => ({ id: orderedId(), name: QUEUE, data: { input } })),
      );
    return inputs.length;
  }

  /** Takes up to `n` jobs (none when the queue has none ready). */
  async take(n: number): Promise<{ id: string; input: string }[]> {
    const jobs = (await this.boss.fetch<JobInput>(QUEUE, { batchSize: n })) ?? [];
    return jobs.map((j) => ({ id: j.id, input: j.data.input }));
  }

  async done(id: string, output: object): Promise<void> {
    await this.boss.complete(QUEUE, id, output);
  }

  /** Marks a job failed with its reason: it is tried again later, or kept as a dead letter after its last try. */
  async failed(id: string, reason: string): Promise<void> {
    await this.boss.fail(QUEUE, id, { reason });
  }

  /**
   * Waits while a job put before this one is being read by a worker (so that articles are stored in
   * the order their inputs were put), at most `maxMs`; a job before it that failed and waits for its
   * retry is not waited for.
   */
  async waitForEarlier(id: string, maxMs = this.policy.expireInSeconds * 1000, signal?: AbortSignal): Promise<void> {
    const until = performance.now() + maxMs;
    let pause = 20;
    while (!signal?.aborted && performance.now() < until) {
      const { rows } = await this.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${SCHEMA}.job WHERE name = $1 AND id < $2 AND state = 'active'`,
        [QUEUE, id],
      );
      if (!rows[0]!.n) return;
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 200);
    }
  }

  /** The jobs by state. */
  async counts(): Promise<JobCounts> {
    const { rows } = await this.sql<{ state: string; n: number }>(
      `SELECT state, count(*)::int AS n FROM ${SCHEMA}.job WHERE name = $1 GROUP BY state`,
      [QUEUE],
    );
    const by = Object.fromEntries(rows.map((r) => [r.state, r.n])) as Record<string, number>;
    return {
      queued: by.created ?? 0,
      retrying: by.retry ?? 0,
      active: by.active ?? 0,
      completed: by.completed ?? 0,
      failed: (by.failed ?? 0) + (by.cancelled ?? 0),
    };
  }

  /** True when no job is waiting, retrying or taken. */
  async idle(): Promise<boolean> {
    const c = await this.counts();
    return c.queued + c.retrying + c.active === 0;
  }

  /** The inputs that failed every try, newest first, with their last reason. */
  async deadLetters(limit = 100): Promise<DeadLetter[]> {
    const { rows } = await this.sql<{ data: JobInput; output: { reason?: string } | null; tries: number; at: Date }>(
      `SELECT data, output, retry_count AS tries, completed_on AS at FROM ${SCHEMA}.job
        WHERE name = $1 AND state = 'failed' ORDER BY completed_on DESC LIMIT $2`,
      [QUEUE, limit],
    );
    return rows.map((r) => ({
      input: r.data.input,
      reason: r.output?.reason ?? '(no reason recorded)',
      tries: r.tries + 1,
      at: new Date(r.at).toISOString(),
    }));
  }

  /** Puts the inputs that failed every try back on the queue; returns how many. */
  async retryDeadLetters(): Promise<number> {
    const dead = await this.sql<{ id: string }>(`SELECT id FROM ${SCHEMA}.job WHERE name = $1 AND state = 'failed'`, [
      QUEUE,
    ]);
    for (const { id } of dead.rows) await this.boss.retry(QUEUE, id);
    return dead.rows.length;
  }

  private async sql<T>(text: string, values: unknown[]): Promise<{ rows: T[] }> {
    return (await this.boss.getDb().executeSql(text, values)) as { rows: T[] };
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true, close: true } as never);
  }
}
