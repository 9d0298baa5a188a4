/**
 * Facts: the propositions of one story matched across articles. Two sentences of different articles
 * state one fact when a pair model, trained on sentence pairs read by people
 * (bench/crosscheck/train-pairs.ts), finds them likely enough to (`PairModel.threshold`). It weighs what
 * the two frames share — the corpus entities they name, their predicates and content words (paraphrase
 * groups), numbers and dates, each anchor weighed by how rare it is in the story (every article of a
 * story names its main actor; few name "dental bills") — and how:
 *
 * - how alike their anchors are (cosine, and the share of the smaller one they hold) and how far the
 *   shared anchors' weights pass chance, the log of the number of sentence pairs compared (a longer story,
 *   where more pairs share a rare word by accident, asks more of each pair);
 * - whether a predicate they share has one subject in both ("Trump spoke with Putin" / "Trump had spoken
 *   to Putin") or two ("Trump will not pressure Putin" / "Europeans urged Trump to pressure Putin"), and
 *   whether it is done to the same things; a difference in negation;
 * - a shared number, date or predicate, or a number or date in both that differs; runs of words both
 *   quote; where the sentences stand in their articles (a report states its main facts first);
 * - how alike they are in meaning beyond the words they share (meaning.ts: word vectors, what each says
 *   beyond the story's topic, and how well each word finds a near one in the other — "apologized" and
 *   "apology", "wiped" and "erased").
 *
 * Two sentences that share fewer than `minShared` anchors, or only entities, state no fact together.
 * Pairs are joined most likely first; a sentence joins a fact only when it is alike with every sentence
 * of the other articles in it. Pure: frames in, groups out.
 */
import PAIRS from '../../locales/en/fact-pairs.json' with { type: 'json' };
import { LEANING_WORDS } from '../../locales/en/cues.ts';
import { UnionFind } from '../union-find.ts';
import { EN_WORD_VECTORS, meaningAlignment, meaningCentre, meaningCosine, type Meaning } from './meaning.ts';

/** One sentence's frame, with its anchors resolved against the corpus. */
export interface FactFrame {
  article: string;
  /** Offsets of the sentence. */
  start: number;
  end: number;
  /** Its anchors: `e:<entity>` for corpus entities, predicates and terms as the propositions stage gives them. */
  anchors: readonly string[];
  /**
   * Its events: each predicate with its subject (`e:<entity>`), when known, and what it is done to or
   * about (`args`: entities and terms after it).
   */
  events: readonly { predicate: string; subject?: string; args?: readonly string[] }[];
  negated: boolean;
  words: number;
  /** The entity (`e:<entity>`) whose words it reports, when it is (in) a quote with a known speaker. */
  speaker?: string;
  /** Its words, lower case, when known: runs of words two sentences share tell a quote or a copy. */
  text?: string;
}

/** Settings of the matching. */
export const FACT_DEFAULTS = {
  /** Least anchors two sentences share, and least that are not entities. */
  minShared: 2,
  minSharedTerms: 1,
  /** Sentences shorter than this state no fact of their own ("Everything.", "We love them."). */
  minWords: 5,
  /** An anchor in more than this share of a story's sentences is no evidence of one fact. */
  maxShare: 0.5,
  /** Where chance lies: the log of the pairs compared, plus this. */
  margin: -1,
  /**
   * The most articles of one event whose sentences are matched: the first reports (by date, then
   * outlet), so that the cost of a change stays bounded however large an event grows.
   */
  maxArticles: 100,
  /**
   * Least average probability of the pairs of sentences of different articles of two groups joined: on
   * average, more likely one fact than not.
   */
  groupMean: 0.5,
  /** The pair model: whether two sentences state one fact. */
  pairs: PAIRS as PairModel,
  /**
   * How far below chance a pair may be and still be weighed by the model: candidates are found by the
   * anchors they share, at most this far below it.
   */
  slack: 4,
};

export type FactSettings = typeof FACT_DEFAULTS;

/** A group of frames that state one fact; `score` is the best probability of a pair in it. */
export interface FactGroup {
  frames: FactFrame[];
  score: number;
}

