import type { Article } from '../article/types.ts';
import type { Provenance } from '../stages/provenance/index.ts';
import type { Entity } from '../corpus/aliases/index.ts';
import type { QuoteRecord, QuoteResults, QuoteVariant } from '../corpus/quotes/index.ts';
import { exportClaims, type CrossCheckResult } from '../corpus/claims/index.ts';
import type { CopyPair } from '../corpus/copies/index.ts';
import type { EventSummary } from '../corpus/events/read.ts';

/** The version of the JSON export contract (docs/json-export.md). Bumped when a field changes meaning. */
export const EXPORT_VERSION = 1;

/** One article as exported. */
export interface ExportedArticle {
  id: string;
  source: { path?: string; url?: string; record?: number };
  outlet?: string;
  title?: string;
  published?: string;
  byline?: string;
  language: string;
  text: string;
  removed?: { text: string; reason: string; ruleId: string; line?: number; language?: string }[];
  paragraphs: { start: number; end: number; kind: 'title' | 'heading' | 'paragraph'; language?: string }[];
  sentences: { start: number; end: number }[];
  messages: { reason: string; ruleId: string; source: string; severity: string }[];
  /** Where it comes from: its own reporting, a wire's story relayed, another outlet's copied, or analysis. */
  provenance?: Provenance;
}

/** One entity as exported: the corpus entity, its mentions and roles in the exported articles only. */
export type ExportedEntity = Entity;

/** The whole export, version 1. Arrays that later capabilities fill are present (and empty until then). */
export interface ExportV1 {
  version: 1;
  articles: ExportedArticle[];
  entities: ExportedEntity[];
  quotes: QuoteRecord[];
  dates: { article: string; start: number; end: number; text: string; value: string; granularity: string }[];
  claims: ReturnType<typeof exportClaims>['claims'];
  conflicts: ReturnType<typeof exportClaims>['conflicts'];
  quoteVariants: QuoteVariant[];
  events: ExportedEvent[];
  copies: CopyPair[];
}

/** One event as exported: its articles among the exported ones, oldest first. */
export interface ExportedEvent {
  id: string;
  title: string;
  /** Its first publication day (YYYY-MM-DD), when an article of it is dated. */
  date?: string;
  lastDate?: string;
  storyline: string;
  articles: string[];
}

/** One article as the export (and the HTTP API) carries it: metadata, cleaned text, removals, blocks, sentences. */
export function exportArticle(article: Article): ExportedArticle {
  const { annotations: a } = article;
  const languages = a.languages ?? [];
  return {
    id: article.id,
    source: pickDefined(article.source),
    ...pickDefined({
      outlet: article.meta.outlet,
      title: article.meta.title,
      published: article.meta.published,
      byline: article.meta.byline,
    }),
    language: article.meta.language ?? 'und',
    text: article.text,
    removed: (a.removed ?? []).map((r) => pickDefined({ ...r })),
    paragraphs: (a.paragraphs ?? []).map((p, i) => pickDefined({ ...p, language: languages[i]?.language })),
    sentences: (a.sentences ?? []).map(({ start, end }) => ({ start, end })),
    messages: article.messages.map(({ reason, ruleId, source, severity }) => ({ reason, ruleId, source, severity })),
    ...(a.provenance ? { provenance: a.provenance } : {}),
  };
}

/** What the corpus stages found, for the export. */
export interface CorpusForExport {
  entities?: readonly Entity[];
  quotes?: QuoteResults;
  claims?: CrossCheckResult;
  events?: readonly EventSummary[];
  copies?: readonly CopyPair[];
}

/** Builds the export document from articles and what the corpus stages found about them. */
export function buildExport(articles: readonly Article[], corpus: CorpusForExport = {}): ExportV1 {
  const ids = new Set(articles.map((a) => a.id));
  const entities: ExportedEntity[] = [];
  for (const e of corpus.entities ?? []) {
    const mentions = e.mentions.filter((m) => ids.has(m.article));
    if (!mentions.length) continue;
    const aliases = e.aliases.filter((alias) => mentions.some((m) => m.text === alias));
    entities.push({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: aliases.length ? aliases : e.aliases,
      mentions,
      roles: e.roles.filter((r) => ids.has(r.article)),
      merges: e.merges,
    });
  }
  const quotes = (corpus.quotes?.quotes ?? []).filter((q) => ids.has(q.article));
  const quoteIds = new Set(quotes.map((q) => q.id));
  // A variant is shown when at least two of its wordings are in the exported articles.
  const quoteVariants = (corpus.quotes?.quoteVariants ?? [])
    .map((v) => ({ ...v, quotes: v.quotes.filter((id) => quoteIds.has(id)) }))
    .filter((v) => new Set(quotes.filter((q) => v.quotes.includes(q.id)).map((q) => q.statement)).size > 1);
  return {
    version: EXPORT_VERSION,
    articles: articles.map(exportArticle),
    entities,
    quotes,
    dates: articles.flatMap((a) =>
      (a.annotations.dates ?? []).map((m) => ({
        article: a.id,
        start: m.start,
        end: m.end,
        text: m.text,
        value: m.value,
        granularity: m.granularity,
      })),
    ),
    ...claimsOf(corpus.claims, ids),
    quoteVariants,
    events: (corpus.events ?? []).flatMap((e) => {
      const members = e.articles.filter((id) => ids.has(id));
      if (!members.length) return [];
      return [
        {
          id: e.id,
          title: e.title,
          ...(e.firstDate ? { date: e.firstDate } : {}),
          ...(e.lastDate ? { lastDate: e.lastDate } : {}),
          storyline: e.storyline,
          articles: members,
        },
      ];
    }),
    copies: (corpus.copies ?? []).filter((p) => ids.has(p.articles[0]) && ids.has(p.articles[1])),
  };
}

/** Claims and conflicts with evidence in the exported articles (a conflict needs two sides there). */
function claimsOf(result: CrossCheckResult | undefined, ids: Set<string>): Pick<ExportV1, 'claims' | 'conflicts'> {
  if (!result) return { claims: [], conflicts: [] };
  const { claims, conflicts } = exportClaims(result);
  return {
    claims: claims
      .map((c) => ({ ...c, evidence: c.evidence.filter((e) => ids.has(e.article)) }))
      .filter((c) => c.evidence.length),
    conflicts: conflicts.filter((c) => c.evidence.filter((e) => ids.has(e.article)).length >= 2),
  };
}

function pickDefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
