import type { Span } from '../../article/span.ts';

/** What sort of quantity a number is. `age` is read only to be left out. */
export type QuantityKind = 'money' | 'count' | 'percent' | 'duration' | 'measurement' | 'age';

/** One quantity in the article: "$100 billion", "412 homes", "18 percent", "around 40 minutes". */
export interface Quantity extends Span {
  /** The number with its unit or counted noun, exactly as written. */
  text: string;
  /** The value in `unit`: multipliers applied, durations in seconds. */
  value: number;
  /** ISO currency code, "%", "s" (durations), a measuring unit, or "count". */
  unit: string;
  kind: Exclude<QuantityKind, 'age'>;
  /** What it measures ("homes flooded", "arms"), when the sentence says; without it, it is no claim. */
  measure?: string;
  /** How the value is hedged: "about 1,900" (approx), "more than 300" (min), "up to $15,000" (max). */
  hedge?: 'approx' | 'min' | 'max';
  /** Index of its sentence in `sentences`. */
  sentence: number;
}
