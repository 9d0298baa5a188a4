/**
 * Event clustering on ECB+ (B-cubed P/R/F1 against gold.json, beside the plain TF-IDF baseline on the
 * same arrival orders), and the incremental clustering timed on a synthetic corpus.
 * Usage: npx tsx bench/clustering/run.ts [--data DIR] [--json FILE] [--orders N]
 *        [--scale 1000,10000,100000] [--no-ecb] [--keep]
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';
import { ingest } from '../../src/app/ingest.ts';
import { aliasesStage } from '../../src/corpus/aliases/stage.ts';
import { listEvents as eventsOf } from '../../src/corpus/events/read.ts';
import { clusterStored } from '../../src/corpus/events/stage.ts';
import { refreshCorpus } from '../../src/corpus/runner.ts';
import { Store } from '../../src/store/index.ts';
import { BASELINE_THRESHOLD, baselineClusters } from './baseline.ts';
import { bcubed } from './metric.ts';
import { syntheticCorpus } from './synthetic.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'Usage: npx tsx bench/clustering/run.ts [--data DIR] [--json FILE] [--orders N]';
const { values } = withUsage(USAGE, () =>
  parseArgs({
    options: {
      data: { type: 'string' },
      json: { type: 'string' },
      orders: { type: 'string' },
      scale: { type: 'string' },
      'no-ecb': { type: 'boolean' },
      keep: { type: 'boolean' },
    },
  }),
);
const work = mkdtempSync(path.join(os.tmpdir(), 'triangulate-clustering-'));
const results: Record<string, unknown> = {};
const f3 = (x: number) => x.toFixed(3);

/** A seeded shuffle (the arrival orders after the first, which is by file name). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  const rnd = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Labels of a store's events (or storylines) by article id. */
function labels(store: Store, by: 'id' | 'storyline'): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of eventsOf(store.clusters())) for (const a of e.articles) out.set(a, e[by]);
  return out;
}

async function ecb(dir: string): Promise<void> {
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, string>;
  const template = path.join(work, 'ecb.db');
  const store = Store.open(template);
  const t0 = performance.now();
  await ingest([path.join(dir, 'docs')], { store });
  const ingestMs = performance.now() - t0;
  const rows = store.db.prepare('SELECT id, path, text FROM articles').all() as {
    id: string;
    path: string;
    text: string;
  }[];
  // The entities across the texts, resolved once: every order below clusters with the same.
  refreshCorpus(store, { stages: [aliasesStage()] });
  store.close();
  const name = (p: string) => path.basename(p).replace(/\.txt$/, '');
  const goldEvents = new Map(rows.map((r) => [r.id, gold[name(r.path)]!]));
  const goldTopics = new Map(rows.map((r) => [r.id, gold[name(r.path)]!.split('-')[0]!]));
  const byName = [...rows].sort((a, b) => (name(a.path) < name(b.path) ? -1 : 1));
  const orders = Number(values.orders ?? 5);
  /** Clusters a copy of the ingested store in this order; `textOnly` first drops the dates read from the texts. */
  const cluster = (order: typeof rows, textOnly: boolean) => {
    const file = path.join(work, 'ecb-run.db');
    copyFileSync(template, file);
    const run = Store.open(file);
    if (textOnly) run.db.exec('UPDATE articles SET published = NULL WHERE published_inferred = 1');
    const t1 = performance.now();
    const report = clusterStored(
      run,
      order.map((r) => r.id),
    );
    const ms = performance.now() - t1;
    const out = {
      events: bcubed(labels(run, 'id'), goldEvents),
      storylines: bcubed(labels(run, 'storyline'), goldTopics),
      pairs: report.pairs.length,
      ms,
    };
    run.close();
    rmSync(file, { force: true });
    return out;
  };
  type Scores = ReturnType<typeof bcubed>;
  const runs: {
    order: string;
    events: Scores;
    textOnly: Scores;
    baseline: Scores;
    storylines: Scores;
    pairs: number;
    ms: number;
  }[] = [];
  for (let o = 0; o <= orders; o++) {
    const order = o === 0 ? byName : shuffled(byName, o);
    const dated = cluster(order, false);
    const textOnly = cluster(order, true).events;
    const baseline = bcubed(baselineClusters(new Map(order.map((r) => [r.id, r.text]))), goldEvents);
    runs.push({ order: o === 0 ? 'by name' : `shuffle ${o}`, ...dated, textOnly, baseline });
  }
  // The baseline's best single threshold, chosen with the gold in hand (an upper bound for it).
  let oracle = { threshold: 0, f1: 0 };
  for (let t = 0.05; t <= 0.5; t += 0.01) {
    const f1 = bcubed(baselineClusters(new Map(byName.map((r) => [r.id, r.text])), t), goldEvents).f1;
    if (f1 > oracle.f1) oracle = { threshold: Math.round(t * 100) / 100, f1 };
  }
  console.log(
    `ECB+ topics 1–22: ${rows.length} texts, ${new Set(goldEvents.values()).size} gold events; ingest ${(ingestMs / 1000).toFixed(1)} s`,
  );
  const row = (b: ReturnType<typeof bcubed>) => `${f3(b.precision)} ${f3(b.recall)} ${f3(b.f1)}`;
  console.log('B-cubed P R F1 | events            | events, text only | baseline          | storylines | pairs | ms');
  for (const r of runs) {
    console.log(
      `${r.order.padEnd(14)} | ${row(r.events)} | ${row(r.textOnly)} | ${row(r.baseline)} | ${f3(r.storylines.f1).padStart(10)} | ${String(r.pairs).padStart(5)} | ${r.ms.toFixed(0).padStart(4)}`,
    );
  }
  const summary = (label: string, f: (x: number[]) => number) =>
    console.log(
      `${label.padEnd(14)} | ${f3(f(runs.map((r) => r.events.f1))).padStart(17)} | ${f3(f(runs.map((r) => r.textOnly.f1))).padStart(17)} | ${f3(f(runs.map((r) => r.baseline.f1))).padStart(17)} | ${f3(f(runs.map((r) => r.storylines.f1))).padStart(10)} |`,
    );
  summary('F1 mean', (x) => x.reduce((a, b) => a + b, 0) / x.length);
  summary('F1 min', (x) => Math.min(...x));
  console.log('events: as the product runs; text only: the publication dates read from the texts (datelines) dropped.');
  console.log('storylines: B-cubed F1 against the ECB+ topics.');
  console.log(
    `baseline: TF-IDF cosine, threshold ${BASELINE_THRESHOLD}; its best threshold with the gold known: ${oracle.threshold} (F1 ${f3(oracle.f1)}, by name)`,
  );
  results.ecb = { texts: rows.length, runs, oracle };
}

