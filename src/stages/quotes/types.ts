import type { Span } from '../../article/span.ts';

/** A stretch of the text: what it says, exactly. */
export interface TextSpan extends Span {
  text: string;
}

/** Someone (or something) a quote is credited to; `cluster` is the article entity, when known. */
export interface QuoteSource extends TextSpan {
  cluster?: number;
  /** What a "they" stands for when no entity names it: the group spoken of before ("Protesters"). */
  refersTo?: TextSpan;
}

/** One reported statement: direct ("…," he said), indirect (he said that …) or mixed (partly quoted). */
export interface Quote extends TextSpan {
  kind: 'direct' | 'indirect' | 'mixed';
  speaker?: QuoteSource;
  cue?: TextSpan;
  /**
   * True when it goes on with the words of the quote before it: one utterance split around its cue
   * ("“A,” Trump told reporters. “B.”"). The parts are one statement.
   */
  continues?: true;
  /**
   * The rule that found it: `cue-after`, `comma-frame`, `cue-before`, `colon-subject`, `according-to`, `dash-name`,
   * `mixed-clause`, `colon-paragraph`, `inherited`, `previous-paragraph`, `previous-subject`,
   * `unframed`, `transcript-label` (quotation marks); `according-to`, `trailing-cue`, `leading-cue`,
   * `clause-of-noun`, `embedded-report` (word lists); `cue-model` (the learned cue model); `report-in-quote`,
   * `report-in-report`, `according-to+report` (reports inside reports, src/stages/quotes/relays.ts).
   */
  rule?: string;
  /** Who passed the words on, from the outlet back towards the speaker ("the Herald, citing engineers"). */
  via?: QuoteSource[];
  /** The one told, by name, left out of the words ("told Mr. Credico he should …": Mr. Credico). */
  hearer?: TextSpan;
}
