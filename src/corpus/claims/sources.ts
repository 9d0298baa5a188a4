import { createHash } from 'node:crypto';
import { lastSpanStartingBy } from '../../article/span.ts';
import type { ClaimArticle, Evidence } from './types.ts';

/** A short stable id from the parts of a key. */
export function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}_${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12)}`;
}

/** Index of the sentence holding an offset (the last one starting at or before it). */
function sentenceAt(article: ClaimArticle, offset: number): number {
  return lastSpanStartingBy(article.sentences, offset);
}

/** Evidence for a span of an article: the sentence(s) around it, its outlet and its source. */
export function evidence(
  article: ClaimArticle,
  span: { start: number; end: number },
  source: string,
  value?: string,
): Evidence {
  const first = article.sentences[sentenceAt(article, span.start)];
  const last = article.sentences[sentenceAt(article, Math.max(span.start, span.end - 1))];
  const start = Math.min(first?.start ?? span.start, span.start);
  const end = Math.max(last?.end ?? span.end, span.end);
  return {
    article: article.id,
    start: span.start,
    end: span.end,
    text: article.text.slice(span.start, span.end),
    ...(value !== undefined ? { value } : {}),
    outlet: article.outlet ?? article.label ?? article.id,
    source,
    sentence: { start, end, text: article.text.slice(start, end) },
  };
}

/** The distinct values of a list, in first-seen order. */
export function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
