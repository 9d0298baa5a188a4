/**
 * bench/pipeline (`npm run bench`): the whole pipeline on real-length news, start included, and its peers
 * on the same input in the same run.
 *
 * 1. **Whole, plain text**: the 150 BASIL articles repeated with seeded variations (corpus.ts) up to
 *    `--articles` (default 10,000), written as JSON Lines, then `triangulate analyze` of them into a new
 *    database (the compiled command line, corpus stages included): articles/s, words/s, peak RSS,
 *    database size; then `triangulate add` of `--grow` more articles to that store: the cost per added
 *    article at that size. `--sizes 1000,10000` measures several sizes (one store each).
 * 2. **Whole, HTML**: the 120 pages of the extraction benchmark repeated the same way up to `--pages`
 *    (default 1,200), analysed the same way: pages/s.
 * 3. **By stage**, on one thread, in this process: `--sample` (default 300) of the generated articles
 *    through every per-article stage: milliseconds, articles/s and words/s of each.
 * 4. **Peers**, same input, printed as ratios: extraction against readability.js on linkedom (pages/s and
 *    F1 on the 120 pages); entities against compromise (words/s); dates against plain chrono-node
 *    (words/s); the whole per-article pipeline against wink-nlp's bare tokenise + part-of-speech pass.
 *
 *   npx tsx bench/pipeline/run.ts [--sizes 10000] [--pages 1200] [--grow 100] [--sample 300]
 *                                 [--workers N] [--json FILE] [--only whole|stages|peers]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import type { RawInput } from '../../src/article/types.ts';
import { runPipeline } from '../../src/pipeline/runner.ts';
import type { Stage } from '../../src/pipeline/stage.ts';
import { articleStages } from '../../src/pipeline/stages.ts';
import { readFile } from '../../src/read/index.ts';
import { extractHtml } from '../../src/read/html/extract.ts';
import { readabilityText } from '../extraction/baselines.ts';
import { scoreCorpus, scorePage, words } from '../extraction/metric.ts';
import {
  loadSources,
  PIPELINE_CORPUS_VERSION,
  repeated,
  varyHtml,
  varyText,
  writeRecords,
  type HtmlRecord,
  type TextRecord,
} from './corpus.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = `Usage: npx tsx bench/pipeline/run.ts [--sizes 10000] [--pages 1200] [--grow 100] [--sample 300]
         [--workers N] [--json FILE] [--only whole|stages|peers]`;
const { values } = withUsage(USAGE, () =>
  parseArgs({
    options: {
      sizes: { type: 'string', default: '10000' },
      pages: { type: 'string', default: '1200' },
      grow: { type: 'string', default: '100' },
      sample: { type: 'string', default: '300' },
      workers: { type: 'string', default: String(availableParallelism()) },
      json: { type: 'string' },
      only: { type: 'string' },
    },
  }),
);
const sizes = values.sizes!.split(',').map(Number);
const pageCount = Number(values.pages);
const grow = Number(values.grow);
const sampleSize = Number(values.sample);
const workers = values.workers!;
const only = values.only;
const benchDir = path.resolve(root, '../shared/bench');
if (!existsSync(path.join(benchDir, 'basil')) || !existsSync(path.join(benchDir, 'extraction'))) {
  console.error(`bench/pipeline: no benchmark data in ${benchDir} (needs basil/ and extraction/)`);
  process.exit(2);
}
const work = path.join(root, '.bench/pipeline');
mkdirSync(work, { recursive: true });
const sources = loadSources(benchDir);
const wordCount = (text: string) => words(text).length;
const results: Record<string, unknown> = { workers: Number(workers), machine: { cores: availableParallelism() } };
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** Runs the compiled command line; its wall time and peak RSS (of the process and its children). */
function command(args: string[]): { seconds: number; rssMb?: number } {
  const cli = path.join(root, 'bin/triangulate.js');
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const started = performance.now();
  const run = timeBin
    ? spawnSync(timeBin, ['-f', 'peak-rss-kb %M', process.execPath, cli, ...args], { cwd: root, encoding: 'utf8' })
    : spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(run.stderr);
    throw new Error(`triangulate ${args[0]} failed (exit code ${run.status})`);
  }
  const rss = /peak-rss-kb (\d+)/.exec(run.stderr ?? '');
  return { seconds, ...(rss ? { rssMb: Number(rss[1]) / 1024 } : {}) };
}

