import type { Paragraph, Sentence } from '../../article/types.ts';
import {
  DEMONYMS,
  BODY_NOUNS,
  HAND_PLACES,
  NAMED_DAYS,
  NOT_NAMES,
  ORG_HEADS,
  ORGANISATIONS,
  PLACE_HEADS,
  PARTY_MEMBERS,
  PLACE_PREPOSITIONS,
  PLACES,
  THING_ABBREVIATIONS,
  SURNAME_HEADS,
  THING_HEADS,
  US_STATES_SHORT,
  WEEKDAY_LEADS,
  WEEKDAYS,
} from '../../locales/en/gazetteer.ts';
import { MONTH_ABBREVIATIONS } from '../../locales/en/dates.ts';
import {
  COMMON_WORDS,
  GENERATIONAL_SUFFIXES,
  GIVEN_NAMES,
  LISTED_GIVEN_NAMES,
  NAME_PARTICLES,
} from '../../locales/en/names.ts';
import { NATIONALITIES, OFFICE_TITLES, PERSON_DESCRIPTIONS } from '../../locales/en/titles.ts';
import { NICKNAME_CUES, PERSON_REFLEXIVES, SPEECH_VERBS } from '../../locales/en/verbs.ts';
import { isFormer, isHonorific, roleAfter, roleBefore, titleAt, titleEndingAt, type RoleParts } from './roles.ts';
import { findRuns, isCapitalised, listedAfterOf, placeModifier, splitAtDashes, words, type Run } from './runs.ts';
import { tokenize, type Token } from './tokens.ts';
import type { EntityType } from './types.ts';

/** A name found in a paragraph, with what the words around it say about it. */
export interface Candidate {
  paragraph: number;
  tokens: readonly Token[];
  /** The name's tokens (titles and honorifics left out), first and one past last. */
  from: number;
  to: number;
  type: EntityType;
  /** Why it got its type: for debugging and for the corpus to weigh. */
  evidence: string;
  headline: boolean;
  roles: RoleParts[];
  /** A country the words around tie it to ("Ukraine’s …", "… of Russia"). */
  country?: string;
  /**
   * The type its head gives a run that is one name whatever names stand inside it ("Department of Justice"
   * is an organisation, though a Jim Justice is named; "House Democrats" a body).
   */
  headType?: EntityType;
}

/** The paragraphs' tokens, tokenised once. */
export interface Tokenised {
  paragraph: number;
  tokens: readonly Token[];
  headline: boolean;
}

const OPENING_QUOTES = new Set(['“', '"', '‘', "'", '«', '(']);

