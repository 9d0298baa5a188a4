/**
 * Which way a date without a year or week points: "met on Friday" looks back, "are set to meet on Friday"
 * looks forward. The verb that governs the expression decides; it is usually to its left ("met on
 * Friday"), or after it when the expression opens the clause ("On Monday, Trump said").
 */
import { FUTURE_CUES, NOT_PAST_ED, PAST_CUES, WEAK_FUTURE_CUES } from '../../locales/en/dates.ts';

export type Tense = 'past' | 'future';

/** A weak cue is a modal or an infinitive: enough to date a month, not to send a weekday forward. */
/**
 * What a cue word says: a tense, a weak future (a modal: "could", "would"), or an infinitive's "to" — a
 * weak future for what follows it ("agreed to buy it in February"), nothing for what comes before it
 * ("consulted allies over the weekend to prepare"): an expression before the infinitive is its governing
 * verb's.
 */
type CueTense = Tense | 'weak-future' | 'infinitive';

interface Cue {
  start: number;
  end: number;
  tense: CueTense;
}

/** Cues that only mean the future when "to" follows ("set to", "due to", "planned to leave on Thursday"). */
const NEEDS_TO = new Set([
  'set',
  'due',
  'going',
  'poised',
  'ready',
  'slated',
  'plans',
  'planned',
  'planning',
  'intended',
  'hoped',
  'promised',
  'pledged',
  'vowed',
  'agreed',
  'decided',
  'prepared',
  'preparing',
  'wants',
  'wanted',
]);

/** Of those, the words that put something on a date with "for" ("set for June 25", "slated for Tuesday"). */
const SCHEDULED_FOR = new Set(['set', 'slated', 'planned', 'due']);

/** Auxiliaries before a participle: the auxiliary carries the tense ("will be named", "was named"). */
const AUXILIARIES = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'am',
  "'s",
  '’s',
  'was',
  'were',
  'has',
  'have',
  'had',
  'get',
  'gets',
  'got',
]);

/** Words after which an "-ed" word is an adjective, not a verb. */
const BEFORE_ADJECTIVE = new Set([
  'the',
  'a',
  'an',
  'for',
  'of',
  'with',
  'to',
  'by',
  'in',
  'on',
  'all',
  'its',
  'their',
  'his',
  'her',
  'our',
  'these',
  'those',
  'newly',
  'most',
  'more',
  'very',
]);

/** Past auxiliaries themselves ("had been"): cues of their own, never participles. */
const PAST_AUXILIARY_CUES = new Set(['was', 'were', 'had', 'did']);

/** Present perfect auxiliaries: "has extended" reports the past. */
const PERFECT = new Set(['has', 'have']);

/** Words after "to" that show it is a preposition, not an infinitive ("to the", "to Nov. 6"). */
const NOT_INFINITIVE = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'stock',
  'holders',
  'shareholders',
  'date',
  'about',
  'be',
  'all',
  'some',
  'many',
  'more',
  'less',
  'most',
  'him',
  'them',
  'us',
  'me',
  'it',
  'what',
  'which',
  'whom',
  'where',
  'when',
  'and',
  'or',
  // Nouns that follow "to" as a preposition ("shot to death", "went to court").
  'death',
  'court',
  'prison',
  'jail',
  'power',
  'office',
  'work',
  'school',
  'market',
  'trial',
  'war',
  'bed',
  'life',
  'rest',
  'date',
  'light',
  'mind',
  'home',
  'town',
]);

/** Cues may not be read across these: they start another clause with its own verb. */
const CLAUSE_BREAK = /[;—–()]|:\s|\s-\s|["“”]|``|''/;

const WORD = /[A-Za-z][A-Za-z'’-]*|\d+/g;

interface Word {
  start: number;
  end: number;
  lower: string;
  upper: boolean;
}

/** The tense cue words of a sentence, in order. */
export function tenseCues(sentence: string): Cue[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    const first = m[0][0]!;
    words.push({
      start: m.index,
      end: m.index + m[0].length,
      lower: m[0].toLowerCase(),
      upper: first !== first.toLowerCase(),
    });
  }
  const cues: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    const tense = cueOf(words, i);
    if (tense) cues.push({ start: words[i]!.start, end: words[i]!.end, tense });
  }
  return cues;
}

/** Words before "plan" that make it the verb: its subject pronoun, an auxiliary, an adverb, a negation. */
const BEFORE_PLAN_VERB = new Set([
  ..."i we you they who still also now not never do don’t don't will would may might could should must".split(' '),
]);

/** Words before a noun: "the plan", "his plan". */
const DETERMINERS = new Set(
  'the a an this that these those his her its their our my your any no each every'.split(' '),
);

/**
 * Whether "plan" at `i` is the verb: after its subject pronoun or an auxiliary ("We plan", "they still
 * plan"), or after a name or a plural that no determiner opens ("Republicans plan", "Democrats plan for a
 * vote"); the noun after a determiner, a possessive or a noun ("the Ryan plan", "Obama’s plan", "the
 * budget plan").
 */
