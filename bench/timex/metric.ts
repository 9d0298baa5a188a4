/**
 * The Dates metric (../shared/README.md), TempEval-3 style: a gold TIMEX3 is found when a predicted
 * expression overlaps it (relaxed, one to one, in text order); its value is right when the normalised
 * strings are equal. Value F1 is the F1 over expressions that are both found and right.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Scored<G, P> {
  /** Gold and predicted pairs that overlap, each used once. */
  pairs: { gold: G; predicted: P }[];
  missed: G[];
  extra: P[];
}

/** Pairs each gold span with the first unused predicted span that overlaps it. */
export function align<G extends Span, P extends Span>(gold: readonly G[], predicted: readonly P[]): Scored<G, P> {
  const used = new Set<number>();
  const pairs: { gold: G; predicted: P }[] = [];
  const missed: G[] = [];
  for (const g of gold) {
    const i = predicted.findIndex((p, j) => !used.has(j) && p.start < g.end && g.start < p.end);
    if (i < 0) missed.push(g);
    else {
      used.add(i);
      pairs.push({ gold: g, predicted: predicted[i]! });
    }
  }
  return { pairs, missed, extra: predicted.filter((_, j) => !used.has(j)) };
}

export interface Counts {
  gold: number;
  predicted: number;
  found: number;
  strict: number;
  valueRight: number;
}

/** Precision, recall and F1 of `right` out of `predicted` and `gold`. */
export function prf(right: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted ? right / predicted : 0;
  const r = gold ? right / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
