/**
 * bench/queue: many workers reading into one Postgres store through its job queue.
 *
 * Generated articles (bench/scale/generate.ts, seeded) are written as JSON Lines files (one job each),
 * put on the queue of a new database, and read by 1, 2 and 4 `triangulate worker` processes at once
 * (`--until-idle`); for each it prints the wall time, articles/s, the time the corpus stages held the
 * store's lock (the part that does not run side by side) and whether the results equal the one-worker
 * results, and the one-worker results against one `analyze` of the same files into SQLite. From the
 * one-worker run it models what N workers (on N machines) could reach: each runs the per-article
 * stages on its own, the corpus stages run one at a time.
 *
 * Then the kill test: 2 workers, one of them killed (SIGKILL) at a random moment `--kills` times (and
 * another started in its place); at the end every job must be done, none failed, every article stored
 * once, the corpus results fresh and equal to the one-worker results.
 *
 *   npx tsx bench/queue/run.ts [--articles 2000] [--per-file 20] [--workers 1,2,4] [--kills 20]
 *     [--admin postgres://postgres@127.0.0.1:5432/postgres] [--json FILE]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';
import { freshness } from '../../src/corpus/freshness.ts';
import { Store } from '../../src/store/index.ts';
import { PostgresConnection } from '../../src/store/postgres.ts';
import { JobQueue } from '../../src/store/queue.ts';
import { mulberry32 } from '../lib/random.ts';
import { scaleCorpus } from '../scale/generate.ts';
import { comparable } from '../lib/compare-exports.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'bin', 'triangulate.js');
const USAGE = `Usage: npx tsx bench/queue/run.ts [--articles 2000] [--per-file 20] [--workers 1,2,4] [--kills 20]
         [--admin postgres://postgres@127.0.0.1:5432/postgres] [--json FILE]`;
const { values } = withUsage(USAGE, () =>
  parseArgs({
    options: {
      articles: { type: 'string', default: '2000' },
      'per-file': { type: 'string', default: '20' },
      workers: { type: 'string', default: '1,2,4' },
      kills: { type: 'string', default: '20' },
      admin: {
        type: 'string',
        default: process.env.TRIANGULATE_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      },
      json: { type: 'string' },
    },
  }),
);
const ARTICLES = Number(values.articles);
const PER_FILE = Number(values['per-file']);
const WORKERS = values.workers!.split(',').map(Number);
const KILLS = Number(values.kills);
const ADMIN = values.admin!;

function database(name: string): string {
  const admin = new PostgresConnection(ADMIN);
  try {
    admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    admin.exec(`CREATE DATABASE ${name}`);
  } finally {
    admin.close();
  }
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  return url.toString();
}

function dropDatabase(name: string): void {
  const admin = new PostgresConnection(ADMIN);
  try {
    admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    admin.close();
  }
}

/** The generated articles as JSON Lines files of `PER_FILE` records; the files and the records. */
function writeInputs(dir: string): { files: string[]; records: number; words: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let lines: string[] = [];
  let records = 0;
  let words = 0;
  const flush = () => {
    const file = path.join(dir, `part-${String(files.length).padStart(4, '0')}.jsonl`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    files.push(file);
    lines = [];
  };
  for (const a of scaleCorpus(ARTICLES, { seed: 1919 })) {
    lines.push(JSON.stringify({ text: a.input.content, ...a.input.meta }));
    records++;
    words += a.words;
    if (lines.length === PER_FILE) flush();
  }
  if (lines.length) flush();
  return { files, records, words };
}

/** Runs the CLI to its end. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, TRIANGULATE_HEAP_MB: '0', ...env },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

interface Worker {
  child: ChildProcess;
  done: Promise<number | null>;
  corpusMs: number;
  peakRss: number;
}

/** Starts a worker process; it reports each corpus update on stderr, which is summed. */
function startWorker(db: string, env: NodeJS.ProcessEnv = {}): Worker {
  const child = spawn(process.execPath, [CLI, 'worker', '--db', db, '--until-idle'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, TRIANGULATE_HEAP_MB: '0', ...env },
  });
  const worker: Worker = { child, done: Promise.resolve(null), corpusMs: 0, peakRss: 0 };
  let rest = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    rest += chunk.toString();
    const lines = rest.split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      const m = /corpus results brought up to date \((\d+) ms\)/.exec(line);
      if (m) worker.corpusMs += Number(m[1]);
      else if (line.startsWith('failed:')) console.error(`  ${line}`);
    }
  });
  const sample = setInterval(() => {
    try {
      const status = spawnSync('ps', ['-o', 'rss=', '-p', String(child.pid)], { encoding: 'utf8' }).stdout.trim();
      if (status) worker.peakRss = Math.max(worker.peakRss, Number(status) * 1024);
    } catch {
      // gone
    }
  }, 1000);
  worker.done = new Promise((resolve) =>
    child.on('exit', (code) => {
      clearInterval(sample);
      resolve(code);
    }),
  );
  return worker;
}

