import type { Message } from '../article/message.ts';
import type { Article, RawInput } from '../article/types.ts';
import { InputError } from '../errors.ts';
import { inputKey } from './input-key.ts';
import { ARTICLE_BUDGET_MS, OverBudgetError, runPipeline } from '../pipeline/runner.ts';
import type { Stage } from '../pipeline/stage.ts';
import { articleStages } from '../pipeline/stages.ts';
import { listInputs, readFile, READ_DEFAULTS, type ReadOptions } from '../read/index.ts';
import type { SaveOutcome, Store } from '../store/index.ts';
import { PipelinePool } from './pool.ts';

/** Progress of a long ingest, reported after each file. */
export interface IngestProgress {
  filesDone: number;
  filesTotal: number;
  articles: number;
  failed: number;
  file: string;
}

/**
 * What a summary needs of one article read: kept instead of the article, so that an ingest of any
 * size holds no article in memory once it is stored.
 */
export interface ArticleDigest {
  id: string;
  path?: string;
  outlet?: string;
  language?: string;
  published?: string;
  sentences: number;
  removed: number;
  dates: number;
  /** Of its dates, those placed on the calendar: a date or time with no unknown part. */
  placed: number;
  /** Of those placed, the ones worked out from a reference date ("Friday", "last month"). */
  relative: number;
  /** Its warnings and errors (at most 10). */
  problems: Pick<Message, 'severity' | 'source' | 'reason'>[];
}

