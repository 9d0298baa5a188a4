/** A half-open range of UTF-16 offsets into an article's cleaned `text`. */
export interface Span {
  start: number;
  end: number;
}

/** The exact surface a span annotates: `text.slice(start, end)`. */
export function surface(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** True when the span lies inside the text and is not inverted. */
export function isValidSpan(text: string, span: Span): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end >= span.start &&
    span.end <= text.length
  );
}

/** Shrinks a span so that it neither starts nor ends with whitespace. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The index of the span holding an offset, in spans in text order that do not overlap; -1 when none does. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The index of the last span starting at or before an offset, in spans in text order; 0 when none does. */
export function lastSpanStartingBy(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
