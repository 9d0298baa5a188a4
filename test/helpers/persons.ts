import type { ArticleEntities } from '../../src/stages/entities/types.ts';

/** Counts of a person-mention comparison against a gold of name surfaces and their counts. */
export interface MentionScore {
  tp: number;
  fp: number;
  fn: number;
  /** Surfaces counted differently: [surface, predicted, gold]. */
  differences: [string, number, number][];
}

/**
 * Compares the person names an article's entities annotation found with a gold multiset of surfaces
 * (position-free: each surface counts as often as it is found, up to as often as the gold has it).
 */
export function scorePersonMentions(entities: ArticleEntities, gold: Record<string, number>): MentionScore {
  const predicted = new Map<string, number>();
  for (const m of entities.mentions)
    if (m.type === 'person' && m.kind === 'name') predicted.set(m.text, (predicted.get(m.text) ?? 0) + 1);
  const score: MentionScore = { tp: 0, fp: 0, fn: 0, differences: [] };
  for (const name of new Set([...predicted.keys(), ...Object.keys(gold)])) {
    const p = predicted.get(name) ?? 0;
    const g = gold[name] ?? 0;
    score.tp += Math.min(p, g);
    score.fp += Math.max(0, p - g);
    score.fn += Math.max(0, g - p);
    if (p !== g) score.differences.push([name, p, g]);
  }
  return score;
}
