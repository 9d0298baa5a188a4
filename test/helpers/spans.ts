import { expect } from 'vitest';
import type { Article } from '../../src/article/types.ts';

/** Every span-carrying object under a value, with where it was found. */
function spans(value: unknown, where: string, out: { where: string; span: Record<string, unknown> }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => spans(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' || typeof record.end === 'number') out.push({ where, span: record });
    for (const [key, v] of Object.entries(record)) if (typeof v === 'object') spans(v, `${where}.${key}`, out);
  }
  return out;
}

/**
 * Asserts the span invariant on every annotation of an article: each span points into the text, with
 * its surface when it carries one, never starting or ending on whitespace. Returns the spans checked.
 */
export function checkArticle(article: Article): number {
  const found = spans(article.annotations, article.source.path ?? article.id);
  for (const { where, span } of found) {
    const { start, end } = span as { start: number; end: number };
    expect(Number.isInteger(start) && Number.isInteger(end), where).toBe(true);
    expect(
      start >= 0 && start <= end && end <= article.text.length,
      `${where}: ${start}-${end} in ${article.text.length}`,
    ).toBe(true);
    if (typeof span.text === 'string') expect(article.text.slice(start, end), where).toBe(span.text);
    // Annotated surfaces never begin or end with whitespace.
    const surface = article.text.slice(start, end);
    expect(surface, where).toBe(surface.trim());
  }
  return found.length;
}
