/**
 * The word vectors the fact matching carries (src/locales/en/word-vectors.json), read for the scripts that
 * build word lists from them: each word's vector of unit length, the centre of a set of vectors, their dot
 * product.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface WordVectorTable {
  /** The table's words, commonest first. */
  words: string[];
  /** A word's vector of unit length, or none outside the table. */
  vector(word: string): Float64Array | undefined;
  /** The centre of some vectors, of unit length. */
  centre(vectors: readonly Float64Array[]): Float64Array;
  dot(a: Float64Array, b: Float64Array): number;
}

export function readWordVectors(root: string): WordVectorTable {
  const table = JSON.parse(readFileSync(path.join(root, 'src/locales/en/word-vectors.json'), 'utf8')) as {
    words: string;
    dimensions: number;
    vectors: string;
  };
  const words = table.words.split(' ');
  const d = table.dimensions;
  const bytes = Buffer.from(table.vectors, 'base64');
  const data = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rank = new Map(words.map((w, i) => [w, i]));
  return {
    words,
    vector(word) {
      const i = rank.get(word);
      if (i === undefined) return undefined;
      const v = Float64Array.from({ length: d }, (_, k) => data[i * d + k]!);
      const norm = Math.hypot(...v);
      return v.map((x) => x / norm);
    },
    centre(vectors) {
      const c = new Float64Array(d);
      for (const v of vectors) for (let k = 0; k < d; k++) c[k]! += v[k]!;
      const norm = Math.hypot(...c);
      return c.map((x) => x / norm);
    },
    dot: (a, b) => a.reduce((s, x, k) => s + x * b[k]!, 0),
  };
}
