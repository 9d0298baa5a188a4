import { existsSync, rmSync } from 'node:fs';
import { updateCorpus } from '../../app/update.ts';
import { ingest, type IngestReport } from '../../app/ingest.ts';
import { defaultWorkers } from '../../app/pool.ts';
import { ARTICLE_BUDGET_MS } from '../../pipeline/runner.ts';
import { READ_DEFAULTS, type ReadOptions } from '../../read/index.ts';
import { FETCH_DEFAULTS } from '../../read/web/fetch.ts';
import { isPostgresAddress, Store } from '../../store/index.ts';
import { UsageError } from '../../errors.ts';
import { progressReporter } from '../progress.ts';
import { count, dbPath, maxBytes, parse, seconds, type Command, type Io } from '../shared.ts';

/** Options shared by `add` and `analyze`. */
export const INGEST_OPTIONS = {
  db: { type: 'string' },
  'max-size': { type: 'string' },
  'time-budget': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  feed: { type: 'string', multiple: true },
  since: { type: 'string' },
  'allow-private': { type: 'boolean' },
  timeout: { type: 'string' },
  workers: { type: 'string' },
} as const;

/** The flags of `add` and `analyze` as parsed. */
export interface IngestFlags {
  db?: string;
  'max-size'?: string;
  'time-budget'?: string;
  quiet?: boolean;
  feed?: string[];
  since?: string;
  'allow-private'?: boolean;
  timeout?: string;
  workers?: string;
}

/** The help lines of the flags every reading command shares. */
export const INGEST_HELP = `  --db FILE        database file (default: $TRIANGULATE_DB or ./triangulate.db)
  --max-size MB    refuse a single article (or fetched page) larger than this (default: 16)
  --time-budget S  give up an article that takes longer than this to analyse (default: 30)
  --feed URL       read a feed (RSS, Atom, JSON Feed); the same as giving its URL
  --since DAY      feed items and sitemap entries dated before this day (YYYY-MM-DD) are skipped
  --timeout S      give up a URL that has not answered whole within this time (default: 30)
  --allow-private  fetch from private, loopback and link-local addresses too (refused by default)
  --workers N      threads that analyse articles, this one included (default: the number of
                   cores, at most 8); the results are the same whatever the number
  -q, --quiet      no progress output
  -h, --help       this help`;

/** The inputs a user can give, for the help of add and analyze. */
export const INPUTS_HELP = `Inputs: files, directories (read recursively) and URLs:
  .txt, .html/.htm   one article (a sidecar FILE.meta.json may give url, title, published, outlet)
  .jsonl, .json      records {"text" or "html", "url", "title", "published", "outlet"}; a JSON Feed
  .warc(.gz)         a web archive: each HTML response, with its URI and capture date
  .rss, .atom, .xml  a feed or a sitemap saved as a file (.xml only when named, not in a directory)
  http(s)://…        a page, a feed or a sitemap (index), fetched; robots.txt is obeyed
Any file may be gzip-compressed (.gz). An article already stored is not stored twice, and a feed's
or sitemap's link to a stored article is not fetched again.`;

/**
 * What the reading flags ask for (checked: a usage error names a bad one): the per-article time
 * budget, and the read options for a store (URLs it holds are not fetched again).
 */
export function readingOptions(
  values: Pick<IngestFlags, 'max-size' | 'time-budget' | 'since' | 'allow-private' | 'timeout'>,
): { budgetMs: number; readWith: (store: Store) => ReadOptions } {
  if (values.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.since))
    throw new UsageError(`--since must be a day written YYYY-MM-DD, not "${values.since}"`);
  const timeoutMs = seconds(values.timeout, '--timeout', FETCH_DEFAULTS.timeoutMs / 1000) * 1000;
  const budgetMs = seconds(values['time-budget'], '--time-budget', ARTICLE_BUDGET_MS / 1000) * 1000;
  const size = maxBytes(values['max-size'], READ_DEFAULTS.maxBytes);
  return {
    budgetMs,
    readWith: (store) => ({
      ...READ_DEFAULTS,
      maxBytes: size,
      web: {
        fetch: { allowPrivate: values['allow-private'] === true, timeoutMs },
        ...(values.since ? { since: values.since } : {}),
        known: (url) => store.knowsUrl(url),
      },
    }),
  };
}

/**
 * Reads, analyses and stores the inputs, printing problems as they come and progress on long runs,
 * then brings the corpus results up to date with what was stored.
 */