/** A headline or heading, or a sentence written in title case: its capitals say nothing about names. */
function isHeadline(paragraph: Paragraph, tokens: readonly Token[]): boolean {
  if (paragraph.kind !== 'paragraph') return true;
  if (tokens.length > 25) return false;
  const longWords = tokens.slice(1).filter((t) => /^\p{L}{4,}$/u.test(t.text));
  const share = longWords.length >= 3 ? longWords.filter((t) => isCapitalised(t)).length / longWords.length : 0;
  // A sentence listing "British Prime Minister Keir Starmer, French President …" is capitalised but no
  // headline; one that ends on a stop is a headline only when it is in title case through and through — every
  // long word capitalised, no double quotation marks (a headline quotes in single ones) — and capitalises the little words names do not hold
  // ("Pastor Wants Girl Scout Leaders To Be Executed For Supporting Gays."; not "Education Secretary Arne
  // Duncan announced the Race To The Top winners.").
  if (/[.!?]["'”’)]*$/u.test(tokens[tokens.length - 1]?.text ?? ''))
    return (
      share === 1 &&
      !tokens.some((t) => /^["“”«»]$/u.test(t.text)) &&
      tokens.slice(1).some((t) => TITLE_CASE_WORDS.has(t.text))
    );
  return share >= 0.6;
}

/**
 * True when the parts of a dashed run make one name ("Wal-Mart", "Ban Ki-moon", "Stratford-upon-Avon"): not
 * a run of nationalities ("African-American", "Cuban-Americans"), a code ("H-1B", "K-12") or a compound word
 * ("Brooklyn-based", "T-shirts").
 */
function oneName(tokens: readonly Token[], parts: readonly Run[]): boolean {
  const first = (p: Run) => tokens[p.from]!.text;
  if (parts.some((p) => tokens.slice(p.from, p.to).some((t) => /\d/u.test(t.text)))) return false;
  if (parts.some((_, i) => compoundPart(tokens, parts, i))) return false;
  // "African-American", "U.S.-Mexican": nationalities, and places beside them.
  const nationality = (p: Run) =>
    p.to - p.from === 1 && (DEMONYMS.has(first(p).toLowerCase()) || NATIONALITY_FORM.test(first(p)));
  return !(parts.some(nationality) && parts.every((p) => nationality(p) || PLACES.has(key(first(p)))));
}

/** The evidence of a name written with a hyphen, read as one ("Wal-Mart"). */
export const HYPHENATED = 'one hyphenated name';

/**
 * True when part `i` of a dashed run is a lower-case word of a compound ("Brooklyn-based", "Pulitzer
 * Prize-winning", "Medicare-for-all"), not of a name: a particle of a place ("Stratford-upon-Avon",
 * "Port-au-Prince") or a syllable of a romanised given name after a short one ("Ban Ki-moon", "Chiang
 * Kai-shek") is of the name.
 */
function compoundPart(tokens: readonly Token[], parts: readonly Run[], i: number): boolean {
  const word = tokens[parts[i]!.from]!.text;
  if (!/^\p{Ll}/u.test(word) || word.length <= 2 || NAME_PARTICLE_WORDS.has(word)) return false;
  const before = i > 0 ? tokens[parts[i - 1]!.to - 1]!.text : '';
  return !(word.length <= 4 && /^\p{Lu}\p{Ll}{0,3}$/u.test(before));
}

/** Lower-case words inside names of places and people: "upon", "sur", "von". */
const NAME_PARTICLE_WORDS = new Set(['upon', 'sur', 'del', 'des', 'les', 'der', 'den', 'von', 'van', 'aux']);

/** The form of a nationality's adjective or noun: "African", "Americans", "Lebanese", "Israeli". */
const NATIONALITY_FORM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)s?$/u;

/** Nouns a Roman numeral counts, where it is no generational suffix: "World War II", "Part II", "Phase III". */
const COUNTED_NOUNS = new Set(
  'war part phase round chapter volume title stage season episode act article amendment tier level game'.split(' '),
);

/** The evidence of a title alone, a candidate only as a surname (`entities` keeps it when one bears it). */
export const BARE_TITLE = 'a title alone';
/** The evidence of a nationality word alone ("Cuban said"): a candidate only as a surname, as a title alone is. */
export const DEMONYM_ALONE = 'a nationality alone';

/** Words of a party before a name: they say whose the name is ("Republican Trump", "Democrat Hillary Clinton"). */
const PARTY_WORDS = new Set(['democrat', 'democrats', 'democratic', 'republican', 'republicans']);

/** Little words title case capitalises, which no name holds. */
const TITLE_CASE_WORDS = new Set(['To', 'Be', 'Is', 'Are', 'Was', 'Were', 'For', 'With', 'From', 'Into', 'Says']);

/** Tokenises every paragraph. */
export function tokeniseParagraphs(text: string, paragraphs: readonly Paragraph[]): Tokenised[] {
  return paragraphs.map((p, index) => {
    const tokens = tokenize(text, p, { stems: true });
    return { paragraph: index, tokens, headline: isHeadline(p, tokens) };
  });
}

/** The words of an office that a title's possessive opens ("the Sheriff's Office", "the Coroner's Department"). */
const OFFICE_WORDS = /^(?:offices?|departments?|bureaus?)$/iu;

/** True when a token is a possessive mark ("’s", "'s"; with `bare`, "’" alone too: "the workers’"). */
function isPossessive(token: Token | undefined, bare = false): boolean {
  return (bare ? /^[’']s?$/u : /^[’']s$/u).test(token?.text ?? '');
}

/** True when tokens from..to are a listed place or organisation ("New York", "Morgan Stanley"). */
/**
 * The most tokens a listed place or organisation spans (the longest has six words: "San Fernando del
 * Valle de Catamarca"): a search for the longest listed name in a run starts there, not at the run's end
 * — a run of 20,000 capitalised words ("U.S. U.S. …") would otherwise be read again at every length.
 */
const MAX_LISTED_TOKENS = 12;

function listedAt(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const k = key(surfaceOf(text, tokens, from, to));
  return PLACES.has(k) || ORGANISATIONS.has(k);
}

/** Normalised text of tokens, as written (for lists and keys). */
export function surfaceOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** The key of a name for lists: lower case, single spaces. */
function key(surface: string): string {
  return surface.toLowerCase().replace(/[‐–-]/g, '-').replace(/\s+/g, ' ');
}

/** What the words right after a name say: a verb of saying or doing, or "himself". */
function personVerbAfter(tokens: readonly Token[], to: number): 'verb' | 'reflexive' | undefined {
  let i = to;
  // "Cyril Ramaphosa Thursday said": the weekday left out of the name, and its time of day.
  if (WEEKDAYS.has(tokens[i]?.text.toLowerCase() ?? '')) i++;
  if (/^(?:morning|afternoon|evening|night)$/.test(tokens[i]?.text ?? '')) i++;
  // "Zelensky also shared", "Trump once again made": skip one or two adverbs.
  for (let skip = 0; skip < 2 && tokens[i] && tokens[i]!.pos === 'ADV'; skip++) i++;
  const next = tokens[i]?.text.toLowerCase() ?? '';
  if (PERSON_REFLEXIVES.has(next)) return 'reflexive';
  const verb = next === 'has' ? i + 1 : i;
  // "Wal-Mart said it would appeal": what says "it" of itself is no person.
  if (SPEECH_VERBS.has(tokens[verb]?.text.toLowerCase() ?? '') && !/^(?:it|its)$/i.test(tokens[verb + 1]?.text ?? ''))
    return 'verb';
  return undefined;
}

/** A verb right after a name, past an adverb or two ("Cuban demurred", "Cuban also gave"). */
function verbAfter(tokens: readonly Token[], to: number): boolean {
  let i = to;
  for (let skip = 0; skip < 2 && tokens[i] && tokens[i]!.pos === 'ADV'; skip++) i++;
  return tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX';
}

/**
 * The name is the subject of what people do: "Lavrov argued", "Putin himself". A single word before a
 * verb of saying is no proof ("Instagram said"): only "himself"/"herself" makes it a person alone.
 */
function isPersonSubject(tokens: readonly Token[], from: number, to: number): boolean {
  const verb = personVerbAfter(tokens, to);
  if (!verb || tokens[from]!.pos !== 'PROPN') return false;
  return verb === 'reflexive' || wordsApart(tokens, from, to) > 1;
}

/** How many words tokens `from..to` are, apart: "Wal-Mart" is one word, written with a dash. */
function wordsApart(tokens: readonly Token[], from: number, to: number): number {
  return tokens.slice(from + 1, to).filter((t) => t.spaceBefore).length + 1;
}

/** A quoted nickname or call sign: “Buda” after "known as". */
function isCallSign(text: string, tokens: readonly Token[], from: number): boolean {
  const quote = tokens[from - 1];
  if (!quote || !OPENING_QUOTES.has(quote.text)) return false;
  const before = text.slice(Math.max(0, quote.start - 30), quote.start);
  return NICKNAME_CUES.some((re) => re.test(before));
}

/** Types a name from the name alone: lists of organisations and places, their head words. */
function typeByLists(words: string[], surface: string): EntityType | undefined {
  const k = key(surface);
  if (ORGANISATIONS.has(k)) return 'organisation';
  if (PLACES.has(k)) return 'place';
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && ORG_HEADS.has(last)) return 'organisation';
  if (words.length > 1 && PLACE_HEADS.has(last)) return 'place';
  return undefined;
}

/** Words of a sentence in title case that no name of four words or fewer holds. */
const SENTENCE_WORDS = new Set(
  'a an the to be is are was were will would can could just not for with from into on of in at by and or his her their its says said'.split(
    ' ',
  ),
);

/** True when the words of a headline's run may be one name: four at most, none a word of a sentence. */
function nameLike(runWords: readonly string[]): boolean {
  return runWords.length <= 4 && !runWords.some((w) => SENTENCE_WORDS.has(w));
}

/** True when the tokens `from..to` are a name listed whole, as an organisation or a place. */
function listedWhole(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const k = key(surfaceOf(text, tokens, from, to));
  return ORGANISATIONS.has(k) || PLACES.has(k);
}

/**
 * True when tokens from `from` (up to `to`) begin with a name listed whole, of two words or more
 * ("New York", "New York Times"; not a name only ending in an organisation word).
 */
function startsListedName(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = to; j > from + 1; j--) {
    const k = key(surfaceOf(text, tokens, from, j));
    if (ORGANISATIONS.has(k) || PLACES.has(k)) return true;
  }
  return false;
}

const MONTHS_SHORT = new Set(MONTH_ABBREVIATIONS.map((m) => m.toLowerCase()));

/**
 * True when a token is a month written short before a day number ("Dec. 1", "Sept. 12th", "Jan 5") or,
 * with its dot, before a year ("Dec. 2017"): a date, not a name.
 */
function isMonthBeforeDay(tokens: readonly Token[], i: number): boolean {
  const month = tokens[i]!.text.toLowerCase().replace(/\.$/u, '');
  const day = tokens[i + 1]?.text ?? '';
  // A day ("Dec. 1", "Sept. 12th") or, after a month with its dot, a year ("Dec. 2017").
  const dotted = tokens[i]!.text.endsWith('.');
  return (
    MONTHS_SHORT.has(month) &&
    /^(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|(?:19|20)\d\d)$/u.test(day) &&
    (dotted || !/^\d{4}$/u.test(day))
  );
}

/**
 * Where a run ends once the weekdays after a name are left out: a weekday after a name says when
 * ("endorsed Hillary Clinton Wednesday", "broke with Obama Monday"). Undefined when the run is a date: a day
 * with a name of its own ("Super Tuesday", "on Black Wednesday", "The Black Saturday fires"), or a weekday
 * after a word that puts it in time ("Early Tuesday"). A weekday stays a surname after a given name alone
 * ("Mike Friday", "Police Chief Dana Monday", "Ruby Tuesday") and before a possessive ("TGI Friday's").
 */
function weekdaysAfter(text: string, tokens: readonly Token[], run: Run): number | undefined {
  const { from } = run;
  let to = run.to;
  const lower = (i: number) => tokens[i]?.text.toLowerCase() ?? '';
  // A named day opens the run, after a word that puts it in time or none: all of it is a date.
  let first = from;
  while (first < to - 1 && (WEEKDAY_LEADS.has(lower(first)) || lower(first) === 'the')) first++;
  for (const n of [3, 2])
    if (first + n === to && NAMED_DAYS.has(key(surfaceOf(text, tokens, first, to)))) return undefined;
  if (isPossessive(tokens[to], true)) return to;
  // The name's first word, after a leading "The" ("The Ruby Tuesday chain").
  const start = lower(from) === 'the' ? from + 1 : from;
  while (to - start > 1 && WEEKDAYS.has(lower(to - 1))) {
    const before = to - 2;
    // "Mike Friday", "Chief Dana Monday": a given name alone before it, the weekday is the surname.
    const alone =
      GIVEN_NAMES.has(lower(before)) &&
      (before === start ||
        !isCapitalised(tokens[before - 1]) ||
        titleEndingAt(tokens, before, start) >= 0 ||
        isHonorific(tokens[before - 1]));
    if (alone) break;
    to--;
  }
  if (to === run.to) return to;
  // "Early Tuesday", "on Black Wednesday", "since Selection Sunday": one word left, which a word of time puts
  // before it, names a day ("The Fed Wednesday held rates" names the Fed).
  const word = (i: number) => !WEEKDAY_LEADS.has(lower(i)) && lower(i) !== 'the';
  const left = [];
  for (let i = from; i < to; i++) if (word(i)) left.push(i);
  const timeBefore = WEEKDAY_LEADS.has(lower(from - 1)) || WEEKDAY_LEADS.has(lower(from));
  if (left.length === 0) return undefined;
  if (left.length === 1 && timeBefore && !GIVEN_NAMES.has(lower(left[0]!))) {
    if (!listedAt(text, tokens, left[0]!, left[0]! + 1)) return undefined;
  }
  return to;
}

/**
 * Looks at one run: strips leading non-names ("The", "Earlier"), reads titles and honorifics inside
 * it and around it, and types what is left by the signals it has. Headline runs are left for later.
 */
function readRun(
  text: string,
  tokenised: Tokenised,
  run: Run,
  sentenceStarts: Set<number>,
  common: ReadonlySet<string> = new Set(),
): Candidate | undefined {
  const { tokens, headline, paragraph } = tokenised;
  let from = run.from;
  const dated = weekdaysAfter(text, tokens, run);
  if (dated === undefined) return undefined;
  const to = dated;
  const atSentenceStart = (i: number) =>
    sentenceStarts.has(tokens[i]!.start) ||
    (OPENING_QUOTES.has(tokens[i - 1]?.text ?? '') && sentenceStarts.has(tokens[i - 1]!.start));
  // Leading words that are not names: "The Washington Post", "Earlier Monday", "Both U.S. …".
  while (from < to) {
    const t = tokens[from]!;
    const lower = t.text.toLowerCase();
    // A nationality before a title stays: it says whose title ("British Prime Minister").
    const beforeTitle = () => {
      for (let k = from + 1; k < to; k++) if (titleAt(tokens, k, to) > 0) return true;
      return false;
    };
    // A nationality or party word that opens an organisation's name is part of it ("Republican National
    // Committee", "Democratic Party", "American Medical Association"), not one that says whose a body named
    // on its own is ("the Democratic Senate", "the Republican-led Congress").
    const opensBody = () =>
      to - from > 1 &&
      ORG_HEADS.has(tokens[to - 1]!.text.toLowerCase()) &&
      !/^[-–‐]$/u.test(tokens[from + 1]!.text) &&
      !ORGANISATIONS.has(key(surfaceOf(text, tokens, from + 1, to)));
    // A nationality or a people before common words that are no name of their own is part of a name ("Arab
    // Spring", "Latino Decisions", "Dominican Republic", "Cuban Missile Crisis"), and so is one before a body
    // ("the Mexican Congress"); not a party's word, which says whose a surname is ("Republican Trump").
    const opensName = () => {
      if (to - from < 2 || PARTY_WORDS.has(lower) || isHonorific(tokens[from + 1]!)) return false;
      const rest = tokens.slice(from + 1, to).map((r) => r.text.toLowerCase());
      // "the Mexican Congress", "the Russian Parliament": a nation's body keeps the word that says whose.
      if (rest.length === 1 && BODY_NOUNS.has(rest[0]!)) return true;
      // Common words all, no listed name nor a person's ("Cuban Missile Crisis", "Mexican Grand Prix"; not
      // "Mexican Luis Varga", "Russian Medvedev", "African-American RNC members").
      return rest.every((w) => COMMON_WORDS.has(w)) && !listedWhole(text, tokens, from + 1, to);
    };
    // "Billionaire Donald Trump praised …", "Rival Hillary Clinton …": a noun of a person's trade or kind,
    // or an adjective, that opens the sentence before a given name and a surname describes the person
    // (`PERSON_DESCRIPTIONS`: "Tyler James Williams" and "San Pedro Sula" keep their first word).
    const describes = () =>
      atSentenceStart(from) &&
      to - from >= 3 &&
      PERSON_DESCRIPTIONS.has(lower) &&
      !GIVEN_NAMES.has(lower) &&
      !PLACES.has(lower) &&
      !ORGANISATIONS.has(lower) &&
      // "Texas Christian University": a body's name, not a person's.
      !ORG_HEADS.has(tokens[to - 1]!.text.toLowerCase()) &&
      !PLACE_HEADS.has(tokens[to - 1]!.text.toLowerCase()) &&
      !isHonorific(t) &&
      titleAt(tokens, from, to) < 0 &&
      GIVEN_NAMES.has(tokens[from + 1]!.text.toLowerCase()) &&
      isCapitalised(tokens[from + 2]) &&
      !startsListedName(text, tokens, from, to);
    const notName =
      NOT_NAMES.has(lower.replace(/\.$/u, '')) ||
      describes() ||
      // What a leading word stripped leaves: no name opens on a dash or a word in lower case ("-led Congress").
      (from > run.from && (/^[-–‐]$/u.test(t.text) || !isCapitalised(t))) ||
      isMonthBeforeDay(tokens, from) ||
      (DEMONYMS.has(lower) && !GIVEN_NAMES.has(lower) && !beforeTitle() && !opensBody() && !opensName()) ||
      // "Polls show …", "Aides said …", "Less than …": a common word that opens a sentence, that the article writes
      // in lower case elsewhere and never with a capital inside a sentence, is no name, whatever its tag —
      // unless it does or owns something as only a name can ("Target said …").
      (atSentenceStart(from) && to - from === 1 && commonAlone(t, lower, common) && !namesSomeone(tokens, lower, to)) ||
      (atSentenceStart(from) &&
        t.pos !== 'PROPN' &&
        !GIVEN_NAMES.has(lower) &&
        // "Whitney Houston sang": a given name of the longer list before one more word of the name.
        !(LISTED_GIVEN_NAMES.has(lower) && to - from === 2) &&
        // "Garland said": a word that is no common word, before a verb of saying.
        !(to - from === 1 && !COMMON_WORDS.has(lower) && personVerbAfter(tokens, to) !== undefined) &&
        !beforeTitle() &&
        // "President of South Korea Yoon Suk Yeol said": a title that opens the sentence stays, and so does
        // the head of a name with "of" ("Office of Personnel Management Director Scott Kupor said").
        titleAt(tokens, from, to) < 0 &&
        !((ORG_HEADS.has(lower) || PLACE_HEADS.has(lower)) && tokens[from + 1]?.text === 'of'));
    if (!notName || isHonorific(t)) break;
    // A listed name that starts with such a word keeps it ("New York", "The Hague", "New York Times").
    if (startsListedName(text, tokens, from, to)) break;
    from++;
  }
  if (from >= to) {
    // "Cuban said": a nationality alone may be the surname of someone the article names ("Mark Cuban");
    // the stage keeps it only then — not after "the" or "a", nor a plural, and only where it says.
    const alone = tokens[run.from]!;
    return to - run.from === 1 &&
      NATIONALITIES[alone.text.toLowerCase()] !== undefined &&
      !/s$/u.test(alone.text) &&
      !/^(?:the|a|an)$/i.test(tokens[run.from - 1]?.text ?? '') &&
      // The subject of a verb ("Cuban demurred", "Cuban also complained"), or after a verb of saying at the
      // end of a clause ("…,” said French."); not a language or a kind ("speaks fluent French", "Cuban cigars").
      (verbAfter(tokens, to) ||
        (SPEECH_VERBS.has(tokens[run.from - 1]?.text.toLowerCase() ?? '') && !/^\p{L}/u.test(tokens[to]?.text ?? '')))
      ? { paragraph, tokens, headline, roles: [], from: run.from, to, type: 'unknown', evidence: DEMONYM_ALONE }
      : undefined;
  }
  // The party and state after a US politician's name ("D-Ill.", "(R-Texas)") name no one.
  if (partyAt(tokens, from - 1) || (tokens[from - 1]?.text === '-' && partyAt(tokens, from - 3))) return undefined;
  // "the U.S. Attorney's Office", "Senator Delaney's Office", "the Women's Bureau": an office's word alone after
  // a possessive names nothing of its own — left a name, every "Office" of a corpus would be one entity. A
  // title's office is one organisation with the title (`withOffice`); any other possessor is named alone.
  if (to - from === 1 && possessiveAt(tokens, from - 1) && OFFICE_WORDS.test(tokens[from]!.text)) return undefined;
  const base = { paragraph, tokens, headline, roles: [] as RoleParts[] };
  // A call sign is a person even when it names a city ("the call sign “Warsaw”").
  if (isCallSign(text, tokens, from)) return { ...base, from, to, type: 'person', evidence: 'call sign' };
  const all = words(tokens.slice(from, to));
  const whole = listedWhole(text, tokens, from, to);
  // A head word ends no name after an honorific ("Ms. Plaza", "Sen. Jim Beach"), nor a head word of places
  // that is as often a surname after a given name of the hand-written list alone ("Adam Beach").
  const personal =
    !whole &&
    (tokens.slice(from, to).some((t) => isHonorific(t)) ||
      (to - from === 2 && GIVEN_NAMES.has(all[0]!) && SURNAME_HEADS.has(all[1]!)));
  const listed = personal ? undefined : typeByLists(all, surfaceOf(text, tokens, from, to));
  const k = key(surfaceOf(text, tokens, from, to));
  // A state written short that is also a word is one after a comma ("Boston, Mass."), not "attended Mass.";
  // a city of the longer list alone is none after "a" as the head of its phrase ("drives a Lincoln"; "a
  // Houston lawyer" is the city), nor before what a company has or does ("Corona sales fell").
  const next = tokens[to];
  const before = tokens[from - 1]?.text ?? '';
  const wordOfAState = US_STATES_SHORT.has(k) && COMMON_WORDS.has(k.replace(/\.$/u, '')) && !/^[,(]$/u.test(before);
  const headAfterA =
    /^an?$/i.test(before) && (!next || /^[.!?;)]$/u.test(next.text) || /^(?:VERB|AUX|ADP|CCONJ)$/.test(next.pos ?? ''));
  const company = /^(?:sales|shares|stock|recalled|agreed|unveiled)$/i.test(next?.text ?? '');
  const cityOfTheLongerList = to - from === 1 && !HAND_PLACES.has(k);
  const notPlace = listed === 'place' && (wordOfAState || (cityOfTheLongerList && (headAfterA || company)));
  if (notPlace) return { ...base, from, to, type: 'unknown', evidence: 'capitalised' };
  // In a headline every word is capitalised: a run is typed by its last word only when it is short and holds
  // none of the little words a sentence does ("Economic Policy Institute"; "Ilse Brandt Just Revealed Who
  // She Would Pick For The Board" is no board), else by a list that holds it whole.
  if (listed && (!headline || whole || nameLike(all))) return { ...base, from, to, type: listed, evidence: 'list' };
  if (headline) return { ...base, from, to, type: 'unknown', evidence: 'headline' };

  // Titles inside the run: the rightmost title that leaves a name after it — more than a generational
  // suffix ("Martin Luther King Jr.": "King" is the surname, not the title of one "Jr.").
  const onlySuffix = (end: number) =>
    tokens.slice(end, to).every((t) => GENERATIONAL_SUFFIXES.has(t.text.toLowerCase()) || t.text === '.');
  const roles: RoleParts[] = [];
  let nameFrom = from;
  // "Former U.S. President Trump" (in the run) or "former President Barack Obama" (just before it).
  let former = isFormer(tokens[nameFrom]);
  if (former) nameFrom++;
  else former = isFormer(tokens[from - 1]);
  let best: { start: number; end: number } | undefined;
  for (let k = nameFrom; k < to; k++) {
    const end = titleAt(tokens, k, to);
    if (end > 0 && end < to && isCapitalised(tokens[end]) && !onlySuffix(end) && (!best || end > best.end))
      best = { start: k, end };
  }
  // "Director of National Intelligence Dan Coats", "Mayor of London Sadiq Khan": a title, "of" and what
  // it is of, then the name — the last words of the run.
  if (!best) best = titleOfBefore(text, tokens, nameFrom, to);
  if (best) {
    roles.push({
      from,
      to: best.end,
      former,
      org: tokens.slice(nameFrom, best.start),
      title: tokens.slice(best.start, best.end),
    });
    nameFrom = best.end;
    former = false;
  }
  // "Arkansas Gov. Mike Huckabee", "Vermont Sen. Sanders": an honorific's title comes before the name,
  // and the words before it say whose title it is (a state, a body); the name starts after it.
  for (let k = to - 2; k > nameFrom; k--) {
    if (isHonorific(tokens[k]) && isCapitalised(tokens[k + 1])) {
      nameFrom = k;
      break;
    }
  }
  let honorific = false;
  while (nameFrom < to && isHonorific(tokens[nameFrom])) {
    honorific = true;
    nameFrom++;
  }
  if (nameFrom >= to) return undefined;
  // "The U.S. President once again …": a title with no name is a description, not a name.
  if (isBareTitle(tokens, nameFrom, to)) {
    // "The U.S. Attorney's office", "the District Attorney’s office", "the Sheriff's Department": the office is a body.
    const office =
      isPossessive(tokens[to]) &&
      OFFICE_WORDS.test(tokens[to + 1]?.text ?? '') &&
      officeTitleEnding(tokens, nameFrom, to) > 0;
    if (office) return { ...base, from: nameFrom, to, type: 'organisation', evidence: 'the office of a title' };
    // "Judge said", "Rep. Judge said": a title alone may be the surname of someone the article names
    // ("Patty Judge"); the stage keeps it only then — not after "the" or "a" ("The Judge dismissed the
    // case" is whoever holds the office).
    const article = /^(?:the|a|an)$/i.test(tokens[nameFrom - 1]?.text ?? '');
    return to - nameFrom === 1 && !article && !/^\p{Lu}+$/u.test(tokens[nameFrom]!.text)
      ? { ...base, from: nameFrom, to, type: 'unknown', evidence: BARE_TITLE }
      : undefined;
  }
  // What a name's head says comes before what the words around it say: "the Eastern District of New York,
  // Grimm's lawyer said" names a place, not the lawyer.
  const nameWords = words(tokens.slice(nameFrom, to));
  if (!roles.length && !honorific) {
    // "Department of Justice", "Bank of America", "Republic of Korea", "District of Columbia Court of
    // Appeals": the word before the last "of" is the head.
    const at = nameWords.lastIndexOf('of');
    const head = nameWords[at - 1];
    // A surname that is a head word: after a given name ("Frank Church of Idaho"), or after one word
    // before a listed place or body ("Tamron Hall of NBC", "Gabrielle Union of Omaha").
    const surname =
      (at === 2 && GIVEN_NAMES.has(nameWords[0]!) && !PLACES.has(nameWords[0]!)) ||
      (at === 2 && PLACE_HEADS.has(head!) && !placeModifier(nameWords[0]!) && listedAfterOf(nameWords, at));
    // "The People's Republic of China": the name began before the possessive.
    const possessed = isPossessive(tokens[nameFrom - 1]) && /^peoples?$/i.test(tokens[nameFrom - 2]?.text ?? '');
    // "warned the Senate of Iran's ambitions": a body told of another's, no "Senate of Iran".
    const told = head !== undefined && BODY_NOUNS.has(head) && isPossessive(tokens[to], true);
    const headType =
      !head || surname || told || possessed
        ? undefined
        : ORG_HEADS.has(head)
          ? 'organisation'
          : PLACE_HEADS.has(head)
            ? 'place'
            : undefined;
    if (headType) return { ...base, from: nameFrom, to, type: 'unknown', evidence: 'head before "of"', headType };
    if (possessed && head && (ORG_HEADS.has(head) || PLACE_HEADS.has(head)))
      return { ...base, from: nameFrom, to, type: 'unknown', evidence: 'a name begun before a possessive' };
    // "House Democrats", "Senate Republicans": a party's members in a body or a state.
    if (nameWords.length > 1 && PARTY_MEMBERS.has(nameWords.at(-1)!))
      return { ...base, from: nameFrom, to, type: 'unknown', evidence: 'members of a party', headType: 'organisation' };
  }
  const outside = roleBefore(tokens, from, 0);
  if (outside && !best) roles.push(outside);
  const after = roleAfter(tokens, to);
  if (after) roles.push(after);

  const surface = surfaceOf(text, tokens, nameFrom, to);
  const listedName = personal ? undefined : typeByLists(nameWords, surface);
  if (listedName && !roles.length && !honorific)
    return { ...base, from: nameFrom, to, type: listedName, evidence: 'list' };
  if (nameWords.every((w) => NOT_NAMES.has(w) || DEMONYMS.has(w))) return undefined;
  // "told the Times", "served in the House", "the Commission ruled": the word that ends the names of papers
  // and bodies, alone after "the", is one of them.
  if (
    to - nameFrom === 1 &&
    (ORG_HEADS.has(nameWords[0]!) || BODY_NOUNS.has(nameWords[0]!)) &&
    /^the$/i.test(tokens[nameFrom - 1]?.text ?? '') &&
    NAME_WORD.test(tokens[nameFrom]!.text) &&
    !roles.length &&
    !honorific
  )
    return { ...base, from: nameFrom, to, type: 'organisation', evidence: 'a body or a paper after "the"' };

  // "The C.I.A. said", "the I.R.S. division": initials written with stops, read as the lists know them
  // ("CIA"), else an organisation's when three letters or more ("D.C." stays unknown).
  const dotted = /^(?:\p{Lu}\.){2,}$/u.test(tokens[nameFrom]!.text) ? tokens[nameFrom]!.text.replace(/\./g, '') : '';
  if (to - nameFrom === 1 && dotted && !roles.length && !honorific) {
    const k = dotted.toLowerCase();
    const type = PLACES.has(k) ? 'place' : ORGANISATIONS.has(k) || dotted.length >= 3 ? 'organisation' : undefined;
    if (type) return { ...base, from: nameFrom, to, type, evidence: 'initials of an organisation' };
  }
  // "CHICAGO —", "BAGHDAD (AP)": words in capitals that open a paragraph before a dash, a comma or a bracket
  // are a dateline, a place.
  const dateline = () => {
    const after = tokens[to]?.text ?? '';
    const then = tokens[to + 1]?.text ?? '';
    return (
      to - nameFrom <= 3 &&
      // The paragraph's first words.
      tokens[nameFrom]!.start === tokens[0]!.start &&
      tokens.slice(nameFrom, to).every((t) => /^\p{Lu}[\p{Lu}.']*$/u.test(t.text)) &&
      // A listed place before a dash or a comma, or any before a news agency's name in brackets, or before a
      // state or a country ("SPRINGFIELD, Ill.", "BAGHDAD (AP)").
      ((PLACES.has(key(surfaceOf(text, tokens, nameFrom, to))) && /^(?:[—–-]|,)$/u.test(after)) ||
        (after === '(' && /^(?:AP|Reuters|AFP|UPI|CNN)$/.test(then)) ||
        (after === ',' && PLACES.has(then.toLowerCase())))
    );
  };
  if (!roles.length && !honorific && dateline())
    return { ...base, from: nameFrom, to, type: 'place', evidence: 'dateline' };
  // "NASA said": a word in capitals alone is an organisation's initials, not a person — unless it is the
  // short form of a thing ("live TV", "the CEO") or, inside someone's quoted words, a word written in
  // capitals for emphasis that the article also writes in lower case (a post: "the possibility of PEACE",
  // beside "a peace deal"), and never so out of quotes; out of quotes it is initials ("cut off from SWIFT"
  // beside "a swift response"), and so it is in quotes too when the article writes it so out of them ("“SNAP
  // cuts will hurt,” she said" beside "the SNAP program" and "a snap decision").
  if (to - nameFrom === 1 && /^\p{Lu}{2,}$/u.test(tokens[nameFrom]!.text) && !roles.length && !honorific) {
    const lower = tokens[nameFrom]!.text.toLowerCase();
    if (THING_ABBREVIATIONS.has(lower)) return undefined;
    if (
      lower.length >= 4 &&
      !ORGANISATIONS.has(lower) &&
      !PLACES.has(lower) &&
      insideQuote(text, tokens[nameFrom]!.start) &&
      writtenLower(text, lower) &&
      !writtenOutOfQuotes(text, tokens[nameFrom]!.text)
    )
      return undefined;
    return { ...base, from: nameFrom, to, type: 'organisation', evidence: 'initials of an organisation' };
  }
  const country = countryAround(tokens, nameFrom, to);
  const evidence = roles.length
    ? 'title'
    : honorific
      ? 'honorific'
      : GIVEN_NAMES.has(nameWords[0]!) && nameWords.length > 1 && !THING_HEADS.has(nameWords.at(-1)!)
        ? 'given name'
        : plainListedName(text, tokens, nameFrom, to, headline)
          ? 'listed given name'
          : isInitials(tokens[nameFrom]!, tokens[nameFrom + 1])
            ? 'initials'
            : nameWords.length > 1 &&
                GENERATIONAL_SUFFIXES.has(nameWords.at(-1)!) &&
                !(/^i[iv]/.test(nameWords.at(-1)!) && COUNTED_NOUNS.has(nameWords.at(-2)!))
              ? 'generational suffix'
              : isCallSign(text, tokens, nameFrom)
                ? 'call sign'
                : isPersonSubject(tokens, nameFrom, to)
                  ? 'verb of a person'
                  : partyAt(tokens, to)
                    ? 'party and state'
                    : SPEECH_VERBS.has(tokens[nameFrom - 1]?.text.toLowerCase() ?? '') &&
                        wordsApart(tokens, nameFrom, to) > 1
                      ? 'after a verb of saying'
                      : nameWords.length > 1 && nameWords.some((w) => NAME_PARTICLES.has(w))
                        ? 'name particle'
                        : undefined;
  if (evidence) return { ...base, from: nameFrom, to, type: 'person', evidence, roles, country };
  // A lone capitalised word after "in", "at": a place, unless the article names a person so.
  const previous = tokens[nameFrom - 1]?.text.toLowerCase() ?? '';
  if (nameWords.length === 1 && PLACE_PREPOSITIONS.has(previous))
    return { ...base, from: nameFrom, to, type: 'place', evidence: 'after a preposition of place' };
  return { ...base, from: nameFrom, to, type: 'unknown', evidence: 'capitalised' };
}

/** A word written as names are: a capital, then lower case ("Fiorina", "McConnell", "O’Brien"; not "ISIS"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*$/u;

/**
 * "Carly Fiorina", "Merrick B. Garland": a plain name of two words (three with a middle initial) in running
 * text, opening with a given name of `LISTED_GIVEN_NAMES` and ending on a word that ends no place's, body's,
 * event's or thing's name nor is a body, a country or a state ("Sanders Iowa", "Christie Union Leader",
 * "Beverly Hills", "Davis Cup" are no persons; a surname that is a common word is one: "Taylor Swift").
 */
function plainListedName(text: string, tokens: readonly Token[], from: number, to: number, headline: boolean): boolean {
  const n = to - from;
  if (headline || !(n === 2 || (n === 3 && /^\p{Lu}\.$/u.test(tokens[from + 1]!.text)))) return false;
  const first = tokens[from]!.text;
  const last = tokens[to - 1]!.text;
  const lower = last.toLowerCase();
  return (
    LISTED_GIVEN_NAMES.has(first.toLowerCase()) &&
    NAME_WORD.test(first) &&
    NAME_WORD.test(last) &&
    !ORG_HEADS.has(lower) &&
    !PLACE_HEADS.has(lower) &&
    !NOT_NAMES.has(lower) &&
    !DEMONYMS.has(lower) &&
    !WEEKDAYS.has(lower) &&
    !ORGANISATIONS.has(lower) &&
    // A country or a state ("Sanders Iowa"), not a city, which is many a surname ("Whitney Houston").
    !HAND_PLACES.has(lower) &&
    // A word that ends the names of events and things ("Davis Cup", "Marshall Plan", "Harris Poll").
    !THING_HEADS.has(lower)
  );
}

/**
 * A title with "of" and what it is of, before a person's name, in one run: "Director of National
 * Intelligence Dan Coats", "Mayor of London Sadiq Khan", "President of South Korea Yoon Suk Yeol". When what
 * it is of is a listed place or organisation, the name is all after it; else the name is the run's last two
 * words (three with a middle initial, and a generational suffix after them), and must open with a given name
 * or an initial ("Secretary of Homeland Security Nielsen" is left whole). At least one word stands between
 * "of" and the name; the name is no listed organisation and ends like no organisation or place.
 */
function titleOfBefore(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  const lower = (i: number) => tokens[i]!.text.toLowerCase();
  for (let k = from; k < to; k++) {
    const end = titleAt(tokens, k, to);
    if (end <= k || lower(end) !== 'of' || end + 2 >= to) continue;
    // "of the House": "the" may open what the title is of.
    if (!tokens.slice(end + 1, to).every((t, i) => isCapitalised(t) || t.text === '.' || (i === 0 && t.text === 'the')))
      return undefined;
    let name = -1;
    // "of South Korea Yoon Suk Yeol": a listed place or organisation, the longest, then the name.
    for (let j = Math.min(to - 1, end + 1 + MAX_LISTED_TOKENS); j > end + 1; j--) {
      if (listedAt(text, tokens, end + 1, j)) {
        // "President of CNN Worldwide": one word after it is more of the organisation's name.
        if (to - j < 2) return undefined;
        name = j;
        break;
      }
    }
    if (name < 0) {
      let last = to;
      if (GENERATIONAL_SUFFIXES.has(lower(last - 1))) last--;
      name = /^\p{Lu}\.$/u.test(tokens[last - 2]?.text ?? '') ? last - 3 : last - 2;
      if (name <= end + 1) return undefined;
      if (!GIVEN_NAMES.has(lower(name)) && !/^\p{Lu}\.$/u.test(tokens[name]!.text)) return undefined;
    }
    const words = tokens.slice(name, to).map((t) => t.text.toLowerCase());
    const surface = key(surfaceOf(text, tokens, name, to));
    if (
      words.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w) || NOT_NAMES.has(w) || PARTY_MEMBERS.has(w)) ||
      ORGANISATIONS.has(surface) ||
      PLACES.has(surface)
    )
      return undefined;
    return { start: k, end: name };
  }
  return undefined;
}

/** True when a US party and state follow token `i` (a comma or a parenthesis): ", D-Ill.", " (R-Texas)". */
function partyAt(tokens: readonly Token[], i: number): boolean {
  return (
    /^[(,]$/.test(tokens[i]?.text ?? '') &&
    /^[DRI]$/.test(tokens[i + 1]?.text ?? '') &&
    /^[-‐–]$/.test(tokens[i + 2]?.text ?? '') &&
    /^\p{Lu}/u.test(tokens[i + 3]?.text ?? '')
  );
}

/** "J.D. Vance": initials before a capitalised word; "U.S." and "U.N." are no initials. */
function isInitials(token: Token, next: Token | undefined): boolean {
  const lower = token.text.toLowerCase();
  return (
    /^\p{Lu}\.(\p{Lu}\.)*$/u.test(token.text) &&
    !NATIONALITIES[lower] &&
    !PLACES.has(lower) &&
    !ORGANISATIONS.has(lower) &&
    isCapitalised(next) &&
    next!.spaceBefore
  );
}

/** A run that is only a title with its country or organisation: "U.S. President", "NATO Secretary General". */
function isBareTitle(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (titleAt(tokens, k, to) !== to) continue;
    const modifiers = tokens.slice(from, k).map((t) => t.text.toLowerCase());
    return modifiers.every(
      (m) => NATIONALITIES[m] !== undefined || ORGANISATIONS.has(m) || PLACES.has(m) || DEMONYMS.has(m),
    );
  }
  return false;
}

/** "Ukraine’s Volodymyr Zelensky", "Vladimir Putin of Russia": the country tied to a name. */
function countryAround(tokens: readonly Token[], from: number, to: number): string | undefined {
  const possessive = tokens[from - 1]?.text;
  if ((possessive === '’s' || possessive === "'s") && tokens[from - 2]) {
    const place = tokens[from - 2]!.text;
    if (PLACES.has(place.toLowerCase())) return place;
  }
  if (tokens[to]?.text === 'of' && tokens[to + 1] && PLACES.has(tokens[to + 1]!.text.toLowerCase()))
    return tokens[to + 1]!.text;
  return undefined;
}

/**
 * Where a listed place or organisation runs into a person's full name — a given name and more after it —
 * the name begins: "ambassador to Ukraine Marie Yovanovitch", "envoy to the UN Nikki Haley". Not when the
 * place's name is a given name too ("Chad Michael Murray", "Georgia Ann Lee").
 */
function nameAfterPlace(text: string, tokens: readonly Token[], run: Run): number | undefined {
  // "Reserve Bank of Australia Michele Bullock": a given name and more after what a body's head is of.
  let of = -1;
  for (let i = run.from + 1; i < run.to && of < 0; i++) if (tokens[i]!.text === 'of') of = i;
  const head = tokens[of - 1]?.text.toLowerCase() ?? '';
  // What stands after the cut is a person's name only when no word of it ends names of bodies or places
  // ("Texas Christian University", "Ross School of Business").
  const personal = (j: number) =>
    tokens.slice(j, run.to).every((t) => {
      const w = t.text.toLowerCase();
      return isCapitalised(t) && !ORG_HEADS.has(w) && !PLACE_HEADS.has(w) && !NOT_NAMES.has(w);
    });
  if (of > 0 && (ORG_HEADS.has(head) || PLACE_HEADS.has(head))) {
    // "Bank of Japan Kazuo Ueda", "Southern District of New York Preet Bharara": a listed place or
    // organisation after "of", then two or three words of a name.
    for (let j = Math.min(run.to - 2, of + 4); j > of + 1; j--) {
      if (listedAt(text, tokens, of + 1, j) && run.to - j <= 3 && personal(j)) return j;
    }
    for (let j = of + 2; j < run.to - 1; j++) {
      if (!GIVEN_NAMES.has(tokens[j]!.text.toLowerCase()) || !isCapitalised(tokens[j + 1])) continue;
      // "University of Alabama Coach Nick Saban": a title before the name goes with it.
      const title = titleEndingAt(tokens, j, of + 2);
      if (title >= 0) return title;
      return personal(j) ? j : undefined;
    }
  }
  for (let j = Math.min(run.to - 2, run.from + MAX_LISTED_TOKENS); j > run.from; j--) {
    if (!listedAt(text, tokens, run.from, j)) continue;
    if (GIVEN_NAMES.has(key(surfaceOf(text, tokens, run.from, j))) || !GIVEN_NAMES.has(tokens[j]!.text.toLowerCase()))
      return undefined;
    return isCapitalised(tokens[j + 1]) && personal(j) ? j : undefined;
  }
  return undefined;
}

/**
 * A title's office written with it ("the U.S. Attorney's Office", "the Maricopa County Sheriff's Department",
 * "the Sheriff's office said Tuesday") is one organisation: the office of whoever holds the title
 * (`OFFICE_TITLES`), with the place or body whose title it is before it. Not a person's, a company's or a
 * plural's ("Senator Delaney's Office", "Xiomara Judge's Office", "The Hollywood Reporter's office", "the
 * People's Bureau"): there the possessor is named alone. The office's word ends the name: not before "of" or
 * another name.
 */
function withOffice(text: string, c: Candidate): Candidate {
  const { tokens, to } = c;
  const word = tokens[to + 1];
  const after = tokens[to + 2];
  if (
    c.type === 'person' ||
    !possessiveAt(tokens, to) ||
    !OFFICE_WORDS.test(word?.text ?? '') ||
    (after && /^of$/i.test(after.text)) ||
    (after && isCapitalised(after) && !WEEKDAYS.has(after.text.toLowerCase()))
  )
    return c;
  const n = officeTitleEnding(tokens, c.from, to);
  if (!n || !jurisdiction(text, tokens, c.from, to - n)) return c;
  return { ...c, to: to + 2, type: 'organisation', evidence: `${c.evidence}, its office` };
}

const OFFICE_TITLE_SET = new Set(OFFICE_TITLES);

/** How many words of a title of `OFFICE_TITLES` end tokens from..to ("Fire Marshal": 2); 0 for none. */
function officeTitleEnding(tokens: readonly Token[], from: number, to: number): number {
  const lower = tokens.slice(from, to).map((t) => t.text.toLowerCase());
  for (let n = Math.min(3, lower.length); n >= 1; n--) if (OFFICE_TITLE_SET.has(lower.slice(-n).join(' '))) return n;
  return 0;
}

/**
 * True when the words before a title say whose title it is: none, a listed place or body, nationalities and
 * places, or a place's or a body's name ("U.S.", "Maricopa County", "Alaska State", "White House").
 */
function jurisdiction(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to) return true;
  if (listedAt(text, tokens, from, to)) return true;
  const lower = tokens.slice(from, to).map((t) => t.text.toLowerCase());
  if (lower.every((w) => NATIONALITIES[w] !== undefined || DEMONYMS.has(w) || PLACES.has(w) || ORGANISATIONS.has(w)))
    return true;
  return PLACE_HEADS.has(lower.at(-1)!) || ORG_HEADS.has(lower.at(-1)!);
}

