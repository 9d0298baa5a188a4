/**
 * Defaults: how much of a statement the claim's wording shows, and the fewest words a statement needs
 * to be a claim (a fragment such as "Everything." stays a quote).
 */
export const STATEMENT_DEFAULTS = { maxChars: 160, minWords: 5 };

/** How many words (runs of letters and digits) a text has. */
export function wordsIn(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** A wording cut to a readable length at a word boundary. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/u, '')}…`;
}
