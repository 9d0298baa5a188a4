/**
 * Turns a DOM subtree into text blocks: one block per paragraph, heading, list item or
 * other block-level element, in document order. Inline markup is flattened and whitespace
 * inside a block collapsed; the DOM parser has already decoded entities.
 */

/** Elements whose boundaries end the current block of text. Table cells do not: a row is one line. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
  'HTML',
]);

/** Elements whose content is never readable text. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'BUTTON',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'INPUT',
  'MATH',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'IMG',
  'SOURCE',
  'MAP',
  'svg',
  'math',
]);

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/** Collapses runs of whitespace (including NBSP, zero-width and control characters) to one space. */
export function collapse(s: string): string {
  // eslint-disable-next-line no-control-regex -- stray control characters are stripped like whitespace
  return s.replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000e-\u001f\u007f]+/g, ' ').trim();
}

/** One block of text and where it came from. */
export interface Block {
  text: string;
  /** Characters of the block that sit inside links. */
  linkChars: number;
  /** The innermost block-level element that holds the text. */
  owner: Element;
}

/** Accumulates inline text and emits a block whenever a block boundary is crossed. */
class BlockWriter {
  readonly blocks: Block[] = [];
  private parts: string[] = [];
  private linkChars = 0;

  /** Appends inline text to the current block; `inLink` counts it as link text. */
  add(s: string, inLink: boolean): void {
    this.parts.push(s);
    if (inLink) this.linkChars += collapse(s).length;
  }

  /** Ends the current block, keeping it only if it has visible text. */
  flush(owner: Element): void {
    if (this.parts.length === 0) return;
    const text = collapse(this.parts.join(''));
    const linkChars = Math.min(this.linkChars, text.length);
    this.parts = [];
    this.linkChars = 0;
    if (text) this.blocks.push({ text, linkChars, owner });
  }
}

/** Walks a subtree depth-first, writing text and flushing at block boundaries. */
function walk(node: Element, owner: Element, out: BlockWriter, inLink: boolean, skip?: (el: Element) => boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.add(child.nodeValue ?? '', inLink);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const el = child as Element;
    const tag = el.tagName;
    if (SKIP_TAGS.has(tag) || (skip && skip(el))) continue;
    if (BLOCK_TAGS.has(tag)) {
      out.flush(owner);
      walk(el, el, out, inLink, skip);
      out.flush(el);
    } else {
      if (tag === 'TD' || tag === 'TH') out.add(' ', inLink);
      walk(el, owner, out, inLink || tag === 'A', skip);
    }
  }
}

/** The text blocks of a subtree, in document order; `skip` prunes elements. */
export function blocksOf(root: Element, skip?: (el: Element) => boolean): Block[] {
  const out = new BlockWriter();
  walk(root, root, out, false, skip);
  out.flush(root);
  return out.blocks;
}

/** A subtree's text with one block per line, separated by blank lines. */
export function textOf(root: Element, skip?: (el: Element) => boolean): string {
  return blocksOf(root, skip)
    .map((b) => b.text)
    .join('\n\n');
}
