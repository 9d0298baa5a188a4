/**
 * Fresh results for the commands that read: a store whose results are those of its revision is read as
 * it is, without loading the corpus stages; one an older version wrote (or whose last write was
 * interrupted before its results were brought up to date) is brought up to date once, with a note.
 */
import { freshness } from '../corpus/freshness.ts';
import type { Store } from '../store/index.ts';

/** Makes sure a store about to be read has fresh results (see above); a fresh store is not written. */
export async function ensureFresh(store: Store, note: (text: string) => void): Promise<void> {
  const state = freshness(store);
  if (!state.outdated.length && !state.behind.length) return;
  if (state.behind.length && !state.outdated.length)
    note(
      `note: ${store.label}: ${state.behind.join(', ')} behind the stored articles (an interrupted or running write): bringing them up to date`,
    );
  const { updateCorpus } = await import('./update.ts');
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
