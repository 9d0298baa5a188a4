/**
 * HTML main-content extraction: the article's text as blocks, plus page metadata.
 * Synchronous and total: malformed input yields empty text rather than an exception.
 *
 * The main method is a DOM scorer of our own (see content.ts). When it finds too little,
 * it retries without the class-name rules, and finally takes the JSON-LD `articleBody`.
 */
import { parseHTML } from 'linkedom';
import { dropBoilerplate } from './boilerplate.ts';
import { mainContentBlocks } from './content.ts';
import { readMetadata, type HtmlMetadata } from './metadata.ts';

/** The page's metadata (without the JSON-LD body) and its article text. */
export interface HtmlExtraction extends Omit<HtmlMetadata, 'articleBody'> {
  /** Article body: one block per line, blocks separated by a blank line. */
  text: string;
  /** Which method produced `text`: "custom", "custom-loose", "json-ld" or "none". */
  extractor: string;
}

/** Below this many characters the strict pass is assumed to have missed the article. */
const SHORT_TEXT = 250;

/**
 * The deepest nesting of elements kept. Real pages nest a few dozen levels; the passes over the tree
 * recurse, so a page nested ten thousand deep would overflow the stack and lose its whole text.
 */
export const MAX_DEPTH = 200;

/** Parses HTML into a linkedom document, its nesting flattened below `MAX_DEPTH`. */
function parse(html: string): Document {
  let doc = (parseHTML(html) as unknown as { document: Document }).document;
  // linkedom builds no <html>/<body> around fragments or bare text; give it a real page.
  if (!(doc.documentElement?.tagName === 'HTML' && doc.body))
    doc = (
      parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`) as unknown as { document: Document }
    ).document;
  flattenDeep(doc.documentElement);
  return doc;
}

/** Elements whose content is no text: dropped, not unwrapped. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/**
 * Unwraps every element deeper than `MAX_DEPTH` (its children take its place), without recursion: the
 * text and its order are kept, only the structure below that depth, which no real page has, is gone.
 */
function flattenDeep(root: Element | null): void {
  if (!root) return;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth + 1 < MAX_DEPTH) {
      for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
      continue;
    }
    for (let child = el.firstElementChild; child; child = el.firstElementChild) {
      if (!NOT_TEXT.has(child.tagName.toUpperCase())) while (child.firstChild) el.insertBefore(child.firstChild, child);
      el.removeChild(child);
    }
  }
}

/** Runs the content finder on a document and joins the surviving blocks. */
function contentText(doc: Document, title: string | undefined, loose: boolean): string {
  const blocks = dropBoilerplate(mainContentBlocks(doc, { loose }), title);
  return blocks.map((b) => b.text).join('\n\n');
}

/** Picks the text: strict pass, then the loose pass, then JSON-LD, whichever is first long enough. */
function chooseText(html: string, doc: Document, meta: HtmlMetadata): { text: string; extractor: string } {
  let best = { text: contentText(doc, meta.title, false), extractor: 'custom' };
  if (best.text.length >= SHORT_TEXT) return best;
  // The strict pass mutated `doc`, so the loose pass needs a fresh parse.
  // It must find clearly more, or a genuinely short article would pick up the furniture.
  const loose = contentText(parse(html), meta.title, true);
  if (loose.length > best.text.length * 2) best = { text: loose, extractor: 'custom-loose' };
  if (meta.articleBody && meta.articleBody.length > best.text.length) {
    best = { text: meta.articleBody, extractor: 'json-ld' };
  }
  return best;
}

/** Copies the metadata fields that the API exposes (not the JSON-LD body). */
function publicFields(meta: HtmlMetadata): Omit<HtmlExtraction, 'text' | 'extractor'> {
  const { articleBody: _body, ...fields } = meta;
  return fields;
}

/** Extracts the main text and metadata of an HTML page. Never throws. */
export function extractHtml(html: string, options: { url?: string } = {}): HtmlExtraction {
  let meta: HtmlMetadata = {};
  try {
    if (typeof html !== 'string' || html.trim() === '') return { text: '', extractor: 'none' };
    const doc = parse(html);
    meta = readMetadata(doc, options.url);
    const { text, extractor } = chooseText(html, doc, meta);
    return { text, ...publicFields(meta), extractor };
  } catch {
    return { text: '', ...publicFields(meta), extractor: 'none' };
  }
}
