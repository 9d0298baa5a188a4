import type { Span } from '../../article/span.ts';

/**
 * One proposition: what one sentence states, as a frame of its anchors. Who (`entities`: the
 * article's entities it names, and the speaker of the quote it is in), what (`predicates`: its verbs,
 * stemmed and taken through the paraphrase lexicon, with `negated`), about what (`terms`: its other
 * content words, numbers with their unit, resolved dates) and according to whom (`speaker`).
 */
export interface Proposition extends Span {
  /** Index of its sentence in `sentences`. */
  sentence: number;
  /** The entities (clusters of the entities annotation) it names, in order of first mention. */
  entities: number[];
  /** Its verbs: paraphrase groups or stems ("meet" for "met", "meeting", "session"). */
  predicates: string[];
  /**
   * Its other anchors: nouns, adjectives and names outside entity mentions (paraphrase group or stem),
   * numbers (`#90000000000 USD`, `#544`), dates resolved to a day or month (`@2019-01-25`).
   */
  terms: string[];
  /** What happens in it: each predicate with its subject and what it is done to or about. */
  events: PropositionEvent[];
  /** True when it holds a negation ("not", "never", "no"). */
  negated: boolean;
  /** The entity (cluster) whose words it reports, when it is (in) a quote with a known speaker. */
  speaker?: number;
  /**
   * The named go-betweens (clusters) the words it reports passed through, from the article's outlet back
   * towards their origin ("The Herald reported …, citing two officials": the Herald), when it is (in) a
   * quote that names them.
   */
  via?: number[];
  /** How many words it has. */
  words: number;
}

/**
 * One event of a sentence: a predicate ("meet" for "met", "meeting", "session"), who does it (the
 * nearest entity named before it, the speaker whose words it reports, or the one a pronoun stands
 * for) and what it is done to or about (entities and terms after it, the sentence's numbers and dates).
 */
export interface PropositionEvent {
  predicate: string;
  subject?: number;
  entities: number[];
  terms: string[];
}