/**
 * What the shared anchors of two of a story's frames must weigh to be more than chance: the log of the
 * number of pairs of sentences of different articles compared, plus `margin`.
 */
export function chanceOf(frames: readonly FactFrame[], settings: FactSettings = FACT_DEFAULTS): number {
  const perArticle = new Map<string, number>();
  for (const f of frames) perArticle.set(f.article, (perArticle.get(f.article) ?? 0) + 1);
  const n = frames.length;
  const compared = [...perArticle.values()].reduce((s, k) => s + k * (n - k), 0) / 2;
  return Math.log(Math.max(compared, 1)) + settings.margin;
}

let observer: ((frames: readonly FactFrame[]) => void) | undefined;

/** Hands every story's frames to `fn` before they are matched (the pair model's training reads them). */
export function observeFacts(fn: ((frames: readonly FactFrame[]) => void) | undefined): void {
  observer = fn;
}

/** An anchor's weight in a story (the log of how rare it is; 0 above `maxShare`). */
export type Weight = (anchor: string) => number;

/**
 * Groups the frames of one story into facts: pairs of sentences of different articles alike enough
 * are joined, most similar first, unless the two groups hold sentences of one article or a sentence
 * of one is not alike with a sentence of the other; groups spanning at least two articles are
 * returned, in the order of their first frame.
 */
