/**
 * TF-IDF similarity with document frequencies counted as articles arrive, and the time factor that
 * keeps two happenings of one kind (two meetings two months apart) in separate events.
 */
import type { TermVector } from './terms.ts';

/** Defaults of the similarity. */
export const SIMILARITY_DEFAULTS = {
  /**
   * Articles assumed unseen before the first one: while the corpus is small, a word two articles
   * share is not yet "common", so the inverse document frequency is smoothed as if this many other
   * articles lacked it.
   */
  priorArticles: 200,
  /** Days around an event's date range within which an article's date costs nothing. */
  slackDays: 1,
  /** Beyond the slack, the similarity halves every this many days. */
  halfLifeDays: 4,
};

/** Inverse document frequency, smoothed by the prior (see `priorArticles`). */
export function inverseFrequency(df: number, articles: number, options = SIMILARITY_DEFAULTS): number {
  return Math.log((articles + options.priorArticles + 1) / (df + 0.5));
}

/** Dot product of two term vectors after weighting every term by its inverse document frequency. */
export function dot(a: TermVector, b: TermVector, idf: (term: string) => number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) {
      const i = idf(t);
      sum += w * v * i * i;
    }
  }
  return sum;
}

/** Cosine of two term vectors after weighting every term by its inverse document frequency. */
export function cosine(a: TermVector, b: TermVector, idf: (term: string) => number): number {
  const d = dot(a, b, idf);
  return d ? d / (norm(a, idf) * norm(b, idf)) : 0;
}

/** Length of a vector after weighting its terms by idf. */
export function norm(v: TermVector, idf: (term: string) => number): number {
  let sum = 0;
  for (const [t, w] of v) {
    const x = w * idf(t);
    sum += x * x;
  }
  return Math.sqrt(sum) || 1;
}

/** The day number (days since 1970-01-01) of an ISO date or date-time, or undefined. */
export function dayNumber(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const ms = Date.parse(date.slice(0, 10));
  return Number.isFinite(ms) ? Math.floor(ms / 86_400_000) : undefined;
}

/** The ISO date (YYYY-MM-DD) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * How far a date lies from an event's date range: 1 inside it (give or take the slack), halving
 * every `halfLifeDays` beyond. Unknown dates cost nothing: text alone decides.
 */
export function timeFactor(
  day: number | undefined,
  range: { firstDay?: number; lastDay?: number },
  options = SIMILARITY_DEFAULTS,
): number {
  if (day === undefined || range.firstDay === undefined || range.lastDay === undefined) return 1;
  const gap = day < range.firstDay ? range.firstDay - day : day > range.lastDay ? day - range.lastDay : 0;
  if (gap <= options.slackDays) return 1;
  return Math.pow(0.5, (gap - options.slackDays) / options.halfLifeDays);
}

/** Adds `b` into `a` (a running sum of vectors). */
export function addInto(a: TermVector, b: TermVector): void {
  for (const [t, w] of b) a.set(t, (a.get(t) ?? 0) + w);
}

/** Keeps the `limit` heaviest terms of a vector (weighted by idf), so an event's centroid stays small. */
export function truncate(v: TermVector, limit: number, idf: (term: string) => number): TermVector {
  if (v.size <= limit) return v;
  const kept = [...v]
    .map(([t, w]) => [t, w, w * idf(t)] as const)
    .sort((x, y) => y[2] - x[2] || (x[0] < y[0] ? -1 : 1));
  return new Map(kept.slice(0, limit).map(([t, w]) => [t, w]));
}
