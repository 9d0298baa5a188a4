/**
 * Denials inside one article: a sentence in which someone denies, rejects or disputes a claim, and the
 * claim it denies — said in a "that" clause after the denial ("Trump denied claims that he pressured
 * Zelensky …"), or pointed back to ("Reports indicated that Trump paused the meeting …, though U.S.
 * officials denied these claims"; "… . The ministry rejected the report."). Each is a dispute with two
 * sides: what was claimed (and by whom, when the text says) and the denial (and who denies).
 *
 * A refusal is no denial: "rejected the request", "rejected the idea" turn down a proposal, a position
 * and not a claim said to be false; only the nouns of what is said to be true (CLAIM_NOUNS) and "that"
 * clauses count as what is denied. Pure: text and sentences in, findings out.
 */
import type { Span } from '../../article/span.ts';
import {
  ACCIDENT_ANSWERS,
  ACCUSATION_FRAME,
  ACCUSATION_WORDS,
  ANSWER_VERBS,
  APOLOGY_PHRASES,
  DEFENCE_VERBS,
  DEFENDING_PHRASES,
  DEFENDING_WORDS,
  HOLDING_PHRASES,
  HOLDING_VERBS,
  ANAPHORIC_DETERMINERS,
  CHANGE_PHRASES,
  CHARGE_DENIALS,
  CLAIM_NOUNS,
  CONTRAST_CONJUNCTIONS,
  DENIAL_NOUNS,
  DENIAL_ADVERBS,
  DENIAL_PHRASES,
  DENIAL_VERBS,
  EARLIER_MARKERS,
  FALSE_WORDS,
  FALSITY_PHRASES,
  FALSITY_PREDICATES,
  FIRST_MARKERS,
  INSIST_VERBS,
  INTENT_WORDS,
  KEY_STOPWORDS,
  REMARK_VERBS,
  SAYING_GERUNDS,
  SPEECH_NOUNS,
  MASS_CLAIM_NOUNS,
  NOW_MARKERS,
  POSITION_VERBS,
  TENURE_VERBS,
  CHARGED,
  NOT_YET_CHARGED,
  STATUS_CONDITIONS,
  APPOSED_CLAIM_VERBS,
  APPOSED_DENIAL_VERBS,
  ACTION_WORDS,
  CALLING_VERBS,
  SILENCING_VERBS,
} from '../../locales/en/denials.ts';
import { KIN_GENDER } from '../../locales/en/names.ts';
import { ROLE_TITLES } from '../../locales/en/titles.ts';
import { ISSUE_STOPWORDS, ISSUE_SYNONYMS, NEED_WORDS, STANCE_PHRASES, THINK_WORDS } from '../../locales/en/stances.ts';
import { alternatives, phraseAlternatives } from './patterns.ts';

/** One denial found. */
export interface Denial {
  /**
   * The claim denied: its words (a clause or a sentence) and who made it, when said. None when the
   * article does not say it ("the source insisted that the White House never offered …"): other
   * articles of the event may.
   */
  claim?: Span & { by?: string };
  /** The denial: from its speaker to the end of its clause, and who denies. */
  denial: Span & { by?: string };
  /** The claim in words, without its reporting frame. */
  content: string;
  /** The denial's verb in the past ("denied", "rejected", "disputed", "called it an accident, denying"). */
  verb: string;
  /**
   * How it is said: a verb or noun of denial with what it denies (`cue`), words that call what was
   * just said false (`falsity`), holding to a negative (`insist`), an answer to charges (`charges`), or
   * calling what one did an accident against the charge of doing it knowingly (`intent`).
   */
  form: 'cue' | 'falsity' | 'insist' | 'charges' | 'intent';
  /** Its content words and the names of its sentence, to match it with the same denial or claim elsewhere. */
  key: string[];
  names: string[];
}

/**
 * A claim's sentence with who makes it, when it opens on a reporting frame ("Reports indicated that …"), and
 * its words without the frame.
 */
function framed(text: string, span: Span): { claim: Span & { by?: string }; content: string } {
  const words = text.slice(span.start, span.end);
  const frame = FRAME.exec(words);
  return {
    claim: { ...span, ...(frame ? { by: frame.groups!.by!.trim() } : {}) },
    content: (frame ? words.slice(frame[0].length) : words).replace(/\s+/g, ' ').trim(),
  };
}

/** A denial of the claim said at `claim`, with who said it and its words (`framed`). */
function claimDenied(text: string, sentence: Span, claim: Span, d: Pick<Denial, 'denial' | 'verb' | 'form'>): Denial {
  const said = framed(text, claim);
  return finish(text, sentence, {
    claim: said.claim,
    denial: d.denial,
    content: said.content,
    verb: d.verb,
    form: d.form,
  });
}

/** The past of a denial's verb or noun. */
function past(cue: string): string {
  const word = cue.toLowerCase();
  const stem = word
    .replace(/^(?:denial|denials)$/, 'deny')
    .replace(/^rejection$/, 'reject')
    .replace(/^rebuttal$/, 'rebut')
    .replace(/^refutation$/, 'refute')
    .replace(/(?:ies|ied|ying)$/, 'y')
    .replace(/(?:es|ed|ing|s)$/, '')
    .replace(/tt$/, 't');
  if (stem.endsWith('y')) return `${stem.slice(0, -1)}ied`;
  if (stem === 'rebut') return 'rebutted';
  return /e$/.test(stem) ? `${stem}d` : /(?:refut|disput)$/.test(stem) ? `${stem}ed` : `${stem}ed`;
}

/** When the claim was made, between its noun and its "that" clause ("a neighbor's report Thursday that …"). */
const WHEN = String.raw`(?:,?\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|recently|last\s+(?:week|month|year)|this\s+(?:week|month|year))(?:\s+(?:morning|afternoon|evening|night))?,?)`;

/** "that week", "that morning": a determiner, not the start of a clause. */
const NOT_A_TIME = String.raw`(?!\s+(?:day|week|month|year|morning|afternoon|evening|night|time)\b)`;

/**
 * "That" before a claim noun in the singular that ends its phrase points back ("denied that claim on
 * Monday", "denied that claim Tuesday", "rejected that characterization of events", "denied that account
 * again", "rejected that account."); otherwise it opens the clause denied ("denied that reports of abuse
 * were true", "denied that report cards were altered"), as it does before a noun of no number ("denied that
 * speculation of a royal rift had any basis", "that reporting of casualties had been suppressed").
 */
const THAT_SINGULAR =
  `that(?=\\s+(?:${alternatives(CLAIM_NOUNS.filter((n) => !n.endsWith('s') && !MASS_CLAIM_NOUNS.includes(n)))})` +
  `(?:\\s*(?:[,.;:!?)”"]|$)|\\s+(?:on|in|at|as|to|by|of|with|from|through|during|after|before|when|while|and|but|again|earlier|yesterday|today|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${alternatives(DENIAL_ADVERBS)})\\b))`;

/** A denial verb or noun, then what it denies: "denied (these) claims (that …)", "denied that …". */
const CUE = new RegExp(
  `\\b(?:(?<verb>${alternatives([...DENIAL_PHRASES, ...DENIAL_VERBS])})|(?<noun>${alternatives(DENIAL_NOUNS)})\\s+of)\\b` +
    `(?:\\s+(?:any|all|the|these|those|such|this|${THAT_SINGULAR}|its|their|earlier|recent|media|press|news|(?<owner>[a-z]+'s|[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)*['’]s)))*(?:\\s+[a-z][\\w-]*){0,2}?` +
    `\\s+(?:(?<object>${alternatives(CLAIM_NOUNS)})\\b(?:${WHEN}?\\s+(?<that>that)\\b${NOT_A_TIME})?|(?<bare>that)\\b${NOT_A_TIME})`,
  'gi',
);

/** A denial verb and "that" with at most an adverb, a day or "to reporters" between ("denied Tuesday that"). */
const BARE_THAT = new RegExp(
  String.raw`^\p{L}+(?:\s+\p{L}+ly)?(?:${WHEN})?(?:\s+to\s+\p{L}+(?:\s+\p{L}+)?)?\s+that$`,
  'iu',
);

/** A determiner before a denial word makes it a noun ("a contest between", "the dispute over"), not a verb. */
const DETERMINER_BEFORE = /\b(?:a|an|the|this|these|those|his|her|its|their|our|my|your|no|any|every|each)\s+$/i;

const CONTRAST = new RegExp(`(?:,|;|—|–)\\s*(?:${alternatives(CONTRAST_CONJUNCTIONS)})\\s+`, 'gi');

/**
 * A reporting frame at the start of a claim: "Reports indicated that", "The FT, citing …, said",
 * "The tabloid published a story earlier this week claiming that".
 */
const FRAME =
  /^(?<by>(?:[A-Z][^,]{0,80}?|(?:early |some |several |media |press |news )?(?:reports?|sources?|officials?|media)[^,]{0,40}?))\s+(?:said|says|reported|indicated|suggested|claimed|alleged|stated|wrote|writes|published [^,]{0,60}?(?:claiming|saying|alleging|reporting))\s+(?:that\s+)?/i;