function exportOf(db: string): Record<string, unknown> {
  const run = cli(['export', '--db', db, '--format', 'json', '-o', '-']);
  if (run.code !== 0) throw new Error(`export failed: ${run.err}`);
  const exported = JSON.parse(run.out) as {
    events: { articles: string[] }[];
    copies: { articles: string[]; kind: string }[];
  };
  // Events as the groups of articles they are (their numbers and titles follow arrival); copies as
  // the pairs and kinds they are (which of two is the source follows arrival too).
  const events = exported.events.map((e) => [...e.articles].sort().join(' '));
  const copies = exported.copies.map((c) => `${[...c.articles].sort().join(' ')} ${c.kind}`);
  return { ...(comparable(exported) as Record<string, unknown>), events: events.sort(), copies: copies.sort() };
}

/** Which parts of two exports are equal, and for lists how many entries they share. */
function compare(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(b)) {
    const x = a[key];
    const y = b[key];
    if (JSON.stringify(x) === JSON.stringify(y)) out[key] = 'equal';
    else if (Array.isArray(x) && Array.isArray(y)) {
      const sx = new Set(x as string[]);
      const shared = (y as string[]).filter((e) => sx.has(e)).length;
      out[key] = `${shared} of ${Math.max(x.length, y.length)} shared`;
    } else out[key] = 'differs';
  }
  return out;
}

async function jobCounts(db: string) {
  const queue = await JobQueue.open(db, { supervise: false });
  try {
    return await queue.counts();
  } finally {
    await queue.close();
  }
}

function storeCounts(db: string): { articles: number; fresh: boolean } {
  const store = Store.open(db);
  try {
    const state = freshness(store);
    return { articles: store.countArticles(), fresh: !state.behind.length && !state.outdated.length };
  } finally {
    store.close();
  }
}

