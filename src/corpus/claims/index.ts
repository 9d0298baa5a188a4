/**
 * The cross-check (corpus stage): claims from the annotated articles — quantities, roles, statements —
 * matched across articles, each with its status (corroborated by ≥ 2 independent sources, single-source,
 * contested) and the conflicts between them, each explained in one sentence with both sides' evidence.
 * Pure: it reads its input and returns claims and conflicts.
 */
import { entityLookup } from '../quotes/index.ts';
import { quantityClaims } from './quantity.ts';
import { roleClaims } from './roles.ts';
import { sourceGroups } from './sources.ts';
import { statementClaims } from './statements.ts';
import type { ClaimArticle, CrossCheckInput, CrossCheckOptions, CrossCheckResult } from './types.ts';

export type * from './types.ts';
export { renderMarkdown, REPORT_DEFAULTS } from './report.ts';
export { claimArticles } from './inputs.ts';
export { exportClaims } from './export.ts';

/** Defaults: a hedged value ("about 1,900") agrees with values within 5 % of it. */
export const CROSS_CHECK_DEFAULTS: CrossCheckOptions = { approxTolerance: 0.05 };

/**
 * Who stands behind a span: the named speaker of the quote holding it ("The Financial Times … reported
 * that …"), so two outlets citing one origin count once; otherwise the article's source group.
 */
function sourceResolver(
  input: CrossCheckInput,
  groupOf: (article: string) => string,
): (article: ClaimArticle, span: { start: number; end: number }) => string {
  const entityOf = entityLookup(
    input.articles.map((a) => ({ article: a.id, entities: a.entities })),
    input.entities,
  );
  const names = new Map(input.entities.map((e) => [e.id, e.name]));
  return (article, span) => {
    const quote = article.quotes.find((q) => q.start <= span.start && span.end <= q.end && q.speaker);
    const speaker = quote ? entityOf(article.id, quote.speaker!.cluster) : undefined;
    return speaker ? `${names.get(speaker) ?? speaker}` : groupOf(article.id);
  };
}

/** The cross-check: claims with their status, and conflicts. */
export function crossCheck(input: CrossCheckInput, options: Partial<CrossCheckOptions> = {}): CrossCheckResult {
  const settings = { ...CROSS_CHECK_DEFAULTS, ...options };
  const groups = sourceGroups(input.articles, settings.sourceGroup);
  const groupOf = (article: string) => groups.get(article) ?? article;
  const byId = new Map(input.articles.map((a) => [a.id, a]));
  const quantities = quantityClaims(input.articles, sourceResolver(input, groupOf), settings);
  const roles = roleClaims(input.entities, byId, groupOf);
  const statements = input.quotes ? statementClaims(input.quotes, input.entities, byId, groupOf) : [];
  const claims = [...quantities.claims, ...roles.claims, ...statements];
  const conflicts = [...quantities.conflicts, ...roles.conflicts];
  const contested = new Set(conflicts.flatMap((c) => c.claims));
  for (const claim of claims) {
    claim.status = contested.has(claim.id) ? 'contested' : claim.sources.length >= 2 ? 'corroborated' : 'single-source';
  }
  return { claims, conflicts };
}
