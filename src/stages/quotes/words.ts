/** A word or a punctuation mark in a small window of the text. */
export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
/** Short forms after which a full stop ends no sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'sen',
  'rep',
  'gov',
  'st',
  'jr',
  'sr',
  'lt',
  'col',
  'prof',
  'no',
  'vs',
  'u.s',
  'u.k',
  'sgt',
  'capt',
  'maj',
  'rev',
  'ft',
  'mt',
  'inc',
  'co',
  'corp',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
  'a.m',
  'p.m',
]);

/**
 * The tokens of `text.slice(from, to)`; an abbreviation keeps its full stop ("Mr."). The tokens are
 * shared with other calls (read them, never change them).
 */
export function tokens(text: string, from: number, to: number): Tok[] {
  // A long stretch (a sentence before a quote, read again for each quote in it) is cut from the text's
  // tokens, worked out once; a token cut by either end is not, so the stretch is read on its own then.
  if (to - from < WHOLE_FROM) return tokenise(text, from, to);
  if (whole?.text !== text) whole = { text, toks: tokenise(text, 0, text.length) };
  const all = whole.toks;
  const i = firstAtOrAfter(all, from);
  const j = firstAtOrAfter(all, to);
  if ((i > 0 && all[i - 1]!.end > from) || (j > 0 && all[j - 1]!.end > to)) return tokenise(text, from, to);
  return all.slice(i, j);
}

/** From how many characters a stretch is cut from the whole text's tokens. */
const WHOLE_FROM = 200;
/** The last text tokenised whole, and its tokens. */
let whole: { text: string; toks: Tok[] } | undefined;

/** The index of the first of `toks` (in order) that starts at or after `at`. */
function firstAtOrAfter(toks: readonly Tok[], at: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (toks[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens of `text.slice(from, to)`, read anew. */
function tokenise(text: string, from: number, to: number): Tok[] {
  const out: { -readonly [K in keyof Tok]: Tok[K] }[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const start = from + m.index;
    const prev = out[out.length - 1];
    if (m[0] === '.' && prev?.word && prev.end === start && (ABBREVIATIONS.has(prev.lower) || prev.text.length === 1)) {
      prev.end = start + 1;
      prev.text += '.';
      continue;
    }
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      lower: m[0].toLowerCase(),
      word: /[\p{L}\p{N}]/u.test(m[0]),
    });
  }
  return out;
}

/** Closing quotation marks. */
const CLOSERS = /^[”’"']$/u;

/** Whether token `i` is a closing mark set right after the stop before it (“… unhinged.” Sen. …). */
const closes = (toks: readonly Tok[], i: number) =>
  !!toks[i] && CLOSERS.test(toks[i].text) && toks[i].start === toks[i - 1]!.end;

/**
 * The farthest a sentence's start or end is looked for, in characters (the longest sentences of news
 * run to about 700): text without sentence marks, such as thousands of quotation marks in a row, is
 * read in a window of this size rather than to the paragraph's end, so each quote costs the same.
 */
export const MAX_SENTENCE = 1000;

/** The offset where the sentence holding `at` starts, looking back no further than `from`. */
export function sentenceStartBefore(text: string, from: number, at: number): number {
  if (at - from > MAX_SENTENCE) from = wordStartAfter(text, at - MAX_SENTENCE);
  const toks = tokens(text, from, at);
  for (let i = toks.length - 1; i > 0; i--) {
    if (!/^[.!?]$/.test(toks[i]!.text)) continue;
    // A closing mark after the stop ends the sentence with it: “… unhinged.” Sen. Rubio …
    const next = closes(toks, i + 1) && toks[i + 2] ? toks[i + 2] : toks[i + 1];
    if (!next) return at;
    if (/^\p{Lu}|^[“"‘']/u.test(next.text)) return next.start;
  }
  return from;
}

/** The offset where the sentence that runs on from `from` ends (after its final stop), at most `to`. */
export function sentenceEndAfter(text: string, from: number, to: number): number {
  if (to - from > MAX_SENTENCE) to = from + MAX_SENTENCE;
  const toks = tokens(text, from, to);
  for (let i = 0; i < toks.length; i++) {
    if (!/^[.!?]$/.test(toks[i]!.text)) continue;
    const closer = closes(toks, i + 1) ? 1 : 0;
    const next = toks[i + 1 + closer];
    if (!next || /^\p{Lu}|^[“"‘']/u.test(next.text)) return toks[i + closer]!.end;
  }
  return to;
}

/** The first offset at or after `at` that does not split a word. */
function wordStartAfter(text: string, at: number): number {
  while (at < text.length && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[at]!)) at++;
  return at;
}

/** Words of a text for comparing wordings: lower case, letters and digits only. */
export function plainWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}
