/**
 * The kill test: `triangulate add` of generated articles killed (SIGKILL) at random moments, then the
 * corpus stages (brought up to date by the first reading command) killed at random moments too.
 * After every kill the database is checked: SQLite's integrity check, no article without its source
 * or its analysis, the full-text index in step with the articles, the corpus results stamped with one
 * revision. At the end one run finishes the rest, and the store must hold every article once, with
 * the same corpus results (`check --json`) as a store built without a kill.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { scaleCorpus } from '../scale/generate.ts';
import { mulberry32 } from '../lib/random.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'bin', 'triangulate.js');

/** Runs the CLI; with `killAfterMs`, kills it then (if still running). Resolves with how it ended. */
function run(
  args: string[],
  killAfterMs?: number,
): Promise<{ code: number | null; killed: boolean; out: string; err: string }> {
  return new Promise((resolve) => {
    // The process that does the work is the one killed: not a launcher in front of it
    // (TRIANGULATE_HEAP_MB=0 runs add and analyze in the process started).
    const child = spawn(process.execPath, [CLI, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TRIANGULATE_HEAP_MB: '0' },
    });
    let out = '';
    let err = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    let killed = false;
    const timer =
      killAfterMs === undefined
        ? undefined
        : setTimeout(() => {
            killed = child.kill('SIGKILL');
          }, killAfterMs);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, killed, out, err });
    });
  });
}

/** What is wrong with a database after a kill, if anything. */
export function damage(db: string): string[] {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const problems: string[] = [];
    const integrity = d.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity[0]?.integrity_check !== 'ok') problems.push(`integrity: ${JSON.stringify(integrity.slice(0, 3))}`);
    const one = (sql: string) => (d.prepare(sql).get() as { n: number }).n;
    const orphans = one(
      'SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.id)',
    );
    if (orphans) problems.push(`${orphans} articles without their source`);
    const unanalysed = one(
      "SELECT count(*) AS n FROM articles WHERE annotations IS NULL OR annotations = '' OR text = ''",
    );
    if (unanalysed) problems.push(`${unanalysed} articles without their analysis`);
    const fts = one('SELECT count(*) AS n FROM articles_fts');
    const articles = one('SELECT count(*) AS n FROM articles');
    if (fts !== articles) problems.push(`full-text index has ${fts} rows for ${articles} articles`);
    // The corpus results are written in one transaction: every stage stamped with one revision.
    const stamps = d.prepare('SELECT DISTINCT revision FROM corpus_state').all() as { revision: number }[];
    if (stamps.length > 1) problems.push(`corpus stages stamped with ${stamps.length} revisions (mixed results)`);
    return problems;
  } finally {
    d.close();
  }
}

export interface KillResult {
  articles: number;
  addKills: number;
  corpusKills: number;
  corrupt: number;
  partial: number;
  mixed: number;
  lost: number;
  duplicated: number;
  sameResults: boolean;
  problems: string[];
  seconds: number;
}

/** Writes the generated articles as JSON Lines files of `perFile` records. */
function writeInputs(dir: string, count: number, perFile: number): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let lines: string[] = [];
  const flush = () => {
    const file = path.join(dir, `part-${String(files.length).padStart(3, '0')}.jsonl`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    files.push(file);
    lines = [];
  };
  for (const a of scaleCorpus(count, { seed: 4242 })) {
    lines.push(JSON.stringify({ text: a.input.content, ...a.input.meta }));
    if (lines.length === perFile) flush();
  }
  if (lines.length) flush();
  return files;
}

function count(db: string): { articles: number; sources: number } {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const articles = (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    const sources = (d.prepare('SELECT count(*) AS n FROM article_sources').get() as { n: number }).n;
    return { articles, sources };
  } finally {
    d.close();
  }
}

/**
 * Runs the kill test in `work`: `articles` generated articles, `addKills` kills during `add` (each
 * after a random 0.3–`maxDelayMs` ms), `corpusKills` during the corpus stages.
 */
