import * as chrono from 'chrono-node';
import {
  BYLINE,
  CHROME_LINES,
  COMPANY_SUFFIX,
  DATELINE_FILLER,
  COOKIE_WORDS,
  DOMAIN_LINE,
  NAV_SEPARATORS,
  RELATED_MARKERS,
  SHARE_BUTTONS,
  SITE_ICON,
  TEASER_PREFIX,
  TEASER_PREFIX_CASE,
} from '../../locales/en/chrome.ts';
import { wordCount } from './blocks.ts';

/** Why a line was removed: the rule and a short explanation. */
export interface Verdict {
  ruleId: string;
  reason: string;
  /** An outlet name the line revealed (a domain line, "Site icon Name", a copyright line). */
  outlet?: string;
  /** How much to trust `outlet`: lower is better (a site's own name beats a bare domain). */
  outletRank?: number;
  /** A publication date the line gave (a date line), as YYYY-MM-DD or YYYY-MM-DDTHH:mm. */
  published?: string;
  /** An author the line named (a byline). */
  byline?: string;
}

const shareButtons = new Set(SHARE_BUTTONS);

const REASONS: Record<string, string> = {
  comments: 'comment prompt or counter',
  'source-link': 'source link',
  pagination: 'previous/next navigation',
  'site-furniture': 'site furniture',
};

/** A line of one share button ("- Get link", "X", "Other Apps"). */
export function shareBar(line: string): Verdict | undefined {
  const label = line
    .replace(/^[-•*·]\s*/u, '')
    .replace(/[:\s]+$/u, '')
    .toLowerCase();
  return shareButtons.has(label) ? { ruleId: 'clean/share-bar', reason: 'share bar' } : undefined;
}

/** Comment prompts, "Source link", "Previous Post Next Post", "Spread the love" and other furniture. */
export function chromePhrase(line: string): Verdict | undefined {
  for (const [rule, patterns] of Object.entries(CHROME_LINES)) {
    if (patterns.some((re) => re.test(line))) return { ruleId: `clean/${rule}`, reason: REASONS[rule] ?? rule };
  }
  return undefined;
}

/** A cookie or consent notice. */
export function cookieNotice(line: string): Verdict | undefined {
  if (/\bcookies?\b/i.test(line) && COOKIE_WORDS.test(line) && wordCount(line) <= 80) {
    return { ruleId: 'clean/cookie-notice', reason: 'cookie notice' };
  }
  return undefined;
}

/** "Site icon Einenews.com: Latest News…": the site's logo text, which names the outlet. */
export function siteIcon(line: string): Verdict | undefined {
  const match = SITE_ICON.exec(line);
  if (!match) return undefined;
  const name = match[2]!.split(/\s*[:|–—]\s+|\s+[-|]\s+/u)[0]!.trim();
  return { ruleId: 'clean/site-name', reason: 'site name', outlet: name || undefined, outletRank: 1 };
}

/** A bare domain ("www.bankingnews.gr"), which names the outlet. */
export function domainLine(line: string): Verdict | undefined {
  const match = DOMAIN_LINE.exec(line);
  if (!match) return undefined;
  return { ruleId: 'clean/site-name', reason: 'site domain', outlet: match[3]!.toLowerCase(), outletRank: 4 };
}

/** "SEE ALSO: headline" — a teaser for another article. */
export function teaser(line: string): Verdict | undefined {
  if (TEASER_PREFIX.test(line) && TEASER_PREFIX_CASE.test(line) && wordCount(line) <= 30) {
    return { ruleId: 'clean/teaser', reason: 'teaser for another article' };
  }
  return undefined;
}

