/** Words of denial in news English: data only, lower case (src/corpus/claims/denials.ts reads them). */

/** Verbs whose object is a claim said to be false: every form. */
export const DENIAL_VERBS: readonly string[] = `deny denies denied denying reject rejects rejected rejecting
dismiss dismisses dismissed dismissing refute refutes refuted refuting rebut rebuts rebutted rebutting
dispute disputes disputed disputing contest contests contested contesting`
  .split(/\s+/)
  .filter(Boolean);

/** Nouns of a denial: "the categorical rejection of", "a denial of". */
export const DENIAL_NOUNS: readonly string[] = ['denial', 'denials', 'rejection', 'rebuttal', 'refutation'];

/**
 * Nouns that name something said to be true — what a denial is of. "Rejected the request", "rejected
 * the idea" refuse a proposal, which is a position, not a claim said to be false: not listed.
 */
export const CLAIM_NOUNS: readonly string[] = `claim claims report reports reporting allegation allegations
account accounts assertion assertions suggestion suggestions rumor rumors rumour rumours story stories
characterization characterisation characterizations accusation accusations charge charges assessment
speculation statement statements`
  .split(/\s+/)
  .filter(Boolean);

/** Words before a claim noun that point back to what was just said ("these claims", "such reports"). */
export const ANAPHORIC_DETERMINERS: readonly string[] = [
  'these',
  'those',
  'such',
  'the',
  'that',
  'this',
  'its',
  'their',
];

/** Conjunctions that join a claim and its denial in one sentence ("…, though officials denied these claims"). */
export const CONTRAST_CONJUNCTIONS: readonly string[] = ['though', 'although', 'but', 'while', 'whereas', 'yet'];
