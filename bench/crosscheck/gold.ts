/**
 * The facts gold of the cross-check, split: the tuning facts (the first six events of
 * test/gold/basil-facts.ts and the events of basil-facts-a.ts and basil-facts-b.ts, written later under the
 * same guidelines) and the held facts (the other six events of basil-facts.ts, measured once at the end).
 */
import { createHash } from 'node:crypto';
import { BASIL_FACTS, type BasilFact } from '../../test/gold/basil-facts.ts';
import { BASIL_FACTS_A } from '../../test/gold/basil-facts-a.ts';
import { BASIL_FACTS_B } from '../../test/gold/basil-facts-b.ts';

const firstEvents = [...new Set(BASIL_FACTS.map((f) => f.event))];
const tuned = (f: BasilFact) => firstEvents.indexOf(f.event) < firstEvents.length / 2;

/** Every fact of the gold. */
export function allFacts(): BasilFact[] {
  return [...BASIL_FACTS, ...BASIL_FACTS_A, ...BASIL_FACTS_B];
}

/** The facts the matching is tuned and the pair model trained on. */
export function tuningFacts(): BasilFact[] {
  return [...BASIL_FACTS.filter(tuned), ...BASIL_FACTS_A, ...BASIL_FACTS_B];
}

/** The facts held back. */
export function heldFacts(): BasilFact[] {
  return BASIL_FACTS.filter((f) => !tuned(f));
}

/** A sentence's fingerprint: the first 12 hex digits of the SHA-1 of its words, lower case. */
export function fingerprint(text: string): string {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  return createHash('sha1').update(words).digest('hex').slice(0, 12);
}
