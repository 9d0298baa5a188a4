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
