/**
 * bench/reliability: the kill test, the fuzz test, the load test against `serve` (with a concurrent
 * `add`), and `analyze` of many generated articles within a memory bound. Prints the figures against
 * the targets; `--json FILE` saves them. Parts can be run alone with `--only kill,fuzz,load,memory`.
 *
 *   npx tsx bench/reliability/run.ts [--only PARTS] [--cases 10000] [--kill-articles 2000]
 *     [--add-kills 50] [--corpus-kills 20] [--connections 200] [--seconds 60] [--memory-articles 20000]
 *     [--seed 1] [--json FILE]
 *
 * Work files go to .bench/reliability (gitignored). `npm run build` first: the CLI runs from dist/.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';
import { scaleCorpus } from '../scale/generate.ts';
import { fuzz, type FuzzResult } from './fuzz.ts';
import { killTest, type KillResult } from './kill.ts';
import { load, type LoadResult } from './load.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WORK = path.join(ROOT, '.bench', 'reliability');
const CLI = path.join(ROOT, 'bin', 'triangulate.js');

const USAGE = `Usage: npx tsx bench/reliability/run.ts [--only PARTS] [--cases 10000] [--kill-articles 2000]
         [--add-kills 50] [--corpus-kills 20] [--connections 200] [--seconds 60] [--memory-articles 20000]
         [--seed 1] [--json FILE]`;
const { values } = withUsage(USAGE, () =>
  parseArgs({
    options: {
      only: { type: 'string', default: 'kill,fuzz,load,memory' },
      cases: { type: 'string', default: '10000' },
      'kill-articles': { type: 'string', default: '2000' },
      'add-kills': { type: 'string', default: '50' },
      'corpus-kills': { type: 'string', default: '20' },
      connections: { type: 'string', default: '200' },
      seconds: { type: 'string', default: '60' },
      'memory-articles': { type: 'string', default: '20000' },
      seed: { type: 'string', default: '1' },
      json: { type: 'string' },
    },
  }),
);
const parts = new Set(values.only!.split(','));
const say = (line: string) => console.log(line);
const progress = (line: string) => process.stderr.write(`${line}\n`);
if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
  console.error('error: dist/ is missing: run "npm run build" first');
  process.exit(2);
}
mkdirSync(WORK, { recursive: true });

const out: {
  kill?: KillResult;
  fuzz?: FuzzResult;
  load?: LoadResult;
  loadWhileWriting?: LoadResult;
  memory?: { articles: number; seconds: number; peakRssMb: number; code: number | null };
} = {};

const mark = (ok: boolean) => (ok ? '✓' : '✗');

if (parts.has('fuzz')) {
  const cases = Number(values.cases);
  const r = await fuzz(cases, Number(values.seed), (done) => progress(`fuzz: ${done}/${cases}`));
  out.fuzz = r;
  say(`fuzz: ${r.cases} cases, ${r.articles} articles in ${r.seconds.toFixed(0)} s`);
  say(
    `  crashes ${r.crashes.length} ${mark(r.crashes.length === 0)}; over the budget in silence ${r.overBudgetSilent} ${mark(r.overBudgetSilent === 0)} (given up with a message: ${r.overBudgetReported})`,
  );
  say(
    `  span invariant breaks ${r.spanBreaks.length} ${mark(r.spanBreaks.length === 0)}; valid records lost after a bad one ${r.lostRecords.length} ${mark(r.lostRecords.length === 0)}`,
  );
  say(
    `  slowest case ${(r.slowest.ms / 1000).toFixed(2)} s (${r.slowest.name}); peak RSS ${r.peakRssMb.toFixed(0)} MB ${mark(r.peakRssMb <= 1024)} (target ≤ 1024)`,
  );
  for (const line of [...r.crashes, ...r.spanBreaks, ...r.lostRecords].slice(0, 10)) say(`    ${line}`);
}

if (parts.has('kill')) {
  const r = await killTest(path.join(WORK, 'kill'), {
    articles: Number(values['kill-articles']),
    addKills: Number(values['add-kills']),
    corpusKills: Number(values['corpus-kills']),
    seed: Number(values.seed),
    log: progress,
  });
  out.kill = r;
  const ok = !r.corrupt && !r.partial && !r.mixed && !r.lost && !r.duplicated && r.sameResults;
  say(
    `kill: ${r.addKills} SIGKILLs during add of ${r.articles} articles, ${r.corpusKills} during the corpus stages (${r.seconds.toFixed(0)} s)`,
  );
  say(
    `  corrupt ${r.corrupt}, partial ${r.partial}, mixed corpus results ${r.mixed}, lost ${r.lost}, duplicated ${r.duplicated}; results equal to a run without kills: ${r.sameResults} ${mark(ok)}`,
  );
  for (const p of r.problems.slice(0, 10)) say(`    ${p}`);
}

if (parts.has('load')) {
  // The store served: 1,000 generated articles, analysed; a concurrent add writes 200 more.
  const db = path.join(WORK, 'load.db');
  const inputs = path.join(WORK, 'load-inputs');
  rmSync(inputs, { recursive: true, force: true });
  mkdirSync(inputs, { recursive: true });
  const write = (file: string, count: number, seed: number) => {
    const stream = createWriteStream(file);
    for (const a of scaleCorpus(count, { seed }))
      stream.write(`${JSON.stringify({ text: a.input.content, ...a.input.meta })}\n`);
    return new Promise((resolve) => stream.end(resolve));
  };
  await write(path.join(inputs, 'base.jsonl'), 1000, 77);
  await write(path.join(inputs, 'more.jsonl'), 200, 78);
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  await cli(['add', path.join(inputs, 'base.jsonl'), '--db', db, '--quiet']);
  const report = (r: LoadResult, what: string) => {
    const worstP99 = Math.max(...Object.values(r.endpoints).map((e) => e.p99));
    const longest = Math.max(...r.longQueryMs, 0);
    say(`load: ${r.connections} connections for ${r.seconds} s on loopback${what}`);
    say(
      `  ${r.requests} requests (${r.perSecond.toFixed(0)}/s), errors ${r.errors} ${mark(r.errors === 0)}; worst p99 ${worstP99.toFixed(0)} ms ${mark(worstP99 <= 250)} (target ≤ 250); 3,000-term query at most ${longest.toFixed(0)} ms ${mark(longest <= 1000)} (target ≤ 1000)`,
    );
    for (const [name, e] of Object.entries(r.endpoints))
      say(
        `    ${name.padEnd(30)} ${String(e.requests).padStart(6)} req  p50 ${e.p50.toFixed(0).padStart(4)} ms  p99 ${e.p99.toFixed(0).padStart(4)} ms  max ${e.max.toFixed(0).padStart(5)} ms  errors ${e.errors}`,
      );
    for (const s of r.errorSamples) say(`    ${s}`);
  };
  const options = { connections: Number(values.connections), seconds: Number(values.seconds) };
  out.load = await load(db, options);
  report(out.load, '');
  out.loadWhileWriting = await load(db, { ...options, write: [path.join(inputs, 'more.jsonl')] });
  report(
    out.loadWhileWriting,
    `, with an add of 200 articles writing meanwhile (exit ${out.loadWhileWriting.writer?.code})`,
  );
}

if (parts.has('memory')) {
  const count = Number(values['memory-articles']);
  const file = path.join(WORK, `memory-${count}.jsonl`);
  const stream = createWriteStream(file);
  for (const a of scaleCorpus(count)) stream.write(`${JSON.stringify({ text: a.input.content, ...a.input.meta })}\n`);
  await new Promise((resolve) => stream.end(resolve));
  const db = path.join(WORK, `memory-${count}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const t = performance.now();
  const r = await peakRss(['analyze', file, '--db', db, '--quiet']);
  out.memory = { articles: count, seconds: (performance.now() - t) / 1000, peakRssMb: r.peakRssMb, code: r.code };
  say(
    `memory: analyze of ${count} generated articles: exit ${r.code}, ${out.memory.seconds.toFixed(0)} s, peak RSS ${r.peakRssMb.toFixed(0)} MB ${mark(r.code === 0 && r.peakRssMb <= 1536)} (target ≤ 1536)`,
  );
}

if (values.json) writeFileSync(values.json, `${JSON.stringify(out, null, 2)}\n`);

function cli(args: string[]): Promise<number | null> {
  return new Promise((resolve) => spawn(process.execPath, [CLI, ...args], { stdio: 'inherit' }).on('exit', resolve));
}

/**
 * Runs the CLI and samples the peak resident memory (Linux /proc, VmHWM) of it and of the processes it
 * starts (add and analyze run in a child with a bounded heap), until it ends.
 */
function peakRss(args: string[]): Promise<{ code: number | null; peakRssMb: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    let peak = 0;
    const hwm = (pid: number) => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
        const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
        for (const c of children) hwm(Number(c));
      } catch {
        // The process has ended.
      }
    };
    const timer = setInterval(() => hwm(child.pid!), 200);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code, peakRssMb: peak });
    });
  });
}
