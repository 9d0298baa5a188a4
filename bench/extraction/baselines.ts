/**
 * Plain-library extractors (readability.js and defuddle on linkedom), kept for comparison
 * in the extraction benchmark and as reference points for the project's own extractor.
 */
import { Readability } from '@mozilla/readability';
import { DefuddleClass as Defuddle } from 'defuddle/node';
import { parseHTML } from 'linkedom';
import { textOf } from '../../src/read/html/text.ts';

/** Parses HTML with linkedom, giving a document with the few APIs the libraries expect. */
export function parseDocument(html: string, url?: string): Document {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const doc = document as Document & { styleSheets?: unknown[] };
  // defuddle reads styleSheets and getComputedStyle, which linkedom lacks.
  if (!doc.styleSheets) (doc as { styleSheets: unknown[] }).styleSheets = [];
  const view = doc.defaultView as (Window & { getComputedStyle?: unknown }) | null;
  if (view && !view.getComputedStyle)
    (view as { getComputedStyle: unknown }).getComputedStyle = () => ({ display: '' });
  if (url) {
    try {
      (doc as { URL: string }).URL = url;
    } catch {
      // read-only in some DOMs; only used for resolving links
    }
  }
  return doc;
}

/** readability.js's main content, serialised as block text. */
export function readabilityText(html: string, url?: string): string {
  const doc = parseDocument(html, url);
  const article = new Readability<string>(doc, { serializer: (node) => textOf(node as Element) }).parse();
  return article?.content ?? '';
}

/** defuddle's main content, re-parsed and serialised as block text. */
export function defuddleText(html: string, url?: string): string {
  const doc = parseDocument(html, url);
  const result = new Defuddle(doc, { url }).parse();
  const { document } = parseHTML(`<!doctype html><html><body>${result.content}</body></html>`) as unknown as {
    document: Document;
  };
  return textOf(document.body);
}
