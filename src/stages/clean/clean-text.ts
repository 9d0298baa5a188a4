import type { Paragraph, Removal } from '../../article/types.ts';
import { DOMAIN_LINE, SECTION_NAMES } from '../../locales/en/chrome.ts';
import { isHeadingLike, isProse, lineKey, splitBlocks, wordCount, type Block } from './blocks.ts';
import { LINE_RULES, relatedMarker, type Verdict } from './rules.ts';
import { dominantScript } from './script.ts';

/** What is already known about the page before its text is read (from a sidecar, a record, HTML metadata). */
export interface KnownMeta {
  title?: string;
  outlet?: string;
}

/** The article text without chrome, its blocks, and what was removed. */
export interface CleanedText {
  text: string;
  paragraphs: Paragraph[];
  removed: Removal[];
  title?: string;
  outlet?: string;
  /** A publication date a date line gave. */
  published?: string;
  /** An author a byline named. */
  byline?: string;
}

/** Defaults of the positional rules. */
export const CLEAN_DEFAULTS = {
  /** Lines before the title with at most this many words are menu items. */
  maxLeadingNavWords: 4,
  /** Short lines after the last paragraph of prose (up to this many words) are page footer. */
  maxTrailingWords: 12,
  /** A short line in another script than the article's (up to this many words) is navigation. */
  maxForeignNavWords: 6,
  /** Headlines in a "Related posts" list have at most this many words. */
  maxRelatedHeadlineWords: 24,
};

interface Item extends Block {
  verdict?: Verdict;
  /** When only part of the line is article text (a page title with its site name cut off). */
  keep?: string;
}

/**
 * Removes site chrome from crawled plain text line by line and keeps every sentence of the article.
 * Rules judging a line alone run first; then the rules that need its place on the page: menu lines
 * above the title, repeated titles, "Related posts" lists, and the footer after the last paragraph.
 */
export function cleanText(content: string, known: KnownMeta = {}, options = CLEAN_DEFAULTS): CleanedText {
  const isChromeLine = (line: string) => LINE_RULES.some((rule) => rule(line));
  const items: Item[] = splitBlocks(content, (previous, line) => !isChromeLine(previous) && !isChromeLine(line));
  const verdicts: Verdict[] = [];

  for (const item of items) {
    for (const rule of LINE_RULES) {
      const verdict = rule(item.text);
      if (verdict) {
        item.verdict = verdict;
        verdicts.push(verdict);
        break;
      }
    }
  }

  markForeignScriptNavigation(items, options);
  markRelatedLists(items, options);
  const titleInfo = markTitle(items, known, options);
  if (titleInfo.outlet)
    verdicts.push({ ruleId: 'clean/page-title', reason: '', outlet: titleInfo.outlet, outletRank: 3 });
  markRepeats(items, titleInfo.title);
  markTrailingChrome(items, options);

  // The outlet the page names most surely: its own name ("Site icon", ©) before a title suffix or a domain.
  const named = verdicts.filter((v) => v.outlet).sort((a, b) => (a.outletRank ?? 9) - (b.outletRank ?? 9));
  const outlet = known.outlet ?? named[0]?.outlet;
  const published = verdicts.find((v) => v.published)?.published;
  const byline = verdicts.find((v) => v.byline)?.byline;
  const removed: Removal[] = [];
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const item of items) {
    if (item.verdict) {
      removed.push({ text: item.text, reason: item.verdict.reason, ruleId: item.verdict.ruleId, line: item.line });
      continue;
    }
    const kept = item.keep ?? item.text;
    if (item.keep !== undefined && item.keep !== item.text) {
      removed.push({
        text: item.text.slice(item.keep.length).trim(),
        reason: 'site name after the page title',
        ruleId: 'clean/page-title',
        line: item.line,
      });
    }
    if (text) text += '\n\n';
    const start = text.length;
    text += kept;
    const kind = item === titleInfo.item ? 'title' : isHeadingLike(kept) ? 'heading' : 'paragraph';
    paragraphs.push({ start, end: text.length, kind });
  }
  return { text, paragraphs, removed, title: titleInfo.title, outlet, published, byline };
}

/** Short lines in another script than the article's prose: "Τελευταία Νέα" above an English story. */
function markForeignScriptNavigation(items: Item[], options: typeof CLEAN_DEFAULTS): void {
  const prose = items.filter((item) => !item.verdict && isProse(item.text)).map((item) => item.text);
  const articleScript = dominantScript(prose.join(' ') || items.map((item) => item.text).join(' '));
  if (!articleScript) return;
  for (const item of items) {
    if (item.verdict || isProse(item.text) || wordCount(item.text) > options.maxForeignNavWords) continue;
    const script = dominantScript(item.text);
    if (script && script !== articleScript) {
      item.verdict = { ruleId: 'clean/navigation', reason: `navigation line in ${script} script` };
    }
  }
}