export function matchFacts(all: readonly FactFrame[], settings: FactSettings = FACT_DEFAULTS): FactGroup[] {
  observer?.(all);
  const frames = all.filter((f) => f.words >= settings.minWords && f.anchors.length >= settings.minShared);
  const n = frames.length;
  if (n < 2) return [];
  const weight = anchorWeights(frames, settings);
  const centre = storyCentre(frames);
  const norms = frames.map((f) => normOf(f, weight));
  const needed = chanceOf(frames, settings);
  const places = placesOf(frames);
  const model = settings.pairs;
  // Candidates by prefix filtering: each frame's anchors rarest first, up to where the rest weighs
  // less than `bound` — two frames whose shared anchors weigh `bound` share an anchor of both
  // prefixes — so a large event costs what its rare words cost, not the square of its sentences.
  const bound = needed - settings.slack;
  const sets = frames.map((f) => new Set(f.anchors));
  const prefixes = frames.map((f) => {
    const ranked = [...new Set(f.anchors)]
      .map((a) => [a, weight(a)] as const)
      .filter(([, w]) => w > 0)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    let rest = ranked.reduce((s, [, w]) => s + w, 0);
    const prefix: string[] = [];
    for (const [a, w] of ranked) {
      if (rest < bound) break;
      prefix.push(a);
      rest -= w;
    }
    return prefix;
  });
  const index = new Map<string, number[]>();
  prefixes.forEach((prefix, i) => {
    for (const a of prefix) (index.get(a) ?? index.set(a, []).get(a)!).push(i);
  });
  const pairs: { i: number; j: number; s: number }[] = [];
  const scores = new Map<number, number>();
  // The alignment of two sentences' words (meaning.ts) is the costly feature: a pair is first weighed
  // without it, and aligned only when it could reach the threshold; the others are weighed again, aligned,
  // if and when their probability is asked for (`score`), so every probability is exact and no pair's
  // features are kept meanwhile.
  const unaligned = (i: number, j: number) =>
    pairFeatures(
      frames[i]!,
      frames[j]!,
      weight,
      settings,
      norms[i]!,
      norms[j]!,
      needed,
      sets[j]!,
      [places[i]!, places[j]!],
      centre,
      false,
    );
  const weigh = (i: number, j: number) => {
    const x = unaligned(i, j);
    if (!x || pairProbability(model, x, ALIGNED) < model.threshold) return;
    x[ALIGNED] = alignedFeature(frames[i]!, frames[j]!);
    const s = pairProbability(model, x);
    scores.set(i * n + j, s);
    if (s >= model.threshold) pairs.push({ i, j, s });
  };
  // Each later frame sharing an anchor of both prefixes is a candidate, once (`stamp`: the last frame it
  // was a candidate of).
  const stamp = new Int32Array(n).fill(-1);
  /** Each frame's candidates (frames of other articles): only they may have a probability above 0. */
  const partners: number[][] = frames.map(() => []);
  frames.forEach((f, i) => {
    for (const a of prefixes[i]!) {
      for (const j of index.get(a) ?? []) {
        if (j <= i || stamp[j] === i || frames[j]!.article === f.article) continue;
        stamp[j] = i;
        partners[i]!.push(j);
        partners[j]!.push(i);
        weigh(i, j);
      }
    }
  });
  pairs.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  /** A pair's probability: weighed above, else (a candidate under the bound) now, else 0. */
  const score = (i: number, j: number) => {
    const lo = Math.min(i, j);
    const hi = Math.max(i, j);
    const key = lo * n + hi;
    let s = scores.get(key);
    if (s === undefined) {
      const x = unaligned(lo, hi);
      if (x) x[ALIGNED] = alignedFeature(frames[lo]!, frames[hi]!);
      s = x ? pairProbability(model, x) : 0;
      scores.set(key, s);
    }
    return s;
  };
  const articleIds = new Map<string, number>();
  const articleOf = frames.map(
    (f) => articleIds.get(f.article) ?? articleIds.set(f.article, articleIds.size).get(f.article)!,
  );
  const uf = new UnionFind(n);
  const members = new Map<number, number[]>(frames.map((_, i) => [i, [i]]));
  /** How many frames of each article a group holds. */
  const perArticle = new Map<number, Map<number, number>>(frames.map((_, i) => [i, new Map([[articleOf[i]!, 1]])]));
  const top = new Map<number, number>();
  for (const { i, j, s } of pairs) {
    const ri = uf.find(i);
    const rj = uf.find(j);
    if (ri === rj) continue;
    const mi = members.get(ri)!;
    const mj = members.get(rj)!;
    // Two sentences of one article may state one fact (a quote and its paraphrase): what joins two
    // groups is how alike their sentences of different articles are, on average — over every such
    // pair, of which only candidates weigh more than 0 (the smaller group's candidates are read).
    const ai = perArticle.get(ri)!;
    const aj = perArticle.get(rj)!;
    const [fewer, more] = ai.size <= aj.size ? [ai, aj] : [aj, ai];
    let count = mi.length * mj.length;
    for (const [article, k] of fewer) count -= k * (more.get(article) ?? 0);
    const [small, other] = mi.length <= mj.length ? [mi, rj] : [mj, ri];
    let sum = 0;
    for (const x of small) for (const y of partners[x]!) if (uf.find(y) === other) sum += score(x, y);
    if (count && sum / count < settings.groupMean) continue;
    const root = uf.union(ri, rj);
    members.set(root, [...mi, ...mj]);
    for (const [article, k] of fewer) more.set(article, (more.get(article) ?? 0) + k);
    perArticle.set(root, more);
    top.set(root, Math.max(top.get(ri) ?? 0, top.get(rj) ?? 0, s));
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = uf.find(i);
    if (top.has(root)) (groups.get(root) ?? groups.set(root, []).get(root)!).push(i);
  }
  return [...groups.entries()].map(([root, g]) => ({ frames: g.map((i) => frames[i]!), score: top.get(root)! }));
}

/**
 * What the pair model reads of a story, for tools that weigh pairs one by one (the trainer, the drawing of
 * pairs to judge): its frames that may state a fact (as `matchFacts` keeps them), and the features of two
 * of them with the story's weights, chance, places and topic.
 */
export function storyPairs<F extends FactFrame>(
  all: readonly F[],
  settings: FactSettings = FACT_DEFAULTS,
): { frames: F[]; centre: Float32Array | undefined; features(a: F, b: F): number[] | undefined } {
  const frames = all.filter((f) => f.words >= settings.minWords && f.anchors.length >= settings.minShared);
  const weight = anchorWeights(frames, settings);
  const needed = chanceOf(frames, settings);
  const place = new Map(placesOf(frames).map((p, i) => [frames[i]!, p]));
  const centre = storyCentre(frames);
  return {
    frames,
    centre,
    features: (a, b) =>
      pairFeatures(
        a,
        b,
        weight,
        settings,
        undefined,
        undefined,
        needed,
        undefined,
        [place.get(a) ?? 0.5, place.get(b) ?? 0.5],
        centre,
      ),
  };
}

