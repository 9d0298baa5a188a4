/**
 * `enqueue`, `worker` and `jobs`: many workers, on any number of machines, reading into one Postgres
 * store through its job queue.
 */
import path from 'node:path';
import { runWorker } from '../../app/worker.ts';
import { UsageError } from '../../errors.ts';
import { listInputs } from '../../read/index.ts';
import { isPostgresAddress, Store } from '../../store/index.ts';
import { redact } from '../../store/postgres.ts';
import { JobQueue, QUEUE_POLICY } from '../../store/queue.ts';
import { INGEST_OPTIONS, readingOptions } from '../add/index.ts';
import { dbPath, parse, seconds, type Command } from '../shared.ts';

const DB_HELP = `  --db URL         the Postgres store (default: $TRIANGULATE_DB), e.g. postgres://user@host/story`;

/** The store's address; the queue lives in Postgres only. */
function postgresDb(flag: string | undefined): string {
  const address = dbPath(flag);
  if (!isPostgresAddress(address))
    throw new UsageError(
      `the job queue needs a Postgres store: give --db postgres://user@host/database (or set TRIANGULATE_DB); "${address}" is a SQLite file`,
    );
  return address;
}

export const enqueue: Command = {
  name: 'enqueue',
  help: `Usage: triangulate enqueue INPUT... --db postgres://…

Puts inputs on the job queue of a Postgres store, for "triangulate worker" processes to read, analyse
and store. A directory is put as its files (each one job); a URL is one job, fetched by the worker
that takes it. Files are read by the workers where they run: give paths every worker can read (a
shared volume), or URLs.

Options:
${DB_HELP}
  -q, --quiet      print nothing but errors
  -h, --help       this help

Exit code: 0 when every input was put on the queue, 1 when some could not be (each is named), 2 on a
usage error.`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, { db: { type: 'string' } });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    if (!positionals.length)
      throw new UsageError('no input given: name files, directories or URLs to put on the queue');
    const address = postgresDb(values.db);
    const urls = positionals.filter((p) => /^https?:\/\//i.test(p));
    const { files, errors } = await listInputs(positionals.filter((p) => !urls.includes(p)));
    for (const e of errors) io.err(`error: ${e.path}: ${e.reason}`);
    // The schema first (a new store), so that workers starting at once find it made.
    Store.open(address).close();
    const queue = await JobQueue.open(address, { supervise: false });
    try {
      const n = await queue.enqueue([...files.map((f) => path.resolve(f)), ...urls]);
      if (!values.quiet) io.out(`Queued ${n} input${n === 1 ? '' : 's'} on ${redact(address)}.`);
    } finally {
      await queue.close();
    }
    return errors.length ? 1 : 0;
  },
};

