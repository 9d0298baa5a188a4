/**
 * What independent outlets say alike of one person's position: the same stance on one issue
 * ("Trump abandoned his push for a ceasefire" / "“I don’t think a ceasefire is necessary,” Trump told
 * reporters") is a fact they corroborate, though no words of it are shared. Pure: one person's stances
 * in, claims out.
 */
import { sameIssue } from './issues.ts';
import { sentenceFact } from './sentence-facts.ts';
import { distinct } from './sources.ts';
import { shorten } from './shorten.ts';
import { STATEMENT_DEFAULTS } from './statements.ts';
import type { Claim, Evidence } from './types.ts';

/** One stance of the person, as the cross-check holds it: where, whose source, in which story. */
export interface HeldStance {
  stance: 'for' | 'against';
  phrase: string;
  issue: string;
  /** The issue's normalised words (`issueKey`). */
  key: readonly string[];
  /** Said in the person's own words (a quote). */
  quoted?: true;
  article: string;
  source: string;
  /** The story of its article: positions are compared within one story. */
  story: string | undefined;
  ev: Evidence;
}

/**
 * The person's positions that two independent sources or more state alike, in one story: each one claim
 * (kind `fact`), "Donald Trump does not back a ceasefire.", with every sentence as evidence. A position one source alone states is no claim of its own (its sentence may be part of one).
 */
export function positionClaims(person: string, name: string, stances: readonly HeldStance[]): Claim[] {
  const claims: Claim[] = [];
  // Compared within one story and stance only: a person named in thousands of articles takes positions in
  // many stories, and the cost is that of the largest story's, not of all of them together.
  const buckets = new Map<string, number[]>();
  stances.forEach((x, i) => {
    if (x.story === undefined) return;
    const key = `${x.story}\u0000${x.stance}`;
    (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(i);
  });
  const groups: number[][] = [];
  for (const list of buckets.values()) {
    const taken = new Set<number>();
    for (const i of list) {
      if (taken.has(i)) continue;
      const group = list.filter(
        (j) => j === i || (j > i && !taken.has(j) && sameIssue(stances[i]!.key, stances[j]!.key)),
      );
      if (distinct(group.map((k) => stances[k]!.source)).length < 2) continue;
      for (const k of group) taken.add(k);
      groups.push(group);
    }
  }
  // In the order of their first stance, as the stances are listed.
  groups.sort((a, b) => a[0]! - b[0]!);
  for (const group of groups) {
    const first = stances[group[0]!]!;
    const members = group.map((k) => stances[k]!);
    // Each sentence once, as the evidence of a fact is: the whole sentence.
    // Worded by what they all say — the position, not how each tells it ("abandoned his push for" says
    // more than "I don't think … is necessary"): the person, the weakest reading of the stance that every
    // phrase of it entails ("ruled out", "opposes", "not necessary": does not back; "did not rule out",
    // "backs", "called for": is open to), the issue in its fewest words.
    const issue = members.map((m) => m.issue).reduce((a, b) => (b.length < a.length ? b : a));
    const stance = first.stance === 'for' ? 'is open to' : 'does not back';
    claims.push(
      sentenceFact(
        'position',
        person,
        shorten(`${name} ${stance} ${issue.replace(/[.\s]+$/u, '')}.`, STATEMENT_DEFAULTS.maxChars),
        `position|${person}|${first.key.join(' ')}`,
        // Each sentence once, as the evidence of a fact is: the whole sentence; said in the person's own
        // words (a quote): theirs.
        members.map((m) => ({
          ...m,
          value: `${m.stance === 'for' ? 'for' : 'against'}: ${m.phrase} ${m.issue}`,
          ...(m.quoted ? { by: name } : {}),
        })),
      ),
    );
  }
  return claims;
}
