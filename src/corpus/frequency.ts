/** Counting helpers the corpus stages and their readers share: the most frequent value, values by frequency. */

/** How often each value occurs. */
export function countValues(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Values by their count, most frequent first (ties in locale order). */
export function rankCounts(counts: Iterable<[string, number]>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Distinct values, most frequent first (ties in locale order). */
export function byFrequency(values: Iterable<string>): string[] {
  return rankCounts(countValues(values)).map(([v]) => v);
}

/** The most frequent value (ties: the first in locale order), or undefined for none. */
export function mostFrequent(values: Iterable<string>): string | undefined {
  return rankCounts(countValues(values))[0]?.[0];
}

/** The key with the largest count (ties: the first in locale order), or undefined for none. */
export function heaviest(counts: Record<string, number>): string | undefined {
  return rankCounts(Object.entries(counts))[0]?.[0];
}
