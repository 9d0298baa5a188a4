/**
 * Bringing the corpus results up to date: what every command that writes runs (the runner of
 * src/corpus), and what a command that reads runs once on a store an older version wrote.
 */
import { freshness } from '../corpus/freshness.ts';
import { refreshCorpus, type RefreshReport } from '../corpus/runner.ts';
import type { Store } from '../store/index.ts';

/** Brings the corpus results of a store up to date; `note` hears why, when it is not a plain update. */
export function updateCorpus(store: Store, note?: (text: string) => void): RefreshReport {
  const older = store.writtenByOlderVersion() || freshness(store).outdated.some((s) => store.stageState(s));
  if (note && older)
    note(`note: ${store.label}: an older version wrote its corpus results: computing them again (once)`);
  return refreshCorpus(store);
}
