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
import TABLE from '../../locales/en/word-vectors.json' with { type: 'json' };

/** The vector table, as the JSON holds it: words in order of frequency, one signed byte per dimension. */
export interface WordVectorTable {
  dimensions: number;
  scale: number;
  words: string;
  vectors: string;
}

/**
 * One sentence's words in the table: the vectors (unit length, one after the other) and weights of its
 * distinct words past the commonest (those the alignment reads), and the weighted sum of all its words
 * (unit length).
 */
export interface Meaning {
  matrix: Float32Array;
  weights: Float32Array;
  sum: Float32Array | undefined;
}

/** Zipf's constant (the share of the commonest word) and the smoothing of the weight a / (a + p). */
const ZIPF = 0.1;
const SMOOTHING = 1e-3;
/** Words weighing less (the hundred commonest: "the", "said", "would") are not aligned. */
const ALIGNED_WEIGHT = 0.5;

export class WordVectors {
  private index: Map<string, number> | undefined;
  private data: Int8Array | undefined;
  private readonly cache = new Map<string, Meaning>();

  constructor(private readonly table: WordVectorTable) {}

  private load(): { index: Map<string, number>; data: Int8Array } {
    if (!this.index || !this.data) {
      this.index = new Map(this.table.words.split(' ').map((w, i) => [w, i]));
      const bytes = Buffer.from(this.table.vectors, 'base64');
      this.data = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    return { index: this.index, data: this.data };
  }

  /** A word's vector (unit length) and weight, or undefined outside the table. */
  word(word: string): { vector: Float32Array; weight: number } | undefined {
    const { index, data } = this.load();
    const rank = index.get(word);
    if (rank === undefined) return undefined;
    const d = this.table.dimensions;
    const vector = new Float32Array(d);
    let norm = 0;
    for (let i = 0; i < d; i++) {
      vector[i] = data[rank * d + i]! / this.table.scale;
      norm += vector[i]! ** 2;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < d; i++) vector[i]! /= norm;
    const p = ZIPF / (rank + 1);
    return { vector, weight: SMOOTHING / (SMOOTHING + p) };
  }

  /** The words of a text in the table, with their weighted sum. Cached by text. */
  meaning(text: string): Meaning {
    let m = this.cache.get(text);
    if (m) return m;
    const d = this.table.dimensions;
    const sum = new Float32Array(d);
    const rows: Float32Array[] = [];
    const weights: number[] = [];
    const seen = new Set<string>();
    for (const token of text.toLowerCase().match(/[a-z][a-z'-]*[a-z]/g) ?? []) {
      const w = this.word(token);
      if (!w) continue;
      for (let i = 0; i < d; i++) sum[i]! += w.weight * w.vector[i]!;
      if (w.weight < ALIGNED_WEIGHT || seen.has(token)) continue;
      seen.add(token);
      rows.push(w.vector);
      weights.push(w.weight);
    }
    const matrix = new Float32Array(rows.length * d);
    rows.forEach((r, k) => matrix.set(r, k * d));
    const norm = Math.sqrt(sum.reduce((s, x) => s + x * x, 0));
    m = { matrix, weights: Float32Array.from(weights), sum: norm ? sum.map((x) => x / norm) : undefined };
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(text, m);
    return m;
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
  const cc = dot(centre, centre);
  const ac = dot(a.sum, centre);
  const bc = dot(b.sum, centre);
  const na = Math.sqrt(Math.max(1e-9, 1 - 2 * ac + cc));
  const nb = Math.sqrt(Math.max(1e-9, 1 - 2 * bc + cc));
  return (dot(a.sum, b.sum) - ac - bc + cc) / (na * nb);
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
  const d = a.matrix.length / m;
  const bestB = new Float32Array(n).fill(-1);
  let totalA = 0;
  let weightA = 0;
  for (let i = 0; i < m; i++) {
    let best = -1;
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0, x = i * d, y = j * d; k < d; k++) s += a.matrix[x + k]! * b.matrix[y + k]!;
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

/** The table of the English word vectors. */
export const EN_WORD_VECTORS = new WordVectors(TABLE as WordVectorTable);
