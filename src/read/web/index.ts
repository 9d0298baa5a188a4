/**
 * Reading from the web: a URL given is fetched (robots.txt obeyed, private addresses refused) and read
 * as what it turns out to be — a page, a feed (each item an article) or a sitemap (each page listed
 * read, indexes followed). Every failure is an error naming the URL; the run goes on.
 */
import { gunzipSync } from 'node:zlib';
import type { InputFormat } from '../../article/types.ts';
import { InputError } from '../../errors.ts';
import { decodeBytes, isGzip } from '../decode.ts';
import { htmlProblem } from '../html-check.ts';
import { megabytes, type ReadOptions, type ReadResult } from '../types.ts';
import { dayOf, feedArticles, FEED_ROOTS, isJsonFeed, parseFeed, xmlRoot } from './feeds.ts';
import { FetchError, fetchUrl, type Fetched } from './fetch.ts';
import { FEED_DEFAULTS } from './options.ts';
import { RobotsCache } from './robots.ts';
import { parseSitemap, SITEMAP_ROOTS } from './sitemaps.ts';

/** True when an input names a URL rather than a file. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

// One robots.txt cache per run (per options object handed in).
const robotsCaches = new WeakMap<object, RobotsCache>();
const defaultRobots = new RobotsCache();

function robotsOf(options: ReadOptions): RobotsCache {
  if (!options.web) return defaultRobots;
  let cache = robotsCaches.get(options.web);
  if (!cache) robotsCaches.set(options.web, (cache = new RobotsCache(options.web.fetch)));
  return cache;
}

/** Fetches a URL for reading, or gives the error to report. */
async function fetchFor(
  href: string,
  options: ReadOptions,
  maxBytes: number,
  limitFor?: (type: string) => number,
): Promise<Fetched | InputError> {
  if (options.web?.robots !== false) {
    const refused = await robotsOf(options).refusal(href);
    if (refused) return new InputError(href, refused);
  }
  try {
    const fetched = await fetchUrl(href, { ...options.web?.fetch, maxBytes, ...(limitFor ? { limitFor } : {}) });
    // A sitemap or a feed served gzipped as a file (not as a transfer encoding).
    if (isGzip(fetched.bytes)) {
      try {
        return { ...fetched, bytes: gunzipSync(fetched.bytes, { maxOutputLength: maxBytes }) };
      } catch (error) {
        const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
        return new InputError(
          href,
          tooBig ? `decompressed answer too large (over ${megabytes(maxBytes)})` : 'corrupt gzip data',
        );
      }
    }
    return fetched;
  } catch (error) {
    if (error instanceof FetchError) return new InputError(href, error.reason);
    return new InputError(href, `cannot fetch (${(error as Error).message})`);
  }
}

type Kind = InputFormat | 'feed' | 'json-feed' | 'sitemap';

/** What an answer is: by its media type, and by its first element when the type is vague. */
function kindOf(fetched: Fetched, text: string): Kind | undefined {
  const type = fetched.type;
  if (type === 'application/feed+json' || (type.includes('json') && looksLikeJsonFeed(text))) return 'json-feed';
  if (type.includes('html')) return 'html';
  if (type.includes('xml') || /^\s*<\?xml/.test(text)) {
    const root = xmlRoot(text);
    if (root && FEED_ROOTS.has(root)) return 'feed';
    if (root && SITEMAP_ROOTS.has(root)) return 'sitemap';
    if (root === 'html') return 'html';
    return undefined;
  }
  if (type === 'text/plain') return 'text';
  if (!type || type === 'application/octet-stream') return /^\s*<(!doctype html|html)/i.test(text) ? 'html' : undefined;
  return undefined;
}

function looksLikeJsonFeed(text: string): boolean {
  try {
    return isJsonFeed(JSON.parse(text));
  } catch {
    return false;
  }
}

