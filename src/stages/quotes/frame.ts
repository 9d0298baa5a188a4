import {
  ACCESS_PARTICIPLES,
  AFTER_STOPS,
  ANONYMITY,
  AUDIENCE_VERBS,
  AUDIENCES,
  BE_FORMS,
  CITING,
  CLAUSE_JOINERS,
  CLAUSE_OPENERS,
  CONTENT_NOUNS,
  DOCUMENT_NOUNS,
  CUE_ADVERBIAL,
  CUE_PARTICLES,
  CUE_FILLERS,
  CUE_VERBS,
  DETERMINERS,
  MEDIUM_NOUNS,
  MEDIUM_PHRASES,
  SPEAKS_FOR,
  MEDIA_BY_NAME,
  NEWSPAPER_HEADS,
  OBJECT_PREPOSITIONS,
  PARTICIPLE_CUES,
  PARTICIPLE_PARTICLES,
  PHRASE_STOPS,
  PUT_AUDIENCE,
  PUT_OCCASION,
  MAKE_FORMS,
  SEEM_VERBS,
  SPEAKER_PRONOUNS,
  TELL_VERBS,
  TIME_BEFORE_CUE,
  TO_NOUNS,
  adverbLy,
} from '../../locales/en/cues.ts';
import { cueScore, cueView, isCandidate, mentionEdges, type MentionEdges } from './cue-model.ts';
import {
  agrees,
  antecedent,
  mentionsIn,
  resolveSpeaker,
  TITLE_WORDS,
  weakOpening,
  withoutTime,
  documentHead,
  nameEndsAt,
  ownsNext,
  participle,
  type Context,
} from './speakers.ts';
import type { QuoteSource, TextSpan } from './types.ts';
import type { EntityMention } from '../entities/types.ts';
import { tokens, type Tok } from './words.ts';
import { tokenize } from '../entities/tokens.ts';
import { WEEKDAYS } from '../../locales/en/gazetteer.ts';
import { WIRES } from '../../locales/en/provenance.ts';

/** Who said it and with which verb, as the words around a quote tell. */
export interface Frame {
  speaker?: QuoteSource;
  cue?: TextSpan;
  via?: QuoteSource[];
  /** Where the reported words start when the frame comes before them ("said that |…"). */
  contentStart?: number;
  /** Which rule found it (a quote carries it: see the stage's README). */
  rule?: string;
}

/** A frame, when there is one, with the rule that found it. */
export function withRule(frame: Frame | undefined, rule: string): Frame | undefined {
  return frame ? { ...frame, rule } : undefined;
}

/** The most words a speaker phrase runs to, read from the cue. */
const MAX_PHRASE = 12;

/** True when the token is a cue verb (not "said" as in "the said"). */
function isCueWord(t: Tok | undefined): boolean {
  return !!t && t.word && CUE_VERBS.has(t.lower);
}

