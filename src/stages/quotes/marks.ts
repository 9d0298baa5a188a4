import type { Span } from '../../article/span.ts';

/** A stretch of text between quotation marks, marks included. */
export interface Segment extends Span {
  /** Offsets of the words inside the marks. */
  innerStart: number;
  innerEnd: number;
  /** Index of the paragraph it opens in. */
  paragraph: number;
  /** Single marks (‘…’ or '…') at the top level, as British papers quote speech. */
  single: boolean;
  /** False when the paragraph ended before a closing mark (the quote goes on in the next one). */
  closed: boolean;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const BEFORE_OPEN = /[\s([{—–\-/:;,]/;

/** True when a mark at `i` stands where a quote opens: after a space or a bracket, before a word. */
function looksOpening(text: string, i: number, from: number): boolean {
  const before = i > from ? text[i - 1]! : ' ';
  const after = text[i + 1] ?? ' ';
  return BEFORE_OPEN.test(before) && !/\s/.test(after);
}

/** True when a single mark at `i` closes a quote rather than standing in a word ("Trump’s"). */
function singleCloses(text: string, i: number): boolean {
  const after = text[i + 1] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(after);
}

/** The top-level single-quoted stretches of `from..to` that hold no double marks. */
function singleSegments(text: string, from: number, to: number, paragraph: number): Segment[] {
  const out: Segment[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if ((c !== '‘' && c !== "'") || !looksOpening(text, i, from) || !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) continue;
    for (let j = i + 2; j < to; j++) {
      const d = text[j]!;
      if (d === '"' || d === '“' || d === '”') break;
      if ((d === '’' || d === "'") && singleCloses(text, j) && !/\s/.test(text[j - 1]!)) {
        out.push({ start: i, end: j + 1, innerStart: i + 1, innerEnd: j, paragraph, single: true, closed: true });
        i = j;
        break;
      }
    }
  }
  return out;
}

/**
 * The double-quoted stretches of one paragraph. Curly marks say which way they face; a straight mark
 * opens when none is open. A quote left open at the paragraph's end is returned with `closed: false`.
 */
function doubleSegments(text: string, from: number, to: number, paragraph: number): Segment[] {
  const out: Segment[] = [];
  let open = -1;
  let depth = 0;
  // A mark of the other style inside a quote opens a nested quote (“…"…"…”) or, facing out, closes
  // the quote (“…," as some sites mix them).
  const otherStyle = (c: string) => open >= 0 && (text[open] === '"') !== (c === '"');
  const nested = (c: string, i: number): boolean => {
    if (!otherStyle(c)) return false;
    if (depth > 0 && !looksOpening(text, i, from)) depth--;
    else if (looksOpening(text, i, from) && c !== '”') depth++;
    else return false;
    return true;
  };
  const close = (i: number) => {
    depth = 0;
    out.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, paragraph, single: false, closed: true });
    open = -1;
  };
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if ((OPEN_DOUBLE.has(c) || CLOSE_DOUBLE.has(c) || c === '"') && nested(c, i)) continue;
    if (OPEN_DOUBLE.has(c)) {
      if (open < 0) open = i;
      else if (!looksOpening(text, i, from)) close(i);
      else open = i;
    } else if (CLOSE_DOUBLE.has(c)) {
      if (open >= 0) close(i);
      else if (looksOpening(text, i, from)) open = i;
    } else if (c === '"') {
      if (open < 0) open = i;
      else close(i);
    }
  }
  if (open >= 0)
    out.push({ start: open, end: to, innerStart: open + 1, innerEnd: to, paragraph, single: false, closed: false });
  return out;
}

/** Two or three apostrophes, or two backticks. */
const PAIRS = /(?<!')'{2,3}(?!')|``/g;

/**
 * True when a pair of apostrophes may be a mark: not inches or seconds — after a number, before a word that
 * goes on the phrase ("a 27'' screen", "14'' of snow", "6'2''", "5' 10''", "40°26'46''N"). After a number and
 * before a stop, a comma or a capital it may close a quote ("''Apollo 11,'' he said"), and so it does when it
 * ends a short quote just opened ("its first ''400'' list").
 */
function isMark(text: string, at: number, length: number): boolean {
  if (length !== 2) return true;
  const before = text.slice(Math.max(0, at - 5), at);
  if (/\d['’]\s?\d{1,2}$/u.test(before)) return false;
  if (!/\d$/.test(before)) return true;
  // A short quote just opened ends here ("''400'' list", "''Hawaii Five-0''").
  const opened = text.lastIndexOf("''", at - 1);
  if (
    opened >= 0 &&
    /^\s*$/.test(text.slice(opened - 1, opened)) &&
    text.slice(opened + 2, at).split(/\s+/).length <= 4
  )
    return true;
  return !/^(?:\s*\p{Ll}|\s*-|[\p{L}\d])/u.test(text.slice(at + 2, at + 4));
}

/**
 * The text with the double marks written as two apostrophes (''…'', the archive style of some papers) or
 * two backticks (``…'') as one straight double mark, the same length, so that every offset stays the
 * text's: an opening pair becomes the mark and an apostrophe (`"'`), a closing pair an apostrophe and the
 * mark (`'"`), so a quote's span still holds both. Three apostrophes are a single mark and a double one
 * ("… one of us,''' Mr. English said": the single quote closes first). Only in a text that writes more such
 * pairs than other double marks and than single marks opening a quote (the style is the text's: an inch mark
 * among curly quotes is none), and only pairs that may be marks (`isMark`). The text itself when it has no such pair.
 */
export function withDoubleMarks(text: string): string {
  if (!text.includes("''") && !text.includes('``')) return text;
  const pairs = [...text.matchAll(PAIRS)].filter((m) => isMark(text, m.index, m[0].length)).length;
  // The style is the text's: more pairs than other double marks, and than single marks opening a quote
  // (a British text's nested "'… 'Don't go out there'', said …" is no pair).
  const singles = text.match(/(?<=^|[\s([—–])['‘](?=\p{L})/gu)?.length ?? 0;
  if (pairs <= (text.match(/["“”„«»]/g)?.length ?? 0) || pairs <= singles) return text;
  return text.replace(PAIRS, (run: string, at: number) => {
    if (!isMark(text, at, run.length)) return run;
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = text[at + run.length] ?? ' ';
    const opens = run === '``' || (BEFORE_OPEN.test(before) && !/\s/.test(after));
    const rest = run.slice(1);
    return opens ? `"${rest}` : `${rest}"`;
  });
}

/** A double-marked stretch whose marks were pairs of apostrophes, the words inside without the pairs' other halves. */
function withoutPairApostrophes(text: string, d: Segment): Segment {
  const innerStart = text[d.innerStart] === "'" && d.innerStart < d.innerEnd ? d.innerStart + 1 : d.innerStart;
  const innerEnd = d.closed && text[d.innerEnd - 1] === "'" && d.innerEnd > innerStart ? d.innerEnd - 1 : d.innerEnd;
  return { ...d, innerStart, innerEnd };
}

/** Every quoted stretch of the text, paragraph by paragraph: double marks first, single marks between them. */
export function findSegments(text: string, paragraphs: readonly Span[], archive = false): Segment[] {
  const out: Segment[] = [];
  paragraphs.forEach((p, index) => {
    // In a text whose marks were pairs of apostrophes (`withDoubleMarks`), the pair's other apostrophe is no word.
    const doubles = doubleSegments(text, p.start, p.end, index).map((d) =>
      archive ? withoutPairApostrophes(text, d) : d,
    );
    let at = p.start;
    for (const d of doubles) {
      out.push(...singleSegments(text, at, d.start, index), d);
      at = d.end;
    }
    out.push(...singleSegments(text, at, p.end, index));
  });
  return out;
}

/**
 * Joins a quote left open at a paragraph's end with the next paragraph's opening quote: the
 * convention for a quote that runs over several paragraphs.
 */
export function joinParagraphQuotes(
  text: string,
  segments: readonly Segment[],
  paragraphs: readonly Span[],
): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    const continues =
      last &&
      !last.closed &&
      s.paragraph === last.paragraph + 1 &&
      s.start === paragraphs[s.paragraph]!.start &&
      !s.single &&
      !/^[A-Z][A-Z.'’ -]{1,30}[A-Z]:\s/.test(text.slice(s.innerStart, s.innerStart + 40));
    if (continues) out[out.length - 1] = { ...last, end: s.end, innerEnd: s.innerEnd, closed: s.closed };
    else out.push(s);
  }
  return out.map((s) => (s.closed ? s : trimOpen(text, s)));
}

/** A quote never closed ends at its last non-space character. */
function trimOpen(text: string, s: Segment): Segment {
  let end = s.end;
  while (end > s.innerStart && /\s/.test(text[end - 1]!)) end--;
  return { ...s, end, innerEnd: end };
}