/** What the sentences of a story share in meaning (its topic), set apart when two are compared. */
export function storyCentre(frames: readonly FactFrame[]): Float32Array | undefined {
  return meaningCentre(frames.flatMap((f) => meaningOfFrame(f) ?? []));
}

const meanings = new WeakMap<FactFrame, Meaning | null>();

/** A frame's words in the word-vector table (meaning.ts), once per frame; undefined when its text is not known. */
function meaningOfFrame(f: FactFrame): Meaning | undefined {
  let m = meanings.get(f);
  if (m === undefined) {
    m = f.text ? EN_WORD_VECTORS.meaning(f.text) : null;
    meanings.set(f, m);
  }
  return m ?? undefined;
}

/** The weight of each anchor in a story: the log of how rare it is among the story's sentences. */
export function anchorWeights(frames: readonly FactFrame[], settings: FactSettings = FACT_DEFAULTS): Weight {
  const n = frames.length;
  const df = new Map<string, number>();
  for (const f of frames) for (const a of new Set(f.anchors)) df.set(a, (df.get(a) ?? 0) + 1);
  const cap = Math.max(2, settings.maxShare * n);
  return (a: string) => {
    const d = df.get(a) ?? 1;
    return d > cap ? 0 : Math.log((n + 1) / d);
  };
}

function normOf(f: FactFrame, weight: Weight): number {
  return Math.sqrt(f.anchors.reduce((s, a) => s + weight(a) ** 2, 0));
}

/**
 * Whether two frames tell their shared events of one subject: 1 when a predicate they share has the
 * same subject in both, -1 when every predicate they share has different subjects, 0 otherwise.
 */
export function eventAgreement(a: FactFrame, b: FactFrame): number {
  let differ = false;
  for (const x of a.events) {
    for (const y of b.events) {
      if (x.predicate !== y.predicate || x.subject === undefined || y.subject === undefined) continue;
      if (x.subject === y.subject) return 1;
      differ = true;
    }
  }
  return differ ? -1 : 0;
}

/** The names of a pair's features, in the order `pairFeatures` gives them (the pair model's inputs). */
export const PAIR_FEATURES = [
  'cosine',
  'containment',
  'chance',
  'terms',
  'entities',
  'agree',
  'disagree',
  'negation',
  'number',
  'date',
  'happening',
  'rarest',
  'shorter',
  'longer',
  'lead',
  'leads',
  'runs',
  'verbs',
  'numberClash',
  'dateClash',
  'arguments',
  'argumentClash',
  'speaker',
  'speakers',
  'meaning',
  'aligned',
  'amount',
] as const;

/**
 * What the pair model reads of two frames: how alike their anchors are (cosine, and the share of the
 * smaller one's weight they share), how far the shared anchors' weights pass chance (`needed`), how many
 * terms and entities they share, whether a shared predicate has one subject or two, a difference in
 * negation, a shared number, date or predicate, the rarest shared anchor, and their lengths. Undefined
 * when they share fewer than `minShared` anchors or fewer than `minSharedTerms` that are not entities.
 */
