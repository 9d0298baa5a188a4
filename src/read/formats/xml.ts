/** A feed (RSS, Atom) or a sitemap saved as a file: its items read, its links fetched. */
import { promises as fs } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../../errors.ts';
import { decodeBytes, isGzip } from '../decode.ts';
import { megabytes, READ_DEFAULTS, type Reader } from '../types.ts';
import { feedArticles, FEED_ROOTS, parseFeed, xmlRoot } from '../web/feeds.ts';
import { readPage, sitemapArticles } from '../web/index.ts';
import { SITEMAP_ROOTS } from '../web/sitemaps.ts';

export const xml: Reader = {
  name: 'feed / sitemap',
  extensions: ['.rss', '.atom', '.xml'],
  summary: 'an RSS or Atom feed, or a sitemap, saved as a file: each item read from the feed or fetched from its link',
  async *read(file, options) {
    const limit = options.maxDocumentBytes ?? READ_DEFAULTS.maxDocumentBytes;
    if ((await fs.stat(file)).size > limit) {
      yield { error: new InputError(file, `file too large (over ${megabytes(limit)})`) };
      return;
    }
    let bytes: Uint8Array = await fs.readFile(file);
    if (isGzip(bytes)) {
      try {
        bytes = gunzipSync(bytes, { maxOutputLength: limit });
      } catch {
        yield { error: new InputError(file, `corrupt gzip data, or over ${megabytes(limit)} once decompressed`) };
        return;
      }
    }
    const text = decodeBytes(bytes).content;
    const root = xmlRoot(text);
    if (root && SITEMAP_ROOTS.has(root)) {
      yield* sitemapArticles(file, text, options);
      return;
    }
    if (!root || !FEED_ROOTS.has(root)) {
      yield { error: new InputError(file, `not a feed or a sitemap (its first element is <${root ?? '?'}>)`) };
      return;
    }
    let feed;
    try {
      feed = parseFeed(text);
    } catch (error) {
      yield { error: new InputError(file, `not a feed that can be read (${(error as Error).message})`) };
      return;
    }
    yield* feedArticles(file, feed, options, (url) => readPage(url, options));
  },
};
