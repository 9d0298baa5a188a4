import { entityMap } from '../aliases/index.ts';
import type { CorpusStage } from '../stage.ts';
import { resolveQuotes, type QuotesInput } from './index.ts';

/**
 * The quotes stage in the corpus pipeline: every quote with its speaker as a corpus entity, statements
 * and variants. Not incremental yet: it is redone over every stored quote when anything changed.
 */
export function quotesStage(): CorpusStage {
  return {
    name: 'quotes',
    version: 1,
    needs: ['aliases'],
    update(ctx) {
      const stored = ctx.store.annotationsOf(['entities', 'quotes']);
      const inputs: QuotesInput[] = stored.map((a) => ({
        article: a.article,
        quotes: a.annotations.quotes ?? [],
        entities: a.annotations.entities,
        ...(a.published ? { published: a.published } : {}),
      }));
      const map = entityMap(
        ctx.store.items('aliases'),
        inputs.map((i) => i.article),
      );
      const results = resolveQuotes(inputs, (article, cluster) =>
        cluster === undefined ? undefined : map.get(`${article}:${cluster}`),
      );
      ctx.items.put('all', results);
      return {
        articles: stored.map((a) => a.article),
        summary: `${results.quotes.length} quotes, ${results.statements.length} statements`,
      };
    },
  };
}
