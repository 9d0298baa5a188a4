/**
 * Trains the pair model of the cross-check (src/locales/en/fact-pairs.json): whether two sentences of
 * different articles of one event state one fact, as a logistic model over the pair's features
 * (PAIR_FEATURES in src/corpus/claims/facts.ts). All 150 BASIL articles are analysed; the examples are
 *
 * - **gold rankings**, from the facts gold's tuning events only (bench/crosscheck/gold.ts; the held events
 *   are never read): for each gold fact and each two articles that state it, the sentence over the fact's
 *   phrase in the one is paired with every sentence of the other — the one over the fact's phrase there
 *   is a positive example, every other a negative;
 * - **judged pairs** (bench/crosscheck/judged-pairs.json): pairs of sentences of the tuning events and of
 *   events outside the gold, each read by a person and judged as stating one fact or not (the pairs a
 *   model finds more or less likely, so that the examples cover where it decides);
 * - **judged pairs of long stories** (bench/crosscheck/judged-pairs-ecb.json): the same, of the stories
 *   the pipeline makes of the ECB+ texts (../shared/bench/clustering: a dozen reports of each event, as
 *   a story of real coverage has, where BASIL's events have three); a text is named by its file.
 *
 * `judged-pairs-ecb-check.json` holds more judged pairs of those stories, drawn later over the model's
 * probabilities, and `judged-pairs-near.json` 240 pairs drawn where the model decides (0.45–0.85, by
 * draw-pairs.ts): they are never fitted; the precision and recall of the model at its threshold are
 * printed on them (and those of the model written before, to compare).
 *
 * The model is fitted by gradient descent with L2 regularisation (deterministic). By folds of events
 * (each fold's examples left out of the fit), it reports how often the right sentence ranks first, the
 * precision and recall of the judged pairs at each threshold, and the cross-check itself: the tuning
 * facts found in one fact by matchFacts with the fold's model. The threshold written is the least at
 * which the judged pairs of left-out events have a precision of `--precision` (0.75).
 *
 *   npx tsx bench/crosscheck/train-pairs.ts [--frames FILE] [--out FILE] [--dry] [--precision P] [--threshold T] [--auc]
 *
 * `--frames FILE` keeps the analysed frames in FILE and FILE.ecb (and reads them from there when they exist);
 * `--threshold T` writes T instead of the threshold chosen by precision; `--auc` prints how well each feature
 * alone tells the examples apart.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';
import type { Io } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import {
  FACT_DEFAULTS,
  PAIR_FEATURES,
  matchFacts,
  observeFacts,
  pairProbability,
  storyPairs,
  type FactFrame,
  type PairModel,
} from '../../src/corpus/claims/facts.ts';
import type { ExportV1 } from '../../src/export/json.ts';
import { fingerprint, tuningFacts } from './gold.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE =
  'Usage: npx tsx bench/crosscheck/train-pairs.ts [--frames FILE] [--out FILE] [--dry] [--precision P] [--threshold T] [--auc]';
const { values } = withUsage(USAGE, () =>
  parseArgs({
    options: {
      frames: { type: 'string' },
      out: { type: 'string' },
      dry: { type: 'boolean' },
      precision: { type: 'string' },
      threshold: { type: 'string' },
      folds: { type: 'string' },
      auc: { type: 'boolean' },
      l2: { type: 'string' },
    },
  }),
);
const basil = path.resolve(root, '../shared/bench/basil');
const clustering = path.resolve(root, '../shared/bench/clustering');
/** Where the model is written (and the one written before is read, to compare). */
const MODEL_FILE = path.join(root, 'src/locales/en/fact-pairs.json');
const FOLDS = Number(values.folds ?? 3);
const PRECISION = Number(values.precision ?? 0.75);
/** The weight of the L2 penalty of the fit. */
const L2 = Number(values.l2 ?? 0.01);

interface Framed extends FactFrame {
  ev: { article: string; start: number; end: number; text: string };
}
interface Analysed {
  stories: Framed[][];
  articles: { id: string; url: string; text: string }[];
}