/** A menu line: several short items between separators ("Home | World | Business"). */
export function navigation(line: string): Verdict | undefined {
  const items = line.split(NAV_SEPARATORS);
  // "Storm closes harbour | Local | coastpost.example" is a page title with its site, not a menu.
  const pageTitle = wordCount(items[0] ?? '') >= 3 && DOMAIN_LINE.test(items[items.length - 1] ?? '');
  if (!pageTitle && items.length >= 3 && items.every((item) => wordCount(item) <= 3 && !/[.!?]$/.test(item))) {
    return { ruleId: 'clean/navigation', reason: 'navigation menu' };
  }
  return undefined;
}

/** "© 2026 The Caddenford Herald. All rights reserved." — also names the outlet. */
export function copyright(line: string): Verdict | undefined {
  if (wordCount(line) > 24) return undefined;
  const mark = /©|\(c\)|\bcopyright\b/i.exec(line);
  if (!mark) return undefined;
  const strip = (part: string) =>
    part
      .replace(/\b\d{4}(\s*[-–]\s*\d{4})?\b/g, '')
      .replace(/all rights reserved\.?/i, '')
      .trim()
      .replace(/[.,:;]+$/, '')
      .replace(COMPANY_SUFFIX, '')
      .trim();
  const after = strip(line.slice(mark.index + mark[0].length).split(/\s[|·]\s|\.\s/u)[0] ?? '');
  const before = strip(
    line
      .slice(0, mark.index)
      .split(/\s[|·]\s/u)
      .pop() ?? '',
  );
  const name = after || before;
  const outlet = name && wordCount(name) <= 6 && /\p{Lu}/u.test(name) ? name : undefined;
  return { ruleId: 'clean/copyright', reason: 'copyright line', outlet, outletRank: 2 };
}

/** "By Alys Penhallow, Local Affairs Reporter": the author, not the article. */
export function byline(line: string): Verdict | undefined {
  const match = BYLINE.exec(line);
  if (!match || wordCount(line) > 12 || /[.!?]$/.test(line)) return undefined;
  const name = match[2]!.split(/,|\s[|·–—-]\s|\s+(?:in|for|at)\s+\p{Lu}/u)[0]!.trim();
  return { ruleId: 'clean/byline', reason: 'byline', byline: name || undefined };
}

/** Formats a parsed date as YYYY-MM-DD, with THH:mm when the time was given. */
function isoOf(result: chrono.ParsedResult): string {
  const c = result.start;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  const day = `${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  return c.isCertain('hour') ? `${day}T${pad(c.get('hour'))}:${pad(c.get('minute'))}` : day;
}

/** A line that is only a date (with "Published", a weekday, a time, a byline): the publication date. */
export function dateline(line: string): Verdict | undefined {
  // A written year is required (below): a line without four digits is no date line, and chrono is not asked.
  if (wordCount(line) > 12 || /[.!?]$/.test(line) || !/\d{4}/.test(line)) return undefined;
  const found =
    chrono.parse(line)[0] ?? chrono.es.parse(line)[0] ?? chrono.fr.parse(line)[0] ?? chrono.de.parse(line)[0];
  // A written year is required: "Now" in "TrendPulse Now" parses as a date too.
  if (!found || !/\b\d{4}\b/.test(found.text) || !found.start.isCertain('day')) return undefined;
  const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found.text.length)).replace(
    DATELINE_FILLER,
    ' ',
  );
  const author = /\bby\s+(\p{Lu}[\p{L}.' -]*)$/u.exec(rest.trim());
  const leftover = author ? rest.replace(author[0], '') : rest;
  if (wordCount(leftover) > 2) return undefined;
  return { ruleId: 'clean/dateline', reason: 'date line', published: isoOf(found), byline: author?.[1]?.trim() };
}

/** A line that opens a "Related posts" block. */
export function relatedMarker(line: string): boolean {
  return RELATED_MARKERS.some((re) => re.test(line));
}

/** The rules that judge a line on its own, in order. */
export const LINE_RULES = [
  shareBar,
  chromePhrase,
  cookieNotice,
  copyright,
  siteIcon,
  domainLine,
  teaser,
  navigation,
  byline,
  dateline,
];
