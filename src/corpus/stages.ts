/**
 * THE order of the corpus stages. Order here matters: each reads what the ones before it keep.
 * A new corpus stage is added here, and by name and version in versions.ts, the list a command that
 * reads checks a store against without loading the stages (a test holds the two the same;
 * docs/adding-a-corpus-stage.md).
 */
import { aliasesStage } from './aliases/stage.ts';
import { claimsStage } from './claims/stage.ts';
import { eventsStage } from './events/stage.ts';
import { quotesStage } from './quotes/stage.ts';
import type { CorpusStage } from './stage.ts';

/** The corpus stages, in the order they run. */
export function corpusStages(): CorpusStage[] {
  return [aliasesStage(), quotesStage(), eventsStage(), claimsStage()];
}
