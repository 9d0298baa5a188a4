import { stageVersion } from '../versions.ts';
import { entityResolver } from '../aliases/index.ts';
import { readThrough } from '../items.ts';
import { inWeightedChunks, slices, type ChunkTask, type CorpusStage } from '../stage.ts';
import { QuoteResolver } from './incremental.ts';

/**
 * The quotes stage in the corpus pipeline: the quotes of the articles written since its last run are
 * taken in, those of articles whose speakers are other entities now are looked at again, and only the
 * statements and variants they touch are worked out again (incremental.ts).
 */
export function quotesStage(options: { chunk?: number } = {}): CorpusStage {
  // Articles taken in and resolved at a time: the resolver holds the quotes it takes in until it
  // resolves them, so a whole store at once (300,000 quotes in 20,000 articles) would be held whole.
  // Resolving chunk after chunk is what successive adds do, with the same results.
  const chunk = options.chunk ?? 2000;
  return {
    name: 'quotes',
    version: stageVersion('quotes'),
    needs: ['aliases'],
    update(ctx, change) {
      if (change.full) ctx.items.clear();
      // The articles whose quotes or speakers may be others now: the quotes of every other one are read
      // by their small items (`unsettled`).
      const unsettled = new Set([...change.articles, ...(change.upstream.get('aliases')?.articles ?? [])]);
      const resolverOf = () =>
        new QuoteResolver(ctx.items, entityResolver(readThrough(ctx.store.items('aliases'))), {}, unsettled);
      const written: string[] = [];
      const removed: string[] = [];
      const take = (result: { written: string[]; removed: string[] }) => {
        written.push(...result.written);
        removed.push(...result.removed);
      };
      // What a resolver takes in before it works the statements out: the articles written (read from
      // the store a batch at a time) and those whose speakers may be other entities now. All in one
      // chunk when they fit, so that the quotes both touch are read and worked out once.
      const batch = 500;
      const tasks: ChunkTask<QuoteResolver>[] = [];
      for (const ids of slices(change.articles, batch))
        tasks.push({
          weight: ids.length,
          run: (resolver) => {
            const found = new Map(ctx.store.annotationsOf(['quotes'], ids).map((a) => [a.article, a]));
            for (const id of ids) {
              const a = found.get(id);
              resolver.setArticle({
                article: id,
                quotes: a?.annotations.quotes ?? [],
                ...(a?.published ? { published: a.published } : {}),
              });
            }
          },
        });
      const changed = new Set(change.articles);
      for (const a of change.upstream.get('aliases')?.articles ?? [])
        if (!changed.has(a)) tasks.push({ weight: 1, run: (resolver) => resolver.touchArticle(a) });
      inWeightedChunks(tasks, chunk, resolverOf, (resolver) => take(resolver.resolve()));
      const kept = new Set(written);
      const gone = new Set(removed.filter((k) => !kept.has(k)));
      return {
        articles: change.articles,
        keys: [...kept, ...gone],
        summary: `${change.articles.length} articles; ${kept.size} statements written, ${gone.size} gone`,
      };
    },
  };
}
