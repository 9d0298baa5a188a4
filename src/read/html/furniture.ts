/**
 * Rules that recognise page furniture (navigation, share bars, ads, comments, related
 * links) and, inside an article, its non-body parts (captions, bylines, datelines), from
 * tag names, class/id names, ARIA roles and inline visibility. Rules are generic: they name
 * common conventions, never particular sites.
 */

/** A short tag.class#id label for diagnostics. */
export function describe(el: Element): string {
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  return el.tagName.toLowerCase() + (id ? `#${id}` : '') + (cls ? `.${cls.trim().split(/\s+/).join('.')}` : '');
}

/** Class and id of an element as one lower-case string. */
export function classId(el: Element): string {
  const c = el.getAttribute('class');
  const i = el.getAttribute('id');
  return c && i ? `${c} ${i}`.toLowerCase() : (c ?? i ?? '').toLowerCase();
}

/** Class/id words that mark page furniture anywhere on a page; these may carry a suffix ("sharebar"). */
const FURNITURE_STEMS =
  'comment|disqus|footer|sidebar|side-bar|breadcrumb|share|sharing|social|related|recommend|newsletter|subscri|promo|advert|sponsor|cookie|gdpr|popup|modal|outbrain|taboola|trending|most-?popular|most-?read|widget|masthead|toolbar|tooltip|popover|rollover|pagination|signup|sign-up|login|navbar|navigation|banner|sr-only|visually-?hidden|screen-reader|print-only|jump-?link|more-?stories|read-?more|readmore|also-?read|see-?also|next-?article|prev-?article|author-?bio|about-?author';

/** Short furniture words that must stand alone as a word of the name ("ad-slot", not "adrail"). */
const FURNITURE_WORDS = 'ads?|nav|menu|pager|skip';

const FURNITURE = new RegExp(`(?:^|[_-])(?:(?:${FURNITURE_STEMS})[a-z]*|(?:${FURNITURE_WORDS}))(?=$|[_-])`);

/** Whole class names that hide an element. */
const HIDDEN_CLASS = /^(?:hidden|hide|invisible|d-none|is-hidden|u-hidden)$/;

/** Class/id words that say an element holds the content, which vetoes a furniture match. */
const CONTENT_WORDS = /article|body|content|main|story|entry|post|text/;

/** Class/id words that mark non-body parts inside an article (captions, bylines, metadata). */
const ARTICLE_FURNITURE =
  /(?:^|[_-])(?:caption|credit|byline|by-line|author|dateline|timestamp|date|time|meta|tags?|tag-list|keywords|categor(?:y|ies)|topics|gallery|slideshow|carousel|lightbox|photo|image|img|media-credit|video|player|toc|inline-?link|storyline|header|headline|title|kicker|eyebrow|label|rating|contributor|disclaimer|editor-?note)(?=$|[_-])/;

/** Class names that describe a layout ("with-sidebar", "has-comments"), not the element itself. */
const LAYOUT_NAME = /(?:^|[_-])(?:with|has|no|without|show|hide)-/;

/**
 * True when a class name or the id matches `pattern`. With `veto`, a name that says
 * "content" (article-body, entry-content) and is not itself furniture cancels the match.
 */
function classMatches(el: Element, pattern: RegExp, veto: boolean): boolean {
  const ci = classId(el);
  if (!ci) return false;
  let hit = false;
  for (const name of ci.split(/\s+/)) {
    if ((pattern.test(name) && !LAYOUT_NAME.test(name)) || HIDDEN_CLASS.test(name)) hit = true;
    else if (veto && CONTENT_WORDS.test(name)) return false;
  }
  return hit;
}

/** Tags that are page furniture wherever they are. */
export const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'DIALOG', 'MENU']);

/** Tags that are not body text inside an article. */
export const ARTICLE_FURNITURE_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'H1', 'HEADER', 'ADDRESS', 'TIME']);

/** True for elements hidden from readers by markup. */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** True when an element is furniture anywhere on a page. */
export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName) || isHidden(el)) return true;
  const role = el.getAttribute('role');
  if (role && /^(navigation|complementary|contentinfo|banner|menu|dialog|search)$/.test(role)) return true;
  return classMatches(el, FURNITURE, true);
}

/** True when an element is furniture inside an article (captions, bylines...). */
export function isArticleFurniture(el: Element): boolean {
  if (ARTICLE_FURNITURE_TAGS.has(el.tagName)) return true;
  return classMatches(el, ARTICLE_FURNITURE, false);
}

/** Embedded posts (tweets, Instagram) that articles quote; their wrappers are often named "social". */
const EMBED_SELECTOR =
  'blockquote[class*="tweet"], blockquote[class*="instagram"], blockquote[class*="embed"], blockquote[class*="tiktok"]';

/** True when an element wraps an embedded post, which belongs to the article. */
export function holdsEmbed(el: Element): boolean {
  return el.tagName !== 'NAV' && el.tagName !== 'FOOTER' && el.querySelector(EMBED_SELECTOR) !== null;
}
