import { resolveAliases, type Entity } from '../corpus/aliases/index.ts';
import { claimArticles, crossCheck, type CrossCheckResult } from '../corpus/claims/index.ts';
import { entityLookup, resolveQuotes, type QuoteResults } from '../corpus/quotes/index.ts';
import type { CopyPair } from '../corpus/copies/index.ts';
import { clusterPending, listCopies, listEvents, sourceGroupOf, type EventSummary } from '../store/clustering.ts';
import type { Store } from '../store/index.ts';

/** What the corpus stages returned. */
export interface CorpusResults {
  entities: Entity[];
  quotes: QuoteResults;
  claims: CrossCheckResult;
  /** Events by storyline in time order, and the copies and rewrites among the articles (read from the store). */
  events: EventSummary[];
  copies: CopyPair[];
}

/**
 * Runs the corpus stages over what the store holds and stores their results. The per-article work is
 * not redone: the stages read the stored annotations. Hand corrections are applied every time.
 * Order here matters: quotes need the entities; events use the entities' names; the cross-check needs
 * entities, quotes, the copy groups (a copy or rewrite counts as its source) and the storylines
 * (numbers are compared within one story). The clustering is
 * incremental: only articles not yet clustered are added.
 */
export function runCorpusStages(store: Store): CorpusResults {
  const articles = store.annotationsOf(['entities', 'quotes']);
  const withEntities = articles.map((a) => ({ article: a.article, entities: a.annotations.entities }));
  const entities = resolveAliases(withEntities, store.listCorrections());
  store.saveCorpusResult('aliases', entities);
  const quotes = resolveQuotes(
    articles.map((a) => ({
      article: a.article,
      quotes: a.annotations.quotes ?? [],
      entities: a.annotations.entities,
      ...(a.published ? { published: a.published } : {}),
    })),
    entityLookup(withEntities, entities),
  );
  store.saveCorpusResult('quotes', quotes);
  clusterPending(store, { aliases: entities });
  const events = listEvents(store);
  const storyline = new Map(events.flatMap((e) => e.articles.map((a) => [a, e.storyline] as const)));
  const claims = crossCheck(
    { articles: claimArticles(store.listArticles()), entities, quotes },
    { sourceGroup: sourceGroupOf(store), storyOf: (article) => storyline.get(article) },
  );
  store.saveCorpusResult('claims', claims);
  return { entities, quotes, claims, events, copies: listCopies(store) };
}

/** The stored results, computing them if the corpus stages never ran on this store. */
export function corpusResults(store: Store): CorpusResults {
  const entities = store.corpusResult<Entity[]>('aliases');
  const quotes = store.corpusResult<QuoteResults>('quotes');
  const claims = store.corpusResult<CrossCheckResult>('claims');
  return entities && quotes && claims
    ? { entities, quotes, claims, events: listEvents(store), copies: listCopies(store) }
    : runCorpusStages(store);
}
