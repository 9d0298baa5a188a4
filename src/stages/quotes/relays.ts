/**
 * Reports inside reports: the chain of reporting said within a quote's own words or its sentence.
 *
 * - "Mr. Stone wrote that …, “a load every week going forward,” according to the indictment": the
 *   words reached the article through the indictment, a go-between; when the quote's speaker is itself
 *   a news medium ("The Washington Post now reports that … , according to people familiar with the
 *   case"), those it cites are the origin and the medium the go-between.
 * - "“The former president said he knew I’d say that,” Mr. Sestak said": a report inside a direct
 *   quote is its own reported speech, the inner speaker's words passed on by the quote's speaker.
 * - "…, The Denver Post has reported, citing unnamed sources": the outlet and its sources, at the end of
 *   the sentence, passed its reported words on (and are no part of them).
 * - "According to people familiar …, three officials told Mr. Mueller’s team that …": a report inside
 *   words credited with "according to"; its speaker is the origin.
 * - "said that the congressman “believes …”": a view of another, passed on by the speaker.
 * - "They … could learn what had happened only from Zelensky himself": an unnamed source's origin.
 *
 * Pure: the quotes of an article in, the quotes with their chains (and the reports found inside quotes)
 * out, in text order.
 */
import { spanIndexAt } from '../../article/span.ts';
import {
  CITED_SOURCE_AFTER_HEAD,
  CITED_SOURCE_HEADS,
  NEWSPAPER_HEADS,
  opensOnOwnVerb,
  SOMEONE_OF,
} from '../../locales/en/cues.ts';
import { WIRES } from '../../locales/en/provenance.ts';
import { joinVia, mediaBetween } from './frame.ts';
import {
  antecedent,
  documentHead,
  mentionsIn,
  namesNoOne,
  resolveSpeaker,
  TITLE_WORDS,
  type Context,
} from './speakers.ts';
import type { Quote, QuoteSource } from './types.ts';
import { sentenceEndAfter } from './words.ts';

const WIRE_WORDS = new Set(WIRES.flatMap((w) => w.aliases.map((a) => a.toLowerCase())));

/** True when a speaker is a news medium: a newspaper's name, a broadcaster's letters, a wire. */
function isMedium(source: QuoteSource): boolean {
  const words = source.text.replace(/^the\s+/i, '').split(/\s+/);
  const last = words.at(-1)!.toLowerCase();
  return (
    NEWSPAPER_HEADS.has(last) ||
    WIRE_WORDS.has(source.text.replace(/^the\s+/i, '').toLowerCase()) ||
    (words.length === 1 && /^\p{Lu}{2,5}$/u.test(words[0]!))
  );
}

/** ", according to people familiar with the case": who a quote's sentence credits, up to the next stop or comma. */
const ACCORDING =
  /(?:^|[,;—–]\s*|\s)according\s+to\s+(?<np>(?:the\s+|an?\s+)?[^,.;:!?"“”]{2,80}?)(?=\s*(?:[,.;:!?"“”]|$))/giu;

/** The speaker's own words for a report ("the report", "a statement"): no go-between of their own. */
const OWN = /^(?:him|her|them|himself|herself|themselves|itself|his|her|their|its)\b/i;

/**
 * True when "according to" credits the speaker's own words ("according to him", "according to her
 * statement"), not someone of theirs who passes them on ("according to her lawyer", "his spokesmen"):
 * a title or a word for someone of theirs (`SOMEONE_OF`) after the possessive.
 */
