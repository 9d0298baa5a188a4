import { resolveAliases, type Entity } from '../corpus/aliases/index.ts';
import { claimArticles, crossCheck, type CrossCheckResult } from '../corpus/claims/index.ts';
import { entityLookup, resolveQuotes, type QuoteResults } from '../corpus/quotes/index.ts';
import type { Store } from '../store/index.ts';

/** What the corpus stages returned. */
export interface CorpusResults {
  entities: Entity[];
  quotes: QuoteResults;
  claims: CrossCheckResult;
}

/**
 * Runs the corpus stages over what the store holds and stores their results. The per-article work is
 * not redone: the stages read the stored annotations. Hand corrections are applied every time.
 * Order here matters: quotes need the entities; the cross-check needs both.
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
  const claims = crossCheck({ articles: claimArticles(store.listArticles()), entities, quotes });
  store.saveCorpusResult('claims', claims);
  return { entities, quotes, claims };
}

/** The stored results, computing them if the corpus stages never ran on this store. */
export function corpusResults(store: Store): CorpusResults {
  const entities = store.corpusResult<Entity[]>('aliases');
  const quotes = store.corpusResult<QuoteResults>('quotes');
  const claims = store.corpusResult<CrossCheckResult>('claims');
  return entities && quotes && claims ? { entities, quotes, claims } : runCorpusStages(store);
}
