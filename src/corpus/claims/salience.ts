/**
 * Salience: which claims a journalist needs first. A claim counts by the independent sources behind it,
 * and by what it is: a fact or a number of the story before a statement's words; a role says who
 * someone is, not what happened, and is never listed as an established fact (it stays on entity pages
 * and in its conflicts).
 */
import { evidenceCount } from './packed.ts';
import type { Claim } from './types.ts';

/** How much each kind of claim weighs beside the number of its sources. */
export const SALIENCE_DEFAULTS = { fact: 1, quantity: 1, statement: 0.5, role: 0, perEvidence: 0.05 };

/** A claim's salience: its independent sources, its kind's weight and (a little) its evidence. */
export function salience(claim: Pick<Claim, 'kind' | 'sources' | 'evidence'>, weights = SALIENCE_DEFAULTS): number {
  if (!weights[claim.kind]) return 0;
  return claim.sources.length + weights[claim.kind] + weights.perEvidence * Math.min(evidenceCount(claim), 10);
}

/** True for a claim listed as an established fact: corroborated, and not a role. */
export function isEstablished(claim: Pick<Claim, 'kind' | 'status'>): boolean {
  return claim.status === 'corroborated' && claim.kind !== 'role';
}

/**
 * Claims in the order a journalist reads them: most salient first, then by their wording (stable); the
 * first `limit` of them only when it is given (the same as the first of all, without ordering the rest
 * by wording: a store holds tens of thousands of single-source claims, a report lists a hundred).
 */
export function bySalience<T extends Pick<Claim, 'kind' | 'sources' | 'evidence' | 'statement'>>(
  claims: readonly T[],
  limit = Infinity,
): T[] {
  // Each claim's salience worked out once; wordings compared as `localeCompare` does, by one collator.
  let keyed = claims.map((claim) => ({ claim, s: salience(claim) }));
  if (limit < keyed.length) {
    // Only claims at least as salient as the limit-th can be among the first `limit`.
    const floor = Float64Array.from(keyed, (k) => k.s).sort()[keyed.length - Math.max(limit, 1)]!;
    keyed = keyed.filter((k) => k.s >= floor);
  }
  keyed.sort((a, b) => b.s - a.s || WORDING_ORDER.compare(a.claim.statement, b.claim.statement));
  return (limit < keyed.length ? keyed.slice(0, limit) : keyed).map((k) => k.claim);
}

const WORDING_ORDER = new Intl.Collator();