/** Times the incremental clustering on the synthetic corpus, batch by batch, up to the largest size. */
function scale(sizes: number[]): void {
  const largest = Math.max(...sizes);
  const file = path.join(work, 'synthetic.db');
  const store = Store.open(file);
  const batch = 100;
  const truth = new Map<string, { event: string; source?: string; kind?: string }>();
  let saveMs = 0;
  let clusterMs = 0;
  let peakRss = 0;
  let ids: string[] = [];
  const checkpoints: { articles: number; msPerArticle: number; clusterSeconds: number; rssMB: number }[] = [];
  /** The cost per article of the last few batches: their median is the cost at a checkpoint (one batch is noisy). */
  const recent: number[] = [];
  const window = 5;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`\nSynthetic corpus up to ${largest} articles (batches of ${batch}, one clustering step each)`);
  for (const { article, raw, truth: t } of syntheticCorpus(largest)) {
    const s0 = performance.now();
    store.saveArticle(article, raw);
    saveMs += performance.now() - s0;
    truth.set(article.id, t);
    ids.push(article.id);
    if (ids.length < batch && truth.size < largest) continue;
    const c0 = performance.now();
    clusterStored(store, ids);
    const ms = performance.now() - c0;
    clusterMs += ms;
    recent.push(ms / batch);
    if (recent.length > window) recent.shift();
    ids = [];
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (sizes.includes(truth.size)) {
      const point = {
        articles: truth.size,
        msPerArticle: median(recent),
        clusterSeconds: clusterMs / 1000,
        rssMB: peakRss / 2 ** 20,
      };
      checkpoints.push(point);
      console.log(
        `${String(point.articles).padStart(7)} articles: ${point.msPerArticle.toFixed(2)} ms per article (median of the last ${window} batches of ${batch}), ${point.clusterSeconds.toFixed(1)} s clustering so far, peak RSS ${point.rssMB.toFixed(0)} MB`,
      );
    }
  }
  const events = bcubed(labels(store, 'id'), new Map([...truth].map(([id, t]) => [id, t.event])));
  const copies = copyScores(store.clusters().pairs(), truth);
  const first = checkpoints[0]!;
  const last = checkpoints.at(-1)!;
  console.log(
    `cost of the ${last.articles}th article / the ${first.articles}th: ${(last.msPerArticle / first.msPerArticle).toFixed(2)} (target ≤ 2)`,
  );
  console.log(
    `${largest} articles clustered in ${(clusterMs / 1000).toFixed(1)} s (target ≤ 600 s), stored in ${(saveMs / 1000).toFixed(1)} s; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB (target ≤ 2048 MB)`,
  );
  console.log(`synthetic events B-cubed P ${f3(events.precision)} R ${f3(events.recall)} F1 ${f3(events.f1)}`);
  console.log(
    `planted copies found ${copies.copy.found}/${copies.copy.planted}, rewrites ${copies.rewrite.found}/${copies.rewrite.planted}; pairs reported ${copies.reported}, of which across independence groups (wrong) ${copies.wrong}`,
  );
  store.close();
  results.scale = {
    checkpoints,
    clusterSeconds: clusterMs / 1000,
    saveSeconds: saveMs / 1000,
    peakRssMB: peakRss / 2 ** 20,
    events,
    copies,
  };
}

/**
 * Copy detection against the planted truth: each planted pair found (either order), and reported
 * pairs whose articles are in different planted independence groups (a copy of a copy is right).
 */
function copyScores(
  pairs: readonly { articles: [string, string]; kind: string }[],
  truth: ReadonlyMap<string, { source?: string; kind?: string }>,
) {
  const group = (id: string): string => {
    const source = truth.get(id)?.source;
    return source ? group(source) : id;
  };
  const found = new Set(pairs.map((p) => [...p.articles].sort().join(' ')));
  const score = { copy: { planted: 0, found: 0 }, rewrite: { planted: 0, found: 0 }, reported: pairs.length, wrong: 0 };
  for (const [id, t] of truth) {
    if (!t.source || (t.kind !== 'copy' && t.kind !== 'rewrite')) continue;
    score[t.kind].planted++;
    if (found.has([id, t.source].sort().join(' '))) score[t.kind].found++;
  }
  score.wrong = pairs.filter((p) => group(p.articles[0]) !== group(p.articles[1])).length;
  return score;
}

const dir = values.data ?? path.resolve(root, '../shared/bench/clustering');
if (!values['no-ecb']) {
  if (!existsSync(path.join(dir, 'gold.json')) || !readdirSync(path.join(dir, 'docs')).length) {
    console.error(`no ECB+ data at ${dir} (give --data DIR, or --no-ecb)`);
    process.exit(2);
  }
  await ecb(dir);
}
if (values.scale) scale(values.scale.split(',').map(Number));
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`stores kept in ${work}`);
