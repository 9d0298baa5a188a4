import {
  AFTER_STOPS,
  ANONYMITY,
  APPOSITION_HEADS,
  APPOSITION_OPENERS,
  BE_FORMS,
  CLAUSE_AFTER_ADDRESSEE,
  CLOSING_CUES,
  COMPARISON_WORDS,
  CONTENT_NOUNS,
  NO_CLOSING_FRAME,
  OBJECT_PREPOSITIONS,
  QUOTE_ONLY_CUES,
  SPEAKER_PRONOUNS,
  TELL_VERBS,
  TIME_BEFORE_CUE,
} from '../../locales/en/cues.ts';
import {
  appositionBefore,
  AUXILIARIES,
  contentAfterCue,
  frameAt,
  clauseAfterCue,
  holdsVerb,
  learnedCues,
  frameAfter,
  frameBefore,
  isCue,
  joinedClause,
  joinVia,
  mediaBetween,
  mediumNamedBefore,
  pastTold,
  RELATIVES,
  type Frame,
} from './frame.ts';
import { mentionsIn, resolveSpeaker, type Context } from './speakers.ts';
import type { Quote, QuoteSource, TextSpan } from './types.ts';
import { tokens, type Tok } from './words.ts';

/** Words before a cue that make it no report of speech ("was told", "to say", "the said"). */
const NOT_REPORTING = new Set(['to', 'the', 'a', 'an', ...BE_FORMS]);
/** Words right after a cue that start no reported clause ("said in", "asked for"). */
const NO_CLAUSE = new Set(['to', 'for', 'by', 'with', 'of', 'about', 'so', 'yes', 'no', 'goodbye']);
const MIN_CONTENT_WORDS = 3;
/** Words that open a concessive clause before the main clause. */
const CONCESSIVE = new Set(['while', 'although', 'though', 'whereas']);
/** Cues of refusal: reported speech only with "to" ("declined to comment"), else an action. */
const REFUSALS = new Set(['refused', 'refuses', 'refuse', 'declined', 'declines', 'decline']);
/** Words that start no reported words after a cue the model found: an agent or a source ("ordered by X"). */
const NO_REPORT_START = new Set(['by', 'from', 'with', 'of']);
/** The most tokens between the comma and a cue that ends its sentence ("…, FEC records compiled by X show"). */
const MAX_TRAILING_SUBJECT = 14;

