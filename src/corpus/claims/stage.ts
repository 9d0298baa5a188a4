import { stageVersion } from '../versions.ts';
import { storylineId } from '../events/read.ts';
import { readThrough } from '../items.ts';
import type { CorpusStore } from '../port.ts';
import { quoteId } from '../quotes/index.ts';
import { statementIds, statementOf } from '../quotes/incremental.ts';
import { entityResolver } from '../aliases/index.ts';
import type { EntityItem } from '../aliases/resolve.ts';
import { inWeightedChunks, slices, type ChunkTask, type CorpusStage } from '../stage.ts';
import { claimArticles, CROSS_CHECK_DEFAULTS } from './index.ts';
import { ClaimResolver, contributions, type ClaimEnvironment } from './incremental.ts';

/** What the cross-check knows of the rest of the corpus, read from the store: entities, stories, events, groups, statements. */
export function storeEnvironment(store: CorpusStore): ClaimEnvironment {
  const aliases = readThrough(store.items('aliases'));
  const quotes = readThrough(store.items('quotes'));
  const clusters = store.clusters();
  // Where an article stands is asked three ways per article; the events stage ran before: it is read once.
  const places = new Map<string, ReturnType<typeof clusters.placeOf>>();
  const placeOf = (article: string) => {
    if (!places.has(article)) places.set(article, clusters.placeOf(article));
    return places.get(article);
  };
  const resolve = entityResolver(aliases);
  const entities = new Map<string, EntityItem | undefined>();
  const entity = (id: string) => {
    if (!entities.has(id)) entities.set(id, aliases.get<EntityItem>(`ent:${id}`));
    return entities.get(id);
  };
  return {
    entityOf: (article, cluster) => {
      const id = resolve(article, cluster);
      const e = id ? entity(id) : undefined;
      return e ? { id: e.id, name: e.name, type: e.type } : undefined;
    },
    entityName: (id) => entity(id)?.name,
    storyOf: (article) => {
      const place = placeOf(article);
      return place ? storylineId(place.storyline) : undefined;
    },
    eventOf: (article) => {
      const place = placeOf(article);
      return place ? `ev_${place.event}` : undefined;
    },
    groupSource: (article) => {
      const place = placeOf(article);
      return place && place.groupSize > 1 ? (place.groupOutlet ?? place.group) : undefined;
    },
    statement: (id) => statementOf(quotes, id),
    statementOfQuote: (article, quote) => quotes.get<{ statement: string }>(`q:${article}|${quote}`)?.statement,
  };
}

/**
 * The cross-check in the corpus pipeline: the contributions of the articles written are taken in;
 * those of articles whose entities, storyline or independence group changed are filed again; the
 * claims of statements that changed and of entities renamed are made again — and only the partitions
 * they touch are checked again (incremental.ts).
 */
export function claimsStage(options: { chunk?: number; cacheItems?: number } = {}): CorpusStage {
  // Articles taken in and resolved at a time, each chunk with a fresh resolver and fresh caches of
  // the other stages' items: memory stays that of a chunk at any size of store, as with successive adds.
  const chunk = options.chunk ?? 2000;
  return {
    name: 'claims',
    version: stageVersion('claims'),
    needs: ['aliases', 'quotes', 'events'],
    update(ctx, change) {
      if (change.full) ctx.items.clear();
      const resolverOf = () =>
        new ClaimResolver(ctx.items, storeEnvironment(ctx.store), {
          ...CROSS_CHECK_DEFAULTS,
          ...(options.cacheItems ? { cacheItems: options.cacheItems } : {}),
        });
      const written = new Set(change.articles);
      // What a resolver takes in before it works the partitions out: the articles written (read from
      // the store a batch at a time), those filed again because their entities, storyline or group
      // changed, and the statements and entities touched upstream (cheap to take in, so they weigh
      // less). All in one chunk when they fit, so that a partition several of them touch is worked
      // out once. A claims stage computed again from nothing (a new version) takes in every
      // statement, not only those the quotes stage wrote in this run.
      const tasks: ChunkTask<ClaimResolver>[] = [];
      const batch = 200;
      for (const ids of slices(change.articles, batch))
        tasks.push({
          weight: ids.length,
          run: (resolver) => {
            const found = new Map(claimArticles(ctx.store.articles(ids)).map((a) => [a.id, a]));
            for (const id of ids) {
              const a = found.get(id);
              resolver.setArticle(id, a ? contributions(a, (q) => quoteId(id, q)) : undefined);
            }
          },
        });
      const moved = new Set<string>();
      for (const stage of ['aliases', 'events'])
        for (const a of change.upstream.get(stage)?.articles ?? []) if (!written.has(a)) moved.add(a);
      for (const a of moved) tasks.push({ weight: 1, run: (resolver) => resolver.setArticle(a, undefined, true) });
      const statements = new Set(change.upstream.get('quotes')?.keys ?? []);
      if (change.full) for (const id of statementIds(ctx.store.items('quotes'))) statements.add(id);
      for (const id of [...statements].sort()) tasks.push({ weight: 0.1, run: (r) => r.touchStatement(id) });
      for (const id of change.upstream.get('aliases')?.entities ?? [])
        tasks.push({ weight: 0.1, run: (r) => r.touchEntity(id) });
      inWeightedChunks(tasks, chunk, resolverOf, (resolver) => resolver.resolve());
      return {
        articles: change.articles,
        summary: `${change.articles.length} articles written, ${moved.size} filed again`,
      };
    },
  };
}