/** The generated corpus of `name`, written once per version. */
function corpus<T extends object>(name: string, records: () => T[]): string {
  const dir = path.join(work, `${name}-v${PIPELINE_CORPUS_VERSION}`);
  if (!existsSync(path.join(dir, '.done'))) {
    rmSync(dir, { recursive: true, force: true });
    writeRecords(dir, records());
    writeFileSync(path.join(dir, '.done'), '');
  }
  return dir;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

if (!only || only === 'whole') {
  if (!existsSync(path.join(root, 'dist/cli.js'))) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const whole: Record<string, unknown>[] = [];
  console.log(`\nWhole pipeline (triangulate analyze, start and corpus stages included; --workers ${workers})\n`);
  console.log(
    '| input | articles | words | wall | articles/s | words/s | peak RSS | database | add +' +
      grow +
      ': ms per article |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const measure = (label: string, dir: string, n: number, wordsTotal: number, growDir?: string) => {
    const db = path.join(work, `${label.replace(/[^a-z0-9]+/gi, '')}.db`);
    for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
    const run = command(['analyze', dir, '--db', db, '--quiet', '--workers', workers]);
    const dbMb = statSync(db).size / 1024 / 1024;
    const added = growDir ? command(['add', growDir, '--db', db, '--quiet', '--workers', workers]) : undefined;
    const row = {
      input: label,
      articles: n,
      words: wordsTotal,
      seconds: run.seconds,
      articlesPerSecond: n / run.seconds,
      wordsPerSecond: wordsTotal / run.seconds,
      peakRssMb: run.rssMb,
      databaseMb: dbMb,
      ...(added ? { addMsPerArticle: (added.seconds * 1000) / grow } : {}),
    };
    whole.push(row);
    console.log(
      `| ${label} | ${fmt(n)} | ${fmt(wordsTotal)} | ${run.seconds.toFixed(1)} s | ${row.articlesPerSecond.toFixed(1)} | ${fmt(row.wordsPerSecond)} | ${run.rssMb ? fmt(run.rssMb) + ' MB' : '?'} | ${fmt(dbMb)} MB | ${added ? fmt(row.addMsPerArticle!, 1) : '–'} |`,
    );
  };
  for (const size of sizes) {
    const records = repeated(sources.texts, size + grow, varyText);
    const dir = corpus(`text-${size}`, () => records.slice(0, size));
    const growDir = grow > 0 ? corpus(`text-${size}-grow-${grow}`, () => records.slice(size)) : undefined;
    const total = records.slice(0, size).reduce((a, r) => a + wordCount(r.text), 0);
    measure(`text ${fmt(size)}`, dir, size, total, growDir);
  }
  if (pageCount > 0) {
    const pages = repeated<HtmlRecord>(sources.pages, pageCount, varyHtml);
    const dir = corpus(`html-${pageCount}`, () => pages.map(({ html, url }) => ({ html, url })));
    // Words of an HTML page: those of its gold article text.
    const total = repeated(sources.pages, pageCount, (p) => p).reduce((a, p) => a + wordCount(p.gold), 0);
    measure(`html ${fmt(pageCount)}`, dir, pageCount, total);
  }
  results.whole = whole;
}

/** The sample, read as the command line reads it: the first file of generated articles of repetition 1. */
async function sampleInputs(): Promise<RawInput[]> {
  const records: TextRecord[] = repeated(sources.texts, sources.texts.length + sampleSize, varyText).slice(
    sources.texts.length,
  );
  const dir = corpus(`sample-${sampleSize}`, () => records);
  const inputs: RawInput[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort())
    for await (const r of readFile(path.join(dir, file))) if ('input' in r) inputs.push(r.input);
  return inputs;
}

let stageSeconds: Record<string, number> = {};
let pipelineSeconds = 0;
let sampleWords = 0;
let sampleTexts: string[] = [];
if (!only || only === 'stages' || only === 'peers') {
  const inputs = await sampleInputs();
  const time = new Map<string, number>();
  const timed: Stage[] = articleStages().map((stage) => ({
    ...stage,
    run(draft, ctx) {
      const t = performance.now();
      try {
        return stage.run(draft, ctx);
      } finally {
        time.set(stage.name, (time.get(stage.name) ?? 0) + performance.now() - t);
      }
    },
  }));
  // One pass to warm the code up, one measured.
  for (const input of inputs.slice(0, 30)) runPipeline(input, timed);
  time.clear();
  const started = performance.now();
  sampleTexts = inputs.map((input) => runPipeline(input, timed).text);
  pipelineSeconds = (performance.now() - started) / 1000;
  sampleWords = sampleTexts.reduce((a, t) => a + wordCount(t), 0);
  stageSeconds = Object.fromEntries([...time].map(([k, v]) => [k, v / 1000]));
  console.log(`\nBy stage, one thread (${inputs.length} generated articles, ${fmt(sampleWords)} words)\n`);
  console.log('| stage | ms per article | articles/s | words/s | share |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, s] of [...Object.entries(stageSeconds)].sort((a, b) => b[1] - a[1]))
    console.log(
      `| ${name} | ${((s * 1000) / inputs.length).toFixed(2)} | ${fmt(inputs.length / s)} | ${fmt(sampleWords / s)} | ${((100 * s) / pipelineSeconds).toFixed(0)} % |`,
    );
  console.log(
    `| all per-article stages | ${((pipelineSeconds * 1000) / inputs.length).toFixed(2)} | ${fmt(inputs.length / pipelineSeconds)} | ${fmt(sampleWords / pipelineSeconds)} | 100 % |`,
  );
  results.stages = { articles: inputs.length, words: sampleWords, seconds: stageSeconds, pipelineSeconds };
}

if (!only || only === 'peers') {
  const peers: Record<string, unknown> = {};
  const clock = <T>(fn: () => T): [T, number] => {
    const t = performance.now();
    const out = fn();
    return [out, (performance.now() - t) / 1000];
  };
  console.log('\nPeers, same input, one thread\n');
  console.log('| what | Triangulate | peer | ratio (Triangulate / peer) |');
  console.log('| --- | ---: | ---: | ---: |');

  // Extraction: the 120 pages, pages/s and F1.
  const pages = sources.pages;
  const extractWith = (fn: (html: string, url: string) => string) => {
    fn(pages[0]!.html, pages[0]!.url);
    const [texts, s] = clock(() => pages.map((p) => fn(p.html, p.url)));
    const score = scoreCorpus(texts.map((t, i) => scorePage(t, pages[i]!.gold)));
    return { pagesPerSecond: pages.length / s, f1: score.f1 };
  };
  const ours = extractWith((html, url) => extractHtml(html, { url }).text);
  const readability = extractWith((html, url) => readabilityText(html, url));
  peers.extraction = { triangulate: ours, readability };
  console.log(
    `| extraction, pages/s (120 pages) | ${ours.pagesPerSecond.toFixed(1)} | ${readability.pagesPerSecond.toFixed(1)} (readability.js on linkedom) | ${ratio(ours.pagesPerSecond, readability.pagesPerSecond)} |`,
  );
  console.log(
    `| extraction, F1 | ${ours.f1.toFixed(3)} | ${readability.f1.toFixed(3)} | ${(ours.f1 - readability.f1 >= 0 ? '+' : '') + (ours.f1 - readability.f1).toFixed(3)} |`,
  );

  // Entities: our stage (tokens, names, roles) against compromise's people, organisations and places.
  const texts = sampleTexts;
  const [, compromiseSeconds] = clock(() => {
    for (const t of texts) {
      const doc = nlp(t);
      doc.people().out('array');
      doc.organizations().out('array');
      doc.places().out('array');
    }
  });
  const entityRate = sampleWords / (stageSeconds.entities ?? NaN);
  const compromiseRate = sampleWords / compromiseSeconds;
  peers.entities = { triangulateWordsPerSecond: entityRate, compromiseWordsPerSecond: compromiseRate };
  console.log(
    `| entities, words/s | ${fmt(entityRate)} | ${fmt(compromiseRate)} (compromise: people, organisations, places) | ${ratio(entityRate, compromiseRate)} |`,
  );

  // Dates: our stage against chrono-node's parse with the same reference date.
  const [, chronoSeconds] = clock(() => {
    for (const t of texts) chrono.parse(t, new Date('2019-01-01T12:00:00Z'));
  });
  const dateRate = sampleWords / (stageSeconds.dates ?? NaN);
  const chronoRate = sampleWords / chronoSeconds;
  peers.dates = { triangulateWordsPerSecond: dateRate, chronoWordsPerSecond: chronoRate };
  console.log(
    `| dates, words/s | ${fmt(dateRate)} | ${fmt(chronoRate)} (chrono-node parse) | ${ratio(dateRate, chronoRate)} |`,
  );

  // The floor: wink-nlp's tokeniser and part-of-speech tagger alone.
  const model = createRequire(import.meta.url)('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0];
  const wink = winkNLP(model, ['sbd', 'pos']);
  const [, winkSeconds] = clock(() => {
    for (const t of texts) wink.readDoc(t).tokens().out(wink.its.pos);
  });
  const pipelineRate = sampleWords / pipelineSeconds;
  const winkRate = sampleWords / winkSeconds;
  peers.floor = { triangulateWordsPerSecond: pipelineRate, winkWordsPerSecond: winkRate };
  console.log(
    `| all per-article stages, words/s | ${fmt(pipelineRate)} | ${fmt(winkRate)} (wink-nlp tokenise + POS alone) | ${ratio(pipelineRate, winkRate)} |`,
  );
  results.peers = peers;
}

if (values.json) {
  writeFileSync(values.json, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwritten: ${values.json}`);
}
