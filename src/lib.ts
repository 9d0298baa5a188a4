/**
 * Triangulate as a library: the entry points the command line uses, with typed results.
 *
 *   import { analyze, openStore, exportAs } from 'triangulate';
 *   const { document, report } = await analyze(['articles/'], { db: 'story.db' });
 *   for (const conflict of document.conflicts) console.log(conflict.explanation);
 *
 * Everything goes through a store (SQLite; a file, or ':memory:'), as with the command line: the
 * corpus results (entities merged across articles, statements, claims, conflicts, events) are the
 * store's, brought up to date after each write.
 */
import { corpusResults } from './app/corpus.ts';
import { updateCorpus } from './app/update.ts';
import { ingest, type IngestReport } from './app/ingest.ts';
import { buildExport, type ExportV1 } from './export/json.ts';
import { exporterOf, EXPORTERS, type ExportFile } from './export/registry.ts';
import { READ_DEFAULTS, type ReadOptions } from './read/index.ts';
import type { InputError } from './errors.ts';
import { Store } from './store/index.ts';

export { Store } from './store/index.ts';
export { READERS } from './read/index.ts';
export { EXPORTERS } from './export/registry.ts';
export { InputError, StoreError, UsageError } from './errors.ts';
export type { ExportV1, ExportedArticle, ExportedEntity, ExportedEvent } from './export/json.ts';
export type { ExportFile, Exporter } from './export/registry.ts';
export type { IngestReport, ArticleDigest } from './app/ingest.ts';
export type { ReadOptions } from './read/index.ts';
export type { WebOptions } from './read/web/options.ts';
export type { Article, ArticleMeta, SourceMeta } from './article/types.ts';
export type { Entity } from './corpus/aliases/index.ts';
export type { QuoteRecord, Statement, QuoteVariant } from './corpus/quotes/index.ts';
export type { Claim, Conflict, CrossCheckResult } from './corpus/claims/index.ts';

/** Opens (or creates) a store: a database file, or ':memory:'. Close it when done. */
export function openStore(file: string, options: { readonly?: boolean } = {}): Store {
  return Store.open(file, options);
}

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** The store to write to: a database file, ':memory:' (the default), or an open store (left open). */
  db?: string | Store;
  /** Limits of reading, and how URLs are fetched (`web`: private addresses, robots.txt, --since). */
  read?: Partial<ReadOptions>;
  /** Milliseconds one article may take through the stages (default 30 s). */
  budgetMs?: number;
  /** Hears each input that could not be read (or was read with a doubt) as soon as it is found. */
  onProblem?: (problem: InputError, severity: 'error' | 'warning' | 'note') => void;
  /** Stops reading once aborted; what is stored stays. */
  signal?: AbortSignal;
  /** Threads that analyse articles (default 1: the calling thread); the results are the same. */
  workers?: number;
}

/** What `analyze` gives: the JSON export of the articles read (docs/json-export.md) and the account of the reading. */
export interface AnalyzeResult {
  document: ExportV1;
  report: IngestReport;
}

/**
 * Reads the inputs (files, folders, URLs, feeds, sitemaps, web archives), runs every stage, stores the
 * articles and brings the corpus results up to date; gives the export of the articles read.
 */
export async function analyze(inputs: readonly string[], options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const own = typeof options.db !== 'object';
  const store = typeof options.db === 'object' ? options.db : Store.open(options.db ?? ':memory:');
  try {
    const report = await ingest(inputs, {
      store,
      read: { ...READ_DEFAULTS, ...options.read },
      keepArticles: true,
      ...(options.budgetMs ? { budgetMs: options.budgetMs } : {}),
      ...(options.onProblem ? { onProblem: options.onProblem } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.workers ? { workers: options.workers } : {}),
    });
    updateCorpus(store);
    const corpus = corpusResults(
      store,
      report.articles.map((a) => a.id),
    );
    return { document: buildExport(report.full ?? [], corpus), report };
  } finally {
    if (own) store.close();
  }
}

/** The JSON export of everything a store holds. */
export function exportStore(store: Store): ExportV1 {
  return buildExport(store.listArticles(), corpusResults(store));
}

/** Everything a store holds, in one of the export formats (`EXPORTERS`: json, csv, md, graphml, gexf, ftm). */
export function exportAs(store: Store, format: string): ExportFile[] {
  const exporter = exporterOf(format);
  if (!exporter) throw new Error(`no export format "${format}": one of ${EXPORTERS.map((e) => e.name).join(', ')}`);
  const corpus = corpusResults(store);
  return exporter.write({ document: buildExport(store.listArticles(), corpus), crossCheck: corpus.claims });
}
