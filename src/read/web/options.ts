import type { FetchOptions } from './fetch.ts';

/** How URLs are read: given on the command line, or listed by a feed or a sitemap. */
export interface WebOptions {
  /** Fetching: private addresses, time limit, redirects, user agent (the size limit is --max-size). */
  fetch?: Partial<Omit<FetchOptions, 'maxBytes'>>;
  /** Obey robots.txt (default true). */
  robots?: boolean;
  /** Feed items and sitemap entries dated before this day (YYYY-MM-DD) are skipped. */
  since?: string;
  /** A URL already stored: a feed's or a sitemap's link to it is not fetched again. */
  known?: (url: string) => boolean;
}

/** Defaults of reading feeds. */
export const FEED_DEFAULTS = {
  /** A feed item carrying at least this many characters of text is read as it is; else its link is fetched. */
  completeChars: 1500,
  /** Sitemap indexes nested deeper than this are not followed. */
  maxSitemapDepth: 3,
};
