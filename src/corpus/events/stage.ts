/**
 * Copies, rewrites, events and storylines in the corpus pipeline: each article written since the last
 * run and not yet clustered is clustered, in arrival order, into what the index holds. Incremental by
 * design, and so dependent on the order articles arrive in (see README.md).
 */
import { stageVersion } from '../versions.ts';
import type { Article } from '../../article/types.ts';
import type { CopyPair } from '../copies/index.ts';
import type { ClusterStore, CorpusStore } from '../port.ts';
import type { CorpusStage } from '../stage.ts';
import { clusterInput, type ClusterInput } from './terms.ts';
import { clusterArticle, EVENT_DEFAULTS, type EventOptions } from './update.ts';

/** What a clustering run did. */
export interface ClusteringReport {
  /** Articles clustered now (those already clustered are skipped). */
  clustered: number;
  eventsCreated: number;
  pairs: CopyPair[];
}

/**
 * Clusters articles, in the order given, into what the index holds: copies, rewrites, events and
 * storylines. Articles already clustered are skipped. `load` reads an article with the keys of its
 * entities (for the split of an event, which reads its articles again).
 */
export function clusterArticles(
  index: ClusterStore,
  articles: readonly Article[],
  load: (article: string) => ClusterInput,
  options: EventOptions = EVENT_DEFAULTS,
): ClusteringReport {
  const report: ClusteringReport = { clustered: 0, eventsCreated: 0, pairs: [] };
  const seen = new Set<string>();
  for (const article of articles) {
    if (seen.has(article.id) || index.clustered(article.id)) continue;
    seen.add(article.id);
    const step = clusterArticle(index, clusterInput(article), options, load);
    report.clustered++;
    if (step.created) report.eventsCreated++;
    report.pairs.push(...step.pairs);
  }
  index.flush();
  return report;
}

/** Clusters stored articles not clustered yet, in the order given: the step of the events stage. */
export function clusterStored(
  store: CorpusStore,
  ids: readonly string[],
  options: EventOptions = EVENT_DEFAULTS,
): ClusteringReport {
  const index = store.clusters();
  const load = (id: string) => clusterInput(store.getArticle(id));
  const report: ClusteringReport = { clustered: 0, eventsCreated: 0, pairs: [] };
  const batch = 200;
  for (let i = 0; i < ids.length; i += batch) {
    const chunk = ids.slice(i, i + batch).filter((id) => !index.clustered(id));
    if (!chunk.length) continue;
    // In the order given (the store answers in arrival order).
    const byId = new Map(store.articles(chunk).map((a) => [a.id, a]));
    const articles = chunk.map((id) => byId.get(id)).filter((a) => a !== undefined);
    const step = clusterArticles(index, articles, load, options);
    report.clustered += step.clustered;
    report.eventsCreated += step.eventsCreated;
    report.pairs.push(...step.pairs);
  }
  return report;
}

/** The events stage. */
export function eventsStage(options: EventOptions = EVENT_DEFAULTS): CorpusStage {
  return {
    name: 'events',
    // 2: entity terms from the article alone (terms.ts); 3: rewrites found without the sentences that
    // are mostly quoted words (copies/align.ts). A store clustered before is clustered anew.
    version: stageVersion('events'),
    // Nothing of another stage: an article's terms are its own (an entity renamed changes no event).
    needs: [],
    update(ctx, change) {
      if (change.full) ctx.store.resetClusters();
      const index = ctx.store.clusters();
      index.takeMoved();
      const report = clusterStored(ctx.store, change.articles, options);
      // Articles clustered before whose storyline or independence group changed count as changed too.
      return {
        articles: [...new Set([...change.articles, ...index.takeMoved()])],
        summary: `${report.clustered} articles clustered, ${report.eventsCreated} events started, ${report.pairs.length} copies or rewrites`,
      };
    },
  };
}
