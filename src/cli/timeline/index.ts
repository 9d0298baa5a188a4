import type { Article } from '../../article/types.ts';
import { dateRange, type DateMention } from '../../stages/dates/index.ts';
import { openExistingStore, parse, type Command } from '../shared.ts';

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
function datesOf(article: Article): DateMention[] | undefined {
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

/** A sentence cut to a readable length. */
function clip(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** One source as "Outlet (2026-03-11)", or the title or id when there is no outlet. */
function sourceLabel(s: TimelineSource): string {
  const name = s.outlet ?? s.title ?? s.article;
  const date = s.published ? ` (${s.published.slice(0, 10)}${s.inferred ? ', inferred' : ''})` : '';
  return `${name}${date}`;
}

export const timeline: Command = {
  name: 'timeline',
  summary: 'dated sentences across the stored articles, in date order',
  help: `Usage: triangulate timeline [--json] [--db FILE]

Lists every sentence of the stored articles that names a date or a time ("on Friday", "March 10",
"last week"), in date order, with the date resolved against each article's publication date and the
articles that say it. A date that rests on a publication date read from the text is marked "inferred".

Options:
  --db FILE     database file (default: $TRIANGULATE_DB or ./triangulate.db)
  --json        print JSON: [{value, granularity, from, to, sentence, sources: [{article, outlet, …}]}]
  -h, --help    this help`,
  async run(argv, io) {
    const { values } = parse(argv, { db: { type: 'string' }, json: { type: 'boolean' } });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const store = openExistingStore(values.db);
    const articles = store.listArticles();
    store.close();
    const entries = buildTimeline(articles);
    if (values.json) {
      io.out(JSON.stringify(entries, null, 2));
      return 0;
    }
    if (entries.length === 0) {
      const analysed = articles.some((a) => datesOf(a) !== undefined);
      io.out(
        articles.length === 0
          ? 'No articles stored.'
          : analysed
            ? 'No dated sentences in the stored articles.'
            : 'No dates found: the stored articles were analysed without the dates stage; analyse them again.',
      );
      return 0;
    }
    for (const entry of entries) {
      const said = [...new Set(entry.sources.map((s) => `"${s.text}"`))].join(', ');
      io.out(`${entry.value.padEnd(16)} ${said} — ${entry.sources.map(sourceLabel).join('; ')}`);
      io.out(`    ${clip(entry.sentence)}`);
    }
    return 0;
  },
};
