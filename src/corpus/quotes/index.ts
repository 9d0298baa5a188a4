import { createHash } from 'node:crypto';
import type { Article } from '../../article/types.ts';
import type { Entity } from '../aliases/index.ts';
import type { ArticleEntities } from '../../stages/entities/types.ts';
import type { Quote } from '../../stages/quotes/types.ts';
import { STATEMENT_STOPWORDS } from '../../locales/en/cues.ts';
import { memoryItems } from '../items.ts';
import { QuoteResolver, quoteResultsOf } from './incremental.ts';

/** What the quotes corpus stage reads of one article. */
export interface QuotesInput {
  article: string;
  quotes: readonly Quote[];
  entities: ArticleEntities;
  /** ISO date of publication, when known: variants are about the same moment. */
  published?: string;
}

/** One quote as the corpus reports it; `speaker` and `via` are corpus entity ids. */
export interface QuoteRecord {
  id: string;
  article: string;
  start: number;
  end: number;
  text: string;
  kind: Quote['kind'];
  speaker: string | null;
  speakerText?: string;
  cue?: string;
  via?: string[];
  /**
   * Who passed the words on, as the text names them, from the outlet back towards the speaker: every
   * go-between, also those that are no entity ("according to the indictment", "told an interviewer").
   */
  viaText?: string[];
  /** The one told, by name, as the text names them ("Mr. Credico"), when the words were told to someone. */
  hearer?: string;
  /** The statement (one wording, possibly in several articles) this quote belongs to. */
  statement: string;
}

/** One statement: the same words of one speaker, in one or more articles. */
export interface Statement {
  id: string;
  speaker: string | null;
  text: string;
  /** The one told, by name, when the words were told to someone ("Mr. Credico"). */
  hearer?: string;
  quotes: string[];
  articles: string[];
}

/** Statements of one speaker about one moment, worded differently: what a rewrite changed. */
export interface QuoteVariant {
  speaker: string;
  statements: string[];
  /** Every quote of those statements. */
  quotes: string[];
  /** The wording of each side, in the order of `statements`. */
  wordings: string[];
  /** How alike the wordings are (Dice over content words, 0–1). */
  similarity: number;
}

/** The result: quotes with entity speakers, statements, and variants. */
export interface QuoteResults {
  quotes: QuoteRecord[];
  statements: Statement[];
  quoteVariants: QuoteVariant[];
}

/** Defaults: how alike two wordings must be, in shared content words and Dice, and how far apart in days. */
export const QUOTE_VARIANT_DEFAULTS = { minShared: 3, minDice: 0.45, maxDays: 3, minWords: 4 };

/** The input of the stage from analysed articles (their `entities` and `quotes` annotations). */
export function quoteInputs(articles: readonly Article[]): QuotesInput[] {
  return articles
    .filter((a) => a.annotations.entities)
    .map((a) => ({
      article: a.id,
      quotes: (a.annotations as { quotes?: Quote[] }).quotes ?? [],
      entities: a.annotations.entities!,
      ...(a.meta.published ? { published: a.meta.published } : {}),
    }));
}

/** (article, cluster) → corpus entity id, read from the mentions each entity lists. */
export function entityLookup(
  inputs: readonly { article: string; entities: ArticleEntities }[],
  entities: readonly Entity[],
): (article: string, cluster: number | undefined) => string | undefined {
  const byMention = new Map<string, string>();
  for (const e of entities) for (const m of e.mentions) byMention.set(`${m.article}:${m.start}:${m.end}`, e.id);
  const byCluster = new Map<string, string>();
  for (const { article, entities: local } of inputs) {
    for (const m of local.mentions) {
      const id = byMention.get(`${article}:${m.start}:${m.end}`);
      if (id && !byCluster.has(`${article}:${m.cluster}`)) byCluster.set(`${article}:${m.cluster}`, id);
    }
  }
  return (article, cluster) => (cluster === undefined ? undefined : byCluster.get(`${article}:${cluster}`));
}

/** A stable id for a quote: its article and place. */
export function quoteId(article: string, q: Quote): string {
  return `q_${createHash('sha256').update(`${article}\u0000${q.start}\u0000${q.end}`).digest('hex').slice(0, 12)}`;
}

/** The quoted words of a quote: inside its marks (a mixed quote: its quoted parts), lower case, letters only. */
export function quotedWords(q: Quote): string[] {
  const parts = q.kind === 'mixed' ? (q.text.match(/["“„«][^"“”„«»]*["”»]?/g) ?? [q.text]) : [q.text];
  return parts.flatMap(
    (p) =>
      p
        .toLowerCase()
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
}

/** The content words of a wording, for comparing two wordings of one statement. */
export function contentWords(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => !STATEMENT_STOPWORDS.has(w) && w.length > 1));
}

/** True when `inner` occurs inside `outer` word for word (a partial quote of a longer one). */
export function contains(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length > outer.length) return false;
  const text = ` ${outer.join(' ')} `;
  return text.includes(` ${inner.join(' ')} `);
}

/** Dice similarity of two sets, and how many members they share. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): { shared: number; score: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return { shared, score: a.size + b.size ? (2 * shared) / (a.size + b.size) : 0 };
}

/** Days between two ISO dates; 0 when either is unknown. */
export function daysApart(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  const d = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return Number.isFinite(d) ? d : 0;
}

/**
 * The quotes corpus stage over articles in memory: every quote with its speaker as a corpus entity; the
 * same words in several articles as one statement (a verbatim copy adds a source, not a variant); and
 * statements of one speaker, about the same moment, worded differently, as variants. Pure; the same
 * work as the incremental stage (incremental.ts) does on the store.
 */
export function resolveQuotes(
  inputs: readonly QuotesInput[],
  entityOf: (article: string, cluster: number | undefined) => string | undefined,
  options = QUOTE_VARIANT_DEFAULTS,
): QuoteResults {
  const items = memoryItems();
  const resolver = new QuoteResolver(items, entityOf, options);
  for (const input of inputs)
    resolver.setArticle({
      article: input.article,
      quotes: input.quotes,
      ...(input.published ? { published: input.published } : {}),
    });
  resolver.resolve();
  return quoteResultsOf(
    items,
    inputs.map((i) => i.article),
    entityOf,
  );
}