function planVerb(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  if (!prev) return false;
  if (BEFORE_PLAN_VERB.has(prev.lower)) return true;
  if (DETERMINERS.has(prev.lower) || /['’]s?$/u.test(prev.lower)) return false;
  const subject = prev.upper || /[^s]s$/u.test(prev.lower);
  return subject && !DETERMINERS.has(words[i - 2]?.lower ?? '');
}

/** The forms of "look" before "forward to". */
const LOOK_FORMS = new Set(['look', 'looks', 'looking', 'looked']);

/** Auxiliaries that put a planned event in the past ("had been due to expire Friday"). */
const PAST_AUXILIARIES = new Set(['been', 'had']);

/** The tense the i-th word signals, given its neighbours. */
function cueOf(words: readonly Word[], i: number): CueTense | undefined {
  const w = words[i]!;
  const word = w.lower;
  const next = words[i + 1];
  const prev = words[i - 1]?.lower;
  if (word === 'to') {
    // "agreed to buy it in February": an infinitive points past the verb that governs it.
    return next && !next.upper && /^[a-z]+$/.test(next.lower) && !NOT_INFINITIVE.has(next.lower)
      ? 'infinitive'
      : undefined;
  }
  // "We plan a vote on Friday", "Republicans plan on holding a vote Friday": the verb looks ahead; "approved
  // the budget plan on March 29": the noun points nowhere.
  if (word === 'plan') return planVerb(words, i) ? 'future' : undefined;
  if (NEEDS_TO.has(word) || word === 'scheduled' || word === 'expected') {
    if (prev && PAST_AUXILIARIES.has(prev) && !/ing$/.test(word)) return 'past';
    if (NEEDS_TO.has(word)) {
      if (next?.lower === 'to') return 'future';
      // "a special election set for June 25", "the vote slated for Tuesday": a date something is put on.
      if (next?.lower === 'for' && SCHEDULED_FOR.has(word)) return 'future';
      return word.endsWith('ed') ? 'past' : undefined;
    }
  }
  // "I look forward to talking to you Monday evening": what one looks forward to is ahead.
  if (word === 'forward' && prev && LOOK_FORMS.has(prev)) return 'future';
  // "next to the embassy" is a place; "as early as Tuesday", "as soon as Tuesday" look ahead.
  if (word === 'next' && next?.lower === 'to') return undefined;
  if ((word === 'early' || word === 'soon') && prev === 'as' && next?.lower === 'as') return 'future';
  // A capitalised "May" is the month, not the verb.
  if (word === 'may' && w.upper && i > 0) return undefined;
  if (FUTURE_CUES.has(word)) return 'future';
  if (WEAK_FUTURE_CUES.has(word)) return 'weak-future';
  if (word.endsWith('ing') && (prev === 'is' || prev === 'are' || prev === 'be' || prev === "'re" || prev === '’re'))
    return 'future';
  const participle = PAST_CUES.has(word) || (word.endsWith('ed') && word.length > 4 && !NOT_PAST_ED.has(word));
  // After an auxiliary a participle takes its tense from it ("will be held", "was named").
  if (participle && prev && AUXILIARIES.has(prev) && !PAST_AUXILIARY_CUES.has(word))
    return PERFECT.has(prev) ? 'past' : undefined;
  if (PAST_CUES.has(word)) return 'past';
  if (word.endsWith('ed') && word.length > 4 && !NOT_PAST_ED.has(word)) {
    // After a determiner or a preposition it is an adjective ("for affected residents").
    if (prev && BEFORE_ADJECTIVE.has(prev)) return undefined;
    return 'past';
  }
  return undefined;
}

/** How far (in characters) a cue may be from the expression, to its left and to its right. */
const LEFT_REACH = 150;
const RIGHT_REACH = 80;

/**
 * The tense of the clause around `start`–`end`: the nearest cue to its left (the verb it depends on),
 * else the nearest to its right, never across a clause break; undefined when nothing says. With
 * `strong`, modals and infinitives are not read as the future.
 */
export function tenseAt(
  sentence: string,
  cues: readonly Cue[],
  start: number,
  end: number,
  strong = false,
): Tense | undefined {
  let left: Cue | undefined;
  let right: Cue | undefined;
  for (const cue of cues) {
    if (strong && (cue.tense === 'weak-future' || cue.tense === 'infinitive')) continue;
    if (cue.end <= end && cue.start < start) {
      if (start - cue.end <= LEFT_REACH && !CLAUSE_BREAK.test(sentence.slice(cue.end, start))) left = cue;
    } else if (cue.start >= start && cue.start < end) {
      // A cue inside the expression ("last Friday") speaks for it.
      return cue.tense === 'weak-future' || cue.tense === 'infinitive' ? 'future' : cue.tense;
    } else if (
      !right &&
      cue.tense !== 'infinitive' &&
      cue.start >= end &&
      cue.start - end <= RIGHT_REACH &&
      !CLAUSE_BREAK.test(sentence.slice(end, cue.start))
    ) {
      right = cue;
    }
  }
  const tense = (left ?? right)?.tense;
  return tense === 'weak-future' || tense === 'infinitive' ? 'future' : tense;
}

/** "by Friday", "until 9 a.m. Tuesday", "from May 4": a deadline or a start; "since Saturday": a start gone by. */
const DEADLINE_BEFORE =
  /\b(up\s+)?(by|until|till|from|starting|since)\s+(?:(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?|noon|midnight),?\s+(?:on\s+)?)?$/i;

/**
 * The direction a deadline word before an expression gives: the future, except "by" with the past
 * perfect ("had filed by Wednesday"), "up until" and "since", which look back; a possessive ("from
 * Friday's close") is not a deadline.
 */
export function deadlineAt(sentence: string, start: number, end: number): Tense | undefined {
  const m = DEADLINE_BEFORE.exec(sentence.slice(Math.max(0, start - 30), start));
  if (!m || /['’]s$/.test(sentence.slice(start, end))) return undefined;
  const word = m[2]!.toLowerCase();
  if (m[1] || word === 'since' || (word === 'by' && /\bhad\b/i.test(sentence.slice(0, start)))) return 'past';
  return 'future';
}
