import { list } from './list.ts';
/**
 * Site chrome as it appears in crawled plain text: word lists and patterns only (data, not logic).
 * Each pattern is matched against one whole line, trimmed; the key is the rule that removes it.
 */

/** Share bars: one button label per line, often with a list dash; other languages' labels too (multilingual sites). */
export const SHARE_BUTTONS = list(`
get link, x, other apps, share, share this, share this article, share this story, share on facebook,
share on x, share on twitter, share on whatsapp, share via email, click to share, facebook, twitter,
whatsapp, telegram, linkedin, pinterest, reddit, email, e-mail, print, tweet, copy link, copy url, messenger,
compartir, partager, teilen, condividi, partilhar, delen, κοινοποίηση
`);

/** Whole-line phrases of site furniture, by rule. */
export const CHROME_LINES: Record<string, RegExp[]> = {
  comments: [
    /^(\d+\s+)?comments?(\s*\(\d+\))?$/i,
    /^post a comment(\s*\(\d+\))?$/i,
    /^(leave|add|write|view|show|load|read) (a |the |all )?(comment|comments|reply)s?$/i,
    /^leave a reply( cancel reply)?$/i,
    /^comments are closed\.?$/i,
    /^join the (conversation|discussion)$/i,
    /^you must be logged in to post a comment\.?$/i,
    /^comments are moderated\b.{0,80}$/i,
    /^your email address will not be published\b.{0,80}$/i,
    /^(log|sign) in to (comment|join the conversation)$/i,
    /^(reader )?comments \(\d+\)$/i,
  ],
  'source-link': [/^(source link|source|original source|read the original( article)?|via)$/i],
  pagination: [
    /^(previous|next|older|newer) (post|article|story)(\s+(previous|next|older|newer) (post|article|story))?$/i,
    /^(«|‹|<)?\s*(previous|prev|next)\s*(»|›|>)?$/i,
  ],
  'site-furniture': [
    /^spread the love$/i,
    // The credit line scrapers and feeds add under a copied post.
    /^the post .{3,300} appeared first on .{2,100}$/i,
    /^exit mobile version$/i,
    /^skip to (main )?content$/i,
    /^advertisement$/i,
    /^(sponsored|sponsored content|promoted)$/i,
    /^(subscribe|sign up|sign in|log in|login|register|menu|search|close|home)$/i,
    /^(subscribe to|sign up for) (our|the) newsletter.*$/i,
    /^follow us( on .+)?$/i,
    /^all rights reserved\.?$/i,
    /^(photo|image|video)( credit)?:?$/i,
    /^back to top$/i,
    /^loading\.*$/i,
    /^(related|tags?|topics?|categories|filed under):?$/i,
  ],
};

/** A line that starts a block of related-article headlines; the headlines after it go with it. */
export const RELATED_MARKERS: RegExp[] = [
  /^(related|more|other|latest|recommended|popular|trending|top) (posts|articles|stories|news|reads|links)\s*:?$/i,
  /^(most (viewed|read|popular|shared)|editor'?s picks|top stories|trending( now)?|popular now|latest (news|stories)|more on this story)\s*:?$/i,
  /^(you (may|might) also (like|be interested in)|read (more|also|next)|also read|more from .{1,40}|recommended for you|don'?t miss|see also|further reading)\s*:?$/i,
];

/** Teasers for another article inside the body: "SEE ALSO: …", "READ MORE: …". */
export const TEASER_PREFIX =
  /^(see also|read more|read also|also read|related|more|watch|listen|recommended|must read)\s*[:|–—-]\s*\S/i;

/** A teaser's prefix is written in capitals ("SEE ALSO:") or title case ("See also:"), never mid-sentence. */
export const TEASER_PREFIX_CASE = /^([A-Z][A-Z ]+|[A-Z][a-z]+( [a-z]+)?)\s*[:|–—-]/;

/** Words that make a line a cookie or consent notice when it also speaks of cookies (bakeries sell cookies too). */
export const COOKIE_WORDS =
  /\b(website|site|browsing|browse|we use|our use of|consent|privacy|opt[- ]out|preferences|cookie policy|cookie settings|personali[sz]e|partners)\b/i;

/** Separators between navigation items or between a page title and its site name. */
export const NAV_SEPARATORS = /\s+[|»›•·]\s+|\s+\/\s+/u;

/** "Site icon Name: tagline" — WordPress themes print the site logo's alt text so. */
export const SITE_ICON = /^site (icon|logo)\s+(.+)$/i;

/** A bare domain or URL on its own line. */
export const DOMAIN_LINE = /^(https?:\/\/)?(www\.)?([a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.[a-z]{2,})\/?$/i;

/** Section names that appear between a title and a site name in page titles ("Title | World | Site"). */
export const SECTION_NAMES =
  /^(world|news|politics|business|europe|us|u\.s\.|uk|international|opinion|analysis|latest|breaking|national|local|sport|sports|tech|technology|economy|markets|culture|science|health)$/i;

/** A byline: "By Name, Role" or "Posted by Name"; group 2 is the name and what follows it. */
export const BYLINE = /^(by|written by|words by|posted by|reported by|reporting by|por|von|par)\s+(\p{Lu}.*)$/iu;

/** Words that may stand around a date on a date line ("Published on …", "Updated …", "12 de marzo de 2026"). */
export const DATELINE_FILLER =
  /\b(published|updated|posted|last updated|first published|on|at|de|del|am|le|el|gmt|utc|bst|cet|edt|est|pdt|pst)\b|[|·,–—:-]/giu;

/** Company-form endings dropped from an outlet's name ("Lusk Valley Courier Ltd"). */
export const COMPANY_SUFFIX = /\s+(ltd|limited|inc|llc|plc|gmbh|s\.?a|corp|co)\.?$/i;
