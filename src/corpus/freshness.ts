/**
 * Whether a store's corpus results are fresh: each stage's stamp against the store's revision and the
 * stage's version. Light: the commands that read ask it before they read, and load the stages only
 * when something must be brought up to date.
 */
import type { CorpusStore } from './port.ts';
import type { CorpusStage } from './stage.ts';
import { CORPUS_STAGE_VERSIONS } from './versions.ts';

/** How far the results are behind the store. */
export interface Freshness {
  revision: number;
  /** Stages whose results are behind the store's revision. */
  behind: string[];
  /** Stages that never ran on this store, or whose results an older version wrote. */
  outdated: string[];
}

/** Whether the stored corpus results are those of the store's current revision. */
export function freshness(
  store: Pick<CorpusStore, 'revision' | 'stageState'>,
  stages: readonly Pick<CorpusStage, 'name' | 'version'>[] = CORPUS_STAGE_VERSIONS,
): Freshness {
  const revision = store.revision();
  const behind: string[] = [];
  const outdated: string[] = [];
  for (const stage of stages) {
    const state = store.stageState(stage.name);
    if (!state || state.version !== stage.version) outdated.push(stage.name);
    else if (state.revision < revision) behind.push(stage.name);
  }
  return { revision, behind, outdated };
}
