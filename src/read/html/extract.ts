/**
 * HTML main-content extraction: the article's text as blocks, plus page metadata.
 * Synchronous and total: malformed input yields empty text rather than an exception.
 */
import { parseHTML } from 'linkedom';
import { dropBoilerplate } from './boilerplate.ts';
import { mainContentBlocks } from './content.ts';
import { readMetadata, type HtmlMetadata } from './metadata.ts';

export interface HtmlExtraction {
  /** Article body: one block per line, blocks separated by a blank line. */
  text: string;
  title?: string;
  byline?: string;
  published?: string;
  siteName?: string;
  language?: string;
  url?: string;
  /** Which method produced `text`, for diagnostics. */
  extractor: string;
}

/** Parses HTML into a linkedom document. */
function parse(html: string): Document {
  return (parseHTML(html) as unknown as { document: Document }).document;
}

/** Extracts the main text and metadata of an HTML page. Never throws. */
export function extractHtml(html: string, options: { url?: string } = {}): HtmlExtraction {
  let meta: HtmlMetadata = {};
  try {
    const doc = parse(html);
    meta = readMetadata(doc, options.url);
    const blocks = dropBoilerplate(mainContentBlocks(doc), meta.title);
    const { articleBody: _ignored, ...fields } = meta;
    return { text: blocks.map((b) => b.text).join('\n\n'), ...fields, extractor: 'triangulate' };
  } catch {
    const { articleBody: _ignored, ...fields } = meta;
    return { text: '', ...fields, extractor: 'none' };
  }
}
