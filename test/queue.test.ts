/**
 * The job queue of a Postgres store: inputs put on it are read by workers into the store, with the
 * same results as one `analyze` on SQLite (arrival order aside); two workers at once give the same; an
 * input that fails every try ends on the dead-letter list with its reason; the commands need Postgres.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runWorker } from '../src/app/worker.ts';
import { freshness } from '../src/corpus/freshness.ts';
import { comparable } from '../bench/lib/compare-exports.ts';
import { Store } from '../src/store/index.ts';
import { JobQueue } from '../src/store/queue.ts';
import { dropDatabases, freshDatabase, postgresAvailable } from './helpers/postgres.ts';
import { cli } from './helpers/run.ts';
import { EXAMPLES } from './helpers/shared.ts';

const on = postgresAvailable();
afterAll(dropDatabases);

async function sqliteExport(): Promise<unknown> {
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'triangulate-queue-')), 'one.db');
  const run = await cli('analyze', EXAMPLES, '--db', db, '--quiet', '--json', '-');
  expect(run.code, run.err).toBe(0);
  return comparable(JSON.parse(run.out));
}

async function exportOf(db: string): Promise<unknown> {
  const run = await cli('export', '--db', db, '--format', 'json', '-o', '-');
  expect(run.code, run.err).toBe(0);
  return comparable(JSON.parse(run.out));
}

describe.skipIf(!on)('the job queue', () => {
  it('enqueue, worker and jobs: the example corpus read by a worker answers as one analyze on SQLite', async () => {
    const db = freshDatabase();
    const queued = await cli('enqueue', EXAMPLES, path.join(EXAMPLES, 'missing.txt'), '--db', db);
    expect(queued.code).toBe(1);
    expect(queued.err).toContain('missing.txt');
    expect(queued.out).toContain('Queued 12 inputs');
    const before = await cli('jobs', '--db', db, '--json');
    expect(JSON.parse(before.out).counts).toMatchObject({ queued: 12, completed: 0, failed: 0 });
    const worked = await cli('worker', '--db', db, '--until-idle', '--quiet');
    expect(worked.code, worked.err).toBe(0);
    const after = await cli('jobs', '--db', db);
    expect(after.out).toContain('0 queued, 0 retrying, 0 being read, 12 done, 0 failed');
    const store = Store.open(db);
    const state = freshness(store);
    store.close();
    expect([...state.behind, ...state.outdated]).toEqual([]);
    expect(await exportOf(db)).toEqual(await sqliteExport());
  });

  it('two workers at once store every article once, in the order the inputs were put: the same results', async () => {
    const db = freshDatabase();
    expect((await cli('enqueue', EXAMPLES, '--db', db, '--quiet')).code).toBe(0);
    const one = async () => {
      const store = Store.open(db);
      const queue = await JobQueue.open(db, { supervise: false });
      try {
        return await runWorker(store, queue, { batch: 1, untilIdle: true, pollMs: 100 });
      } finally {
        await queue.close();
        store.close();
      }
    };
    const reports = await Promise.all([one(), one()]);
    expect(reports[0]!.jobs + reports[1]!.jobs).toBe(12);
    expect(reports.every((r) => r.jobs > 0)).toBe(true);
    const store = Store.open(db);
    const state = freshness(store);
    store.close();
    expect([...state.behind, ...state.outdated]).toEqual([]);
    expect(await exportOf(db)).toEqual(await sqliteExport());
  });

  it('keeps an input that failed every try on the dead-letter list, with its reason; --retry puts it back', async () => {
    const db = freshDatabase();
    const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-queue-'));
    const empty = path.join(dir, 'broken.json');
    writeFileSync(empty, '{"text": "An unfinished rec');
    Store.open(db).close();
    const queue = await JobQueue.open(db, { supervise: false, policy: { retryLimit: 1, retryDelay: 1 } });
    const store = Store.open(db);
    try {
      await queue.enqueue([empty]);
      const report = await runWorker(store, queue, { untilIdle: true, pollMs: 200 });
      expect(report).toMatchObject({ jobs: 2, failed: 2 });
      const listed = await cli('jobs', '--db', db);
      expect(listed.out).toContain('1 failed');
      expect(listed.out).toContain(empty);
      expect(listed.out).toContain('2 tries');
      expect(listed.out).toMatch(/not valid JSON/);
      expect((await cli('jobs', '--db', db, '--retry')).out).toContain('Put 1 failed input back');
      expect((await queue.counts()).failed).toBe(0);
    } finally {
      await queue.close();
      store.close();
    }
  });

  it('says in one line which queue it cannot reach, without the password', async () => {
    const run = await cli('jobs', '--db', 'postgres://someone:secret@127.0.0.1:1/nowhere');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^error: postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere: cannot open the job queue: /);
    expect(run.err.split('\n')).toHaveLength(1);
    expect(run.err).not.toContain('secret');
  });

  it('needs a Postgres store, and says so', async () => {
    for (const command of ['enqueue', 'worker', 'jobs']) {
      const run = await cli(command, ...(command === 'enqueue' ? [EXAMPLES] : []), '--db', 'story.db');
      expect(run.code).toBe(2);
      expect(run.err).toContain('needs a Postgres store');
    }
  });
});
