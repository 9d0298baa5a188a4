import { setTimeout as sleep } from 'node:timers/promises';
import { updateCorpus } from '../../app/update.ts';
import { ingest } from '../../app/ingest.ts';
import { Store } from '../../store/index.ts';
import { UsageError } from '../../errors.ts';
import { readingOptions } from '../add/index.ts';
import { interruptSignal } from '../io.ts';
import { dbPath, parse, type Command } from '../shared.ts';

/** "30s", "15m", "2h" or a number of minutes, in milliseconds. */
export function interval(value: string | undefined, fallbackMinutes: number): number {
  if (value === undefined) return fallbackMinutes * 60_000;
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(value.trim());
  if (!m || Number(m[1]) <= 0) throw new UsageError(`--every must be a time like 30s, 15m or 2h, not "${value}"`);
  return Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 'm') as 's' | 'm' | 'h'];
}

function clock(): string {
  return new Date().toISOString().slice(0, 19).replace('T', ' ');
}

export const watch: Command = {
  name: 'watch',
  help: `Usage: triangulate watch FEED... [--every TIME] [--once] [options]

Reads feeds (RSS, Atom, JSON Feed; URLs or files) and sitemaps again and again, and adds what is new:
an item whose page is already stored is not fetched again. After each round that stored something,
the corpus results are brought up to date. Ctrl-C stops after the article being read; what is stored
stays.

Options:
  --every TIME     time between rounds: 30s, 15m, 2h (default: 15m)
  --once           one round, then stop (for cron and CI)
  --since DAY      items dated before this day (YYYY-MM-DD) are skipped
  --db FILE        database file (default: $TRIANGULATE_DB or ./triangulate.db)
  --max-size MB    refuse a single article larger than this (default: 16)
  --time-budget S  give up an article that takes longer than this to analyse (default: 30)
  --timeout S      give up a URL that has not answered whole within this time (default: 30)
  --allow-private  fetch from private, loopback and link-local addresses too
  -q, --quiet      only errors
  -h, --help       this help

Example:
  triangulate watch https://example.org/rss.xml https://example.org/sitemap.xml --every 10m

Exit code: 0 when stopped, 1 when the last round could not read some inputs, 2 on a usage error.`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      every: { type: 'string' },
      once: { type: 'boolean' },
      since: { type: 'string' },
      db: { type: 'string' },
      'max-size': { type: 'string' },
      'time-budget': { type: 'string' },
      timeout: { type: 'string' },
      'allow-private': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
    });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    if (!positionals.length) throw new UsageError('no feed given: name feeds or sitemaps (URLs or files) to watch');
    const every = interval(values.every, 15);
    const { budgetMs, readWith } = readingOptions(values);
    const signal = io.signal ?? interruptSignal();
    const store = Store.open(dbPath(values.db));
    const read = readWith(store);
    let failed = 0;
    try {
      for (let round = 1; !signal.aborted; round++) {
        const report = await ingest(positionals, {
          store,
          read,
          budgetMs,
          signal,
          onProblem: (problem, severity) => {
            if (severity === 'error' || !values.quiet) io.err(`${severity}: ${problem.path}: ${problem.reason}`);
          },
        });
        failed = report.failed.length;
        const added = report.outcomes.added + report.outcomes.updated;
        if (added) updateCorpus(store, io.err);
        if (!values.quiet)
          io.err(
            `${clock()} round ${round}: ${report.outcomes.added} new article${report.outcomes.added === 1 ? '' : 's'}` +
              `${failed ? `, ${failed} input${failed === 1 ? '' : 's'} could not be read` : ''}; ${store.countArticles()} stored`,
          );
        if (values.once || signal.aborted) break;
        try {
          await sleep(every, undefined, { signal });
        } catch {
          break; // stopped while waiting
        }
      }
    } finally {
      store.close();
    }
    if (signal.aborted && !values.quiet) io.err('stopped; what was stored is kept');
    return failed ? 1 : 0;
  },
};
