/**
 * The plain baseline: TF-IDF cosine with one threshold. Batch TF-IDF over the whole collection (it
 * sees every document frequency in advance, which the incremental clustering cannot), content stems
 * only; each text, in arrival order, joins the cluster of its most similar earlier text when their
 * cosine reaches the threshold, else starts a cluster.
 */
import { contentStems } from '../../src/corpus/copies/words.ts';

/** The baseline's threshold. */
export const BASELINE_THRESHOLD = 0.2;

/** Clusters texts (id → text, in arrival order) with the baseline; returns id → cluster label. */
export function baselineClusters(
  texts: ReadonlyMap<string, string>,
  threshold = BASELINE_THRESHOLD,
): Map<string, string> {
  const ids = [...texts.keys()];
  const counts = ids.map((id) => {
    const tf = new Map<string, number>();
    for (const t of contentStems(texts.get(id)!)) tf.set(t, (tf.get(t) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors = counts.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log(ids.length / df.get(t)!);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
  const labels: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    let best = -1;
    let bestScore = 0;
    for (let j = 0; j < i; j++) {
      const s = dot(vectors[i]!, vectors[j]!);
      if (s > bestScore) [best, bestScore] = [j, s];
    }
    labels.push(best >= 0 && bestScore >= threshold ? labels[best]! : ids[i]!);
  }
  return new Map(ids.map((id, i) => [id, labels[i]!]));
}

function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) s += w * v;
  }
  return s;
}
