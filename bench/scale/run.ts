/**
 * bench/scale: how the corpus stages cost as the store grows. Generated, varied articles (see
 * generate.ts) go through every per-article stage into one store, in batches; after each batch the
 * corpus stages bring their results up to date (as `add` does) and their time per added article is
 * taken. At each size asked (1k, 10k, 100k by default) it prints that cost (the median of the last
 * batches), and the wall time of `triangulate analyze` adding 10 new articles to a copy of the store
 * (start included). Peak RSS of the whole run. Also a profile of the generated text beside real news
 * (BASIL) and real pages (the extraction benchmark), so the generator can be checked against them.
 * It runs with the heap bound `triangulate add` runs with (TRIANGULATE_HEAP_MB, default 1024; 0: none).
 *
 * Between the sizes asked, the store may be grown in larger batches (`--grow`, default: the batch):
 * only the last batches before each size, of `--batch` articles, are measured.
 *
 *   npx tsx bench/scale/run.ts [--sizes 1000,10000,100000] [--batch 100] [--grow 1000] [--json FILE] [--no-profile] [--resume]
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';
import { refreshCorpus } from '../../src/corpus/runner.ts';
import { runPipeline } from '../../src/pipeline/runner.ts';
import { articleStages } from '../../src/pipeline/stages.ts';
import { Store } from '../../src/store/index.ts';
import { scaleCorpus, SCALE_VERSION } from './generate.ts';
import { profile } from './profile.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The run's memory is that of `triangulate add`, which runs with its heap bounded (bin/triangulate.js:
// TRIANGULATE_HEAP_MB, default 1024; 0 leaves Node's default): unbounded, the garbage collector lets
// the heap grow while memory is free, and the peak RSS says how lazy it was, not what the work needs.
const heapMb = Number(process.env.TRIANGULATE_HEAP_MB ?? 1024);
const bounded =
  process.execArgv.some((a) => a.startsWith('--max-old-space-size')) ||
  /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '');
if (heapMb > 0 && !bounded) {
  const run = spawnSync(
    process.execPath,
    [`--max-old-space-size=${heapMb}`, ...process.execArgv, ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  process.exit(run.status ?? 1);
}

const USAGE =
  'Usage: npx tsx bench/scale/run.ts [--sizes 1000,10000,100000] [--batch 100] [--grow 1000] [--json FILE] [--no-profile] [--resume]';
const { values } = withUsage(USAGE, () =>
  parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      batch: { type: 'string', default: '100' },
      grow: { type: 'string' },
      json: { type: 'string' },
      'no-profile': { type: 'boolean' },
      resume: { type: 'boolean' },
    },
  }),
);
const sizes = values.sizes!.split(',').map(Number);
const batch = Number(values.batch);
const grow = Math.max(batch, Number(values.grow ?? batch));
/** The batch that ends at article n: measured ones (of `batch`) in the last 5 batches before each size. */
const measured = (n: number) => sizes.some((size) => n <= size && n > size - 5 * batch);
const largest = Math.max(...sizes);
const work = path.join(root, '.bench/scale');
mkdirSync(work, { recursive: true });