function own(np: string): boolean {
  if (!OWN.test(np)) return false;
  const of = (w: string) => TITLE_WORDS.has(w) || SOMEONE_OF.has(w);
  // "her lawyer's statement": someone of hers wrote it.
  for (const m of np.matchAll(/\b(\p{Ll}+)['’]s\b/gu)) if (of(m[1]!)) return false;
  const last = /\s([\p{Ll}-]+)$/u.exec(np)?.[1];
  const singular = last?.replace(/men$/, 'man').replace(/(?<=[^s])s$/, '');
  return !last || !(of(last) || of(singular!));
}

/** The same source: one entity, or one text. */
function same(a: QuoteSource | undefined, b: QuoteSource | undefined): boolean {
  if (!a || !b) return false;
  if (a.cluster !== undefined && a.cluster === b.cluster) return true;
  return a.start < b.end && b.start < a.end;
}

/** A quote's chain with what "according to" in its sentence says. */
function accordingTo(ctx: Context, q: Quote): Quote {
  if (!q.speaker || q.rule === 'according-to' || q.rule?.startsWith('according')) return q;
  const sentence = sentenceAt(ctx, Math.max(q.start, q.end - 1));
  // A report's frame before its words counts too ("Stone, according to the indictment, … told Credico
  // that he should …").
  const frameStart = q.kind !== 'direct' && sentence && sentence.start < q.start ? sentence.start : undefined;
  const from = frameStart ?? (q.kind === 'direct' ? q.start : q.end);
  // Most quotes credit no one with "according to": a look at the next words first, then the sentence.
  if (!/according to/i.test(ctx.text.slice(from, q.end + 400))) return q;
  const end =
    sentence && sentence.end >= q.end
      ? sentence.end
      : sentenceEndAfter(ctx.text, q.end, Math.min(ctx.text.length, q.end + 400));
  const stretch = ctx.text.slice(from, end);
  for (const m of stretch.matchAll(ACCORDING)) {
    const np = m.groups!.np!.trim();
    if (own(np) || namesNoOne(np)) continue;
    const start = from + m.index! + m[0].lastIndexOf(np);
    // Inside a report's own words it is the speaker's source ("Ruiz said that, according to the data, …").
    if (q.kind !== 'direct' && start >= q.start && start < q.end) continue;
    const source = resolveSpeaker(ctx, start, start + np.length) ?? { start, end: start + np.length, text: np };
    if (same(source, q.speaker) || q.via?.some((v) => same(v, source))) continue;
    if (isMedium(q.speaker))
      return { ...q, speaker: source, via: joinVia(q.via, [q.speaker]), rule: `${q.rule ?? 'quote'}+according-to` };
    // "said Trump in an interview on NBC’s “Today” show, according to TIME": the one credited passed on
    // the words, wherever they were spoken; it stands nearest the outlet in the chain.
    return { ...q, via: joinVia([source], q.via) };
  }
  return q;
}

/**
 * A report at the head of a direct quote's words, or set off by commas inside them: "The former
 * president said he knew …", "My mother told me that …", "His grandmother in Kenya said he was born …", "The problem here, Mr. Sellers says, is that …".
 * Not the speaker's own ("I said", "we told them").
 */
const INNER =
  /(?:^|[.!?]\s+|,\s+)(?:(?:And|But|Then|So)\s+)?(?<np>(?:(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+(?:\s+(?:in|of|from|at)\s+\p{Lu}[\p{L}'’-]+)?|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|[Ss]he|[Hh]e|[Tt]hey))\s+(?:had\s+)?(?<cue>said|says|told\s+(?:me|us|him|her|them))(?<that>\s+that)?(?<comma>\s*,)?\s+/gu;

/**
 * The person a "he" or "she" inside a direct quote stands for: the last one named before it, inside the
 * quote, in its sentence or the one before ("Sestak said he almost interrupted Clinton to tell him that “… And he said
 * ‘I knew you’d say that’”", "“Kathy and I are friends …, she said, ‘…’”"), never the quote's speaker,
 * who speaks of himself as "I".
 */
function namedInQuote(ctx: Context, q: Quote, at: number): number | undefined {
  // From the sentence before the quote's: "Dorn said he called Roe. “… And he said ‘…’”".
  const index = spanIndexAt(ctx.sentences, q.start);
  const from = Math.min(ctx.sentences[Math.max(0, index - 1)]?.start ?? q.start, q.start);
  const before = ctx.entities.mentions.filter(
    (m) => m.start >= from && m.end <= at && m.cluster !== q.speaker?.cluster,
  );
  // A person first; a name of unknown kind only when no person is named ("Pennsylvania’s families" is none).
  const named =
    before.findLast((m) => ctx.entities.clusters[m.cluster]?.type === 'person') ??
    before.findLast(
      (m) => ctx.entities.clusters[m.cluster]?.type === 'unknown' && !/^[’']s\b/.test(ctx.text.slice(m.end)),
    );
  if (!named || /\s/.test(named.text)) return named?.cluster;
  // "Kathy" in a friend's words: the one person of the article whose full name starts with it.
  const full = ctx.entities.clusters.flatMap((c, i) =>
    c.type === 'person' && c.name.startsWith(`${named.text} `) ? [i] : [],
  );
  return full.length === 1 ? full[0] : named.cluster;
}

/**
 * A document's findings at the head of a sentence of a direct quote: "Our expert's report and testimony
 * showed that …" — what the document says, passed on by the speaker.
 */
const DOCUMENT_INNER =
  /(?:^|[.!?]\s+|,\s+)(?<np>(?:[Tt]he|[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:report|study|analysis|testimony|review|audit|findings|records|investigation))\s+(?<cue>showed|shows|found|finds|concluded|concludes)(?<that>\s+that)\s+/gu;

/**
 * A report found inside a quote's words: the words `start..end`, the speaker, the cue at `cueAt` (`cueLength`
 * long), passed on by `via` (the outer quote's chain and speaker, outlet first).
 */
function innerReport(
  ctx: Context,
  rule: 'report-in-quote' | 'report-in-report',
  span: { start: number; end: number; kind?: Quote['kind'] },
  speaker: QuoteSource,
  cueAt: number,
  cueLength: number,
  via: QuoteSource[],
): Quote {
  return {
    rule,
    start: span.start,
    end: span.end,
    text: ctx.text.slice(span.start, span.end),
    kind: span.kind ?? 'indirect',
    speaker,
    cue: { start: cueAt, end: cueAt + cueLength, text: ctx.text.slice(cueAt, cueAt + cueLength) },
    via,
  };
}

/** The reports inside one direct quote, each an indirect quote passed on by the quote's speaker. */
function reportsInside(ctx: Context, q: Quote): Quote[] {
  if (q.kind !== 'direct' || !q.speaker) return [];
  const out: Quote[] = [];
  const inner = ctx.text.slice(q.start, q.end);
  const open = /^[“"‘']?/u.exec(inner)![0].length;
  const words = inner.slice(open);
  const heads = [...words.matchAll(INNER), ...words.matchAll(DOCUMENT_INNER)].sort((a, b) => a.index! - b.index!);
  for (const m of heads) {
    const g = m.groups!;
    // "I said", "we told them": the speaker's own words, no report of another's.
    if (/^(?:I|We|we)$/.test(g.np!)) continue;
    // A parenthetical ("…, Mr. Sellers says, is that …") closes with a comma; a head report opens the
    // quote or a sentence of it.
    const lead = m[0].slice(0, m[0].indexOf(g.np!));
    if (lead.startsWith(',') && !g.comma) continue;
    const npStart = q.start + open + m.index! + lead.length;
    const pronoun = /^(?:[Ss]he|[Hh]e)$/.test(g.np!) ? namedInQuote(ctx, q, npStart) : undefined;
    const speaker =
      pronoun !== undefined
        ? { start: npStart, end: npStart + g.np!.length, text: g.np!, cluster: pronoun }
        : resolveSpeaker(ctx, npStart, npStart + g.np!.length);
    if (!speaker || same(speaker, q.speaker)) continue;
    if (speaker.cluster === undefined && /^(?:[Ss]he|[Hh]e|[Tt]hey)$/.test(g.np!)) continue;
    // A parenthetical report covers the quote's words around it; a head report, those after its cue
    // (also after a comma when a quotation of the inner speaker's words follows: ", she said, ‘I’d love …").
    const nested = /^[‘'“"]/u.test(inner.slice(open + m.index! + m[0].length));
    let start = lead.startsWith(',') && !nested ? q.start + open : q.start + open + m.index! + m[0].length;
    // The report runs to the end of its sentence (of the nested quotation when there is one): the
    // sentences after it are the speaker's own again ("His grandmother said he was born in Kenya …. He
    // doesn't have a birth certificate").
    const afterCue = npStart + m[0].length - lead.length;
    const close = nested ? /[’'”"](?=[\s,.;:!?"”]|$)/u.exec(ctx.text.slice(start + 1, q.end)) : undefined;
    let end = nested
      ? close
        ? start + 1 + close.index + 1
        : q.end
      : sentenceEndAfter(ctx.text, Math.max(start, afterCue), q.end);
    // A nested quotation keeps its marks, as direct quotes do; a report ends on its last word.
    if (!nested || !close) while (end > start && /[\s"”’'.,;:!?]/u.test(ctx.text[end - 1]!)) end--;
    while (start < end && /\s/.test(ctx.text[start]!)) start++;
    if (ctx.text.slice(start, end).split(/\s+/).length < 4) continue;
    const cueStart = npStart + g.np!.length + m[0].slice(lead.length + g.np!.length).search(/\S/);
    out.push(
      innerReport(
        ctx,
        'report-in-quote',
        { start, end, kind: nested ? 'direct' : 'indirect' },
        speaker,
        cueStart,
        g.cue!.length,
        joinVia(q.via, [q.speaker]),
      ),
    );
    break;
  }
  return out.length ? out : (learnedInside(ctx, q, open) ?? accordingInside(ctx, q, open));
}

/** "“According to the indictment, the Hunters knew …,” according to the U.S. Attorney’s Office": the document's words, through the speaker. */
function accordingInside(ctx: Context, q: Quote, open: number): Quote[] {
  const m = /^According to (?<np>[^,.;:“”"]{2,60}),\s+/u.exec(ctx.text.slice(q.start + open, q.end));
  if (!m) return [];
  const npStart = q.start + open + m[0].indexOf(m.groups!.np!);
  const speaker = resolveSpeaker(ctx, npStart, npStart + m.groups!.np!.length);
  if (!speaker || same(speaker, q.speaker)) return [];
  const start = q.start + open + m[0].length;
  let end = sentenceEndAfter(ctx.text, start, q.end);
  while (end > start && /[\s"”’'.,;:!?]/u.test(ctx.text[end - 1]!)) end--;
  if (ctx.text.slice(start, end).split(/\s+/).length < 4) return [];
  return [
    innerReport(
      ctx,
      'report-in-quote',
      { start, end },
      speaker,
      q.start + open,
      'According to'.length,
      joinVia(q.via, [q.speaker!]),
    ),
  ];
}

/**
 * "Sestak said Clinton called him last summer to express concerns over …": a call (or a letter) made to say
 * something, inside reported words — what was said in it is the caller's, passed on by the speaker (who
 * keeps the whole clause as his report).
 */
const CALL_INSIDE =
  /^(?<np>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:had\s+)?(?:called|phoned|wrote)\s+(?:him|her|them|me|us)\b[^,.;:]{0,40}?\s+to\s+(?<cue>express|say|tell|warn|urge|ask|offer|complain|suggest|explain)\s+/u;

/**
 * "Mr. Sestak said Mr. Clinton had conveyed Mr. Emanuel’s suggestion that he join …": a message passed on
 * inside reported words is its author's, through the one who conveyed it and the speaker.
 */
const CONVEYED_INSIDE =
  /^(?<by>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:had\s+)?(?<cue>conveyed|relayed|passed\s+on|delivered)\s+(?<np>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})[’']s\s+(?:suggestion|offer|request|message|proposal|demand|warning|idea|invitation)\s+that\s+/u;

/** The author's words inside a report of a message someone passed on. */
function conveyedInside(ctx: Context, q: Quote): Quote[] {
  const m = CONVEYED_INSIDE.exec(q.text);
  if (!m) return [];
  const byAt = q.start;
  const by = resolveSpeaker(ctx, byAt, byAt + m.groups!.by!.length);
  const npAt = q.start + m[0].indexOf(m.groups!.np!, m.groups!.by!.length);
  const speaker = resolveSpeaker(ctx, npAt, npAt + m.groups!.np!.length);
  if (!by || speaker?.cluster === undefined || same(speaker, q.speaker) || same(speaker, by)) return [];
  const cueAt = q.start + m[0].indexOf(m.groups!.cue!, m.groups!.by!.length);
  const via = joinVia(joinVia(q.via, [q.speaker!]), [by]);
  return restOfReport(ctx, q, q.start + m[0].length, speaker, cueAt, m.groups!.cue!.length, via);
}

/** The rest of a report from `start`, as a report of its own, when it holds words enough (four). */
function restOfReport(
  ctx: Context,
  q: Quote,
  start: number,
  speaker: QuoteSource,
  cueAt: number,
  cueLength: number,
  via: QuoteSource[],
): Quote[] {
  if (ctx.text.slice(start, q.end).split(/\s+/).length < 4) return [];
  return [innerReport(ctx, 'report-in-report', { start, end: q.end }, speaker, cueAt, cueLength, via)];
}

/** The caller's words inside an indirect report of a call. */
function callInside(ctx: Context, q: Quote): Quote[] {
  if (q.kind === 'direct' || !q.speaker) return [];
  const conveyed = conveyedInside(ctx, q);
  if (conveyed.length) return conveyed;
  if (q.kind !== 'indirect') return [];
  const m = CALL_INSIDE.exec(q.text);
  if (!m) return [];
  const speaker = resolveSpeaker(ctx, q.start, q.start + m.groups!.np!.length);
  if (speaker?.cluster === undefined || same(speaker, q.speaker)) return [];
  const cueAt = q.start + m[0].lastIndexOf(m.groups!.cue!);
  return restOfReport(
    ctx,
    q,
    q.start + m[0].length,
    speaker,
    cueAt,
    m.groups!.cue!.length,
    joinVia(q.via, [q.speaker]),
  );
}

/** "I have learned from your Committee staff … that …": the speaker passes on what another told him. */
const LEARNED_INSIDE =
  /(?:^|[.!?]\s+)(?:I|We)\s+(?:have\s+|had\s+|just\s+)?(?:learned|heard)\s+from\s+(?<np>(?:the|my|our|your|his|her|their)\s+[^,.;:“”"]{2,50}?)(?:\s+(?:on|in|at|during|over|this|last)\s+[^,.;:“”"]{1,50}?)?\s+that\s+/gu;

/** A report of what the speaker learned from someone, inside a direct quote: its words, theirs. */
function learnedInside(ctx: Context, q: Quote, open: number): Quote[] | undefined {
  const words = ctx.text.slice(q.start + open, q.end);
  const m = LEARNED_INSIDE.exec(words);
  LEARNED_INSIDE.lastIndex = 0;
  if (!m) return undefined;
  const npStart = q.start + open + m.index + m[0].indexOf(m.groups!.np!, m[0].search(/from\s/));
  const speaker = resolveSpeaker(ctx, npStart, npStart + m.groups!.np!.length);
  if (!speaker || same(speaker, q.speaker)) return [];
  const start = q.start + open + m.index + m[0].length;
  let end = sentenceEndAfter(ctx.text, start, q.end);
  while (end > start && /[\s"”’'.,;:!?]/u.test(ctx.text[end - 1]!)) end--;
  if (ctx.text.slice(start, end).split(/\s+/).length < 4) return [];
  const cueAt = q.start + open + m.index + m[0].search(/learned|heard/);
  const cueLength = /^learned/.test(ctx.text.slice(cueAt)) ? 'learned'.length : 'heard'.length;
  return [innerReport(ctx, 'report-in-quote', { start, end }, speaker, cueAt, cueLength, joinVia(q.via, [q.speaker!]))];
}

/**
 * Where a source's knowledge came from, as the text says it: "They … could learn what had happened only
 * from Zelensky himself", "the officials heard it from the minister". The subject, or for a pronoun the
 * sentence before, names the source.
 */
const LEARNED_FROM =
  /\b(?:learn(?:ed|t)?|hear(?:d)?|kn(?:ow|ew)|f(?:i|ou)nd\s+out|been\s+told)\b[^.;!?]{0,80}?\bfrom\s+(?<origin>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;

/** The head word of a source's name ("European officials familiar with …" → officials). */
function headWord(text: string): string | undefined {
  const words = text
    .toLowerCase()
    .split(/\s+(?:familiar|close|with|who|from|of|at|in|on)\b/)[0]!
    .match(/\p{L}+/gu);
  return words?.at(-1);
}

/** Quotes whose source, the text says, only knew what another told them: that other is the origin. */
function origins(ctx: Context, quotes: Quote[]): Quote[] {
  const { sentences, text } = ctx;
  let out = quotes;
  sentences.forEach((sentence, i) => {
    const words = text.slice(sentence.start, sentence.end);
    const m = LEARNED_FROM.exec(words);
    if (!m) return;
    // Who learned: the words before the verb, and for a pronoun the sentence before.
    const before = words.slice(0, m.index).toLowerCase();
    const pronoun = /^\s*(?:they|he|she)\b/.test(before) && i > 0;
    const scope = pronoun
      ? `${before} ${text.slice(sentences[i - 1]!.start, sentences[i - 1]!.end).toLowerCase()}`
      : before;
    // "Regarding the Financial Times report, … its sources were European officials. They … could learn …":
    // when the words that say who learned name a medium that passed words on, they speak of its sources
    // only (not of "sources close to the administration" that no medium relays).
    // Only the sentence a pronoun points back to says whose sources they are: a medium named in the
    // sentence of the learning itself is the one told ("Officials told the Herald they had learned …").
    const from = sentences[i - 1]?.start ?? 0;
    const to = pronoun ? sentences[i - 1]!.end : from;
    const relaying = new Set(
      quotes.flatMap((q) => (q.via ?? []).flatMap((v) => (v.cluster === undefined ? [] : [v.cluster]))),
    );
    const media = new Set(
      ctx.entities.mentions
        .filter((x) => x.start >= from && x.end <= to && x.cluster !== undefined && relaying.has(x.cluster))
        .map((x) => x.cluster!),
    );
    const originAt = sentence.start + m.index! + m[0].lastIndexOf(m.groups!.origin!);
    const origin = resolveSpeaker(ctx, originAt, originAt + m.groups!.origin!.length);
    if (!origin) return;
    out = out.map((q) => {
      if (!q.speaker || q.start >= sentence.start || same(q.speaker, origin)) return q;
      // Only an unnamed source ("European officials", "people familiar with …") has its knowledge from another.
      const type = q.speaker.cluster !== undefined ? ctx.entities.clusters[q.speaker.cluster]?.type : undefined;
      if (type === 'person' || type === 'organisation') return q;
      const head = headWord(q.speaker.text);
      if (!head || head.length < 4 || !new RegExp(`\\b${head}\\b`).test(scope)) return q;
      if (media.size && !(q.via ?? []).some((v) => v.cluster !== undefined && media.has(v.cluster))) return q;
      return { ...q, speaker: origin, via: joinVia(q.via, [q.speaker]), rule: `${q.rule ?? 'quote'}+origin` };
    });
  });
  return out;
}

/**
 * "… said that the congressman “believes this action is …”": the view is the congressman's, passed on by
 * the speaker; so are words that open on a verb of saying in the past ("that Putin “reiterated …”").
 */
function viewOfAnother(ctx: Context, q: Quote): Quote {
  if (q.kind === 'indirect' || !q.speaker) return q;
  const words = ctx.text.slice(q.start, q.end).replace(/^[“"‘']/u, '');
  // Or of saying: "Ushakov highlighted that Putin “reiterated the importance of …”" is Putin's, passed on.
  if (!opensOnOwnVerb(words)) return q;
  const before = ctx.text.slice(Math.max(0, q.start - 80), q.start);
  const m =
    /\bthat\s+(?<np>(?:the|his|her|their)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*$/u.exec(
      before,
    );
  if (!m) return q;
  const at = q.start - before.length + m.index! + m[0].indexOf(m.groups!.np!);
  const holder = resolveSpeaker(ctx, at, at + m.groups!.np!.length);
  if (!holder || same(holder, q.speaker)) return q;
  return { ...q, speaker: holder, via: joinVia(q.via, [q.speaker]), rule: `${q.rule ?? 'quote'}+view` };
}

/** The sentence of the article that holds a place. */
function sentenceAt(ctx: Context, at: number): { start: number; end: number } | undefined {
  return ctx.sentences[spanIndexAt(ctx.sentences, at)];
}

/**
 * "…, citing someone familiar with the case." at the end of a report's sentence, after its words (a comma
 * before "citing" may stand inside the closing mark: "“… in 2006,” citing …").
 */
const CITING_AT_END =
  /(?:^\s*|,["”’']?\s*)(?:citing|quoting)\s+(?<np>(?:the\s+|an?\s+)?[^,.;:!?"“”]{2,80}?)\s*[.;]?\s*$/u;

/** True when a cited noun phrase names people, a group or records by its head (`CITED_SOURCE_HEADS`). */
function citesSource(np: string): boolean {
  const words = np.split(/\s+/);
  // The head ends before what describes it: a phrase ("with", "against") or a participle that opens one
  // ("briefed on", "raised by"; "two unnamed sources" keeps its adjective).
  const after = (i: number) => CITED_SOURCE_AFTER_HEAD.test(words[i] ?? '');
  const end = words.findIndex((w, i) => i > 0 && (after(i) || (/(?:ed|ing)$/i.test(w) && after(i + 1))));
  const head = (end > 0 ? words[end - 1] : words.at(-1))!.replace(/[’']s$/u, '');
  return CITED_SOURCE_HEADS.test(head);
}

/**
 * "The New York Times reported the charges … “will include mail fraud …,” citing someone familiar with the
 * case": a news medium's report that ends by citing its source reached the medium from that source — the
 * one cited speaks, the medium passes the words on (as with "according to" after a medium's report). Only
 * after a medium: "The mayor said he would resign, citing his health" cites a reason, not a source.
 */
function citingMedium(ctx: Context, q: Quote): Quote {
  if (!q.speaker || !isMedium(q.speaker)) return q;
  const sentence = sentenceAt(ctx, Math.max(q.start, q.end - 1));
  if (!sentence || sentence.end < q.end) return q;
  // Reported words without marks may run on over the credit: it is read from the quote's start.
  const from = q.kind === 'direct' ? q.end : q.start;
  const stretch = ctx.text.slice(from, sentence.end);
  if (!/\b(?:citing|quoting)\b/.test(stretch)) return q;
  const m = CITING_AT_END.exec(stretch);
  if (!m) return q;
  const np = m.groups!.np!;
  if (own(np) || namesNoOne(np)) return q;
  const at = from + m.index!;
  const start = at + m[0].lastIndexOf(np);
  const resolved = resolveSpeaker(ctx, start, start + np.length);
  // A source: someone named, or people, a group or records ("citing health concerns" gives a reason).
  if (resolved?.cluster === undefined && !citesSource(np)) return q;
  const source = resolved ?? { start, end: start + np.length, text: np };
  if (same(source, q.speaker) || q.via?.some((v) => same(v, source))) return q;
  const moved = { ...q, speaker: source, via: joinVia(q.via, [q.speaker]), rule: `${q.rule ?? 'quote'}+citing` };
  // The credit is no part of the words reported.
  return at > q.start && at < q.end ? { ...moved, end: at, text: ctx.text.slice(q.start, at) } : moved;
}

/** "…, The Denver Post has reported, citing unnamed sources.": the outlet and those it cites passed the sentence on. */
const REPORTED_CITING =
  /,\s*(?<outlet>(?:[Tt]he\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4})\s+(?:has\s+|had\s+)?(?:reported|reports|said|says)\s*,\s*(?:citing|quoting)\s+(?<source>[^,.;:!?]{2,60}?)\s*[.;]?\s*$/u;

/** A quote in a sentence that ends by crediting an outlet and its sources: both are go-betweens. */
function reportedCiting(ctx: Context, q: Quote): Quote {
  if (!q.speaker) return q;
  // The article's sentence, not the next stop: "Sen." ends no sentence.
  const sentence = sentenceAt(ctx, q.start);
  const end =
    sentence && sentence.end >= q.end
      ? sentence.end
      : sentenceEndAfter(ctx.text, q.end, Math.min(ctx.text.length, q.end + 300));
  // Reported words without marks may run on over the credit: it is read from the quote's start.
  const from = q.kind === 'direct' ? q.end : q.start;
  const stretch = ctx.text.slice(from, end);
  if (!/\b(?:citing|quoting)\b/.test(stretch)) return q;
  const m = REPORTED_CITING.exec(stretch);
  if (!m) return q;
  const at = from + m.index!;
  const outletAt = at + m[0].indexOf(m.groups!.outlet!);
  const outlet = resolveSpeaker(ctx, outletAt, outletAt + m.groups!.outlet!.length);
  const sourceAt = at + m[0].lastIndexOf(m.groups!.source!);
  const source = resolveSpeaker(ctx, sourceAt, sourceAt + m.groups!.source!.length);
  if (!outlet || same(outlet, q.speaker) || at <= q.start) return q;
  const via = joinVia(q.via, [outlet, ...(source && !same(source, q.speaker) ? [source] : [])]);
  // The credit is no part of the words reported.
  return at < q.end ? { ...q, end: at, text: ctx.text.slice(q.start, at), via } : { ...q, via };
}

/**
 * "According to people familiar with the interviews, three officials told Mr. Mueller’s team that …": the
 * words credited with "according to" open on a report of their own; its speaker is the origin, the one
 * credited and the one told are go-betweens. A cue in the present opens one only with "that" ("claims",
 * "writes" are as often a noun or take an object: "ISIS claims responsibility", "Smith's claims were
 * rejected"), and not with a relative "that" ("Medicare claims that were denied rose").
 */
const HEAD_REPORT =
  /^(?<np>(?:\p{Lu}[\p{L}'’.-]*|(?!(?:this|his|its|was|has|is|as|us|thus|perhaps|always|sometimes|whereas|yes|news|series)\b)\p{Ll}[\p{L}-]*[^s']s|the|a|an|two|three|four|several|some|many)(?:\s+[\p{L}'’.-]+){0,5}?)\s+(?:(?:now|also|still|often|again|too|increasingly|repeatedly|consistently|publicly|privately|openly|reportedly|allegedly|previously|recently|already|always|never)\s+)?(?:(?<cue>told)\s+(?<object>[^,;]{1,40}?)\s+that|(?<other>said|joked|wrote|claimed|insisted)(?:\s+that)?|(?<present>says|say|jokes|writes|claims|insists|insist)\s+that(?!\s+(?:was|were|is|are|has|have|had|would|will|could|can|may|might)\b))(?:\s+(?=\p{L})|\s*$)/u;

/**
 * "According to its website, the company says it has …": after words credited with "according to", "says"
 * and "say" open the report without "that" too (the credited phrase has told it is a report).
 */
const HEAD_SAYS =
  /^(?<np>(?:\p{Lu}[\p{L}'’.-]*|the|a|an|two|three|several|some|many)(?:\s+[\p{L}'’.-]+){0,4}?)\s+(?<present>says|say)\s+(?=(?:he|she|it|they|we|i|there|the|his|her|its|their|this|these|those)\s|\p{Lu}|\d)/u;

/** A possessor ("Smith's", "the workers'"): the noun after it is owned, it does not speak ("Smith's claims"). */
const POSSESSOR = /['’]s$|s['’]$/u;

/** The head report that the words credited with "according to" are made of, and no more ("Ana Ruiz claims that"). */
function headOnly(ctx: Context, q: Quote): QuoteSource | undefined {
  if (q.rule !== 'according-to' || !q.speaker || own(q.speaker.text)) return undefined;
  const words = ctx.text.slice(q.start, q.end);
  const m = HEAD_REPORT.exec(words);
  if (!m || m[0].trim().length !== words.trim().length || POSSESSOR.test(m.groups!.np!)) return undefined;
  return resolveSpeaker(ctx, q.start, q.start + m.groups!.np!.length);
}

/** The report the words credited with "according to" open on, in its speaker's own words (no go-between). */
function ownReport(ctx: Context, q: Quote, m: RegExpExecArray, speaker: QuoteSource): Quote {
  const np = m.groups!.np!;
  const said = m.groups!.cue ?? m.groups!.other ?? m.groups!.present!;
  const saidAt = q.start + m[0].indexOf(said, np.length);
  const from = q.start + m[0].length;
  return {
    ...q,
    start: from,
    text: ctx.text.slice(from, q.end),
    speaker,
    cue: { start: saidAt, end: saidAt + said.length, text: said },
    rule: 'according-to+report',
  };
}

function headReport(ctx: Context, q: Quote): Quote {
  if (q.rule !== 'according-to' || !q.speaker) return q;
  // "according to him": the speaker himself, no go-between — but "According to her statement, Ms. Carroll
  // says that …": the one the possessive stands for, named in the report, whose own statement it is.
  const ownWords = own(q.speaker.text);
  // Only their own words: a statement, a website, a filing ("its critics", "their parents" are others).
  const group = ownWords && /^(?:their|its)\s/i.test(q.speaker.text) && documentHead(q.speaker.text);
  if (ownWords && !group && !/^(?:his|her)\s/i.test(q.speaker.text)) return q;
  const words = ctx.text.slice(q.start, q.end);
  const m = HEAD_REPORT.exec(words) ?? HEAD_SAYS.exec(words);
  if (!m || m[0].length >= words.length - 12) return q;
  const np = m.groups!.np!;
  if (POSSESSOR.test(np)) return q;
  // "According to their statement, the parents say …", "According to its website, the company says …": the
  // group or body the possessive stands for speaks, in its own words.
  if (group) {
    const plural = /^their\s/i.test(q.speaker.text);
    const body = resolveSpeaker(ctx, q.start, q.start + np.length);
    const type = body?.cluster !== undefined ? ctx.entities.clusters[body.cluster]?.type : undefined;
    // "its" stands for a body, "their" for a group or a body ("the parents", "the company", "Acme and Bolt").
    const fits = !plural || /\s\p{Ll}+s$/u.test(np) || /\sand\s/.test(np) || type === 'organisation';
    return body && fits ? ownReport(ctx, q, m, body) : q;
  }
  if (ownWords) {
    const person = resolveSpeaker(ctx, q.start, q.start + np.length);
    if (person?.cluster === undefined || ctx.entities.clusters[person.cluster]?.type !== 'person') return q;
    // Only when "his" or "her" may stand for the one named: not a "Ms." for "his", nor someone named before
    // ("Mr. Cohen testified. According to his testimony, Mr. Trump said …": Trump's words, through Cohen's
    // testimony).
    const pronoun = /^(his|her)\b/i.exec(q.speaker.text)![1]!.toLowerCase();
    const title = /\b(Mr|Mrs|Ms|Miss)\.?\s*$/u.exec(ctx.text.slice(Math.max(0, person.start - 6), person.start))?.[1];
    const sex = title === 'Mr' ? 'his' : title ? 'her' : undefined;
    const before = antecedent(ctx, q.speaker.start, pronoun === 'his' ? 'he' : 'she');
    if ((!sex || sex === pronoun) && (before === undefined || before === person.cluster))
      return ownReport(ctx, q, m, person);
    // Someone else's: the one named speaks, through it (as below).
  }
  // "Three senior campaign officials": a group named by a common noun is the speaker, not a name inside it.
  const inner = /\s\p{Ll}+s$/u.test(np)
    ? { start: q.start, end: q.start + np.length, text: np }
    : resolveSpeaker(ctx, q.start, q.start + np.length);
  if (!inner || same(inner, q.speaker)) return q;
  // "told Mr. Mueller’s team": the one told passed the words on, when it is a name or a medium.
  const objectText = m.groups!.object?.trim() ?? '';
  const objectAt = q.start + m[0].indexOf(objectText, np.length);
  const told =
    objectText && /^(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}/u.test(objectText)
      ? resolveSpeaker(ctx, objectAt, objectAt + objectText.length)
      : undefined;
  const start = q.start + m[0].length;
  const cue = m.groups!.cue ?? m.groups!.other ?? m.groups!.present!;
  const cueAt = q.start + m[0].indexOf(cue, np.length);
  return {
    ...q,
    start,
    text: ctx.text.slice(start, q.end),
    speaker: inner,
    cue: { start: cueAt, end: cueAt + cue.length, text: cue },
    via: joinVia(joinVia(q.via, [q.speaker]), told ? [told] : []),
    rule: 'according-to+report',
  };
}

/**
 * "The justice had kicked off the storm with comments to The New York Times published Saturday. “I can’t
 * imagine …,” she said.": a direct quote credited with a bare cue, right after a sentence in the same
 * paragraph that says to which medium its speaker spoke (and names no other person), reached the article
 * through that medium.
 */
function introducedBefore(ctx: Context, q: Quote): Quote {
  if (q.kind !== 'direct' || q.via?.length || q.speaker?.cluster === undefined) return q;
  const index = spanIndexAt(ctx.sentences, q.start);
  const sentence = ctx.sentences[index];
  const before = ctx.sentences[index - 1];
  if (!sentence || !before || sentence.start < q.start - 2 || /\n/.test(ctx.text.slice(before.end, q.start))) return q;
  const media = mediaBetween(ctx, before.start, before.end).filter((m) => m.cluster !== q.speaker!.cluster);
  if (media.length !== 1) return q;
  const others = mentionsIn(ctx, before.start, before.end).filter(
    (m) => m.cluster !== q.speaker!.cluster && ctx.entities.clusters[m.cluster]?.type === 'person',
  );
  return others.length ? q : { ...q, via: media };
}

/**
 * "According to Tomas Ferlund, Ana Ruiz claims that “…”": words credited with "according to" that are only
 * the head of a report whose words a quote of the same speaker gives right after are no report of their
 * own; the one credited passes that quote on.
 */
function withoutHeads(ctx: Context, quotes: readonly Quote[]): Quote[] {
  const out = [...quotes];
  const dropped = new Set<number>();
  quotes.forEach((q, i) => {
    const head = headOnly(ctx, q);
    if (!head) return;
    const j = out.findIndex(
      (n, k) =>
        k !== i &&
        n.start >= q.end &&
        /^[\s:,“"‘']{0,4}$/u.test(ctx.text.slice(q.end, n.start)) &&
        n.speaker !== undefined &&
        same(n.speaker, head),
    );
    if (j < 0) return;
    dropped.add(i);
    const next = out[j]!;
    if (!next.via?.some((v) => same(v, q.speaker!))) out[j] = { ...next, via: joinVia([q.speaker!], next.via) };
  });
  return out.filter((_, i) => !dropped.has(i));
}

/** The quotes with the chains said in their sentences, and the reports inside direct quotes, in text order. */
export function reportsWithin(ctx: Context, quotes: readonly Quote[]): Quote[] {
  const out = origins(
    ctx,
    withoutHeads(
      ctx,
      quotes.map((q) => introducedBefore(ctx, accordingTo(ctx, q))),
    ).map((q) => reportedCiting(ctx, citingMedium(ctx, viewOfAnother(ctx, headReport(ctx, q))))),
  );
  for (const q of quotes) out.push(...reportsInside(ctx, q), ...callInside(ctx, q));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