/**
 * Every story's frames and every article's text, from `triangulate analyze` of the articles of `source`;
 * an article is named by its url, else its file's name without extension (`cache`: where they are kept).
 */
async function analysed(source: string, cache: string | undefined): Promise<Analysed> {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Analysed;
  if (!existsSync(source)) {
    console.error(`no articles at ${source}`);
    process.exit(2);
  }
  const work = mkdtempSync(path.join(tmpdir(), 'pairs-'));
  const stories: Framed[][] = [];
  observeFacts((frames) => stories.push(frames as Framed[]));
  try {
    const out = path.join(work, 'export.json');
    const io: Io = { out: () => {}, err: (text) => process.stderr.write(`${text}\n`), interactive: false };
    const code = await main(['analyze', source, '--db', path.join(work, 'basil.db'), '--json', out, '-q'], io);
    if (code !== 0) throw new Error(`analyze exited with ${code}`);
    const data = JSON.parse(readFileSync(out, 'utf8')) as ExportV1;
    const result: Analysed = {
      stories,
      articles: data.articles.map((a) => ({
        id: a.id,
        url: a.source.url ?? path.basename(a.source.path ?? '', path.extname(a.source.path ?? '')),
        text: a.text,
      })),
    };
    if (cache) writeFileSync(cache, JSON.stringify(result));
    return result;
  } finally {
    observeFacts(undefined);
    rmSync(work, { recursive: true, force: true });
  }
}

const data = await analysed(path.join(basil, 'articles.jsonl'), values.frames);
// Longer stories of many outlets (ECB+: a dozen reports of one event), whose pairs are judged too.
const ecb = await analysed(path.join(clustering, 'docs'), values.frames && `${values.frames}.ecb`);
const byUrl = new Map(data.articles.map((a) => [a.url, a]));
const urlOf = new Map([...data.articles, ...ecb.articles].map((a) => [a.id, a.url]));
const eventOf = new Map([
  ...Object.entries(
    JSON.parse(readFileSync(path.join(basil, 'gold.json'), 'utf8')) as Record<string, { event: string }>,
  ).map(([url, g]) => [url, g.event] as const),
  ...Object.entries(JSON.parse(readFileSync(path.join(clustering, 'gold.json'), 'utf8')) as Record<string, string>).map(
    ([file, event]) => [file, `ecb|${event}`] as const,
  ),
]);

/** What the model reads of a story: its frames that may state a fact, their weights, chance and places. */
interface Story {
  frames: Framed[];
  features(a: Framed, b: Framed): number[] | undefined;
}
const stories = new Map<Framed[], Story>();
function storyOf(all: Framed[]): Story {
  let s = stories.get(all);
  if (!s) {
    for (const f of all) f.text = f.ev.text;
    s = storyPairs(all);
    stories.set(all, s);
  }
  return s;
}

interface Example {
  event: string;
  x: number[];
  y: number;
  /** Examples of one anchor sentence of one gold fact form one ranking; a judged pair is its own. */
  group: string;
  judged: boolean;
  /** A judged pair's sentences and story. */
  pair?: [Framed, Framed, Framed[]];
}

type Span = { article: string; start: number; end: number };
const covers = (f: Framed, sp: Span) => f.article === sp.article && f.start < sp.end && sp.start < f.end;
const spansOf = (fact: ReturnType<typeof tuningFacts>[number]): Span[] =>
  fact.evidence.flatMap((e) => {
    const a = byUrl.get(e.url);
    const at = a ? a.text.indexOf(e.phrase) : -1;
    return a && at >= 0 ? [{ article: a.id, start: at, end: at + e.phrase.length }] : [];
  });
const storyWith = (spans: Span[]) =>
  data.stories.find((s) => spans.length && spans.every((sp) => s.some((f) => f.article === sp.article)));

