/**
 * Sentence alignment for rewrites: a content farm that paraphrases an article keeps its facts and
 * their order but changes the words. Each sentence is reduced to what a paraphrase keeps (content
 * stems, numbers, names); sentences are paired in order (a monotone alignment, like a diff) and the
 * article pair is a rewrite when most sentences of the shorter one find their counterpart in order.
 */
import { findSegments, withDoubleMarks } from '../../stages/quotes/marks.ts';
import { contentStems } from './words.ts';

/** Defaults: when two sentences say the same thing, and when two articles are one rewritten. */
export const ALIGN_DEFAULTS = {
  /** Least weighted overlap (Dice) for two sentences to be paired. */
  minSentence: 0.34,
  /** Least share of the shorter article's sentences paired, in order. */
  minCoverage: 0.5,
  /** Least article similarity (sentence Dice times the mean overlap of the pairs) for a rewrite. */
  minSimilarity: 0.35,
  /** Least number of paired sentences. */
  minAligned: 3,
  /** Sentences with fewer content words than this are left out (datelines, "Share this"). */
  minWords: 4,
  /** Sentences more of whose characters than this lie inside quotation marks are left out. */
  maxQuoted: 0.5,
};

/** One sentence as the aligner sees it: its distinct content stems. */
export type SentenceTerms = Set<string>;

/** The result of aligning two articles. */
export interface Alignment {
  /** Pairs of sentence indexes (into the two term lists), in order. */
  pairs: [number, number][];
  /** Mean overlap of the paired sentences. */
  meanSimilarity: number;
  /** Paired sentences over the sentences of the shorter article. */
  coverage: number;
  /**
   * How much of both articles is the same story told in order: the Dice share of paired sentences
   * (2·pairs / (n + m)) times their mean overlap. Two reports of one event that share a few facts stay low.
   */
  similarity: number;
}

/**
 * The terms of each sentence of a text, given the sentence spans; short sentences are dropped, and so
 * are sentences that are mostly someone's quoted words: two outlets that quote one press release or
 * speech at length each attest the speaker's words, and neither rewrote the other.
 */
export function sentenceTerms(
  text: string,
  sentences: readonly { start: number; end: number }[],
  options = ALIGN_DEFAULTS,
): SentenceTerms[] {
  const quoted = quotedMask(text);
  return sentences
    .filter((s) => quotedShare(quoted, s.start, s.end) <= options.maxQuoted)
    .map((s) => new Set(contentStems(text.slice(s.start, s.end))))
    .filter((terms) => terms.size >= options.minWords);
}

/**
 * Which characters of a text lie inside quotation marks, as the quotes stage finds them (curly, straight,
 * „…“, «…», and single marks as British papers quote speech); a quote left open at a line's end runs to
 * it (a quote over several paragraphs opens again at the start of each).
 */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n/g)) {
    lines.push({ start, end: m.index });
    start = m.index + 1;
  }
  lines.push({ start, end: text.length });
  const marked = withDoubleMarks(text);
  for (const segment of findSegments(marked, lines, marked !== text)) mask.fill(1, segment.start, segment.end);
  return mask;
}

/** The share of the characters of a span that lie inside quotation marks. */
function quotedShare(mask: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n += mask[i]!;
  return end > start ? n / (end - start) : 0;
}

/** Weighted Dice overlap of two sentences: rare shared words (names, numbers) count more than common ones. */
export function sentenceSimilarity(a: SentenceTerms, b: SentenceTerms, weight: (term: string) => number): number {
  let shared = 0;
  let total = 0;
  for (const t of a) {
    const w = weight(t);
    total += w;
    if (b.has(t)) shared += 2 * w;
  }
  for (const t of b) total += weight(t);
  return total ? shared / total : 0;
}

/**
 * The best monotone alignment of two sentence lists: pairs (i, j) increasing in both, each with an
 * overlap of at least `minSentence`, maximising the summed overlap (dynamic programming, O(n·m)).
 */
export function alignSentences(
  a: readonly SentenceTerms[],
  b: readonly SentenceTerms[],
  weight: (term: string) => number = () => 1,
  options = ALIGN_DEFAULTS,
): Alignment {
  const n = a.length;
  const m = b.length;
  const sim = a.map((x) => b.map((y) => sentenceSimilarity(x, y, weight)));
  // score[i][j]: best total for the first i sentences of a and the first j of b.
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = sim[i - 1]![j - 1]!;
      const diagonal = s >= options.minSentence ? score[i - 1]![j - 1]! + s : -Infinity;
      score[i]![j] = Math.max(score[i - 1]![j]!, score[i]![j - 1]!, diagonal);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0;) {
    if (score[i]![j] === score[i - 1]![j]) i--;
    else if (score[i]![j] === score[i]![j - 1]) j--;
    else {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    }
  }
  pairs.reverse();
  const total = pairs.reduce((sum, [i, j]) => sum + sim[i]![j]!, 0);
  const shorter = Math.min(n, m);
  const meanSimilarity = pairs.length ? total / pairs.length : 0;
  return {
    pairs,
    meanSimilarity,
    coverage: shorter ? pairs.length / shorter : 0,
    similarity: n + m ? ((2 * pairs.length) / (n + m)) * meanSimilarity : 0,
  };
}

/** True when an alignment shows one article rewritten from the other. */
export function isRewrite(alignment: Alignment, options = ALIGN_DEFAULTS): boolean {
  return (
    alignment.pairs.length >= options.minAligned &&
    alignment.coverage >= options.minCoverage &&
    alignment.similarity >= options.minSimilarity
  );
}
