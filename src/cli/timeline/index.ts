import { buildTimeline, datesOf, type TimelineSource } from '../../app/timeline.ts';
import { openExistingStore, parse, type Command } from '../shared.ts';

export { buildTimeline, type TimelineEntry, type TimelineSource } from '../../app/timeline.ts';

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
  help: `Usage: triangulate timeline [--json] [--db FILE]

Lists every sentence of the stored articles that names a date or a time ("on Friday", "March 10",
"last week"), in date order, with the date resolved against each article's publication date and the
articles that say it. A date that rests on a publication date read from the text is marked "inferred".

Options:
  --db FILE     database file (default: $TRIANGULATE_DB or ./triangulate.db)
  --json        print JSON: [{value, label, granularity, from, to, sentence, sources: [{article, outlet, …}]}]
  -h, --help    this help`,
  async run(argv, io) {
    const { values } = parse(argv, { db: { type: 'string' }, json: { type: 'boolean' } });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const store = await openExistingStore(values.db, io);
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
    // The dates in a column as wide as the widest ("2010-12-13 evening").
    const width = entries.reduce((w, e) => Math.max(w, e.label.length), 16);
    for (const entry of entries) {
      const said = [...new Set(entry.sources.map((s) => `"${s.text}"`))].join(', ');
      io.out(`${entry.label.padEnd(width)} ${said} — ${entry.sources.map(sourceLabel).join('; ')}`);
      io.out(`    ${clip(entry.sentence)}`);
    }
    return 0;
  },
};
