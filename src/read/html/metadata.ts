/**
 * Page metadata (title, byline, dates, site, language, canonical URL) from <meta> tags,
 * JSON-LD and a few standard elements. Read before the content cleaner strips scripts.
 */
import { collapse } from './text.ts';

export interface HtmlMetadata {
  title?: string;
  byline?: string;
  published?: string;
  siteName?: string;
  language?: string;
  url?: string;
  /** JSON-LD `articleBody`, when the page carries one. */
  articleBody?: string;
}

type Json = Record<string, unknown>;

/** JSON-LD @types that describe the page's article. */
const ARTICLE_TYPE = /Article|BlogPosting|Posting|Report|Review|Story|NewsArticle|Recipe|HowTo/i;

/** Lower-cased meta values keyed by name/property/itemprop/http-equiv (first one wins). */
function metaValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta')) {
    const content = meta.getAttribute('content');
    if (!content || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr);
      if (!key) continue;
      for (const k of key.toLowerCase().split(/\s+/)) if (k && !values.has(k)) values.set(k, collapse(content));
    }
  }
  return values;
}

/** Parses JSON that sites often get slightly wrong (raw control characters, trailing commas). */
function parseLooseJson(raw: string): unknown {
  const text = raw
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    try {
      // eslint-disable-next-line no-control-regex -- raw control characters are the defect being repaired
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([\]}])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

/** Every object found in the page's JSON-LD blocks, @graph and arrays flattened. */
function jsonLdObjects(doc: Document): Json[] {
  const found: Json[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Json;
    found.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    visit(parseLooseJson(script.textContent ?? ''), 0);
  }
  return found;
}

/** The @type of a JSON-LD object as one string. */
function typeOf(o: Json): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

/** A string field, or the `name` of an object field (or of the first of an array). */
function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return collapse(v) || undefined;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return nameOf((v as Json)['name']);
  return undefined;
}

/** Turns a language tag like "en-US", "en_GB" or "EN" into its lowercase primary subtag. */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_]|\s*$)/.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Resolves a possibly relative URL against the page URL; undefined when unusable. */
function absoluteUrl(href: string | null | undefined, base?: string): string | undefined {
  if (!href || !href.trim()) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

/** Removes a trailing " | Site" / " - Site" / " — Site" part when it names the site. */
export function stripSiteSuffix(title: string, siteName?: string): string {
  const m = /^(.+?)\s+[|\-–—:·»]\s+([^|\-–—:·»]+)$/.exec(title);
  if (!m) return title;
  const suffix = m[2]!.trim().toLowerCase();
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const site = siteName ? norm(siteName) : '';
  const suf = norm(suffix);
  // Strip when the suffix is the site name, or looks like a domain/brand (short, no sentence).
  const names = site && suf && (site.includes(suf) || suf.includes(site));
  const looksLikeBrand = !siteName && /\.(com|org|net|co|uk|de|fr|br|ru|it|in)\b/.test(suffix);
  return names || looksLikeBrand ? m[1]!.trim() : title;
}

/** The first ISO-looking date in a page's <time datetime> elements. */
function firstTimeElement(doc: Document): string | undefined {
  for (const t of doc.querySelectorAll('time[datetime]')) {
    const v = t.getAttribute('datetime')?.trim();
    if (v && /^\d{4}-\d{2}-\d{2}/.test(v)) return v;
  }
  return undefined;
}

/** Plain text from a JSON-LD body that may hold tags or entities, one paragraph per block. */
function paragraphs(raw: string): string | undefined {
  const text = raw
    .replace(/<\/?(?:p|div|br|h[1-6]|li|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const blocks = text.split(/\n+/).map(collapse).filter(Boolean);
  return blocks.length ? blocks.join('\n\n') : undefined;
}

/** A date string carries a plausible year (CMS placeholders like 0001-01-01 do not). */
function plausibleDate(v: string): boolean {
  const year = /(?:^|\D)(1[89]\d\d|20\d\d)(?:\D|$)/.exec(v);
  return year !== null;
}

/** The first ISO 8601-looking date among the candidates, else the first plausible one. */
function pickDate(candidates: (string | undefined)[]): string | undefined {
  const usable = candidates.filter((v): v is string => !!v && plausibleDate(v));
  return usable.find((v) => /^\d{4}-\d{2}-\d{2}/.test(v)) ?? usable[0];
}

/** Reads all metadata the page declares. */
export function readMetadata(doc: Document, pageUrl?: string): HtmlMetadata {
  const meta = metaValues(doc);
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => ARTICLE_TYPE.test(typeOf(o))) ?? ld.find((o) => o['headline']);
  const site = ld.find((o) => /WebSite|Organization/.test(typeOf(o)));
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? collapse(v) : undefined);

  const siteName =
    meta.get('og:site_name') ??
    nameOf(article?.['publisher']) ??
    nameOf(site?.['name']) ??
    meta.get('application-name');

  const rawTitle =
    meta.get('og:title') ??
    meta.get('twitter:title') ??
    str(article?.['headline']) ??
    (collapse(doc.querySelector('title')?.textContent ?? '') || undefined);
  const title = rawTitle ? stripSiteSuffix(rawTitle, siteName) : undefined;

  const authorMeta = meta.get('author') ?? meta.get('article:author') ?? meta.get('byl') ?? meta.get('sailthru.author');
  const rawByline =
    nameOf(article?.['author']) ??
    (authorMeta && !/^https?:/.test(authorMeta) ? authorMeta : undefined) ??
    (collapse(doc.querySelector('[rel="author"], [itemprop="author"]')?.textContent ?? '') || undefined);
  const byline = rawByline?.replace(/^by\s+/i, '') || undefined;

  const published = pickDate([
    meta.get('article:published_time'),
    str(article?.['datePublished']),
    meta.get('datepublished'),
    meta.get('og:published_time'),
    meta.get('pubdate'),
    meta.get('publishdate'),
    meta.get('publish-date'),
    meta.get('date'),
    meta.get('dc.date.issued'),
    meta.get('dc.date'),
    meta.get('sailthru.date'),
    meta.get('parsely-pub-date'),
    doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ?? undefined,
    doc.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ?? undefined,
    firstTimeElement(doc),
  ]);

  const language =
    primaryLanguage(doc.documentElement?.getAttribute('lang')) ??
    primaryLanguage(doc.documentElement?.getAttribute('xml:lang')) ??
    primaryLanguage(meta.get('og:locale')) ??
    primaryLanguage(meta.get('content-language')) ??
    primaryLanguage(str(article?.['inLanguage']));

  const url =
    absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl) ??
    absoluteUrl(meta.get('og:url'), pageUrl);

  const articleBody = typeof article?.['articleBody'] === 'string' ? paragraphs(article['articleBody']) : undefined;

  const out: HtmlMetadata = {};
  if (title) out.title = title;
  if (byline) out.byline = byline;
  if (published) out.published = published;
  if (siteName) out.siteName = siteName;
  if (language) out.language = language;
  if (url) out.url = url;
  if (articleBody) out.articleBody = articleBody;
  return out;
}
