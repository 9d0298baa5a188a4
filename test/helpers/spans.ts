import { expect } from 'vitest';
import { spanProblems } from '../../src/article/invariant.ts';
import type { Article } from '../../src/article/types.ts';

/**
 * Asserts the span invariant on every annotation of an article: each span points into the text, with
 * its surface when it carries one, never starting or ending on whitespace. Returns the spans checked.
 */
export function checkArticle(article: Article): number {
  const { checked, problems } = spanProblems(article);
  expect(problems).toEqual([]);
  return checked;
}