export function pairFeatures(
  a: FactFrame,
  b: FactFrame,
  weight: Weight,
  settings: FactSettings = FACT_DEFAULTS,
  normA = normOf(a, weight),
  normB = normOf(b, weight),
  needed = 0,
  other: ReadonlySet<string> = new Set(b.anchors),
  places: readonly [number, number] = [0.5, 0.5],
  centre?: Float32Array,
  align = true,
): number[] | undefined {
  let shared = 0;
  let terms = 0;
  let dot = 0;
  let evidence = 0;
  let rarest = 0;
  let number = 0;
  let amount = 0;
  let date = 0;
  let happening = 0;
  let verbWeight = 0;
  const verbs = new Set([...a.events, ...b.events].map((e) => e.predicate));
  for (const x of a.anchors) {
    const w = weight(x);
    if (!other.has(x) || !w) continue;
    shared++;
    if (!x.startsWith('e:')) terms++;
    dot += w * w;
    evidence += w;
    rarest = Math.max(rarest, w);
    if (x.startsWith('#')) {
      number = 1;
      // A number with its unit or what it counts ("#90000000000 USD") ties two sentences more than a bare one.
      if (x.includes(' ')) amount = 1;
    } else if (x.startsWith('@')) date = 1;
    else if (verbs.has(x)) {
      happening = 1;
      verbWeight += w;
    }
  }
  if (shared < settings.minShared || terms < settings.minSharedTerms || !normA || !normB) return undefined;
  // How alike the two sentences are in meaning (meaning.ts), the alignment scaled where sentences of one
  // story lie; 0 when their texts are not known.
  const x = meaningOfFrame(a);
  const y = meaningOfFrame(b);
  const meaning = [x && y ? meaningCosine(x, y, centre) : 0, align ? alignedFeature(a, b) : 0];
  const agree = eventAgreement(a, b);
  return [
    dot / (normA * normB),
    dot / Math.min(normA, normB) ** 2,
    Math.max(-10, Math.min(10, evidence - needed)) / 10,
    Math.log1p(terms),
    Math.log1p(shared - terms),
    agree > 0 ? 1 : 0,
    agree < 0 ? 1 : 0,
    a.negated === b.negated ? 0 : 1,
    number,
    date,
    happening,
    rarest / 5,
    Math.log(Math.min(a.words, b.words)) / 4,
    Math.log(Math.max(a.words, b.words)) / 4,
    1 - Math.min(...places),
    1 - Math.max(...places),
    sharedRuns(a, b),
    verbWeight / 10,
    !number && a.anchors.some((x) => x.startsWith('#')) && b.anchors.some((x) => x.startsWith('#')) ? 1 : 0,
    !date && a.anchors.some((x) => x.startsWith('@')) && b.anchors.some((x) => x.startsWith('@')) ? 1 : 0,
    ...argumentAgreement(a, b, weight),
    a.speaker && a.speaker === b.speaker ? 1 : 0,
    a.speaker && b.speaker && a.speaker !== b.speaker ? 1 : 0,
    ...meaning,
    amount,
  ];
}

/**
 * How far the predicates two frames share are done to or about the same things: the best weighted
 * overlap of a shared predicate's arguments, and whether every shared predicate with arguments in both
 * has none in common ("abandoned his push for a ceasefire" / "abandon its hopes of joining NATO").
 */
function argumentAgreement(a: FactFrame, b: FactFrame, weight: Weight): [number, number] {
  let best = 0;
  let compared = false;
  for (const x of a.events) {
    if (!x.args?.length) continue;
    for (const y of b.events) {
      if (x.predicate !== y.predicate || !y.args?.length) continue;
      compared = true;
      const ys = new Set(y.args);
      let shared = 0;
      let all = 0;
      for (const t of new Set([...x.args, ...y.args])) {
        const w = weight(t);
        all += w;
        if (ys.has(t) && x.args.includes(t)) shared += w;
      }
      if (all) best = Math.max(best, shared / all);
    }
  }
  return [best, compared && !best ? 1 : 0];
}

const trigramCache = new WeakMap<FactFrame, Set<string>>();

/** The runs of three words of a frame's text. */
function trigrams(f: FactFrame): Set<string> {
  let t = trigramCache.get(f);
  if (!t) {
    const words = (f.text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    t = new Set(words.slice(2).map((w, i) => `${words[i]} ${words[i + 1]} ${w}`));
    trigramCache.set(f, t);
  }
  return t;
}

/** How many runs of three words two frames share (log; 0 when their texts are not known). */
function sharedRuns(a: FactFrame, b: FactFrame): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let n = 0;
  for (const t of x.size < y.size ? x : y) if ((x.size < y.size ? y : x).has(t)) n++;
  return Math.log1p(n) / 2;
}

/** A logistic model of whether two sentences state one fact, over `PAIR_FEATURES`. */
export interface PairModel {
  about: string;
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** Least probability of a pair joined into one fact. */
  threshold: number;
}

