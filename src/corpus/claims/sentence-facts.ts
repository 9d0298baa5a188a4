/**
 * A fact that several sources state in their own words, told by whole sentences: each source's sentence
 * once as evidence, in the order given. Position and date facts are made so (positions.ts, the date
 * partition of incremental.ts): what they share is worked out apart, the evidence is where it is said.
 */
import { distinct, stableId } from './sources.ts';
import type { Claim, Evidence } from './types.ts';

/** One source's saying of the fact: its evidence (the sentence around it is taken), source and value. */
export interface Saying {
  article: string;
  source: string;
  ev: Omit<Evidence, 'source'>;
  value: string;
  /** Whose words it is, when said in a quote. */
  by?: string;
}

/** The fact claim of `sayings` (`kind`: its kind of fact in the id, "position", "date"). */
export function sentenceFact(
  kind: string,
  key: string,
  statement: string,
  about: string,
  sayings: readonly Saying[],
): Claim {
  const evidence: Evidence[] = [];
  for (const x of sayings) {
    const { sentence } = x.ev;
    if (evidence.some((e) => e.article === x.article && e.start === sentence.start)) continue;
    evidence.push({
      ...x.ev,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      source: x.source,
      value: x.value,
      ...(x.by ? { by: x.by } : {}),
    });
  }
  return {
    id: stableId('c', kind, key, ...evidence.map((e) => `${e.article}:${e.start}`).sort()),
    kind: 'fact',
    statement,
    about,
    status: 'single-source',
    established: false,
    sources: distinct(evidence.map((e) => e.source)),
    outlets: distinct(evidence.map((e) => e.outlet)),
    evidence,
  };
}
