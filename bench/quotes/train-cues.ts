/**
 * Trains the cue model of the quotes stage (src/locales/en/cue-model.json) on PolNeAR train: the words
 * that may end a cue at all (a lexicon built from the annotations), then an averaged perceptron over the
 * features of `cueFeatures` of those words, whose positive examples are the last word of each annotated
 * cue. The threshold is chosen on a fifth of the training texts held out (the one whose all-attribution
 * precision and recall clear --precision and --recall by the widest margin), then the model is trained
 * again on every training text. Dev is never read.
 * Usage: npx tsx bench/quotes/train-cues.ts [--data DIR] [--epochs 8] [--precision 0.85] [--recall 0.7] [--out FILE] [--dry]
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';
import { CUE_VERBS, PHRASE_STOPS } from '../../src/locales/en/cues.ts';
import { cueFeatures, cueView, mentionEdges, type CueModel } from '../../src/stages/quotes/cue-model.ts';
import { quotes, QUOTES_DEFAULTS } from '../../src/stages/quotes/index.ts';
import { tokens } from '../../src/stages/quotes/words.ts';
import { prf } from './metric.ts';
import { loadPolnear, quotesOf, scoreStage, type PolnearDoc } from './polnear.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE =
  'Usage: npx tsx bench/quotes/train-cues.ts [--data DIR] [--epochs 8] [--precision 0.85] [--recall 0.7] [--out FILE] [--dry]';
const { values } = withUsage(USAGE, () =>
  parseArgs({
    options: {
      data: { type: 'string' },
      epochs: { type: 'string' },
      precision: { type: 'string' },
      recall: { type: 'string' },
      out: { type: 'string' },
      dry: { type: 'boolean' },
    },
  }),
);
const dir = values.data ?? path.resolve(root, '../shared/bench/quotes/train');
if (!existsSync(dir)) {
  console.error(`no PolNeAR training data at ${dir} (give --data DIR)`);
  process.exit(2);
}
const epochs = Number(values.epochs ?? 8);
/** The targets: the threshold kept is the one that clears both with the widest margin on held-out texts. */
const target = { precision: Number(values.precision ?? 0.85), recall: Number(values.recall ?? 0.7) };
/** Weights smaller than this are left out of the model (they move few scores across the threshold). */
const PRUNE = 0.5;
/** Only features seen in at least this many training words are learned (the rest weigh nothing). */
const MIN_COUNT = 10;
/**
 * The words that may end a cue: those that ended one at least MIN_CUES times and in at least
 * MIN_SHARE of their uses (nouns that end a cue now and then, "requirements", stay out), and no
 * word that joins phrases ("about", "for": what follows them is a topic, not what was said); the
 * model weighs the rest in their context.
 */
const MIN_CUES = 3;
const MIN_SHARE = 0.05;
const out = values.out ?? path.join(root, 'src/locales/en/cue-model.json');

/** Feature strings as numbers, so that the examples fit in memory. */
const ids = new Map<string, number>();
const names: string[] = [];
const idOf = (f: string) => {
  let id = ids.get(f);
  if (id === undefined) {
    id = names.length;
    ids.set(f, id);
    names.push(f);
  }
  return id;
};

interface Example {
  form: string;
  features: Int32Array;
  positive: boolean;
}

/** Every word of every sentence of a text, as an example: positive when it ends an annotated cue. */
function examples(doc: PolnearDoc): Example[] {
  const text = doc.draft.text;
  const cueEnds = doc.gold.flatMap((g) => (g.cue ? [g.cue.at(-1)!] : []));
  const outList: Example[] = [];
  const edges = mentionEdges(doc.draft.annotations.entities?.mentions ?? []);
  for (const s of doc.draft.annotations.sentences ?? []) {
    const toks = tokens(text, s.start, s.end);
    const view = cueView(toks, edges);
    const last = new Set<number>();
    for (const [a, b] of cueEnds) {
      if (a < s.start || a >= s.end) continue;
      let k = -1;
      toks.forEach((t, i) => {
        if (t.word && t.start < b && t.end > a) k = i;
      });
      if (k >= 0) last.add(k);
    }
    toks.forEach((t, k) => {
      if (!t.word) return;
      const features = Int32Array.from(cueFeatures(view, k, CUE_VERBS).map(idOf));
      outList.push({ form: t.lower, features, positive: last.has(k) });
    });
  }
  return outList;
}

/** A seeded shuffle (mulberry32), so that training is repeatable. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed;
  const rand = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** An averaged perceptron over the examples: its averaged weights and bias. */
function train(data: readonly Example[]): { weights: Float64Array; bias: number } {
  const n = names.length;
  const w = new Float64Array(n);
  const u = new Float64Array(n);
  let b = 0;
  let ub = 0;
  let c = 1;
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    for (const x of shuffled(data, 17 + e)) {
      let s = b;
      for (const f of x.features) s += w[f]!;
      const y = x.positive ? 1 : -1;
      if (y * s <= 0) {
        errors++;
        for (const f of x.features) {
          w[f]! += y;
          u[f]! += y * c;
        }
        b += y;
        ub += y * c;
      }
      c++;
    }
    console.log(`  epoch ${e + 1}: ${errors} mistakes`);
  }
  const avg = new Float64Array(n);
  for (let i = 0; i < n; i++) avg[i] = w[i]! - u[i]! / c;
  return { weights: avg, bias: b - ub / c };
}

