/**
 * How alike two sentences are in meaning, beyond the words they share: each word is a vector of the
 * word-vector table (src/locales/en/word-vectors.json, GloVe's most frequent English words, built by
 * bench/crosscheck/build-vectors.ts), weighed by how rare it is — a / (a + p(word)), p from the word's
 * rank by Zipf's law — so that "the" and "said" count for little and "apologized" for much.
 *
 * - `meaningCosine`: the cosine of the two sentences' weighted sums of word vectors;
 * - `meaningAlignment`: each word of one sentence against the word of the other nearest to it, the
 *   weighted mean of those cosines, both ways averaged ("apologized" finds "apology", "wiped" finds
 *   "erased" where the words themselves differ).
 *
 * Words outside the table (most names: the entities are anchors of their own) are left out.
 */
import { readEnglishVectors, type WordVectorTable } from '../../models/word-vectors.ts';

export type { WordVectorTable };

/**
 * One sentence's words in the table: the ranks and weights of its distinct words past the commonest
 * (those the alignment reads; their vectors are rows of `vectors`, the table's, of unit length), and the
 * weighted sum of all its words (unit length).
 */
export interface Meaning {
  words: Int32Array;
  weights: Float32Array;
  vectors: Float32Array;
  dimensions: number;
  sum: Float32Array | undefined;
}

/** Zipf's constant (the share of the commonest word) and the smoothing of the weight a / (a + p). */
const ZIPF = 0.1;
const SMOOTHING = 1e-3;
/** Words weighing less (the hundred commonest: "the", "said", "would") are not aligned. */
const ALIGNED_WEIGHT = 0.5;
/** The most words of a sentence aligned (its rarest). */
const ALIGNED_WORDS = 12;

/** The table as loaded: ranks, weights, and the vectors of unit length of the words met so far (`ready`). */
interface Loaded {
  index: Map<string, number>;
  unit: Float32Array;
  ready: Uint8Array;
  data: Int8Array;
  weights: Float32Array;
}

export class WordVectors {
  private loaded: Loaded | undefined;

  private read: WordVectorTable | undefined;

  /** The table, or a function that reads it when first needed (4 MB: a command that matches no facts never reads it). */
  constructor(private readonly source: WordVectorTable | (() => WordVectorTable)) {}

  private get table(): WordVectorTable {
    this.read ??= typeof this.source === 'function' ? this.source() : this.source;
    return this.read;
  }

  /**
   * The table read once: each word's rank, its weight, and its vector of unit length — worked out the
   * first time the word is met (`row`): a story meets a few thousand of the 30,000 words.
   */
  private load(): Loaded {
    if (!this.loaded) {
      const words = this.table.words.split(' ');
      const d = this.table.dimensions;
      const bytes = Buffer.from(this.table.vectors, 'base64');
      const index = new Map<string, number>();
      for (let i = 0; i < words.length; i++) index.set(words[i]!, i);
      this.loaded = {
        index,
        unit: new Float32Array(words.length * d),
        ready: new Uint8Array(words.length),
        data: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        weights: Float32Array.from(words, (_, rank) => SMOOTHING / (SMOOTHING + ZIPF / (rank + 1))),
      };
    }
    return this.loaded;
  }

