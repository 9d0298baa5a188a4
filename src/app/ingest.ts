import type { Message } from '../article/message.ts';
import type { Article } from '../article/types.ts';
import { InputError } from '../errors.ts';
import { ARTICLE_BUDGET_MS, OverBudgetError, runPipeline } from '../pipeline/runner.ts';
import type { Stage } from '../pipeline/stage.ts';
import { articleStages } from '../pipeline/stages.ts';
import { listInputs, readFile, READ_DEFAULTS, type ReadOptions } from '../read/index.ts';
import type { SaveOutcome, Store } from '../store/index.ts';

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
  /** Its warnings and errors (at most 10). */
  problems: Pick<Message, 'severity' | 'source' | 'reason'>[];
}

/** The digest of an article. */
export function digestOf(article: Article): ArticleDigest {
  const { annotations: a, meta } = article;
  return {
    id: article.id,
    ...(article.source.path ? { path: article.source.path } : {}),
    ...(meta.outlet ? { outlet: meta.outlet } : {}),
    ...(meta.language ? { language: meta.language } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    sentences: a.sentences?.length ?? 0,
    removed: a.removed?.length ?? 0,
    dates: a.dates?.length ?? 0,
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
}

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
      let article: Article;
      try {
        article = runPipeline(result.input, stages, undefined, { budgetMs: options.budgetMs ?? ARTICLE_BUDGET_MS });
      } catch (error) {
        if (!(error instanceof OverBudgetError)) throw error;
        fail(new InputError(where, `${error.message} (see --time-budget)`));
        continue;
      }
      if (!article.text.trim()) {
        fail(new InputError(where, 'no article text found (everything in it was site chrome or markup)'));
        continue;
      }
      const input = result.input;
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
        report.outcomes[options.store.saveArticle(article, input)]++;
        if (!seen.has(article.id)) {
          seen.add(article.id);
          report.articles.push(digestOf(article));
          if (options.keepArticles) (report.full ??= []).push(article);
        }
      };
      if (options.beforeSave) later.push(save);
      else save();
    }
    report.files = index + 1;
    options.onProgress?.({
      filesDone: index + 1,
      filesTotal: files.length,
      articles: report.articles.length,
      failed: report.failed.length,
      file,
    });
  }
  if (options.beforeSave && later.length) {
    await options.beforeSave();
    for (const save of later) save();
  }
  return report;
}
