/**
 * The contract of a corpus stage (many articles), beside the per-article `Stage` of src/pipeline.
 * A corpus stage keeps its results in the store and brings them up to date with what changed since it
 * last ran; the runner (runner.ts) calls the stages in the order of stages.ts, all in one transaction,
 * and stamps each with the store revision its results now reflect.
 */
import type { CorpusStore } from './port.ts';
import type { ItemStore } from './items.ts';

/** What a corpus stage is handed. */
export interface CorpusContext {
  store: CorpusStore;
  /** The stage's own items. */
  items: ItemStore;
  /** Lazy debug output: the function is only called when debugging is on. */
  debug(make: () => string): void;
}

/** What changed since the stage last ran. */
export interface CorpusChange {
  /** True when the stage never ran on this store, or its version changed: everything is new to it. */
  full: boolean;
  /** The articles written since it last ran (every article when `full`), in arrival order. */
  articles: readonly string[];
  /** What the stages it needs reported in this run (absent: they had nothing to do). */
  upstream: ReadonlyMap<string, CorpusReport>;
}

/** What a stage reports: the articles whose results it changed, for the stages after it. */
export interface CorpusReport {
  articles: readonly string[];
  /** Entities whose name or type changed, or that are gone (the alias stage's report). */
  entities?: readonly string[];
  /** The keys of the results it wrote or removed (the quotes stage: statement ids). */
  keys?: readonly string[];
  /** One line for the progress log: what it did. */
  summary?: string;
}

/** A corpus stage. */
export interface CorpusStage {
  readonly name: string;
  /** The version of its logic and of the shape of its items: a new version recomputes everything. */
  readonly version: number;
  /** The stages whose results it reads. */
  readonly needs: readonly string[];
  /** Brings its results up to date with the change; pure but for what it writes through the context. */
  update(ctx: CorpusContext, change: CorpusChange): CorpusReport;
}