export async function runIngest(
  paths: string[],
  values: IngestFlags,
  io: Io,
  extra: { keepArticles?: boolean } = {},
): Promise<{ report: IngestReport; store: Store; created: boolean }> {
  paths = [...paths, ...(values.feed ?? [])];
  if (paths.length === 0) throw new UsageError('no input given: name files, directories or URLs to read');
  const { budgetMs, readWith } = readingOptions(values);
  const workers = count(values.workers, '--workers', defaultWorkers());
  const file = dbPath(values.db);
  const created = !isPostgresAddress(file) && file !== ':memory:' && !existsSync(file);
  const store = Store.open(file);
  const read = readWith(store);
  const progress = progressReporter(values.quiet ? { ...io, interactive: false } : io);
  const report = await ingest(paths, {
    store,
    read,
    ...extra,
    budgetMs,
    workers,
    onProgress: values.quiet ? undefined : (p) => progress.update(p),
    onProblem: (problem, severity) => {
      progress.done();
      io.err(`${severity}: ${problem.path}: ${problem.reason}`);
    },
  });
  progress.done();
  if (!values.quiet && io.interactive) io.err('bringing the corpus results up to date…');
  updateCorpus(store, io.err);
  return { report, store, created };
}

/**
 * Closes the store of an ingest: what the database holds (`file` null when there is none) and a line
 * that says so. A database file the run created and stored nothing in (every input missing or
 * unreadable) is removed rather than left behind empty.
 */
export function closeIngest(store: Store, created: boolean): { file: string | null; articles: number; line: string } {
  const n = store.countArticles();
  store.close();
  if (created && n === 0) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${store.file}${suffix}`, { force: true });
    return { file: null, articles: 0, line: `none written (${store.file} was not created: nothing was stored)` };
  }
  return { file: store.file, articles: n, line: `${store.file} (${n} article${n === 1 ? '' : 's'})` };
}

/** The one-line account of an ingest. */
export function ingestLine(report: IngestReport): string {
  const { added, updated, unchanged } = report.outcomes;
  const failed = report.failed.length;
  // Records of a JSON Lines file are named "file:line": say how many files they are in when fewer (a URL's
  // ":8080" is its port, and it is one input of its own).
  const files = new Set(report.failed.map((e) => (e.path.includes('://') ? e.path : e.path.replace(/:\d+$/u, ''))))
    .size;
  const where = files < failed ? ` (in ${files} file${files === 1 ? '' : 's'})` : '';
  return (
    `${report.articles.length} article${report.articles.length === 1 ? '' : 's'} from ${report.files} file${report.files === 1 ? '' : 's'}` +
    ` (${added} new, ${updated} updated, ${unchanged} already stored)` +
    (failed ? `; ${failed} input${failed === 1 ? '' : 's'} could not be read${where}` : '')
  );
}

export const add: Command = {
  name: 'add',
  help: `Usage: triangulate add INPUT... [options]

Reads articles and stores them cleaned and annotated; the corpus results are brought up to date.

${INPUTS_HELP}

Options:
  --json           print the account as JSON: {inputs, articles, added, updated, unchanged, failed, …}
${INGEST_HELP}

Examples:
  triangulate add articles/ https://example.org/news/story.html
  triangulate add --feed https://example.org/rss.xml --since 2026-11-01

Exit code: 0 when every input was read, 1 when some could not be (each is named on stderr), 2 on a
usage error.`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, { ...INGEST_OPTIONS, json: { type: 'boolean' } });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const { report, store, created } = await runIngest(positionals, values, io);
    const database = closeIngest(store, created);
    if (values.json)
      io.out(
        JSON.stringify(
          {
            inputs: report.files,
            articles: report.articles.length,
            ...report.outcomes,
            failed: report.failed.map((e) => ({ input: e.path, reason: e.reason })),
            warnings: report.warnings.map((e) => ({ input: e.path, reason: e.reason })),
            database: database.file,
            stored: database.articles,
          },
          null,
          2,
        ),
      );
    else {
      const stored = report.outcomes.added + report.outcomes.updated;
      io.out(
        `${stored ? 'Stored' : 'Read'} ${ingestLine(report)}${stored ? '' : ': nothing new to store'}. Database: ${database.line}.`,
      );
    }
    return report.failed.length ? 1 : 0;
  },
};