/** "Related posts" and the list of headlines under it, up to the next paragraph of prose. */
function markRelatedLists(items: Item[], options: typeof CLEAN_DEFAULTS): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.verdict || !relatedMarker(item.text)) continue;
    item.verdict = { ruleId: 'clean/related', reason: 'related-articles list' };
    for (let j = i + 1; j < items.length; j++) {
      const next = items[j]!;
      if (next.verdict) continue;
      if (isProse(next.text) || wordCount(next.text) > options.maxRelatedHeadlineWords) break;
      next.verdict = { ruleId: 'clean/related', reason: 'headline in a related-articles list' };
    }
  }
}

interface TitleInfo {
  item?: Item;
  title?: string;
  outlet?: string;
}

/** Splits "Headline | World | site.com" into the headline and the site; undefined when there is no suffix. */
export function splitPageTitle(line: string): { title: string; site?: string } | undefined {
  const parts = line.split(/\s+\|\s+/u);
  if (parts.length < 2) return undefined;
  const suffix = parts.slice(1);
  const last = suffix[suffix.length - 1]!.trim();
  const allShort = suffix.every((part) => wordCount(part) <= 4);
  if (!allShort) return undefined;
  const site = SECTION_NAMES.test(last) ? undefined : (DOMAIN_LINE.exec(last)?.[3] ?? last);
  return { title: parts[0]!.trim(), site };
}

/** A line that can be a headline: a few words and no sentence-final full stop. */
function isTitleLike(text: string): boolean {
  const words = wordCount(text);
  return words >= 3 && words <= 30 && !/[.,;:]$/.test(text);
}

/** Finds the headline, cuts a site-name suffix off it, and marks the menu lines above it. */
function markTitle(items: Item[], known: KnownMeta, options: typeof CLEAN_DEFAULTS): TitleInfo {
  const open = items.filter((item) => !item.verdict);
  const knownKey = known.title ? lineKey(splitPageTitle(known.title)?.title ?? known.title) : undefined;
  let titleItem = knownKey
    ? open.find((item) => lineKey(item.text) === knownKey || lineKey(item.text).startsWith(`${knownKey} `))
    : undefined;
  if (!titleItem) {
    const first = open.find((item) => wordCount(item.text) > options.maxLeadingNavWords || isProse(item.text));
    if (first && isTitleLike(first.text)) titleItem = first;
  }
  if (!titleItem) return { title: known.title };

  let info: TitleInfo = { item: titleItem, title: titleItem.text };
  const split = splitPageTitle(titleItem.text);
  if (split) {
    info = { item: titleItem, title: split.title, outlet: split.site };
    const key = lineKey(split.title);
    const plain = open.find((item) => item !== titleItem && lineKey(item.text) === key);
    if (plain) {
      titleItem.verdict = { ruleId: 'clean/page-title', reason: 'page title with site name' };
      info.item = plain;
    } else {
      titleItem.keep = split.title;
    }
  }
  for (const item of items) {
    if (item === info.item) break;
    if (!item.verdict && wordCount(item.text) <= options.maxLeadingNavWords) {
      item.verdict = { ruleId: 'clean/navigation', reason: 'navigation line above the title' };
    }
  }
  return { ...info, title: known.title && !split ? known.title : info.title };
}

/** Repeated title lines and other short lines printed twice. */
function markRepeats(items: Item[], title: string | undefined): void {
  const titleKey = title ? lineKey(title) : undefined;
  const seen = new Set<string>();
  let titleSeen = false;
  for (const item of items) {
    if (item.verdict) continue;
    const key = lineKey(item.keep ?? item.text);
    if (key === titleKey) {
      if (titleSeen) item.verdict = { ruleId: 'clean/repeated-title', reason: 'repeated title line' };
      titleSeen = true;
      continue;
    }
    if (seen.has(key) && wordCount(item.text) <= 40) {
      item.verdict = { ruleId: 'clean/duplicate', reason: 'repeated line' };
    }
    seen.add(key);
  }
}

/** After the last paragraph of prose, short lines are the page footer (menus, "Comments", site names). */
function markTrailingChrome(items: Item[], options: typeof CLEAN_DEFAULTS): void {
  // The article ends with its last sentence: prose, or a short line that ends like a sentence.
  const isSentence = (text: string) => isProse(text) || (wordCount(text) >= 3 && /[.!?…]["'”’»)\]]*$/u.test(text));
  let last = -1;
  items.forEach((item, index) => {
    if (!item.verdict && isSentence(item.text)) last = index;
  });
  if (last < 0) return;
  for (const item of items.slice(last + 1)) {
    if (!item.verdict && !isProse(item.text) && wordCount(item.text) <= options.maxTrailingWords) {
      item.verdict = { ruleId: 'clean/footer', reason: 'page footer after the article' };
    }
  }
}
