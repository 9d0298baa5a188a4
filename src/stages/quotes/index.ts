import { isShortOutletName, outletLetters } from '../../article/outlet-names.ts';
import type { Span } from '../../article/span.ts';
import type { Paragraph, Sentence } from '../../article/types.ts';
import type { Stage } from '../../pipeline/stage.ts';
import {
  PARTICIPLE_CUES,
  RECOUNTING,
  SPEAKER_PRONOUNS,
  TERM_AFTER,
  TERM_CUES,
  TERM_POSSESSIVE,
} from '../../locales/en/cues.ts';
import type { ArticleEntities } from '../entities/types.ts';
import {
  appositionBefore,
  endsOnMediumPhrase,
  frameAfter,
  frameBefore,
  isCue,
  joinedClause,
  joinVia,
  withRule,
  type Frame,
} from './frame.ts';
import CUE_MODEL from '../../locales/en/cue-model.json' with { type: 'json' };
import type { CueModel } from './cue-model.ts';
import { closingFrame, indirectQuotes, pastAddressee, passesOn } from './indirect.ts';
import { findSegments, joinParagraphQuotes, withDoubleMarks, type Segment } from './marks.ts';
import { mentionsIn, type Context } from './speakers.ts';
import type { Quote, QuoteSource, TextSpan } from './types.ts';
import { mediumFromContext } from './setting.ts';
import { reportsWithin } from './relays.ts';
import { sentenceEndAfter, sentenceStartBefore, tokens } from './words.ts';

export type { Quote, QuoteSource, TextSpan } from './types.ts';

/** Defaults: how many words make a quoted stretch speech even without a cue or final punctuation. */
export const QUOTES_DEFAULTS: QuotesOptions = {
  speechWords: 8,
  minPunctuatedWords: 4,
  indirect: true,
  cueModel: CUE_MODEL,
};

/** How the quotes stage reads: sizes of speech, whether reported speech without marks is read, and the cue model. */
export interface QuotesOptions {
  speechWords: number;
  minPunctuatedWords: number;
  indirect: boolean;
  /** A learned model of cues the word lists miss ("believes", "a poll shows"); none: the lists alone. */
  cueModel?: CueModel;
}

const EMPTY_ENTITIES: ArticleEntities = { mentions: [], clusters: [], roles: [] };

