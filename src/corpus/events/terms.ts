/**
 * What the event clustering reads of an article: its content stems and the entities it names, the
 * lead (headline and first sentences) weighted up because it says which event the article is about.
 */
import type { Article } from '../../article/types.ts';
import { nameKey, surnameKeys } from '../../stages/entities/index.ts';
import { transliterationKey } from '../aliases/names.ts';

/**
 * An entity's term, from the article alone: a person's surname as its other spellings share it
 * ("zelensky" for Zelensky and Zelenskyy), else the name. Not the corpus entity's name: that changes as
 * articles arrive, and an article clustered earlier would then hold another term than one clustered
 * later for the same person, so the events would depend on the batches the store was built in.
 */
export function entityTerm(type: string, name: string): string {
  return type === 'person' ? transliterationKey(surnameKeys(name).at(-1)!) : nameKey(name);
}
import { isContent, stem, words } from '../copies/words.ts';

/**
 * Defaults: how many sentences make the lead, how much more a lead word counts, and how much more
 * the month of a date the article mentions counts (two happenings of one kind differ in their dates).
 */
export const TERM_DEFAULTS = { leadSentences: 3, leadWeight: 3, monthWeight: 3 };

/** Prefix of entity terms, so "e:donald trump" never meets the word "trump". */
export const ENTITY_PREFIX = 'e:';

/** Prefix of the month terms of the dates an article mentions ("t:2012-07"). */
export const MONTH_PREFIX = 't:';

/** One article as the clustering reads it. */
export interface ClusterInput {
  id: string;
  text: string;
  title?: string;
  /** ISO date (or date-time) of publication, when known. */
  published?: string;
  sentences: readonly { start: number; end: number }[];
  /** The typed entities it mentions: a key that is the same across articles, and where. */
  entities: readonly { key: string; start: number }[];
  /** The months (YYYY-MM) of the dates it mentions, resolved by the dates stage, and where. */
  months?: readonly { month: string; start: number }[];
}

/** A sparse term vector: term → weight. */
export type TermVector = Map<string, number>;

/** The clustering input of a stored article: text, sentences, date and the terms of its typed entities. */
export function clusterInput(article: Article): ClusterInput {
  const annotation = article.annotations.entities;
  const entities: { key: string; start: number }[] = [];
  for (const m of annotation?.mentions ?? []) {
    const cluster = annotation?.clusters[m.cluster];
    if (!cluster || cluster.type === 'unknown') continue;
    entities.push({ key: entityTerm(cluster.type, cluster.name), start: m.start });
  }
  const months = (article.annotations.dates ?? [])
    .filter((d) => d.kind === 'date' && /^\d{4}-\d{2}/.test(d.value))
    .map((d) => ({ month: d.value.slice(0, 7), start: d.start }));
  return {
    id: article.id,
    text: article.text,
    title: article.meta.title,
    published: article.meta.published,
    sentences: article.annotations.sentences ?? [],
    entities,
    months,
  };
}

/** A line that is a web address (a "Source link" line a crawler kept): words of it say nothing of the event. */
const LINK_LINE = /^[ \t]*https?\s*:.*$/gim;

/** The spans of link lines in a text. */
function linkLines(text: string): { start: number; end: number }[] {
  return [...text.matchAll(LINK_LINE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Where the lead ends: after the first few sentences that are not links (the whole text when it has none). */
function leadEnd(input: ClusterInput, links: { start: number; end: number }[], options: typeof TERM_DEFAULTS): number {
  const prose = input.sentences.filter((s) => !links.some((l) => s.start >= l.start && s.start < l.end));
  if (!prose.length) return input.text.length;
  return prose[Math.min(options.leadSentences, prose.length) - 1]!.end;
}

/**
 * The article's term vector: each content stem and entity key weighted by its count (lead words
 * counted `leadWeight` times), damped as 1 + ln(count) so one repeated word does not rule the article.
 */
export function articleTerms(input: ClusterInput, options = TERM_DEFAULTS): TermVector {
  const links = linkLines(input.text);
  const end = leadEnd(input, links, options);
  const counts: TermVector = new Map();
  const add = (term: string, at: number) =>
    counts.set(term, (counts.get(term) ?? 0) + (at < end ? options.leadWeight : 1));
  const inLink = (at: number) => links.some((l) => at >= l.start && at < l.end);
  for (const w of words(input.text)) if (isContent(w.text) && !inLink(w.start)) add(stem(w.text), w.start);
  for (const e of input.entities) add(ENTITY_PREFIX + e.key, e.start);
  for (const d of input.months ?? []) add(MONTH_PREFIX + d.month, d.start);
  for (const [t, c] of counts) {
    counts.set(t, (t.startsWith(MONTH_PREFIX) ? options.monthWeight : 1) * (1 + Math.log(c)));
  }
  return counts;
}

/** The terms of a short text (a title), unweighted. */
export function titleTerms(text: string): TermVector {
  const out: TermVector = new Map();
  for (const w of words(text)) if (isContent(w.text)) out.set(stem(w.text), 1);
  return out;
}