/** The words that may end a cue, in the examples (see MIN_CUES). */
function candidatesOf(data: readonly Example[]): string[] {
  const uses = new Map<string, [number, number]>();
  for (const x of data) {
    const u = uses.get(x.form) ?? [0, 0];
    u[0]++;
    if (x.positive) u[1]++;
    uses.set(x.form, u);
  }
  return [...uses]
    .filter(([w, [n, cues]]) => cues >= MIN_CUES && cues / n >= MIN_SHARE && !PHRASE_STOPS.has(w))
    .map(([w]) => w)
    .sort();
}

/** The model as locale data: weights rounded, the ones too small to matter left out. */
function modelOf(
  weights: Float64Array,
  bias: number,
  threshold: number,
  about: string,
  candidates: readonly string[],
  prune = PRUNE,
): CueModel {
  const kept: Record<string, number> = {};
  for (let i = 0; i < weights.length; i++) {
    const v = Math.round(weights[i]! * 10) / 10;
    if (Math.abs(v) >= prune) kept[names[i]!] = v;
  }
  return { about, bias: Math.round(bias * 100) / 100, threshold, candidates: [...candidates], weights: kept };
}

/**
 * How the model's own quotes fare by a stricter reading than the metric's: the share whose cue is an
 * annotated cue, and whose content overlaps an annotated content by half of the longer of the two.
 */
function strictness(model: CueModel): string {
  const stage = quotes({ ...QUOTES_DEFAULTS, cueModel: model });
  let n = 0;
  let cue = 0;
  let content = 0;
  for (const doc of tuneDocs) {
    for (const q of quotesOf(stage, doc)) {
      if (q.rule !== 'cue-model') continue;
      n++;
      const c = q.cue;
      if (c && doc.gold.some((g) => g.cue?.some(([a, b]) => a < c.end && b > c.start))) cue++;
      const len = q.end - q.start;
      const hit = doc.gold.some((g) => {
        const glen = g.content.reduce((x, [a, b]) => x + b - a, 0);
        const ov = g.content.reduce((x, [a, b]) => x + Math.max(0, Math.min(b, q.end) - Math.max(a, q.start)), 0);
        return ov >= 0.5 * Math.max(len, glen);
      });
      if (hit) content++;
    }
  }
  return `model's quotes ${n}: cue right ${pct(cue / n)}, content strictly right ${pct(content / n)}`;
}

const docs = loadPolnear(dir);
const bases = [...new Set(docs.map((d) => d.base))];
const heldOut = new Set(bases.filter((_, i) => i % 5 === 0));
// One annotation file per text for training (annotators of one text disagree on some cues).
const firstOf = new Map<string, PolnearDoc>();
for (const d of docs) if (!firstOf.has(d.base)) firstOf.set(d.base, d);
const fitDocs = [...firstOf.values()].filter((d) => !heldOut.has(d.base));
const tuneDocs = docs.filter((d) => heldOut.has(d.base));
console.log(
  `PolNeAR train: ${firstOf.size} texts; fitting on ${fitDocs.length}, choosing the threshold on ${heldOut.size}`,
);

/** The examples with their rare features left out. */
function common(data: Example[]): Example[] {
  const counts = new Uint32Array(names.length);
  for (const x of data) for (const f of x.features) counts[f]!++;
  return data.map((x) => ({ ...x, features: x.features.filter((f) => counts[f]! >= MIN_COUNT) }));
}

const fit = common(fitDocs.flatMap(examples));
console.log(`${fit.length} words, ${fit.filter((x) => x.positive).length} cue ends, ${names.length} features`);
const firstCandidates = candidatesOf(fit);
/** The examples of the words that may end a cue: the model is trained on those only. */
const among = (data: Example[], words: readonly string[]) => {
  const set = new Set(words);
  return data.filter((x) => set.has(x.form));
};
const first = train(among(fit, firstCandidates));
console.log(`${firstCandidates.length} words may end a cue`);

const pct = (x: number) => (100 * x).toFixed(1);
const baseline = prf(scoreStage(quotes({ ...QUOTES_DEFAULTS, cueModel: undefined }), tuneDocs).all);
console.log(`held out, word lists alone: all attributions P ${pct(baseline.precision)} R ${pct(baseline.recall)}`);
let chosen: { threshold: number; precision: number; recall: number; margin: number } | undefined;
for (const threshold of [-12, -10, -8, -6, -5, -4, -3, -2, -1, 0, 2, 4]) {
  const model = modelOf(first.weights, first.bias, threshold, '', firstCandidates);
  const s = prf(scoreStage(quotes({ ...QUOTES_DEFAULTS, cueModel: model }), tuneDocs).all);
  console.log(
    `held out, threshold ${threshold}: all attributions P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}; ` +
      strictness(model),
  );
  const margin = Math.min(s.precision - target.precision, s.recall - target.recall);
  if (!chosen || margin > chosen.margin) chosen = { threshold, precision: s.precision, recall: s.recall, margin };
}
if (!chosen) throw new Error('no threshold tried');
console.log(`threshold ${chosen.threshold} (held out: P ${pct(chosen.precision)} R ${pct(chosen.recall)})`);

const all = common([...firstOf.values()].flatMap(examples));
const allCandidates = candidatesOf(all);
const final = train(among(all, allCandidates));
const about =
  `Averaged perceptron, ${epochs} epochs, on the ${firstOf.size} texts of PolNeAR train (bench/quotes/train-cues.ts); ` +
  `threshold chosen on a fifth held out: all attributions P ${pct(chosen.precision)} R ${pct(chosen.recall)}.`;
const model = modelOf(final.weights, final.bias, chosen.threshold, about, allCandidates);
console.log(`${Object.keys(model.weights).length} weights kept of ${names.length}`);
if (!values.dry) {
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}
