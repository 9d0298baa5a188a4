/**
 * Copies and rewrites: which articles derive from one another. Verbatim and near-verbatim copies are
 * found with MinHash and LSH bands (`minhash.ts`), rewrites that keep the facts and their order by
 * sentence alignment (`align.ts`). Articles linked by either form an independence group: a later
 * claim check counts a group as one source. Pure: the store keeps signatures, bands and pairs.
 */
import { estimateContainment, estimateJaccard, MINHASH_DEFAULTS, type Signature } from './minhash.ts';
import { ALIGN_DEFAULTS, alignSentences, isRewrite, type SentenceTerms } from './align.ts';

export { bandKeys, signature, estimateJaccard, MINHASH_DEFAULTS, type Signature } from './minhash.ts';
export {
  alignSentences,
  quotedMask,
  sentenceTerms,
  ALIGN_DEFAULTS,
  type Alignment,
  type SentenceTerms,
} from './align.ts';

/** Defaults: when two signatures make a copy. */
export const COPY_DEFAULTS = {
  ...MINHASH_DEFAULTS,
  ...ALIGN_DEFAULTS,
  /** Least estimated Jaccard similarity of the two shingle sets for a copy. */
  minJaccard: 0.5,
  /** Or: least estimated share of the shorter text's shingles found in the other (a copy with extras). */
  minContainment: 0.8,
  /** Containment alone counts only above this Jaccard (a short text inside a long one is a quote, not a copy). */
  minJaccardWithContainment: 0.25,
};

/** How one article derives from another. */
export type CopyKind = 'copy' | 'rewrite';

/** Two articles of which the second derives from the first (the earlier one comes first). */
export interface CopyPair {
  articles: [string, string];
  kind: CopyKind;
  /** copy: the estimated Jaccard similarity of their 4-word shingles; rewrite: the alignment similarity. */
  similarity: number;
}

/** What the pair decisions need to know of an article. */
export interface CopySubject {
  id: string;
  /** Arrival order in the store: breaks ties between equal dates. */
  seq: number;
  published?: string;
}

/** Rounds a similarity for storage and display. */
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Orders two articles source first: the earlier publication day; on one day, the earlier time when
 * both give one (a wire's story at 18:15, its relay at 21:40); else the one stored first.
 */
export function sourceFirst(a: CopySubject, b: CopySubject): [CopySubject, CopySubject] {
  const da = a.published?.slice(0, 10);
  const db = b.published?.slice(0, 10);
  if (da && db && da !== db) return da < db ? [a, b] : [b, a];
  const ta = a.published && a.published.length > 10 ? Date.parse(a.published) : NaN;
  const tb = b.published && b.published.length > 10 ? Date.parse(b.published) : NaN;
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta < tb ? [a, b] : [b, a];
  return a.seq <= b.seq ? [a, b] : [b, a];
}

/** Decides whether two signatures are one text copied: a copy pair, or undefined. */
export function compareSignatures(
  a: CopySubject & { signature: Signature },
  b: CopySubject & { signature: Signature },
  options = COPY_DEFAULTS,
): CopyPair | undefined {
  const jaccard = estimateJaccard(a.signature.values, b.signature.values);
  const containment = estimateContainment(jaccard, a.signature.shingles, b.signature.shingles);
  const copied =
    jaccard >= options.minJaccard ||
    (containment >= options.minContainment && jaccard >= options.minJaccardWithContainment);
  if (!copied) return undefined;
  const [source, derived] = sourceFirst(a, b);
  return { articles: [source.id, derived.id], kind: 'copy', similarity: round(jaccard) };
}

/** Decides whether one article rewrites the other, by aligning their sentences in order. */
export function compareSentences(
  a: CopySubject & { sentences: SentenceTerms[] },
  b: CopySubject & { sentences: SentenceTerms[] },
  weight: (term: string) => number,
  options = COPY_DEFAULTS,
): CopyPair | undefined {
  const alignment = alignSentences(a.sentences, b.sentences, weight, options);
  if (!isRewrite(alignment, options)) return undefined;
  const [source, derived] = sourceFirst(a, b);
  return { articles: [source.id, derived.id], kind: 'rewrite', similarity: round(alignment.similarity) };
}

/**
 * Independence groups from copy pairs: articles linked by copies or rewrites, directly or through
 * others, form one group, named by its first article in the given order. Articles in no pair are
 * groups of their own.
 */
export function independenceGroups(articles: readonly string[], pairs: readonly CopyPair[]): Map<string, string> {
  const parent = new Map(articles.map((a) => [a, a]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(x, root);
    return root;
  };
  const order = new Map(articles.map((a, i) => [a, i]));
  for (const { articles: pair } of pairs) {
    if (!parent.has(pair[0]) || !parent.has(pair[1])) continue;
    const [ra, rb] = [find(pair[0]), find(pair[1])];
    if (ra === rb) continue;
    const [keep, drop] = order.get(ra)! <= order.get(rb)! ? [ra, rb] : [rb, ra];
    parent.set(drop, keep);
  }
  return new Map(articles.map((a) => [a, find(a)]));
}
