/**
 * Draws sentence pairs for people to judge (does the pair state one fact?), to widen the judged examples
 * of the pair model where it has none: from the frames `train-pairs.ts --frames FILE` keeps (BASIL and the
 * ECB+ stories; the held events of the facts gold are never drawn), pairs not judged before, in two
 * strata — pairs the model does not weigh (they share too few anchors) that are alike in meaning (the
 * cosine of meaning.ts at least 0.3), spread over how alike they are, and pairs the model in
 * src/locales/en/fact-pairs.json finds between 0.45 and 0.85.
 * The draw is seeded. It writes FILE.todo.json: each pair with its sentences and an empty `same` for the
 * reader; `--merge` reads the judged file back and writes bench/crosscheck/<name>.json (sentences named by
 * url and fingerprint; no text is copied).
 *
 *   npx tsx bench/crosscheck/draw-pairs.ts --frames FILE [--few N] [--near N] [--seed S]
 *   npx tsx bench/crosscheck/draw-pairs.ts --frames FILE --merge JUDGED.json --name judged-pairs-meaning
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';
import {
  FACT_DEFAULTS,
  PAIR_FEATURES,
  pairProbability,
  storyPairs,
  type FactFrame,
} from '../../src/corpus/claims/facts.ts';
import { EN_WORD_VECTORS, meaningCosine } from '../../src/corpus/claims/meaning.ts';
import { fingerprint, heldFacts } from './gold.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE =
  'Usage: npx tsx bench/crosscheck/draw-pairs.ts --frames FILE [--few N] [--near N] [--seed S]\n       npx tsx bench/crosscheck/draw-pairs.ts --frames FILE --merge JUDGED.json --name judged-pairs-meaning';
const { values } = withUsage(USAGE, () =>
  parseArgs({
    options: {
      frames: { type: 'string' },
      few: { type: 'string' },
      near: { type: 'string' },
      seed: { type: 'string' },
      merge: { type: 'string' },
      name: { type: 'string' },
    },
  }),
);
if (!values.frames) {
  console.error('usage: draw-pairs.ts --frames FILE (kept by train-pairs.ts --frames FILE)');
  process.exit(2);
}
interface Framed extends FactFrame {
  ev: { article: string; start: number; end: number; text: string; outlet?: string };
}
interface Analysed {
  stories: Framed[][];
  articles: { id: string; url: string; text: string }[];
}
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Analysed;
const sets = [read(values.frames), read(`${values.frames}.ecb`)];
const urlOf = new Map(sets.flatMap((s) => s.articles.map((a) => [a.id, a.url] as const)));
const keyOf = (f: Framed) => `${urlOf.get(f.article)}#${fingerprint(f.ev.text)}`;

interface Todo {
  id: number;
  a: { key: string; outlet?: string; text: string };
  b: { key: string; outlet?: string; text: string };
  stratum: 'few' | 'near';
  same: number | null;
}
const todoFile = `${values.frames}.todo.json`;

if (values.merge) {
  const judged = JSON.parse(readFileSync(values.merge, 'utf8')) as { id: number; same: number }[];
  const todo = new Map((JSON.parse(readFileSync(todoFile, 'utf8')) as Todo[]).map((t) => [t.id, t]));
  const out = judged.flatMap((j) => {
    const t = todo.get(j.id);
    return t && (j.same === 0 || j.same === 1) ? [{ a: t.a.key, b: t.b.key, same: j.same }] : [];
  });
  const file = path.join(root, `bench/crosscheck/${values.name ?? 'judged-pairs-meaning'}.json`);
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`${out.length} judged pairs (${out.filter((p) => p.same).length} one fact) → ${file}`);
  process.exit(0);
}

// Pairs judged before, in either order.
const judgedBefore = new Set<string>();
for (const name of [
  'judged-pairs',
  'judged-pairs-ecb',
  'judged-pairs-ecb-check',
  'judged-pairs-meaning',
  'judged-pairs-near',
]) {
  try {
    for (const p of JSON.parse(readFileSync(path.join(root, `bench/crosscheck/${name}.json`), 'utf8')) as {
      a: string;
      b: string;
    }[])
      judgedBefore.add(`${p.a}|${p.b}`).add(`${p.b}|${p.a}`);
  } catch {
    // not there yet
  }
}
const held = new Set(heldFacts().flatMap((f) => f.evidence.map((e) => e.url)));
const MEANING = PAIR_FEATURES.indexOf('meaning');
/** The least meaning cosine of the pairs not weighed by the model that are drawn. */
const MEANING_FLOOR = 0.3;
const candidates: { a: Framed; b: Framed; few: boolean; meaning: number; p: number }[] = [];
for (const set of sets)
  for (const all of set.stories) {
    if (all.some((f) => held.has(urlOf.get(f.article) ?? ''))) continue;
    for (const f of all) f.text = f.ev.text;
    const { frames, centre, features } = storyPairs(all);
    for (let i = 0; i < frames.length; i++)
      for (let j = i + 1; j < frames.length; j++) {
        const a = frames[i]!;
        const b = frames[j]!;
        if (a.article === b.article || judgedBefore.has(`${keyOf(a)}|${keyOf(b)}`)) continue;
        const x = features(a, b);
        if (x) {
          candidates.push({ a, b, few: false, meaning: x[MEANING]!, p: pairProbability(FACT_DEFAULTS.pairs, x) });
          continue;
        }
        // Not weighed by the model: drawn for how alike in meaning the two are.
        const meaning = meaningCosine(EN_WORD_VECTORS.meaning(a.text!), EN_WORD_VECTORS.meaning(b.text!), centre);
        if (meaning >= MEANING_FLOOR) candidates.push({ a, b, few: true, meaning, p: 0 });
      }
  }

// A seeded draw (mulberry32).
let seed = Number(values.seed ?? 7) >>> 0;
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
function draw<T>(pool: T[], n: number, bin: (x: T) => number, bins: number): T[] {
  const by = Array.from({ length: bins }, () => [] as T[]);
  for (const x of pool) by[Math.min(bins - 1, Math.max(0, bin(x)))]!.push(x);
  const out: T[] = [];
  for (let k = 0; out.length < n && k < n * 10; k++) {
    const b = by[k % bins]!;
    if (b.length) out.push(b.splice(Math.floor(random() * b.length), 1)[0]!);
  }
  return out;
}
const few = draw(
  candidates.filter((c) => c.few),
  Number(values.few ?? 150),
  (c) => Math.floor((c.meaning - MEANING_FLOOR) / 0.1),
  4,
);
const near = draw(
  candidates.filter((c) => !c.few && c.p >= 0.45 && c.p < 0.85),
  Number(values.near ?? 100),
  (c) => Math.floor((c.p - 0.45) / 0.1),
  4,
);
const todo: Todo[] = [
  ...few.map((c) => ({ ...c, stratum: 'few' as const })),
  ...near.map((c) => ({ ...c, stratum: 'near' as const })),
]
  .sort(() => random() - 0.5)
  .map((c, id) => ({
    id,
    a: { key: keyOf(c.a), outlet: c.a.ev.outlet, text: c.a.ev.text },
    b: { key: keyOf(c.b), outlet: c.b.ev.outlet, text: c.b.ev.text },
    stratum: c.stratum,
    same: null,
  }));
writeFileSync(todoFile, `${JSON.stringify(todo, null, 2)}\n`);
console.log(
  `${candidates.length} candidate pairs (${candidates.filter((c) => c.few).length} weighed for meaning alone); drew ${few.length} of those and ${near.length} near the threshold → ${todoFile}`,
);
