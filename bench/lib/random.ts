/** Seeded randomness the corpus generators of the benchmarks share: the same numbers on every platform. */

/** xorshift32: a small seeded generator of numbers in [0, 1). */
export function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

/** mulberry32: another small seeded generator of numbers in [0, 1) (the clustering corpus and the fuzz use it). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of a list. */
export const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

/** An integer from lo to hi, both included. */
export const between = (rnd: () => number, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

/** The sounds made-up words are built from. */
export interface Syllables {
  onsets: readonly string[];
  vowels: readonly string[];
  codas: readonly string[];
}

/** A pronounceable made-up word from a number and a set of sounds (the same number, the same word). */
export function madeUpWord(n: number, sounds: Syllables, syllables = 2): string {
  const rnd = random(n * 2654435761 + 17);
  let w = '';
  for (let i = 0; i < syllables; i++)
    w += pick(rnd, sounds.onsets) + pick(rnd, sounds.vowels) + (i === syllables - 1 ? pick(rnd, sounds.codas) : '');
  return w;
}

/** A word with its first letter capitalised. */
export const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * A Zipf sampler over ranks 0…size−1, with probability ∝ 1/(rank+1)^s: a number in [0, 1) in, a rank
 * out (binary search in the cumulative weights).
 */
export function zipf(size: number, s: number): (r: number) => number {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let i = 0; i < size; i++) cumulative[i] = sum += 1 / Math.pow(i + 1, s);
  return (r) => {
    const target = r * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Month names, for dates written out in generated text. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