/** The gold rankings of the tuning facts. */
function goldExamples(): Example[] {
  const out: Example[] = [];
  let pairs = 0;
  let unweighed = 0;
  tuningFacts().forEach((fact, k) => {
    const spans = spansOf(fact);
    const all = storyWith(spans);
    if (!all) return;
    const story = storyOf(all);
    for (const from of spans) {
      const anchor = story.frames.find((f) => covers(f, from));
      if (!anchor) continue;
      for (const to of spans) {
        if (to === from) continue;
        const target = story.frames.find((f) => covers(f, to));
        if (target) {
          pairs++;
          if (!story.features(anchor, target)) {
            unweighed++;
            if (process.env.SHOW) {
              const b = new Set(target.anchors);
              console.log(
                `  [${anchor.anchors.filter((a) => b.has(a)).join(' ')}] ${anchor.ev.text.slice(0, 110)} || ${target.ev.text.slice(0, 110)}`,
              );
            }
          }
        }
        for (const f of story.frames) {
          if (f.article !== to.article) continue;
          const x = story.features(anchor, f);
          if (x)
            out.push({
              event: fact.event,
              x,
              y: covers(f, to) ? 1 : 0,
              group: `${k}|${from.article}|${to.article}`,
              judged: false,
            });
        }
      }
    }
  });
  console.log(`gold pairs of sentences sharing too little to be weighed: ${unweighed} of ${pairs}`);
  return out;
}

/**
 * The judged pairs of `name` (bench/crosscheck/<name>.json) among the stories given; a sentence is named
 * by its article's url (or file name) and the fingerprint of its words.
 */
function judgedExamples(name: string, stories: Framed[][]): Example[] {
  const file = path.join(root, `bench/crosscheck/${name}.json`);
  const pairs = JSON.parse(readFileSync(file, 'utf8')) as { a: string; b: string; same: number }[];
  const where = new Map<string, { all: Framed[]; frame: Framed }>();
  for (const all of stories)
    for (const frame of all) where.set(`${urlOf.get(frame.article)}#${fingerprint(frame.ev.text)}`, { all, frame });
  const out: Example[] = [];
  let missing = 0;
  pairs.forEach((p, k) => {
    const a = where.get(p.a);
    const b = where.get(p.b);
    const x = a && b && a.all === b.all ? storyOf(a.all).features(a.frame, b.frame) : undefined;
    if (!x) {
      missing++;
      return;
    }
    out.push({
      event: eventOf.get(urlOf.get(a!.frame.article) ?? '') ?? '',
      x,
      y: p.same,
      group: `${name}|${k}`,
      judged: true,
      pair: [a!.frame, b!.frame, a!.all],
    });
  });
  if (missing) console.log(`${name}: not found in the analysed stories (or sharing too little): ${missing}`);
  return out;
}

/** A logistic model fitted by full-batch gradient descent with L2 regularisation; both classes weigh alike. */
function fit(train: readonly Example[], l2 = 0.01, epochs = 3000, rate = 0.5): { weights: number[]; bias: number } {
  const d = PAIR_FEATURES.length;
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  const pos = train.filter((e) => e.y).length;
  const cw = [train.length / (2 * Math.max(1, train.length - pos)), train.length / (2 * Math.max(1, pos))];
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Array<number>(d).fill(0);
    let gb = 0;
    for (const e of train) {
      let z = bias;
      for (let i = 0; i < d; i++) z += weights[i]! * e.x[i]!;
      const g = (1 / (1 + Math.exp(-z)) - e.y) * cw[e.y]!;
      for (let i = 0; i < d; i++) grad[i]! += g * e.x[i]!;
      gb += g;
    }
    for (let i = 0; i < d; i++) weights[i]! -= rate * (grad[i]! / train.length + l2 * weights[i]!);
    bias -= (rate * gb) / train.length;
  }
  return { weights, bias };
}

const probability = (m: { weights: number[]; bias: number }, x: readonly number[]) =>
  1 / (1 + Math.exp(-(m.bias + m.weights.reduce((s, w, i) => s + w * x[i]!, 0))));