  /** The rank of a word, its vector made of unit length when first met; undefined outside the table. */
  private row(loaded: Loaded, word: string): number | undefined {
    const rank = loaded.index.get(word);
    if (rank === undefined || loaded.ready[rank]) return rank;
    const { data, unit } = loaded;
    const d = this.table.dimensions;
    let norm = 0;
    for (let i = 0; i < d; i++) norm += data[rank * d + i]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < d; i++) unit[rank * d + i] = data[rank * d + i]! / norm;
    loaded.ready[rank] = 1;
    return rank;
  }

  /** A word's vector (unit length) and weight, or undefined outside the table. */
  word(word: string): { vector: Float32Array; weight: number } | undefined {
    const loaded = this.load();
    const { unit, weights } = loaded;
    const rank = this.row(loaded, word);
    if (rank === undefined) return undefined;
    const d = this.table.dimensions;
    return { vector: unit.subarray(rank * d, (rank + 1) * d), weight: weights[rank]! };
  }

  /** The words of a text in the table, with their weighted sum. */
  meaning(text: string): Meaning {
    const loaded = this.load();
    const { unit, weights } = loaded;
    const d = this.table.dimensions;
    const sum = new Float32Array(d);
    const ranks: number[] = [];
    for (const token of text.toLowerCase().match(/[a-z][a-z'-]*[a-z]/g) ?? []) {
      const rank = this.row(loaded, token);
      if (rank === undefined) continue;
      const w = weights[rank]!;
      for (let i = 0, at = rank * d; i < d; i++) sum[i]! += w * unit[at + i]!;
      if (w >= ALIGNED_WEIGHT && !ranks.includes(rank)) ranks.push(rank);
    }
    // The rarest words only (the highest ranks): they carry what the sentence says, and the cost of
    // aligning two sentences is the product of their numbers of words.
    const kept = [...ranks]
      .sort((x, y) => y - x)
      .slice(0, ALIGNED_WORDS)
      .sort((x, y) => ranks.indexOf(x) - ranks.indexOf(y));
    const norm = Math.sqrt(sum.reduce((s, x) => s + x * x, 0));
    return {
      words: Int32Array.from(kept),
      weights: Float32Array.from(kept, (r) => weights[r]!),
      vectors: unit,
      dimensions: d,
      sum: norm ? sum.map((x) => x / norm) : undefined,
    };
  }
}

const dot = (a: Float32Array, b: Float32Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/**
 * The cosine of two sentences' weighted sums of word vectors (0 when either has no word in the table);
 * with `centre` (the mean of a story's sums: what all its sentences share, its topic), of what each
 * says beyond it.
 */
export function meaningCosine(a: Meaning, b: Meaning, centre?: Float32Array): number {
  if (!a.sum || !b.sum) return 0;
  if (!centre) return dot(a.sum, b.sum);
  return dot(centred(a, centre), centred(b, centre));
}

/** What a sentence says beyond a story's topic: its sum less the story's mean, of unit length (kept per story). */
const centredBy = new WeakMap<Float32Array, WeakMap<Meaning, Float32Array>>();
function centred(m: Meaning, centre: Float32Array): Float32Array {
  let of = centredBy.get(centre);
  if (!of) centredBy.set(centre, (of = new WeakMap()));
  let v = of.get(m);
  if (!v) {
    v = m.sum!.map((x, i) => x - centre[i]!);
    const norm = Math.sqrt(dot(v, v));
    if (norm > 1e-9) for (let i = 0; i < v.length; i++) v[i]! /= norm;
    of.set(m, v);
  }
  return v;
}

/** The mean of the sums of a story's sentences (its topic, which `meaningCosine` sets apart). */
export function meaningCentre(meanings: readonly Meaning[]): Float32Array | undefined {
  let centre: Float32Array | undefined;
  let n = 0;
  for (const m of meanings) {
    if (!m.sum) continue;
    centre ??= new Float32Array(m.sum.length);
    for (let i = 0; i < m.sum.length; i++) centre[i]! += m.sum[i]!;
    n++;
  }
  return centre && centre.map((x) => x / n);
}

/**
 * How well the words of two sentences find a near word in the other: for each word, the cosine of the
 * nearest word of the other sentence; the weighted mean of those, both ways averaged.
 */
export function meaningAlignment(a: Meaning, b: Meaning): number {
  const m = a.weights.length;
  const n = b.weights.length;
  if (!m || !n) return 0;
  const known = a.vectors === b.vectors && a.dimensions === b.dimensions ? cosinesOf(a) : undefined;
  const bestB = new Float32Array(n).fill(-1);
  let totalA = 0;
  let weightA = 0;
  for (let i = 0; i < m; i++) {
    let best = -1;
    for (let j = 0; j < n; j++) {
      const s = known ? wordCosine(a, known, a.words[i]!, b.words[j]!) : dotOf(a, b, a.words[i]!, b.words[j]!);
      if (s > best) best = s;
      if (s > bestB[j]!) bestB[j] = s;
    }
    totalA += a.weights[i]! * Math.max(0, best);
    weightA += a.weights[i]!;
  }
  let totalB = 0;
  let weightB = 0;
  for (let j = 0; j < n; j++) {
    totalB += b.weights[j]! * Math.max(0, bestB[j]!);
    weightB += b.weights[j]!;
  }
  return (totalA / weightA + totalB / weightB) / 2;
}

/**
 * The cosines of pairs of words worked out lately, by table: the sentences of one story share their
 * words, so that the same pairs come back (aligning a story of 120 reports asks for 4 million cosines of
 * 21,000 pairs), at most `COSINES_KEPT` (about 11 MB; then all are forgotten). A pair's key is a
 * small integer when the table has at most `KEY_SPAN` words (else none is kept).
 */
const cosines = new WeakMap<Float32Array, Map<number, number>>();
const KEY_SPAN = 2 ** 15;
const COSINES_KEPT = 250_000;

/** The cosines known of a meaning's table (none when its words are too many for small keys). */
function cosinesOf(m: Meaning): Map<number, number> | undefined {
  const v = m.vectors;
  if (v.length / m.dimensions > KEY_SPAN) return undefined;
  return cosines.get(v) ?? cosines.set(v, new Map()).get(v)!;
}

/** The cosine of two words of one table (by rank; both of unit length), from `known` when there. */
function wordCosine(m: Meaning, known: Map<number, number>, x: number, y: number): number {
  const key = x < y ? x * KEY_SPAN + y : y * KEY_SPAN + x;
  let s = known.get(key);
  if (s === undefined) {
    s = dotOf(m, m, x, y);
    if (known.size >= COSINES_KEPT) known.clear();
    known.set(key, s);
  }
  return s;
}

/** The dot product of word `x` of `a`'s table and word `y` of `b`'s. */
function dotOf(a: Meaning, b: Meaning, x: number, y: number): number {
  const d = a.dimensions;
  const u = a.vectors;
  const v = b.vectors;
  let s = 0;
  for (let k = 0, p = x * d, q = y * d; k < d; k++) s += u[p + k]! * v[q + k]!;
  return s;
}

/** The table of the English word vectors. */
export const EN_WORD_VECTORS = new WordVectors(readEnglishVectors);
