/** Words of a position taken, in news English: data only (src/corpus/claims/stances.ts reads them). */

/**
 * Phrases that take a position on what follows them, with the position: `against` rules it out, `for`
 * keeps it open or backs it. Longer phrases first: "did not rule out" is read before "rule out".
 */
export const STANCE_PHRASES: readonly { phrase: string; stance: 'for' | 'against' }[] = [
  { phrase: 'did not rule out', stance: 'for' },
  { phrase: 'does not rule out', stance: 'for' },
  { phrase: 'would not rule out', stance: 'for' },
  { phrase: 'will not rule out', stance: 'for' },
  { phrase: "didn't rule out", stance: 'for' },
  { phrase: 'declined to rule out', stance: 'for' },
  { phrase: 'refused to rule out', stance: 'for' },
  { phrase: 'refusal to rule out', stance: 'for' },
  { phrase: 'left open', stance: 'for' },
  { phrase: 'ruled out', stance: 'against' },
  { phrase: 'rules out', stance: 'against' },
  { phrase: 'ruling out', stance: 'against' },
  { phrase: 'rule out', stance: 'against' },
  { phrase: 'opposed', stance: 'against' },
  { phrase: 'opposes', stance: 'against' },
  { phrase: 'backed', stance: 'for' },
  { phrase: 'backs', stance: 'for' },
  { phrase: 'supported', stance: 'for' },
  { phrase: 'supports', stance: 'for' },
  { phrase: 'agreed to', stance: 'for' },
  { phrase: 'agrees to', stance: 'for' },
];

/** Words of one meaning in what a position is about (the issue), mapped to one form. */
export const ISSUE_SYNONYMS: Readonly<Record<string, string>> = {
  soldiers: 'troops',
  soldier: 'troops',
  forces: 'troops',
  troop: 'troops',
  boots: 'troops',
  military: 'troops',
  american: 'us',
  'u.s.': 'us',
  us: 'us',
  america: 'us',
  send: 'send',
  sending: 'send',
  sent: 'send',
  deploy: 'send',
  deploying: 'send',
  deployment: 'send',
};

/** Words that say nothing of the issue. */
export const ISSUE_STOPWORDS: ReadonlySet<string> = new Set(
  `the a an of to in on for and or as part any idea possibility himself herself themselves his her their its
that this these those with from by at into keep be been being is are was were would could should will`.split(/\s+/),
);
