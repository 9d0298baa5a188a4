/**
 * Whether two positions of one person are on one issue: the words of the issue they share. Pure, and
 * light: the readers of the stored results (a person's timeline) ask it too.
 */

/** How many words two issues share, and how many the shorter has. */
function overlap(a: readonly string[], b: readonly string[]): { shared: number; smaller: number } {
  return { shared: a.filter((w) => b.includes(w)).length, smaller: Math.min(a.length, b.length) };
}

/**
 * Whether two stances are on one issue, for saying the same: they share two words of it, or every word
 * of the shorter one. (A change of position asks more, `reversalIssue`: one word in common is too little
 * to say a position was reversed, but saying "against a ceasefire" twice needs no more.)
 */
export function sameIssue(a: readonly string[], b: readonly string[]): boolean {
  const { shared, smaller } = overlap(a, b);
  return shared >= 2 || (shared >= 1 && shared === smaller);
}

/**
 * Whether two positions are on one issue, for saying one was reversed or for one timeline: they share
 * three words of it, or every word of the shorter one and two at least.
 */
export function reversalIssue(a: readonly string[], b: readonly string[]): boolean {
  const { shared, smaller } = overlap(a, b);
  return shared >= 3 || (shared >= 2 && shared === smaller);
}
