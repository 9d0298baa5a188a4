import { contentWords, dice } from '../quotes/index.ts';

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

/** The content words of a text: lower case, without accents and the words every statement has. */
function contentOf(text: string): Set<string> {
  return contentWords(
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
}

/** The parts of a statement quoted in pieces ("“A,” “B.”"): one per pair of quotation marks. */
function partsOf(text: string): string[] {
  return text.split(/(?<=[”"’])\s+(?=[“"‘])/u).filter((p) => wordsIn(p));
}

/**
 * What of a statement quoted in pieces the other wordings of it attest: its pieces that share at least
 * `least` content words with every other wording ("“After that meeting …, we will have a trilat,” “Everyone
 * is very happy about the possibility of peace …”" against "“Everyone is very optimistic about the
 * potential for PEACE …”": the second piece). The whole wording when it is in one piece, when there is no
 * other wording, or when no piece is attested by all.
 */
export function attestedWording(wording: string, others: readonly string[], least = 2): string {
  const parts = partsOf(wording);
  if (parts.length < 2 || !others.length) return wording;
  const theirs = others.map(contentOf);
  const kept = parts.filter((p) => {
    const mine = contentOf(p);
    return theirs.every((t) => dice(mine, t).shared >= least);
  });
  return kept.length && kept.length < parts.length ? kept.join(' ') : wording;
}