/** The span `from..to` without surrounding spaces, commas or the final stop. */
function content(text: string, from: number, to: number): { start: number; end: number } {
  while (from < to && /[\s,]/.test(text[from]!)) from++;
  while (to > from && /[\s,;:.!?—–-]/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/** True when `from..to` holds enough words to be a reported statement. */
function enoughWords(text: string, from: number, to: number): boolean {
  return tokens(text, from, to).filter((t) => t.word).length >= MIN_CONTENT_WORDS;
}

/** A quote for `from..to` with a frame, found by `rule`; mixed when it holds quotation marks. */
function reported(ctx: Context, from: number, to: number, frame: Frame, rule: string): Quote | undefined {
  const span = content(ctx.text, from, to);
  if (!enoughWords(ctx.text, span.start, span.end)) return undefined;
  // "who asked not to be named": a source kept anonymous, no words reported.
  if (ANONYMOUS_START.test(ctx.text.slice(span.start, span.end))) return undefined;
  const text = ctx.text.slice(span.start, span.end);
  // A medium named inside the words reported as the one that reported a thing they tell of ("why a crack,
  // first reported by the Herald, had not been repaired") did not pass the words on.
  const via = frame.via?.filter(
    (v) =>
      v.end <= span.start ||
      v.start >= span.end ||
      !REPORTED_BY.test(ctx.text.slice(Math.max(span.start, v.start - 40), v.start)),
  );
  return {
    ...span,
    text,
    kind: /["“”„«»]/.test(text) ? 'mixed' : 'indirect',
    rule,
    ...(frame.speaker ? { speaker: frame.speaker } : {}),
    ...(frame.cue ? { cue: frame.cue } : {}),
    ...(via?.length ? { via } : {}),
  };
}

const ANONYMOUS_START = new RegExp(`^${ANONYMITY}\\b`, 'iu');

/** A thing told as another's report ("first reported by", "revealed by"), just before who reported it. */
const REPORTED_BY = /\b(?:reported|revealed|disclosed|broken)\s+by\s+(?:the\s+)?$/i;

/** "…, according to X." and "According to X, …": the sentence credited to X. */
function according(ctx: Context, from: number, to: number): Quote | undefined {
  const s = ctx.text.slice(from, to);
  const lead = /^according to ([^,]{1,80}),\s*/i.exec(s);
  if (lead) {
    const at = from + lead[0].indexOf(lead[1]!);
    const speaker = mediumNamedBefore(ctx, resolveSpeaker(ctx, at, at + lead[1]!.length));
    return reported(ctx, from + lead[0].length, to, speaker ? { speaker } : {}, 'according-to');
  }
  // "…, according to a new analysis by Fix the Court, a group that …": an apposition may describe the source.
  const tail = /,\s*according to ([^,]{1,80}?)(?:,\s*(?:a|an|the)\s[^,]{1,120}?)?[.!?]?\s*$/i.exec(s);
  if (tail) {
    const at = from + tail.index + tail[0].indexOf(tail[1]!);
    const speaker = mediumNamedBefore(ctx, resolveSpeaker(ctx, at, at + tail[1]!.length));
    return reported(ctx, from, from + tail.index, speaker ? { speaker } : {}, 'according-to');
  }
  return undefined;
}

/** Prepositions that open an adverbial phrase ("In recent comments, …", "On Monday, …"). */
const OPENING_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'following',
  'amid',
  'with',
  'for',
  'from',
  'since',
  'by',
  'despite',
  'under',
]);

/** A short subject, a comma, and what describes it: an apposition, a relative clause, an age, a source. */
const SUBJECT_WITH_APPOSITION =
  /^\s*(?:[\p{L}.’'-]+\s+){0,5}[\p{L}.’'-]+,\s+(?:the|a|an|who|whose|which|according\s+to|\d+)\b[^,]*$/iu;

/** True when `from..to` is a short subject with what describes it: its subject holds no verb ("Ana Ruiz"). */
function subjectWithApposition(ctx: Context, from: number, to: number): boolean {
  const text = ctx.text.slice(from, to);
  if (!SUBJECT_WITH_APPOSITION.test(text)) return false;
  return !holdsVerb(ctx, from, from + text.indexOf(','));
}

/** Subjects that open a clause ("that nobody would …", "that she loves …"). */
const CLAUSE_SUBJECTS = new Set([
  'i',
  'you',
  'he',
  'she',
  'it',
  'we',
  'they',
  'there',
  'nobody',
  'everyone',
  'everybody',
  'someone',
  'no',
]);

/**
 * True when "that" after a cue opens the words it reports: a subject pronoun after it, or a verb among the
 * words (an auxiliary, a form of "be", a word in -ed); after "told" only a subject pronoun ("told that she
 * …"; "told that crowd" names the one told). "He said that again on Friday", "said that day": no clause.
 */
function opensClause(cue: Tok, words: readonly Tok[]): boolean {
  if (CLAUSE_SUBJECTS.has(words[0]?.lower ?? '')) return true;
  if (TELL_VERBS.has(cue.lower) || words.length < 2) return false;
  return words.some((w) => AUXILIARIES.has(w.lower) || BE_FORMS.has(w.lower) || /[^e]ed$/.test(w.lower));
}

/** "…, X said." or "…, said X.": the words before the last comma, credited to the speaker after it. */
function trailing(ctx: Context, toks: readonly Tok[], k: number, from: number): Quote | undefined {
  let comma = -1;
  for (let i = k - 1; i >= 0 && k - i <= 9; i--) {
    if (toks[i]!.text === ',') {
      comma = i;
      break;
    }
    if (!toks[i]!.word && toks[i]!.text !== '-' && toks[i]!.text !== '.') return undefined;
  }
  if (comma < 1) return undefined;
  // "…Harry Reid, who he said …": a relative clause, not a frame of what comes before the comma.
  // "…, but Capt. Johnson said …": a clause of its own after a conjunction.
  // "…, after the RNC chairman was caught saying …": a subordinate clause tells when, it frames nothing before.
  if (
    /^(?:who|whom|which|that|whose|and|but|while|whereas|yet|so|after|before|when|because|since|although|though|if|until|once)$/.test(
      toks[comma + 1]?.lower ?? '',
    )
  )
    return undefined;
  const saidName = comma === k - 1;
  // "Ana Ruiz, the mayor, said the bridge remains closed": a short subject and its apposition (or
  // relative clause, age, source) before the cue are who speaks, not the words.
  if (saidName && subjectWithApposition(ctx, from, toks[comma]!.start)) return undefined;
  // "…, said Edward Magee, a spokesman for …": the name, before an apposition that describes it.
  const after = toks.slice(k + 1);
  const apposition = after.findIndex((t, i) => t.text === ',' && /^(?:a|an|the)$/.test(after[i + 1]?.lower ?? ''));
  const rest = (saidName && apposition > 0 ? after.slice(0, apposition) : after).filter((t) => t.word);
  if (rest.length > (saidName ? 5 : 8) || (rest.length && !saidName && !AFTER_STOPS.has(rest[0]!.lower)))
    return undefined;
  // "Addressing reporters on Wednesday, Wexley vowed that nobody would be abandoned": a cue with a "that"
  // clause of its own reports that clause, not the words before the comma ("…, he said that day", "…, she
  // told that crowd": "that" with no clause after it is a determiner).
  if (!saidName && rest[0]?.lower === 'that' && opensClause(toks[k]!, rest.slice(1))) return undefined;
  // So does one whose "that" clause comes right after where it was said ("…, Mr. Trump said on social media
  // that the meetings were good"): a phrase on a preposition, no mark and no other verb between ("…, she said
  // on Tuesday, adding that …" is not it), then "that" and a clause with a subject and a verb of its own,
  // read to its first mark ("…, the mayor said in a statement that was read aloud": a relative clause; "…,
  // the mayor said at that meeting.": a determiner — the words before the comma stand).
  const that = after.findIndex((t) => t.lower === 'that');
  const between = after.slice(0, Math.max(0, that));
  if (
    !saidName &&
    that > 1 &&
    between.length <= 5 &&
    OPENING_PREPOSITIONS.has(between[0]!.lower) &&
    between.every((t) => t.word && !/ing$/.test(t.lower))
  ) {
    // The clause's words, read on past the sentence's tokens here (they may stop at a quotation mark), up to
    // its first mark other than a quotation mark.
    const at = after[that]!.end;
    const clause: Tok[] = [];
    for (const t of tokens(ctx.text, at, Math.min(ctx.text.length, at + 160))) {
      if (!t.word && !/^["'“”‘’]$/u.test(t.text)) break;
      if (t.word) clause.push(t);
    }
    const verbFirst = (t: Tok | undefined) =>
      !!t && (AUXILIARIES.has(t.lower) || BE_FORMS.has(t.lower) || /ed$/.test(t.lower));
    if (clause.length >= 2 && !verbFirst(clause[0]) && opensClause(toks[k]!, clause.slice(0, 8))) return undefined;
  }
  // "The mayor, Ann Kel, said Caddenford wanted stable ties": words after the cue with a verb of their own
  // are what was said, not who said it.
  // Up to the first mark ("The key to success, says Buser, is …": the name alone).
  const mark = after.findIndex((t) => !t.word && t.text !== '-' && t.text !== '.');
  const name = (mark < 0 ? after : after.slice(0, mark)).filter((t) => t.word);
  if (saidName && name.length && clauseAfterCue(ctx, name[0]!.start, name.at(-1)!.end)) return undefined;
  // "The airline's CEO, Ed Bastian, said demand remained strong", "Two residents, reached by phone, said …":
  // words with an apposition and no verb of their own are who speaks, not what was said.
  const framed = ctx.text.slice(from, toks[comma]!.start);
  if (saidName && framed.includes(',') && !holdsVerb(ctx, from, toks[comma]!.start, true)) return undefined;
  // The frame runs to the end of the sentence: "…, said Tom Arkwell, an engineer."
  const frame = saidName
    ? frameAfter(ctx, toks[comma]!.end, toks[toks.length - 1]!.end)
    : frameBefore(ctx, toks[comma]!.end, toks[Math.min(k + 1, toks.length - 1)]!.end);
  if (!frame?.speaker) return undefined;
  // "In recent comments, Trump hinted at …": when words follow the cue, a short phrase that opens on a
  // preposition is an adverbial of the clause after it, not words that clause reports ("On balance, the
  // plan works, she said." ends on its cue and is a report).
  const before = tokens(ctx.text, from, toks[comma]!.start).filter((t) => t.word);
  if (rest.length && before.length <= 5 && OPENING_PREPOSITIONS.has(before[0]?.lower ?? '')) return undefined;
  // "…, a claim Tomas Ferlund firmly rejected": an apposition about the words before the comma, no frame.
  if (appositionBefore(toks.slice(comma + 1), frame.speaker)) return undefined;
  return reported(ctx, from, toks[comma]!.start, frame, 'trailing-cue');
}

/**
 * "told Mr. Credico he should lie": the one told, named, is not part of the words; the clause starts after
 * the name (and a bracket that goes with it: "told Credico (“Person 2”) that …").
 */
export function pastAddressee(
  ctx: Context,
  cue: string,
  start: number,
  to: number,
): { start: number; hearer?: TextSpan } {
  if (!TELL_VERBS.has(cue.toLowerCase())) return { start };
  const m = mentionsIn(ctx, start, Math.min(to, start + 80))[0];
  // Only titles before the name ("Mr.", "Sen.", "Secretary of State"): capitalised words, and "of".
  if (!m || !/^(?:(?:\p{Lu}[\p{L}.’'-]*|of)\s+){0,4}$/u.test(ctx.text.slice(start, m.start))) return { start };
  if (ctx.entities.clusters[m.cluster]?.type === 'place') return { start };
  const rest = ctx.text.slice(m.end, to);
  const bracket = /^\s*\([^()]{0,40}\)/u.exec(rest)?.[0].length ?? 0;
  const next = /^\s+(\p{L}+)/u.exec(rest.slice(bracket));
  if (!next || !CLAUSE_AFTER_ADDRESSEE.has(next[1]!.toLowerCase())) return { start };
  const clause = m.end + bracket + next[0].length - next[1]!.length;
  const hearer = { start, end: m.end, text: ctx.text.slice(start, m.end) };
  return { start: next[1]!.toLowerCase() === 'that' ? clause + 4 : clause, hearer };
}

/**
 * True when the source of a closing frame passed the speaker's words on: not a pronoun, nor the speaker
 * named again ("…, Ruiz added").
 */
export function passesOn(source: QuoteSource, speaker: QuoteSource | undefined): boolean {
  if (SPEAKER_PRONOUNS.has(source.text.toLowerCase())) return false;
  if (!speaker) return true;
  return source.cluster !== undefined && speaker.cluster !== undefined
    ? source.cluster !== speaker.cluster
    : source.text.toLowerCase() !== speaker.text.toLowerCase();
}

/**
 * A frame that closes a sentence after the words of a report ("…, the indictment said." / "…, the
 * indictment said, a reference to …"): where its comma stands, and whom it names.
 */
export function closingFrame(
  ctx: Context,
  from: number,
  to: number,
  needWords = true,
  markAfterComma = false,
): { comma: number; source: QuoteSource } | undefined {
  const toks = tokens(ctx.text, from, to);
  for (let k = toks.length - 1; k > 1; k--) {
    if (!isCue(toks, k)) continue;
    // Only a verb that passes words on ("…, the union denied." is no go-between's frame).
    if (!CLOSING_CUES.has(toks[k]!.lower)) return undefined;
    // The frame ends the sentence, or an apposition follows it ("…, the indictment said, a reference to …"),
    // not words it introduces ("…, he said, “I hope not.”").
    const next = toks[k + 1];
    if (next && next.text !== '.' && !(next.text === ',' && APPOSITION_OPENERS.has(toks[k + 2]?.lower ?? '')))
      return undefined;
    let at = k - 1;
    while (at > 0 && toks[at]!.text !== ',' && k - at <= MAX_TRAILING_SUBJECT) at--;
    // "…,” Mr. Rhodes said.": the frame of a quote the sentence holds, not of the report — unless the
    // caller reads a partial quote whose comma stands inside its closing mark.
    const mark = /^["'“”‘’]$/u.test(toks[at + 1]?.text ?? '');
    if (mark && !markAfterComma) return undefined;
    const comma = mark ? at + 1 : at;
    if (toks[at]?.text !== ',' || comma + 1 >= k || NO_CLOSING_FRAME.has(toks[comma + 1]!.lower)) return undefined;
    if (toks.slice(comma + 1, k).some((t) => !t.word && !/^[-’'.]$/.test(t.text))) return undefined;
    if (needWords && !enoughWords(ctx.text, from, toks[at]!.start)) return undefined;
    // "…, a claim the union denies": an apposition whose relative clause has a subject of its own.
    const phrase = toks.slice(comma + 1, k);
    // "…, far more than the governor said", "…, just as Republicans said": a comparison with what someone
    // said, not a source.
    if (phrase.some((t) => COMPARISON_WORDS.has(t.lower))) return undefined;
    if (
      APPOSITION_HEADS.has(phrase[0]!.lower) &&
      phrase.some(
        (t, i) =>
          i > 0 &&
          (/^(?:the|a|an)$/.test(t.lower) || /^\p{Lu}/u.test(t.text)) &&
          /^\p{Ll}/u.test(phrase[i - 1]!.text) &&
          !OBJECT_PREPOSITIONS.has(phrase[i - 1]!.lower),
      )
    )
      return undefined;
    // "…, The Harbor Post has reported": the auxiliary is no part of who reported.
    let last = k - 1;
    while (last > comma + 1 && AUXILIARIES.has(toks[last]!.lower)) last--;
    const source = resolveSpeaker(ctx, toks[comma + 1]!.start, toks[last]!.end);
    return source ? { comma: toks[at]!.start, source } : undefined;
  }
  return undefined;
}

/** "said no decision had been made": "no" opens a clause when a noun follows it ("said no", "said no to" do not). */
function negatedSubject(first: Tok, second: Tok | undefined): boolean {
  return first.lower === 'no' && !!second?.word && !/^(?:to|comment|thanks|way)$/.test(second.lower);
}

/** "X said (that) …", "X told reporters …": the words after the cue, credited to the speaker before it. */
function leading(ctx: Context, toks: readonly Tok[], k: number, end: number): Quote | undefined {
  const frame = frameBefore(ctx, toks[0]!.start, toks[k]!.end);
  if (!frame?.speaker || frame.cue?.start !== toks[k]!.start) return undefined;
  // "told CNN the package was …": the one told is not part of what was said.
  const addressed = pastAddressee(
    ctx,
    toks[k]!.text,
    pastTold(ctx, frame.via, toks[k]!.end, contentAfterCue(ctx.text, toks, k, end), end),
    end,
  );
  const start = addressed.start;
  const [first, second] = tokens(ctx.text, start, Math.min(end, start + 30));
  // "quoted Peskov as saying no decision had been made": after "as saying", "no" opens the clause.
  const asSaying = toks[k - 1]?.lower === 'as';
  if (!first || (NO_CLAUSE.has(first.lower) && !(asSaying && negatedSubject(first, second)))) return undefined;
  // "Trump refused Zelensky’s request": a refusal reports words only as "refused to …".
  if (REFUSALS.has(toks[k]!.lower) && first.lower !== 'to') return undefined;
  // "Stone told Credico he should lie, the indictment said": the words end before the frame that closes
  // the sentence, and whoever it names passed them on.
  const outer = closingFrame(ctx, start, end);
  const to = outer?.comma ?? end;
  // "X said in an interview with Y that …": Y passed the words on.
  const passedOn = outer && passesOn(outer.source, frame.speaker) ? [outer.source] : [];
  const via = joinVia(joinVia(frame.via, mediaBetween(ctx, toks[k]!.start, start)), passedOn);
  const holder = possessorOfClause(ctx, toks[k]!.end, start);
  if (holder) return reported(ctx, start, to, { speaker: holder }, 'clause-of-noun');
  const inner = embeddedReport(ctx, toks[k]!.end, to);
  if (inner) {
    // "McCoy said Holder told her change would not happen overnight": Holder's words, passed on by McCoy.
    const chain = joinVia(via, [frame.speaker]);
    return reported(ctx, inner.start, to, { speaker: inner.speaker, cue: inner.cue, via: chain }, 'embedded-report');
  }
  const found = reported(ctx, start, to, { ...frame, ...(via.length ? { via } : {}) }, 'leading-cue');
  return found && addressed.hearer ? { ...found, hearer: addressed.hearer } : found;
}

/** The most words of a speaker named at the head of a reported clause ("Eric Holder told her …"). */
const MAX_EMBEDDED_SPEAKER = 5;

/**
 * The verbs of a report inside reported words ("… reported that Lauten had confirmed that …"): saying and
 * telling, and the verbs that report someone's own account of what is so (these with "that" only).
 */
const EMBEDDED_CUES =
  /^(?:told|said|confirmed|acknowledged|admitted|conceded|insisted|claimed|testified|stated|wrote)$/;

/**
 * A report inside reported words: a clause that opens on a named speaker and a verb of saying
 * (`EMBEDDED_CUES`, after "had" or "has" too: "…said Holder told her that …", "The Post reported that
 * Lauten had confirmed that …"); its speaker, and where its words start.
 */
function embeddedReport(
  ctx: Context,
  from: number,
  to: number,
): { speaker: QuoteSource; cue: TextSpan; start: number } | undefined {
  let toks = tokens(ctx.text, from, Math.min(to, from + 120));
  // A time before "that" is the outer report's ("Police said Monday that Smith had confirmed …").
  const time = toks.findIndex((t, i) => i <= 3 && t.lower === 'that');
  if (time > 0) {
    const stretch = ctx.text.slice(from, toks[time]!.start);
    const m = TIME_BEFORE_CUE.exec(stretch);
    if (m && !stretch.slice(0, m.index).trim()) toks = toks.slice(time);
  }
  if (toks[0]?.lower === 'that') toks = toks.slice(1);
  const k = toks.findIndex((t, i) => i > 0 && i <= MAX_EMBEDDED_SPEAKER + 1 && EMBEDDED_CUES.test(t.lower));
  // The speaker ends before an auxiliary ("Lauten had confirmed").
  const last = k > 1 && /^(?:had|has|have)$/.test(toks[k - 1]!.lower) ? k - 2 : k - 1;
  if (k < 1 || last < 0 || last >= MAX_EMBEDDED_SPEAKER) return undefined;
  if (!/^\p{Lu}/u.test(toks[0]!.text) || toks.slice(0, k).some((t) => !t.word)) return undefined;
  // Not a report denied ("Lauten had not confirmed that …", "Smith never acknowledged that …"), nor a thing's
  // ("DNA tests had confirmed that …": a speaker's name ends on a capital).
  if (toks.slice(1, k).some((t) => /^(?:not|never|n['’]t|no)$/.test(t.lower))) return undefined;
  if (!/^\p{Lu}/u.test(toks[last]!.text)) return undefined;
  // A verb of one's own account reports words only with "that" ("had admitted that …"; not "had admitted to a
  // crime", "had claimed a loss of $916 million").
  if (!/^(?:told|said)$/.test(toks[k]!.lower) && toks[k + 1]?.lower !== 'that') return undefined;
  if (mentionsIn(ctx, toks[0]!.start, toks[last]!.end).length === 0) return undefined;
  const speaker = resolveSpeaker(ctx, toks[0]!.start, toks[last]!.end);
  const start = contentAfterCue(ctx.text, toks, k, to);
  const cue = { start: toks[k]!.start, end: toks[k]!.end, text: toks[k]!.text };
  return speaker && enoughWords(ctx.text, start, to) ? { speaker, cue, start } : undefined;
}

/**
 * "Trump expressed skepticism about one of Ukraine’s demands—that talks should …": a "that" clause
 * after a noun of what someone holds or asks is that noun's possessor's.
 */
function possessorOfClause(ctx: Context, cueEnd: number, start: number) {
  const between = tokens(ctx.text, cueEnd, start);
  const that = between.findLastIndex((t) => t.lower === 'that');
  if (that < 0) return undefined;
  let noun = that - 1;
  while (noun >= 0 && !between[noun]!.word) noun--;
  if (noun < 1 || !CONTENT_NOUNS.test(between[noun]!.lower)) return undefined;
  for (let i = noun - 1; i >= 0 && noun - i <= 3; i--) {
    const t = between[i]!;
    if (!/[’']s$/.test(t.text)) continue;
    const name = t.text.replace(/[’']s$/, '');
    return resolveSpeaker(ctx, t.start, t.start + name.length);
  }
  return undefined;
}

/**
 * True when the word after a passive's "by" opens who did it ("by the hospital", "by Dr. Kel"), not how or
 * when ("by phone", "by email", "by Monday", "by mistake").
 */
function agentAt(t: Tok | undefined, next: Tok | undefined): boolean {
  if (!t?.word) return false;
  if (/^(?:the|a|an|his|her|their|its|our|my)$/.test(t.lower)) return !!next?.word && !TIME_NOUNS.test(next.lower);
  if (/^(?:officials|police|doctors|lawyers|auditors|regulators|prosecutors|investigators)$/.test(t.lower)) return true;
  return /^\p{Lu}/u.test(t.text) && !TIME_NOUNS.test(t.lower);
}

/** Days, months, feasts and times of day: "by Monday", "by the end of the week", "by Christmas" say when. */
const TIME_NOUNS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|thanksgiving|easter|end|time|weekend|week|deadline|morning|afternoon|evening|night|start|beginning|middle|close|following|next|day|noon|midnight|summer|winter|spring|fall|autumn|year|month|hour|date)$/;

/**
 * The words a cue the model found reports: those after it ("believes (that) …", "a poll shows …"), or,
 * when the cue ends the sentence, those before the comma ahead of its subject ("…, the records show").
 */
function learnedContent(ctx: Context, toks: readonly Tok[], k: number, from: number, to: number): Quote | undefined {
  // "Asked whether …, he said": a clause that opens on its cue ends at its comma; who asked is not named.
  if (k === 0) {
    const comma = toks.findIndex((t) => t.text === ',');
    return comma > 0
      ? reported(ctx, contentAfterCue(ctx.text, toks, 0, toks[comma]!.start), toks[comma]!.start, {}, 'cue-model')
      : undefined;
  }
  const cued = frameAt(ctx, toks, k);
  // "Hallowell is expected to testify": the subject of a passive cue is not who expects it.
  // Its agent is: "The family was told by the hospital that …" (the hospital speaks).
  const passive =
    BE_FORMS.has(toks[k - 1]!.lower) && !(toks[k + 1]?.lower === 'by' && agentAt(toks[k + 2], toks[k + 3]));
  const frame = passive ? { ...cued, speaker: undefined } : cued;
  const start = pastTold(ctx, frame.via, toks[k]!.end, contentAfterCue(ctx.text, toks, k, to), to);
  const first = tokens(ctx.text, start, Math.min(to, start + 30))[0];
  if (first && NO_REPORT_START.has(first.lower)) return undefined;
  if (REFUSALS.has(toks[k]!.lower) && first?.lower !== 'to') return undefined;
  if (enoughWords(ctx.text, start, to)) return reported(ctx, start, to, frame, 'cue-model');
  // Only a cue that ends its sentence on a stop: not one before a colon or a quote ("said: “…”").
  if (!/^["”’']?\s*[.!?]/.test(ctx.text.slice(toks[k]!.end, to))) return undefined;
  for (let i = k - 1; i > 0 && k - i <= MAX_TRAILING_SUBJECT; i--) {
    if (toks[i]!.text !== ',') continue;
    // "…, a claim Tomas Ferlund firmly rejected": an apposition about the words before the comma.
    if (frame.speaker && appositionBefore(toks.slice(i + 1), frame.speaker)) return undefined;
    return reported(ctx, from, toks[i]!.start, frame, 'cue-model');
  }
  return undefined;
}

/** Reported speech by a cue the model finds: the first word it scores as one. */
function learned(ctx: Context, toks: readonly Tok[], from: number, to: number): Quote | undefined {
  for (const k of learnedCues(ctx, toks)) {
    const found = learnedContent(ctx, toks, k, from, concessiveEnd(toks, k, to));
    if (found) return found;
  }
  return undefined;
}

/**
 * Where the clause of a sentence that opens on "While", "Although" … ends: at its first comma after
 * `k` ("While Trump has claimed he could end the war in a day, those promises haven’t materialized":
 * what follows the comma is the writer's). `to` for any other sentence.
 */
function concessiveEnd(toks: readonly Tok[], k: number, to: number): number {
  if (!CONCESSIVE.has(toks[0]?.lower ?? '')) return to;
  const comma = toks.findIndex((t, i) => i > k && t.text === ',');
  return comma > 0 ? toks[comma]!.start : to;
}

/** Reported speech in one sentence: the first cue verb with a speaker, read either way. */
function inSentence(ctx: Context, from: number, to: number): Quote | undefined {
  const acc = according(ctx, from, to);
  if (acc) return acc;
  const toks = tokens(ctx.text, from, to);
  for (let k = 1; k < toks.length; k++) {
    if (!isCue(toks, k) || NOT_REPORTING.has(toks[k - 1]!.lower) || QUOTE_ONLY_CUES.has(toks[k]!.lower)) continue;
    const found = trailing(ctx, toks, k, from) ?? leading(ctx, toks, k, concessiveEnd(toks, k, to));
    if (found) return found;
  }
  return learned(ctx, toks, from, to);
}

/** The most words between "and" and the cue of a joined clause: its subject ("people close to him have"). */
const MAX_JOINED_SUBJECT = 6;

/** A clause joined to a report by ", and" or ", but" that opens on a subject and a cue of its own. */
function joinedReport(ctx: Context, first: Quote, to: number): { comma: number; quote: Quote } | undefined {
  const toks = tokens(ctx.text, first.start, Math.min(to, first.end));
  for (let j = 0; j + 2 < toks.length; j++) {
    if (toks[j]!.text !== ',' || !/^(?:and|but)$/.test(toks[j + 1]!.lower)) continue;
    for (let k = j + 3; k < toks.length && k - j - 2 <= MAX_JOINED_SUBJECT; k++) {
      if (!toks[k - 1]!.word) break;
      if (!isCue(toks, k)) continue;
      const quote = inSentence(ctx, toks[j + 2]!.start, to);
      if (!quote?.speaker || quote.cue?.start !== toks[k]!.start) break;
      // "Gowdy said Clinton did not respond, and her lawyer had informed the committee that …": a past
      // perfect after a past cue is backshifted, still the first speaker's report of another's words.
      if (toks[k - 1]!.lower === 'had' && first.speaker)
        return { comma: toks[j]!.start, quote: { ...quote, via: joinVia(first.via, [first.speaker]) } };
      return { comma: toks[j]!.start, quote };
    }
  }
  return undefined;
}

/**
 * A report by the cue of a relative clause that runs on into the main clause's ("Barkley, who says he
 * typically votes Democratic, said one candidate he likes is Kasich"): two reports, each ending where the
 * other's clause begins. Undefined when `first` is no such report or the main clause reports nothing.
 */
function mainAfterRelative(ctx: Context, first: Quote, from: number, to: number): Quote[] | undefined {
  const toks = tokens(ctx.text, from, to);
  const k = toks.findIndex((t) => t.start === first.cue?.start);
  if (k < 1 || !RELATIVES.has(toks[k - 1]!.lower)) return undefined;
  const m = toks.findIndex((t, j) => j > k && t.start >= first.start && toks[j - 1]!.text === ',' && isCue(toks, j));
  if (m < 0 || toks[m]!.start >= first.end) return undefined;
  const end = trimmedEnd(ctx.text, first.start, toks[m - 1]!.start);
  const trimmed = { ...first, end, text: ctx.text.slice(first.start, end) };
  const main = leading(ctx, toks, m, to);
  if (main) return [trimmed, main];
  // The main clause's words are quoted, and read with their marks: the report ends before its cue.
  return toks.some((t, j) => j > m && t.word && t.end <= first.end) ? undefined : [trimmed];
}

/** The end of `from..to` without the spaces and marks before `to`. */
function trimmedEnd(text: string, from: number, to: number): number {
  while (to > from && /[\s,;]/.test(text[to - 1]!)) to--;
  return to;
}

/**
 * The reported speech of `from..to`: that of its first clause and, when that clause is concessive
 * ("While some friends say …, others say …"), that of the main clause after it.
 */
function inClauses(ctx: Context, from: number, to: number): Quote[] {
  let first = inSentence(ctx, from, to);
  if (!first) return [];
  // "Mr. Stone said he will plead not guilty, and people close to him have predicted that …": a clause
  // joined with a subject and a cue of its own is the next speaker's report, not the first one's words.
  const joined = joinedReport(ctx, first, to);
  if (joined) {
    const end = trimmedEnd(ctx.text, first.start, joined.comma);
    first = { ...first, end, text: ctx.text.slice(first.start, end) };
    return [first, joined.quote];
  }
  const relative = mainAfterRelative(ctx, first, from, to);
  if (relative) return relative;
  const rest =
    first.end < to && /^[\s"”’']*,/.test(ctx.text.slice(first.end, to)) ? ctx.text.indexOf(',', first.end) + 1 : -1;
  const opens = rest > 0 && CONCESSIVE.has(tokens(ctx.text, from, Math.min(to, from + 12))[0]?.lower ?? '');
  const second = opens ? inSentence(ctx, rest, to) : undefined;
  return second ? [first, second] : [first];
}

/** The indirect (and mixed) quotes of the sentences no direct quote already covers. */
export function indirectQuotes(ctx: Context, direct: readonly Quote[], headlines: ReadonlySet<number>): Quote[] {
  const out: Quote[] = [];
  let d = 0;
  for (const s of ctx.sentences) {
    if (headlines.has(s.paragraph)) continue;
    while (d < direct.length && direct[d]!.end <= s.start) d++;
    const inside = direct.slice(d).filter((q) => q.start < s.end && q.end > s.start);
    // A sentence with a quote may go on with another speaker's words ("…,” and Stubb warned that …"):
    // what follows the last quote, after a conjunction, is read on its own.
    // "X told AP that Russia is not interested in talks: “…”": a reported clause before the quote.
    const firstQuote = inside[0];
    if (firstQuote && firstQuote.start > s.start) {
      // The one told, left out of a quote's words, is no report of its own ("Mr. Dorn told Mr. Ivo Roe …").
      const end = firstQuote.hearer?.start ?? firstQuote.start;
      out.push(...inClauses(ctx, s.start, end).filter((q) => q.end <= end));
    }
    const last = inside.at(-1);
    // The comma may stand inside the closing mark ("“a predator,” and …").
    const commaInside = !!last && /[,;]["”’]?$/.test(ctx.text.slice(last.start, last.end));
    const gap = last ? ctx.text.slice(last.end, s.end) : '';
    // Only punctuation between the quote and the conjunction.
    const rest = last
      ? [...gap.matchAll(joinedClause(commaInside))].find((m) => !/[\p{L}\p{N}]/u.test(gap.slice(0, m.index)))
      : undefined;
    if (last && !rest) continue;
    const from = last ? last.end + rest!.index! + rest![0].length : s.start;
    out.push(...inClauses(ctx, from, s.end));
  }
  return out;
}