/**
 * Where each frame stands in its article: 0 for the first of the article's frames, 1 for the last (a
 * news report states its main facts first). Frames of an article are in the order of its text.
 */
export function placesOf(frames: readonly FactFrame[]): number[] {
  const count = new Map<string, number>();
  for (const f of frames) count.set(f.article, (count.get(f.article) ?? 0) + 1);
  const seen = new Map<string, number>();
  return frames.map((f) => {
    const k = seen.get(f.article) ?? 0;
    seen.set(f.article, k + 1);
    const n = count.get(f.article)!;
    return n > 1 ? k / (n - 1) : 0;
  });
}

/**
 * The probability the model gives a pair's features; with `best`, the most it can give them whatever the
 * value of that feature (which is not known yet): the alignment, between its least and its most.
 */
export function pairProbability(model: PairModel, x: readonly number[], best?: number): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) if (i !== best) z += (model.weights[i] ?? 0) * x[i]!;
  if (best !== undefined) {
    const w = model.weights[best] ?? 0;
    z += Math.max(w * ALIGNED_RANGE[0], w * ALIGNED_RANGE[1]);
  }
  return 1 / (1 + Math.exp(-z));
}

/** Where the alignment feature stands among the features, and the range of its values. */
const ALIGNED: number = PAIR_FEATURES.indexOf('aligned');
const ALIGNED_RANGE = [(0 - 0.6) * 5, (1 - 0.6) * 5] as const;

/**
 * How well the words of two frames find a near word in the other (meaning.ts), scaled where sentences of
 * one story lie; 0 when their texts are not known.
 */
function alignedFeature(a: FactFrame, b: FactFrame): number {
  if (!a.text || !b.text) return 0;
  // Kept across calls by the two texts: a story checked again after a change aligns only the pairs of
  // its new sentences.
  const before = generation;
  let first = idOf(a);
  const second = idOf(b);
  // The second text began a new generation: the first is numbered again in it.
  if (generation !== before) first = idOf(a);
  const key = first * TEXTS + second;
  let value = aligned.get(key);
  if (value === undefined) {
    const x = meaningOfFrame(a);
    const y = meaningOfFrame(b);
    value = x && y ? (meaningAlignment(x, y) - 0.6) * 5 : 0;
    if (aligned.size >= ALIGNED_KEPT) for (const k of [...aligned.keys()].slice(0, ALIGNED_KEPT / 4)) aligned.delete(k);
    aligned.set(key, value);
  }
  return value;
}

/** The alignments of pairs of texts worked out lately, at most `ALIGNED_KEPT` (the oldest go first). */
const aligned = new Map<number, number>();
const ALIGNED_KEPT = 1_000_000;

/**
 * Each text seen lately, by its key, as a number (at most `TEXTS`: then all are forgotten, with the
 * alignments, and a new generation of numbers begins: a frame numbered before is numbered again).
 */
const textIds = new Map<string, number>();
const TEXTS = 2 ** 20;
let generation = 0;
const ids = new WeakMap<FactFrame, { id: number; generation: number }>();
function idOf(f: FactFrame): number {
  const known = ids.get(f);
  if (known?.generation === generation) return known.id;
  const key = textKey(f.text!);
  let id = textIds.get(key);
  if (id === undefined) {
    if (textIds.size >= TEXTS) {
      textIds.clear();
      aligned.clear();
      generation++;
    }
    id = textIds.size;
    textIds.set(key, id);
  }
  ids.set(f, { id, generation });
  return id;
}

/** A text's key: two 32-bit hashes of it (FNV-1a and djb2), so that two texts never share one in practice. */
function textKey(text: string): string {
  let fnv = 0x811c9dc5;
  let djb = 5381;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ c, 0x01000193);
    djb = (Math.imul(djb, 33) + c) | 0;
  }
  return `${(fnv >>> 0).toString(36)}.${(djb >>> 0).toString(36)}.${text.length}`;
}