/** The white space and punctuation around a span, left out. */
function tight(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;:—–"“”]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:.!?—–]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Adverbs between a subject and its verb ("later", "vehemently"): not the subject. */
const ADVERB = /^(?:\p{L}+ly|also|later|again|swiftly|quickly|publicly|immediately|repeatedly|have|has|had)$/iu;

/** Words that end a clause before the subject ("said it was possible that Wal-Mart"). */
const CLAUSE_WORDS = new Set([
  'that',
  'who',
  'which',
  'said',
  'says',
  'was',
  'is',
  'were',
  'are',
  'and',
  'as',
  'when',
  'after',
  'before',
  'because',
  'if',
]);

/** A denial that is not one: negated ("did not dispute"), or only possible ("could refute", "to deny"). */
const NOT_A_DENIAL = /\b(?:not|n['’]t|never|no|could|would|might|may|can|will|should|must|to)\s+(?:\p{L}+ly\s+)?$/iu;

/** A determiner or a capital: how a noun phrase that can be a subject starts. */
const NOUN_PHRASE = /^(?:(?:a|an|the|his|her|its|their|our|this|that)\s|\p{Lu})/u;

/** A participle phrase ("Reached for comment", "Speaking to reporters"): no subject. */
const PARTICIPLE = /^\p{L}{3,}(?:ed|ing)\b/iu;

/** A relative clause or an apposition's verb ("who co-founded …"): passed over, back to its noun. */
const RELATIVE = /^(?:who|whom|whose|which|that|where)\b/i;
/** Relative words that open a relative clause only ("that" may also be a determiner or open a clause said). */
const WHO_WHICH = /^(?:who|whom|whose|which)$/i;

/**
 * The subject of the cue: the words before it in its clause, at most 8, adverbs left out. Past a
 * relative clause or an apposition set off by commas ("Alex Poulter, who co-founded …, also disputed";
 * "a spokesman for American Media Inc., the Enquirer's parent company, also denied") it is the first
 * noun phrase of the run.
 */
function subjectBefore(text: string, clauseStart: number, cue: number): Span | undefined {
  // The comma-separated segments before the cue, with their offsets.
  const segments: Span[] = [];
  let from = clauseStart;
  for (let i = clauseStart; i <= cue; i++) {
    if (i === cue || text[i] === ',') {
      segments.push({ start: from, end: i });
      from = i + 1;
    }
  }
  const words = (span: Span) =>
    [...text.slice(span.start, span.end).matchAll(/[^\s]+/g)].map((m) => ({
      word: m[0],
      start: span.start + m.index!,
      end: span.start + m.index! + m[0].length,
    }));
  // The segment next to the cue: adverbs dropped, and only the words after the last clause word.
  const last = words(segments.pop()!);
  while (last.length && ADVERB.test(last.at(-1)!.word)) last.pop();
  let cut = 0;
  last.forEach((w, i) => {
    if (CLAUSE_WORDS.has(w.word.toLowerCase())) cut = i + 1;
  });
  const near = last.slice(cut);
  if (near.length) {
    if (near.length > 8) return undefined;
    return { start: near[0]!.start, end: near.at(-1)!.end };
  }
  if (cut) return undefined;
  // Nothing between the previous comma and the cue: back over relative clauses to a run of noun phrases.
  let chosen: Span | undefined;
  while (segments.length) {
    const seg = words(segments.pop()!);
    if (!seg.length) continue;
    const phrase = text.slice(seg[0]!.start, seg.at(-1)!.end);
    if (RELATIVE.test(phrase) && !chosen) continue;
    // "… who first disclosed …, and in doing so ignited a controversy, denied": the rest of the relative
    // clause before it (not "…, and the council, which met, denied": a noun phrase after "and" is a subject).
    if (
      !chosen &&
      /^(?:and|or|but)\s/i.test(phrase) &&
      !NOUN_PHRASE.test(phrase.replace(/^\S+\s+/, '')) &&
      segments.length &&
      words(segments.at(-1)!).some((w, i) => i > 0 && WHO_WHICH.test(w.word))
    )
      continue;
    // A noun phrase with a long relative clause of its own ("the Internal Revenue Service official who first
    // disclosed that the agency …"): the noun phrase, before the relative word.
    // Only when no name was found after it ("…, Lois Lerner, denied" keeps the name), and the relative
    // clause is the phrase's last part (not "The C.E.O. — who spoke to CNN — and her deputy").
    const relative = seg.findIndex((w, i) => i > 0 && WHO_WHICH.test(w.word));
    const cut =
      !chosen &&
      seg.length > 8 &&
      relative > 0 &&
      /\p{L}/u.test(seg[relative - 1]!.word) &&
      !seg.slice(relative).some((w) => /^(?:and|or)$/i.test(w.word));
    const head = cut ? seg.slice(0, relative) : seg;
    // A dateline before it ("WASHINGTON — The … official") is no part of it.
    const dateline = head.findIndex(
      (w, i) =>
        i > 0 &&
        i <= 4 &&
        /^[—–-]+$/.test(w.word) &&
        /^\p{Lu}[\p{Lu}.,' ]*$/u.test(text.slice(head[0]!.start, head[i - 1]!.end)),
    );
    const from = dateline > 0 ? head.slice(dateline + 1) : head;
    if (!from.length || !NOUN_PHRASE.test(phrase) || PARTICIPLE.test(phrase) || from.length > 8) break;
    chosen = { start: from[0]!.start, end: from.at(-1)!.end };
  }
  return chosen;
}

/** The denials of an article. */
export function findDenials(text: string, sentences: readonly Span[]): Denial[] {
  const out: Denial[] = [];
  sentences.forEach((sentence, index) => {
    const s = text.slice(sentence.start, sentence.end);
    for (const m of s.matchAll(CUE)) {
      const groups = m.groups!;
      // "rejected that" is no denial of a claim ("rejected that idea"); "denied/disputed that …" is, with
      // at most adverbs between ("denied flatly that"; not "a contest between that player and …").
      if (groups.bare && !/^(?:den|disput|contest)/i.test(groups.verb ?? '')) continue;
      if (groups.bare && !BARE_THAT.test(m[0])) continue;
      const cueAt = sentence.start + m.index!;
      if (groups.verb && DETERMINER_BEFORE.test(text.slice(Math.max(sentence.start, cueAt - 12), cueAt))) continue;
      if (NOT_A_DENIAL.test(text.slice(Math.max(sentence.start, cueAt - 40), cueAt))) continue;
      const afterCue = sentence.start + m.index! + m[0].length;
      // The clause of the denial: from the last contrast before the cue (or the sentence start).
      let clauseStart = sentence.start;
      let contrastAt: number | undefined;
      for (const c of s.matchAll(CONTRAST)) {
        if (c.index! >= m.index!) break;
        clauseStart = sentence.start + c.index! + c[0].length;
        contrastAt = sentence.start + c.index!;
      }
      // A verb's subject denies; a noun's possessor does ("the ministry's categorical rejection of").
      let denier = subjectBefore(text, clauseStart, cueAt);
      if (groups.noun && denier) {
        const words = text.slice(denier.start, denier.end);
        const possessive = /^(.*?)['’]s?(?:\s+\p{Ll}+)*$/u.exec(words);
        denier = possessive?.[1] ? { start: denier.start, end: denier.start + possessive[1].length } : undefined;
      }
      // "… did not dispute X, but disputed its characterization": the denial shares the subject of the
      // clause before it, which is then no claim of another; what it denies is not said here.
      if (!denier && contrastAt !== undefined) continue;
      // The clause ends at a contrast after the cue ("…, but then heard her named on the news").
      const rest = text.slice(afterCue, sentence.end);
      const contrastAfter = [...rest.matchAll(CONTRAST)][0]?.index;
      const clauseEnd = tight(
        text,
        afterCue,
        contrastAfter !== undefined ? afterCue + contrastAfter : sentence.end,
      ).end;
      const denial = {
        ...tight(text, denier?.start ?? cueAt, sentence.end),
        ...(denier ? { by: issuerOf(text, sentences, index, text.slice(denier.start, denier.end)) } : {}),
      };
      let claim: (Span & { by?: string }) | undefined;
      if (groups.that || groups.bare) {
        // The claim is said after the denial: "denied claims that he pressured …".
        const span = tight(text, afterCue, clauseEnd);
        if (span.end - span.start < 12) continue;
        claim = span;
      } else if (
        groups.object &&
        ANAPHORIC_DETERMINERS.some((d) => new RegExp(`\\b${d}\\s+(?:\\w+\\s+)?${groups.object}\\b`, 'i').test(m[0]))
      ) {
        // The claim was said before: earlier in the sentence, past the contrast, or in a sentence before.
        if (contrastAt !== undefined && contrastAt > sentence.start) claim = tight(text, sentence.start, contrastAt);
        else claim = claimBefore(text, sentences, index, denier ? text.slice(denier.start, denier.end) : '');
      } else if (groups.owner) {
        // "Mr. Witkoff's characterization": what that one said, earlier in the article.
        claim = saidBefore(text, sentences, index, groups.owner.replace(/['’]s$/, ''));
      }
      if (!claim || claim.end - claim.start < 12) continue;
      // Its reporting frame says who made the claim; the content is what follows it.
      const words = text.slice(claim.start, claim.end);
      const frame = FRAME.exec(words);
      const content = frame ? words.slice(frame[0].length) : words;
      if (content.split(/\s+/).length < 4) continue;
      out.push(
        finish(text, sentence, {
          claim: { ...claim, ...(frame ? { by: frame.groups!.by!.trim() } : {}) },
          denial,
          content: content.replace(/\s+/g, ' ').trim(),
          verb: groups.verb?.includes(' ') ? 'disputed' : past(groups.verb ?? groups.noun!),
          form: 'cue',
        }),
      );
    }
    out.push(...apposedDenials(text, sentences, index));
    out.push(...otherDenials(text, sentences, index, out));
  });
  return out;
}

/**
 * A claim, then in apposition its denial: "They argued that …, she had waived her Fifth Amendment right,
 * a contention Ms. Lerner’s lawyer disputed"; "…, a claim that Gowdy’s office strongly disputes"; "…, a
 * charge that was denied by the party". The claim is the clause before the comma, without the frame
 * that says who makes it; the one denying is the relative clause's subject (or the passive's agent).
 */
const APPOSED = new RegExp(
  String.raw`,\s+(?:a|an)\s+(?<noun>${alternatives(CLAIM_NOUNS)})\s+(?:(?:that|which)\s+)?(?:(?:was|were|has\s+been|have\s+been)\s+(?:\p{Ll}+ly\s+)?(?<passive>${alternatives(APPOSED_DENIAL_VERBS)})\s+by\s+(?<agent>(?:[^,;.!?]|\.(?=\s+\p{Lu})){2,60}?)(?=[,;.!?]|$)|(?<by>(?!(?:was|were|is|are|has|have|been)\b)(?:[^,;.!?]|\.(?=\s+\p{Lu})){2,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:(?:\p{Ll}+ly|long|since|also|always)\s+)?(?<verb>${alternatives(APPOSED_DENIAL_VERBS)})(?=\s*(?:[,.;:!?"”]|$)))`,
  'gu',
);
const APPOSED_FRAME = new RegExp(
  String.raw`^(?:(?:In|On|At|After|Before|Last|Earlier)\b[^,]{0,40},\s+)?(?<by>[^,]{1,80}?)\s+(?:further\s+|also\s+|later\s+)?(?:${alternatives(APPOSED_CLAIM_VERBS)})\s+(?:that\s+)?`,
  'u',
);

const PERSONAL_PRONOUN = /^(?:i|we|you|he|she|it|they)$/i;

function apposedDenials(text: string, sentences: readonly Span[], index: number): Denial[] {
  const sentence = sentences[index]!;
  const s = text.slice(sentence.start, sentence.end);
  const out: Denial[] = [];
  for (const m of s.matchAll(APPOSED)) {
    const g = m.groups!;
    const by = (g.by ?? g.agent)!.trim();
    // The one denying is someone: not "that", not a clause ("a claim that he was there denied …"), not
    // a denial negated ("a charge that the governor has not disputed") or a relative's ("the officials
    // who denied the permit").
    if (!/\p{Lu}|^(?:the|his|her|their|its)\s/u.test(by) || by.split(/\s+/).length > 8) continue;
    if (/\b(?:not|never|n['’]t|no|neither|nor|who|that|which|and|first)\b/iu.test(by)) continue;
    const claim = tight(text, sentence.start, sentence.start + m.index!);
    const words = text.slice(claim.start, claim.end);
    // The clause is a claim someone made ("Critics say …", "They argued that …"), not a thing ("He cited an
    // article in The Post, a story that the White House denied").
    const frame = APPOSED_FRAME.exec(words);
    if (!frame) continue;
    const content = words.slice(frame[0].length).replace(/\s+/g, ' ').trim();
    if (content.split(/\s+/).length < 4) continue;
    const at = sentence.start + m.index! + 1;
    // Who made the claim, when the frame names them ("They argued" names no one).
    const claimBy = frame.groups!.by!.trim();
    out.push(
      finish(text, sentence, {
        claim: { ...claim, ...(claimBy && !PERSONAL_PRONOUN.test(claimBy) ? { by: claimBy } : {}) },
        denial: { ...tight(text, at, sentence.end), by: issuerOf(text, sentences, index, by) },
        content,
        verb: past((g.verb ?? g.passive)!),
        form: 'cue',
      }),
    );
    break;
  }
  return out;
}

/** Content words cut to five letters ("impropriety" and "improper" share "impro"), stopwords left out. */
export function contentKey(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return [
    ...new Set(
      words
        .map((w) => w.replace(/['’]s$/, ''))
        .filter((w) => w.length > 2 && !KEY_STOPWORDS.has(w))
        .map((w) => w.slice(0, 5)),
    ),
  ].sort();
}

/** The capitalised words of a span, lower case, stopwords and titles left out: who it names. */
export function namesIn(text: string): string[] {
  return [...new Set(namesInOrder(text).map((n) => n.key))].sort();
}

/** Each name word of a span in the order written: its key (as `namesIn`) and where it starts. */
function namesInOrder(text: string): { key: string; at: number }[] {
  return [...text.matchAll(/(?<=\s|^|[“"‘(])(\p{Lu}[\p{L}'’-]+)/gu)]
    .map((m) => ({ key: m[1]!.replace(/['’]s$/, '').toLowerCase(), at: m.index! }))
    .filter((n) => n.key.length > 2 && !KEY_STOPWORDS.has(n.key) && !TITLES.has(n.key));
}

/** Words of address and office that name no one in particular. */
const TITLES = new Set(['rep', 'sen', 'gov', 'president', 'the', 'but', 'and', 'while', 'although', 'however']);

/** The words of denial themselves ("denied", "claims"): no sign that two denials are of one claim. */
const DENIAL_KEYS = new Set(
  [...DENIAL_VERBS, ...DENIAL_NOUNS, ...CLAIM_NOUNS, ...INSIST_VERBS, 'insisting', 'asserts', 'innocence'].map((w) =>
    w.slice(0, 5),
  ),
);

/** A denial with its key and names: what it denies and its sentence up to the denial's words. */
function finish(text: string, sentence: Span, d: Omit<Denial, 'key' | 'names'>): Denial {
  const claimWords = d.claim ? text.slice(d.claim.start, d.claim.end) : '';
  return {
    ...d,
    key: contentKey(`${d.content} ${claimWords} ${text.slice(d.denial.start, d.denial.end)}`).filter(
      (w) => !DENIAL_KEYS.has(w),
    ),
    names: namesIn(text.slice(sentence.start, d.denial.end)),
  };
}

/** The words of the denier that a claim against them names ("The lieutenant governor, Kim Guadagno" → governor, guadagno). */
function denierWords(denier: string): string[] {
  return contentKey(denier).filter((w) => !['offic', 'spoke', 'lawye', 'attor'].includes(w));
}

/**
 * The claim a denial points back to: among the three sentences before, the nearest that names the
 * denier (an allegation against them names them), else the one just before.
 */
function claimBefore(text: string, sentences: readonly Span[], index: number, denier: string): Span | undefined {
  if (index === 0) return undefined;
  const words = denierWords(denier);
  for (let i = index - 1; i >= Math.max(0, index - 3) && words.length; i--) {
    const key = contentKey(text.slice(sentences[i]!.start, sentences[i]!.end));
    if (words.some((w) => key.includes(w))) return tight(text, sentences[i]!.start, sentences[i]!.end);
  }
  const previous = sentences[index - 1]!;
  return tight(text, previous.start, previous.end);
}

/**
 * The sentence a claim noun points back to ("the report", "these claims"): the nearest of the three
 * before that names it (in any form: "reported" for "the report"), else the one just before.
 */
function nounBefore(
  text: string,
  sentences: readonly Span[],
  index: number,
  noun: string | undefined,
): Span | undefined {
  if (index === 0) return undefined;
  const stem = noun
    ?.toLowerCase()
    .replace(/(?:s|ing)$/u, '')
    .slice(0, 5);
  for (let i = index - 1; i >= Math.max(0, index - 3) && stem; i--) {
    const words = text.slice(sentences[i]!.start, sentences[i]!.end).toLowerCase();
    if (new RegExp(String.raw`\b${stem}`, 'u').test(words)) return tight(text, sentences[i]!.start, sentences[i]!.end);
  }
  const previous = sentences[index - 1]!;
  return tight(text, previous.start, previous.end);
}

/**
 * Who stands behind a document that denies ("The statement raised questions …"): the one the sentences
 * before say issued it ("the Russian Foreign Ministry issued its statement opposing …"), as "the Russian
 * Foreign Ministry's statement"; the words as they are otherwise.
 */
function issuerOf(text: string, sentences: readonly Span[], index: number, denier: string): string {
  const doc = /^the\s+(statement|report|memo|letter|communiqué|release)$/i.exec(denier.trim());
  if (!doc) return denier;
  const noun = doc[1]!.toLowerCase();
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const s = text.slice(sentences[i]!.start, sentences[i]!.end);
    const m = new RegExp(
      `(?:^|[,;]\\s+|\\b(?:while|as|after|when)\\s+[^,]*?,?\\s*)(?<who>[Tt]he\\s+(?:[\\p{L}.'’-]+\\s+){0,4}?[\\p{L}.'’-]+|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,5})\\s+(?:issued|released|published|sent|put out)\\s+(?:its|his|her|their|a|an|the)\\s+(?:\\p{Ll}+\\s+)?${noun}\\b`,
      'u',
    ).exec(s);
    if (m) return `${m.groups!.who!.replace(/^The\s/, 'the ')}’s ${noun}`;
  }
  return denier;
}

/** What someone said earlier in the article: the nearest sentence before that names them with a verb of saying. */
function saidBefore(text: string, sentences: readonly Span[], index: number, owner: string): Span | undefined {
  const name = owner.split(/\s+/).pop()!;
  for (let i = index - 1; i >= 0; i--) {
    const s = text.slice(sentences[i]!.start, sentences[i]!.end);
    if (s.includes(name) && /\b(?:said|says|told|according|claimed|stated|described)\b/.test(s))
      return tight(text, sentences[i]!.start, sentences[i]!.end);
  }
  return undefined;
}

const FALSITY = new RegExp(
  `\\b(?:(?:that|this|it|which|these|those|they)\\s+(?:${alternatives(FALSITY_PHRASES)})|no\\s+such\\s+(?<noun>\\p{L}+))\\b`,
  'giu',
);
const FALSE_CLAIM = new RegExp(
  `\\b(?<noun>${alternatives(CLAIM_NOUNS)})\\b(?<about>[^.;:!?]{0,60}?)\\s+(?:${FALSITY_PREDICATES.join('|')})\\b`,
  'gi',
);
/** "calls that evidence unrepresentative and unreliable", "called the report a hoax", "called it false". */
const CALLED_FALSE = new RegExp(
  String.raw`\b(?:call(?:s|ed|ing)?|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?)\s+` +
    String.raw`(?:(?:${alternatives(ANAPHORIC_DETERMINERS)})\s+(?:\p{Ll}+\s+)?(?<noun>${alternatives(CLAIM_NOUNS)})|it|them)\s+` +
    String.raw`(?:as\s+)?[“"]?(?:completely\s+|entirely\s+|totally\s+|simply\s+)?(?:${phraseAlternatives(FALSE_WORDS)})\b`,
  'giu',
);
/** A negation or a possibility just before: "did not call the report false", "could call it wrong". */
const NOT_SAID = /\b(?:not|never|n['’]t|could|might|may|would)\s+(?:\p{L}+\s+)?$/iu;
/** The one who calls it so: the name or noun phrase right before the verb ("Wal-Mart calls …", "The company called …"). */
const CALLER =
  /(?<by>(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}[\p{Lu}][\p{L}.'’-]*|[Tt]he\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:\p{L}+ly\s+|also\s+|has\s+|have\s+)?$/u;
const INSIST = new RegExp(`\\b(?<verb>${alternatives(INSIST_VERBS)})\\s+that\\s+`, 'gi');
const NEGATIVE = /\b(?:never|not|no|n['’]t|nothing|none)\b/i;
const CHARGES = new RegExp(`\\b(?:${CHARGE_DENIALS.join('|')})\\b`, 'gi');
/**
 * "The sheriff has called the Justice Department’s action an attempt to intimidate him", "Sheriff Joe
 * Arpaio dismissed the suit as an effort to smear him", "Lopez said the charges were an attempt to
 * discredit her": from the sentence's start (past an opener before a comma), the one who calls it so as
 * its subject — a name, or a noun phrase of "the", "his", "her", "their" — a verb of calling or of saying
 * that it is (not negated, asked or supposed: the sentence opens on its subject), the action, and the
 * words of silencing with the one they silence.
 */
const AUX = String.raw`(?:has|have|had|also|repeatedly|publicly|long|since)\b`;
const SILENCING_CALL = new RegExp(
  String.raw`^(?:[^,]{0,40},\s+)?(?<subject>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?!${AUX})\p{Ll}[\p{L}-]*\s+){0,3}(?!${AUX})\p{Ll}[\p{L}-]*|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+(?:has\s+|have\s+|had\s+)?(?:(?:also|repeatedly|publicly|long|since)\s+)?(?:(?:${alternatives(CALLING_VERBS)})\s+[^.;!?]{1,100}?\s+(?:as\s+)?|(?:said|says|argued|argues|insisted|insists)\s+(?:that\s+)?[^.;!?]{1,100}?\s+(?:was|were|is|are)\s+(?:(?:just|simply|clearly|merely|nothing\s+more\s+than)\s+)?)(?:(?:part\s+of\s+)?an?\s+)?(?:\p{Ll}+\s+)?(?:attempt|effort|bid|campaign)\s+to\s+(?:${alternatives(SILENCING_VERBS)})\s+(?<pronoun>him|her|them|me|us)\b`,
  'u',
);
/** The one named first accuses: "X accused …", "X, who accused …" ("X" stands for them). */
const ACCUSER =
  /^X\b(?:,\s+who)?\s+(?:\p{Ll}+ly\s+|has\s+|had\s+|also\s+)*(?:accus(?:ed|es|ing)|charged|sued|alleged|alleges|filed|files|ordered|orders|launched|opened|brought|subpoenaed|raided|investigated)\b/iu;
/** Names of groups, said of many ("Democrats called the raid an attempt to intimidate them"). */
const GROUP_NAMES =
  /^(?:democrats|republicans|critics|protesters|workers|officials|conservatives|liberals|activists|residents|lawmakers|members|leaders|supporters|opponents)$/;
/** Words of an action taken against someone, or of an accusation. */
const ACTION = new RegExp(`\\b(?:${alternatives([...ACTION_WORDS, ...ACCUSATION_WORDS])})\\b`, 'i');

/**
 * The action or accusation against the one who calls it an attempt to silence them: the nearest of the
 * four sentences before that tells one and names them ("filed a lawsuit against the sheriff") — not as the
 * one who accuses others. None when the one silenced ("him", "them") is not the one who says so ("The
 * players called the firing an attempt to silence him").
 */
function silencedAction(
  text: string,
  sentences: readonly Span[],
  index: number,
  subject: string,
  pronoun: string,
): Span | undefined {
  const common = /^(?:the|his|her|their)\s/i.test(subject);
  const words = subject.split(/\s+/);
  const head = words.at(-1)!.toLowerCase();
  // A name is one ("Stevens", "Sanders"), but for a group's ("Democrats").
  const plural = common ? /[^su]s$/.test(head) : words.length === 1 && GROUP_NAMES.test(head);
  if (plural !== /^(?:them|us)$/i.test(pronoun)) return undefined;
  const keys = common ? [] : namesIn(subject);
  // A subject of titles alone names no one to look for ("President").
  if (!common && !keys.length) return undefined;
  const who = common ? head : keys.join('|');
  const names = (t: string) =>
    common ? new RegExp(`\\b${head}\\b`, 'i').test(t) : keys.some((k) => namesIn(t).includes(k));
  for (let i = index - 1; i >= Math.max(0, index - 4); i--) {
    const t = text.slice(sentences[i]!.start, sentences[i]!.end);
    // Not where they accuse or act ("Mayor Lee accused the council of fraud", "The sheriff filed a
    // lawsuit …"), nor where it is against someone of theirs ("charged the mayor’s chief of staff").
    if (ACCUSER.test(t.replace(new RegExp(`^.*?\\b(?:${who})\\b`, 'iu'), 'X'))) continue;
    const own = t.replace(new RegExp(`\\b(?:${who})['’]s?(?=\\s)`, 'giu'), ' ');
    if (!names(own)) continue;
    // Named as the one it is against, not as one whose rights it is of ("violated the rights of
    // reporters", "on behalf of"), nor as the one who took it ("sued by Smith").
    if (
      new RegExp(
        `\\b(?:rights\\s+of|behalf\\s+of|by)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}(?:${who})\\b`,
        'iu',
      ).test(t)
    )
      continue;
    if (ACTION.test(withoutAccusingOthers(t, common ? [head] : keys))) return sentences[i]!;
  }
  return undefined;
}

/** The accused's own side: their lawyer, attorney or spokesman speaks for them. */
const DEFENDER = /\b(?:attorney|lawyer|spokes(?:man|woman|person)|counsel)\b/i;
const ACCUSATION = new RegExp(`\\b(?:${alternatives(ACCUSATION_WORDS)})\\b`, 'i');

/** "accused", "accuses", "accusing" in the active voice, and what follows it up to "of". */
const ACCUSING =
  /(?<!\b(?:was|were|is|are|been|being|be|get|gets|got|stands?|stood)\s+)\baccus(?:ed|es|ing)\b(?<object>\s+[^.;:!?\s][^.;:!?]{0,60}?)\s+of\b/giu;

/**
 * A sentence without the accusations it makes of others than the one answering: in "Trump lashed out at
 * Democrats, whom he accused of …" the accused are the Democrats (the object of "accused"), so the
 * sentence is no charge Trump answers.
 */
function withoutAccusingOthers(sentence: string, answering: readonly string[]): string {
  const others = (whole: string, object: string) =>
    answering.some((n) => namesIn(` ${object}`).includes(n)) || /\b(?:him|her|them)\b/i.test(object) ? whole : ' ';
  return sentence.replace(ACCUSING, others).replace(ACCUSED_WHOM, others);
}

/** "rivals whom she accused of …": the accused stand before "whom" (up to four words). */
const ACCUSED_WHOM =
  /(?<object>[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}),?\s+whom\s+(?:[\p{L}'’.-]+\s+){1,3}accus(?:ed|es|ing)\s+of\b/giu;

/** "Mr. Bauer said that …", "… ,” Robert F. Bauer, the White House counsel, said": who says the sentence's words. */
function sayerOf(text: string, sentence: Span, at: number): string | undefined {
  const before = text.slice(sentence.start, at);
  const lead =
    /(?:^|[,;]\s*|\bwhile\b[^,]*,\s*)(?<by>(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}[\p{Lu}][\p{L}.'’-]*|[Tt]he\s+[\p{L} ]{2,40}?)\s+(?:said|says|added|stated|wrote|insisted|maintained)\s+(?:that\s+)?$/u.exec(
      before,
    );
  if (lead) return lead.groups!.by!.trim();
  const after = text.slice(at, sentence.end);
  const trail =
    /[”"],?\s+(?<by>[\p{Lu}][^,]{0,50}?|[Tt]he\s[^,]{0,50}?)(?:,[^,]{0,80},)?\s+(?:said|says|added|wrote)\b/u.exec(
      after,
    );
  return trail ? trail.groups!.by!.trim() : undefined;
}

/** The sentence's first noun phrase: the subject of a participle later in it ("The source challenged …, insisting that …"). */
function leadSubject(text: string, sentence: Span): string | undefined {
  const m =
    /^(?:[^,]{0,30},\s*)?(?<np>(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[\p{L}.'’-]+\s+){0,4}?[\p{L}.'’-]+)\s+(?:\p{Ll}+ed|said|says|has|had|was|is|will|would)\b/u.exec(
      text.slice(sentence.start, sentence.end),
    );
  return m ? m.groups!.np! : undefined;
}

/**
 * The denials said otherwise than with a verb of denial and its object: words that call what was just
 * said false, holding to a negative, answers to charges. `found`: those of the sentence already found.
 */
function otherDenials(text: string, sentences: readonly Span[], index: number, found: readonly Denial[]): Denial[] {
  const sentence = sentences[index]!;
  const s = text.slice(sentence.start, sentence.end);
  const out: Denial[] = [];
  const taken = (at: number) =>
    [...found, ...out].some((d) => d.denial.start <= at && at < d.denial.end + 1 && d.denial.start >= sentence.start);
  // "Mr. Bauer said that was never the case", "There was no such impropriety".
  for (const m of s.matchAll(FALSITY)) {
    const at = sentence.start + m.index!;
    if (taken(at)) continue;
    const by = sayerOf(text, sentence, at);
    // The claim: the clause the sentence opens with ("While many have speculated that …, Mr. Bauer said …"), else before.
    const opener = /^(?:while|although|though|whereas)\s+[^,]{12,}?,/i.exec(s);
    const claim =
      opener && opener[0].length <= m.index!
        ? tight(text, sentence.start + opener[0].split(/\s+/)[0]!.length, sentence.start + opener[0].length)
        : claimBefore(text, sentences, index, `${by ?? ''} ${m.groups?.noun ?? ''}`);
    if (!claim) continue;
    const denialStart = opener && opener[0].length <= m.index! ? sentence.start + opener[0].length : sentence.start;
    out.push(
      claimDenied(text, sentence, claim, {
        denial: { ...tight(text, denialStart, sentence.end), ...(by ? { by } : {}) },
        verb: 'denied',
        form: 'falsity',
      }),
    );
  }
  // "Allegations of improper conduct rest on factual errors": a claim named and called false in one breath.
  for (const m of s.matchAll(FALSE_CLAIM)) {
    const at = sentence.start + m.index!;
    if (taken(at)) continue;
    const by = sayerOf(text, sentence, at) ?? leadSubject(text, sentence);
    const about = m.groups!.about!.replace(/^\s*(?:of|that|about)\s+/i, '').trim();
    out.push(
      finish(text, sentence, {
        denial: { ...tight(text, sentence.start, sentence.end), ...(by ? { by } : {}) },
        content: about || m.groups!.noun!,
        verb: 'denied',
        form: 'falsity',
      }),
    );
  }
  // "Wal-Mart calls that evidence unrepresentative and unreliable": a claim said before, called false.
  for (const m of s.matchAll(CALLED_FALSE)) {
    const at = sentence.start + m.index!;
    if (taken(at) || NOT_SAID.test(s.slice(0, m.index!))) continue;
    const by = CALLER.exec(s.slice(0, m.index!))?.groups?.by?.trim() ?? sayerOf(text, sentence, at);
    // What it points back to ("the report", "that claim", "it"): the nearest of the three sentences before
    // that names the noun, else the one just before.
    const claim = nounBefore(text, sentences, index, m.groups?.noun);
    if (!claim) continue;
    out.push(
      claimDenied(text, sentence, claim, {
        denial: { ...tight(text, sentence.start, sentence.end), ...(by ? { by } : {}) },
        verb: 'denied',
        form: 'falsity',
      }),
    );
  }
  // "The source insisted that the White House never offered Sestak the job": a negative held to.
  for (const m of s.matchAll(INSIST)) {
    const at = sentence.start + m.index!;
    if (taken(at)) continue;
    const clauseStart = at + m[0].length;
    const clause = tight(text, clauseStart, sentence.end);
    const head = text.slice(clause.start, clause.end).split(/\s+/).slice(0, 8).join(' ');
    if (!NEGATIVE.test(head) || clause.end - clause.start < 20) continue;
    const by = /ing$/i.test(m.groups!.verb!)
      ? leadSubject(text, sentence)
      : (() => {
          const span = subjectBefore(text, sentence.start, at);
          return span ? text.slice(span.start, span.end) : undefined;
        })();
    out.push(
      finish(text, sentence, {
        denial: { ...tight(text, at, sentence.end), ...(by ? { by } : {}) },
        content: text.slice(clause.start, clause.end).replace(/\s+/g, ' '),
        verb: 'denied',
        form: 'insist',
      }),
    );
  }
  // "Grimm asserts his innocence", "Stone said he plans to plead not guilty": an answer to charges made before.
  for (const m of s.matchAll(CHARGES)) {
    const at = sentence.start + m.index!;
    if (taken(at)) continue;
    const names = namesIn(s.slice(0, m.index!));
    let claim: Span | undefined;
    // The accusation: before the answer in its sentence, or the nearest of the four sentences before
    // that holds one, one that names the accused first.
    const sameSentence = s.slice(0, m.index!);
    const candidates: Span[] = [];
    for (let i = index - 1; i >= Math.max(0, index - 4); i--) {
      const t = text.slice(sentences[i]!.start, sentences[i]!.end);
      // An answer to the charges is no accusation ("Stone said he would plead not guilty to the charges"),
      // nor is what the accused's own side says ("Stone's attorney said … that the charges were …").
      CHARGES.lastIndex = 0;
      // The one answering is the name nearest before the answer (the sentence may name others first).
      const against = withoutAccusingOthers(t, names.slice(-1));
      if (ACCUSATION.test(against) && !CHARGES.test(t) && !DEFENDER.test(t)) candidates.push(sentences[i]!);
    }
    const naming = candidates.find((c) => names.some((n) => namesIn(text.slice(c.start, c.end)).includes(n)));
    if (ACCUSATION.test(sameSentence.replace(CHARGES, ''))) claim = undefined;
    else claim = naming ?? candidates[0];
    const claimSpan = claim ? tight(text, claim.start, claim.end) : undefined;
    out.push(
      finish(text, sentence, {
        ...(claimSpan ? { claim: claimSpan } : {}),
        denial: {
          ...tight(text, sentence.start, sentence.end),
          // The name as written ("Stone"), not its key.
          ...(names[0] ? { by: names.at(-1)!.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) } : {}),
        },
        content: claimSpan ? text.slice(claimSpan.start, claimSpan.end).replace(/\s+/g, ' ') : 'the charges',
        verb: 'denied',
        form: 'charges',
      }),
    );
    break;
  }
  // "The sheriff has called the Justice Department’s action an attempt to intimidate him": an action
  // against the one who calls it so, told before, said by them to be meant to silence them.
  const called = SILENCING_CALL.exec(s);
  if (called && !taken(sentence.start + called.index)) {
    const { subject, pronoun } = called.groups!;
    const claim = silencedAction(text, sentences, index, subject!, pronoun!);
    if (claim) {
      out.push(
        claimDenied(text, sentence, tight(text, claim.start, claim.end), {
          denial: { ...tight(text, sentence.start, sentence.end), by: subject! },
          verb: 'denied',
          form: 'charges',
        }),
      );
    }
  }
  // "“And if I did” spend campaign funds improperly, he said, “it was an accident …”" against "The Hunters
  // knew that …": what one calls an accident, told nearby as done knowingly by the one who says so.
  for (const m of s.matchAll(ACCIDENT)) {
    const at = sentence.start + m.index!;
    if (taken(at)) continue;
    if (ASKED_BEFORE.test(s.slice(0, m.index!))) continue;
    const answerer = answererOf(text, sentences, index, at);
    if (!answerer) break;
    const charge = intentCharge(text, sentences, index, answerer.keys);
    if (!charge) break;
    out.push(
      claimDenied(text, sentence, charge, {
        // A pronoun's one: the one the charge names.
        denial: { ...tight(text, sentence.start, sentence.end), by: answerer.name ?? charge.who },
        // "Hunter called it an accident, denying the claim that …".
        verb: `called it ${m[0]
          .replace(/^(?:was|were|is|been)\s+(?:\p{Ll}+ly\s+|all\s+|just\s+|only\s+)?/iu, '')
          .replace(/\s+/g, ' ')
          .toLowerCase()}, denying`,
        form: 'intent',
      }),
    );
    break;
  }
  return out;
}

const ACCIDENT = new RegExp(`\\b(?:${ACCIDENT_ANSWERS.join('|')})\\b`, 'giu');
const INTENT = new RegExp(`\\b(?:${INTENT_WORDS.join('|')})\\b`, 'giu');
/** The words asked about or supposed, not said: "Asked whether it was an accident", "if the fire was an accident". */
const ASKED_BEFORE = /\b(?:whether|if)\s+(?:it|this|that|the\s+\p{L}+)\s+$/iu;
/** Words of a wrong ("the indictment says", "improperly"), not negated ("no charges", "found no fraud"). */
const CHARGE_WORDS = new RegExp(
  `(?<!\\b(?:no|not|never|without)\\s+(?:\\p{L}+\\s+){0,3})\\b(?:${[...ACCUSATION_WORDS, ...ACCUSATION_FRAME].join('|')})\\b(?!\\s+(?:no|nobody|none)\\b)`,
  'iu',
);
/** A pronoun or first person that stands for someone named before: "he said", "“I paid it back”". */
const STANDS_FOR = /\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\b/u;
/** A verb of saying. */
const SAYING = new RegExp(`\\b(?:${alternatives(ANSWER_VERBS)})\\b`, 'u');
/** A pronoun that says it: "Later, he said …", "Asked about the charges, she said …". */
const PRONOUN_SAYS = new RegExp(`\\b(?:[Hh]e|[Ss]he|[Tt]hey)\\s+(?:\\p{Ll}+ly\\s+)?${SAYING.source}`, 'u');
/** How far from an accident the charge of acting knowingly is looked for, in sentences each way. */
const INTENT_REACH = 6;
/** A name run: "Rep. Ada Quill", "Mr. Lane", "The Hunters". */
const NAME_RUN = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*`;
/**
 * The subject of words of intent, just before them: a name, an apposition between commas, adverbs or
 * auxiliaries ("Mr. Lane knowingly", "Director Amsel was warned", "Hunter, 41, knew", "Lane had
 * deliberately"); not "Reed, who knew" (a relative clause about someone else's knowing).
 */
const INTENT_SUBJECT = new RegExp(
  String.raw`(?<name>${NAME_RUN})(?:\s*,[^,;]{1,80},)?\s+(?:(?:had|has|have|also|\p{Ll}+ly)\s+){0,2}$`,
  'u',
);
/** The knowing doubted or denied before its subject: "whether Hunter knew", "denied that Lane knew", "not that Lane …". */
const DOUBTED_BEFORE = /\b(?:whether|if|den(?:y|ies|ied|ying)|unclear|not|never|no)\b(?:\s+\S+){0,3}\s*$/iu;
/**
 * "knew" of a fact, not of a person or a place: "knew that …", "knew the invoices were false" (a clause:
 * a verb within six words), not "knew the victim", "knew the road well", "knew his treasurer".
 */
const KNEW_CLAUSE =
  /^\s+(?:that\b|(?:[\p{L}'’-]+,?\s+){1,6}(?:was|were|is|are|had|has|have|could|would|should|might|must|did)\b)/iu;
/** A negation just before the words of intent ("never knew", "did not knowingly"), or after them ("knew nothing", "knew of no"). */
const NEGATED_BEFORE = /\b(?:not|never|n['’]t|no|nobody|none)\s+(?:\p{L}+\s+)?$/iu;
const NEGATED_AFTER = /^\s+(?:nothing|of\s+no|no|none)\b/iu;

/**
 * Who calls it an accident, as written and the keys of the name's words: the one the sentence says says
 * it ("Police said the shooting was accidental", "“It was an oversight,” Amsel said"), else the first
 * name of the sentence before the words when a verb of saying follows it — its subject ("Smith’s lawyer
 * said …" → Smith; "Ortiz, a clerk who worked with Lane, said …" → Ortiz; not "The fire at the Ortiz home
 * was accidental, investigators said"). When the sentence names no one but says "he", "she" or "I",
 * the name is not known (`name` undefined): the one answering is then whom a charge nearby names, among
 * those the two sentences before name ("Prosecutors allege that Lane knowingly … . But he said …" → Lane,
 * not the prosecutors).
 */
function answererOf(
  text: string,
  sentences: readonly Span[],
  index: number,
  at: number,
): { name?: string; keys: string[] } | undefined {
  const sentence = sentences[index]!;
  const sayer = sayerOf(text, sentence, at);
  if (sayer && namesIn(sayer).length) return { name: sayer.replace(/['’]s$/, ''), keys: namesIn(sayer) };
  const before = text.slice(sentence.start, at);
  const first = namesInOrder(before)[0];
  // A name that says it: one a verb of saying follows ("The fire at the Ortiz home was accidental,
  // investigators said" is the investigators').
  if (first && SAYING.test(before.slice(first.at)) && !PRONOUN_SAYS.test(before)) {
    const run = new RegExp(`^${NAME_RUN}`, 'u').exec(before.slice(first.at))![0].replace(/['’]s$/, '');
    return { name: run, keys: namesIn(run) };
  }
  if (!STANDS_FOR.test(text.slice(sentence.start, sentence.end))) return undefined;
  const keys = [index - 1, index - 2]
    .filter((i) => i >= 0)
    .flatMap((i) => namesIn(text.slice(sentences[i]!.start, sentences[i]!.end)));
  return keys.length ? { keys } : undefined;
}

/**
 * The charge that the one answering acted knowingly: the nearest sentence within `INTENT_REACH` whose
 * words of intent have them as subject (`INTENT_SUBJECT`: a name word, or its plural, "The Hunters"),
 * not negated, doubted or denied, and that calls nothing an accident itself; the charge or the answer
 * speaks of a wrong ("the indictment says", "spend campaign funds improperly": a charge, not "Lane knew
 * the risks"). With the charge, who it names as written.
 */
function intentCharge(
  text: string,
  sentences: readonly Span[],
  index: number,
  keys: readonly string[],
): (Span & { who: string }) | undefined {
  const charged = CHARGE_WORDS.test(text.slice(sentences[index]!.start, sentences[index]!.end));
  const same = (n: string) => keys.some((k) => n === k || n === `${k}s` || n === `${k}es`);
  const order: number[] = [];
  for (let d = 1; d <= INTENT_REACH; d++) order.push(index - d, index + d);
  for (const i of order) {
    if (i < 0 || i >= sentences.length) continue;
    const t = text.slice(sentences[i]!.start, sentences[i]!.end);
    ACCIDENT.lastIndex = 0;
    if (ACCIDENT.test(t) || !(charged || CHARGE_WORDS.test(t))) continue;
    for (const m of t.matchAll(INTENT)) {
      const before = t.slice(0, m.index!);
      const after = t.slice(m.index! + m[0].length);
      if (NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(after)) continue;
      if (/^knew$/i.test(m[0]) && !KNEW_CLAUSE.test(after)) continue;
      const subject = INTENT_SUBJECT.exec(before);
      if (!subject || DOUBTED_BEFORE.test(before.slice(0, subject.index))) continue;
      const name = subject.groups!.name!.replace(/^(?:[Tt]he)\s+/u, '');
      const key = namesIn(name).find(same);
      if (key === undefined) continue;
      // The one of a family named ("the Hunters" → Hunter).
      const one = keys.find((k) => key !== k && key.startsWith(k));
      return { ...tight(text, sentences[i]!.start, sentences[i]!.end), who: one ? name.slice(0, one.length) : name };
    }
  }
  return undefined;
}

/** A change of position the text itself reports: the position before (when said) and the one after. */
export interface Reversal {
  earlier?: Span;
  later: Span;
  key: string[];
  names: string[];
}

const CHANGE = new RegExp(`\\b(?:${CHANGE_PHRASES.join('|')})\\b`, 'gi');
const FIRST_THEN = new RegExp(
  `\\b(?:${alternatives(FIRST_MARKERS)})\\s+(?:\\p{L}+\\s+){0,2}?(?:${alternatives(POSITION_VERBS)})\\b.{10,}?(?<now>\\b(?:${alternatives(NOW_MARKERS)})\\s+(?:\\p{L}+\\s+){0,2}?(?:${alternatives(POSITION_VERBS)})\\b)`,
  'iu',
);
/** A position held first, told alone in its sentence: "Mrs. Clinton first said she “chose not to keep” …". */
const FIRST_ONLY = new RegExp(
  `\\b(?:${alternatives(FIRST_MARKERS)})\\s+(?:\\p{L}+\\s+){0,2}?(?:${alternatives(POSITION_VERBS)})\\b`,
  'iu',
);
/** The sentence after it, telling the next one near its start: "But she then said …", "Later, he said …". */
const THEN_NEXT = new RegExp(
  `^\\W*(?:(?:but|and)\\s+)?(?:[\\p{L}.’'-]+,?\\s+){0,3}?(?:${alternatives([...NOW_MARKERS, 'then'])}),?\\s+(?:\\p{L}+\\s+){0,2}?(?:${alternatives(POSITION_VERBS)})\\b`,
  'iu',
);
const EARLIER = new RegExp(
  `\\b(?:${alternatives(EARLIER_MARKERS)})\\s+(?:\\p{L}+\\s+)?(?:${alternatives(POSITION_VERBS)})\\b`,
  'iu',
);

/** True when a sentence tells a position held before ("Stone has previously admitted …"). */
export function isEarlierPosition(sentence: string): boolean {
  return EARLIER.test(sentence);
}

/**
 * The changes of position an article reports: in one sentence ("investigators initially thought …;
 * they now believe …"), or in words of change ("Mr. Stone has changed his story") with the position
 * before taken from an earlier sentence that tells it and names what the change is about.
 */
export function findReversals(text: string, sentences: readonly Span[]): Reversal[] {
  const out: Reversal[] = [];
  sentences.forEach((sentence, index) => {
    const s = text.slice(sentence.start, sentence.end);
    const both = FIRST_THEN.exec(s);
    if (both) {
      // The second position starts at the clause of its marker: after the last comma or semicolon before it.
      const now = both.index! + both[0].length - both.groups!.now!.length;
      const comma = Math.max(s.lastIndexOf(',', now), s.lastIndexOf(';', now));
      const split = sentence.start + (comma > both.index! ? comma + 1 : now);
      out.push({
        earlier: tight(text, sentence.start, split),
        later: tight(text, split, sentence.end),
        key: contentKey(s),
        names: namesIn(s),
      });
      return;
    }
    // "X first said A." and, in the next sentence, "But X then said B.": the text tells two positions in turn.
    const next = sentences[index + 1];
    if (next && FIRST_ONLY.test(s) && THEN_NEXT.test(text.slice(next.start, next.end))) {
      const t = text.slice(next.start, next.end);
      out.push({
        earlier: tight(text, sentence.start, sentence.end),
        later: tight(text, next.start, next.end),
        key: contentKey(`${s} ${t}`),
        names: namesIn(`${s} ${t}`),
      });
      return;
    }
    CHANGE.lastIndex = 0;
    if (!CHANGE.test(s)) {
      const apology = apologyIn(text, sentences, index) ?? retractionIn(text, sentences, index);
      if (apology) out.push(apology);
      return;
    }
    const names = namesIn(s);
    const key = contentKey(s);
    let earlier: Span | undefined;
    for (let i = index - 1; i >= Math.max(0, index - 6); i--) {
      const t = text.slice(sentences[i]!.start, sentences[i]!.end);
      const shared = contentKey(t).filter((w) => key.includes(w));
      if (isEarlierPosition(t) && shared.length >= 1 && namesIn(t).some((n) => names.includes(n))) {
        earlier = tight(text, sentences[i]!.start, sentences[i]!.end);
        break;
      }
    }
    out.push({ ...(earlier ? { earlier } : {}), later: tight(text, sentence.start, sentence.end), key, names });
  });
  return out;
}

const APOLOGY = new RegExp(String.raw`\b(?:${APOLOGY_PHRASES.join('|')})\s+(?:\p{L}+\s+){0,3}?for\s+`, 'giu');
/**
 * The one who apologises, named just before the words of it (a given name and a surname at most), adverbs
 * or a day between ("Kathy Griffin later").
 */
const APOLOGISER =
  /(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}[\p{L}'’-]+)\s+(?:(?:\p{Ll}+ly|later|then|also|has|had|on\s+\p{Lu}\p{Ll}+day)\s+)*$/u;
/** An apology asked about or supposed ("Asked whether Brandt apologized for …", "If Brandt apologized …"). */
const NOT_SAID_TO_HAPPEN = /\b(?:if|whether|unless|asked)\b[^,;]*$/i;
/** What an apology is for, up to the first word that opens a phrase of its own ("his absence | from the hearing"). */
const APOLOGY_OBJECT =
  /^(.*?)(?=\s+(?:of|from|on|in|at|to|during|over|with|about|and|but|which|that|who|after|before|by|as|because|since)\b|\s*[,;.:!?]|$)/u;
const DEFENCE = alternatives(DEFENCE_VERBS);
const HOLDING = alternatives(HOLDING_VERBS);
/** An adverb between a name and its verb ("Volkswagen initially denied"), not a noun in -ly ("the Hale family"). */
const ADVERB_LY = String.raw`(?!(?:family|ally|rally|supply|assembly|belly|bully|folly|jelly|lily)\b)\p{Ll}{2,}ly`;
/**
 * A word that calls the deed right, said of it and not denied ("was lawful", "had been justified"; not "was not
 * justified", nor "it was necessary to investigate the collapse": said of something to do).
 */
const DEFENDING = new RegExp(
  String.raw`(?<!\bit\s+)\b(?:was|were|is|are|be|been)\s+(?:\p{L}+ly\s+)?(?:${DEFENDING_WORDS.join('|')})\b`,
  'iu',
);
const DEFENDING_PHRASE = new RegExp(String.raw`\b(?:${DEFENDING_PHRASES.join('|')})\b`, 'u');
/** The words of a name that are a title, not a given name ("Mr.", "Senator"). */
const TITLE_WORD =
  /^(?:\p{Lu}\p{Ll}{0,3}\.|President|Senator|Representative|Governor|Mayor|Chancellor|Minister|Prime|Superintendent|Commissioner|Chief|Judge|Justice|Secretary|Director|Chairman|Chairwoman|General|Sheriff|Speaker)$/u;

/**
 * True when a sentence tells the one named `surname` (given name `given`, when known) holding to a position
 * against others: the name just before a verb of it (`DEFENCE_VERBS`: "Griffin claims", "Mr. Park
 * insisted"), or saying what was done was right or blameless (`DEFENDING_WORDS`: "Bell said the police raid
 * was lawful", "“I stand by every word,” Mr. Nolan said"). Not another's position ("Brandt’s critics said"), nor one of another given name ("Hillary
 * Clinton" for Bill Clinton).
 */
function holdsPosition(sentence: string, surname: string, given: string | undefined, title?: string): boolean {
  const rest = surname.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const name = `[${surname[0]!.toUpperCase()}${surname[0]}]${rest}`;
  // The name as a subject: not after a preposition ("Critics of Mr. Hart insisted …").
  const subject = String.raw`(?<!\b(?:of|for|to|by|with|from|against|about|on)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3})(?<names>(?:\p{Lu}[\p{L}.'’-]*\s+){0,3})${name}`;
  const holding =
    new RegExp(String.raw`${subject}\s+(?:${ADVERB_LY}\s+)?(?:${DEFENCE})\b`, 'u').exec(sentence) ??
    new RegExp(
      String.raw`${subject}\s+(?:${ADVERB_LY}\s+)?(?:${HOLDING})\s+(?:that\s+)?[^.;]{0,80}?\b(?:was|were|is|are|had|has|have|would|will|did|could)\b`,
      'u',
    ).exec(sentence) ??
    new RegExp(String.raw`${subject}\s+(?:${ADVERB_LY}\s+)?(?:${HOLDING_PHRASES.join('|')})`, 'u').exec(sentence);
  // Or telling what they did right or blameless ("Bell said the police raid was lawful", "“I stand by every
  // word,” Mr. Nolan said"): as the one who says it, before "said", or after it at the end of a quote.
  const standing =
    (DEFENDING.test(sentence) || DEFENDING_PHRASE.test(sentence)) &&
    new RegExp(
      String.raw`${subject}\s+(?:has\s+|had\s+)?(?:said|says|added)\b|,["”]?\s+(?:said|says|added)\s+(?<names2>(?:\p{Lu}[\p{L}.'’-]*\s+){0,3})${name}\b`,
      'u',
    ).exec(sentence);
  const found = holding ?? standing;
  return !!found && samePerson(found, given, title);
}

/**
 * True when the words written before a surname a pattern found (`names` or `names2`) may name the one of
 * that surname with the given name `given` and the courtesy title `title`: a courtesy title of the other sex
 * ("Mrs. Clinton" for Mr. Clinton) or another given name ("Hillary Clinton" for Bill Clinton) is another person.
 */
function samePerson(found: RegExpExecArray, given: string | undefined, title: string | undefined): boolean {
  const written = (found.groups?.names ?? found.groups?.names2 ?? '').split(/\s+/).filter(Boolean);
  const other = written.find((w) => /^(?:Mr|Mrs|Ms|Miss)\.?$/u.test(w))?.replace(/\.$/u, '');
  if (title && other && (title === 'Mr') !== (other === 'Mr')) return false;
  const names = written.filter((w) => !TITLE_WORD.test(w));
  return !given || !names.length || names.includes(given);
}

/** A change of position told by two sentences of an article: the one before and the one after. */
function reversalOf(text: string, earlier: Span, later: Span): Reversal {
  const s = text.slice(later.start, later.end);
  return {
    earlier: tight(text, earlier.start, earlier.end),
    later: tight(text, later.start, later.end),
    key: contentKey(s),
    names: namesIn(s),
  };
}
const REGRET = /\b(?:apolog|regret|sorry\b)/iu;

/**
 * An apology that takes back a position the article told before (`APOLOGY_PHRASES`): one named as the one
 * who apologises, and the nearest of the six sentences before that tells them holding to a position against
 * others (`holdsPosition`) about what the apology is for (a content word of its object in common: "for the
 * controversial images on Twitter" is for the images). An apology owed, refused, asked for, asked about or
 * supposed ("should apologize", "has not apologized", "Asked whether Brandt apologized"), or for nothing, is
 * none; so is one with no such position before.
 */
/** The apology a sentence tells as made: its words, the match and what stands before it; none when denied or asked about. */
function apologyOf(text: string, sentence: Span): { s: string; m: RegExpExecArray; before: string } | undefined {
  const s = text.slice(sentence.start, sentence.end);
  APOLOGY.lastIndex = 0;
  const m = APOLOGY.exec(s);
  if (!m) return undefined;
  const before = s.slice(0, m.index);
  if (NOT_A_DENIAL.test(before) || NOT_SAID_TO_HAPPEN.test(before)) return undefined;
  return { s, m, before };
}

function apologyIn(text: string, sentences: readonly Span[], index: number): Reversal | undefined {
  const sentence = sentences[index]!;
  const apology = apologyOf(text, sentence);
  if (!apology) return undefined;
  const { s, m, before } = apology;
  const named = APOLOGISER.exec(before);
  const words = named?.[1]?.split(/\s+/).filter((w) => !TITLE_WORD.test(w));
  // A courtesy title just before the name ("Mr. Clinton"): one of the other sex before is another person.
  const title = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/u.exec(before.slice(0, named?.index ?? 0))?.[1];
  const who = words?.at(-1)?.replace(/['’]s$/u, '');
  if (!who || who.length < 3 || KEY_STOPWORDS.has(who.toLowerCase()) || TITLES.has(who.toLowerCase())) return undefined;
  const given = words!.length > 1 ? words![0] : undefined;
  const object = APOLOGY_OBJECT.exec(s.slice(m.index + m[0].length))?.[1] ?? '';
  if (/^(?:nothing|none|no\s+one|anything)\b/i.test(object)) return undefined;
  const what = contentKey(object).filter((w) => !who.toLowerCase().startsWith(w));
  if (!what.length) return undefined;
  for (let i = index - 1; i >= Math.max(0, index - 6); i--) {
    const t = text.slice(sentences[i]!.start, sentences[i]!.end);
    if (REGRET.test(t) || !holdsPosition(t, who, given, title)) continue;
    if (!contentKey(t).some((w) => what.includes(w))) continue;
    return reversalOf(text, sentences[i]!, sentence);
  }
  return undefined;
}

/** "for that comment", "for her “hurtful” words", "for suggesting …": an apology for one's words. */
const SPEECH_OBJECT = new RegExp(
  String.raw`^(?:(?:\p{L}+|[“"][^”"]{1,30}[”"])\s+){0,3}?(?:${alternatives(SPEECH_NOUNS)})(?=\s*(?:$|[,;.:!?”"]|(?:about|on|of|to|in|at|during|that|which|he|she|they|it|last|earlier|this|from)\b))|^(?:${alternatives(SAYING_GERUNDS)})\b`,
  'iu',
);
/** Words another said: "the comments made by host Jim Bell", "the remarks by his aide". */
const ANOTHERS_WORDS = /^(?:\S+\s+){0,4}?(?:made\s+)?by\s+/iu;
/** The words spoken of as a thing, right after they were said: "The comments drew outrage.", "His remark angered …". */
const WORDS_SPOKEN_OF = new RegExp(
  String.raw`^(?:the|his|her|their|those|these|that|this|such)\s+(?:\p{Ll}+\s+){0,2}?(?:${alternatives(SPEECH_NOUNS)})\b`,
  'iu',
);
/** The one who apologises, as the sentence's subject: a name (an apposition or relative clause between commas after it), or "he"/"she". */
const APOLOGY_SUBJECT =
  /^(?:(?:On|By|Later|Then|And|But|In)\b[^,]{0,25},?\s+)?(?:(?<pronoun>[Hh]e|[Ss]he)|(?<name>(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?:\s*,[^,;]{1,120},)?)\s+(?:(?:\p{Ll}+ly|later|then|also|again|has|had|have|on\s+\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+day)\s+)*$/u;
const REMARK = alternatives(REMARK_VERBS);
/** Words of the object that say what kind of words they were, not what was said ("hurtful", "offensive"). */
const OF_WORDS = new Set(
  contentKey(
    `${SPEECH_NOUNS.join(' ')} ${SAYING_GERUNDS.join(' ')} hurtful offensive insensitive inappropriate remarks earlier recent original facebook twitter`,
  ),
);

/**
 * An apology for one's own words, which takes them back (`retraction`): "At one point he suggested that those
 * who opposed his position were heartless." and then "On Tuesday he repeated his apology for that comment"
 * (the one who apologises its subject, a name or "he"/"she"; the object words said: `SPEECH_NOUNS`, or "for
 * saying …"). What was said is the nearest of the six sentences before (of the two before, for "he" or
 * "she") that tells the same one saying or writing something (`REMARK_VERBS`, as the subject, or named after a
 * quote: "“…,” Tessa Marr wrote"), sharing a content word with the object when it names one ("for suggesting Trump
 * uses cocaine"). An apology owed, refused, asked about or supposed is none, as for `apologyIn`.
 */
function retractionIn(text: string, sentences: readonly Span[], index: number): Reversal | undefined {
  const sentence = sentences[index]!;
  const apology = apologyOf(text, sentence);
  if (!apology || NOT_DONE_BEFORE.test(apology.before)) return undefined;
  const { s, m, before } = apology;
  const object = s.slice(m.index + m[0].length);
  if (!SPEECH_OBJECT.test(object) || DEED_OBJECT.test(object) || ANOTHERS_WORDS.test(object)) return undefined;
  // The one who apologises is the subject of the apology: nothing but adverbs and a day between ("Ruiz's
  // agent apologized", "After Dole complained, Hume apologized" name no one here).
  const subject = APOLOGY_SUBJECT.exec(before);
  if (!subject) return undefined;
  const pronoun = subject.groups!.pronoun?.toLowerCase();
  const written = (subject.groups!.name ?? '').split(/\s+/).filter(Boolean);
  if (written.some((w) => /['’]s$/u.test(w))) return undefined;
  const who = written.filter((w) => !TITLE_WORD.test(w)).at(-1);
  if (!pronoun && (!who || who.length < 3 || KEY_STOPWORDS.has(who.toLowerCase()) || TITLES.has(who.toLowerCase())))
    return undefined;
  const given =
    written.filter((w) => !TITLE_WORD.test(w)).length > 1 ? written.find((w) => !TITLE_WORD.test(w)) : undefined;
  const title = written.find((w) => /^(?:Mr|Mrs|Ms|Miss)\.?$/u.test(w))?.replace(/\.$/u, '');
  // For "he" or "she", what was said opens on the same pronoun as its subject ("At one point he
  // suggested …"), not a "he" inside another's sentence; for a name, the name as subject, not after a
  // preposition ("Critics of Hume said …"), or the name after a quote ("“…,” Tessa Marr wrote").
  const said = pronoun
    ? new RegExp(
        String.raw`^(?:(?:At|On|In|During|Last|Earlier|Later|After|Before)\b[^,]{0,30}?,?\s+)?${pronoun}\s+(?:${ADVERB_LY}\s+)?(?:(?:has|had|went\s+on\s+to)\s+)?(?:${REMARK}|say)\b`,
        'iu',
      )
    : new RegExp(
        String.raw`(?<!\b(?:of|for|to|by|with|from|against|about|on)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3})(?<names>(?:\p{Lu}[\p{L}.'’-]*\s+){0,3})(?<![\p{L}'’-])${who!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\s*,[^,;]{1,120},)?\s+(?:${ADVERB_LY}\s+)?(?:(?:has|had|went\s+on\s+to)\s+)?(?:${REMARK}|say)\b|[”"],?\s+(?<names2>(?:\p{Lu}[\p{L}.'’-]*\s+){0,2})${who}\s+(?:${REMARK})\b`,
        'u',
      );
  // What the object names of what was said, its phrases of what about included ("for her comments about the
  // firefighters' response time"): one such word in common.
  const what = contentKey(OBJECT_WORDS.exec(object)?.[1] ?? '').filter((w) => !OF_WORDS.has(w));
  const from = Math.max(0, index - (pronoun ? 2 : 6));
  // When the text speaks of the words as a thing after them ("The comments drew outrage."), they are
  // the words just before that: what was said is looked for from there back.
  let start = index - 1;
  for (let i = index - 1; i > from; i--)
    if (WORDS_SPOKEN_OF.test(text.slice(sentences[i]!.start, sentences[i]!.end))) {
      start = i - 1;
      break;
    }
  for (let i = start; i >= from; i--) {
    const t = text.slice(sentences[i]!.start, sentences[i]!.end);
    if (REGRET.test(t) || TAKEN_BACK.test(t)) continue;
    const found = said.exec(t);
    if (!found) continue;
    // Another given name, or a courtesy title of the other sex, is another person ("Hillary Clinton said …"
    // for Bill Clinton's apology).
    if (!samePerson(found, given, title)) continue;
    if (what.length && !contentKey(t).some((w) => what.includes(w))) continue;
    return reversalOf(text, sentences[i]!, sentence);
  }
  return undefined;
}

/** Words that take back what was said, no position of its own: "“I take it back, and I was wrong to say it”". */
const TAKEN_BACK =
  /\b(?:take\s+it\s+back|took\s+it\s+back|(?:was|were)\s+wrong\s+to|should\s+not\s+have|shouldn['’]t\s+have)\b/iu;
/** What the apology is for, what it tells of the words included ("for the post, which mocked a rival's weight | , saying …"). */
const OBJECT_WORDS =
  /^(.*?)(?=,(?!\s+(?:which|that|who)\b)|\s+(?:saying|and|but|because|after|before|when|on\s+\p{Lu}\p{Ll}+day)\b|\s*[;.:!?]|$)/u;
/** Deeds an apology's object may look like words: "calling the police", "calling in the Guard", "the post office". */
const DEED_OBJECT =
  /^(?:(?:the|a|an|his|her|their)\s+)?(?:post\s+office|calling\s+(?:in|off|up|out|back|for|911|the\s+(?:police|cops|ambulance|fire))\b)/iu;

/** An apology not made: refused, owed or asked for ("did not apologize", "should apologize", "called on him to"). */
const NOT_DONE_BEFORE = /\b(?:not|never|n['’]t|refused|refuses|declined|should|must|would|to)\s+(?:\p{L}+\s+)?$/iu;

/**
 * Someone blaming another for what went wrong: "Hunter had blamed his wife, who acted as a campaign
 * manager, for many of the improper charges". `who` and `whom` are keys: the blamer's surname, and the
 * one blamed as a word of kin ("wife") or a surname.
 */
export interface Blame {
  who: string;
  whom: string;
  /** The blamer as written ("Hunter"). */
  whoText: string;
  /** The one blamed and what for, as written ("his wife", "many of the improper charges"). */
  whomText: string;
  what: string;
  sentence: Span;
}

/** Two told together as doing something in an accusation's frame: "… alleges that Congressman Hunter and his wife …". */
export interface Together {
  who: string;
  /** The other as a word of kin, a surname, or `family` for a family named in the plural ("the Hunters"). */
  whom: string;
  sentence: Span;
}

const KIN = alternatives(Object.keys(KIN_GENDER));
const SURNAME = String.raw`[\p{Lu}][\p{L}'’-]+`;
/** "<Name> (, …,) (had) blamed <his wife | Name> (, …,) for <what>". */
const BLAME = new RegExp(
  String.raw`(?<who>${SURNAME})(?:,[^,]{1,80},)?\s+(?:had\s+|has\s+|have\s+)?(?:\p{L}+ly\s+)?blam(?:ed|es|ing)\s+` +
    String.raw`(?<whom>(?:his|her|their)\s+(?:${KIN})|(?:${SURNAME}\s+)?${SURNAME})(?:,[^,]{1,80},)?\s+for\s+(?<what>[^,.;:]{3,80})`,
  'gu',
);
/** "<Name> and (his|her) <kin>", "<Name> and <Name>", "he and his wife", "the Hunters". */
const JOINT = new RegExp(
  String.raw`(?:\b(?<who>${SURNAME}|[Hh]e|[Ss]he)\s+and\s+(?:(?:his|her)\s+(?<kin>${KIN})|(?:${SURNAME}\s+)?(?<name>${SURNAME}))\b)|\bthe\s+(?<family>${SURNAME})s\b`,
  'gu',
);
const IN_ACCUSATION = new RegExp(String.raw`\b(?:${ACCUSATION_FRAME.join('|')})\b`, 'iu');
/** A surname's key: lower case, no possessive. */
const surnameKey = (name: string) => name.toLowerCase().replace(/['’]s$/u, '');

/** The blames of an article: who blamed whom, for what. */
export function findBlames(text: string, sentences: readonly Span[]): Blame[] {
  const out: Blame[] = [];
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    for (const m of s.matchAll(BLAME)) {
      const g = m.groups!;
      const whom = g.whom!.split(/\s+/u);
      const kin = /^(?:his|her|their)$/iu.test(whom[0]!);
      out.push({
        who: surnameKey(g.who!),
        whoText: g.who!,
        whom: kin ? whom.at(-1)!.toLowerCase() : surnameKey(whom.at(-1)!),
        whomText: g.whom!,
        what: g.what!.trim(),
        sentence: tight(text, sentence.start, sentence.end),
      });
    }
  }
  return out;
}

/**
 * The sentences that tell two people doing something together in an accusation's frame ("The indictment
 * alleges that Congressman Hunter and his wife repeatedly dipped into campaign coffers", "Hunter …
 * allegedly was aware of what he and his wife were doing"). "He" or "she" stands for the first name the
 * sentence gives.
 */
export function findTogether(text: string, sentences: readonly Span[]): Together[] {
  const out: Together[] = [];
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    if (!IN_ACCUSATION.test(s)) continue;
    for (const m of s.matchAll(JOINT)) {
      const g = m.groups!;
      if (g.family) {
        out.push({ who: surnameKey(g.family), whom: 'family', sentence: tight(text, sentence.start, sentence.end) });
        continue;
      }
      let who = g.who!;
      if (/^(?:he|she)$/iu.test(who)) {
        // The first name before it: a capitalised word that is no function word or title.
        const first = [...s.slice(0, m.index).matchAll(/(?<=\s|^|[“"‘(])(\p{Lu}[\p{L}'’-]+)/gu)]
          .map((x) => x[1]!)
          .find(
            (w) =>
              !KEY_STOPWORDS.has(w.toLowerCase()) &&
              !TITLES.has(w.toLowerCase()) &&
              !/^(?:In|On|At|After|As|By|For|According|When|While)$/u.test(w),
          );
        if (!first) continue;
        who = first;
      }
      const whom = g.kin ? g.kin.toLowerCase() : surnameKey(g.name!);
      out.push({ who: surnameKey(who), whom, sentence: tight(text, sentence.start, sentence.end) });
    }
  }
  return out;
}

/** A correction of who did something: "the proposal did not come from Trump personally, but from Witkoff". */
export interface Correction {
  /** What it is about, as the sentence names it ("the troop withdrawal proposal"). */
  about: string;
  /** The one it was not (as others had it), and the one it was. */
  not: Span & { name: string };
  but: Span & { name: string };
  /** Who says so, when the sentence frames it ("Zelensky clarified that …"). */
  by?: string;
  /** The sentence. */
  sentence: Span;
}

/** A name: capitalised words, with "of", "de" … inside. */
const NAME = String.raw`(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\.(?=\s*\p{Lu}))?(?:\s+(?:of\s+|de\s+|van\s+|von\s+)?[\p{Lu}][\p{L}'’-]*){0,3}`;

/**
 * "X did not come from A (personally), but from B", "it was not A but B who …": a contrastive
 * correction of an agent. Both names must be capitalised (people, organisations), so that "not from
 * the river but from the reservoir" is no dispute of who did something.
 */
const CORRECTION = new RegExp(
  String.raw`(?<about>\b(?:[Tt]he|[Aa]n?|[Tt]his)\s[^,;.]{2,80}?)\s+(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|was\s+not|wasn['’]t)\s+(?:come|originate|stem)\s+from\s+(?<not>${NAME})(?:\s+(?:personally|himself|herself|themselves|directly))?\s*,?\s+but\s+(?:from\s+)?(?<but>${NAME})`,
  'gu',
);

/** "Zelensky clarified that", "Today, Zelensky said that": who frames the sentence. */
const SAYS =
  /^(?:[^,]{0,40},\s*)?(?<by>[\p{Lu}][\p{L}.'’ -]{0,60}?)\s+(?:said|says|clarified|explained|insisted|stressed|noted|added|wrote|told\s[^,]{1,40}?)\s+(?:that\s+)?$/u;

/** The corrections of who did something in an article's sentences. */
export function findCorrections(text: string, sentences: readonly Span[]): Correction[] {
  const out: Correction[] = [];
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    for (const m of s.matchAll(CORRECTION)) {
      const g = m.groups!;
      if (g.not === g.but) continue;
      // "the Kremlin": the name without its article.
      const bare = (name: string) => name.replace(/^the\s+/, '');
      const notAt = sentence.start + m.index! + m[0].indexOf(g.not!, g.about!.length);
      const butAt = sentence.start + m.index! + m[0].lastIndexOf(g.but!);
      const frame = SAYS.exec(s.slice(0, m.index!));
      out.push({
        about: g.about!.trim(),
        not: { start: notAt, end: notAt + g.not!.length, name: bare(g.not!) },
        but: { start: butAt, end: butAt + g.but!.length, name: bare(g.but!) },
        ...(frame ? { by: frame.groups!.by!.trim() } : {}),
        sentence: { start: sentence.start, end: sentence.end },
      });
    }
  }
  return out;
}

/** A position one person takes on an issue in one sentence ("Trump did not rule out sending U.S. troops"). */
export interface Stance {
  /** The article's entity (cluster) who takes it. */
  cluster: number;
  stance: 'for' | 'against';
  /** The words of the position: from the phrase to the end of its clause. */
  span: Span;
  /** The phrase ("did not rule out"). */
  phrase: string;
  /** What it is about, as written, and as a set of normalised words. */
  issue: string;
  key: string[];
  /** Said by its holder in a quote ("“I don’t think …,” Trump said"). */
  quoted?: true;
}

/**
 * A stance phrase of the data as a pattern: words apart by any space, "(a|b)" alternatives, `{pos}` a
 * possessive or "the".
 */
function stancePhraseSource(phrase: string): string {
  return phrase
    .split(/(\([^)]*\)|\{pos\})/)
    .map((part) => {
      if (part === '{pos}') return '(?:his|her|their|its|the)';
      const alt = /^\((.*)\)$/.exec(part);
      const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
      return alt ? `(?:${alt[1]!.split('|').map(escape).join('|')})` : escape(part);
    })
    .join('');
}

const STANCE_MATCHERS = STANCE_PHRASES.map((p) => ({
  stance: p.stance,
  pattern: new RegExp(`^${stancePhraseSource(p.phrase)}$`, 'iu'),
}));

const STANCE_PATTERN = new RegExp(
  `\\b(?<phrase>${STANCE_PHRASES.map((p) => stancePhraseSource(p.phrase)).join('|')})\\b\\s+(?<issue>(?:[^,;.:!?]|\\.(?=\\p{L}|\\s+\\p{Ll})){3,120})`,
  'giu',
);

/**
 * "I don't think a ceasefire is necessary": a position on what is said to be needed or not, the issue
 * between the words of thinking and of need.
 */
const NEED_PATTERN = new RegExp(
  `\\b(?<not>(?:do|does|did)\\s+not|(?:do|does|did)n[’']t)?\\s*(?<think>${THINK_WORDS.join('|')})\\s+(?:that\\s+)?(?<issue>[^,;:!?“”"]{3,80}?)\\s+(?:is|are|was|were|would\\s+be|will\\s+be)\\s+(?<need>${NEED_WORDS.join('|')})\\b`,
  'giu',
);

/** The normalised words of an issue: synonyms mapped to one form, stopwords left out. */
export function issueKey(issue: string): string[] {
  const words = issue.toLowerCase().match(/[\p{L}.]+/gu) ?? [];
  return [
    ...new Set(
      words
        .map((w) => w.replace(/\.$/, '').replace(/^(?!u\.s)(.*)\.$/, '$1'))
        .map((w) => ISSUE_SYNONYMS[w] ?? ISSUE_SYNONYMS[w.replace(/\./g, '')] ?? w)
        .filter((w) => w.length > 1 && !ISSUE_STOPWORDS.has(w)),
    ),
  ].sort();
}

/** A mention of an entity, as the finders of people's positions, tenures and statuses read them. */
type PersonMention = { start: number; end: number; cluster: number; type: string };

/** One match of a pattern in a sentence: the match, where it starts, its sentence and its sentence's people. */
interface PeopleMatch<M extends PersonMention> {
  m: RegExpMatchArray;
  at: number;
  sentence: Span;
  s: string;
  /** The article's people named in the sentence, in text order, and those named before the match. */
  inSentence: M[];
  before: M[];
}

/** Each match of a pattern in each sentence, with the people the sentence names (people: type person). */
function* peopleMatches<M extends PersonMention>(
  text: string,
  sentences: readonly Span[],
  mentions: readonly M[],
  pattern: RegExp,
): Generator<PeopleMatch<M>> {
  const people = mentions.filter((m) => m.type === 'person');
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    for (const m of s.matchAll(pattern)) {
      const at = sentence.start + m.index!;
      const inSentence = people.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
      yield { m, at, sentence, s, inSentence, before: inSentence.filter((p) => p.end <= at) };
    }
  }
}

/** A direct quote as the finder of positions reads it: where it is and who said it (the article's entity). */
type SpokenQuote = { start: number; end: number; kind: string; speaker?: { cluster?: number } };

/** The holder of a position said in the first person inside a direct quote ("“I don’t think …,” Trump said"). */
function speakerOf(quotes: readonly SpokenQuote[], at: number, before: string): number | undefined {
  if (!/\b(?:I|we)\s+(?:\p{L}+\s+){0,2}$/u.test(before.slice(-40))) return undefined;
  return quotes.find((q) => q.kind === 'direct' && q.start <= at && at < q.end && q.speaker?.cluster !== undefined)
    ?.speaker?.cluster;
}

/**
 * The positions people take in an article: a stance phrase whose holder is the person named last
 * before it in its sentence (or, for a participle — ", while ruling out …" — the sentence's first person);
 * said in the first person in a direct quote, its speaker. Also whether something is said to be needed:
 * "I don't think a ceasefire is necessary" is against a ceasefire.
 */
export function findStances(
  text: string,
  sentences: readonly Span[],
  mentions: readonly PersonMention[],
  quotes: readonly SpokenQuote[] = [],
): Stance[] {
  const out: Stance[] = [];
  const push = (
    holder: { cluster: number; quoted: boolean },
    stance: 'for' | 'against',
    at: number,
    length: number,
    phrase: string,
    issue: string,
  ) => {
    // The issue ends where a coordinated clause begins ("a ceasefire and is pushing for …").
    const own = issue.replace(
      /\s+(?:and|but|while)\s+(?:is|are|was|were|has|have|had|will|would|says|said)\b.*$/isu,
      '',
    );
    const key = issueKey(own);
    // Asked, not taken: "asked if he supported the Obama agenda", "whether she backs the plan".
    if (!key.length || /\b(?:if|whether)\s+(?:[\p{L}’'.-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, at - 40), at)))
      return;
    out.push({
      cluster: holder.cluster,
      stance,
      span: { start: at, end: at + length },
      phrase,
      issue: own,
      key,
      ...(holder.quoted ? { quoted: true as const } : {}),
    });
  };
  const holderOf = (spoken: number | undefined, named: number | undefined) =>
    spoken !== undefined
      ? { cluster: spoken, quoted: true }
      : named !== undefined
        ? { cluster: named, quoted: false }
        : undefined;
  for (const { m, at, before, sentence } of peopleMatches(text, sentences, mentions, STANCE_PATTERN)) {
    const participle = /ing$/i.test(m.groups!.phrase!.split(/\s+/)[0]!);
    const holder = holderOf(
      speakerOf(quotes, at, text.slice(sentence.start, at)),
      (participle ? before[0] : before.at(-1))?.cluster,
    );
    if (!holder) continue;
    const phrase = m.groups!.phrase!.replace(/\s+/g, ' ').toLowerCase();
    const stance = STANCE_MATCHERS.find((p) => p.pattern.test(phrase))?.stance;
    if (!stance) continue;
    push(holder, stance, at, m[0].trimEnd().length, phrase, m.groups!.issue!.trim());
  }
  for (const { m, at, before, sentence } of peopleMatches(text, sentences, mentions, NEED_PATTERN)) {
    const start = at + m[0].length - m[0].trimStart().length;
    const holder = holderOf(speakerOf(quotes, start, text.slice(sentence.start, start)), before.at(-1)?.cluster);
    if (!holder) continue;
    const g = m.groups!;
    const phrase = `${g.not ? 'does not think' : 'thinks'} … ${g.need!.toLowerCase()}`;
    push(holder, g.not ? 'against' : 'for', start, m[0].trim().length, phrase, g.issue!.trim());
  }
  return out.sort((x, y) => x.span.start - y.span.start);
}

/** A time someone held an office, as one sentence says it: "Edward Brooke, who served from 1967 to 1979". */
export interface Tenure {
  /** The article's entity (cluster) who held it. */
  cluster: number;
  from: number;
  to: number;
  /** The office, when the clause names one ("governor", "president"); the seat or position otherwise. */
  title?: string;
  span: Span;
}

const TENURE = new RegExp(
  `\\b(?:${alternatives(TENURE_VERBS)})\\b(?<between>[^.;:!?]{0,60}?)\\bfrom\\s+(?<from>1[6-9]\\d\\d|20\\d\\d)\\s+(?:to|until|through|till|[-–])\\s+(?<to>1[6-9]\\d\\d|20\\d\\d)\\b`,
  'giu',
);
const TITLE_IN = new RegExp(`\\b(${phraseAlternatives(ROLE_TITLES)})\\b`, 'i');

/** The times people held offices in an article: the person named last before the words, in their sentence. */
export function findTenures(text: string, sentences: readonly Span[], mentions: readonly PersonMention[]): Tenure[] {
  const out: Tenure[] = [];
  for (const { m, at, s, before } of peopleMatches(text, sentences, mentions, TENURE)) {
    const holder = before.at(-1);
    const from = Number(m.groups!.from);
    const to = Number(m.groups!.to);
    if (!holder || to < from || to - from > 60) continue;
    // The office: in the words between the verb and "from", else just before the verb ("was Arkansas governor").
    const title =
      TITLE_IN.exec(m.groups!.between!)?.[1] ?? TITLE_IN.exec(s.slice(Math.max(0, m.index! - 40), m.index!))?.[1];
    out.push({
      cluster: holder.cluster,
      from,
      to,
      ...(title ? { title: title.toLowerCase().replace(/\s+/g, ' ') } : {}),
      span: { start: at, end: at + m[0].length },
    });
  }
  return out;
}

/** Whether someone has been charged, as one sentence says it. */
export interface ChargeStatus {
  /** The article's entity (cluster) it is said of. */
  cluster: number;
  status: 'charged' | 'not yet charged';
  span: Span;
}

const STATUS = new RegExp(`\\b(?:(?<done>${CHARGED.join('|')})|(?<notYet>${NOT_YET_CHARGED.join('|')}))`, 'gi');

/**
 * Whether the people of an article have been charged: "Sayoc has been charged with five federal crimes"
 * against "no formal charges have been filed yet"; "was expected to be indicted" against "has already
 * been secretly indicted". Said of the person named last before the words in their sentence (the one
 * named first after, when none is before); not in a condition ("if he were indicted").
 */
export function findChargeStatuses(
  text: string,
  sentences: readonly Span[],
  mentions: readonly (PersonMention & { text: string })[],
): ChargeStatus[] {
  const out: ChargeStatus[] = [];
  // A subject named just before the words may be a name whose kind is not known (a surname alone).
  const names = mentions.filter((m) => m.type === 'person' || m.type === 'unknown');
  for (const { m, at, s, sentence, inSentence, before } of peopleMatches(text, sentences, mentions, STATUS)) {
    if (STATUS_CONDITIONS.test(s.slice(0, m.index!))) continue;
    // The subject just before the words ("Sayoc has been charged"): the name written there, else a
    // person of the article by that name (the one with those very words first: "Cesar Sayoc" and
    // "Sayoc" may be two entities of the article when its kind is not known).
    const head = /(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(s.slice(0, m.index!));
    const subject = head?.[1];
    const subjectEnd = head ? sentence.start + head.index + subject!.length : -1;
    const named = subject
      ? (names.find((p) => p.start < subjectEnd && subjectEnd <= p.end) ??
        names.find((p) => p.text === subject) ??
        names.find((p) => p.text.endsWith(` ${subject}`)))
      : undefined;
    const holder = named ?? before.at(-1) ?? inSentence.find((p) => p.start >= at);
    if (!holder) continue;
    out.push({
      cluster: holder.cluster,
      status: m.groups!.done ? 'charged' : 'not yet charged',
      span: { start: at, end: at + m[0].length },
    });
  }
  return out;
}
