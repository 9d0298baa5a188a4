import { resolveAliases, type Entity } from '../corpus/aliases/index.ts';
import type { Store } from '../store/index.ts';

/** What the corpus stages returned. */
export interface CorpusResults {
  entities: Entity[];
}

/**
 * Runs the corpus stages over what the store holds and stores their results. The per-article work is
 * not redone: the stages read the stored annotations. Hand corrections are applied every time.
 */
export function runCorpusStages(store: Store): CorpusResults {
  const entities = resolveAliases(store.articleEntities(), store.listCorrections());
  store.saveCorpusResult('aliases', entities);
  return { entities };
}

/** The stored results, computing them if the corpus stages never ran on this store. */
export function corpusResults(store: Store): CorpusResults {
  const entities = store.corpusResult<Entity[]>('aliases');
  return entities ? { entities } : runCorpusStages(store);
}