/** True when token `k` is a cue verb here: not a noun ("multiple reports", "Moscow’s demands", "reports said"). */
export function isCue(toks: readonly Tok[], k: number): boolean {
  if (!isCueWord(toks[k])) return false;
  // A capitalised cue word inside a sentence is part of a name ("the United States").
  if (k > 0 && /^\p{Lu}/u.test(toks[k]!.text) && toks[k - 1]!.word) return false;
  const prev = toks[k - 1];
  if (prev && (DETERMINERS.has(prev.lower) || /[’']s$/.test(prev.lower))) return false;
  // "the allies’ demands": a plural's possessive mark stands as a token of its own.
  if (prev && /^[’']$/.test(prev.text) && /s$/.test(toks[k - 2]?.lower ?? '') && prev.start === toks[k - 2]!.end)
    return false;
  // "more protests", "most reports": after a quantifier, a word in -s is a plural noun ("Most say" is no -s).
  if (prev && QUANTIFIERS.has(prev.lower) && /s$/.test(toks[k]!.lower)) return false;
  if (objectNoun(toks, k)) return false;
  if (passesOn(toks, k)) return false;
  // "reports said": a cue word before another is its subject; "said reports of …": the other is its object.
  return !isCueWord(toks[k + 1]) || objectNoun(toks, k + 1);
}

/**
 * "Trump denied claims that …", "officials dismissed reports of …": right after a verb in the past, a word
 * in -s is its object, a plural noun ("said claims …" too), not a verb of its own.
 */
function objectNoun(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  const word = toks[k]!.lower;
  if (!prev?.word || !/[^s]s$/.test(word)) return false;
  // A plural the lexicon knows for a noun of what is said or written ("claims", "reports", "comments"); or,
  // right after a verb of saying in the past that is the clause's own ("Engineers said stresses on the bridge
  // had grown", "He said states such as Ohio …"), a cue word in -s: a finite verb cannot open the clause
  // reported without a subject of its own. Not after a relative clause ("The letter she wrote warns of …",
  // "Everything the minister said suggests …": the verb in -s is the sentence's), nor before an object
  // ("… said says the company …").
  const pastCue = isCueWord(prev) && (PAST_CUES.has(prev.lower) || /[^e]ed$/.test(prev.lower));
  const asSubject =
    pastCue && isCueWord(toks[k]) && !OBJECT_STARTS.has(toks[k + 1]?.lower ?? '') && !relativeSubject(toks, k - 1);
  if (!(CONTENT_NOUNS.test(word) || DOCUMENT_NOUNS.test(word)) && !asSubject) return false;
  // The word before is no verb when it is a name ("United States reports"), a noun after a determiner ("The
  // accused claims"), or a relative clause's verb ("the pilot who landed reports", "a man who was arrested
  // says", "the firm whose main factory in Ohio was raided claims"); a participle after "was" in a clause of
  // its own is a passive with an object ("Investigators were handed reports that …", "Officials who arrived
  // were handed reports …").
  const before = toks[k - 2]?.lower ?? '';
  if (/^\p{Lu}/u.test(prev.text) || NOT_A_VERB_AFTER.has(before)) return false;
  if (BE_FORMS.has(before) && relativeBefore(toks, k - 2)) return false;
  return /[^e]ed$/.test(prev.lower) || isCueWord(prev);
}

/**
 * Whether the BE form at `k` is a relative clause's: a relative pronoun before it with no verb between
 * ("whose main factory in Ohio was", not "who arrived were"), at most six words back, within its clause.
 */
function relativeBefore(toks: readonly Tok[], k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i <= 6; i--) {
    const t = toks[i]!;
    if (!t.word) return false;
    if (/^(?:who|whose|that|which)$/.test(t.lower)) return true;
    if (AUXILIARIES.has(t.lower) || /[^e]ed$/.test(t.lower) || CUE_VERBS.has(t.lower)) return false;
  }
  return false;
}

/**
 * Whether the verb at `k` is a relative clause's, its subject after a noun phrase of the sentence's ("The
 * letter she wrote", "Everything the minister said", "The memo Smith wrote", "The letter that …"): in the
 * words of its clause before it, a pronoun, a determiner or a name that follows a word in lower case other
 * than a preposition, or a relative pronoun.
 */
function relativeSubject(toks: readonly Tok[], k: number): boolean {
  let from = k - 1;
  while (from >= 0 && toks[from]!.word && !CLAUSE_LINKS.has(toks[from]!.lower)) from--;
  if (from >= 0 && /^(?:that|which|who|whom|whose)$/.test(toks[from]!.lower)) return true;
  for (let i = from + 2; i < k; i++) {
    const t = toks[i]!;
    const before = toks[i - 1]!;
    const opensPhrase = SPEAKER_PRONOUNS.has(t.lower) || DETERMINERS.has(t.lower) || /^\p{Lu}/u.test(t.text);
    if (
      opensPhrase &&
      /^\p{Ll}/u.test(before.text) &&
      !PREPOSITIONS.has(before.lower) &&
      !DETERMINERS.has(before.lower)
    )
      return true;
  }
  return false;
}

/** Words that open a clause of their own: its subject starts after them. */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(
  'and but or that which who whom whose because although though while when if as since after before'.split(' '),
);

/** Prepositions: a name or a determiner after one is in a phrase of the subject ("the mayor of Lusk"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(
  'of for in at on from with by about to over under near among between across against along around'.split(' '),
);

/** Words that open a verb's object: after one, a word in -s is a verb with its object. */
const OBJECT_STARTS: ReadonlySet<string> = new Set(
  'the a an this these those his her their its our my your that it him them us me'.split(' '),
);

/** Cue verbs in the past that do not end in -ed. */
const PAST_CUES: ReadonlySet<string> = new Set(['said', 'told', 'wrote']);

/** Words before a word in -ed that make it no verb with an object of its own (see `objectNoun`). */
const NOT_A_VERB_AFTER: ReadonlySet<string> = new Set([...DETERMINERS, 'who', 'that', 'which', 'got', 'get', 'gets']);

/**
 * "Officials cited by Reuters said", "Interfax quoted the ministry as saying": "quoted" and "cited" only
 * say who passed the words on; the cue is the verb after.
 */
function passesOn(toks: readonly Tok[], k: number): boolean {
  if (!/^(?:quoted|cited)$/.test(toks[k]!.lower)) return false;
  if (k + 1 < toks.length && reducedRelative(toks, k + 1)) return true;
  for (let j = k + 1; j < toks.length && j - k <= MAX_PHRASE + 2; j++) {
    const t = toks[j]!;
    if (j > k + 1 && (t.lower === 'as' ? PARTICIPLE_CUES.has(toks[j + 1]?.lower ?? '') : PARTICIPLE_CUES.has(t.lower)))
      return true;
    if (!t.word && !/^[-’'.]$/.test(t.text)) break;
  }
  return false;
}

/** The mention edges of each article's text, worked out once. */
const EDGES = new WeakMap<Context, MentionEdges>();

/**
 * The tokens of `toks` the context's cue model takes for cues (none without a model), from `from` on
 * or, with `backwards`, from the last one.
 */
export function learnedCues(ctx: Context, toks: readonly Tok[], backwards = false): number[] {
  const model = ctx.cueModel;
  if (!model) return [];
  let edges = EDGES.get(ctx);
  if (!edges) EDGES.set(ctx, (edges = mentionEdges(ctx.entities.mentions)));
  const view = cueView(toks, edges);
  const out: number[] = [];
  for (let k = 0; k < toks.length; k++) {
    // Only a word the model lists can score at all: the tests below are for those.
    if (!toks[k]!.word || !isCandidate(model, toks[k]!.lower)) continue;
    // "reports said": a word before a listed cue is its subject, not a cue.
    if (CUE_VERBS.has(toks[k + 1]?.lower ?? '')) continue;
    // "to meet Moscow’s demands, Zelensky consulted …": a word after a possessive is a noun ("she’s saying"
    // is no possessive), and what follows its comma is a clause of its own, not what it holds.
    if (possessed(toks, k) && toks[k + 1]?.text === ',') continue;
    // "European allies dubbed the “coalition of the willing”": a naming participle after a noun names it.
    if (namingParticiple(ctx.text, toks, k)) continue;
    if (passesOn(toks, k) || objectNoun(toks, k)) continue;
    // "Keir Starmer Friday met …": a weekday right after a name says when, and is no verb ("posted on
    // Twitter Friday that …" still opens the words after it).
    if (
      /^\p{Lu}/u.test(toks[k]!.text) &&
      WEEKDAYS.has(toks[k]!.lower) &&
      edges.endsAt.has(toks[k - 1]?.end ?? -1) &&
      toks[k + 1]?.lower !== 'that'
    )
      continue;
    if (cueScore(model, view, k, CUE_VERBS) >= model.threshold) out.push(k);
  }
  return backwards ? out.reverse() : out;
}

/** Pronouns whose "’s" is "is" or "has" ("she’s said", "it’s reported"), not a possessive. */
const CONTRACTING = new Set(['he', 'she', 'it', 'that', 'who', 'there', 'what', 'here', 'where']);

/** True when the word at `k` follows a possessive ("Moscow’s demands", "the Kremlin's claims"). */
function possessed(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  // "the allies’ demands": a plural's possessive mark stands as a token of its own.
  if (prev && /^[’']$/.test(prev.text) && /s$/.test(toks[k - 2]?.lower ?? '') && prev.start === toks[k - 2]!.end)
    return !/ing$/.test(toks[k]!.lower);
  const owner = prev && /^(.+)[’']s$/u.exec(prev.lower)?.[1];
  if (!owner) return false;
  return !/ing$/.test(toks[k]!.lower) && !CONTRACTING.has(owner);
}

/** Words before a verb in -ed that make it a finite verb or a perfect, not a participle after a noun. */
const NOT_NOUN_BEFORE = new Set([
  ...SPEAKER_PRONOUNS,
  ...BE_FORMS,
  'has',
  'have',
  'had',
  'who',
  'which',
  'that',
  'and',
  'also',
  'then',
  'they',
  'we',
  'i',
  'you',
]);

/** Verbs that only name ("dubbed", "nicknamed"): "critics called it “…”" is speech, "allies dubbed the “…”" is not. */
const NAMING_PARTICIPLES = new Set(['dubbed', 'nicknamed', 'codenamed', 'code-named']);

/**
 * True when the word at `k` is a naming participle right after a common noun and before a quoted term
 * ("allies dubbed the “coalition of the willing”", "a plan nicknamed “Project Freedom”"): the noun is
 * named, nobody is reported.
 */
function namingParticiple(text: string, toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  const prev = toks[k - 1];
  if (!NAMING_PARTICIPLES.has(t.lower) || !prev?.word) return false;
  if (!/^\p{Ll}/u.test(prev.text) || NOT_NOUN_BEFORE.has(prev.lower) || adverbLy(prev.lower)) return false;
  return /^\s+(?:(?:the|a|an)\s+)?["“«‘]/iu.test(text.slice(t.end, t.end + 8));
}

/** Determiners that open a noun phrase before a trailing frame's speaker: "…, an idea Zelensky rejected". */
const APPOSITION_HEADS = new Set(['a', 'an', 'one', 'another', 'this', 'that', 'these', 'those', 'such']);

/**
 * True when the words after a comma open on a noun phrase of their own before a named speaker ("an idea
 * Zelensky firmly rejected", "a proposal President Zelensky rejected"): a relative clause about what came
 * before the comma (an apposition), not a frame that credits it ("a senior official said" names no one).
 */
export function appositionBefore(after: readonly Tok[], speaker: TextSpan): boolean {
  const lead = after.filter((t) => t.word && t.end <= speaker.start);
  return (
    lead.length >= 2 &&
    APPOSITION_HEADS.has(lead[0]!.lower) &&
    /^\p{Ll}/u.test(lead[1]!.text) &&
    /^\p{Lu}/u.test(speaker.text)
  );
}

/** Words that open an adverbial before the subject ("In response to …,", "Hours later,", "Speaking to …,"). */
const ADVERBIAL_OPENERS =
  /^(?:in|on|at|after|before|during|following|despite|amid|with|without|for|from|speaking|asked|hours|days|minutes|moments|later|earlier|meanwhile|still|yet|however|instead|separately|then|now|since|as|when|while|although|though|once|if|under|according)$/;

/** Forms of "be" before a cue in -ing ("is telling", "was noting", "she’s saying"). */
const PROGRESSIVE = new Set([...BE_FORMS, '’s', "'s"]);

/** Words after which a word is a noun ("the daily", "her ally"). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set('the his her its their our my your'.split(' '));

/** The last token of the speaker phrase before the cue at `k`, past words like "also" and "had". */
function phraseEnd(toks: readonly Tok[], k: number): number {
  // "A source who asked not to be named said": the relative clause of anonymity describes the speaker.
  const anonymous = anonymousClause(toks, k);
  let i = (anonymous > 0 ? anonymous : k) - 1;
  // An "-ly" word is skipped as an adverb, but not after a determiner: "the daily said", "an ally said".
  // "The Chinese daily said": a newspaper's noun after a determiner and its adjectives.
  const paper = (j: number) =>
    /^(?:daily|weekly)$/.test(toks[j]!.lower) &&
    toks.slice(Math.max(0, j - 3), j).some((t) => NOUN_DETERMINERS.has(t.lower));
  const adverb = (j: number) =>
    /^\p{Ll}/u.test(toks[j]!.text) &&
    adverbLy(toks[j]!.lower) &&
    !NOUN_DETERMINERS.has(toks[j - 1]?.lower ?? '') &&
    !paper(j);
  while (i >= 0 && (CUE_FILLERS.has(toks[i]!.lower) || adverb(i))) i--;
  // "The senator is telling reporters": the auxiliary of a cue in -ing is not the speaker's last word.
  if (/ing$/.test(toks[k]!.lower)) while (i >= 0 && PROGRESSIVE.has(toks[i]!.lower)) i--;
  // "Feinstein last week said": a time adverbial, then the speaker (when one stands before it). Not one
  // a comma closes: it ends the clause before it ("Ana Ruiz, who spoke at the school on Monday, said").
  const words = toks.slice(Math.max(0, i - 3), i + 1).map((t) => t.text);
  const time = toks[i]?.text === ',' ? null : TIME_BEFORE_CUE.exec(words.join(' '));
  if (time && time.index > 0) {
    i -= time[0]
      .trim()
      .split(/\s+/)
      .filter((w) => w !== ',').length;
    while (i >= 0 && (CUE_FILLERS.has(toks[i]!.lower) || toks[i]!.text === ',')) i--;
  }
  if (toks[i]?.text === ')') {
    let j = i - 1;
    while (j >= 0 && toks[j]!.text !== '(' && i - j < 12) j--;
    if (toks[j]?.text === '(') i = j - 1;
  }
  return i;
}

/** Before token `k`, the start of a relative clause of anonymity that ends there ("who asked not to be named"); -1 when none. */
function anonymousClause(toks: readonly Tok[], k: number): number {
  const before = toks.slice(Math.max(0, k - 32), k);
  if (!before.some((t) => t.lower === 'who')) return -1;
  const m = ANONYMOUS_CLAUSE.exec(before.map((t) => t.text).join(' '));
  if (!m) return -1;
  const at = k - m[0].trim().split(/\s+/).length;
  // Between commas (", who spoke on condition of anonymity,") the apposition is read as one (`beforeApposition`).
  return toks[at]?.lower === 'who' && toks[at - 1]?.text !== ',' ? at : -1;
}

/** A relative clause of anonymity at the end of a speaker phrase ("who asked not to be named"). */
const ANONYMOUS_CLAUSE = new RegExp(
  `\\bwho\\s+(?:had\\s+|have\\s+|has\\s+)?(?:(?:asked|requested|spoke|speaks|talked|agreed\\s+to\\s+speak|insisted\\s+on\\s+speaking|declined|refused|wished|preferred|did\\s+not\\s+want)\\s+(?:${ANONYMITY}|(?:not\\s+)?to\\s+be\\s+(?:named|identified|quoted)|anonymity)|(?:would|could|did)\\s+not\\s+be\\s+(?:named|identified))` +
    // "… because he was not authorized to speak publicly": why, up to the cue.
    `(?:\\s+(?:because|since|as)\\s+[^.;:!?"“”]{1,140})?$`,
  'iu',
);

/** Quantifiers that take a plural noun. */
const QUANTIFIERS: ReadonlySet<string> = new Set(['more', 'most', 'fewer', 'few', 'numerous', 'various', 'both']);

/** Prepositions inside a speaker phrase, after its head noun ("the head of …", "a spokesman for …"). */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'from', 'about', 'with', 'at', 'in', 'on']);

/** Words a speaker phrase never ends on: verbs and fillers ("She became", "there"). */
const NOT_A_SUBJECT_END = new Set(
  'is are was were be been became becomes has have had do does did i’m im it’s there here'.split(' '),
);

/** True when tokens `first..last` can name a speaker: not ending on a verb ("She became"), not a bare number. */
function plausible(toks: readonly Tok[], first: number, last: number): boolean {
  if (NOT_A_SUBJECT_END.has(toks[last]!.lower)) return false;
  return toks.slice(first, last + 1).some((t) => /\p{L}/u.test(t.text));
}

/** The start of the speaker phrase that ends just before token `k`, read backwards; -1 when none. */
function phraseBack(toks: readonly Tok[], k: number, throughPrepositions = true): number {
  let i = phraseEnd(toks, k);
  let first = -1;
  for (let n = 0; i >= 0 && n < MAX_PHRASE; i--, n++) {
    const t = toks[i]!;
    if (!t.word && t.text !== '-' && t.text !== '’' && t.text !== "'") break;
    // "the WHO", "the US": an acronym is a name, not the stop word its letters spell.
    // Not in a line written in capitals ("WHERE OBAMA SAID").
    const caps = (x: Tok | undefined) => !!x?.word && /^\p{Lu}{2,}$/u.test(x.text);
    const acronym = caps(t) && !caps(toks[i - 1]) && !caps(toks[i + 1]);
    if (t.word && !acronym && (PHRASE_STOPS.has(t.lower) || isCue(toks, i))) {
      // "Democrats who now control the House say": a relative clause with no comma before it restricts the
      // noun before it, which heads the phrase.
      const noun = toks[i - 1];
      if (t.lower === 'who' && first >= 0 && noun?.word && !PHRASE_STOPS.has(noun.lower) && !isCueWord(noun)) continue;
      if (t.lower === 'who' || t.lower === 'which') return first < 0 ? i : first;
      // "Analysts polled by Reuters", "Teachers forced to work unpaid overtime": a past participle after
      // the head noun opens a reduced relative clause; its agent or infinitive is part of the phrase.
      // Not over a clause of its own ("Cuts recommended by the board would take effect …").
      if (reducedRelative(toks, i) && first >= 0 && !toks.slice(i + 1, first).some((x) => AUXILIARIES.has(x.lower)))
        continue;
      // "A letter sent by the Pentagon to Congress": the one it went to, after the clause's agent.
      if (t.lower === 'to' && first >= 0 && agentBefore(toks, i)) continue;
      // "The head of the water board", "a release from Mr. Seel’s office about the meeting": a noun before
      // a preposition heads the phrase.
      const head = toks[i - 1];
      if (
        throughPrepositions &&
        // "people close to him", "sources close to the family": "close to" describes the noun before.
        // "an aide to the senator", "the ambassador to the United Nations": a noun of service or posting.
        (PHRASE_PREPOSITIONS.has(t.lower) ||
          (t.lower === 'to' &&
            (head?.lower === 'close' ||
              // Before a noun phrase, not a verb ("prompted so many delegates to walk out").
              (TO_NOUNS.has(head?.lower ?? '') &&
                /^(?:the|a|an|his|her|their|its|\p{Lu}.*)$/u.test(toks[i + 1]?.text ?? ''))))) &&
        first >= 0 &&
        head?.word &&
        !PHRASE_STOPS.has(head.lower) &&
        !isCueWord(head)
      )
        continue;
      break;
    }
    first = i;
  }
  return first;
}

/** True when "to" at `i` follows the agent of a reduced relative clause ("sent by the Pentagon to"). */
function agentBefore(toks: readonly Tok[], i: number): boolean {
  for (let b = i - 2; b > 0 && i - b <= MAX_PHRASE; b--) {
    const t = toks[b]!;
    if (!t.word) return false;
    if (t.lower === 'by') return reducedRelative(toks, b);
    if (PHRASE_STOPS.has(t.lower) && !/^(?:the|a|an)$/.test(t.lower)) return false;
  }
  return false;
}

/** A past participle in lower case ("polled", "hit"). */
function isParticiple(t: { text: string } | undefined): boolean {
  return !!t && /^\p{Ll}/u.test(t.text) && participle(t.text);
}

/**
 * True when "by" or "to" at `i` follows a past participle that follows a noun: a reduced relative clause
 * ("Analysts polled by Reuters", "Teachers forced to work unpaid overtime"), not a clause's own verb ("The
 * proposal was jointly written by", "she declined to claim", "he lost to the much less …").
 */
function reducedRelative(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  if (t.lower !== 'by' && t.lower !== 'to') return false;
  // A particle or an adverb may stand between ("Workers laid off by", "people hit hardest by").
  const p = toks[i - 1] && AFTER_PARTICIPLE.test(toks[i - 1]!.lower) ? i - 2 : i - 1;
  if (!isParticiple(toks[p])) return false;
  const noun = toks[p - 1];
  if (!noun?.word || PHRASE_STOPS.has(noun.lower) || isCueWord(noun) || SPEAKER_PRONOUNS.has(noun.lower)) return false;
  if (adverbLy(noun.lower) || CLAUSE_ADVERBS.has(noun.lower)) return false;
  if ([noun, toks[p - 2]].some((x) => x && (AUXILIARIES.has(x.lower) || BE_FORMS.has(x.lower)))) return false;
  return true;
}

/** Particles and adverbs between a participle and its "by" or "to" ("laid off by", "hit hardest by"). */
const AFTER_PARTICIPLE = new RegExp(String.raw`^(?:${PARTICIPLE_PARTICLES.join('|')}|\p{Ll}+ly)$`, 'u');

/** Adverbs between a subject and its verb ("He also continued to …"). */
const CLAUSE_ADVERBS = new Set([
  'also',
  'still',
  'just',
  'only',
  'then',
  'now',
  'never',
  'already',
  'even',
  'often',
  'later',
  'soon',
  'again',
]);

/**
 * The end of the speaker phrase that starts at token `k`, read forwards ("said Mayor Theodore Wexley");
 * -1 unless it starts with a capital or an article and ends the clause (not "said he would …").
 */
function phraseForward(toks: readonly Tok[], k: number, inverted = false): number {
  const first = toks[k];
  if (!first?.word) return -1;
  if (!inverted && !(/^\p{Lu}/u.test(first.text) || /^(?:the|a|an)$/.test(first.lower))) return -1;
  let last = -1;
  let i = k;
  for (let n = 0; i < toks.length && n < MAX_PHRASE; i++, n++) {
    const t = toks[i]!;
    const joins = inverted && /^[/&-]$/.test(t.text);
    // "said Chris Harris’ attorney": a name in s takes the possessive mark alone, a token of its own.
    const owns = /^[’']$/u.test(t.text) && i > k && /s$/iu.test(toks[i - 1]!.text) && toks[i - 1]!.end === t.start;
    if ((!t.word && !joins && !owns) || AFTER_STOPS.has(t.lower) || isCueWord(t)) break;
    // "…, said the bridge would reopen": a verb of its own makes the words a clause, not who spoke.
    if (AUXILIARIES.has(t.text)) return -1;
    last = i;
  }
  const next = toks[i];
  if (next && next.word && !AFTER_STOPS.has(next.lower)) return -1;
  if (next && /^[“"‘]$/.test(next.text)) return -1;
  return last;
}

/**
 * True when the words `from..to` hold a verb in lower case, read in their sentence ("said the city needs
 * more money"): a clause, not who spoke.
 */
export function holdsVerb(ctx: Context, from: number, to: number, finite = false): boolean {
  const s = ctx.sentences.find((x) => x.start <= from && to <= x.end);
  if (!s) return false;
  const toks = tokenize(ctx.text, s);
  return toks.some(
    (t, i) =>
      t.start >= from &&
      t.end <= to &&
      (t.pos === 'VERB' || t.pos === 'AUX') &&
      /^\p{Ll}/u.test(t.text) &&
      // With `finite`, no "-ing" form ("Officials, speaking on condition of anonymity,").
      !(finite && /ing$/u.test(t.text)) &&
      // "a person briefed on the talks": a participle before a preposition describes a noun.
      !(/ed$/u.test(t.text) && toks[i + 1]?.pos === 'ADP'),
  );
}

/**
 * True when the words `from..to` after ", said" are a clause, not an inverted speaker: they open on a
 * subject pronoun ("said he fully supports …"), or hold a verb of their own that is no modifier of a noun
 * ("said Beijing wanted …", "said parents still want …"; not "the presiding judge", "analysts following the
 * company", "the newly appointed coach", "ousted chief executive").
 */
export function clauseAfterCue(ctx: Context, from: number, to: number): boolean {
  const s = ctx.sentences.find((x) => x.start <= from && to <= x.end);
  if (!s) return false;
  const toks = tokenize(ctx.text, s).filter((t) => t.start >= from && t.end <= to);
  const first = toks[0];
  if (!first) return false;
  if (/^(?:he|she|they|we|i|it)$/i.test(first.text) && toks.length > 1) return true;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    const before = toks[i - 1]!;
    // A relative clause describes the speaker ("a nurse who works there", "the group that organized it").
    if (/^(?:who|whom|whose|that|which|where)$/.test(t.text)) return false;
    if (!(t.pos === 'VERB' || t.pos === 'AUX') || !/^\p{Ll}/u.test(t.text) || /ing$/.test(t.text)) continue;
    if (AUXILIARIES.has(t.text) || t.text === 'must') return true;
    // A participle after a common noun describes it ("a man named Ali", "workers sent home"); after a name
    // it is the name's verb ("Beijing wanted stable ties").
    if (participle(t.text) || /ed$/.test(t.text)) {
      if (before.pos === 'PROPN' && /^\p{Lu}/u.test(before.text)) return true;
      continue;
    }
    // A verb in the present after its subject ("parents still want …").
    if (/^(?:NOUN|PROPN|ADV)$/.test(before.pos) && toks[i + 1]?.pos !== 'ADP') return true;
  }
  return false;
}

/** The speaker of "X, who said": the name just before ", who" in the sentence. */
function beforeRelative(ctx: Context, toks: readonly Tok[], whoIndex: number): QuoteSource | undefined {
  const comma = toks[whoIndex - 1];
  if (!comma || comma.text !== ',') return undefined;
  const names = mentionsIn(ctx, toks[0]!.start, comma.start);
  let m = names.pop();
  // "Sen. Amy Klobuchar of Minnesota, who tweeted": a place after "of" or "from" says where the name
  // before it is from; the name is who speaks.
  while (
    m &&
    names.length &&
    ctx.entities.clusters[m.cluster]?.type === 'place' &&
    /^\W*(?:of|from)\s+$/iu.test(ctx.text.slice(names.at(-1)!.end, m.start))
  )
    m = names.pop();
  return m ? { start: m.start, end: m.end, text: m.text, cluster: m.cluster } : undefined;
}

/** Words after a past participle that open its clause ("quoted by", "sent to", "published in March"). */
const CLAUSE_AFTER_PARTICIPLE = /^(?:by|to|in|on|at|during|after|before|last|earlier|this|from|under|over)$/;

/**
 * The speaker of an apposition or a quoted name before the cue ("Gwen Ashdown, whose family …, said",
 * "a soldier using the call sign “Warsaw,” said"): the last person named before it, else the first name.
 */
function beforeApposition(ctx: Context, toks: readonly Tok[], k: number): QuoteSource | undefined {
  const i = phraseEnd(toks, k);
  if (i < 0 || !/^[,”"’]$/.test(toks[i]!.text)) return undefined;
  // "Speaking on ABC’s “This Week,” Sen. John McCain, R-Ariz., said": past an opening adverbial.
  const opening = openingAdverbialEnd(toks);
  const from = opening > 0 && opening < i ? toks[opening + 1]!.start : toks[0]!.start;
  let to = toks[i]!.end;
  // "Mukasey, the attorney general under George W. Bush, criticized", "McCaskill, who has endorsed
  // Clinton, said": an apposition or relative that describes names no one new; the name before it speaks.
  const comma = toks.findIndex((t, j) => t.start >= from && j < i && t.text === ',');
  const described = comma > 0 && /^(?:who|whose|which|the|a|an|\p{Ll}.*)$/u.test(toks[comma + 1]?.text ?? '');
  // "The ministry, quoted by the Interfax news agency, said", "Ms. Kim's husband, reached by phone, said": a
  // participle's clause between commas names no one who speaks; the words before it do.
  // "The singer, known to fans as Bono, said": the name it is known by is who speaks.
  const knownAs = toks
    .slice(comma + 1, i)
    .some((t, j, all) => t.lower === 'as' && /^\p{Lu}/u.test(all[j + 1]?.text ?? ''));
  let first = toks.findIndex((t) => t.start >= from);
  // "But others, including …, said": a conjunction that opens the sentence is no part of the speaker.
  if (first >= 0 && /^(?:but|and|yet|so|still)$/.test(toks[first]!.lower)) first++;
  const nounPhrase =
    first >= 0 && first < comma && toks.slice(first, comma).every((t) => t.word || /^[-’']$/.test(t.text));
  // "Officials quoted by the AP, who spoke on condition of anonymity, said": the clause describes the ones
  // quoted, not the agent who quoted them (a go-between, `frameAt`).
  const quoted =
    comma > 0 && described && nounPhrase
      ? /^(.+?)\s+(?:quoted|cited)\s+(?:\p{Ll}+ly\s+)?by\s+\S[^,]*$/u.exec(
          ctx.text.slice(toks[first]!.start, toks[comma]!.start),
        )
      : null;
  if (quoted) return resolveSpeaker(ctx, toks[first]!.start, toks[first]!.start + quoted[1]!.length);
  // "Several conservatives, including Glenn Beck, have said", "Some members of his Cabinet, including …": the
  // group before it, a short noun phrase, speaks.
  const including = toks[comma + 1]?.lower === 'including';
  if (
    comma > 0 &&
    including &&
    nounPhrase &&
    comma - first <= MAX_PHRASE &&
    !holdsVerb(ctx, toks[first]!.start, toks[comma - 1]!.end)
  )
    return resolveSpeaker(ctx, toks[first]!.start, toks[comma - 1]!.end);
  // So does one with a time or place ("The study, published in March, said").
  const clauseAfter = isParticiple(toks[comma + 1]) && CLAUSE_AFTER_PARTICIPLE.test(toks[comma + 2]?.lower ?? '');
  if (comma > 0 && !knownAs && clauseAfter) {
    // "The survey, conducted by the Public Policy Institute, finds": what is written is its author's.
    if (
      toks[comma + 2]!.lower === 'by' &&
      documentHead(
        toks
          .slice(Math.max(0, comma - 2), comma)
          .map((t) => t.text)
          .join(' '),
      ) &&
      !nameEndsAt(ctx, toks[comma - 1]!.end) &&
      !ACCESS_PARTICIPLES.has(toks[comma + 1]!.lower) &&
      comma + 3 < i
    )
      return resolveSpeaker(ctx, toks[comma + 3]!.start, withoutTime(ctx, toks[comma + 3]!.start, toks[i - 1]!.end));
    const before = mentionsIn(ctx, from, toks[comma]!.start).filter(
      (m) => ctx.entities.clusters[m.cluster]?.type !== 'place' && !ownsNext(ctx, m.end, toks[comma]!.start),
    );
    const person = before.filter((m) => ctx.entities.clusters[m.cluster]?.type === 'person').at(-1) ?? before[0];
    if (person) return { start: person.start, end: person.end, text: person.text, cluster: person.cluster };
    return nounPhrase ? resolveSpeaker(ctx, toks[first]!.start, toks[comma - 1]!.end) : undefined;
  }
  // "CNN, which has enlisted Ms. Griffin …, announced": an organisation heads the phrase as well.
  const named = (x: { cluster: number }) =>
    /^(?:person|unknown)$/.test(ctx.entities.clusters[x.cluster]?.type ?? '') ||
    (toks[comma + 1]?.lower === 'which' && ctx.entities.clusters[x.cluster]?.type === 'organisation');
  if (described && mentionsIn(ctx, from, toks[comma]!.start).some(named)) to = toks[comma]!.start;
  const all = mentionsIn(ctx, from, to).filter((m) => ctx.entities.clusters[m.cluster]?.type !== 'place');
  // "Stone’s attorney, Grant Smith, said": one whose possessive names someone of his is not the speaker,
  // when the apposition names that someone.
  const own = all.filter((m) => !ownsNext(ctx, m.end, to));
  const inside = own.length && own.length < all.length ? own : all;
  const persons = inside.filter((m) => ctx.entities.clusters[m.cluster]?.type === 'person');
  // "Russia’s ambassador to the United Nations, Vassily Nebenzia, said": a name that fills the apposition
  // names the one described before it.
  // Only after a description that a name does not open ("Cecelia Purner, 67, a retiree in Allentown, Pa.,").
  const describedFirst = inside[0] && /\p{Ll}/u.test(ctx.text.slice(from, inside[0].start));
  const appositive = describedFirst
    ? inside.find(
        (x) =>
          x !== inside[0] &&
          /\s/.test(x.text) &&
          /,\s*$/.test(ctx.text.slice(Math.max(0, x.start - 3), x.start)) &&
          /^[\s,]*$/.test(ctx.text.slice(x.end, to)),
      )
    : undefined;
  const m = persons.length ? persons[persons.length - 1] : (appositive ?? inside[0]);
  if (m) return { start: m.start, end: m.end, text: m.text, cluster: m.cluster };
  return openingBeforeApposition(ctx, toks, i);
}

/** "Two engineers at the water board, who spoke …, told": the words before the first comma, when a relative or an apposition follows it. */
function openingBeforeApposition(ctx: Context, toks: readonly Tok[], last: number): QuoteSource | undefined {
  const comma = toks.findIndex((t) => t.text === ',');
  if (comma < 1 || comma >= last || comma > MAX_PHRASE) return undefined;
  if (!/^(?:who|whose|which|a|an|the)$/.test(toks[comma + 1]?.lower ?? '')) return undefined;
  if (toks.slice(0, comma).some((t) => !t.word && t.text !== '-' && t.text !== '’')) return undefined;
  return resolveSpeaker(ctx, toks[0]!.start, toks[comma - 1]!.end);
}

/** The subject of the sentence, for a participle cue (", saying …"): its first person or organisation. */
function subjectOf(ctx: Context, toks: readonly Tok[], k: number, opening = false): QuoteSource | undefined {
  // "In response to Trump’s proposal, Clinton’s aide rallied supporters, saying …", "Hours later, Trump
  // …": an opening adverbial up to its comma holds no subject.
  let from = 0;
  if (ADVERBIAL_OPENERS.test(toks[0]?.lower ?? '')) {
    const comma = toks.findIndex((t, i) => i < k && t.text === ',');
    if (comma > 0 && comma + 1 < k) from = comma + 1;
  }
  const inside = mentionsIn(ctx, toks[from]!.start, toks[k]!.start);
  const type = (x: { cluster: number }) => ctx.entities.clusters[x.cluster]?.type;
  // The first named one that may speak, in the order named (a person or one of unknown kind).
  const m =
    inside.find((x) => type(x) === 'person' || (type(x) === 'unknown' && !weakOpening(ctx, x))) ??
    inside.find((x) => type(x) !== 'place');
  const first = toks[from]!;
  if (SPEAKER_PRONOUNS.has(first.lower)) return resolveSpeaker(ctx, first.start, first.end);
  // A sentence that opens with words and no name: those words ("Small groups of protesters … chanting").
  let end = from;
  while (end < k && end - from < 5 && toks[end]!.word && !PHRASE_STOPS.has(toks[end]!.lower)) end++;
  const useOpening =
    opening && end > from && (!m || m.start > toks[end - 1]!.end) && !/^\p{Lu}/u.test(toks[end - 1]!.text);
  if (useOpening) return resolveSpeaker(ctx, toks[from]!.start, subjectEnd(ctx, toks[from]!.start, toks[end - 1]!.end));
  // "the RNC chairman was caught on camera saying": the one who holds the title, not the organisation.
  const title = m && type(m) !== 'person' ? /^\s+(\p{Ll}+)\b/u.exec(ctx.text.slice(m.end, m.end + 30)) : null;
  if (m && title && TITLE_WORDS.has(title[1]!)) return resolveSpeaker(ctx, toks[from]!.start, m.end + title[0].length);
  return m ? { start: m.start, end: m.end, text: m.text, cluster: m.cluster } : undefined;
}

/**
 * Where the subject of a clause's opening words ends: before its verb, a verb after a noun ("The mayor went
 * on to win …" → "The mayor"; "Protesters gathered outside" → "Protesters"); not a participle after a
 * determiner or pronoun ("Those affected"), which the phrase keeps.
 */
function subjectEnd(ctx: Context, from: number, to: number): number {
  // Tagged in its sentence: a word alone is tagged worse ("Small groups" would be a name and a verb).
  const sentence = ctx.sentences.find((x) => x.start <= from && to <= x.end) ?? { start: from, end: to };
  const all = tokenize(ctx.text, sentence);
  const words = all.filter((t) => t.start >= from && t.end <= to && /[\p{L}\p{N}]/u.test(t.text));
  for (let i = 1; i < words.length; i++) {
    const t = words[i]!;
    // Not a word joined to the one before ("The tea party-backed candidate").
    if (!/^\p{Ll}/u.test(t.text) || /ing$/.test(t.text) || /-$/.test(ctx.text.slice(0, t.start))) continue;
    // The tagger takes some verbs in "-ed" before an object for nouns ("The defense team rested its case").
    const next = all.find((x) => x.start >= t.end && /[\p{L}\p{N}]/u.test(x.text));
    const verb =
      t.pos === 'VERB' ||
      (/[^e]ed$/.test(t.text) && t.text.length > 4 && (next?.pos === 'DET' || next?.pos === 'PRON'));
    if (!verb) continue;
    // A participle with its agent or object after it belongs to the noun ("People affected by the flood",
    // "The man accused of the killing").
    if (/^(?:by|of)$/i.test(next?.text ?? '') && isParticiple(t)) continue;
    // After a noun, or an adjective the tagger takes a noun for ("The police chief apologized").
    const before = words[i - 1]!.pos;
    if (before === 'NOUN' || before === 'PROPN' || (before === 'ADJ' && i >= 2)) return words[i - 1]!.end;
  }
  return to;
}

/**
 * Auxiliaries and modals: after "who" they open a relative clause's verb phrase ("who has made …": "who" is
 * its subject); read after a cue they make the words a clause ("said the bridge would reopen"); before a
 * closing frame's verb they are no part of its source ("…, The Harbor Post has reported").
 */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  'has have had is was were are will would could can may might should did does do'.split(' '),
);

/** Words that end the noun a possessive owns: verbs it may be the subject of, articles, conjunctions. */
const OWNED_STOPS: ReadonlySet<string> = new Set([
  ...AUXILIARIES,
  ...'the a an and or but to of in on at for with also took made gave went came ran left met sent got set put kept held brought began'.split(
    ' ',
  ),
]);

/**
 * The speaker a named subject stands for: itself, or what it owns when a possessive follows ("Putin’s
 * spokesman briefed …", "Reyes’ spokesman") — the words after the possessive up to its verb ("Clinton's
 * campaign took …" → "Clinton's campaign").
 */
function ownedBy(ctx: Context, subject: QuoteSource): QuoteSource | undefined {
  const owned = /^[’']s?(?=\s)/u.exec(ctx.text.slice(subject.end, subject.end + 3));
  if (!owned) return subject;
  const from = subject.end + owned[0].length;
  let end = from;
  for (const t of tokens(ctx.text, from, Math.min(ctx.text.length, from + 60)).slice(0, 3)) {
    if (!/^\p{Ll}+$/u.test(t.text) || OWNED_STOPS.has(t.lower) || /[^e]ed$/.test(t.lower) || CUE_VERBS.has(t.lower))
      break;
    end = t.end;
  }
  return end > from ? resolveSpeaker(ctx, subject.start, end) : subject;
}

/** Words that open a subordinate clause with its own subject. */
const CLAUSE_STARTS: ReadonlySet<string> = new Set(
  'after before when while because since as although though whereas if once until that who which'.split(' '),
);

/** Words that open an adverbial or complement clause with a subject of its own. */
const SUBORDINATORS: ReadonlySet<string> = new Set(
  'after before when while because since although though whereas if once until that'.split(' '),
);

/** Possessive pronouns that stand for one person. */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her']);

/**
 * The possessor of a noun cue ("his on-camera claim that …", "Steele’s warning that …"): who claims or
 * warns. Within three words before the noun.
 */
function possessorBefore(ctx: Context, toks: readonly Tok[], k: number, lastSpeaker?: number): QuoteSource | undefined {
  for (let i = k - 1; i >= 0 && k - i <= 3; i--) {
    const t = toks[i]!;
    if (!t.word && !/^[-’']$/.test(t.text)) return undefined;
    if (POSSESSIVE_PRONOUNS.has(t.lower)) {
      // "her claim" is no man's, "his warning" no woman's.
      const pronoun = t.lower === 'her' ? 'she' : t.lower === 'his' ? 'he' : undefined;
      const last =
        lastSpeaker !== undefined && (!pronoun || agrees(ctx, pronoun, lastSpeaker)) ? lastSpeaker : undefined;
      const cluster = last ?? antecedent(ctx, t.start, pronoun);
      return { start: t.start, end: t.end, text: t.text, ...(cluster === undefined ? {} : { cluster }) };
    }
    if (/[’']s$/.test(t.text)) {
      // The whole name before the possessive ("Mayor Ida Brenholt’s claim").
      const named = mentionsIn(ctx, Math.max(0, t.start - 80), t.end - 2).find((m) => m.end === t.end - 2);
      return resolveSpeaker(ctx, named?.start ?? t.start, t.end - 2);
    }
  }
  return undefined;
}

/**
 * Whether the word before the cue at `k`, past auxiliaries and adverbs ("it may well", "it now", "it does
 * not"), is "it".
 */
function expletiveBefore(toks: readonly Tok[], k: number): boolean {
  let i = k - 1;
  while (i >= 0 && (AUXILIARIES.has(toks[i]!.lower) || HEDGES.has(toks[i]!.lower) || adverbLy(toks[i]!.lower))) i--;
  return toks[i]?.lower === 'it';
}

/** Words that may stand between "it" and a verb of seeming. */
const HEDGES: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'also', 'now', 'still', 'well', 'even', 'only']);

/** The speaker around the cue at token `k`: the phrase before it, else the phrase after it. */
function speakerAt(ctx: Context, toks: readonly Tok[], k: number, lastSpeaker?: number): QuoteSource | undefined {
  const cue = toks[k]!.lower;
  // "It seems that …", "it may well appear that …": the writer's impression; that "it" stands for no one.
  if (SEEM_VERBS.has(cue) && expletiveBefore(toks, k)) return undefined;
  // "He made it clear that …", "made it very clear", "by making it clear to the judge that …": the one who
  // made it clear.
  if (cue === 'clear') {
    let i = k - 1;
    while (i > 0 && (toks[i]!.lower === 'very' || adverbLy(toks[i]!.lower))) i--;
    if (toks[i]?.lower === 'it' && MAKE_FORMS.has(toks[i - 1]?.lower ?? ''))
      return toks[i - 1]!.lower === 'making'
        ? subjectOf(ctx, toks, i - 1, true)
        : speakerAt(ctx, toks, i - 1, lastSpeaker);
  }
  const owner = CONTENT_NOUNS.test(toks[k]!.lower) ? possessorBefore(ctx, toks, k, lastSpeaker) : undefined;
  if (owner) return owner;
  const participle = PARTICIPLE_CUES.has(toks[k]!.lower);
  if (participle && toks[k - 1]?.text === ',') return subjectOf(ctx, toks, k, true);
  // Another cue in -ing after a comma ("…, highlighting") is a participle of the sentence's verb too: it has
  // the sentence's subject when that is someone named, not the object named between them ("Putin briefed
  // Kim Jong-un about the talks, highlighting …" is Putin's).
  if (toks[k - 1]?.text === ',' && /\p{Ll}{2}ing$/u.test(toks[k]!.text)) {
    const subject = subjectOf(ctx, toks, k, true);
    if (subject?.cluster !== undefined) return ownedBy(ctx, subject);
  }
  // "Mr. Calderón, who was president until 2012, went on to argue that …": an infinitive cue has the
  // clause's subject — unless someone else is named before the "to" ("asked Mr. Fox to explain").
  if (k > 1 && toks[k - 1]!.lower === 'to') {
    const subject = subjectOf(ctx, toks, k - 1);
    if (subject?.cluster === undefined) return undefined;
    // A name after a preposition is no one asked ("took to Twitter to explain").
    const others = mentionsIn(ctx, subject.end, toks[k - 1]!.start).filter(
      (m) =>
        m.cluster !== subject.cluster &&
        /^(?:person|unknown|organisation)$/.test(ctx.entities.clusters[m.cluster]?.type ?? '') &&
        !/\b(?:to|on|in|at|with|from|via)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, m.start - 12), m.start)),
    );
    return others.length || /\b(?:him|her|them|us|me)\b/i.test(ctx.text.slice(subject.end, toks[k - 1]!.start))
      ? undefined
      : subject;
  }
  // "Justice Ginsburg was quoted (by the Times) as saying …": the subject of the passive.
  if (participle) {
    const quoted = toks.findLastIndex((t, i) => i < k && k - i <= 8 && t.lower === 'quoted');
    if (quoted > 1 && BE_FORMS.has(toks[quoted - 1]!.lower)) {
      const first = phraseBack(toks, quoted - 1);
      if (first >= 0 && plausible(toks, first, phraseEnd(toks, quoted - 1)))
        return resolveSpeaker(ctx, toks[first]!.start, toks[phraseEnd(toks, quoted - 1)]!.end, lastSpeaker);
    }
  }
  // "She greeted supporters and told them that …": the cue shares the subject of the verb before it.
  // "She did not confirm it, but told the meeting: …" too.
  // In a subordinate clause, the subject of that clause: "Etheridge is seen grabbing a young man after
  // the man approached the congressman and asked if …" — the man asked, not Etheridge.
  if (k > 2 && /^(?:and|but)$/.test(toks[k - 1]!.lower) && (toks[k - 2]!.word || /^[,”"’]$/.test(toks[k - 2]!.text))) {
    const clause = toks.findLastIndex((t, i) => i < k - 2 && SUBORDINATORS.has(t.lower)) + 1;
    const open = clause > 1 && clause < k - 2 && !toks.slice(clause, k).some((t) => t.text === ',');
    return open ? subjectOf(ctx, toks.slice(clause), k - clause, true) : subjectOf(ctx, toks, k);
  }
  // "Sanders was asked by host Bill Maher, …": a passive cue's speaker is its agent.
  if (k > 0 && BE_FORMS.has(toks[k - 1]!.lower) && toks[k + 1]?.lower === 'by') {
    const last = phraseForward(toks, k + 2, true);
    if (last >= k + 2) return resolveSpeaker(ctx, toks[k + 2]!.start, toks[last]!.end, lastSpeaker);
  }
  const first = phraseBack(toks, k);
  // "was caught on camera saying …": a participle after the object of a preposition has the sentence's subject.
  const object = participle ? phraseBack(toks, k, false) : -1;
  if (
    object > 0 &&
    OBJECT_PREPOSITIONS.has(toks[object - 1]!.lower) &&
    !mentionsIn(ctx, toks[object]!.start, toks[k - 1]!.end).length
  ) {
    // That of its clause ("…, after the RNC chairman was caught on camera saying …").
    const clause = toks.findLastIndex((t, i) => i < object && (t.text === ',' || CLAUSE_STARTS.has(t.lower))) + 1;
    return subjectOf(ctx, toks.slice(clause), k - clause, true);
  }
  // Not "WHO chief Tedros": the acronym opens a name.
  if (first >= 0 && (toks[first]!.lower === 'who' || toks[first]!.lower === 'which') && toks[first]!.text !== 'WHO')
    return beforeRelative(ctx, toks, first);
  // "The GOP front-runner, who has made many outrageous comments …": the relative clause's subject is
  // the one named before ", who".
  if (
    first > 2 &&
    toks[first - 1]!.lower === 'who' &&
    toks[first - 2]!.text === ',' &&
    AUXILIARIES.has(toks[first]!.lower)
  ) {
    const np = phraseBack(toks, first - 2);
    if (np >= 0 && plausible(toks, np, first - 3))
      return resolveSpeaker(ctx, toks[np]!.start, toks[first - 3]!.end, lastSpeaker);
  }
  if (first >= 0 && plausible(toks, first, phraseEnd(toks, k)))
    return resolveSpeaker(ctx, toks[first]!.start, toks[phraseEnd(toks, k)]!.end, lastSpeaker);
  if (first >= 0) return undefined;
  const apposition = beforeApposition(ctx, toks, k);
  if (apposition) return apposition;
  const rest = ctx.text.slice(toks[k]!.end, toks[toks.length - 1]!.end).trimStart();
  if (AUDIENCES.test(rest)) return undefined;
  // "…,” saying the city embodied …": a participle's subject never follows it; nor does a verb of
  // telling's ("Another man then tells Etheridge, “…”"): the one after it is the one told.
  const last = /ing$/.test(toks[k]!.lower) || TELL_VERBS.has(toks[k]!.lower) ? -1 : phraseForward(toks, k + 1, k === 0);
  // Read after a cue inside its sentence (not "“…,” said the mayor"), words with a verb are a clause.
  if (last > k && !(k > 0 && holdsVerb(ctx, toks[k + 1]!.start, toks[last]!.end))) {
    const named = resolveSpeaker(ctx, toks[k + 1]!.start, toks[last]!.end, lastSpeaker);
    // "said the legislator, Representative Carl Seel": the name in apposition to a description.
    const apposed = toks[last + 1]?.text === ',' ? toks[last + 2] : undefined;
    const name =
      named?.cluster === undefined && apposed
        ? mentionsIn(ctx, apposed.start, apposed.start + 80).find(
            (m) =>
              /^(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(ctx.text.slice(apposed.start, m.start)) &&
              /^(?:person|unknown)$/.test(ctx.entities.clusters[m.cluster]?.type ?? ''),
          )
        : undefined;
    return name ? { start: name.start, end: name.end, text: name.text, cluster: name.cluster } : named;
  }
  return participle ? subjectOf(ctx, toks, k, true) : undefined;
}

/**
 * The medium named at `from` (after "told", "in an interview with", "according to" …): an entity that is
 * no person — or whose possessive names a programme or a reporter of it ("NBC’s “Today” show", "Fusion’s
 * Jorge Ramos") — or a noun that refers back to one ("the outlet", "the gossip site").
 */
function mediumAt(ctx: Context, from: number, people: boolean): QuoteSource | undefined {
  const rest = ctx.text.slice(from, from + 60);
  const lead = /^\s*(?:the\s+)?/i.exec(rest)![0].length;
  const noun = MEDIUM_NOUNS.exec(rest.slice(/^\s*/.exec(rest)![0].length));
  const object = mentionsIn(ctx, from, from + 60)[0];
  // "the Times", "the Post": a newspaper named by the last word of its name, named in full before.
  const short = /^\s*the\s+(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/u.exec(rest);
  if (short && NEWSPAPER_HEADS.has(short[1]!.toLowerCase())) {
    const start = from + short[0].length - short[1]!.length;
    const word = short[1]!;
    const named = mentionsIn(ctx, Math.max(0, start - 5000), start)
      .reverse()
      .find((m) => m.text.endsWith(` ${word}`) && ctx.entities.clusters[m.cluster]?.type !== 'person');
    return { start, end: start + word.length, text: word, ...(named ? { cluster: named.cluster } : {}) };
  }
  if (object && object.start === from + lead) {
    const type = ctx.entities.clusters[object.cluster]?.type;
    const after = ctx.text.slice(object.end, object.end + 20);
    // The name must end the object ("told the Herald that", "told CNN the package was"), not start a
    // longer one ("the Dam inquiry").
    const next = /^\s+([a-z]+)/.exec(after)?.[1];
    const possessive = /^[’']s\b/.test(after);
    const ends =
      possessive ||
      !next ||
      // "reported by Fox and other news organizations": the first of the media named.
      (next === 'and' && /^\s+and\s+other\b/.test(after)) ||
      next === 'that' ||
      // "comments to The New York Times published Saturday": what the medium did with them.
      /^(?:published|aired|broadcast|posted)$/.test(next) ||
      // "told The San Diego Union-Tribune days after the election that": a time after the medium.
      /^(?:days|weeks|months|years|hours|shortly|soon)$/.test(next) ||
      AFTER_STOPS.has(next) ||
      CLAUSE_OPENERS.has(next) ||
      /^\s*[,.;:]/.test(after) ||
      MEDIUM_NOUNS.test(after.trimStart());
    if (!ends) return undefined;
    // "told Hannity" after "an interview with Fox News' Sean Hannity": a host or reporter named before as
    // a medium's stands for that medium.
    const host = !possessive && (type === 'person' || type === 'unknown') ? hostOf(ctx, object) : undefined;
    if (host !== undefined) return { start: object.start, end: object.end, text: object.text, cluster: host };
    if (people || type !== 'person' || possessive)
      return { start: object.start, end: object.end, text: object.text, cluster: object.cluster };
  }
  // A programme named in quotation marks ("he told “Today.”", "an interview with “Axios on HBO”").
  const title = /^\s*(?:the\s+)?[“"‘]((?:\p{Lu}|\d)[^“”"‘’]{0,38}?)[.,]?[”"’]/u.exec(rest);
  if (title) {
    const start = from + title[0].indexOf(title[1]!);
    return { start, end: start + title[1]!.length, text: title[1]! };
  }
  if (noun) {
    const start = from + /^\s*/.exec(rest)![0].length;
    const cluster = mediumBefore(ctx, start);
    return { start, end: start + noun[0].length, text: noun[0], ...(cluster !== undefined ? { cluster } : {}) };
  }
  return undefined;
}

/** A phrase naming a medium, as it ends a stretch of text; and every one in a stretch. */
const MEDIUM_AT_END = new RegExp(`${MEDIUM_PHRASES.source}$`, 'i');

/** Words that show a clause of its own between a cue and a "that". */
const CLAUSE_BEFORE_THAT =
  /\b(?:he|she|they|it|we|i|you|is|was|were|are|will|would|has|had|have|could|should|can|may|might)\b/i;

/**
 * The medium a person belongs to, as the text names them before: "Fox News' Sean Hannity", "NBC’s Matt
 * Lauer" (an organisation's possessive right before one of the person's mentions).
 */
function hostOf(ctx: Context, person: EntityMention): number | undefined {
  for (const m of ctx.entities.mentions) {
    // The same one, or the full name of one named by the last word ("Nell Dorsey" for "Dorsey").
    if (m.start >= person.start || (m.cluster !== person.cluster && !m.text.endsWith(` ${person.text}`))) continue;
    const owner = mentionsIn(ctx, Math.max(0, m.start - 60), m.start).pop();
    if (!owner || ctx.entities.clusters[owner.cluster]?.type === 'person') continue;
    if (/^[’']s?\s+$/.test(ctx.text.slice(owner.end, m.start))) return owner.cluster;
  }
  return undefined;
}

/** A phrase naming a medium and a programme's name in marks, at the start of a stretch. */
const MEDIUM_TITLE_LEAD = new RegExp(`^\\s*${MEDIUM_PHRASES.source.replace(/^\\b/, '')}[“"][^“”"]{1,40}[”"]`, 'i');

/** True when `text` ends on a phrase that names a medium next ("… in an interview with "). */
export function endsOnMediumPhrase(text: string): boolean {
  return MEDIUM_AT_END.test(text);
}
const MEDIUM_ALL = new RegExp(MEDIUM_PHRASES.source, 'gi');

/** How far back "the outlet", "the paper" look for the medium they stand for. */
const MEDIUM_REACH = 600;

/**
 * A source named by a noun for a medium ("according to the gossip site"), linked to the medium named
 * before that it stands for ("first published in TMZ"); any other source as it is.
 */
export function mediumNamedBefore(ctx: Context, source: QuoteSource | undefined): QuoteSource | undefined {
  if (!source || source.cluster !== undefined) return source;
  const noun = MEDIUM_NOUNS.exec(source.text);
  if (!noun || noun[0].length !== source.text.length) return source;
  const cluster = mediumBefore(ctx, source.start);
  return cluster === undefined ? source : { ...source, cluster };
}

/**
 * The medium a noun like "the outlet" stands for: the nearest one named before it as a medium ("told
 * Politico", "in an interview with CNN", "according to AFP", "The Post reported").
 */
function mediumBefore(ctx: Context, at: number): number | undefined {
  const earlier = mentionsIn(ctx, Math.max(0, at - MEDIUM_REACH), at);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const m = earlier[i]!;
    if (ctx.entities.clusters[m.cluster]?.type === 'person') continue;
    const lead = ctx.text.slice(Math.max(0, m.start - 60), m.start).replace(/\bthe\s+$/i, '');
    const after = ctx.text.slice(m.end, m.end + 20);
    if (
      TELL_VERBS.has(/(\p{L}+)\s+$/u.exec(lead)?.[1]?.toLowerCase() ?? '') ||
      MEDIUM_AT_END.test(lead) ||
      /^\s+(?:has\s+|had\s+)?reported\b/.test(after)
    )
      return m.cluster;
  }
  return undefined;
}

/**
 * Where ", citing Y," or ", quoting Y," that ends a stretch starts, or undefined. Only the part after
 * the comma before the last is read: a pattern over the whole stretch would try every "citing" of a
 * long stretch against its end, for every cue in it.
 */
function citingAtEnd(before: string): number | undefined {
  // Not /,\s*$/: a pattern anchored at the end is tried at every comma of the stretch.
  const comma = before.trimEnd().length - 1;
  if (before[comma] !== ',') return undefined;
  const from = before.lastIndexOf(',', comma - 1) + 1;
  const m = /(^|\s)(?:citing|quoting)\s+[^,]+$/i.exec(before.slice(from, comma));
  return m ? from + m.index : undefined;
}

/** The outlet of "X, citing Y, said" or "Y told X": who passed the words on. */
function viaOf(ctx: Context, toks: readonly Tok[], k: number): QuoteSource[] | undefined {
  const windowStart = toks[0]!.start;
  const before = ctx.text.slice(windowStart, toks[k]!.start);
  const citing = citingAtEnd(before);
  if (citing !== undefined) {
    const head = before.slice(0, citing);
    const m = mentionsIn(ctx, windowStart, windowStart + head.length).pop();
    if (m) return [{ start: m.start, end: m.end, text: m.text, cluster: m.cluster }];
  }
  if (TELL_VERBS.has(toks[k]!.lower)) {
    const medium = mediumAt(ctx, toks[k]!.end, false) ?? mediumOfTold(ctx, toks[k]!.end);
    if (medium) return [medium];
  }
  return undefined;
}

/** One told who works for a medium: a reporter, or a name, then "of", "from" or "for" ("Ronan Farrow of MSNBC"). */
const TOLD_OF_MEDIUM =
  /^\s+(?:(?:an?|the)\s+)?(?:(?<reporter>(?:reporters?|correspondents?|journalists?)\s+)|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?:of|from|for)\s+/u;
/** An organisation's name that ends as a news medium's does ("Fox News", "Sky TV"). */
const MEDIUM_NAME = /\s(?:News|Radio|TV|Television|Magazine|Broadcasting|Channel)$/u;

/** News media known by name alone ("MSNBC", "Reuters"): the broadcasters' and the wires' (`MEDIA_BY_NAME`, `WIRES`). */
const NEWS_MEDIA: ReadonlySet<string> = new Set([...MEDIA_BY_NAME, ...WIRES.flatMap((w) => w.aliases)]);

/**
 * The medium of the one told, when they work for it: "told Ronan Farrow of MSNBC that …", "told a reporter
 * from the Herald" — an organisation, not a place ("told Ann Lee of Springfield"), and after a name one
 * whose name tells a medium (not "Ann Lee of the Sierra Club").
 */
function mediumOfTold(ctx: Context, from: number): QuoteSource | undefined {
  const m = TOLD_OF_MEDIUM.exec(ctx.text.slice(from, from + 80));
  if (!m) return undefined;
  const medium = mediumAt(ctx, from + m[0].length, false);
  if (medium?.cluster === undefined || ctx.entities.clusters[medium.cluster]?.type !== 'organisation') return undefined;
  const name = ctx.entities.clusters[medium.cluster]!.name;
  const last = name.split(/\s+/).at(-1)!.toLowerCase();
  const known = NEWS_MEDIA.has(name) || NEWS_MEDIA.has(medium.text);
  // A number after it names a post or a unit, not a newspaper ("VFW Post 1503").
  if (/^\s+\d/u.test(ctx.text.slice(medium.end, medium.end + 4))) return undefined;
  return m.groups!.reporter || known || MEDIUM_NAME.test(name) || (NEWSPAPER_HEADS.has(last) && /\s/.test(name))
    ? medium
    : undefined;
}

/**
 * The media a phrase of the clause names ("in an interview with X", "speaking on X", "according to
 * X"), those of "according to" first: the outermost, nearest the article's outlet.
 */
function mediaOf(ctx: Context, toks: readonly Tok[], k: number): QuoteSource[] {
  const windowStart = toks[0]!.start;
  const windowEnd = toks[toks.length - 1]!.end;
  const cue = k >= 0 ? toks[k]! : undefined;
  const according: QuoteSource[] = [];
  const others: QuoteSource[] = [];
  for (const { at, first, medium } of mediaPhrases(ctx, windowStart, windowEnd)) {
    if (cue && at === cue.start) continue;
    if (medium && medium.end <= windowEnd) (first ? according : others).push(medium);
  }
  // "said through a spokesman that …": the one who speaks for the speaker passed the words on, nearest
  // the speaker in the chain.
  return [...according, ...others, ...agentsThrough(ctx, windowStart, windowEnd)];
}

/**
 * "said through a spokesman", "issued the statement through his lawyer, Michael Cohen", "in an email
 * message through an aide": one who speaks for the speaker (`SPEAKS_FOR`), right after the verb of saying
 * or the message (not "rose to power through his office"), the phrase's head ("through his campaign
 * theme", "through an aide to the speaker" name no one who spoke); by name when one follows (not a day,
 * nor the next frame: "…, Republicans said").
 */
const THROUGH =
  /(?<=(?:\b(?:said|says|told|tells|added|adds|wrote|writes|explained|explains|stated|states|denied|denies|issued|issues|insisted|insists|comment|statement|message|email|letter|interview|released|reporters)(?:\s+\p{Ll}+ly)?(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?,?|,)\s+)through\s+(?<role>(?:his|her|their|its|an?)\s+(?<head>\p{Ll}+))(?=$|[,.;:)]|\s+(?:that|and|said|says|on)\b)(?:,\s+(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?![\p{L}]|\s+(?:said|says)\b))?/gu;
function agentsThrough(ctx: Context, from: number, to: number): QuoteSource[] {
  const out: QuoteSource[] = [];
  for (const m of ctx.text.slice(from, to).matchAll(THROUGH)) {
    const g = m.groups!;
    if (!SPEAKS_FOR.has(g.head!) && !SPEAKS_FOR.has(g.head!.replace(/s$/, ''))) continue;
    if (g.name && !WEEKDAYS.has(g.name.toLowerCase())) {
      const at = from + m.index! + m[0].length - g.name.length;
      const named = resolveSpeaker(ctx, at, at + g.name.length);
      if (named) {
        out.push(named);
        continue;
      }
    }
    const at = from + m.index! + m[0].indexOf(g.role!);
    out.push({ start: at, end: at + g.role!.length, text: g.role! });
  }
  return out;
}

/** `mediumAt`, read once per place and context (the stretches of a sentence's cues overlap). */
const MEDIA_READ = new WeakMap<Context, Map<number, QuoteSource | undefined>>();
function mediumAtOnce(ctx: Context, at: number, people: boolean): QuoteSource | undefined {
  let memo = MEDIA_READ.get(ctx);
  if (!memo) MEDIA_READ.set(ctx, (memo = new Map()));
  const key = people ? -at - 1 : at;
  if (!memo.has(key)) memo.set(key, mediumAt(ctx, at, people));
  return memo.get(key);
}

/**
 * The medium phrases of a stretch, each with what it names, read once per stretch and context: every
 * cue of a sentence asks for the same stretch, and a sentence of a thousand cues would otherwise read
 * it a thousand times.
 */
const PHRASES_READ = new WeakMap<Context, Map<string, { at: number; first: boolean; medium?: QuoteSource }[]>>();
function mediaPhrases(ctx: Context, from: number, to: number): { at: number; first: boolean; medium?: QuoteSource }[] {
  let memo = PHRASES_READ.get(ctx);
  if (!memo) PHRASES_READ.set(ctx, (memo = new Map()));
  const key = `${from}:${to}`;
  let found = memo.get(key);
  if (!found) {
    found = [];
    for (const m of ctx.text.slice(from, to).matchAll(MEDIUM_ALL)) {
      const at = from + m.index + m[0].length;
      const first = /^according/i.test(m[0]);
      const medium = mediumAtOnce(ctx, at, first);
      found.push({ at, first, ...(medium ? { medium } : {}) });
    }
    memo.set(key, found);
  }
  return found;
}

/** The speaker of "X, citing Y, said …": Y, the one the outlet X cites. */
function citedSource(ctx: Context, toks: readonly Tok[], k: number): QuoteSource | undefined {
  const c = toks.findIndex((t, i) => i < k && CITING.test(`${t.lower} `));
  if (c < 0) return undefined;
  let end = c + 1;
  while (end < k && toks[end]!.text !== ',') end++;
  return resolveSpeaker(ctx, toks[c + 1]!.start, toks[end - 1]!.end);
}

/**
 * A clause joined after a quote: ", and …", ", but …" — or, when the comma stands inside the closing
 * mark ("“a predator,” and …"), " and …".
 */
export function joinedClause(commaInside: boolean): RegExp {
  const words = CLAUSE_JOINERS.join('|');
  return new RegExp(`${commaInside ? '(?:^|[,;])' : '[,;]'}\\s+(?:${words})\\s+`, 'gu');
}

/** Two chains as one, the first's go-betweens first, each named once. */
export function joinVia(a: readonly QuoteSource[] | undefined, b: readonly QuoteSource[] | undefined): QuoteSource[] {
  const seen = new Set<string>();
  return [...(a ?? []), ...(b ?? [])].filter((v) => {
    const key = v.cluster !== undefined ? `#${v.cluster}` : v.text.toLowerCase();
    return !seen.has(key) && !!seen.add(key);
  });
}

/** The media named by a phrase between a cue and the reported words ("said in an interview with X that"). */
export function mediaBetween(ctx: Context, from: number, to: number): QuoteSource[] {
  const toks = tokens(ctx.text, from, to);
  return toks.length ? mediaOf(ctx, toks, -1) : [];
}

/** The subject pronoun of an object pronoun. */
const OBJECT_PRONOUNS: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they' };

/**
 * "Interfax quoted the ministry as saying …", "The Kremlin was quoted by TASS as saying …": the one quoted
 * speaks, the one who quoted them passed the words on. Undefined when the cue is no "as saying" after
 * "quoted" or "cited".
 */
function quotedAs(
  ctx: Context,
  toks: readonly Tok[],
  k: number,
): { speaker?: QuoteSource; via: QuoteSource } | undefined {
  if (!PARTICIPLE_CUES.has(toks[k]!.lower)) return undefined;
  // "quoted the ministry as saying", or without "as": "quoted him saying".
  const as = toks[k - 1]?.lower === 'as' ? k - 1 : k;
  const j = toks.findLastIndex((t, i) => i < as && k - i <= MAX_PHRASE + 2 && /^(?:quoted|cited)$/.test(t.lower));
  if (j < 1 || j + 1 >= as) return undefined;
  const between = toks.slice(j + 1, as);
  if (!between.every((t) => t.word || /^[-’'.]$/.test(t.text))) return undefined;
  // The passive: the agent after "by" passed the words on; the subject speaks, found as for any passive.
  if (BE_FORMS.has(toks[j - 1]!.lower)) {
    if (toks[j + 1]!.lower !== 'by' || j + 2 >= as) return undefined;
    const via = resolveSpeaker(ctx, toks[j + 2]!.start, toks[as - 1]!.end);
    return via ? { via } : undefined;
  }
  const first = phraseBack(toks, j);
  if (first < 0 || !plausible(toks, first, phraseEnd(toks, j))) return undefined;
  const via = resolveSpeaker(
    ctx,
    toks[first]!.start,
    withoutTime(ctx, toks[first]!.start, toks[phraseEnd(toks, j)]!.end),
  );
  // "quoted him as saying": the one "him" stands for, as "he" would.
  const object = as === j + 2 ? OBJECT_PRONOUNS[toks[j + 1]!.lower] : undefined;
  let speaker: QuoteSource | undefined;
  if (object) {
    const t = toks[j + 1]!;
    const cluster = antecedent(ctx, t.start, object);
    speaker = { start: t.start, end: t.end, text: t.text, ...(cluster === undefined ? {} : { cluster }) };
  } else {
    // "quoted Peskov on Monday as saying", "quoted him in an interview as saying": up to the time or medium.
    const cut = toks.findIndex(
      (t, i) => i > j + 1 && i < as && /^(?:on|in|at|late|early|last|this|during|over)$/.test(t.lower),
    );
    speaker = resolveSpeaker(ctx, toks[j + 1]!.start, toks[(cut > 0 ? cut : as) - 1]!.end);
  }
  return via && speaker ? { speaker, via } : undefined;
}

/** "quoted by X", "cited anonymously by X": the agent, up to a comma or the cue. */
const CITED_BY =
  /(?<!\b(?:was|were|is|are|been|be)\s+)\b(?:quoted|cited)\s+(?:\p{Ll}+ly\s+)?by\s+(\S[^,]*?)\s*(?:,|\s+as\s*$|$)/du;
/** Words that end the agent of "cited by" ("by police for speeding", "by name in the report", "last year"). */
const AGENT_END = /\s(?:for|in|on|at|last|this|over|after|before|since|during|with|from|as)\s/;

/** A frame for the cue at token `k`, with its speaker and any chain of reporting. */
export function frameAt(ctx: Context, toks: readonly Tok[], k: number, lastSpeaker?: number): Frame {
  let told = viaOf(ctx, toks, k);
  const relay = quotedAs(ctx, toks, k);
  let speaker = relay?.speaker ?? ((told && citedSource(ctx, toks, k)) || speakerAt(ctx, toks, k, lastSpeaker));
  if (relay) told = joinVia(told, [relay.via]);
  // "Officials cited by Reuters said", "The ministry, quoted by Interfax, said": the agent passed the words on.
  if (speaker) {
    const from = Math.min(speaker.start, toks[k]!.start);
    const cited = CITED_BY.exec(ctx.text.slice(from, toks[k]!.start));
    const [at, end] = cited?.indices?.[1] ?? [0, 0];
    // "cited by police for speeding", "cited by regulators for violations": a citation, not a report.
    const cut = AGENT_END.exec(cited?.[1] ?? '');
    const citation = cut && /^\sfor\s/.test(cut[0]);
    const last = cut ? at + cut.index : end;
    const named = /^(?:the|a|an|his|her|their|its|\p{Lu})/u.test(cited?.[1] ?? '');
    const agent = end > at && named && !citation ? resolveSpeaker(ctx, from + at, from + last) : undefined;
    if (agent && !(speaker.start === agent.start && speaker.end === agent.end)) told = joinVia(told, [agent]);
  }
  if (speaker && told?.some((v) => v.start === speaker!.start)) speaker = undefined;
  const all = mediaOf(ctx, toks, k);
  const isAccording = (m: QuoteSource) => /according\s+to\s+(?:the\s+)?$/i.test(ctx.text.slice(m.start - 20, m.start));
  // "Speaking on ABC News, Gov. Chris Christie said …": the medium spoken on is not the speaker; the
  // speaker is looked for again without it.
  const spokenOn = speaker && all.find((m) => !isAccording(m) && m.start === speaker!.start);
  if (spokenOn) {
    const without = {
      ...ctx,
      entities: { ...ctx.entities, mentions: ctx.entities.mentions.filter((m) => m.start !== spokenOn.start) },
    };
    speaker = speakerAt(without, toks, k, lastSpeaker);
  }
  // A medium named by a phrase is a go-between unless it is the speaker ("according to the Kremlin").
  const media = all.filter((m) => !speaker || m.end <= speaker.start || m.start >= speaker.end);
  const according = media.filter(isAccording);
  const via = joinVia(
    [...according, ...(told ?? [])],
    media.filter((m) => !according.includes(m)),
  );
  const cue = { start: toks[k]!.start, end: toks[k]!.end, text: toks[k]!.text };
  return { ...(speaker ? { speaker } : {}), cue, ...(via.length ? { via } : {}) };
}

/** The frame after a quote ("…,” Trump posted on …"): a cue within the first words. */
export function frameAfter(ctx: Context, from: number, to: number, lastSpeaker?: number): Frame | undefined {
  const toks = tokens(ctx.text, from, to);
  let start = 0;
  while (start < toks.length && !toks[start]!.word) {
    if (/[.!?]/.test(toks[start]!.text)) return undefined;
    start++;
  }
  const words = toks.slice(start);
  const dash = toks[start - 1];
  if (dash && /^[―—–-]$/.test(dash.text)) return withRule(dashed(ctx, words), 'dash-name');
  // "“…,” according to the U.S. Attorney’s Office.": the one credited, up to the end of the sentence.
  if (words[0]?.lower === 'according' && words[1]?.lower === 'to' && words.length > 2) {
    let end = words.length - 1;
    while (end > 2 && !words[end]!.word) end--;
    const speaker = resolveSpeaker(ctx, words[2]!.start, words[end]!.end, lastSpeaker);
    if (speaker && end - 2 < MAX_PHRASE) return { speaker, rule: 'according-to' };
  }
  // "“…,” as one strategist put it.": the one who worded it.
  const put = words[0]?.lower === 'as' ? PUT_IT.exec(ctx.text.slice(words[0].start, to)) : null;
  if (put) {
    const at = words[0]!.start + put[0].indexOf(put[1]!);
    const speaker = resolveSpeaker(ctx, at, at + put[1]!.length, lastSpeaker);
    if (speaker) return { speaker, rule: 'according-to' };
  }
  let comma = false;
  // How far the frame may run: up to a mark, a word that starts another clause, or too many words.
  let end = Math.min(words.length, 30);
  for (let k = 0; k < end; k++) {
    const t = words[k]!;
    if (!t.word && !/^[,’.()-]$/.test(t.text)) end = k;
    else if (isCue(words, k)) return { ...frameAt(ctx, words, k, lastSpeaker), rule: 'cue-after' };
    // "“…,” Interfax quoted Peskov as saying.": the cue is the participle after "as".
    else if (k > 0 && passesOn(words, k)) {
      const at = words.findIndex((w, i) => i > k && PARTICIPLE_CUES.has(w.lower));
      if (at > 0) return { ...frameAt(ctx, words, at, lastSpeaker), rule: 'cue-after' };
    } else if (
      t.word &&
      PHRASE_STOPS.has(t.lower) &&
      !comma &&
      !/^(?:who|of)$/.test(t.lower) &&
      !joinsNames(words, k) &&
      // "“…,” an aide to the senator said.": a noun of service keeps its "to".
      !(t.lower === 'to' && (TO_NOUNS.has(words[k - 1]?.lower ?? '') || words[k - 1]?.lower === 'close'))
    )
      end = k;
    else if (!comma && k >= MAX_PHRASE + 4) end = k;
    if (t.text === ',') comma = true;
  }
  // "“Go back to Univision,” Trump barked and …": a cue the word lists miss, before the frame ends.
  const near = words.slice(0, Math.min(end, MAX_PHRASE + 2));
  for (const k of learnedCues(ctx, near)) {
    if (near.slice(0, k).some((t) => !t.word && t.text !== ',')) break;
    const frame = frameAt(ctx, near, k, lastSpeaker);
    if (frame.speaker) return { ...frame, rule: 'cue-model' };
  }
  return /,\s*["”’']$/.test(ctx.text.slice(Math.max(0, from - 3), from))
    ? commaFrame(ctx, words, lastSpeaker)
    : undefined;
}

/** Adverbs between the one who put it and "put it" ("once", "famously", "has"). */
const PUT_ADVERBS = String.raw`(?:(?:once|has|had|have|might|would|could|may|later|then|\p{L}+ly)\s+){0,2}`;
/**
 * When it was put, after "put it" ("on Tuesday", "in 2010", "last week"): anything else after it is no
 * way of putting words ("as she put it on the table").
 */
const PUT_TIME = String.raw`(?:(?:on|last|this|in|earlier|later)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|(?:19|20)\d\d|yesterday|today|recently|then|once|afterwards?|later|earlier)`;

/** To whom or on what occasion, then when ("to shareholders on Monday", "in an interview last week"). */
const PUT_SETTING = String.raw`(?:\s+(?:${PUT_AUDIENCE}|${PUT_OCCASION}))?(?:\s+${PUT_TIME})?`;

/** "as X put it" after the quote it credits, at the end of its clause. */
const PUT_IT = new RegExp(
  `^as\\s+((?:(?!\\bas\\s)[^,.;:]){1,80}?)\\s+${PUT_ADVERBS}puts?\\s+it${PUT_SETTING}\\s*(?:[,.;:!?―—–-]|$)`,
  'iu',
);

/** Who put the words: "as X (famously) put it", "in the words of X" (X is the first or the second group). */
const PUT_SOURCE = String.raw`(?:as\s+((?:(?!\bas\s)[^,]){1,80}?)\s+${PUT_ADVERBS}puts?\s+it${PUT_SETTING}|in\s+the\s+words\s+of\s+([^,]{1,80}))`;
/** "As X puts it, …", "In the words of X, …" opening the quote's sentence. */
const PUT_OPENING = new RegExp(String.raw`^\s*${PUT_SOURCE},`, 'iu');
/** "…, as X put it, “…”", "…, in the words of X, “…”" right before the quote. */
const PUT_BEFORE = new RegExp(String.raw`\b${PUT_SOURCE},\s*$`, 'iu');

/** "the Florida senator and Republican presidential candidate said": an "and" between two parts of one subject. */
function joinsNames(words: readonly Tok[], k: number): boolean {
  return words[k]!.lower === 'and' && k > 0 && !!words[k - 1]!.word && !!words[k + 1]?.word && !isCue(words, k + 1);
}

/**
 * "“The marketplace hasn’t failed them,” he mocks.": after a quote that ends on a comma, a short
 * subject and one verb that ends the clause frame it, whatever the verb.
 */
function commaFrame(ctx: Context, words: readonly Tok[], lastSpeaker?: number): Frame | undefined {
  for (let j = 1; j <= 5 && j < words.length; j++) {
    const verb = words[j]!;
    if (!verb.word) return undefined;
    if (PHRASE_STOPS.has(verb.lower)) return undefined;
    // The verb ends the clause ("he mocks.", "an angry Hollande retaliated,").
    if (!/^\p{Ll}+$/u.test(verb.text) || words[j + 1]?.word) continue;
    const subject = words.slice(0, j);
    const named =
      (j === 1 && SPEAKER_PRONOUNS.has(subject[0]!.lower)) ||
      mentionsIn(ctx, subject[0]!.start, subject[j - 1]!.end).length > 0;
    if (!named) return undefined;
    const speaker = resolveSpeaker(ctx, subject[0]!.start, subject[j - 1]!.end, lastSpeaker);
    const cue = { start: verb.start, end: verb.end, text: verb.text };
    return speaker ? { speaker, cue, rule: 'comma-frame' } : undefined;
  }
  return undefined;
}

/** The speaker named after a dash at the end of a quote ("…” ― Sonya Herridge"). */
function dashed(ctx: Context, words: readonly Tok[]): Frame | undefined {
  let end = 0;
  while (end < words.length && end < MAX_PHRASE && words[end]!.word) end++;
  if (!end || !/^\p{Lu}/u.test(words[0]!.text)) return undefined;
  const speaker = resolveSpeaker(ctx, words[0]!.start, words[end - 1]!.end);
  return speaker ? { speaker } : undefined;
}

/**
 * The frame before a quote in its sentence ("Trump simply remarked: “…”", "according to X, “…”"):
 * the last cue, its speaker, and where the reported words start (after "that" or the audience).
 */
export function frameBefore(ctx: Context, from: number, to: number, lastSpeaker?: number): Frame | undefined {
  const toks = tokens(ctx.text, from, to);
  // "When Trump suggested that …, Rubio fired back: “…”": a cue in an opening adverbial frames its own
  // clause, not the quote after the main clause.
  const opening = openingAdverbialEnd(toks);
  for (let k = toks.length - 1; k >= 0; k--) {
    if (!isCue(toks, k) || toks[k - 1]?.lower === 'to') continue;
    if (k < opening && toks.slice(opening + 1).filter((t) => t.word).length >= 2) continue;
    const contentStart = contentAfterCue(ctx.text, toks, k, to);
    // Words between the cue and the quote: the quote is part of a reported clause; its first cue frames it
    // — unless this cue has a subject of its own in a relative clause ("…, which an FBI investigation said
    // was “…”") or stands in a parenthesis ("Cost estimates, he added, were “…”").
    const outer = contentStart < to && !ownClause(toks, k) ? firstCue(toks, k) : k;
    const frame = frameAt(ctx, toks, outer, lastSpeaker);
    const speaker = frame.speaker ?? earlierSpeaker(ctx, toks, outer, lastSpeaker);
    const start = outer === k ? contentStart : contentAfterCue(ctx.text, toks, outer, to);
    // "responded, telling Reuters that …": the later cue names who passed the words on.
    const inner = outer === k ? undefined : frameAt(ctx, toks, k, lastSpeaker).via;
    const via = inner ? joinVia(frame.via, inner) : frame.via;
    const past = inner ? pastTold(ctx, inner, toks[k]!.end, start, to) : start;
    return {
      ...frame,
      ...(speaker ? { speaker } : {}),
      ...(via?.length ? { via } : {}),
      contentStart: past,
      rule: 'cue-before',
    };
  }
  const short = toks.filter((t) => t.word).length <= 6 && /^\p{Lu}/u.test(toks[0]?.text ?? '');
  if ((/:\s*$/.test(ctx.text.slice(from, to)) || (short && /,\s*$/.test(ctx.text.slice(from, to)))) && toks.length) {
    // "Limbaugh continued: “…”", "She continued, “…”": its subject is the speaker; that of the last clause
    // when one follows a comma or a dash ("…, with Trump reportedly yelling: “…”", "Pollsters agree - Carl
    // Bialik: “…”").
    const clause = toks.findLastIndex((t, i) => i < toks.length - 1 && /^(?:,|[―—–-])$/.test(t.text));
    const last = clause > 0 && clause < toks.length - 2 ? toks.slice(clause + 1) : undefined;
    const speaker = (last && subjectOf(ctx, last, last.length - 1)) ?? subjectOf(ctx, toks, toks.length - 1);
    if (speaker) return { speaker, contentStart: to, rule: 'colon-subject' };
  }
  const acc =
    /^\s*according to\s+([^,]{1,80}),/i.exec(ctx.text.slice(from, to)) ??
    /\baccording to\s+([^,]+),\s*$/i.exec(ctx.text.slice(from, to)) ??
    // "As The Post's Ruth Marcus puts it, …", "as the prosecutor put it, “…”", "In the words of X, “…”".
    PUT_OPENING.exec(ctx.text.slice(from, to)) ??
    PUT_BEFORE.exec(ctx.text.slice(from, to));
  if (acc) {
    const who = acc[1] ?? acc[2]!;
    const s = from + acc.index + acc[0].indexOf(who);
    const speaker = resolveSpeaker(ctx, s, s + who.length, lastSpeaker);
    return { ...(speaker ? { speaker } : {}), contentStart: from + acc.index + acc[0].length, rule: 'according-to' };
  }
  // A cue the word lists miss ("Moore thanked him for “…”", "Paul Ryan worried that … “…”").
  for (const k of learnedCues(ctx, toks, true)) {
    const frame = frameAt(ctx, toks, k, lastSpeaker);
    if (frame.speaker) return { ...frame, contentStart: contentAfterCue(ctx.text, toks, k, to), rule: 'cue-model' };
  }
  return undefined;
}

/**
 * Where the reported words start when the cue's object is the medium told ("told CNN the package was
 * …", "telling the Times it was …"): after it.
 */
export function pastTold(
  ctx: Context,
  via: readonly QuoteSource[] | undefined,
  cueEnd: number,
  start: number,
  to: number,
): number {
  const told = via?.find((v) => v.start >= cueEnd && v.start <= cueEnd + 5);
  if (!told || start >= told.end || told.end >= to) return start;
  // The words start after the whole name of the one told ("told the Associated Press she …"), not after
  // its first word.
  const toks = tokens(ctx.text, told.start, to);
  const last = toks.findLastIndex((t) => t.end <= told.end);
  return contentAfterCue(ctx.text, toks, Math.max(last, 0), to);
}

/** The comma that ends an opening adverbial ("When asked about it, …", "Although …, …"); -1 when none. */
function openingAdverbialEnd(toks: readonly Tok[]): number {
  const first = toks[0]?.lower ?? '';
  return ADVERBIAL_OPENERS.test(first) && first !== 'according' ? toks.findIndex((t) => t.text === ',') : -1;
}

/** Words before a non-finite cue that make it an adverbial of the main clause ("when asked", "in declaring"). */
const NON_FINITE_BEFORE = /^(?:when|while|after|before|if|as|in|by|upon|once|without|since|to)$/;

/** True when the cue at `k` has its subject in a relative clause or stands in a parenthesis. */
function ownClause(toks: readonly Tok[], k: number): boolean {
  const first = phraseBack(toks, k, false);
  if (first < 1) return false;
  if (/^(?:which|who|whom)$/.test(toks[first - 1]!.lower) && first < k) return true;
  return toks[first - 1]!.text === ',' && toks[k + 1]?.text === ',' && k - first <= 3;
}

/** Relative pronouns: a cue after one is the verb of a relative clause ("DeMint, who said …, said …"). */
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/**
 * The first cue of the sentence before token `k`, or `k`. A cue inside an opening adverbial ("When asked
 * about …, Cruz said", "Although the administration has maintained that …, Lopez-Cantera said") is the
 * main clause's circumstance, not its frame; so is the cue of a relative clause ("DeMint, who said
 * Afghanistan is a war the United States must win, said Steele needs to “refocus” …").
 */
function firstCue(toks: readonly Tok[], k: number): number {
  const comma = openingAdverbialEnd(toks);
  for (let j = comma < k ? comma + 1 : 0; j < k; j++) {
    const before = toks[j - 1]?.lower ?? '';
    if (isCue(toks, j) && !NON_FINITE_BEFORE.test(before) && !RELATIVES.has(before)) return j;
  }
  return k;
}

/** The speaker of an earlier cue in the sentence ("Rutte said …, but added that …"). */
function earlierSpeaker(ctx: Context, toks: readonly Tok[], k: number, lastSpeaker?: number): QuoteSource | undefined {
  for (let j = k - 1; j >= 0; j--) {
    if (!isCue(toks, j)) continue;
    const speaker = frameAt(ctx, toks, j, lastSpeaker).speaker;
    if (speaker) return speaker;
  }
  return undefined;
}

/** Where the reported words start after the cue at `k`: past an audience ("told reporters"), a "that", a colon. */
export function contentAfterCue(text: string, toks: readonly Tok[], k: number, limit: number): number {
  let at = toks[k]!.end;
  const rest = text.slice(at, limit);
  const audience = /^\s*/.exec(rest)![0].length;
  const aud = AUDIENCE_VERBS.has(toks[k]!.lower) ? AUDIENCES.exec(rest.slice(audience)) : null;
  if (aud) at += audience + aud[0].length;
  if (CUE_ADVERBIAL.test(text.slice(at, limit))) return limit;
  // "hinted at possible “territory swaps”": the cue's particle is not part of the words it reports, when the
  // writer marks some of them (without marks, "pointed to the flooded houses" reports no words at all).
  const sentence = /^[^.!?]*/u.exec(text.slice(at, at + 160))![0];
  const particle =
    aud || !/[“"]/.test(sentence) ? null : CUE_PARTICLES.get(toks[k]!.lower)?.exec(text.slice(at, limit));
  // Not when the marks open right after it ("called for “bombing the daylights” out of …"): the words
  // run on past the marks, a partial quote whose clause starts at the particle.
  if (particle && !/^[“"]/.test(text.slice(at + particle[0].length))) at += particle[0].length;
  // "said in an interview with “Axios on HBO” taped Monday that …": past a programme named in marks.
  const programme = MEDIUM_TITLE_LEAD.exec(text.slice(at, limit));
  if (programme) at += programme[0].length;
  const that = /^[^“"”]{0,60}?\bthat\s/i.exec(text.slice(at, limit));
  // "said on Tuesday that …" — not "said he was preparing an order that would …": a clause of its own
  // (a pronoun, a verb) before the "that" is the reported one, and the "that" is a relative.
  if (that && !CLAUSE_BEFORE_THAT.test(that[0])) at += that[0].length;
  while (at < limit && /[\s,:—–-]/.test(text[at]!)) at++;
  return at;
}
