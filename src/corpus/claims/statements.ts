import { CUE_VERBS, STATEMENT_STOPWORDS } from '../../locales/en/cues.ts';
import { ROLE_TITLES } from '../../locales/en/titles.ts';
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

/** The words of a span (letters, digits, inner apostrophes and hyphens). */
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Words of titles ("water commissioner", "adviser"): around a quote they say who speaks, not what. */
const TITLE_WORDS: ReadonlySet<string> = new Set(ROLE_TITLES.flatMap((t) => t.split(' ')));

/**
 * The keys of words that may tell what a sentence states: lower case, neither common words nor verbs of
 * saying ("said", "told"); each cut to its first five letters ("apologized" / "apology").
 */
function keysOf(words: readonly string[], skip?: ReadonlySet<string>): string[] {
  const keys = new Set<string>();
  for (const w of words) {
    const lower = w.toLowerCase();
    if (lower.length < 2 || STATEMENT_STOPWORDS.has(lower) || CUE_VERBS.has(lower) || skip?.has(lower)) continue;
    keys.add(lower.slice(0, 5));
  }
  return [...keys];
}

/**
 * The words a sentence tells in its outlet's own voice (`keysOf`): those outside its direct quotes (spans
 * in the article's offsets, the sentence starting at `start`), and not a name (written with a capital: it
 * says who speaks) or a title's word ("the water commissioner said"). Undefined when no quote lies in it:
 * every word is its own.
 */
export function ownWordsOf(
  text: string,
  start: number,
  quotes: readonly { start: number; end: number }[],
): string[] | undefined {
  const inside = quotes.filter((q) => q.start < start + text.length && start < q.end);
  if (!inside.length) return undefined;
  let outside = '';
  for (let i = 0; i < text.length; i++)
    outside += inside.some((q) => q.start <= start + i && start + i < q.end) ? ' ' : text[i];
  return keysOf(outside.match(WORDS)?.filter((w) => !/^\p{Lu}/u.test(w)) ?? [], TITLE_WORDS);
}

/** One article's sentence of a fact: its words, and those it tells in its own voice (`ownWordsOf`). */
export interface FactPiece {
  article: string;
  text: string;
  /** Its own words' keys; undefined: all its words are its own. */
  own?: readonly string[];
}

/**
 * True when the sentences of a fact share words one of them tells in its own voice (outside quotes): "She
 * pointed to at least 412 homes flooded along the river, which “must be rebuilt first”" and "“At least
 * 412 homes flooded along the river must be rebuilt first,” she said" share "412", "homes", "flooded"
 * outside the first's quote — the outlet states the number itself, so the fact is more than the quote.
 * Sentences that share only the quoted words and who said them ("“The barrier will hold,” said Tom
 * Arkwell, an engineer for the city." / "… Arkwell said.") do not.
 */
export function sharesOwnWords(pieces: readonly FactPiece[], least = 2): boolean {
  const all = pieces.map((p) => new Set(keysOf(p.text.match(WORDS) ?? [])));
  return pieces.some((p, i) => {
    const own = p.own ?? [...all[i]!];
    if (own.length < least) return false;
    return pieces.some((q, j) => {
      if (q.article === p.article) return false;
      let shared = 0;
      for (const w of own) if (all[j]!.has(w) && ++shared >= least) return true;
      return false;
    });
  });
}
