/**
 * Line-level clean-up of extracted blocks: the leftovers that sit inside an article's
 * container but are not its text (ad labels, gallery counters, photo credits, the title
 * repeated, date lines, link-only lines).
 */
import type { Block } from './text.ts';

/** Whole-block labels that are never article text, in the languages the corpus holds most. */
const LABEL =
  /^(?:advertisement|advertising|advert|ad|sponsored(?: content)?|anzeige|publicidad|publicidade|pubblicità|publicité|реклама|iklan|continue reading(?: below)?|story continues below(?: advertisement)?|article continues below|skip to (?:main )?content|share(?: this)?(?: article| story| post)?|share on \w+|tweet|email|print|comments?|\d+ comments?|leave a (?:comment|reply)|post comment(?: \(\+\))?|caption|close|enlarge(?: this)? image|view (?:author )?archive|email the author|follow on twitter|read more|related(?: articles| stories| content| posts| news)?|more|tags?|veja também|lesen sie auch|lire aussi|ver más|toggle caption|hide caption|image|photo|video|\d+ of \d+|image \d+ of \/? ?\d+|photo \d+ of \d+|slide \d+ of \d+)[\s:.!>»›]*$/i;

/** Blocks that start like a photo or image credit, or a "read more" pointer. */
const CREDIT_START =
  /^(?:\(?(?:photo|image|picture|foto|bild|credit|source|image credit|photo credit|image copyright|image source|getty images|photograph)s?\s*(?:copyright|credit|:|©|\/|by\b))|^\(image: ©/i;

/** Blocks that point at another story ("Read more: …", "Related: …", "Also on …"). */
const POINTER_START =
  /^(?:read more|related|see also|also read|also on|more on this|more:|recommended|watch|listen|read also|read next|you may also like|most read|trending)\b[^.!?]{0,120}$/i;

/** A date or time as news pages print them next to bylines. */
const DATE_LIKE =
  /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|h|uhr)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)[a-z]*\.?,?\s+(?:de\s+)?\d{4})\b/i;

/** Words that introduce a byline or a timestamp. */
const BYLINE_START =
  /^(?:by|von|por|par|di|door|updated|published|posted|last updated|first published|publicado|atualizado|pubblicato|aktualisiert|veröffentlicht)\b/i;

/** Number of word-like runs in a text. */
function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Normalises a title or block for comparison: lower case, letters and digits only. */
function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True for a short line that is a timestamp or a byline rather than text. */
function isDateline(text: string): boolean {
  // "— Name (@handle) November 18, 2019" closes a quoted post and belongs to the article.
  if (text.length > 120 || wordCount(text) > 16 || /^[—–-]/.test(text)) return false;
  if (BYLINE_START.test(text) && (DATE_LIKE.test(text) || wordCount(text) <= 6)) return true;
  // A short line with a date and no sentence in it: "Nov. 20, 2019 5:52 AM EST".
  return DATE_LIKE.test(text) && !/[a-z]{3,}[.!?]\s+\S/.test(text) && wordCount(text) <= 10;
}

/** How many blocks at each end of the content are checked for bylines and dates. */
const EDGE = 4;

/** Drops boilerplate blocks; `title` is the page title, whose repetition is dropped too. */
export function dropBoilerplate(blocks: Block[], title?: string): Block[] {
  const t = title ? squash(title) : '';
  const out: Block[] = [];
  blocks.forEach((b, i) => {
    const text = b.text;
    const nearEdge = i < EDGE || i >= blocks.length - EDGE;
    if (LABEL.test(text) || CREDIT_START.test(text)) return;
    if (t && squash(text) === t) return;
    if (POINTER_START.test(text) && b.linkChars > 0) return;
    if (nearEdge && isDateline(text)) return;
    out.push(b);
  });
  return out;
}