/** The digest of an article. */
export function digestOf(article: Article): ArticleDigest {
  const { annotations: a, meta } = article;
  const placed = (a.dates ?? []).filter(
    (d) => (d.kind === 'date' || d.kind === 'time') && /^\d{3}/.test(d.value) && !d.value.includes('X'),
  );
  return {
    id: article.id,
    ...(article.source.path ? { path: article.source.path } : {}),
    ...(meta.outlet ? { outlet: meta.outlet } : {}),
    ...(meta.language ? { language: meta.language } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    sentences: a.sentences?.length ?? 0,
    removed: a.removed?.length ?? 0,
    dates: a.dates?.length ?? 0,
    placed: placed.length,
    relative: placed.filter((d) => d.relative).length,
    problems: article.messages
      .filter((m) => m.severity !== 'info')
      .slice(0, 10)
      .map(({ severity, source, reason }) => ({ severity, source, reason })),
  };
}

/** What an ingest did. */
export interface IngestReport {
  files: number;
  /** Each distinct article read, as a digest. */
  articles: ArticleDigest[];
  /** The articles themselves, when asked for (`keepArticles`). */
  full?: Article[];
  outcomes: Record<SaveOutcome, number>;
  /** Inputs that could not be read: each names the file and the reason. */
  failed: InputError[];
  /** Inputs read, with a doubt (e.g. an unreadable metadata sidecar, malformed HTML). */
  warnings: InputError[];
  /** Inputs read, with something worth knowing (e.g. the legacy encoding they were read in). */
  notes: InputError[];
}

export interface IngestOptions {
  store: Store;
  stages?: readonly Stage[];
  read?: ReadOptions;
  onProgress?: (progress: IngestProgress) => void;
  /** Called as soon as a problem is found, so the user sees it while the run goes on. */
  onProblem?: (problem: InputError, severity: 'error' | 'warning' | 'note') => void;
  /** Keep the articles read in `full` (for an export of them); by default only digests are kept. */
  keepArticles?: boolean;
  /** Milliseconds one article may take through the stages (default `ARTICLE_BUDGET_MS`). */
  budgetMs?: number;
  /** Stops reading once aborted (Ctrl-C): what is stored stays, nothing is half-written. */
  signal?: AbortSignal;
  /**
   * When given, every input is read and analysed first, then this is awaited, then the articles are
   * stored in the order read (a worker waits here for the jobs before its own to be stored).
   */
  beforeSave?: () => Promise<void>;
  /**
   * Threads that run the per-article stages, this one included (default 1: this one alone). With more,
   * a large ingest uses that many cores; the articles, and what is stored, are the same. Only with the
   * default stages.
   */
  workers?: number;
  /** Inputs read on this thread before the pool's threads are started (default `POOL_AFTER`). */
  poolAfter?: number;
}

/** Inputs read on this thread before the threads of the pool are started: a small ingest starts none. */
export const POOL_AFTER = 24;

/**
 * Reads every input under the paths, runs the per-article stages and stores each article in its own
 * transaction. A bad input is reported and skipped; nothing already stored is touched by its failure.
 */
export async function ingest(paths: readonly string[], options: IngestOptions): Promise<IngestReport> {
  const stages = options.stages ?? articleStages();
  const report: IngestReport = {
    files: 0,
    articles: [],
    outcomes: { added: 0, updated: 0, unchanged: 0 },
    failed: [],
    warnings: [],
    notes: [],
  };
  const fail = (error: InputError): void => {
    report.failed.push(error);
    options.onProblem?.(error, 'error');
  };
  const { files, errors } = await listInputs(paths);
  errors.forEach(fail);
  const seen = new Set<string>();
  /** The saves kept for after `beforeSave`. */
  const later: (() => void)[] = [];
  const budgetMs = options.budgetMs ?? ARTICLE_BUDGET_MS;
  const threads = options.stages ? 1 : Math.max(1, Math.floor(options.workers ?? 1));
  let pool: PipelinePool | undefined;
  /** Inputs being analysed, in the order read: each is stored (or failed) in that order. */
  const pending: (
    | { where: string; input: RawInput; article: Promise<Article>; key?: string; stored?: boolean }
    | { fileDone: () => void }
  )[] = [];
  let read = 0;

  /** Stores the first pending article, or names why it could not be. */
  const settle = async (): Promise<void> => {
    const next = pending.shift()!;
    if ('fileDone' in next) {
      next.fileDone();
      return;
    }
    const { where, input, article: analysed, key, stored: known } = next;
    let article: Article;
    try {
      article = await analysed;
    } catch (error) {
      if (!(error instanceof OverBudgetError)) throw error;
      fail(new InputError(where, `${error.message} (see --time-budget)`));
      return;
    }
    if (!article.text.trim()) {
      fail(new InputError(where, 'no article text found (everything in it was site chrome or markup)'));
      return;
    }
    /** The article in the account, once. */
    const tell = () => {
      if (seen.has(article.id)) return;
      seen.add(article.id);
      report.articles.push(digestOf(article));
      if (options.keepArticles) (report.full ??= []).push(article);
    };
    // Read before, the same bytes the same way by the same program: as stored, nothing to write.
    if (known) {
      report.outcomes.unchanged++;
      tell();
      return;
    }
    const save = () => {
      const stored = options.store.storedDate(article.id);
      if (stored !== undefined && stored !== (article.meta.published ?? null)) {
        const note = new InputError(
          where,
          `same text as an article already stored with the date ${stored ?? '(none)'}; that date is kept (this reading's: ${article.meta.published ?? '(none)'})`,
        );
        report.notes.push(note);
        options.onProblem?.(note, 'note');
      }
      report.outcomes[options.store.saveArticle(article, input, key)]++;
      tell();
    };
    if (options.beforeSave) later.push(save);
    else save();
  };

  try {
    for (const [index, file] of files.entries()) {
      if (options.signal?.aborted) break;
      for await (const result of readFile(file, options.read ?? READ_DEFAULTS)) {
        if (options.signal?.aborted) break;
        if ('error' in result) {
          fail(result.error);
          continue;
        }
        for (const warning of result.warnings) {
          report.warnings.push(warning);
          options.onProblem?.(warning, 'warning');
        }
        for (const note of result.notes ?? []) {
          report.notes.push(note);
          options.onProblem?.(note, 'note');
        }
        const where = result.input.record ? `${file}:${result.input.record}` : file;
        const input = result.input;
        // An input read before as it is now is taken from the store (with the stages of the program only:
        // other stages make other articles).
        const key = options.stages ? undefined : inputKey(input);
        const known = key === undefined ? undefined : options.store.storedFrom(input.path, input.record ?? 0, key);
        if (known) {
          pending.push({ where, input, article: Promise.resolve(options.store.getArticle(known)), stored: true });
          while (pending.length > (pool ? threads * 4 : 0)) await settle();
          continue;
        }
        // This thread is one of the threads: the pool has the others, and this one makes an article
        // itself whenever the pool has four waiting for each of its threads. It first lets the
        // answers that came in be taken, so that the pool is given more while this thread works.
        if (threads > 1 && !pool && ++read > (options.poolAfter ?? POOL_AFTER)) pool = new PipelinePool(threads - 1);
        if (pool) await new Promise((resolve) => setImmediate(resolve));
        // On this thread, the article is made now (a failure is a rejected promise, settled below).
        const article =
          pool && pool.waiting < pool.size * 4
            ? pool.run(input, budgetMs)
            : (async () => runPipeline(input, stages, undefined, { budgetMs }))();
        // Its failure is taken when it is settled, in the order read, not before.
        article.catch(() => {});
        pending.push({ where, input, article, ...(key ? { key } : {}) });
        // A few inputs per thread in flight keep every thread busy; the rest wait to be read.
        while (pending.length > (pool ? threads * 4 : 0)) await settle();
      }
      // The file's progress is told once its articles are stored.
      pending.push({
        fileDone: () => {
          report.files = index + 1;
          options.onProgress?.({
            filesDone: index + 1,
            filesTotal: files.length,
            articles: report.articles.length,
            failed: report.failed.length,
            file,
          });
        },
      });
      while (pending.length > (pool ? threads * 4 : 0)) await settle();
    }
    while (pending.length) await settle();
  } finally {
    // Articles still being made when reading stopped on an error are not stored.
    pending.length = 0;
    await pool?.close();
  }
  if (options.beforeSave && later.length) {
    await options.beforeSave();
    for (const save of later) save();
  }
  return report;
}
