/**
 * The article's date read from its own text when no metadata gives one: a wire dateline at the start
 * ("CADDENFORD, Westmarch, March 11, 2026 (Northgate Wire) -", "WASHINGTON, Aug. 19, 2025 —"). Only a
 * full date counts: a dateline without a year says which day but not which year, and no year is guessed.
 */
import type { Span } from '../../article/span.ts';
import { parseReference } from './calendar.ts';
import { findDates } from './find.ts';

/** What the text says of its own date. */
export interface PublishedInText {
  /** The date as ISO YYYY-MM-DD, when the dateline has a year. */
  published?: string;
  /** The dateline's date as written, when it has no year ("March 11"). */
  withoutYear?: string;
  /** Where the date is in the text. */
  span: Span;
}

/**
 * A dateline: a place in capitals (optionally ", Region"), a comma, the date, an optional "(Outlet)" and
 * a dash; or the date then "(Outlet)" and a dash with no place.
 */
const DATELINE =
  /^\s*(?:[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*)*(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?,\s*)?([A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?)\s*(?:\([^)]{1,60}\)\s*)?(?:--|[-–—])\s/;

/** How many sentences from the top a dateline may open (after a headline and a standfirst). */
const DATELINE_REACH = 3;

/** Reads the dateline that opens one of the first sentences (after the headline), if there is one. */
export function publishedFromText(text: string, sentences: readonly Span[]): PublishedInText | undefined {
  const heads = sentences.length ? sentences.slice(0, DATELINE_REACH) : [{ start: 0, end: text.length }];
  for (const sentence of heads) {
    const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 200));
    const m = DATELINE.exec(head);
    if (!m) continue;
    const offset = sentence.start + m.index + m[0].indexOf(m[1]!);
    const span = { start: offset, end: offset + m[1]!.length };
    const [found] = findDates(text, [span]);
    if (!found || found.granularity !== 'day') continue;
    if (parseReference(found.value) !== undefined) return { published: found.value, span };
    return { withoutYear: found.text, span };
  }
  return undefined;
}