/** True when token `at` marks a possessive: "’s", or an apostrophe alone right after a plural ("the Sheriffs’ Office"). */
function possessiveAt(tokens: readonly Token[], at: number): boolean {
  const mark = tokens[at];
  if (isPossessive(mark)) return true;
  const owner = tokens[at - 1];
  return isPossessive(mark, true) && !!owner && owner.end === mark!.start && /s$/iu.test(owner.text);
}

/**
 * A common word written as a name where it opens a sentence ("Polls show …", "Aides said …", "Less than …"):
 * the article writes it in lower case elsewhere and never with a capital inside a sentence (`common`), and
 * no list knows it as a name.
 */
function commonAlone(t: Token, lower: string, common: ReadonlySet<string>): boolean {
  return (
    common.has(lower) &&
    t.text !== t.text.toUpperCase() &&
    !PLACES.has(lower) &&
    !HAND_PLACES.has(lower) &&
    !ORGANISATIONS.has(lower) &&
    !GIVEN_NAMES.has(lower) &&
    !DEMONYMS.has(lower) &&
    NATIONALITIES[lower] === undefined
  );
}

/**
 * A word in the singular that does or owns something ("Target said …", "Shell posted …", "Labour’s
 * spokeswoman"): a singular noun needs an article to be a subject, so it names someone. "Aides said", a
 * plural's, may be no one's.
 */
