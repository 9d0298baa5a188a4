/**
 * The corpus results as readers (the CLI, the export, the HTTP API) see them: read from what the
 * stages stored, never computed here.
 */
import { entitiesOf, entityResolver, type Entity } from './aliases/index.ts';
import { claimResultsOf } from './claims/views.ts';
import type { CrossCheckResult } from './claims/types.ts';
import type { CopyPair } from './copies/index.ts';
import { listEvents, type EventSummary } from './events/read.ts';
import type { CorpusStore } from './port.ts';
import type { QuoteResults } from './quotes/index.ts';
import { quoteResultsOf } from './quotes/incremental.ts';

/** What the corpus stages found. */
export interface CorpusResults {
  entities: Entity[];
  quotes: QuoteResults;
  claims: CrossCheckResult;
  /** Events by storyline in time order. */
  events: EventSummary[];
  /** Copies and rewrites, most similar first. */
  copies: CopyPair[];
}

/**
 * The stored results; `articles` limits the entities to those named in these articles (with their
 * mentions there), the statements to those said there (with their quotes there) and the events to
 * theirs, which is what an export of some articles needs.
 */
export function readCorpus(store: CorpusStore, articles?: readonly string[]): CorpusResults {
  const annotated = store.annotationsOf(['entities'], articles);
  const clusters = store.clusters();
  const quotes = quoteResultsOf(
    store.items('quotes'),
    articles ?? store.articlesSince(0),
    entityResolver(store.items('aliases')),
    { theirs: !!articles },
  );
  return {
    entities: entitiesOf(
      store.items('aliases'),
      annotated.map((a) => ({ article: a.article, entities: a.annotations.entities })),
    ),
    quotes,
    claims: claimResultsOf(
      store.items('claims'),
      // A variant's claim is held by one of its statements, which may be of another article.
      articles
        ? {
            articles,
            statements: [
              ...new Set([...quotes.statements.map((s) => s.id), ...quotes.quoteVariants.flatMap((v) => v.statements)]),
            ],
          }
        : undefined,
    ),
    events: listEvents(
      clusters,
      articles && [...new Set(articles.flatMap((a) => clusters.placeOf(a)?.event ?? []))].sort((a, b) => a - b),
    ),
    copies: clusters.pairs(),
  };
}
