/**
 * The corpus results for the commands that show them: read from what the corpus stages stored (brought
 * up to date by every command that writes: update.ts; made fresh before a read: fresh.ts), never
 * computed here. The claims alone: claims.ts.
 */
import { spellingsOf } from '../corpus/aliases/index.ts';
import type { EntityItem } from '../corpus/aliases/resolve.ts';
import { editDistance } from '../edit-distance.ts';
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

/**
 * Names of the corpus's entities spelled close to a query that found nothing ("Zelenskiy": Volodymyr
 * Zelensky; "Hallowel": Piers Hallowell): each of the query's words against the words of every name and
 * alias, a few edits apart for its length; the closest first, at most `max`.
 */
export function namesNear(store: Store, query: string, max = 3): string[] {
  const words =
    query
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.filter((w) => w.length >= 4) ?? [];
  if (!words.length) return [];
  const found = new Map<string, number>();
  for (const [, entity] of store.items('aliases').scan('ent:')) {
    const { name, aliases } = entity as EntityItem;
    let best = Infinity;
    for (const alias of [name, ...aliases])
      for (const w of alias.toLowerCase().match(/\p{L}+/gu) ?? [])
        for (const q of words) {
          const d = editDistance(q, w);
          if (d > 0 && d <= Math.max(1, Math.floor(q.length / 4))) best = Math.min(best, d);
        }
    if (best < Infinity) found.set(name, Math.min(found.get(name) ?? Infinity, best));
  }
  return [...found]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([name]) => name);
}