function profiles() {
  const out: Record<string, ReturnType<typeof profile>> = {};
  out.generated = profile([...scaleCorpus(2000)].map((a) => a.input.content));
  const basil = path.resolve(root, '../shared/bench/basil/articles.jsonl');
  if (existsSync(basil))
    out.basil = profile(
      readFileSync(basil, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
  const truth = path.resolve(root, '../shared/bench/extraction/ground-truth.json');
  if (existsSync(truth))
    out.extraction = profile(
      Object.values(JSON.parse(readFileSync(truth, 'utf8')) as Record<string, { articleBody: string }>).map(
        (p) => p.articleBody,
      ),
    );
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Adds 10 articles no store has yet with `triangulate analyze` to a copy of the store; wall time, start included. */
function analyzeTen(db: string, size: number): number {
  const dir = path.join(work, `ten-${size}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let i = 0;
  for (const a of scaleCorpus(10, { seed: 9000 + size })) {
    const file = path.join(dir, `new-${i++}.txt`);
    writeFileSync(file, a.input.content);
    writeFileSync(`${file}.meta.json`, JSON.stringify(a.input.meta));
  }
  const copy = path.join(work, `copy-${size}.db`);
  copyFileSync(db, copy);
  // The copy is written to disk before the clock starts: its first commit would otherwise wait for the
  // file system to write out the whole copy (900 MB at 10k: seconds that a store in use never pays).
  const fd = openSync(copy, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [path.join(root, 'bin/triangulate.js'), 'analyze', dir, '--db', copy, '-q'], {
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`analyze failed: ${run.stderr}`);
  rmSync(copy, { force: true });
  rmSync(`${copy}-wal`, { force: true });
  rmSync(`${copy}-shm`, { force: true });
  return ms;
}

async function main(): Promise<void> {
  const result: Record<string, unknown> = { version: SCALE_VERSION, batch, grow, sizes, heapMb };
  if (!values['no-profile']) {
    const p = profiles();
    result.profile = p;
    console.log('Generated text beside real news (BASIL) and real pages (extraction ground truth):');
    console.table(p);
  }
  if (!existsSync(path.join(root, 'dist/cli.js'))) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const db = path.join(work, 'scale.db');
  // --resume goes on growing the store a run left (stopped, or killed: its last batch's corpus results
  // are brought up to date by the next batch); the sizes it already passed are not measured again.
  if (!values.resume) for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const store = Store.open(db);
  const stored = values.resume ? store.countArticles() : 0;
  const stages = articleStages();
  let pipelineMs = 0;
  let corpusMs = 0;
  let words = 0;
  let pending = 0;
  const window: { perArticle: number; stages: Record<string, number> }[] = [];
  const checkpoints: Record<string, unknown>[] = [];
  const t0 = performance.now();
  let n = 0;
  console.log(`\nStore grown to ${largest} articles in batches of ${batch}; the corpus stages run after each batch.`);
  for (const a of scaleCorpus(largest)) {
    if (n < stored) {
      n++;
      continue;
    }
    const p0 = performance.now();
    const article = runPipeline(a.input, stages);
    store.saveArticle(article, a.input);
    pipelineMs += performance.now() - p0;
    words += a.words;
    n++;
    pending++;
    if (
      pending < (measured(n) ? batch : grow) &&
      n < largest &&
      !sizes.includes(n) &&
      !(measured(n + 1) && !measured(n))
    )
      continue;
    const c0 = performance.now();
    const report = refreshCorpus(store);
    const ms = performance.now() - c0;
    corpusMs += ms;
    if (Math.floor(n / (largest / 20)) > Math.floor((n - pending) / (largest / 20)))
      process.stderr.write(`  ${n} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
    if (measured(n)) {
      window.push({
        perArticle: ms / pending,
        stages: Object.fromEntries(report.stages.map((s) => [s.name, s.ms / pending])),
      });
      if (window.length > 5) window.shift();
    }
    pending = 0;
    if (sizes.includes(n)) {
      store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      const stageCost = Object.fromEntries(
        Object.keys(window[0]!.stages).map((s) => [s, Number(median(window.map((w) => w.stages[s] ?? 0)).toFixed(2))]),
      );
      const point = {
        articles: n,
        corpusMsPerAddedArticle: Number(median(window.map((w) => w.perArticle)).toFixed(2)),
        byStage: stageCost,
        analyzeTenWallMs: Math.round(analyzeTen(db, n)),
        peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
        pipelineArticlesPerSecond: Math.round((1000 * n) / pipelineMs),
        corpusSecondsSoFar: Number((corpusMs / 1000).toFixed(1)),
        databaseMB: Math.round(
          (statSync(db).size + (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0)) / 2 ** 20,
        ),
      };
      checkpoints.push(point);
      console.log(
        `${String(n).padStart(7)} articles: corpus stages ${point.corpusMsPerAddedArticle} ms per added article ${JSON.stringify(stageCost)}; analyze of 10 more ${point.analyzeTenWallMs} ms wall; peak RSS ${point.peakRssMB} MB; database ${point.databaseMB} MB`,
      );
    }
  }
  store.close();
  if (!checkpoints.length) throw new Error(`no size measured: the store held ${stored} articles already`);
  const first = checkpoints[0]! as { corpusMsPerAddedArticle: number; articles: number };
  const last = checkpoints.at(-1)! as { corpusMsPerAddedArticle: number; articles: number; peakRssMB: number };
  const ratio = last.corpusMsPerAddedArticle / first.corpusMsPerAddedArticle;
  result.checkpoints = checkpoints;
  result.ratio = Number(ratio.toFixed(2));
  result.words = words;
  console.log('\n| articles | corpus ms per added article | analyze +10 wall (ms) | peak RSS (MB) | database (MB) |');
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  for (const c of checkpoints as Record<string, number>[])
    console.log(
      `| ${c.articles} | ${c.corpusMsPerAddedArticle} | ${c.analyzeTenWallMs} | ${c.peakRssMB} | ${c.databaseMB} |`,
    );
  if (stored) result.resumedFrom = stored;
  console.log(
    checkpoints.length > 1
      ? `\ncost per added article at ${last.articles} / at ${first.articles}: ${ratio.toFixed(2)} (target ≤ 2); peak RSS ${last.peakRssMB} MB (target ≤ 1536)`
      : `\none size measured (the store was resumed at ${stored} articles): compare with the smaller sizes of the run it went on from; peak RSS ${last.peakRssMB} MB of this run (target ≤ 1536)`,
  );
  console.log(
    `${n} articles, ${words} words; per-article stages ${(pipelineMs / 1000).toFixed(0)} s, corpus stages ${(corpusMs / 1000).toFixed(0)} s`,
  );
  if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
}

await main();