/** The input of a fetched page. */
function pageInput(href: string, fetched: Fetched, format: InputFormat): ReadResult {
  const decoded = decodeBytes(fetched.bytes, { html: format === 'html', charset: fetched.charset });
  if (!decoded.content.trim()) return { error: new InputError(href, 'the page is empty') };
  const malformed = format === 'html' ? htmlProblem(decoded.content) : undefined;
  return {
    input: {
      path: href,
      format,
      bytes: fetched.bytes,
      content: decoded.content,
      encoding: decoded.encoding,
      meta: { url: fetched.url },
    },
    warnings: malformed ? [new InputError(href, malformed)] : [],
  };
}

/** Reads a URL that should be an article page (a feed's or a sitemap's link). */
export async function* readPage(href: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const fetched = await fetchFor(href, options, options.maxBytes);
  if (fetched instanceof InputError) {
    yield { error: fetched };
    return;
  }
  const text = fetched.bytes.subarray(0, 4096).toString('latin1');
  const kind = kindOf(fetched, text);
  if (kind === 'html' || kind === 'text') yield pageInput(href, fetched, kind);
  else yield { error: new InputError(href, `not an article page (${fetched.type || 'no content type'})`) };
}

/** Reads a URL given by the user: a page, a feed or a sitemap. */
export async function* readUrl(href: string, options: ReadOptions, depth = 0): AsyncGenerator<ReadResult> {
  // Feeds and sitemaps (XML, JSON, gzip) may be larger than one article; a page may not.
  const documents = Math.max(options.maxBytes, options.maxDocumentBytes ?? 0);
  const limitFor = (type: string) => (/xml|json|gzip|octet-stream/.test(type) || !type ? documents : options.maxBytes);
  const fetched = await fetchFor(href, options, documents, limitFor);
  if (fetched instanceof InputError) {
    yield { error: fetched };
    return;
  }
  const head = fetched.bytes.subarray(0, 4096).toString('latin1');
  const kind = kindOf(fetched, head);
  if (kind === 'html' || kind === 'text') {
    if (fetched.bytes.length > options.maxBytes)
      yield {
        error: new InputError(
          href,
          `page too large (${megabytes(fetched.bytes.length)}; the limit is ${megabytes(options.maxBytes)})`,
        ),
      };
    else yield pageInput(href, fetched, kind);
    return;
  }
  const text = decodeBytes(fetched.bytes).content;
  if (kind === 'feed' || kind === 'json-feed') {
    let feed;
    try {
      feed = kind === 'feed' ? parseFeed(text) : parseFeed('', JSON.parse(text));
    } catch (error) {
      yield { error: new InputError(href, `not a feed that can be read (${(error as Error).message})`) };
      return;
    }
    yield* feedArticles(href, feed, options, (url) => readPage(url, options));
    return;
  }
  if (kind === 'sitemap') {
    yield* sitemapArticles(href, text, options, depth);
    return;
  }
  yield { error: new InputError(href, `not an article, a feed or a sitemap (${fetched.type || 'no content type'})`) };
}

/** The pages a sitemap lists (those not older than --since), or the sitemaps an index lists. */
export async function* sitemapArticles(
  source: string,
  xml: string,
  options: ReadOptions,
  depth = 0,
): AsyncGenerator<ReadResult> {
  let sitemap;
  try {
    sitemap = parseSitemap(xml);
  } catch (error) {
    yield { error: new InputError(source, (error as Error).message) };
    return;
  }
  const since = options.web?.since;
  const recent = sitemap.entries.filter((e) => !since || !e.lastmod || (dayOf(e.lastmod) ?? e.lastmod) >= since);
  if (sitemap.kind === 'sitemapindex') {
    if (depth >= FEED_DEFAULTS.maxSitemapDepth) {
      yield {
        error: new InputError(
          source,
          `sitemap indexes nested more than ${FEED_DEFAULTS.maxSitemapDepth} deep are not followed`,
        ),
      };
      return;
    }
    for (const e of recent) yield* readUrl(e.loc, options, depth + 1);
    return;
  }
  for (const e of recent) {
    if (options.web?.known?.(e.loc)) continue;
    yield* readPage(e.loc, options);
  }
}
