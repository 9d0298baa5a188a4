/** A block of input text: one line, or several when a sentence was wrapped across lines. */
export interface Block {
  /** The block's text, lines joined by a space, trimmed. */
  text: string;
  /** 1-based line number of its first line in the input. */
  line: number;
  /** Blank lines before it. */
  gapBefore: number;
}

/** Punctuation that ends a block for good (a semicolon does not: the sentence goes on). */
const ENDS_BLOCK = /[.!?…:]["'”’»)\]]*$/u;
/** A line that continues the previous one starts with a lower-case letter. */
const STARTS_LOWER = /^["'“‘(]?\p{Ll}/u;

/**
 * Splits text into blocks: every non-blank line is a block, except that a line starting in lower case
 * right after a line with no sentence-final punctuation continues that line (a wrapped sentence),
 * when `canJoin` agrees (a domain under a menu line is not a continuation).
 */
export function splitBlocks(text: string, canJoin: (previous: string, line: string) => boolean = () => true): Block[] {
  const blocks: Block[] = [];
  let gap = 0;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((rawLine, index) => {
    const line = rawLine.replace(/[\s\u200b\u200e\u200f\ufeff]+/gu, ' ').trim();
    if (line === '') {
      gap++;
      return;
    }
    const previous = blocks[blocks.length - 1];
    if (
      previous &&
      gap === 0 &&
      STARTS_LOWER.test(line) &&
      !ENDS_BLOCK.test(previous.text) &&
      wordCount(previous.text) > 3 &&
      canJoin(previous.text, line)
    ) {
      previous.text = `${previous.text} ${line}`;
      return;
    }
    blocks.push({ text: line, line: index + 1, gapBefore: gap });
    gap = 0;
  });
  return blocks;
}

/** Words as a reader counts them (runs of letters or digits). */
export function wordCount(text: string): number {
  let n = COUNTED.get(text);
  if (n === undefined) {
    n = text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
    if (COUNTED.size >= MAX_COUNTED) COUNTED.clear();
    COUNTED.set(text, n);
  }
  return n;
}

/** Words counted by line: the cleaner asks the same lines again (prose? a heading? navigation?). */
const COUNTED = new Map<string, number>();
const MAX_COUNTED = 20_000;

/** Running prose: a sentence-final mark and enough words, or simply long. */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  return words >= 25 || (words >= 6 && /[.!?…]["'”’»)\]]*$/u.test(text));
}

/** A heading: short, and not ending like a sentence or a clause. */
export function isHeadingLike(text: string): boolean {
  const words = wordCount(text);
  return words >= 1 && words <= 16 && !/[.!?…:;,]["'”’»)\]]*$/u.test(text);
}

/** Comparison key for repeated lines: case, punctuation and spacing ignored. */
export function lineKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
