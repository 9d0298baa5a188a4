import { createHash } from 'node:crypto';
import type { Article } from '../../article/types.ts';
import type { Entity } from '../aliases/index.ts';
import type { ArticleEntities } from '../../stages/entities/types.ts';
import type { Quote } from '../../stages/quotes/types.ts';
import { STATEMENT_STOPWORDS } from '../../locales/en/cues.ts';

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
  /** The statement (one wording, possibly in several articles) this quote belongs to. */
  statement: string;
}

/** One statement: the same words of one speaker, in one or more articles. */
export interface Statement {
  id: string;
  speaker: string | null;
  text: string;
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
function quoteId(article: string, q: Quote): string {
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
function contentWords(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => !STATEMENT_STOPWORDS.has(w) && w.length > 1));
}

/** True when `inner` occurs inside `outer` word for word (a partial quote of a longer one). */
function contains(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length > outer.length) return false;
  const text = ` ${outer.join(' ')} `;
  return text.includes(` ${inner.join(' ')} `);
}

/** Union–find over indices. */
function groups(size: number): { find: (i: number) => number; union: (a: number, b: number) => void } {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  return { find, union: (a, b) => void (parent[find(b)] = find(a)) };
}

/** The most frequent non-null value. */
function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/** Dice similarity of two sets, and how many members they share. */
function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): { shared: number; score: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return { shared, score: a.size + b.size ? (2 * shared) / (a.size + b.size) : 0 };
}

/** Days between two ISO dates; 0 when either is unknown. */
function daysApart(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  const d = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return Number.isFinite(d) ? d : 0;
}

/**
 * The quotes corpus stage: every quote with its speaker as a corpus entity; the same words in several
 * articles as one statement (a verbatim copy adds a source, not a variant); and statements of one
 * speaker, about the same moment, worded differently, as variants. Pure.
 */
export function resolveQuotes(
  inputs: readonly QuotesInput[],
  entityOf: (article: string, cluster: number | undefined) => string | undefined,
  options = QUOTE_VARIANT_DEFAULTS,
): QuoteResults {
  const records: QuoteRecord[] = [];
  const words: string[][] = [];
  const published: (string | undefined)[] = [];
  for (const input of inputs) {
    for (const q of input.quotes) {
      const via = (q.via ?? []).map((v) => entityOf(input.article, v.cluster)).filter((v): v is string => !!v);
      records.push({
        id: quoteId(input.article, q),
        article: input.article,
        start: q.start,
        end: q.end,
        text: q.text,
        kind: q.kind,
        speaker: entityOf(input.article, q.speaker?.cluster) ?? null,
        ...(q.speaker ? { speakerText: q.speaker.text } : {}),
        ...(q.cue ? { cue: q.cue.text } : {}),
        ...(via.length ? { via } : {}),
        statement: '',
      });
      words.push(quotedWords(q));
      published.push(input.published);
    }
  }
  const same = groups(records.length);
  const byKey = new Map<string, number>();
  records.forEach((r, i) => {
    const key = `${r.kind === 'indirect' ? 'i' : 'd'}:${words[i]!.join(' ')}`;
    if (byKey.has(key)) same.union(byKey.get(key)!, i);
    else byKey.set(key, i);
  });
  // A partial quote of a longer one by the same speaker is the same statement.
  records.forEach((r, i) => {
    if (r.kind === 'indirect' || words[i]!.length < options.minWords) return;
    records.forEach((o, j) => {
      if (i === j || o.kind === 'indirect' || (r.speaker && o.speaker && r.speaker !== o.speaker)) return;
      if (words[j]!.length > words[i]!.length && contains(words[j]!, words[i]!)) same.union(j, i);
    });
  });
  const statements = collectStatements(records, same.find);
  const quoteVariants = findVariants(statements, records, words, published, options);
  return { quotes: records, statements, quoteVariants };
}

/** Builds the statements from the groups and stamps each quote with its statement. */
function collectStatements(records: QuoteRecord[], find: (i: number) => number): Statement[] {
  const members = new Map<number, number[]>();
  records.forEach((_, i) => members.set(find(i), [...(members.get(find(i)) ?? []), i]));
  const out: Statement[] = [];
  for (const list of members.values()) {
    const quotes = list.map((i) => records[i]!);
    const longest = quotes.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const id = `s_${longest.id.slice(2)}`;
    for (const q of quotes) q.statement = id;
    out.push({
      id,
      speaker: mostCommon(quotes.map((q) => q.speaker)),
      text: longest.text,
      quotes: quotes.map((q) => q.id),
      articles: [...new Set(quotes.map((q) => q.article))],
    });
  }
  return out;
}

/** Variants: statements of one speaker, in different articles and days close together, worded alike but not the same. */
function findVariants(
  statements: readonly Statement[],
  records: readonly QuoteRecord[],
  words: readonly string[][],
  published: readonly (string | undefined)[],
  options: typeof QUOTE_VARIANT_DEFAULTS,
): QuoteVariant[] {
  const index = new Map(records.map((r, i) => [r.id, i]));
  const direct = statements.filter(
    (s) => s.speaker && s.quotes.some((q) => records[index.get(q)!]!.kind !== 'indirect'),
  );
  const first = (s: Statement) => index.get(s.quotes[0]!)!;
  const content = direct.map((s) => contentWords(words[first(s)]!));
  const linked = groups(direct.length);
  const links: [number, number, number][] = [];
  for (let a = 0; a < direct.length; a++) {
    for (let b = a + 1; b < direct.length; b++) {
      const sa = direct[a]!;
      const sb = direct[b]!;
      if (sa.speaker !== sb.speaker || sa.articles.every((x) => sb.articles.includes(x))) continue;
      if (daysApart(published[first(sa)], published[first(sb)]) > options.maxDays) continue;
      const { shared, score } = dice(content[a]!, content[b]!);
      if (shared < options.minShared || score < options.minDice) continue;
      linked.union(a, b);
      links.push([a, b, score]);
    }
  }
  const byGroup = new Map<number, number[]>();
  direct.forEach((_, i) => byGroup.set(linked.find(i), [...(byGroup.get(linked.find(i)) ?? []), i]));
  const out: QuoteVariant[] = [];
  for (const [root, list] of byGroup) {
    if (list.length < 2) continue;
    const similarity = Math.max(...links.filter(([a]) => linked.find(a) === root).map(([, , s]) => s));
    const sts = list.map((i) => direct[i]!);
    out.push({
      speaker: sts[0]!.speaker!,
      statements: sts.map((s) => s.id),
      quotes: sts.flatMap((s) => s.quotes),
      wordings: sts.map((s) => s.text),
      similarity: Number(similarity.toFixed(2)),
    });
  }
  return out;
}