const all = [
  ...goldExamples(),
  ...judgedExamples('judged-pairs', data.stories),
  ...judgedExamples('judged-pairs-ecb', ecb.stories),
  ...judgedExamples('judged-pairs-meaning', [...data.stories, ...ecb.stories]),
];
const events = [...new Set(all.map((e) => e.event))].sort();
if (values.auc) {
  // How well each feature alone tells one fact from two: the area under its ROC curve over every example.
  const pos = all.filter((e) => e.y);
  const neg = all.filter((e) => !e.y);
  PAIR_FEATURES.forEach((name, i) => {
    let wins = 0;
    for (const p of pos) for (const n of neg) wins += p.x[i]! > n.x[i]! ? 1 : p.x[i] === n.x[i] ? 0.5 : 0;
    const mean = (xs: Example[]) => xs.reduce((s, e) => s + e.x[i]!, 0) / Math.max(1, xs.length);
    console.log(
      `  ${name.padEnd(14)} AUC ${(wins / (pos.length * neg.length)).toFixed(3)}  mean ${mean(pos).toFixed(3)} / ${mean(neg).toFixed(3)}`,
    );
  });
}
console.log(
  `${all.length} examples (${all.filter((e) => e.y).length} positive; ${all.filter((e) => e.judged).length} judged pairs) of ${events.length} events`,
);

// Folds of events: each fold's examples scored by a model fitted on the others.
const foldOf = new Map(events.map((e, i) => [e, i % FOLDS]));
const models = Array.from({ length: FOLDS }, (_, k) =>
  fit(
    all.filter((e) => foldOf.get(e.event) !== k),
    L2,
  ),
);
let first = 0;
let rankings = 0;
const groups = new Map<string, Example[]>();
for (const e of all) if (!e.judged) (groups.get(e.group) ?? groups.set(e.group, []).get(e.group)!).push(e);
for (const g of groups.values()) {
  if (!g.some((e) => e.y)) continue;
  const m = models[foldOf.get(g[0]!.event)!]!;
  rankings++;
  const best = g.reduce((b, e) => (probability(m, e.x) > probability(m, b.x) ? e : b));
  if (best.y) first++;
}
console.log(`gold rankings: the right sentence first in ${first}/${rankings} = ${(first / rankings).toFixed(3)}`);
const scored = (keep: (e: Example) => boolean) =>
  all.filter((e) => e.judged && keep(e)).map((e) => ({ p: probability(models[foldOf.get(e.event)!]!, e.x), y: e.y }));
const judged = scored(() => true);
const positives = judged.filter((s) => s.y).length;
let chosen: number | undefined;
for (const [name, pairs] of [
  ['judged pairs', judged],
  ['of them, of ECB+ stories', scored((e) => e.event.startsWith('ecb|'))],
] as const) {
  if (!pairs.length) continue;
  const pos = pairs.filter((s) => s.y).length;
  // The threshold is chosen on a grid of hundredths: the least at which the precision holds there and at
  // every point above it (a least one where it merely touches the bar would be a fluke of the sample).
  const grid = Array.from({ length: 56 }, (_, k) => {
    const t = (40 + k) / 100;
    const kept = pairs.filter((s) => s.p >= t);
    const tp = kept.filter((s) => s.y).length;
    return { t, p: tp / Math.max(1, kept.length), r: tp / Math.max(1, pos), kept: kept.length };
  });
  if (pairs === judged)
    for (const g of [...grid].reverse()) {
      if (g.p < PRECISION) break;
      chosen = g.t;
    }
  for (const g of grid.filter((_, k) => k % 5 === 0))
    console.log(
      `  ${name} at ${g.t.toFixed(2)}: P ${g.p.toFixed(3)} R ${g.r.toFixed(3)} (${g.kept} of ${pairs.length})`,
    );
}
const threshold = values.threshold ? Number(values.threshold) : (chosen ?? 0.95);
console.log(`threshold: ${threshold}${values.threshold ? ' (given)' : ` (judged precision ≥ ${PRECISION})`}`);