function namesSomeone(tokens: readonly Token[], lower: string, to: number): boolean {
  if (/[^s]s$/.test(lower) || IRREGULAR_PLURALS.has(lower)) return false;
  if (possessiveAt(tokens, to)) return true;
  let i = to;
  if (WEEKDAYS.has(tokens[i]?.text.toLowerCase() ?? '')) i++;
  for (let skip = 0; skip < 2 && tokens[i] && tokens[i]!.pos === 'ADV'; skip++) i++;
  return tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX';
}

/** Plurals without an -s. */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['women', 'men', 'people', 'children', 'police']);

/** Every candidate name of the article, in text order. Runs joined by dashes are split where that helps later. */
export function findCandidates(
  text: string,
  tokenised: readonly Tokenised[],
  sentences: readonly Sentence[],
): Candidate[] {
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  // The words the article writes with a capital inside a sentence (after a word or a comma), outside
  // headlines: a name is written so wherever it stands, a common word only where a sentence opens.
  const inside = new Set<string>();
  /** The words it writes in lower case. */
  const lower = new Set<string>();
  for (const para of tokenised) {
    for (const t of para.tokens) if (/^\p{Ll}/u.test(t.text)) lower.add(t.text);
    if (para.headline) continue;
    para.tokens.forEach((t, i) => {
      const before = para.tokens[i - 1];
      if (
        i > 0 &&
        isCapitalised(t) &&
        !sentenceStarts.has(t.start) &&
        (/\p{L}/u.test(before!.text) || before!.text === ',')
      )
        inside.add(t.text.toLowerCase());
    });
  }
  // A word it writes in lower case and never with a capital inside a sentence is a common word there.
  const common = new Set([...lower].filter((w) => !inside.has(w)));
  const out: Candidate[] = [];
  const dashed: { at: number; para: Tokenised; whole: Candidate; parts: Run[] }[] = [];
  /** Names the article writes on their own, not inside a dashed run. */
  const alone = new Set<string>();
  for (const para of tokenised) {
    const runs = findRuns(para.tokens)
      .flatMap((run) => {
        // A run does not go on into the next sentence ("… in Washington, D.C. The mayor said"): it is cut
        // where a sentence begins inside it.
        const parts: Run[] = [];
        let from = run.from;
        for (let i = run.from + 1; i < run.to; i++)
          if (sentenceStarts.has(para.tokens[i]!.start)) {
            parts.push({ from, to: i });
            from = i;
          }
        parts.push({ from, to: run.to });
        return parts;
      })
      .flatMap((run) => {
        const cut = nameAfterPlace(text, para.tokens, run);
        return cut === undefined
          ? [run]
          : [
              { from: run.from, to: cut },
              { from: cut, to: run.to },
            ];
      });
    for (const run of runs) {
      const read = readRun(text, para, run, sentenceStarts, common);
      if (!read) continue;
      const whole = withOffice(text, read);
      // "Putin-Zelensky": a dashed run of unknown type is read part by part (below).
      const parts = whole.type === 'unknown' ? splitAtDashes(para.tokens, { from: whole.from, to: whole.to }) : [];
      if (parts.length > 1) dashed.push({ at: out.length, para, whole, parts });
      else {
        alone.add(surfaceOf(text, para.tokens, whole.from, whole.to));
        out.push(whole);
      }
    }
  }
  // The parts of a dashed run are names of their own when the article writes one of them alone or a list
  // knows one ("Putin-Zelensky", "U.S.-Mexico"); else the run is one name ("Wal-Mart", "Glass-Steagall",
  // "Nagorno-Karabakh"), and a run of nationalities, a code or a compound word none (`oneName`).
  const inserts: { at: number; found: Candidate[] }[] = [];
  /** The last words of the persons' names written alone ("Ryan" of "Paul Ryan"). */
  const persons = new Set(out.filter((c) => c.type === 'person').map((c) => c.tokens[c.to - 1]!.text));
  for (const { at, para, whole, parts } of dashed) {
    const found: Candidate[] = [];
    // "the Romney-Ryan Medicare plan", "the Putin-Zelensky Summit": the last part's first word, the name of
    // a person the article writes alone, is a name of its own; what follows it says what of theirs.
    const last = parts.at(-1)!;
    const cut =
      parts.length > 1 && last.to - last.from > 1 && persons.has(para.tokens[last.from]!.text)
        ? [...parts.slice(0, -1), { from: last.from, to: last.from + 1 }, { from: last.from + 1, to: last.to }]
        : parts;
    for (const part of cut) {
      if (!isCapitalised(para.tokens[part.from])) continue;
      const c = readRun(text, para, part, sentenceStarts, common);
      // A nationality in a dashed run is a word of it, no surname ("U.S.-Israeli", "Israel-Palestinian").
      if (c && c.evidence !== DEMONYM_ALONE) found.push({ ...c, evidence: `${c.evidence}, part of a dashed run` });
    }
    // A part a name the article writes alone or a list knows ("Putin-Zelensky", "U.S.-Mexico", "the
    // Pfizer-BioNTech vaccine … Pfizer said"); not when the run opens on a given name, a person's whole name
    // ("Catherine Zeta-Jones" beside a Tom Jones).
    const isNamed = (c: Candidate) =>
      alone.has(surfaceOf(text, c.tokens, c.from, c.to)) ||
      persons.has(surfaceOf(text, c.tokens, c.from, c.to)) ||
      (c.type !== 'unknown' && c.evidence.startsWith('list'));
    const names = cut === parts ? found : found.filter((c) => c.from < last.from + 1);
    const person =
      parts[0]!.to - parts[0]!.from > 1 && GIVEN_NAMES.has(para.tokens[parts[0]!.from]!.text.toLowerCase());
    const named = names.length > 1 && !person && names.some(isNamed);
    // A word ending in a lower-case compound part names what is before the dash ("Brooklyn-based",
    // "Chicago-area"): its capitalised parts are read alone.
    const compound = parts.some((p, i) => compoundPart(para.tokens, parts, i));
    // No one name ("Israel-Palestinian talks"): the parts a list knows are still named.
    const one = oneName(para.tokens, parts)
      ? [{ ...whole, evidence: `${whole.evidence}, ${HYPHENATED}` }]
      : found.filter((c) => c.type !== 'unknown' && c.evidence.startsWith('list'));
    inserts.push({ at, found: named || compound ? found : one });
  }
  for (let k = inserts.length - 1; k >= 0; k--) out.splice(inserts[k]!.at, 0, ...inserts[k]!.found);
  return out;
}

