import type { AliasRecord, Occurrence } from '../aliases/records.ts';
import { readThrough, type ItemStore } from '../items.ts';
import type { CorpusStage } from '../stage.ts';
import { QuoteResolver, type EntityOf } from './incremental.ts';

/** (article, cluster) → corpus entity, read from the alias stage's items as asked, remembered. */
export function entityResolver(aliases: ItemStore): EntityOf {
  const occurrences = new Map<string, Occurrence[]>();
  const records = new Map<string, string | undefined>();
  return (article, cluster) => {
    if (cluster === undefined) return undefined;
    let list = occurrences.get(article);
    if (!list) occurrences.set(article, (list = aliases.get<Occurrence[]>(`occ:${article}`) ?? []));
    const record = list.find((o) => o.cluster === cluster)?.record;
    if (!record) return undefined;
    if (!records.has(record)) records.set(record, aliases.get<AliasRecord>(`rec:${record}`)?.entity);
    return records.get(record);
  };
}

/**
 * The quotes stage in the corpus pipeline: the quotes of the articles written since its last run are
 * taken in, those of articles whose speakers are other entities now are looked at again, and only the
 * statements and variants they touch are worked out again (incremental.ts).
 */
export function quotesStage(): CorpusStage {
  return {
    name: 'quotes',
    version: 5,
    needs: ['aliases'],
    update(ctx, change) {
      if (change.full) ctx.items.clear();
      const resolver = new QuoteResolver(ctx.items, entityResolver(readThrough(ctx.store.items('aliases'))));
      const batch = 500;
      for (let i = 0; i < change.articles.length; i += batch) {
        const ids = change.articles.slice(i, i + batch);
        const found = new Map(ctx.store.annotationsOf(['quotes'], ids).map((a) => [a.article, a]));
        for (const id of ids) {
          const a = found.get(id);
          resolver.setArticle({
            article: id,
            quotes: a?.annotations.quotes ?? [],
            ...(a?.published ? { published: a.published } : {}),
          });
        }
      }
      const changed = new Set(change.articles);
      for (const a of change.upstream.get('aliases')?.articles ?? []) if (!changed.has(a)) resolver.touchArticle(a);
      const result = resolver.resolve();
      return {
        articles: change.articles,
        keys: [...result.written, ...result.removed],
        summary: `${change.articles.length} articles; ${result.written.length} statements written, ${result.removed.length} gone`,
      };
    },
  };
}
