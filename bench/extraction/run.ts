/**
 * Extraction benchmark: scores HTML main-content extractors against hand-made gold text.
 *
 *   npx tsx bench/extraction/run.ts [--data DIR] [--extractor NAME] [--json FILE] [--worst N]
 *
 * Data: DIR/html/<id>.html.gz and DIR/ground-truth.json ({id: {articleBody, url}}).
 * Only the extraction call is timed for pages/s; reading and gunzip are reported apart.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractHtml } from '../../src/read/html/extract.ts';
import { defuddleText, readabilityText } from './baselines.ts';
import { scoreCorpus, scorePage, type PageScore } from './metric.ts';
import { loadPages, type Page } from './pages.ts';

/** Runs `fn` with console output muted (defuddle logs every malformed JSON-LD block it meets). */
function quietly<T>(fn: () => T): T {
  const saved = { log: console.log, warn: console.warn, error: console.error };
  console.log = console.warn = console.error = () => {};
  try {
    return fn();
  } finally {
    Object.assign(console, saved);
  }
}

/** Our extractor, the default. */
const ours = (html: string, url?: string): string => extractHtml(html, { url }).text;

/** Extractors that can be compared: each maps HTML (and URL) to plain text. */
const EXTRACTORS: Record<string, (html: string, url?: string) => string> = {
  triangulate: ours,
  custom: ours,
  readability: readabilityText,
  defuddle: (html, url) => quietly(() => defuddleText(html, url)),
};

interface Options {
  data: string;
  extractor: string;
  json?: string;
  worst: number;
}

/** Parses the command line; unknown flags are an error. */
function parseArgs(argv: string[]): Options {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const opts: Options = {
    data: path.resolve(repoRoot, '../shared/bench/extraction'),
    extractor: 'triangulate',
    worst: 0,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') {
      console.log(
        'usage: run.ts [--data DIR] [--extractor ' + Object.keys(EXTRACTORS).join('|') + '] [--json FILE] [--worst N]',
      );
      process.exit(0);
    }
    if (value === undefined) fail(`missing value for ${flag}`);
    if (flag === '--data') opts.data = path.resolve(value);
    else if (flag === '--extractor') opts.extractor = value;
    else if (flag === '--json') opts.json = path.resolve(value);
    else if (flag === '--worst') opts.worst = Number(value);
    else fail(`unknown option ${flag}`);
    i++;
  }
  if (!(opts.extractor in EXTRACTORS))
    fail(`unknown extractor ${opts.extractor}; one of ${Object.keys(EXTRACTORS).join(', ')}`);
  return opts;
}

/** Prints a message and exits with status 2 (bad usage or missing data). */
function fail(message: string): never {
  console.error(`bench/extraction: ${message}`);
  process.exit(2);
}

/** Runs the benchmark and prints (and optionally writes) the figures. */
function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const wallStart = performance.now();
  let pages: Page[] = [];
  try {
    pages = loadPages(opts.data);
  } catch (error) {
    fail((error as Error).message);
  }
  const loadMs = performance.now() - wallStart;
  const extract = EXTRACTORS[opts.extractor]!;
  let extractMs = 0;
  const perPage: (PageScore & { id: string; url: string; f1: number })[] = [];
  for (const page of pages) {
    const t0 = performance.now();
    const text = extract(page.html, page.url);
    extractMs += performance.now() - t0;
    const s = scorePage(text, page.gold);
    const f1 = s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
    perPage.push({ id: page.id, url: page.url, f1, ...s });
  }
  const corpus = scoreCorpus(perPage);
  const wallMs = performance.now() - wallStart;
  const pagesPerSecond = pages.length / (extractMs / 1000);
  console.log(`extractor   ${opts.extractor}`);
  console.log(`pages       ${corpus.pages}`);
  console.log(`precision   ${corpus.precision.toFixed(4)}`);
  console.log(`recall      ${corpus.recall.toFixed(4)}`);
  console.log(`F1          ${corpus.f1.toFixed(4)}`);
  console.log(`pages/s     ${pagesPerSecond.toFixed(1)} (extraction only, ${extractMs.toFixed(0)} ms)`);
  console.log(`wall time   ${(wallMs / 1000).toFixed(2)} s (of which reading+gunzip ${loadMs.toFixed(0)} ms)`);
  if (opts.worst > 0) {
    console.log(`\nworst ${opts.worst} pages (F1  P  R  id  url):`);
    const worst = [...perPage].sort((a, b) => a.f1 - b.f1).slice(0, opts.worst);
    for (const p of worst) {
      console.log(
        `  ${p.f1.toFixed(3)}  ${p.precision.toFixed(3)}  ${p.recall.toFixed(3)}  ${p.id.slice(0, 12)}  ${p.url}`,
      );
    }
  }
  if (opts.json) {
    const report = {
      extractor: opts.extractor,
      data: opts.data,
      ...corpus,
      pagesPerSecond,
      extractMs,
      loadMs,
      wallMs,
      perPage,
    };
    writeFileSync(opts.json, JSON.stringify(report, null, 2) + '\n');
  }
}

main();
