/**
 * MinHash signatures and locality-sensitive hashing (LSH) bands over word shingles: two texts that
 * share most of their 4-word windows get equal band keys with high probability, so a copy is found by
 * looking up a few keys instead of comparing with every stored article.
 */
import { words } from './words.ts';

/** Defaults: shingle width in words, signature length, and its split into bands of rows. */
export const MINHASH_DEFAULTS = { shingle: 4, hashes: 128, bands: 32 };

/** A text's MinHash signature and how many distinct shingles it was made of. */
export interface Signature {
  values: Uint32Array;
  shingles: number;
}

/** FNV-1a over a string: a fast 32-bit hash for shingles. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The murmur3 finaliser: mixes a 32-bit value so that each seed gives an independent-looking permutation. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** One seed per hash function, fixed so that signatures stored today compare with those made tomorrow. */
function seeds(count: number): Uint32Array {
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = mix(0x9e3779b9 ^ Math.imul(i + 1, 0x27d4eb2d));
  return out;
}

const SEED_CACHE = new Map<number, Uint32Array>();

/** The distinct shingle hashes of a text: every window of `width` words (a shorter text is one shingle). */
export function shingleHashes(text: string, width = MINHASH_DEFAULTS.shingle): Uint32Array {
  const list = words(text).map((w) => w.text);
  const set = new Set<number>();
  if (list.length && list.length < width) set.add(fnv1a(list.join(' ')));
  for (let i = 0; i + width <= list.length; i++) set.add(fnv1a(list.slice(i, i + width).join(' ')));
  return Uint32Array.from(set);
}

/** The MinHash signature of a text: for each hash function, the least hash of its shingles. */
export function signature(text: string, options = MINHASH_DEFAULTS): Signature {
  const hashes = shingleHashes(text, options.shingle);
  let s = SEED_CACHE.get(options.hashes);
  if (!s) SEED_CACHE.set(options.hashes, (s = seeds(options.hashes)));
  const values = new Uint32Array(options.hashes).fill(0xffffffff);
  for (let i = 0; i < s.length; i++) {
    const seed = s[i]!;
    let least = 0xffffffff;
    for (let j = 0; j < hashes.length; j++) {
      const h = mix(hashes[j]! ^ seed);
      if (h < least) least = h;
    }
    values[i] = least;
  }
  return { values, shingles: hashes.length };
}

/** The LSH band keys of a signature: one 32-bit key per band of consecutive rows. */
export function bandKeys(values: Uint32Array, bands = MINHASH_DEFAULTS.bands): number[] {
  const rows = Math.floor(values.length / bands);
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) {
      h ^= values[b * rows + r]!;
      h = Math.imul(h, 0x01000193);
    }
    keys.push(mix(h) | 0);
  }
  return keys;
}

/** The share of equal positions of two signatures: an estimate of the Jaccard similarity of their shingles. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (!n) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * The estimated share of the smaller text's shingles found in the other (containment), from the
 * Jaccard estimate and the two shingle counts: a scraped copy with a paragraph added keeps a high
 * containment while its Jaccard drops.
 */
export function estimateContainment(jaccard: number, shinglesA: number, shinglesB: number): number {
  const smaller = Math.min(shinglesA, shinglesB);
  if (!smaller) return 0;
  const intersection = (jaccard * (shinglesA + shinglesB)) / (1 + jaccard);
  return Math.min(1, intersection / smaller);
}