/** The span `from..to` without surrounding spaces, commas or a final stop, as a quote's content. */
function trimmed(text: string, from: number, to: number): Span {
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /[\s,;:.—–-]/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/** Words inside a quoted stretch. */
function wordCount(text: string, s: Segment): number {
  return tokens(text, s.innerStart, s.innerEnd).filter((t) => t.word).length;
}

/** True when a quoted stretch ends as speech does: on a comma, a stop, a question or a dash. */
function punctuated(text: string, s: Segment): boolean {
  return /[,.?!…:;—–-]['’"”]{0,2}\s*$/.test(text.slice(s.innerStart, s.innerEnd));
}

/**
 * After a name's possessive, quoted words that are speech, not a programme's title ("ABC’s “This Week”"): more
 * words than a title has, ending on a mark of their own, not written as a title ("Mrs. Clinton’s “email
 * arrangement with herself is highly unusual,” …").
 */
function speechAfterPossessive(text: string, s: Segment): boolean {
  return wordCount(text, s) > 5 && punctuated(text, s) && !titleCased(text.slice(s.innerStart, s.innerEnd));
}

/** Words written as a title: most of the longer ones capitalised ("Who Wants to Be a Millionaire?"). */
function titleCased(words: string): boolean {
  const long = words.match(/\p{L}{4,}/gu) ?? [];
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > long.length;
}

/** True when the quoted words end their sentence ("….” Then …"): no attribution follows them. */
function endsSentence(text: string, s: Segment): boolean {
  if (/^\s*[―—–-]\s*\p{Lu}/u.test(text.slice(s.end, s.end + 6))) return false;
  const inner = text.slice(s.innerStart, s.innerEnd).trimEnd();
  return /\.['’]?$/.test(inner);
}

/** The speaker label a transcript line opens with ("PENCE: Well, look, …"). */
function transcriptLabel(text: string, s: Segment): QuoteSource | undefined {
  const m = /^([A-Z][A-Z.'’ -]{1,30}[A-Z]):\s/.exec(text.slice(s.innerStart, s.innerStart + 40));
  return m ? { start: s.innerStart, end: s.innerStart + m[1]!.length, text: m[1]! } : undefined;
}

/** A quote object from a span and a frame. */
function quoteOf(text: string, span: Span, kind: Quote['kind'], frame: Frame | undefined, rule: string): Quote {
  return {
    rule: frame?.rule ?? rule,
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    kind,
    ...(frame?.speaker ? { speaker: frame.speaker } : {}),
    ...(frame?.cue ? { cue: frame.cue } : {}),
    ...(frame?.via ? { via: frame.via } : {}),
  };
}

/** The frame of a quote that opens a paragraph after one ending in a colon ("…told the meeting:"). */
function colonFrame(ctx: Context, paragraphs: readonly Span[], s: Segment): Frame | undefined {
  const prev = paragraphs[s.paragraph - 1];
  if (!prev || s.start !== paragraphs[s.paragraph]!.start || !/:\s*$/.test(ctx.text.slice(prev.start, prev.end)))
    return undefined;
  const end = ctx.text.slice(prev.start, prev.end).replace(/\s+$/, '').length + prev.start;
  return frameBefore(ctx, sentenceStartBefore(ctx.text, prev.start, end), end);
}

/**
 * For a quote that opens its paragraph with no frame: the speaker of a cue in the last sentence of the
 * paragraph before ("Valastro praised Christie’s leadership. ¶ “We need someone who …”").
 */
function previousParagraph(ctx: Context, paragraphs: readonly Span[], s: Segment): Frame | undefined {
  const prev = paragraphs[s.paragraph - 1];
  if (!prev || s.start !== paragraphs[s.paragraph]!.start) return undefined;
  const end = ctx.text.slice(prev.start, prev.end).trimEnd().length + prev.start;
  // A paragraph that ends on a quote hands on its speaker otherwise (`inherited`).
  if (ctx.segments.some((x) => x.end > prev.start && x.end >= end - 1 && x.start < end)) return undefined;
  const frame = frameBefore(ctx, sentenceStartBefore(ctx.text, prev.start, Math.max(prev.start, end - 1)), end);
  // Only a person named there: a description or an organisation is too often not who goes on speaking.
  const cluster = frame?.speaker?.cluster;
  const type = cluster !== undefined ? ctx.entities.clusters[cluster]?.type : undefined;
  const person = type === 'person' || type === 'unknown';
  return person ? { speaker: frame!.speaker! } : undefined;
}

/** For a quote that follows a sentence of its paragraph: the person that sentence opens with. */
function previousSubject(ctx: Context, p: Span, s: Segment): Frame | undefined {
  if (s.start === p.start) return undefined;
  const from = sentenceStartBefore(ctx.text, p.start, s.start);
  if (from !== s.start) return undefined;
  const sentenceStart = sentenceStartBefore(ctx.text, p.start, Math.max(p.start, from - 2));
  const type = (m: { cluster: number }) => ctx.entities.clusters[m.cluster]?.type;
  const inside = mentionsIn(ctx, sentenceStart, from);
  const person = inside.find((m) => type(m) === 'person') ?? inside.find((m) => type(m) === 'unknown');
  return person
    ? { speaker: { start: person.start, end: person.end, text: person.text, cluster: person.cluster } }
    : undefined;
}

/** What the direct-quote pass carries from one quoted stretch to the next. */
interface Running {
  /** The last speech quote, and the paragraph it ends in. */
  last?: { quote: Quote; paragraph: number; endsParagraph: boolean };
  /** Offsets up to which a mixed quote already covers the text. */
  coveredTo: number;
}

/** The speaker a quote with no frame of its own inherits: the previous quote's, in its paragraph or the one before. */
function inherited(run: Running, s: Segment, paragraphs: readonly Span[]): Frame | undefined {
  const last = run.last;
  if (!last?.quote.speaker) return undefined;
  const sameParagraph = last.paragraph === s.paragraph;
  const nextParagraph =
    last.paragraph === s.paragraph - 1 && last.endsParagraph && s.start === paragraphs[s.paragraph]!.start;
  return sameParagraph || nextParagraph ? { speaker: last.quote.speaker } : undefined;
}

/** The most words between two parts of one utterance: the speaker and the cue ("Trump told reporters"). */
const MAX_SPLIT_GAP = 10;

/**
 * True when a direct quote goes on with the words of the direct quote before it, in its paragraph: the
 * same speaker, and nothing between them but the first part's frame ("“A,” Trump told reporters. “B.”",
 * "“A,” he said, adding: “B.”").
 */
function continuesLast(ctx: Context, run: Running, quote: Quote, paragraph: number): boolean {
  const last = run.last?.quote;
  if (!last || run.last!.paragraph !== paragraph || last.kind !== 'direct' || quote.kind !== 'direct') return false;
  if (!last.speaker || !quote.speaker) return false;
  const same =
    last.speaker.cluster !== undefined
      ? last.speaker.cluster === quote.speaker.cluster
      : last.speaker.text.toLowerCase() === quote.speaker.text.toLowerCase();
  if (!same || !last.cue || last.cue.start < last.end || last.cue.end > quote.start) return false;
  return tokens(ctx.text, last.end, quote.start).filter((t) => t.word).length <= MAX_SPLIT_GAP;
}

/** What is known around one quoted stretch before deciding what it is. */
interface Reading {
  paragraph: Paragraph;
  /** The paragraph the stretch ends in (later than `paragraph` for a multi-paragraph quote). */
  endParagraph: Paragraph;
  words: number;
  speechLike: boolean;
  before?: Frame;
  after?: Frame;
  /** True when `after` is a frame that ends the sentence past other words (", the White House said."). */
  trails?: boolean;
}

/** The most words after the last comma of a sentence for a frame that ends it (", said David Wasserman, …"). */
const MAX_TRAILING_FRAME = 14;

/**
 * "“Many would consider that an embarrassment” if she didn't win, said David Wasserman.": a frame that
 * ends the quote's sentence, after its last comma, when the quote's words run on past the marks.
 */
function trailingFrame(ctx: Context, from: number, to: number, lastPerson?: number): Frame | undefined {
  const toks = tokens(ctx.text, from, to);
  const comma = toks.findLastIndex((t) => t.text === ',');
  if (comma < 1 || toks.slice(comma + 1).filter((t) => t.word).length > MAX_TRAILING_FRAME) return undefined;
  // Only words after the comma, up to the stop: no quote of its own.
  if (toks.slice(comma + 1).some((t) => /^[“”"]$/.test(t.text))) return undefined;
  const frame = frameAfter(ctx, toks[comma]!.end, to, lastPerson);
  if (!frame?.speaker || !frame.cue) return undefined;
  // "…, an idea Zelensky firmly rejected": a noun phrase of its own before the speaker heads a relative
  // clause about the words before the comma (an apposition), not a frame that credits them.
  return appositionBefore(toks.slice(comma + 1), frame.speaker) ? undefined : frame;
}

/**
 * A quote that is a paragraph of its own, credited on a line of its own after it ("“… that bill.”\n\n-
 * Sanders."): the next paragraph is only a dash and a person's name (with what follows it after a comma:
 * "-President Obama, tweeting after …"). Not for a quote its own paragraph, the paragraph before or its
 * colon credits ("Zelensky said. “…”", "The governor told reporters, “…”"): a line under it is a byline
 * ("- Jane Smith, Associated Press"), as is a line that names a newsroom's title or an outlet after the
 * name.
 */
function attributionLine(ctx: Context, paragraphs: readonly Paragraph[], s: Segment, at: Paragraph): Frame | undefined {
  const own = paragraphs[s.paragraph]!;
  if (ctx.text.slice(own.start, s.start).trim() || ctx.text.slice(s.end, at.end).trim()) return undefined;
  // A paragraph before that reports someone's words hands the quote on to that speaker ("The coach said he
  // was proud of his players." then "“They gave everything …”").
  const before = paragraphs[s.paragraph - 1];
  if (
    before &&
    /:\s*$|\b(?:said|says|told|tells|added|adds|wrote|writes|stated|declared)\b/.test(
      ctx.text.slice(before.start, before.end),
    )
  )
    return undefined;
  const next = paragraphs.find((x) => x.start >= at.end);
  const line = next && ctx.text.slice(next.start, next.end);
  if (!line || !ATTRIBUTION_LINE.test(line) || BYLINE.test(line)) return undefined;
  const frame = frameAfter(ctx, next.start, next.end);
  // A person, not an organisation ("- Reuters." credits the report, not the words), nor a name of unknown
  // kind ("- Opening Day.", "- Campaign Ad, 2008.").
  const type = frame?.speaker?.cluster === undefined ? undefined : ctx.entities.clusters[frame.speaker.cluster]?.type;
  return type === 'person' ? frame : undefined;
}

/** A byline ("- By Jane Smith", "- Jane Smith, BBC World Affairs Editor"): no credit of the words above it. */
const BYLINE =
  /^\s*[―—–-]\s*(?:By\s|[^,]+,.*\b(?:editor|reporter|correspondent|writer|columnist|staff|contributor|bureau|reporting|news|press|post|times|journal|herald|guardian|reuters|agency|bbc|cnn)\b)/i;
/** A line that is a dash and a name of a few capitalised words, then its end, a comma or a stop. */
const ATTRIBUTION_LINE = /^\s*[―—–-]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*(?:[,.][^\n“”"]{0,120})?$/u;

/** Reads the stretch `i`: its size, and the frames before it (in its sentence) and after it. */
function read(
  ctx: Context,
  paragraphs: readonly Paragraph[],
  i: number,
  run: Running,
  options: QuotesOptions,
): Reading {
  const { text, segments } = ctx;
  const s = segments[i]!;
  const paragraph = paragraphs[s.paragraph]!;
  const endParagraph = paragraphs.find((x) => x.start <= s.end && s.end <= x.end) ?? paragraph;
  // The sentence before a quote starts after the last quote of several words (a quoted title is part of it).
  const prev = segments
    .slice(Math.max(0, i - 4), i)
    .reverse()
    .find((x) => wordCount(text, x) >= 3);
  const prevEnd = prev && prev.paragraph === s.paragraph ? prev.end : paragraph.start;
  const next = segments[i + 1];
  const nextStart = next && next.start < endParagraph.end ? next.start : endParagraph.end;
  const words = wordCount(text, s);
  const speechLike = (words >= options.minPunctuatedWords && punctuated(text, s)) || words >= options.speechWords;
  const lastPerson = run.last?.paragraph === s.paragraph ? run.last.quote.speaker?.cluster : undefined;
  const from = sentenceStartBefore(text, prevEnd, s.start);
  let before = frameBefore(ctx, from, s.start, lastPerson);
  // "She declared “…” and said that …“…”": a cue with no subject of its own after a quote of the same
  // sentence goes on with that quote's speaker.
  const last = run.last?.quote;
  if (before?.cue && !before.speaker && last?.speaker && from === prevEnd && prev && last.end >= prev.start)
    before = { ...before, speaker: last.speaker };
  const sentenceEnd = sentenceEndAfter(text, s.end, nextStart);
  const close = endsSentence(text, s)
    ? undefined
    : (frameAfter(ctx, s.end, sentenceEnd, lastPerson) ??
      (before?.speaker ? undefined : attributionLine(ctx, paragraphs, s, endParagraph)));
  const trailing = endsSentence(text, s) || close ? undefined : trailingFrame(ctx, s.end, sentenceEnd, lastPerson);
  const after = close ?? trailing;
  return {
    paragraph,
    endParagraph,
    words,
    speechLike,
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
    ...(trailing ? { trails: true } : {}),
  };
}

/** Verbs whose object is the one spoken to ("told them about", "urged them to"). */
const HEARER_VERBS = /\b(?:told|tell|tells|telling|informed|briefed|notified|assured|reminded|urged|warned|asked)\s*$/i;
/** What follows the one spoken to: what about, or what was said to them. */
const AFTER_HEARER = /^\s*(?:about|of|that|on|to|what|how|why|whether)\b/i;

/**
 * Quoted words right after a verb of telling and before "about", "that", "to" …, with no sentence
 * punctuation and a few words: a noun phrase in the place of the one told, not words spoken.
 */
function inHearerPosition(text: string, s: { start: number; end: number }): boolean {
  const inner = text.slice(s.start + 1, s.end - 1);
  if (/[.!?,;:]/.test(inner) || inner.trim().split(/\s+/).length > 8) return false;
  return (
    HEARER_VERBS.test(text.slice(Math.max(0, s.start - 30), s.start)) &&
    AFTER_HEARER.test(text.slice(s.end, s.end + 12))
  );
}

/** Decides what the stretch `i` is: a mixed quote, a direct quote (framed or not), or no speech. */
function decide(
  ctx: Context,
  paragraphs: readonly Paragraph[],
  i: number,
  r: Reading,
  run: Running,
  options: QuotesOptions,
): Quote | undefined {
  const { text, segments } = ctx;
  const s = segments[i]!;
  const { before, after } = r;
  // "he told “Today.”": the quoted words name the medium told, they are no speech.
  if (before?.via?.some((v) => v.start >= s.start && v.end <= s.end)) return undefined;
  // "Mr. Stone told “senior campaign officials” about …": quoted words where the one told stands name
  // whom he told (in someone else's words), they are no speech of his.
  if (inHearerPosition(text, s)) return undefined;
  // "said in an interview with “Axios on HBO” that …": a programme's name, read with the reported words.
  if (!r.speechLike && endsOnMediumPhrase(text.slice(Math.max(0, s.start - 60), s.start))) return undefined;
  if (before?.contentStart !== undefined && before.contentStart < s.start && !r.speechLike) {
    const full = mixedEnd(ctx, segments, i, r.endParagraph.end, options);
    // "…he should “do a ‘Frank Pentangeli’” before the House committee, the indictment said, a reference to
    // …": the words end before the frame that closes the sentence, and whoever it names passed them on.
    // A comma inside the closing mark ("would “fight back,” the union reported"): the frame's comma; the
    // words keep their mark.
    const inside = /,["”’]$/u.test(text.slice(s.start, s.end));
    const found = inside ? closingFrame(ctx, s.end - 2, full, false, true) : closingFrame(ctx, s.end, full, false);
    const close = found && inside ? { ...found, comma: s.end } : found;
    // "told Mr. Credico he should “…”": the one told is not part of the words.
    const addressed = before.cue
      ? pastAddressee(ctx, before.cue.text, before.contentStart, full)
      : { start: before.contentStart };
    const span = trimmed(text, addressed.start, close?.comma ?? full);
    run.coveredTo = close ? full : span.end;
    // "Rahm Emanuel asked Mr. Clinton to explore “options of service” …, the White House said": a frame
    // that ends the sentence credits all of it, the report inside included.
    if (r.trails && after?.speaker?.cluster !== undefined) return quoteOf(text, span, 'mixed', after, 'mixed-clause');
    const frame =
      close && passesOn(close.source, before.speaker)
        ? { ...before, via: joinVia(before.via, [close.source]) }
        : before;
    const quote = quoteOf(text, span, 'mixed', frame, 'mixed-clause');
    return addressed.hearer ? { ...quote, hearer: addressed.hearer } : quote;
  }
  if (before || (after && (r.speechLike || punctuated(text, s))))
    return quoteOf(text, s, 'direct', recounted(ctx, s, before, after) ?? pick(before, after), 'cue-after');
  if (r.speechLike || (r.paragraph.kind !== 'paragraph' && r.words >= 3)) {
    const frame =
      withRule(colonFrame(ctx, paragraphs, s), 'colon-paragraph') ??
      withRule(inherited(run, s, paragraphs), 'inherited') ??
      withRule(previousParagraph(ctx, paragraphs, s), 'previous-paragraph') ??
      withRule(previousSubject(ctx, r.paragraph, s), 'previous-subject');
    return quoteOf(text, s, 'direct', frame, 'unframed');
  }
  return undefined;
}

/** The quotes made of quotation marks: speech with its frame, partial quotes inside reported clauses. */
function directQuotes(ctx: Context, paragraphs: readonly Paragraph[], options: QuotesOptions): Quote[] {
  const { text, segments } = ctx;
  const out: Quote[] = [];
  const run: Running = { coveredTo: -1 };
  segments.forEach((s, i) => {
    if (s.start < run.coveredTo) return;
    // Quotation marks around no word at all ("" or a run of marks) hold no speech.
    if (!/[\p{L}\p{N}]/u.test(text.slice(s.start, s.end))) return;
    const lead = text.slice(Math.max(paragraphs[s.paragraph]!.start, s.start - 40), s.start);
    if (TERM_CUES.test(lead) || (TERM_POSSESSIVE.test(lead) && !speechAfterPossessive(text, s))) return;
    // "on the “Today” show": a short quoted name before the noun it names.
    if (wordCount(text, s) <= 5 && TERM_AFTER.test(text.slice(s.end, s.end + 16))) return;
    const reading = read(ctx, paragraphs, i, run, options);
    let quote = decide(ctx, paragraphs, i, reading, run, options);
    if (!quote) return;
    const label = transcriptLabel(text, s);
    if (label) quote = { ...quote, speaker: label, rule: 'transcript-label' };
    if (continuesLast(ctx, run, quote, s.paragraph)) quote = { ...quote, continues: true };
    out.push(quote);
    const who = quote.speaker;
    if (who?.cluster !== undefined && SPEAKER_PRONOUNS.has(who.text.toLowerCase()))
      (ctx.resolved ??= []).push({ start: who.start, end: who.end, text: who.text, cluster: who.cluster });
    const tail = text.slice(s.end, reading.endParagraph.end);
    run.last = {
      quote,
      paragraph: paragraphs.indexOf(reading.endParagraph),
      endsParagraph: !/[\p{L}\p{N}]/u.test(tail) || !!reading.after,
    };
  });
  return out;
}

/**
 * "The officer yelled, “Where are you going?” Holder recalled.": words framed on both sides by two
 * different speakers are the first one's, passed on by the one who recalls them.
 */
function recounted(ctx: Context, s: Segment, before: Frame | undefined, after: Frame | undefined): Frame | undefined {
  if (!before?.speaker || !before.cue || !after?.speaker || !after.cue) return undefined;
  if (!/^\s*[,:]\s*$/.test(ctx.text.slice(before.cue.end, s.start))) return undefined;
  if (!RECOUNTING.has(after.cue.text.toLowerCase())) return undefined;
  const a = before.speaker;
  const b = after.speaker;
  if ((a.cluster !== undefined && a.cluster === b.cluster) || a.text.toLowerCase() === b.text.toLowerCase())
    return undefined;
  return { ...before, via: joinVia(joinVia(after.via, [b]), before.via) };
}

/** Of the frames before and after a quote, the one that names a speaker (the closer one first). */
function pick(before: Frame | undefined, after: Frame | undefined): Frame | undefined {
  // "X said that he is “…,” calling …": a participle after the quote has the sentence's subject, the
  // speaker before it, not its own object.
  const participle = !!after?.cue && PARTICIPLE_CUES.has(after.cue.text.toLowerCase());
  // "Mr. Stone wrote that …, “a load every week,” according to the indictment": the one credited after
  // passed on the words of the speaker before (a go-between, added with the chain).
  const credited = after?.rule === 'according-to';
  if (after?.speaker && !((participle || credited) && before?.speaker)) return after;
  if (before?.speaker) return before;
  return after ?? before;
}

/** Where a mixed quote ends: its sentence's end, or before the next stretch that is speech of its own. */
function mixedEnd(
  ctx: Context,
  segments: readonly Segment[],
  i: number,
  limit: number,
  options: QuotesOptions,
): number {
  const s = segments[i]!;
  // “… caused death.” Bernie Sanders …: a stop inside the closing mark ends the sentence there.
  if (endsSentence(ctx.text, s) && /^\s+(?:\p{Lu}|[“"‘])/u.test(ctx.text.slice(s.end, s.end + 3))) return s.end;
  let end = sentenceEndAfter(ctx.text, s.end, limit);
  for (let k = i + 1; k < segments.length; k++) {
    const n = segments[k]!;
    if (n.start >= end) break;
    const words = wordCount(ctx.text, n);
    if (words >= options.minPunctuatedWords && punctuated(ctx.text, n)) {
      end = n.start;
      break;
    }
    if (n.end > end) end = sentenceEndAfter(ctx.text, n.end, limit);
  }
  // "… described Putin as “a predator,” and Stubb warned that …": a clause with its own speaker and
  // cue after the quoted words ends the reported clause.
  const tail = ctx.text.slice(s.end, end);
  // The comma may stand inside the closing mark ("“a predator,” and …").
  for (const m of tail.matchAll(joinedClause(/[,;]["”’]?$/.test(ctx.text.slice(s.start, s.end))))) {
    const from = s.end + m.index + m[0].length;
    const toks = tokens(ctx.text, from, end);
    const k = toks.findIndex((t, j) => j > 0 && j <= 8 && isCue(toks, j));
    if (k > 0 && toks.slice(0, k).some((t) => /^\p{Lu}/u.test(t.text) || SPEAKER_PRONOUNS.has(t.lower)))
      return s.end + m.index;
  }
  // "… “territory swaps” between Russia and Ukraine, an idea Zelensky firmly rejected": an apposition with a
  // speaker and cue of its own ends the reported clause.
  for (const m of tail.matchAll(/,/g)) {
    const toks = tokens(ctx.text, s.end + m.index + 1, end);
    const k = toks.findIndex((t, j) => j > 1 && j <= 8 && isCue(toks, j));
    const named = toks.findIndex((t, j) => j > 1 && j < k && /^\p{Lu}/u.test(t.text));
    if (k > 0 && named > 0 && appositionBefore(toks, toks[named]!)) return s.end + m.index;
  }
  return end;
}

/**
 * A quote without the article's own outlet among its go-betweens: "told Fox News" in Fox News is the
 * outlet's own reporting, not a relay.
 */
function withoutOwnOutlet(q: Quote, outlet: string, entities: ArticleEntities): Quote {
  if (!q.via) return q;
  const own = (name: string) =>
    !!outletLetters(name) && (isShortOutletName(name, outlet) || isShortOutletName(outlet, name));
  // "told Hannity" in Fox News: the host stands for the medium he belongs to, by its name.
  const via = q.via.filter(
    (v) => !own(v.text) && !(v.cluster !== undefined && own(entities.clusters[v.cluster]?.name ?? '')),
  );
  if (via.length === q.via.length) return q;
  const { via: _, ...rest } = q;
  return via.length ? { ...rest, via } : rest;
}

/** A quote whose spans' words are taken again from `text` (the spans are the same). */
function resliced(q: Quote, text: string): Quote {
  const span = <T extends TextSpan | undefined>(s: T): T => (s ? { ...s, text: text.slice(s.start, s.end) } : s);
  const source = (s: QuoteSource): QuoteSource => ({
    ...span(s),
    ...(s.refersTo ? { refersTo: span(s.refersTo) } : {}),
  });
  return {
    ...q,
    text: text.slice(q.start, q.end),
    ...(q.speaker ? { speaker: source(q.speaker) } : {}),
    ...(q.cue ? { cue: span(q.cue) } : {}),
    ...(q.via ? { via: q.via.map(source) } : {}),
    ...(q.hearer ? { hearer: span(q.hearer) } : {}),
  };
}

/**
 * The quotes stage: who said what. Direct quotes (curly or straight marks, two apostrophes, nested single marks,
 * several sentences or paragraphs, speech after a colon), partial quotes inside reported clauses
 * (mixed), and reported speech without marks (indirect: "X said that …", "according to X, …"), each
 * with its cue verb and its speaker linked to the article's entity when one is named, a pronoun or a
 * role refers to one. Quoted terms nobody says (“listening” session, a call sign) are left out.
 */
export function quotes(options = QUOTES_DEFAULTS): Stage {
  return {
    name: 'quotes',
    needs: ['entities'],
    run({ text: original, annotations, meta }) {
      // Quotes are read with two apostrophes as one double mark (''…''); what they say is the text's own.
      const text = withDoubleMarks(original);
      const paragraphs: readonly Paragraph[] = annotations.paragraphs?.length
        ? annotations.paragraphs
        : [{ start: 0, end: text.length, kind: 'paragraph' }];
      const sentences: readonly Sentence[] = annotations.sentences ?? [];
      const segments = joinParagraphQuotes(text, findSegments(text, paragraphs, text !== original), paragraphs);
      const ctx: Context = {
        text,
        entities: annotations.entities ?? EMPTY_ENTITIES,
        sentences,
        segments,
        ...(options.cueModel ? { cueModel: options.cueModel } : {}),
      };
      const found = directQuotes(ctx, paragraphs, options);
      const headlines = new Set(paragraphs.flatMap((p, i) => (p.kind === 'paragraph' ? [] : [i])));
      if (options.indirect) found.push(...indirectQuotes(ctx, found, headlines));
      found.sort((a, b) => a.start - b.start);
      const placed = reportsWithin(ctx, mediumFromContext(ctx, found));
      if (meta.outlet)
        for (let i = 0; i < placed.length; i++) placed[i] = withoutOwnOutlet(placed[i]!, meta.outlet, ctx.entities);
      // The cast goes once `quotes: Quote[]` is a key of `Annotations`.
      return { annotations: { quotes: text === original ? placed : placed.map((q) => resliced(q, original)) } };
    },
  };
}
