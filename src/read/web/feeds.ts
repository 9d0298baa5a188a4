/**
 * RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed, read with @extractus/feed-extractor: each item becomes
 * an article, from its own content when the feed carries the whole text, else from its link (fetched).
 */
import { extractFromJson, extractFromXml, type FeedData } from '@extractus/feed-extractor';
import type { RawInput } from '../../article/types.ts';
import { InputError } from '../../errors.ts';
import type { ReadOptions, ReadResult } from '../types.ts';
import { FEED_DEFAULTS } from './options.ts';

/** True for a parsed JSON document that is a JSON Feed (jsonfeed.org). */
export function isJsonFeed(value: unknown): boolean {
  const version = (value as { version?: unknown } | null)?.version;
  return typeof version === 'string' && version.startsWith('https://jsonfeed.org/version/');
}

/** The root element of an XML document, lower case without its prefix ("rss", "feed", "rdf", "urlset" …). */
export function xmlRoot(text: string): string | undefined {
  const body = text.replace(/^\uFEFF?\s*(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, '');
  const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(body);
  return m ? m[2]!.toLowerCase() : undefined;
}

export const FEED_ROOTS = new Set(['rss', 'feed', 'rdf']);

/** One item of a feed, as read. */
interface FeedItem {
  link?: string;
  title?: string;
  published?: string;
  /** The item's own text or HTML, when the feed carries it. */
  content?: string;
}

/** The entries of a feed with the fields an article needs (the full content where the feed has it). */
function itemsOf(data: FeedData): FeedItem[] {
  return (data.entries ?? []).map((e) => {
    const content = [e.content, e.description].find((c): c is string => typeof c === 'string' && c.trim().length > 0);
    return {
      ...(e.link ? { link: e.link } : {}),
      ...(e.title ? { title: e.title } : {}),
      ...(e.published ? { published: e.published } : {}),
      ...(content ? { content } : {}),
    };
  });
}

/** The full content of an entry, where a feed puts it (RSS content:encoded, Atom content, JSON content_html). */
function fullContent(entry: Record<string, unknown>): { content?: string } {
  const pick = (v: unknown): string | undefined =>
    typeof v === 'string'
      ? v
      : typeof v === 'object' && v !== null && typeof (v as { '#text'?: unknown })['#text'] === 'string'
        ? (v as { '#text': string })['#text']
        : undefined;
  const content =
    pick(entry['content:encoded']) ?? pick(entry.content) ?? pick(entry.content_html) ?? pick(entry.content_text);
  return content ? { content } : {};
}

const PARSER_OPTIONS = { normalization: true, descriptionMaxLen: 0, getExtraEntryFields: fullContent };

/** Parses a feed's text (XML or JSON). Throws when it is none. */
export function parseFeed(text: string, json?: unknown): { title?: string; items: FeedItem[] } {
  const data =
    json !== undefined
      ? extractFromJson(json as Record<string, unknown>, PARSER_OPTIONS)
      : extractFromXml(text, PARSER_OPTIONS);
  return { ...(data.title ? { title: data.title } : {}), items: itemsOf(data) };
}

/** The characters of text in some HTML (markup left out): how complete an item's content is. */
function textLength(html: string): number {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim().length;
}

/** A day (YYYY-MM-DD) of a date as feeds write it, when it can be read. */
export function dayOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = new Date(value);
  return Number.isNaN(time.getTime())
    ? (/^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? undefined)
    : time.toISOString().slice(0, 10);
}

/**
 * The articles of a parsed feed: an item whose content is complete is read from it; another is read
 * from its link by `fetchPage` (when there is one).
 */
export async function* feedArticles(
  source: string,
  feed: { title?: string; items: FeedItem[] },
  options: ReadOptions,
  fetchPage: ((url: string) => AsyncGenerator<ReadResult>) | undefined,
): AsyncGenerator<ReadResult> {
  const since = options.web?.since;
  const known = options.web?.known;
  if (!feed.items.length) {
    yield { error: new InputError(source, 'the feed has no items') };
    return;
  }
  for (const [index, item] of feed.items.entries()) {
    const where = `${source}:${index + 1}`;
    const day = dayOf(item.published);
    if (since && day && day < since) continue;
    if (item.link && known?.(item.link)) continue;
    const meta = {
      ...(item.link ? { url: item.link } : {}),
      ...(item.title ? { title: item.title } : {}),
      ...(item.published ? { published: item.published } : {}),
      ...(feed.title ? { outlet: feed.title } : {}),
    };
    if (item.content && textLength(item.content) >= FEED_DEFAULTS.completeChars) {
      const input: RawInput = {
        path: source,
        record: index + 1,
        format: 'html',
        bytes: new TextEncoder().encode(item.content),
        content: item.content,
        encoding: 'utf-8',
        meta,
      };
      yield { input, warnings: [] };
    } else if (item.link && fetchPage) {
      yield* fetchPage(item.link);
    } else if (item.link) {
      yield { error: new InputError(where, `only a summary in the feed; its link ${item.link} is not fetched here`) };
    } else {
      yield { error: new InputError(where, 'the item has no link and too little text of its own to be an article') };
    }
  }
}

/** A JSON Feed read from a file or a URL: its items' contents, or their links fetched. */
export async function* readFeedDocument(
  source: string,
  value: unknown,
  options: ReadOptions,
): AsyncGenerator<ReadResult> {
  const { readPage } = await import('./index.ts');
  yield* feedArticles(source, parseFeed('', value), options, (url) => readPage(url, options));
}
