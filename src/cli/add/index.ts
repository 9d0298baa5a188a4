import { updateCorpus } from '../../app/corpus.ts';
import { ingest, type IngestReport } from '../../app/ingest.ts';
import { ARTICLE_BUDGET_MS } from '../../pipeline/runner.ts';
import { READ_DEFAULTS } from '../../read/index.ts';
import { Store } from '../../store/index.ts';
import { UsageError } from '../../errors.ts';
import { progressReporter } from '../progress.ts';
import { dbPath, maxBytes, parse, seconds, type Command, type Io } from '../shared.ts';

/** Options shared by `add` and `analyze`. */
export const INGEST_OPTIONS = {
  db: { type: 'string' },
  'max-size': { type: 'string' },
  'time-budget': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

/**
 * Reads, analyses and stores the inputs, printing problems as they come and progress on long runs,
 * then brings the corpus results up to date with what was stored.
 */
export async function runIngest(
  paths: string[],
  values: { db?: string; 'max-size'?: string; 'time-budget'?: string; quiet?: boolean },
  io: Io,
  extra: { keepArticles?: boolean } = {},
): Promise<{ report: IngestReport; store: Store }> {
  if (paths.length === 0) throw new UsageError('no input given: name files or directories to read');
  const read = { ...READ_DEFAULTS, maxBytes: maxBytes(values['max-size'], READ_DEFAULTS.maxBytes) };
  const budgetMs = seconds(values['time-budget'], '--time-budget', ARTICLE_BUDGET_MS / 1000) * 1000;
  const store = Store.open(dbPath(values.db));
  const progress = progressReporter(values.quiet ? { ...io, interactive: false } : io);
  const report = await ingest(paths, {
    store,
    read,
    ...extra,
    budgetMs,
    onProgress: values.quiet ? undefined : (p) => progress.update(p),
    onProblem: (problem, severity) => {
      progress.done();
      io.err(`${severity}: ${problem.path}: ${problem.reason}`);
    },
  });
  progress.done();
  if (!values.quiet && io.interactive) io.err('bringing the corpus results up to date…');
  updateCorpus(store, io.err);
  return { report, store };
}

/** The one-line account of an ingest. */
export function ingestLine(report: IngestReport): string {
  const { added, updated, unchanged } = report.outcomes;
  const failed = report.failed.length;
  return (
    `${report.articles.length} article${report.articles.length === 1 ? '' : 's'} from ${report.files} file${report.files === 1 ? '' : 's'}` +
    ` (${added} new, ${updated} updated, ${unchanged} already stored)` +
    (failed ? `; ${failed} input${failed === 1 ? '' : 's'} could not be read` : '')
  );
}

export const add: Command = {
  name: 'add',
  help: `Usage: triangulate add PATH... [--db FILE] [--max-size MB] [--time-budget S] [--quiet]

Reads articles from files and directories (recursively) and stores them cleaned and annotated.
Inputs: .txt, .html/.htm, .jsonl/.json (records with "text" or "html" and optional "url", "title",
"published", "outlet"), any of them gzip-compressed; a sidecar <file>.meta.json gives the metadata
of a text or HTML file. An article already stored is not stored twice.

Options:
  --db FILE        database file (default: $TRIANGULATE_DB or ./triangulate.db)
  --max-size MB    refuse a single article larger than this (default: 16)
  --time-budget S  give up an article that takes longer than this to analyse (default: 30)
  -q, --quiet      no progress output
  -h, --help       this help

Exit code: 0 when every input was read, 1 when some could not be (each is named on stderr), 2 on a
usage error.`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, INGEST_OPTIONS);
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const { report, store } = await runIngest(positionals, values, io);
    io.out(`Stored ${ingestLine(report)}. Database: ${store.file} (${store.countArticles()} articles).`);
    store.close();
    return report.failed.length ? 1 : 0;
  },
};
