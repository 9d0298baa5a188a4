/**
 * The extraction benchmark's score: precision, recall and F1 over word 4-shingles.
 *
 * Words are runs of Unicode letters, marks, digits and underscores, case kept. A text is
 * turned into the multiset of its 4-word windows; a text with 1–3 words is one shingle of
 * all its words, and a text with no words is the empty multiset.
 */

/** Unicode word runs, as the metric defines a word. */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** The shingle length: 4 consecutive words. */
const SHINGLE = 4;

/** Splits a text into the metric's words. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The multiset of 4-word shingles of a text (a short text is one shingle of all its words). */
export function shingles(text: string): Map<string, number> {
  const w = words(text);
  const counts = new Map<string, number>();
  if (w.length === 0) return counts;
  if (w.length < SHINGLE) {
    counts.set(w.join(' '), 1);
    return counts;
  }
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    const key = w.slice(i, i + SHINGLE).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's score. */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** Sum of the counts in a multiset. */
function total(m: Map<string, number>): number {
  let n = 0;
  for (const c of m.values()) n += c;
  return n;
}

/**
 * Scores one prediction against its gold text. Precision/recall are 1 when both sides
 * are empty, and 0 for the undefined ratio when only one side is empty.
 */
export function scorePage(predicted: string, gold: string): PageScore {
  const p = shingles(predicted);
  const g = shingles(gold);
  let tp = 0;
  for (const [k, c] of p) tp += Math.min(c, g.get(k) ?? 0);
  const pn = total(p);
  const gn = total(g);
  const fp = pn - tp;
  const fn = gn - tp;
  if (pn === 0 && gn === 0) return { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 };
  // Normalise TP/FP/FN to sum 1 so pages weigh equally whatever their length.
  const sum = tp + fp + fn;
  return {
    tp: tp / sum,
    fp: fp / sum,
    fn: fn / sum,
    precision: pn === 0 ? 0 : tp / pn,
    recall: gn === 0 ? 0 : tp / gn,
  };
}

/** Corpus-level figures: means of per-page precision and recall, and their harmonic mean. */
export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

/** Averages page scores: precision and recall are macro means; F1 is their harmonic mean. */
export function scoreCorpus(pages: PageScore[]): CorpusScore {
  const n = pages.length;
  if (n === 0) return { precision: 0, recall: 0, f1: 0, pages: 0 };
  const precision = pages.reduce((s, p) => s + p.precision, 0) / n;
  const recall = pages.reduce((s, p) => s + p.recall, 0) / n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: n };
}