export async function killTest(
  work: string,
  options: {
    articles?: number;
    addKills?: number;
    corpusKills?: number;
    maxDelayMs?: number;
    seed?: number;
    log?: (line: string) => void;
  } = {},
): Promise<KillResult> {
  const total = options.articles ?? 2000;
  const r = mulberry32(options.seed ?? 11);
  const log = options.log ?? (() => {});
  const started = performance.now();
  rmSync(work, { recursive: true, force: true });
  const perFile = 20;
  const files = writeInputs(path.join(work, 'inputs'), total, perFile);
  const result: KillResult = {
    articles: total,
    addKills: 0,
    corpusKills: 0,
    corrupt: 0,
    partial: 0,
    mixed: 0,
    lost: 0,
    duplicated: 0,
    sameResults: false,
    problems: [],
    seconds: 0,
  };
  const note = (problems: string[]) => {
    for (const p of problems) {
      if (/integrity/.test(p)) result.corrupt++;
      else if (/mixed/.test(p)) result.mixed++;
      else result.partial++;
      if (result.problems.length < 20) result.problems.push(p);
    }
  };

  // The reference: the same inputs stored and analysed without a kill.
  const reference = path.join(work, 'reference.db');
  const refStarted = performance.now();
  const ref = await run(['add', ...files, '--db', reference, '--quiet']);
  const addMs = performance.now() - refStarted;
  if (ref.code !== 0) throw new Error(`reference add failed: ${ref.err}`);
  const expected = count(reference);
  const referenceCheck = (await run(['check', '--db', reference, '--json'])).out;
  log(`reference: ${expected.articles} articles stored in ${(addMs / 1000).toFixed(1)} s`);

  // 1. Kills during `add`. Each run starts at a random file of the inputs (a user's re-run reads
  // everything again; a random start spreads the kills over every part of the ingest, over articles
  // new and already stored alike), and the last run reads everything.
  const db = path.join(work, 'killed.db');
  // Kills spread over a fifth of a whole add (at least 4 s): most runs store some, so the kills fall
  // on every part of the ingest, its start (opening, migrations) included.
  const maxDelay = options.maxDelayMs ?? Math.max(4000, addMs / 5);
  const addKills = options.addKills ?? 50;
  for (let k = 0; result.addKills < addKills && k < addKills * 3; k++) {
    const from = Math.floor(r() * files.length);
    const outcome = await run(['add', ...files.slice(from), '--db', db, '--quiet'], 300 + r() * (maxDelay - 300));
    if (outcome.killed) result.addKills++;
    else if (outcome.code !== 0) result.problems.push(`add exited ${outcome.code}: ${outcome.err.slice(-300)}`);
    if (existsSync(db)) note(damage(db));
    log(
      `add kill ${k + 1}: ${outcome.killed ? 'killed' : 'finished'}, ${existsSync(db) ? count(db).articles : 0} stored`,
    );
  }
  const finish = await run(['add', ...files, '--db', db, '--quiet']);
  if (finish.code !== 0) result.problems.push(`final add exited ${finish.code}: ${finish.err.slice(-300)}`);
  note(damage(db));

  // 2. Kills during the corpus stages: a store whose corpus results must be redone (its articles
  // stored by an add killed before them), brought up to date by `check`, killed at random moments.
  const corpus = path.join(work, 'corpus.db');
  const first = await run(['add', ...files, '--db', corpus, '--quiet', '--time-budget', '30'], undefined);
  if (first.code !== 0) throw new Error(`add for the corpus kills failed: ${first.err}`);
  // The stored results are thrown away so that the whole corpus is to be done again.
  const d = new Database(corpus);
  d.exec('DELETE FROM corpus_state');
  d.close();
  const t0 = performance.now();
  const timing = await (async () => {
    const copy = path.join(work, 'timing.db');
    rmSync(copy, { force: true });
    const source = new Database(corpus, { readonly: true });
    await source.backup(copy);
    source.close();
    const t = performance.now();
    await run(['check', '--db', copy]);
    return performance.now() - t;
  })();
  log(
    `corpus stages take ${(timing / 1000).toFixed(1)} s (measured in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  // Until the kills asked for have landed (a run that finishes before its kill does not count).
  const corpusKills = options.corpusKills ?? 20;
  for (let k = 0; result.corpusKills < corpusKills && k < corpusKills * 3; k++) {
    const outcome = await run(['check', '--db', corpus], 300 + r() * Math.max(0, timing - 300));
    if (outcome.killed) result.corpusKills++;
    else {
      // It finished: the results are thrown away again, so that the next run has the work to do.
      const again = new Database(corpus);
      again.exec('DELETE FROM corpus_state');
      again.close();
    }
    note(damage(corpus));
    log(`corpus kill ${k + 1}: ${outcome.killed ? 'killed' : 'finished'}`);
  }
  const after = await run(['check', '--db', corpus, '--json']);
  note(damage(corpus));

  const killed = count(db);
  result.lost =
    Math.max(0, expected.articles - killed.articles) + Math.max(0, expected.articles - count(corpus).articles);
  result.duplicated = Math.max(0, killed.articles - expected.articles);
  const killedCheck = (await run(['check', '--db', db, '--json'])).out;
  result.sameResults = killedCheck === referenceCheck && after.out === referenceCheck;
  if (!result.sameResults) result.problems.push('corpus results differ from the reference run');
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
