/**
 * Facts: the propositions of one story matched across articles. Two sentences of different articles
 * state one fact when their anchors — the corpus entities they name, their predicates and content
 * words (paraphrase groups), numbers and dates — overlap enough, each anchor weighed by how rare it is
 * in the story (every article of a story names its main actor; few name "dental bills"):
 *
 * - the cosine of the two sentences' anchor weights passes `minSimilarity`, raised when a predicate
 *   they share has one subject in both ("Trump spoke with Putin" / "Trump had spoken to Putin") and
 *   lowered when it has two ("Trump will not pressure Putin" / "Europeans urged Trump to pressure Putin")
 *   or when one of them is negated;
 * - they share `minShared` anchors, `minSharedTerms` of them not entities;
 * - what they share is more than chance: the sum of the shared anchors' weights (each the log of how
 *   rare it is) passes the log of the number of sentence pairs compared, so that a longer story, where
 *   more pairs share a rare word by accident, asks more of each pair;
 * - a pair with neither a predicate of one subject nor a number in common must be `strong`ly alike;
 * - they share something that happens (a predicate, a number, a date), unless they are nearly the same
 *   words: sharing who and what kind of thing is not stating one fact.
 *
 * Pairs are joined most similar first; a fact holds at most one sentence of each article, and a
 * sentence joins a fact only when it is alike with every sentence in it. Pure: frames in, groups out.
 */
import { UnionFind } from '../union-find.ts';

/** One sentence's frame, with its anchors resolved against the corpus. */
export interface FactFrame {
  article: string;
  /** Offsets of the sentence. */
  start: number;
  end: number;
  /** Its anchors: `e:<entity>` for corpus entities, predicates and terms as the propositions stage gives them. */
  anchors: readonly string[];
  /** Its events: each predicate with its subject (`e:<entity>`), when known. */
  events: readonly { predicate: string; subject?: string }[];
  negated: boolean;
  words: number;
}

/**
 * Settings of the matching, tuned on the first half of the facts gold's events (bench/crosscheck
 * `--half tune`) and on the seeds.
 */
export const FACT_DEFAULTS = {
  /** Least similarity (cosine of the anchors' rarity weights) of two sentences stating one fact. */
  minSimilarity: 0.18,
  /** Least anchors two sentences share, and least that are not entities. */
  minShared: 2,
  minSharedTerms: 1,
  /** Sentences shorter than this state no fact of their own ("Everything.", "We love them."). */
  minWords: 5,
  /** What a difference in negation costs ("will plead guilty" against "will not plead guilty"). */
  negationFactor: 0.6,
  /** What a predicate with one subject in both counts, and one with two subjects costs. */
  agreeFactor: 1.5,
  disagreeFactor: 0.5,
  /** An anchor in more than this share of a story's sentences is no evidence of one fact. */
  maxShare: 0.5,
  /** How far above chance (log of the pairs compared) the shared anchors' weights must be. */
  margin: -1,
  /**
   * The most articles of one event whose sentences are matched: the first reports (by date, then
   * outlet), so that the cost of a change stays bounded however large an event grows.
   */
  maxArticles: 100,
  /**
   * Whether two sentences must share something that happens — a predicate, a number or a date — unless
   * they are nearly the same words (`verbatim`): sharing who and what kind of thing is not one fact.
   */
  needHappening: true,
  verbatim: 0.6,
  /** A pair with no predicate of one subject and no number in common needs this similarity. */
  strong: 0.25,
};

export type FactSettings = typeof FACT_DEFAULTS;

