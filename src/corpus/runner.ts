/**
 * The runner of the corpus stages: brings every stage's results up to date with the store, in the
 * order of stages.ts, all in one transaction (a reader sees the results of one revision or of the
 * next, never a mix), and stamps each stage with the revision its results now reflect.
 */
import type { CorpusStore } from './port.ts';
import type { CorpusReport, CorpusStage } from './stage.ts';
import { corpusStages } from './stages.ts';

/** What a refresh did, stage by stage. */
export interface RefreshReport {
  /** The store revision the results now reflect. */
  revision: number;
  stages: { name: string; full: boolean; articles: number; ms: number; summary?: string }[];
  /** True when some stage had never run on this store or ran an older version: everything was redone. */
  upgraded: boolean;
}

/** Options of `refreshCorpus`. */
export interface RefreshOptions {
  stages?: readonly CorpusStage[];
  /** Called when a stage starts (for progress on long runs). */
  onStage?: (name: string, articles: number) => void;
  debug?: (make: () => string) => void;
}

/**
 * Brings the corpus results up to date: each stage takes in the articles written since it last ran
 * (all of them if it never ran or its version changed), and runs again when a stage it needs changed
 * something. Stages already up to date are skipped.
 */
export function refreshCorpus(store: CorpusStore, options: RefreshOptions = {}): RefreshReport {
  const stages = options.stages ?? corpusStages();
  const debug = options.debug ?? (() => {});
  return store.transaction(() => {
    const revision = store.revision();
    const report: RefreshReport = { revision, stages: [], upgraded: false };
    const done = new Map<string, CorpusReport>();
    for (const stage of stages) {
      const state = store.stageState(stage.name);
      const full = !state || state.version !== stage.version;
      const upstream = stage.needs.some((n) => done.has(n));
      if (!full && state.revision >= revision && !upstream) continue;
      const articles = store.articlesSince(full ? 0 : state.revision);
      if (full && state) report.upgraded = true;
      options.onStage?.(stage.name, articles.length);
      const started = performance.now();
      const result = stage.update({ store, items: store.items(stage.name), debug }, { full, articles, upstream: done });
      store.setStageState(stage.name, { revision, version: stage.version });
      done.set(stage.name, result);
      report.stages.push({
        name: stage.name,
        full,
        articles: articles.length,
        ms: Math.round(performance.now() - started),
        ...(result.summary ? { summary: result.summary } : {}),
      });
    }
    return report;
  });
}
