/** What the dates stage finds: TIMEX3-style temporal expressions with normalised values. */

/** DATE, TIME, DURATION or SET, as in TIMEX3. */
export type DateKind = 'date' | 'time' | 'duration' | 'set';

/** How fine a value is; durations carry the unit they count. */
export type Granularity =
  | 'minute'
  | 'hour'
  | 'part-of-day'
  | 'day'
  | 'weekend'
  | 'week'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century'
  | 'second'
  | 'reference';

/** A TIMEX3 modifier: "early 2025" is START, "about ten years" APPROX. */
export type DateMod = 'START' | 'MID' | 'END' | 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_LESS';

/** One temporal expression in the article text. */
export interface DateMention {
  start: number;
  end: number;
  /** The surface, `text.slice(start, end)`. */
  text: string;
  /**
   * The TIMEX3 value: `2025-08-15`, `2025-08`, `2025-W33`, `2025-Q3`, `2025-SU`, `2025`, `202` (a decade),
   * `2025-08-15T14:30`, `2025-08-15TMO`, `PRESENT_REF`/`PAST_REF`/`FUTURE_REF`, durations `P4Y`, `PT20M`,
   * sets `P1D`, `XXXX-WXX-5`. Unknown parts are `X` (no reference date: "Friday" is `XXXX-WXX-5`).
   */
  value: string;
  granularity: Granularity;
  kind: DateKind;
  /** Index of the sentence (in the `sentences` annotation) the expression is in. */
  sentence: number;
  /** True when the value was worked out from the reference date (the article's) or from an earlier date. */
  relative?: boolean;
  /** True when the reference date it was resolved against was itself inferred from the text. */
  inferred?: boolean;
  mod?: DateMod;
  /** The word that ties the expression to its event ("since 2021", "within two weeks", "until May"). */
  signal?: string;
  /** The parser that found it; only set when asked for (debugging, benchmarks). */
  rule?: string;
}

/** What a parser proposes before the refiners merge and filter. Offsets are into the sentence. */
export interface Candidate {
  start: number;
  end: number;
  value: string;
  granularity: Granularity;
  kind: DateKind;
  relative?: boolean;
  mod?: DateMod;
  /** Which parser proposed it (for debugging and the refiners' choices). */
  rule: string;
}
