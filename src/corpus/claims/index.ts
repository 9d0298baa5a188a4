/**
 * The cross-check (corpus stage): claims from the annotated articles — quantities, roles, statements —
 * matched across articles, each with its status (corroborated by ≥ 2 independent sources, single-source,
 * contested) and the conflicts between them, each explained in one sentence with both sides' evidence.
 * Pure: it reads its input and returns claims and conflicts.
 */
import { createHash } from 'node:crypto';
import { normaliseForId } from '../../pipeline/runner.ts';
import { memoryItems } from '../items.ts';
import { entityLookup, quoteId } from '../quotes/index.ts';
import { ClaimResolver, contributions, type ClaimEnvironment } from './incremental.ts';
import { claimResultsOf } from './views.ts';
import type { ClaimArticle, CrossCheckInput, CrossCheckOptions, CrossCheckResult } from './types.ts';

export type * from './types.ts';
export { renderMarkdown, REPORT_ALL, REPORT_DEFAULTS } from './report.ts';
export { claimArticles } from './inputs.ts';
export { exportClaims } from './export.ts';
export { bySalience, isEstablished, salience, SALIENCE_DEFAULTS } from './salience.ts';
export { FACT_DEFAULTS, matchFacts } from './facts.ts';

/** Defaults: a hedged value ("about 1,900") agrees with values within 5 % of it. */
export const CROSS_CHECK_DEFAULTS: CrossCheckOptions = { approxTolerance: 0.05 };

/**
 * The cross-check over articles in memory: claims with their status, and conflicts. The same work as
 * the incremental stage (incremental.ts) does on the store.
 */
export function crossCheck(input: CrossCheckInput, options: Partial<CrossCheckOptions> = {}): CrossCheckResult {
  const settings = { ...CROSS_CHECK_DEFAULTS, ...options };
  const articles = [...input.articles].sort((a, b) => (a.id < b.id ? -1 : 1));
  // Exact duplicates (a verbatim copy on another site) count as the first of them, whatever else is known.
  const firstByText = new Map<string, ClaimArticle>();
  const first = new Map<string, ClaimArticle>();
  for (const a of input.articles) {
    const hash = createHash('sha256').update(normaliseForId(a.text)).digest('hex');
    if (!firstByText.has(hash)) firstByText.set(hash, a);
    first.set(a.id, firstByText.get(hash)!);
  }
  const lookup = entityLookup(
    input.articles.map((a) => ({ article: a.id, entities: a.entities })),
    input.entities,
  );
  const byId = new Map(input.entities.map((e) => [e.id, e]));
  const records = new Map((input.quotes?.quotes ?? []).map((q) => [q.id, q]));
  const statements = new Map((input.quotes?.statements ?? []).map((st) => [st.id, st]));
  const variants = new Map(
    (input.quotes?.quoteVariants ?? []).flatMap((v) => v.statements.map((id) => [id, v.statements] as const)),
  );
  const env: ClaimEnvironment = {
    entityOf: (article, cluster) => {
      const id = lookup(article, cluster);
      const e = id ? byId.get(id) : undefined;
      return e ? { id: e.id, name: e.name, type: e.type } : undefined;
    },
    entityName: (id) => byId.get(id)?.name,
    storyOf: (article) => settings.storyOf?.(article),
    // In memory, facts are matched within a story (the whole input when no story is given).
    eventOf: (article) => settings.storyOf?.(article) ?? '',
    groupSource: (article) => {
      const f = first.get(article)!;
      return settings.sourceGroup?.(f.id) ?? (f.id !== article ? (f.outlet ?? f.id) : undefined);
    },
    statement: (id) => {
      const st = statements.get(id);
      if (!st) return undefined;
      const quotes = st.quotes
        .map((q) => records.get(q))
        .filter((q) => q !== undefined)
        .map((q) => ({ article: q.article, id: q.id, kind: q.kind }));
      const variant = variants.get(id);
      return {
        speaker: st.speaker,
        text: st.text,
        ...(st.hearer ? { hearer: st.hearer } : {}),
        direct: quotes.some((q) => q.kind !== 'indirect'),
        quotes,
        ...(variant ? { variant } : {}),
      };
    },
    statementOfQuote: (_article, quote) => records.get(quote)?.statement,
  };
  const items = memoryItems();
  const resolver = new ClaimResolver(items, env, settings);
  for (const a of articles)
    resolver.setArticle(
      a.id,
      contributions(a, (q) => quoteId(a.id, q)),
    );
  for (const id of statements.keys()) resolver.touchStatement(id);
  resolver.resolve();
  return claimResultsOf(items);
}