async function main(): Promise<void> {
  console.log('building the command line…');
  if (spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' }).status !== 0)
    throw new Error('build failed');
  const inputDir = path.join(ROOT, '.bench/queue/input');
  const { files, records, words } = writeInputs(inputDir);
  console.log(
    `${records} generated articles (${Math.round(words / records)} words on average) in ${files.length} files of ${PER_FILE}`,
  );
  const runs: Record<string, unknown>[] = [];
  let reference: Record<string, unknown> | undefined;
  let one: { seconds: number; corpusSeconds: number } | undefined;
  for (const n of WORKERS) {
    const name = `triangulate_bench_w${n}`;
    const db = database(name);
    const queued = cli(['enqueue', inputDir, '--db', db, '--quiet']);
    if (queued.code !== 0) throw new Error(`enqueue failed: ${queued.err}`);
    const started = performance.now();
    const workers = Array.from({ length: n }, () => startWorker(db));
    const codes = await Promise.all(workers.map((w) => w.done));
    const seconds = (performance.now() - started) / 1000;
    const corpusSeconds = workers.reduce((s, w) => s + w.corpusMs, 0) / 1000;
    const counts = await jobCounts(db);
    const stored = storeCounts(db);
    const exported = exportOf(db);
    reference ??= exported;
    if (n === 1) one = { seconds, corpusSeconds };
    const run = {
      workers: n,
      seconds: Math.round(seconds * 10) / 10,
      articlesPerSecond: Math.round((records / seconds) * 10) / 10,
      speedup: one ? Math.round((one.seconds / seconds) * 100) / 100 : 1,
      corpusSeconds: Math.round(corpusSeconds * 10) / 10,
      corpusShare: Math.round((corpusSeconds / seconds) * 100) / 100,
      peakRssMb: Math.round(Math.max(...workers.map((w) => w.peakRss)) / 2 ** 20),
      exitCodes: codes,
      jobs: counts,
      ...stored,
      results: compare(exported, reference),
    };
    runs.push(run);
    console.log(
      `${n} worker${n === 1 ? ' ' : 's'}: ${run.seconds} s, ${run.articlesPerSecond} articles/s (× ${run.speedup}), corpus stages held the lock ${run.corpusSeconds} s (${Math.round(run.corpusShare * 100)} %), peak RSS per worker ${run.peakRssMb} MB; ${stored.articles} articles, fresh: ${stored.fresh}; jobs ${JSON.stringify(counts)}`,
    );
    console.log(`   results against 1 worker: ${JSON.stringify(run.results)}`);
    dropDatabase(name);
  }

  // The same inputs analysed into SQLite by one `analyze`: the one-worker Postgres results against it.
  let sqlite: Record<string, string> | undefined;
  if (reference) {
    const file = path.join(ROOT, '.bench/queue/sqlite.db');
    rmSync(file, { force: true });
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    const started = performance.now();
    const run = cli(['analyze', inputDir, '--db', file, '--quiet']);
    if (run.code !== 0) throw new Error(`analyze failed: ${run.err}`);
    sqlite = compare(exportOf(file), reference);
    console.log(
      `SQLite, one analyze of the same files: ${Math.round((performance.now() - started) / 100) / 10} s; results against 1 worker on Postgres: ${JSON.stringify(sqlite)}`,
    );
  }

  // A model from the one-worker run: the per-article part runs side by side, the corpus part does not.
  let model: Record<string, number> | undefined;
  if (one) {
    const parallel = (one.seconds - one.corpusSeconds) / records;
    const serial = one.corpusSeconds / records;
    const at = (n: number) => Math.round((1 / (parallel / n + serial)) * 10) / 10;
    model = { perArticleMs: Math.round(parallel * 1000), corpusMsPerArticle: Math.round(serial * 1000) };
    for (const n of [1, 2, 4, 8, 16]) model[`machines${n}`] = at(n);
    console.log(
      `model (from the 1-worker run; each worker on its own machine): per-article stages ${model.perArticleMs} ms, corpus stages ${model.corpusMsPerArticle} ms per article, one at a time → ` +
        [1, 2, 4, 8, 16].map((n) => `${n}: ${model![`machines${n}`]}/s`).join(', ') +
        `; the limit, corpus stages alone: ${Math.round(1 / serial)}/s`,
    );
  }

  // The kill test.
  let kill: Record<string, unknown> | undefined;
  if (KILLS > 0 && reference) {
    const name = 'triangulate_bench_kill';
    const db = database(name);
    if (cli(['enqueue', inputDir, '--db', db, '--quiet']).code !== 0) throw new Error('enqueue failed');
    const env = { TRIANGULATE_QUEUE_EXPIRE_S: '8' };
    const rnd = mulberry32(20261205);
    const started = performance.now();
    const running: Worker[] = [startWorker(db, env), startWorker(db, env)];
    let kills = 0;
    while (kills < KILLS) {
      await new Promise((r) => setTimeout(r, 1000 + rnd() * 4000));
      const alive = running.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
      if (!alive.length) break;
      const victim = alive[Math.floor(rnd() * alive.length)]!;
      victim.child.kill('SIGKILL');
      await victim.done;
      kills++;
      running.push(startWorker(db, env));
    }
    // The last ones finish the queue (the jobs of killed workers come back once they expire).
    await Promise.all(running.map((w) => w.done));
    const finisher = startWorker(db, env);
    await finisher.done;
    const seconds = (performance.now() - started) / 1000;
    const counts = await jobCounts(db);
    const stored = storeCounts(db);
    const results = compare(exportOf(db), reference);
    const expected = (runs[0] as { articles: number }).articles;
    kill = {
      kills,
      seconds: Math.round(seconds),
      jobs: counts,
      files: files.length,
      ...stored,
      expectedArticles: expected,
      lost: Math.max(0, expected - stored.articles),
      results,
    };
    console.log(
      `kill test: ${kills} workers killed (SIGKILL) in ${Math.round(seconds)} s; jobs ${JSON.stringify(counts)} of ${files.length}; ${stored.articles} articles stored (${expected} expected), fresh: ${stored.fresh}`,
    );
    console.log(`   results against 1 worker without kills: ${JSON.stringify(results)}`);
    dropDatabase(name);
  }
  if (values.json)
    writeFileSync(
      values.json,
      `${JSON.stringify({ articles: records, files: files.length, runs, model, kill }, null, 2)}\n`,
    );
}

await main();
