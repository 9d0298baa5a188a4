/**
 * The timeline of the stored articles: dated sentences in date order, each with the articles that say
 * it. Used by `triangulate timeline` and the HTTP API.
 */
import type { Article } from '../article/types.ts';
import { dateRange, readableValue, type DateMention } from '../stages/dates/index.ts';

/** One article's mention of a date on the timeline. */
export interface TimelineSource {
  article: string;
  title?: string;
  outlet?: string;
  published?: string;
  /** The expression as written, and where it is in the article's text. */
  text: string;
  start: number;
  end: number;
  /** True when the article's own date, which the value was resolved against, was inferred. */
  inferred?: boolean;
}

/** A dated sentence: the date it names and every article that says it (copies say it more than once). */
export interface TimelineEntry {
  value: string;
  /** The value as a reader reads it ("1970s" for the decade "197", "2010-12-13 evening"). */
  label: string;
  granularity: string;
  /** First and last day the value covers (ISO dates), for ordering. */
  from: string;
  to: string;
  sentence: string;
  sources: TimelineSource[];
}

/** The sentence a mention is in, on one line. */
function sentenceOf(article: Article, mention: DateMention): string {
  const span = article.annotations.sentences?.[mention.sentence];
  const text = span ? article.text.slice(span.start, span.end) : mention.text;
  return text.replace(/\s+/g, ' ').trim();
}

/** The dates annotation of an article (present once the dates stage has run). */
export function datesOf(article: Article): DateMention[] | undefined {
  return (article.annotations as { dates?: DateMention[] }).dates;
}

/**
 * The timeline of the stored articles: every sentence with a date or time that has a place in the
 * calendar (not "now", not a duration), in date order; the same sentence with the same date from several
 * articles is one entry with several sources.
 */
export function buildTimeline(articles: readonly Article[]): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  for (const article of articles) {
    for (const mention of datesOf(article) ?? []) {
      if (mention.kind !== 'date' && mention.kind !== 'time') continue;
      const range = dateRange(mention.value);
      if (!range) continue;
      const sentence = sentenceOf(article, mention);
      const key = `${mention.value}\u0000${sentence}`;
      let entry = entries.get(key);
      if (!entry) {
        entry = {
          value: mention.value,
          label: readableValue(mention.value),
          granularity: mention.granularity,
          from: range.start,
          to: range.end,
          sentence,
          sources: [],
        };
        entries.set(key, entry);
      }
      if (entry.sources.some((s) => s.article === article.id && s.start === mention.start)) continue;
      entry.sources.push({
        article: article.id,
        title: article.meta.title,
        outlet: article.meta.outlet,
        published: article.meta.published,
        text: mention.text,
        start: mention.start,
        end: mention.end,
        inferred: mention.inferred,
      });
    }
  }
  return [...entries.values()].sort(
    (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.value.localeCompare(b.value),
  );
}
