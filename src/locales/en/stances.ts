/** Words of a position taken, in news English: data only (src/corpus/claims/stances.ts reads them). */

/**
 * Phrases that take a position on what follows them, with the position: `against` rules it out or
 * gives it up, `for` keeps it open or backs it. Longer phrases first: "did not rule out" is read before
 * "rule out". A phrase may offer alternatives, "(abandoned|dropped)", and `{pos}` stands for a possessive
 * or "the" ("dropped his push for", "abandoned the call for").
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
  // Giving a position up: "Trump abandoned his push for a ceasefire", "dropped its demand for".
  {
    phrase:
      '(abandoned|abandons|abandoning|dropped|drops|dropping|gave up|gives up|giving up) {pos} (push|call|calls|demand|demands|proposal|insistence|bid) for',
    stance: 'against',
  },
  { phrase: '(backed|backs|backing) away from', stance: 'against' },
  { phrase: 'no longer (supports|backs|wants|seeks|insists on)', stance: 'against' },
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
  { phrase: '(called|calls|calling) for', stance: 'for' },
  { phrase: '(endorsed|endorses|endorsing)', stance: 'for' },
  { phrase: 'agreed to', stance: 'for' },
  { phrase: 'agrees to', stance: 'for' },
];

/**
 * A position taken by saying whether something is needed: "I don't think a ceasefire is necessary"
 * (against), "he believes new sanctions are needed" (for). The words of thinking, and of need.
 */
export const THINK_WORDS: readonly string[] = ['think', 'thinks', 'believe', 'believes', 'thought', 'believed'];
export const NEED_WORDS: readonly string[] = ['necessary', 'needed', 'required', 'essential', 'warranted'];

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
