/**
 * The corpus results for the commands that show them: read from what the corpus stages stored (brought
 * up to date by every command that writes: update.ts; made fresh before a read: fresh.ts), never
 * computed here. The claims alone: claims.ts.
 */
import { spellingsOf } from '../corpus/aliases/index.ts';
import { readCorpus, type CorpusResults } from '../corpus/results.ts';
import type { Store } from '../store/index.ts';

export type { CorpusResults } from '../corpus/results.ts';

/** The stored corpus results (of some articles: see `readCorpus`). */
export function corpusResults(store: Store, articles?: readonly string[]): CorpusResults {
  return readCorpus(store, articles);
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
