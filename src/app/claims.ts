/**
 * The stored claims and conflicts, for the commands that read them alone (`check`): read from what the
 * claims stage keeps (src/corpus/claims/views.ts), never computed here, and without loading the
 * entities, quotes and events readers.
 */
import { claimReportOf, claimResultsOf } from '../corpus/claims/views.ts';
import type { CrossCheckResult } from '../corpus/claims/types.ts';
import type { CorpusStore } from '../corpus/port.ts';

/** The stored claims and conflicts alone. */
export function corpusClaims(store: CorpusStore): CrossCheckResult {
  return claimResultsOf(store.items('claims'));
}

/**
 * The stored claims and conflicts as the Markdown report reads them: evidence it does not quote carries no
 * words (`claimReportOf`), so that a large store is read at once.
 */
export function corpusClaimReport(store: CorpusStore): CrossCheckResult {
  return claimReportOf(store.items('claims'));
}
