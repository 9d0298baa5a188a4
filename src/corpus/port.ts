/**
 * The storage port of the corpus stages: what they (and the readers of their results) need from a
 * store, and nothing of how it stores it. `src/store/` implements it over SQLite; another backend is
 * another adapter of this interface.
 */
import type { Annotations, Article } from '../article/types.ts';
import type { Correction } from './aliases/resolve.ts';
import type { CopyPair } from './copies/index.ts';
import type { ClusterIndex } from './events/update.ts';
import type { ItemStore } from './items.ts';

/** What a corpus stage last did on a store: the store revision its results reflect, and its version. */
export interface StageState {
  revision: number;
  version: number;
}

/** Some annotations of one article, as the corpus stages read them (the text left on disk). */
export interface ArticleAnnotations<K extends keyof Annotations> {
  article: string;
  published?: string;
  annotations: Pick<Annotations, K>;
}

/** One event as stored by the clustering. */
export interface EventRow {
  id: number;
  storyline: number;
  size: number;
  firstDay?: number;
  lastDay?: number;
  title: string;
}

/** The clustering's storage: the index the clustering step reads and writes, and what it wrote. */
export interface ClusterStore extends ClusterIndex {
  /** Writes what the index keeps in memory since the last flush. */
  flush(): void;
  /** True when the article is in the index already. */
  clustered(article: string): boolean;
  /**
   * The events, and each event's articles oldest first (undated last, then in arrival order): of every
   * event, or only of those given.
   */
  events(only?: readonly number[]): { events: EventRow[]; members: Map<number, string[]> };
  /** Each clustered article's event (its number), in no order: cheaper than `events` when that is all. */
  eventOfArticles(): Map<string, number>;
  /** Copies and rewrites, most similar first. */
  pairs(): CopyPair[];
  /** Each clustered article's independence group, and the outlet of the group's original. */
  groups(): { article: string; group: string; outlet?: string }[];
  /** Where one article stands: its storyline and event, its independence group (its size, its original's outlet). */
  placeOf(
    article: string,
  ): { storyline: number; event: number; group: string; groupSize: number; groupOutlet?: string } | undefined;
  /** The articles already clustered whose event, storyline or group changed since the last call (and forgets them). */
  takeMoved(): string[];
}

/** What the corpus stages and the readers of their results need of a store. */
export interface CorpusStore {
  /** The store's revision: it grows with every article written and every correction made or undone. */
  revision(): number;
  /** The articles written (added or analysed again) after a revision, in arrival order (0: all). */
  articlesSince(revision: number): string[];
  /** Some annotations of some articles (all when `ids` is not given), in arrival order. */
  annotationsOf<K extends keyof Annotations>(keys: readonly K[], ids?: readonly string[]): ArticleAnnotations<K>[];
  /** Whole articles (all when `ids` is not given), in arrival order. */
  articles(ids?: readonly string[]): Article[];
  /** One whole article. */
  getArticle(id: string): Article;
  /** The hand corrections, in the order made. */
  listCorrections(): Correction[];
  stageState(stage: string): StageState | undefined;
  setStageState(stage: string, state: StageState): void;
  /** The items a stage keeps between runs (its own namespace). */
  items(stage: string): ItemStore;
  /** The clustering's index. */
  clusters(): ClusterStore;
  /** Empties the clustering's index (events, groups, copies, terms), to cluster every article anew. */
  resetClusters(): void;
  /** Runs the function in one transaction: everything it writes is kept, or nothing. */
  transaction<T>(fn: () => T): T;
}
