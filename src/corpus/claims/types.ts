import type { DateMention } from '../../stages/dates/types.ts';
import type { Span } from '../../article/span.ts';
import type { ArticleEntities } from '../../stages/entities/types.ts';
import type { Quantity } from '../../stages/quantities/types.ts';
import type { Proposition } from '../../stages/propositions/types.ts';
import type { Provenance } from '../../stages/provenance/index.ts';
import type { Quote } from '../../stages/quotes/types.ts';
import type { Entity } from '../aliases/index.ts';
import type { QuoteResults } from '../quotes/index.ts';

/** What the cross-check reads of one article. */
export interface ClaimArticle {
  id: string;
  outlet?: string;
  /** What the report calls an article with no outlet: its site, else its title (never its file). */
  label?: string;
  published?: string;
  text: string;
  sentences: readonly Span[];
  quantities: readonly Quantity[];
  entities: ArticleEntities;
  quotes: readonly Quote[];
  /** What its sentences state (the propositions stage): the material of fact claims. */
  propositions: readonly Proposition[];
  /** Where it comes from (the provenance stage): a relay or a copy counts for the outlet it names. */
  provenance?: Provenance;
  /** Its dates (the dates stage): the dates it puts things on are compared across articles. */
  dates?: readonly DateMention[];
}

/** The cross-check's input: the articles, the corpus entities (aliases) and, optionally, the statements. */
export interface CrossCheckInput {
  articles: readonly ClaimArticle[];
  entities: readonly Entity[];
  quotes?: QuoteResults;
}

/** One piece of evidence: a span of an article, the sentence around it and who stands behind it. */
export interface Evidence extends Span {
  article: string;
  /** The words of the span, exactly. */
  text: string;
  /** What this evidence says the value is: "412 homes", "Piers Hallowell", "former". */
  value?: string;
  /** The outlet of the article (its id when unknown). */
  outlet: string;
  /** The independent source it counts for: a cited speaker, else the article's source group. */
  source: string;
  /** The speaker whose words carry it, when it is inside a quote ("Zelensky", "the Financial Times"). */
  by?: string;
  /** The whole sentence(s) holding the span, exactly as in the article. */
  sentence: { start: number; end: number; text: string };
}

/**
 * What a claim is: a `fact` (sentences of several articles that state one thing), a `quantity`, a
 * `role` (who holds which office), a `statement` (the words of a named speaker).
 */
export type ClaimKind = 'fact' | 'quantity' | 'role' | 'statement';
export type ClaimStatus = 'corroborated' | 'single-source' | 'contested';

/** One claim, as several articles may carry it. */
export interface Claim {
  id: string;
  kind: ClaimKind;
  /**
   * The claim in words: "412 homes flooded", "Ingrid Solvang is Water Commissioner"; for a fact, the
   * sentence of the first article that states it.
   */
  statement: string;
  /** What it is about (the measure, the office, the speaker): claims about one thing are compared. */
  about: string;
  status: ClaimStatus;
  /** True when it is listed as an established fact: corroborated, and not a role (salience.ts). */
  established: boolean;
  /** Independent sources (copies and one cited origin count once). */
  sources: string[];
  outlets: string[];
  evidence: Evidence[];
}

/**
 * What a conflict is: different numbers for one measure (`value`), two holders of one office
 * (`holder`), "former" against holder (`former`), a claim and someone's denial of it (`denial`), two
 * accounts of who did something (`actor`: "did not come from A but from B"), one person's position and
 * its opposite on one issue (`reversal`).
 */
export type ConflictKind = 'value' | 'holder' | 'former' | 'denial' | 'actor' | 'reversal';

/** Two or more claims that cannot all be true, explained in one sentence. */
export interface Conflict {
  id: string;
  kind: ConflictKind;
  about: string;
  explanation: string;
  claims: string[];
  /** Every side's evidence, each with its `value`. */
  evidence: (Evidence & { value: string })[];
}

/**
 * The conflicts in which an outlet takes a side by what it states itself: a number, who holds an office,
 * whether a title is former. In a denial, an actor or a reversal the sides are people's (a claim and its
 * denial, who did it, a position and the one after it), and an outlet that reports both takes neither.
 */
export const OUTLET_SIDES: ReadonlySet<ConflictKind> = new Set<ConflictKind>(['value', 'holder', 'former']);

export interface CrossCheckResult {
  claims: Claim[];
  conflicts: Conflict[];
  /** The positions people take on issues, each person's by issue and in time order: their stance timelines. */
  positions?: Position[];
}

/** A position one person takes on one issue in one article ("did not rule out sending U.S. troops"). */
export interface Position {
  /** The corpus entity who takes it, and its name. */
  entity: string;
  name: string;
  /** What it is about, as the article says it, and its normalised words (positions on one issue share them). */
  issue: string;
  key: string[];
  stance: 'for' | 'against';
  /** The words that take it ("did not rule out", "ruling out"). */
  phrase: string;
  /** The article's day, when known. */
  day?: string;
  evidence: Evidence;
}

/** Options: who counts as one source, and how far a hedged value may be from another and agree. */
export interface CrossCheckOptions {
  /**
   * The source group of an article: articles of one group count as one source. Default: its outlet
   * (one outlet counts once), or the article itself when the outlet is unknown. Articles whose texts
   * are identical always share the group of the first of them.
   */
  sourceGroup?: (article: string) => string | undefined;
  /**
   * The story an article belongs to (the events work passes storylines): numbers are compared only
   * within one story, so that the death toll of one flood does not dispute another's. Without it the
   * corpus is taken to be one story.
   */
  storyOf?: (article: string) => string | undefined;
  /** Relative difference allowed when either value is hedged ("about 1,900"). */
  approxTolerance: number;
}