/**
 * Which of a fact's sentences words it for a reader who sees it alone: the first that names what it is
 * about in the outlet's own words, else the first that names it in someone's quoted words (`quoted`,
 * when known), else the first. A sentence leans on the ones before it when it opens with a pronoun ("He
 * pointed to …"), when it opens with a quote followed by a pronoun ("“If somebody tells you …,” he
 * said."), or when it is part of a longer quote (a quotation mark it does not open or close itself). When
 * none names it, the first whose opening pronoun stands for a known person (`named`: worded with the name,
 * `namedWording`), else the first.
 */
export function wordingOf(
  texts: readonly string[],
  quoted: readonly boolean[] = [],
  named: readonly boolean[] = [],
): number {
  const alone = texts.map(standsAlone);
  const own = alone.findIndex((a, i) => a && !quoted[i]);
  if (own >= 0) return own;
  const any = alone.indexOf(true);
  if (any >= 0) return any;
  // None names it: the first whose opening pronoun can be named (`named`, `namedWording`), in the
  // outlet's own words first.
  const ownNamed = named.findIndex((n, i) => n && !quoted[i]);
  return Math.max(0, ownNamed >= 0 ? ownNamed : named.indexOf(true));
}

/** A sentence's opening pronoun of a person ("He pointed to …"), or one right after its opening quote ("“…,” she said"). */
const OPENING_PRONOUN = /^(?:[“"«][^”"»]*[”"»]\P{L}*)?(?<pronoun>[Hh]e|[Ss]he)\b/u;

/** True when a sentence opens with a person's pronoun, or with a quote and then one (`namedWording`). */
export function opensWithPronoun(text: string): boolean {
  return OPENING_PRONOUN.test(text.trim());
}

/**
 * A sentence worded for a reader who sees it alone: its opening pronoun of a person, or the one right after
 * its opening quote, replaced by the person's name in brackets, an editor's insertion ("[Ana Ruiz] pointed
 * to …", "“…,” [Ana Ruiz] said."). The sentence as it is when there is no such pronoun or no name.
 */
export function namedWording(text: string, name: string | undefined): string {
  if (!name) return text;
  const lead = text.length - text.trimStart().length;
  const m = OPENING_PRONOUN.exec(text.slice(lead));
  if (!m?.groups) return text;
  const at = lead + m.index + m[0].length - m.groups.pronoun!.length;
  return `${text.slice(0, at)}[${name}]${text.slice(at + m.groups.pronoun!.length)}`;
}

/**
 * A sentence of someone's quoted words worded with whose they are: "Ana Ruiz: “The wall will hold.”" — the
 * sentence's own quotation marks at its ends taken off, the name before it; a sentence that names them
 * already ("“The wall will hold,” Ruiz said.") within its first `shown` characters (what a shortened
 * statement shows) is left as it is.
 */
export function attributedWording(text: string, name: string, shown = Infinity): string {
  const surname = name.split(/\s+/u).at(-1)!;
  const pattern = new RegExp(`(?<!\\p{L})${surname.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?!\\p{L})`, 'u');
  if (surname && pattern.test(text.slice(0, shown))) return text;
  const inner = text
    .trim()
    .replace(/^[“"«‘']+\s*/u, '')
    .replace(/\s*[”"»’']+$/u, '');
  return `${name}: “${inner}”`;
}

/** Whether a sentence names what it is about (see `wordingOf`). */
function standsAlone(text: string): boolean {
  const t = text.trim();
  const opening = /^\p{L}+/u.exec(t)?.[0]?.toLowerCase();
  if (opening && LEANING_WORDS.has(opening)) return false;
  const curly = (t.match(/[“«]/g)?.length ?? 0) - (t.match(/[”»]/g)?.length ?? 0);
  const straight = t.match(/"/g)?.length ?? 0;
  if (curly !== 0 || straight % 2 !== 0) return false;
  if (/^[“"«]/.test(t)) {
    // A quote first: who said it is in the words after it.
    const after = /^[“"«][^”"»]*[”"»]\P{L}*(\p{L}+)/u.exec(t)?.[1]?.toLowerCase();
    if (!after || LEANING_WORDS.has(after)) return false;
  }
  return true;
}
