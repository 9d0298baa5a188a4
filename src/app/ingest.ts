import type { Article } from '../article/types.ts';
import { InputError } from '../errors.ts';
import { runPipeline } from '../pipeline/runner.ts';
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

/** What an ingest did. */
export interface IngestReport {
  files: number;
  articles: Article[];
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
  for (const [index, file] of files.entries()) {
    for await (const result of readFile(file, options.read ?? READ_DEFAULTS)) {
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
      const article = runPipeline(result.input, stages);
      if (!article.text.trim()) {
        const where = result.input.record ? `${file}:${result.input.record}` : file;
        fail(new InputError(where, 'no article text found (everything in it was site chrome or markup)'));
        continue;
      }
      report.outcomes[options.store.saveArticle(article, result.input)]++;
      if (!seen.has(article.id)) {
        seen.add(article.id);
        report.articles.push(article);
      }
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
  return report;
}
