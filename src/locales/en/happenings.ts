/** Words of things that happen to a person once, in news English: data only (src/corpus/claims/happenings.ts reads them). */

/**
 * Past forms of changes a person goes through once in a story — leaving a post, dying, being arrested —
 * each with the happening it tells. Two outlets of one event that date one person's happening apart
 * disagree on when it happened. Left out: what a story tells many of (meetings, calls, visits, speeches,
 * charges: "was charged with X in 2015" and "with Y in 2018"), and what comes again (elections: "was
 * first elected in 1998", "re-elected in 2008").
 */
export const HAPPENING_VERBS: Readonly<Record<string, string>> = {
  left: 'leave',
  quit: 'leave',
  resigned: 'leave',
  'stepped down': 'leave',
  retired: 'leave',
  departed: 'leave',
  joined: 'join',
  died: 'die',
  'passed away': 'die',
  'was born': 'be born',
  'were born': 'be born',
  'was arrested': 'be arrested',
  'were arrested': 'be arrested',
  'was indicted': 'be indicted',
  'were indicted': 'be indicted',
  'was convicted': 'be convicted',
  'were convicted': 'be convicted',
  'was sentenced': 'be sentenced',
  'were sentenced': 'be sentenced',
  'pleaded guilty': 'plead guilty',
  'pled guilty': 'plead guilty',
  'pleaded not guilty': 'plead not guilty',
  'pled not guilty': 'plead not guilty',
  repaid: 'repay',
  'paid back': 'repay',
  'was fired': 'be fired',
  'was ousted': 'be fired',
  'was hired': 'be hired',
};

/** How each happening is told in a sentence of the report ("when William Cowan left"). */
export const HAPPENING_WORDS: Readonly<Record<string, string>> = {
  leave: 'left',
  join: 'joined',
  die: 'died',
  'be born': 'was born',
  'be arrested': 'was arrested',
  'be indicted': 'was indicted',
  'be convicted': 'was convicted',
  'be sentenced': 'was sentenced',
  'plead guilty': 'pleaded guilty',
  'plead not guilty': 'pleaded not guilty',
  repay: 'repaid',
  'be fired': 'was fired',
  'be hired': 'was hired',
};

/**
 * Happenings whose verb also tells of places and company ("left the room", "joined the crowd",
 * "departed for Paris"): they count only when what is left or joined is a post — one of `POSTS`, or an
 * organisation the article names.
 */
export const NEEDS_POST: ReadonlySet<string> = new Set(['left', 'departed', 'joined']);

/** Nouns of what one holds a post in: "left the Patrick administration", "joined the firm". */
export const POSTS: ReadonlySet<string> = new Set(
  `administration government cabinet company firm office post job position campaign team board party
  network newspaper paper agency department bureau committee court bench military army navy force police
  practice bank fund club university faculty staff senate house congress parliament ministry council
  commission school league organization organisation group`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs that report what someone said: "said in 2017 that they repaid" dates the saying, not the repaying. */
export const REPORTING_VERBS: readonly string[] = [
  'said',
  'says',
  'told',
  'announced',
  'acknowledged',
  'disclosed',
  'confirmed',
  'reported',
  'wrote',
  'stated',
  'testified',
];