/** A group of frames of different articles that state one fact; `score` is the best similarity in it. */
export interface FactGroup {
  frames: FactFrame[];
  score: number;
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
  const frames = all.filter((f) => f.words >= settings.minWords && f.anchors.length >= settings.minShared);
  const n = frames.length;
  if (n < 2) return [];
  const weight = anchorWeights(frames, settings);
  const norms = frames.map((f) => normOf(f, weight));
  // Chance: the number of pairs of sentences of different articles that are compared.
  const perArticle = new Map<string, number>();
  for (const f of frames) perArticle.set(f.article, (perArticle.get(f.article) ?? 0) + 1);
  const compared = [...perArticle.values()].reduce((s, k) => s + k * (n - k), 0) / 2;
  const needed = Math.log(Math.max(compared, 1)) + settings.margin;
  // Candidates by prefix filtering: each frame's anchors rarest first, up to where the rest weighs
  // less than `needed` — two frames whose shared anchors weigh `needed` share an anchor of both
  // prefixes — so a large event costs what its rare words cost, not the square of its sentences.
  const sets = frames.map((f) => new Set(f.anchors));
  const prefixes = frames.map((f) => {
    const ranked = [...new Set(f.anchors)]
      .map((a) => [a, weight(a)] as const)
      .filter(([, w]) => w > 0)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    let rest = ranked.reduce((s, [, w]) => s + w, 0);
    const prefix: string[] = [];
    for (const [a, w] of ranked) {
      if (rest < needed) break;
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
  frames.forEach((f, i) => {
    const seen = new Set<number>();
    for (const a of prefixes[i]!) {
      for (const j of index.get(a) ?? []) {
        if (j <= i || seen.has(j) || frames[j]!.article === f.article) continue;
        seen.add(j);
        const s = similarity(f, frames[j]!, weight, settings, norms[i]!, norms[j]!, needed, sets[j]);
        if (s >= settings.minSimilarity) pairs.push({ i, j, s });
      }
    }
  });
  pairs.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  const alike = new Set(pairs.map((p) => p.i * n + p.j));
  const linked = (i: number, j: number) => alike.has(Math.min(i, j) * n + Math.max(i, j));
  const uf = new UnionFind(n);
  const members = new Map<number, number[]>(frames.map((_, i) => [i, [i]]));
  const top = new Map<number, number>();
  for (const { i, j, s } of pairs) {
    const ri = uf.find(i);
    const rj = uf.find(j);
    if (ri === rj) continue;
    const mi = members.get(ri)!;
    const mj = members.get(rj)!;
    if (mi.some((x) => mj.some((y) => frames[x]!.article === frames[y]!.article))) continue;
    if (!mi.every((x) => mj.every((y) => linked(x, y)))) continue;
    const root = uf.union(ri, rj);
    members.set(root, [...mi, ...mj]);
    top.set(root, Math.max(top.get(ri) ?? 0, top.get(rj) ?? 0, s));
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = uf.find(i);
    if (top.has(root)) (groups.get(root) ?? groups.set(root, []).get(root)!).push(i);
  }
  return [...groups.entries()].map(([root, g]) => ({ frames: g.map((i) => frames[i]!), score: top.get(root)! }));
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
 * How alike two frames are (0 when they fail a condition of the module comment): the cosine of their
 * anchors' weights, times the factors of their events' subjects and their negation.
 */
export function similarity(
  a: FactFrame,
  b: FactFrame,
  weight: Weight,
  settings: FactSettings = FACT_DEFAULTS,
  normA = normOf(a, weight),
  normB = normOf(b, weight),
  needed = -Infinity,
  other: ReadonlySet<string> = new Set(b.anchors),
): number {
  let shared = 0;
  let terms = 0;
  let dot = 0;
  let evidence = 0;
  for (const x of a.anchors) {
    const w = weight(x);
    if (!other.has(x) || !w) continue;
    shared++;
    if (!x.startsWith('e:')) terms++;
    dot += w * w;
    evidence += w;
  }
  if (shared < settings.minShared || terms < settings.minSharedTerms || evidence < needed || !normA || !normB) return 0;
  const agree = eventAgreement(a, b);
  const events = agree > 0 ? settings.agreeFactor : agree < 0 ? settings.disagreeFactor : 1;
  const negation = a.negated === b.negated ? 1 : settings.negationFactor;
  const value = (dot / (normA * normB)) * events * negation;
  if (value < settings.strong && agree <= 0 && !a.anchors.some((x) => x.startsWith('#') && other.has(x))) return 0;
  if (settings.needHappening && value < settings.verbatim) {
    const verbs = new Set([...a.events, ...b.events].map((e) => e.predicate));
    if (!a.anchors.some((x) => other.has(x) && weight(x) > 0 && (verbs.has(x) || /^[#@]/u.test(x)))) return 0;
  }
  return value;
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
