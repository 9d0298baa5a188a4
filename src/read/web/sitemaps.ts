/** Sitemaps and sitemap indexes (sitemaps.org), read with fast-xml-parser. */
import { XMLParser } from 'fast-xml-parser';

export const SITEMAP_ROOTS = new Set(['urlset', 'sitemapindex']);

export interface Sitemap {
  kind: 'urlset' | 'sitemapindex';
  /** The pages (urlset) or the sitemaps (index) it lists, with their last modification day when given. */
  entries: { loc: string; lastmod?: string }[];
}

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

/** Parses a sitemap or a sitemap index; throws on anything else. */
export function parseSitemap(xml: string): Sitemap {
  const doc = parser.parse(xml) as {
    urlset?: { url?: { loc?: unknown; lastmod?: unknown }[] };
    sitemapindex?: { sitemap?: { loc?: unknown; lastmod?: unknown }[] };
  };
  const kind = doc.sitemapindex ? 'sitemapindex' : doc.urlset !== undefined ? 'urlset' : undefined;
  if (!kind) throw new Error('not a sitemap (no <urlset> or <sitemapindex>)');
  const list = (kind === 'urlset' ? doc.urlset?.url : doc.sitemapindex?.sitemap) ?? [];
  return {
    kind,
    entries: list
      .filter((e) => typeof e.loc === 'string' && e.loc.trim())
      .map((e) => ({
        loc: (e.loc as string).trim(),
        ...(typeof e.lastmod === 'string' && e.lastmod.trim() ? { lastmod: e.lastmod.trim() } : {}),
      })),
  };
}
