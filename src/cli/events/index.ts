import { findEvent, listEvents, type EventSummary } from '../../corpus/events/read.ts';
import { independenceGroups, sourceLabel } from '../../corpus/sources.ts';
import { NotFoundError, UsageError } from '../../errors.ts';
import type { Store } from '../../store/index.ts';
import { openExistingStore, parse, type Command, type Io } from '../shared.ts';

const groupOf = (store: Store) => independenceGroups(store.clusters()).groupOf;
const listCopies = (store: Store) => store.clusters().pairs();

/** "2026-03-11 – 2026-03-13", one day, or nothing when no article is dated. */
function dates(e: EventSummary): string {
  if (!e.firstDate) return 'undated';
  return e.firstDate === e.lastDate ? e.firstDate : `${e.firstDate} – ${e.lastDate}`;
}

/** How many independent sources an event's articles are (copies and rewrites count once). */
function sources(e: EventSummary, groups: Map<string, string>): number {
  return new Set(e.articles.map((a) => groups.get(a) ?? a)).size;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The one-line summary of an event. */
function line(e: EventSummary, groups: Map<string, string>): string {
  const independent = sources(e, groups);
  const count =
    independent === e.articles.length
      ? plural(e.articles.length, 'article')
      : `${plural(e.articles.length, 'article')} (${independent} independent)`;
  return `${e.id.padEnd(7)} ${dates(e).padEnd(25)} ${count.padEnd(26)} ${e.title}`;
}

/** Prints the events storyline by storyline, in time order. */
function printEvents(store: Store, io: Io): void {
  const events = listEvents(store.clusters());
  if (!events.length) {
    io.out('No events (no articles analysed).');
    return;
  }
  const groups = groupOf(store);
  let storyline = '';
  for (const e of events) {
    if (e.storyline !== storyline) {
      storyline = e.storyline;
      const members = events.filter((x) => x.storyline === storyline);
      const articles = members.reduce((n, x) => n + x.articles.length, 0);
      io.out(`Storyline ${storyline} (${plural(members.length, 'event')}, ${plural(articles, 'article')})`);
    }
    io.out(`  ${line(e, groups)}`);
  }
  const copies = listCopies(store);
  if (copies.length) {
    const what = copies.length === 1 ? '1 copy or rewrite' : `${copies.length} copies or rewrites`;
    io.out(`${what} found ("triangulate event ID" shows an event's).`);
  }
}

/** Prints one event: its storyline neighbours, its articles oldest first, and the copies among them. */
function printEvent(store: Store, event: EventSummary, io: Io): void {
  const groups = groupOf(store);
  const storyline = listEvents(store.clusters()).filter((e) => e.storyline === event.storyline);
  const at = storyline.findIndex((e) => e.id === event.id);
  io.out(`${event.id}  ${event.title}`);
  io.out(
    `  ${dates(event)}; ${plural(event.articles.length, 'article')} from ${plural(sources(event, groups), 'independent source')}`,
  );
  io.out(`  storyline ${event.storyline}: event ${at + 1} of ${storyline.length}`);
  if (at > 0) io.out(`    before: ${line(storyline[at - 1]!, groups)}`);
  if (at < storyline.length - 1) io.out(`    after:  ${line(storyline[at + 1]!, groups)}`);
  io.out('  articles:');
  for (const id of event.articles) {
    const a = store.getArticle(id);
    const when = a.meta.published?.slice(0, 10) ?? 'undated';
    io.out(
      `    ${when.padEnd(10)}  ${(a.meta.outlet ?? sourceLabel(a.source.url, a.meta.title) ?? '?').padEnd(24)}  ${a.meta.title ?? '(no title)'}  [${id}]`,
    );
  }
  const members = new Set(event.articles);
  const copies = listCopies(store).filter((p) => members.has(p.articles[0]) || members.has(p.articles[1]));
  if (copies.length) {
    io.out('  copies and rewrites (source → derived):');
    for (const p of copies)
      io.out(`    ${p.kind.padEnd(7)} ${p.similarity.toFixed(2)}  ${p.articles[0]} → ${p.articles[1]}`);
  }
}

export const eventsCommand: Command = {
  name: 'events',
  help: `Usage: triangulate events [--storyline ID] [--json] [--db FILE]

Lists the events of the stored articles: articles reporting one real-world happening are one event,
with an extractive title (the headline closest to the event) and the dates of its articles. Events
of one story are a storyline, listed in time order. Articles copied or rewritten from another count
once as a source ("independent"). "triangulate event ID" shows one event.

Options:
  --storyline ID  only this storyline's events (st_…)
  --json          print JSON: events, copies and rewrites, independence groups
  --db FILE       database file (default: $TRIANGULATE_DB or ./triangulate.db)
  -h, --help      this help`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      storyline: { type: 'string' },
      json: { type: 'boolean' },
      db: { type: 'string' },
    });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    if (positionals.length)
      throw new UsageError(`unexpected "${positionals[0]}" (to show one event: triangulate event ID)`);
    const store = await openExistingStore(values.db, io);
    try {
      if (values.json) {
        // The events, copies and groups of one moment, whatever a writer commits meanwhile.
        const result = store.snapshot(() => ({
          events: listEvents(store.clusters()).filter((e) => !values.storyline || e.storyline === values.storyline),
          copies: listCopies(store),
          groups: independenceGroups(store.clusters()).groups,
        }));
        io.out(JSON.stringify(result, null, 2));
      } else if (values.storyline) {
        const events = listEvents(store.clusters()).filter((e) => e.storyline === values.storyline);
        if (!events.length) throw new NotFoundError(`no storyline ${values.storyline} (see "triangulate events")`);
        const groups = groupOf(store);
        for (const e of events) io.out(line(e, groups));
      } else {
        printEvents(store, io);
      }
      return 0;
    } finally {
      store.close();
    }
  },
};

export const eventCommand: Command = {
  name: 'event',
  help: `Usage: triangulate event ID [--json] [--db FILE]

Shows one event (ID as listed by "triangulate events", e.g. ev_3 or 3): its title and dates, where
it stands in its storyline, its articles oldest first, and the copies and rewrites among them.

Options:
  --json      print JSON
  --db FILE   database file (default: $TRIANGULATE_DB or ./triangulate.db)
  -h, --help  this help`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' }, db: { type: 'string' } });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('event takes one event id (see "triangulate events")');
    const store = await openExistingStore(values.db, io);
    try {
      const event = findEvent(listEvents(store.clusters()), positionals[0]!);
      if (values.json) {
        const members = new Set(event.articles);
        const copies = listCopies(store).filter((p) => members.has(p.articles[0]) || members.has(p.articles[1]));
        io.out(JSON.stringify({ ...event, copies }, null, 2));
      } else printEvent(store, event, io);
      return 0;
    } finally {
      store.close();
    }
  },
};