// The cross-check by folds: the tuning facts found in one fact of their story.
const facts = tuningFacts();
let found = 0;
let made = 0;
for (const event of new Set(facts.map((f) => f.event))) {
  const of = facts.filter((f) => f.event === event);
  const all = storyWith(spansOf(of[0]!));
  if (!all) continue;
  const m = models[foldOf.get(event) ?? 0]!;
  const groups = matchFacts(all, {
    ...FACT_DEFAULTS,
    pairs: { about: '', features: [...PAIR_FEATURES], ...m, threshold },
  });
  made += groups.length;
  for (const fact of of) {
    const spans = spansOf(fact);
    if (groups.some((g) => spans.filter((sp) => g.frames.some((f) => covers(f as Framed, sp))).length >= 2)) found++;
  }
}
console.log(
  `cross-check by folds: ${found}/${facts.length} = ${(found / facts.length).toFixed(3)} of the tuning facts in one fact; ${made} facts in their stories`,
);

// The judged pairs in one fact, as matchFacts groups their stories with the fold's model.
{
  const byStory = new Map<Framed[], Example[]>();
  for (const e of all) if (e.pair) (byStory.get(e.pair[2]) ?? byStory.set(e.pair[2], []).get(e.pair[2])!).push(e);
  let kept = 0;
  let right = 0;
  for (const [story, examples] of byStory) {
    const m = models[foldOf.get(examples[0]!.event) ?? 0]!;
    const groups = matchFacts(story, {
      ...FACT_DEFAULTS,
      pairs: { about: '', features: [...PAIR_FEATURES], ...m, threshold },
    });
    for (const e of examples) {
      if (!groups.some((g) => g.frames.includes(e.pair![0]) && g.frames.includes(e.pair![1]))) continue;
      kept++;
      if (e.y) right++;
    }
  }
  console.log(
    `judged pairs in one fact: P ${(right / Math.max(1, kept)).toFixed(3)} R ${(right / Math.max(1, positives)).toFixed(3)} (${kept} of ${judged.length})`,
  );
}

const final = fit(all, L2);
const model: PairModel = {
  about:
    `Logistic model of two sentences stating one fact (bench/crosscheck/train-pairs.ts), fitted on ${all.length} ` +
    `sentence pairs of ${events.length} events of BASIL and ECB+ (gold rankings of the tuning facts and judged pairs); ` +
    `threshold: judged pairs of left-out events at precision ≥ ${PRECISION}.`,
  features: [...PAIR_FEATURES],
  weights: final.weights.map((w) => Math.round(w * 1000) / 1000),
  bias: Math.round(final.bias * 1000) / 1000,
  threshold,
};
console.log(PAIR_FEATURES.map((f, i) => `${f} ${model.weights[i]}`).join(', '), `bias ${model.bias}`);

const written = existsSync(MODEL_FILE) ? (JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as PairModel) : undefined;
// The check pairs, judged like the others and never fitted: `judged-pairs-ecb-check`, drawn over this
// model's probabilities, and `judged-pairs-near`, drawn where a model decides (0.45–0.85).
for (const [file, check] of [
  ['judged-pairs-ecb-check', judgedExamples('judged-pairs-ecb-check', ecb.stories)],
  ['judged-pairs-near', judgedExamples('judged-pairs-near', [...data.stories, ...ecb.stories])],
] as const) {
  for (const [name, m] of [
    ['this model', model],
    ['the model in src/locales/en/fact-pairs.json', written],
  ] as const) {
    if (!m || !check.length) continue;
    const kept = check.filter((e) => pairProbability(m, e.x) >= m.threshold);
    const right = kept.filter((e) => e.y).length;
    const pos = check.filter((e) => e.y).length;
    console.log(
      `${file} (${check.length}, never fitted), ${name} at its threshold ${m.threshold}: ` +
        `P ${(right / Math.max(1, kept.length)).toFixed(3)} R ${(right / Math.max(1, pos)).toFixed(3)}`,
    );
  }
}
if (!values.dry) {
  const out = values.out ?? MODEL_FILE;
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(`written: ${path.relative(root, out)}`);
}
