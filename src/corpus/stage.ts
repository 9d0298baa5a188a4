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

/**
 * Works through `list` in chunks of `size`, each with a fresh worker from `make`, finished by `done`:
 * what a stage takes in at once stays the size of a chunk (as with successive adds), not of the store.
 */
export function inChunks<T, W>(
  list: readonly T[],
  size: number,
  make: () => W,
  each: (worker: W, item: T) => void,
  done: (worker: W) => void,
): void {
  for (const part of slices(list, size)) {
    const worker = make();
    for (const item of part) each(worker, item);
    done(worker);
  }
}

/** A piece of work a chunk's worker takes in, and what it weighs against the chunk's size. */
export interface ChunkTask<W> {
  weight: number;
  run: (worker: W) => void;
}

/**
 * As `inChunks`, for tasks of different weights: each chunk takes tasks in order while their weights
 * add up to at most `size` (a task heavier than `size` is a chunk of its own). A small change is one
 * chunk, worked out once, whatever kinds of tasks it holds.
 */
export function inWeightedChunks<W>(
  tasks: readonly ChunkTask<W>[],
  size: number,
  make: () => W,
  done: (worker: W) => void,
): void {
  let worker: W | undefined;
  let load = 0;
  for (const task of tasks) {
    if (worker !== undefined && load + task.weight > size) {
      done(worker);
      worker = undefined;
    }
    if (worker === undefined) {
      worker = make();
      load = 0;
    }
    task.run(worker);
    load += task.weight;
  }
  if (worker !== undefined) done(worker);
}

/** The list cut into slices of `size`, in order. */
export function slices<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let from = 0; from < list.length; from += size) out.push(list.slice(from, from + size));
  return out;
}
