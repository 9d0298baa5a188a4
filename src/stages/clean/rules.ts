import {
  CHROME_LINES,
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
  /** An outlet name the line revealed (a domain line, "Site icon Name"). */
  outlet?: string;
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
  const label = line.replace(/^[-•*·]\s*/u, '').replace(/[:\s]+$/u, '').toLowerCase();
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
  return { ruleId: 'clean/site-name', reason: 'site name', outlet: name || undefined };
}

/** A bare domain ("www.bankingnews.gr"), which names the outlet. */
export function domainLine(line: string): Verdict | undefined {
  const match = DOMAIN_LINE.exec(line);
  if (!match) return undefined;
  return { ruleId: 'clean/site-name', reason: 'site domain', outlet: match[3]!.toLowerCase() };
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
  if (items.length >= 3 && items.every((item) => wordCount(item) <= 3 && !/[.!?]$/.test(item))) {
    return { ruleId: 'clean/navigation', reason: 'navigation menu' };
  }
  return undefined;
}

/** A line that opens a "Related posts" block. */
export function relatedMarker(line: string): boolean {
  return RELATED_MARKERS.some((re) => re.test(line));
}

/** The rules that judge a line on its own, in order. */
export const LINE_RULES = [shareBar, chromePhrase, cookieNotice, siteIcon, domainLine, teaser, navigation];
