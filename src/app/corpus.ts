/**
 * The corpus results for the commands: brought up to date by every command that writes (the runner of
 * src/corpus), read by every command that shows them. A store an older version wrote (or whose last
 * write was interrupted before its results were brought up to date) is brought up to date once, with
 * a note.
 */
import { spellingsOf } from '../corpus/aliases/index.ts';
import { freshness, refreshCorpus, type RefreshReport } from '../corpus/runner.ts';
import { readClaimReport, readClaims, readCorpus, type CorpusResults } from '../corpus/results.ts';
import type { CrossCheckResult } from '../corpus/claims/types.ts';
import type { Store } from '../store/index.ts';

export type { CorpusResults } from '../corpus/results.ts';

/** Brings the corpus results of a store up to date; `note` hears why, when it is not a plain update. */
export function updateCorpus(store: Store, note?: (text: string) => void): RefreshReport {
  const older = store.writtenByOlderVersion() || freshness(store).outdated.some((s) => store.stageState(s));
  if (note && older)
    note(`note: ${store.label}: an older version wrote its corpus results: computing them again (once)`);
  return refreshCorpus(store);
}

/** Makes sure a store about to be read has fresh results (see above); a fresh store is not written. */
export function ensureFresh(store: Store, note: (text: string) => void): void {
  const state = freshness(store);
  if (!state.outdated.length && !state.behind.length) return;
  if (state.behind.length && !state.outdated.length)
    note(
      `note: ${store.label}: ${state.behind.join(', ')} behind the stored articles (an interrupted or running write): bringing them up to date`,
    );
  updateCorpus(store, note);
}

/**
 * Whether articles are stored that the corpus results do not reflect yet: a write is under way (or was
 * interrupted before it brought them up to date).
 */
export function resultsBehind(store: Store): boolean {
  const state = freshness(store);
  return state.behind.length > 0 && !state.outdated.length;
}

/** The stored corpus results (of some articles: see `readCorpus`). */
export function corpusResults(store: Store, articles?: readonly string[]): CorpusResults {
  return readCorpus(store, articles);
}

/** The stored claims and conflicts alone. */
export function corpusClaims(store: Store): CrossCheckResult {
  return readClaims(store);
}

/** The stored claims and conflicts as the Markdown report reads them (see `readClaimReport`). */
export function corpusClaimReport(store: Store): CrossCheckResult {
  return readClaimReport(store);
}

/**
 * The other spellings of the name a search query is ("Witkoff": "Whitcoff", "Steve Witkoff" …), from the
 * entities of the corpus, so that a search for one finds the articles that write another; none for a
 * query that names no entity, or asks for a prefix.
 */
export function querySpellings(store: Store, query: string): string[] {
  if (query.includes('*')) return [];
  // As many words as the query has, from the end: "Velenko" is also "Velenco" of "Dariusz Velenco".
  const n = query.trim().split(/\s+/).length;
  const spellings = spellingsOf(store.items('aliases'), query.trim()).map((a) => a.split(/\s+/).slice(-n).join(' '));
  return [...new Set(spellings)];
}
