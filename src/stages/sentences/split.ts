import type { Span } from '../../article/span.ts';
import {
  AMBIGUOUS_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS,
} from '../../locales/en/abbreviations.ts';

/**
 * A candidate end of sentence: the mark, closing quotes or brackets, then space and what comes next.
 * A match only starts at the first mark of a run (the look-behind): trying every mark of a run of
 * 100,000 dots would take time in the square of its length.
 */
const BOUNDARY = /(?<![.!?…])([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“‘«([]?[\p{Lu}\p{N}])/gu;

/** The word that ends just before a full stop, with its inner dots ("U.S", "Mr", "J"). */
function wordBefore(text: string, dot: number): string {
  const match = /[\p{L}\p{N}.]*$/u.exec(text.slice(Math.max(0, dot - 20), dot));
  return (match?.[0] ?? '').replace(/^\.+/, '');
}

/** The next word after a boundary, lower case, without opening quotes. */
function wordAfter(text: string, from: number): string {
  const match = /^["'“‘«([]?([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40));
  return (match?.[1] ?? '').toLowerCase();
}

/** True when a full stop after `word` does not end the sentence. */
function isAbbreviation(word: string, next: string): boolean {
  const key = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(key)) return true;
  // A capital letter alone is an initial ("William P. Barr"), though "p." stands before a page number.
  if (NUMBER_ABBREVIATIONS.has(key) && !/^\p{Lu}$/u.test(word)) return /^\d/.test(next);
  // An initial ("J. Smith", "J.D. Vance"): one capital letter, or capitals joined by dots.
  if (/^\p{Lu}(\.\p{Lu})*$/u.test(word) && !AMBIGUOUS_ABBREVIATIONS.has(key)) return true;
  if (AMBIGUOUS_ABBREVIATIONS.has(key)) return !SENTENCE_OPENERS.has(next);
  return false;
}

/** Splits one paragraph (given by its span in `text`) into sentence spans, trimmed, in order. */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const spans: Span[] = [];
  let start = 0;
  for (const match of body.matchAll(BOUNDARY)) {
    const marks = match[1]!;
    const boundaryEnd = match.index + marks.length + match[2]!.length;
    const nextStart = boundaryEnd + match[3]!.length;
    if (marks === '.' && isAbbreviation(wordBefore(body, match.index), wordAfter(body, nextStart))) continue;
    pushTrimmed(spans, body, start, boundaryEnd, paragraph.start);
    start = nextStart;
  }
  pushTrimmed(spans, body, start, body.length, paragraph.start);
  return spans;
}

function pushTrimmed(spans: Span[], body: string, start: number, end: number, offset: number): void {
  while (start < end && /\s/u.test(body[start]!)) start++;
  while (end > start && /\s/u.test(body[end - 1]!)) end--;
  if (end > start) spans.push({ start: start + offset, end: end + offset });
}