/** Whether the offset lies inside quotation marks opened in its paragraph and not yet closed. */
function insideQuote(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(from, at);
  if (before.lastIndexOf('“') > before.lastIndexOf('”')) return true;
  // A single quotation mark opened and not closed: a ’ between letters is an apostrophe ("we’re"), none.
  const opened = before.lastIndexOf('‘');
  if (opened >= 0 && !/’(?!\p{L})/u.test(before.slice(opened).replace(/\p{L}’(?=\p{L})/gu, ''))) return true;
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** Whether the text writes `word` (lower case) as a word of its own in lower case somewhere. */
function writtenLower(text: string, word: string): boolean {
  return wordAt(text, word, () => true);
}

/**
 * Whether the text writes `word`, exactly so, as a word of its own outside quotation marks somewhere — not in
 * a line all in capitals ("PEACE TALKS RESUME IN GENEVA"), where every word is.
 */
function writtenOutOfQuotes(text: string, word: string): boolean {
  return wordAt(text, word, (at) => !insideQuote(text, at) && !shoutedLine(text, at));
}

/** Whether the line around `at` has no letter in lower case. */
function shoutedLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  return !/\p{Ll}/u.test(text.slice(from, to < 0 ? text.length : to));
}

/** Whether `word` stands as a word of its own somewhere in the text where `where` holds of its offset. */
function wordAt(text: string, word: string, where: (at: number) => boolean): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after)) && where(at))
      return true;
  }
  return false;
}
