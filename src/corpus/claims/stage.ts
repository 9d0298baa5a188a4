import { entitiesOf } from '../aliases/index.ts';
import { listEvents } from '../events/read.ts';
import { quoteResultsOf } from '../quotes/incremental.ts';
import { entityResolver } from '../quotes/stage.ts';
import { independenceGroups } from '../sources.ts';
import type { CorpusStage } from '../stage.ts';
import { claimArticles, crossCheck } from './index.ts';

/**
 * The cross-check in the corpus pipeline: claims and conflicts over every stored article, a copy or
 * rewrite counting as its original, numbers compared within one storyline. Not incremental yet: it is
 * redone when anything changed.
 */
export function claimsStage(): CorpusStage {
  return {
    name: 'claims',
    version: 1,
    needs: ['aliases', 'quotes', 'events'],
    update(ctx) {
      const articles = ctx.store.articles();
      const entities = entitiesOf(
        ctx.store.items('aliases'),
        articles
          .filter((a) => a.annotations.entities)
          .map((a) => ({ article: a.id, entities: a.annotations.entities! })),
      );
      const quotes = quoteResultsOf(
        ctx.store.items('quotes'),
        articles.map((a) => a.id),
        entityResolver(ctx.store.items('aliases')),
      );
      const clusters = ctx.store.clusters();
      const storyline = new Map(listEvents(clusters).flatMap((e) => e.articles.map((a) => [a, e.storyline] as const)));
      const result = crossCheck(
        { articles: claimArticles(articles), entities, quotes },
        { sourceGroup: independenceGroups(clusters).sourceOf, storyOf: (article) => storyline.get(article) },
      );
      ctx.items.put('all', result);
      return {
        articles: articles.map((a) => a.id),
        summary: `${result.claims.length} claims, ${result.conflicts.length} conflicts`,
      };
    },
  };
}
