import { mediaBetween } from './frame.ts';
import { antecedent, mentionsIn, type Context } from './speakers.ts';
import type { Quote } from './types.ts';
import { ELSEWHERE, NOT_BEFORE, OBJECT_BEFORE, SUBJECT_GAP, TOOK_TO } from '../../locales/en/cues.ts';

/** How many sentences before a quote may name the medium its speaker spoke to. */
const REACH = 2;

/**
 * A phrase of the occasion the words were said on ("in her Twitter post", "at a rally", "in a statement",
 * "took to Twitter to explain …"): the speaker's own, so no medium named before is where they went.
 */
const OWN_OCCASION =
  /\b(?:in|on|at|during)\s+(?:an?|his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}?(?:post|tweet|statement|interview|speech|letter|video|appearance|remarks|address|conference|rally|email|message|op-ed|column|essay|hearing|briefing)s?\b/i;

/**
 * True when the speaker (`cluster`) took to a platform of her own in `from..to` ("Griffin took to Twitter to
 * explain …", "Taking to X, Hochul said …"): the one who took to it is the speaker — the last person named
 * before it, or a pronoun that stands for the speaker; at the head of the sentence, the first named after.
 * Not when others did ("After critics took to Twitter, …", "Unlike Adams, who took to Twitter, …") or the
 * speaker did not ("who rarely takes to social media").
 */
function tookToOwnPlatform(ctx: Context, from: number, to: number, cluster: number): boolean {
  const text = ctx.text.slice(from, to);
  for (const m of text.matchAll(TOOK_TO)) {
    const at = from + m.index;
    if (NOT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (ELSEWHERE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const named = mentionsIn(ctx, from, at);
    const last = named.at(-1);
    const pronoun = /\b(?:he|she)\s+(?:\w+\s+)?$/i.exec(ctx.text.slice(last?.end ?? from, at));
    if (pronoun) {
      if (antecedent(ctx, (last?.end ?? from) + pronoun.index) === cluster) return true;
      continue;
    }
    if (last) {
      // The subject stands right before ("Griffin took", "Griffin later took", "Hochul, taking"), nothing
      // of its own clause between.
      if (
        last.cluster === cluster &&
        SUBJECT_GAP.test(ctx.text.slice(last.end, at)) &&
        !OBJECT_BEFORE.test(ctx.text.slice(Math.max(from, last.start - 40), last.start))
      )
        return true;
      continue;
    }
    // "Taking to X, Hochul said": the first named after the participle's clause — not a gerund that is
    // a subject ("Taking to Twitter was not his style, Adams said").
    if (/^\s+(?:was|is|has|had|would|will|can|could|remains?)\b/i.test(ctx.text.slice(at + m[0].length))) continue;
    const after = mentionsIn(ctx, at + m[0].length, to)[0];
    if (/^taking$/i.test(m[0].split(/\s+/)[0]!) && after?.cluster === cluster) return true;
  }
  return false;
}

/** Pronouns that stand for one person, as subject or possessor. */
const PERSONAL = /\b(?:he|she|his|her)\b/gi;

/** True when the sentence `from..to` tells of the entity `cluster`: it names it, or a pronoun there stands for it. */
function tellsOf(ctx: Context, from: number, to: number, cluster: number): boolean {
  if (mentionsIn(ctx, from, to).some((m) => m.cluster === cluster)) return true;
  for (const m of ctx.text.slice(from, to).matchAll(PERSONAL))
    if (antecedent(ctx, from + m.index) === cluster) return true;
  return false;
}

/**
 * The medium a speaker's words reached, named in a sentence just before the quote that tells of that
 * speaker ("… his push first emerged in an interview with “Axios on HBO”. He said he wants …", "The
 * justice had kicked off the storm with comments to The New York Times. “…,” she said."): the chain of
 * reporting of a quote with none of its own.
 */
export function mediumFromContext(ctx: Context, quotes: readonly Quote[]): Quote[] {
  const { sentences } = ctx;
  let i = 0;
  let last: { quote: Quote; paragraph: number } | undefined;
  const at: number[] = [];
  const placed = quotes.map((q) => {
    while (i < sentences.length - 1 && sentences[i]!.end <= q.start) i++;
    at.push(i);
    const one = placeOne(ctx, q, i, last);
    last = { quote: one, paragraph: sentences[i]?.paragraph ?? 0 };
    return one;
  });
  return placed.map((q, n) => {
    const next = placed[n + 1];
    return next && at[n + 1]! - at[n]! <= 1 ? interviewNamedNext(ctx, q, at[n]!, next) : q;
  });
}

/** Words that say the words were said in an interview whose medium the sentence does not name. */
const IN_AN_INTERVIEW = /\bin\s+an?\s+(?:[\w-]+\s+){0,2}?interview\b(?!\s+(?:with|on|to|for)\b)/i;

/**
 * "Ryan said in an interview that the president “obviously” cannot … “You obviously cannot do that,”
 * Ryan told WVLK.": the medium of an interview named by the speaker's next quote, in its sentence or
 * the next (`i`: the quote's sentence).
 */
function interviewNamedNext(ctx: Context, q: Quote, i: number, next: Quote): Quote {
  const cluster = q.speaker?.cluster;
  if (q.via?.length || cluster === undefined || !next.via?.length || next.speaker?.cluster !== cluster) return q;
  const sentence = ctx.sentences[i];
  if (!sentence || !IN_AN_INTERVIEW.test(ctx.text.slice(sentence.start, sentence.end))) return q;
  return { ...q, via: next.via };
}

/**
 * The chain of one quote (its sentence `i`): its own; else that of the speaker's quote just before, in
 * its paragraph or the one before (the same interview goes on: "…, she told CNN. “…,” she said."); else
 * the medium named in the sentences before.
 */
function placeOne(ctx: Context, q: Quote, i: number, last: { quote: Quote; paragraph: number } | undefined): Quote {
  const { sentences } = ctx;
  const cluster = q.speaker?.cluster;
  if (q.via?.length || cluster === undefined) return q;
  const here = sentences[i];
  // "In her Twitter post, Griffin said …": the quote's own sentence names where the words were said.
  if (here && OWN_OCCASION.test(ctx.text.slice(here.start, q.start))) return q;
  if (here && tookToOwnPlatform(ctx, here.start, q.start, cluster)) return q;
  if (
    q.kind === 'direct' &&
    last?.quote.kind === 'direct' &&
    last.quote.via?.length &&
    last.quote.speaker?.cluster === cluster &&
    (here?.paragraph ?? 0) - last.paragraph <= 1
  )
    return { ...q, via: last.quote.via };
  for (let j = i - 1; here && j >= 0 && i - j <= REACH; j--) {
    const s = sentences[j]!;
    if (here.paragraph - s.paragraph > 1) break;
    // A sentence wholly inside quotation marks is someone's words, not the writer's account.
    if (ctx.segments.some((x) => x.start <= s.start + 1 && s.end <= x.end + 2)) continue;
    const media = mediaBetween(ctx, s.start, s.end).filter((m) => m.cluster !== cluster);
    // The nearest sentence that tells of the speaker sets the scene: with a medium, or without one
    // ("In her Twitter post on Tuesday, Griffin said …").
    const tells = tellsOf(ctx, s.start, s.end, cluster);
    if (!media.length && !tells) continue;
    return media.length && tells ? { ...q, via: media.slice(0, 1) } : q;
  }
  return q;
}
