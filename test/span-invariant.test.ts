/**
 * The span invariant, for every annotation of every stage on every fixture: each object with a
 * `start` and an `end` points into the article text, and where it also carries its `text`,
 * `text.slice(start, end)` is exactly that surface.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article/types.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { readInputs } from '../src/read/index.ts';
import { EXAMPLES } from './helpers/shared.ts';
import { sharedPath } from './helpers/shared.ts';
import { checkArticle } from './helpers/spans.ts';

async function analyse(paths: string[]): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const result of readInputs(paths)) {
    if ('input' in result) articles.push(runPipeline(result.input, articleStages()));
  }
  return articles;
}

describe('span invariant', () => {
  it('holds on the example corpus, for every stage', async () => {
    const articles = await analyse([EXAMPLES]);
    expect(articles.length).toBeGreaterThanOrEqual(10);
    let count = 0;
    for (const article of articles) count += checkArticle(article);
    expect(count).toBeGreaterThan(500);
    const stagesSeen = new Set(articles.flatMap((a) => Object.keys(a.annotations)));
    for (const key of ['paragraphs', 'languages', 'sentences', 'removed']) expect(stagesSeen).toContain(key);
  });

  const seeds = sharedPath('corpus/seeds');
  it.skipIf(!seeds)('holds on the seed corpus', async () => {
    const articles = await analyse([seeds!]);
    expect(articles).toHaveLength(5);
    for (const article of articles) expect(checkArticle(article)).toBeGreaterThan(20);
  });

  const pages = sharedPath('bench/extraction/html');
  it.skipIf(!pages)('holds on HTML pages of the extraction benchmark', async () => {
    const files = readdirSync(pages!)
      .sort()
      .slice(0, 25)
      .map((f) => path.join(pages!, f));
    const articles = await analyse(files);
    expect(articles).toHaveLength(25);
    for (const article of articles) checkArticle(article);
  });

  it('catches a broken span (the check can fail)', () => {
    const article = runPipeline(
      {
        path: 'x.txt',
        format: 'text',
        bytes: new Uint8Array(),
        content: 'One line of text here.',
        encoding: 'utf-8',
        meta: {},
      },
      articleStages(),
    );
    const broken = {
      ...article,
      annotations: { ...article.annotations, sentences: [{ start: 0, end: 99, paragraph: 0 }] },
    };
    expect(() => checkArticle(broken)).toThrow();
  });
});