export const worker: Command = {
  name: 'worker',
  help: `Usage: triangulate worker --db postgres://… [options]

Takes inputs off the job queue of a Postgres store, reads, analyses and stores their articles, and
brings the corpus results up to date (one worker at a time does, under the store's lock; the others
go on reading). Run as many as you like, on as many machines: they read side by side and store in
the order the inputs were put, so that any number of them gives the results one would. A job that
fails is tried again later (${QUEUE_POLICY.retryLimit} more times, waiting longer each time); one that
failed every time is listed by "triangulate jobs". A worker killed loses nothing: its jobs are taken
again after ${QUEUE_POLICY.expireInSeconds} s.

Options:
${DB_HELP}
  --batch N        jobs taken at once (default: 1)
  --until-idle     stop once the queue is empty and the corpus results are up to date
  --refresh S      while jobs keep coming, bring the corpus results up to date at most every S
                   seconds (default: 30); always when the queue runs dry
  --max-size MB    refuse a single article (or fetched page) larger than this (default: 16)
  --time-budget S  give up an article that takes longer than this to analyse (default: 30)
  --timeout S      give up a URL that has not answered whole within this time (default: 30)
  --allow-private  fetch from private, loopback and link-local addresses too (refused by default)
  -q, --quiet      print nothing but failures
  -h, --help       this help

Stop it with Ctrl-C (or SIGTERM): it finishes the article it is on.`,
  async run(argv, io) {
    const { values } = parse(argv, {
      db: { type: 'string' },
      batch: { type: 'string' },
      'until-idle': { type: 'boolean' },
      refresh: { type: 'string' },
      'max-size': INGEST_OPTIONS['max-size'],
      'time-budget': INGEST_OPTIONS['time-budget'],
      timeout: INGEST_OPTIONS.timeout,
      'allow-private': INGEST_OPTIONS['allow-private'],
    });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const address = postgresDb(values.db);
    const batch = values.batch === undefined ? 1 : Number(values.batch);
    if (!Number.isInteger(batch) || batch < 1 || batch > 1000)
      throw new UsageError(`--batch must be a whole number from 1 to 1000, not "${values.batch}"`);
    const { budgetMs, readWith } = readingOptions(values);
    const store = Store.open(address);
    // For benches and tests: how soon a killed worker's jobs are taken again.
    const expire = Number(process.env.TRIANGULATE_QUEUE_EXPIRE_S) || undefined;
    const queue = await JobQueue.open(address, {
      maintenanceSeconds: expire ? Math.max(1, Math.round(expire / 2)) : undefined,
      ...(expire ? { policy: { expireInSeconds: expire } } : {}),
    });
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      if (!values.quiet) io.err(`worker ${process.pid}: taking jobs from ${redact(address)}`);
      const report = await runWorker(store, queue, {
        batch,
        untilIdle: values['until-idle'] === true,
        refreshMs: seconds(values.refresh, '--refresh', 30) * 1000,
        read: readWith,
        budgetMs,
        signal: stop.signal,
        onEvent: (e) => {
          if (e.kind === 'failed') io.err(`failed: ${e.input}: ${e.reason}`);
          else if (values.quiet) return;
          else if (e.kind === 'done') io.err(`done: ${e.input} (${e.articles} articles, ${e.added} new)`);
          else io.err(`corpus results brought up to date (${e.ms} ms)`);
        },
      });
      if (!values.quiet)
        io.out(
          `Worker ${process.pid}: ${report.jobs} jobs (${report.failed} failed), ${report.articles} articles, ${report.corpusUpdates} corpus updates.`,
        );
      return 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await queue.close();
      store.close();
    }
  },
};

export const jobs: Command = {
  name: 'jobs',
  help: `Usage: triangulate jobs --db postgres://… [options]

The job queue of a Postgres store: how many inputs are queued, retrying, being read, done and failed,
and the inputs that failed every try (the dead letters) with their reason.

Options:
${DB_HELP}
  --retry          put the inputs that failed every try back on the queue
  --json           print {counts, deadLetters}
  -h, --help       this help`,
  async run(argv, io) {
    const { values } = parse(argv, { db: { type: 'string' }, retry: { type: 'boolean' }, json: { type: 'boolean' } });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const address = postgresDb(values.db);
    const queue = await JobQueue.open(address, { supervise: false });
    try {
      if (values.retry) {
        const n = await queue.retryDeadLetters();
        io.out(`Put ${n} failed input${n === 1 ? '' : 's'} back on the queue.`);
        return 0;
      }
      const counts = await queue.counts();
      const dead = await queue.deadLetters();
      if (values.json) {
        io.out(JSON.stringify({ counts, deadLetters: dead }, null, 2));
        return 0;
      }
      io.out(
        `Jobs on ${redact(address)}: ${counts.queued} queued, ${counts.retrying} retrying, ${counts.active} being read, ${counts.completed} done, ${counts.failed} failed.`,
      );
      if (dead.length) {
        io.out('\nFailed every try (retry them with --retry):');
        for (const d of dead) io.out(`  ${d.input}\n    ${d.tries} tries, last ${d.at}: ${d.reason}`);
      }
      return 0;
    } finally {
      await queue.close();
    }
  },
};
