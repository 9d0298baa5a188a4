import type { Sentence } from '../../article/types.ts';
import {
  ACCESS_PARTICIPLES,
  MEANS,
  DOCUMENT_NOUNS,
  PEOPLE_FIGURES,
  IRREGULAR_PARTICIPLES,
  PARTICIPLE_PARTICLES,
  OBJECT_PREPOSITIONS,
  PERSON_PRONOUNS,
  FEMALE_TITLES,
  MALE_TITLES,
  SPEAKER_PRONOUNS,
  SOMEONE_OF,
  SPEAKS_FOR,
  TO_NOUNS,
} from '../../locales/en/cues.ts';
import { FEMALE_NAMES, MALE_NAMES, MOSTLY_FEMALE_NAMES, MOSTLY_MALE_NAMES } from '../../locales/en/names.ts';
import { DESCRIPTIVE_NOUNS, ROLE_TITLES } from '../../locales/en/titles.ts';
import { tokenize, type Token } from '../entities/tokens.ts';
import type { ArticleEntities, EntityMention } from '../entities/types.ts';
import type { CueModel } from './cue-model.ts';
import type { Segment } from './marks.ts';
import type { QuoteSource, TextSpan } from './types.ts';

/** What speaker resolution reads of the article. */
export interface Context {
  text: string;
  entities: ArticleEntities;
  sentences: readonly Sentence[];
  /** Quoted stretches: names inside them are not speakers. */
  segments: readonly Segment[];
  /** The learned model of cues the word lists miss, when one is handed in. */
  cueModel?: CueModel;
  /**
   * Pronouns that speak, already resolved to a person, in text order ("She doubled down, telling CNN: …"):
   * a later "she said" may stand for the same person. The direct pass adds them as it goes.
   */
  resolved?: { start: number; end: number; text: string; cluster: number }[];
}

/** True when offset `at` lies inside quoted words of several words (a nickname in marks still names someone). */
function quoted(ctx: Context, at: number): boolean {
  return ctx.segments.some(
    (s) => s.start <= at && at < s.end && /\S\s+\S+\s+\S/.test(ctx.text.slice(s.innerStart, s.innerEnd)),
  );
}

/** The length of the possessive mark after a name ending at `end`: 2 for "’s", 1 for "’" after an s, else 0. */
function markAfter(text: string, end: number): number {
  if (/^[’']s\b/u.test(text.slice(end, end + 3))) return 2;
  return text[end - 1] === 's' && /^[’'](?!\p{L})/u.test(text.slice(end, end + 2)) ? 1 : 0;
}

/**
 * True when the name ending at `end` is a possessive of something named in lower case after it, up to
 * `to`: "Stone’s attorney", and a name ending in s with the mark alone, "Reyes’ spokesman".
 */
export function ownsNext(ctx: Pick<Context, 'text'>, end: number, to: number): boolean {
  const mark = markAfter(ctx.text, end);
  return mark > 0 && /^\s+\p{Ll}/u.test(ctx.text.slice(end + mark, to));
}

/** True when all between `end` and `to` is a possessive mark: "’s ", or "’ " after a name ending in s. */
function possessiveMark(ctx: Pick<Context, 'text'>, end: number, to: number): boolean {
  const mark = markAfter(ctx.text, end);
  return mark > 0 && /^\s+$/u.test(ctx.text.slice(end + mark, to));
}

/** The entity mentions lying wholly inside `from..to`, outside quotes. */
export function mentionsIn(ctx: Context, from: number, to: number): EntityMention[] {
  return ctx.entities.mentions.filter((m) => m.start >= from && m.end <= to && !quoted(ctx, m.start));
}

/** A source for the text `from..to`, trimmed. */
function span(ctx: Context, from: number, to: number, cluster?: number): QuoteSource {
  while (from < to && /[\s,]/.test(ctx.text[from]!)) from++;
  while (to > from && /[\s,]/.test(ctx.text[to - 1]!)) to--;
  return { start: from, end: to, text: ctx.text.slice(from, to), ...(cluster === undefined ? {} : { cluster }) };
}

/** How many times each entity is named, per article; worked out once. */
const COUNTS = new WeakMap<ArticleEntities, number[]>();

function mentionCount(ctx: Context, cluster: number): number {
  let counts = COUNTS.get(ctx.entities);
  if (!counts) {
    counts = new Array<number>(ctx.entities.clusters.length).fill(0);
    for (const m of ctx.entities.mentions) counts[m.cluster] = (counts[m.cluster] ?? 0) + 1;
    COUNTS.set(ctx.entities, counts);
  }
  return counts[cluster] ?? 0;
}

/**
 * True for a name of unknown kind that is one capitalised word opening its sentence: too often a common
 * word ("Immigration", "Fundraising", "More") to stand for someone.
 */
export function weakOpening(ctx: Context, m: Pick<EntityMention, 'start' | 'text' | 'cluster'>): boolean {
  const cluster = ctx.entities.clusters[m.cluster];
  // "Griffin" of "Kathy Griffin" is a name wherever it stands; so is one the article names again.
  if (cluster?.type !== 'unknown' || /\s/.test(cluster.name) || mentionCount(ctx, m.cluster) > 1) return false;
  return m.start === 0 || /(?:[.!?:”"]\s+|\n\s*|[―—–-]\s*)$/.test(ctx.text.slice(Math.max(0, m.start - 3), m.start));
}

/** Mentions of `from..to` with the pronouns resolved there before, in text order. */
function withResolved(
  ctx: Context,
  mentions: EntityMention[],
  from: number,
  to: number,
): Pick<EntityMention, 'start' | 'end' | 'text' | 'cluster'>[] {
  const pronouns = ctx.resolved?.filter((r) => r.start >= from && r.end <= to);
  return pronouns?.length ? [...mentions, ...pronouns].sort((a, b) => a.start - b.start) : mentions;
}

const genders = new WeakMap<ArticleEntities, Map<number, 'female' | 'male' | undefined>>();

/**
 * Whether the article tells a woman or a man of an entity: a courtesy title or a title of office written before
 * one of its names ("Mrs. Clinton", "Congresswoman Wasserman Schultz"), or a given name that the name lists
 * and the word vectors give one sex ("Nancy Pelosi"); nothing when the signs disagree, when a given name that
 * one list alone gives the other sex puts a title in doubt, or when there are none.
 */
export function genderOf(ctx: Pick<Context, 'text' | 'entities'>, cluster: number): 'female' | 'male' | undefined {
  let known = genders.get(ctx.entities);
  if (!known) genders.set(ctx.entities, (known = new Map()));
  if (known.has(cluster)) return known.get(cluster);
  const signs = new Set<'female' | 'male'>();
  /** A given name that leans one way: no sign of its own, but a title that says otherwise is doubted. */
  const doubts = new Set<'female' | 'male'>();
  const entity = ctx.entities.clusters[cluster];
  if (entity?.type === 'person' || entity?.type === 'unknown') {
    for (const name of entity.names) {
      if (!name.includes(' ')) continue;
      const first = name.split(/\s+/)[0]!.toLowerCase();
      if (FEMALE_NAMES.has(first)) signs.add('female');
      if (MALE_NAMES.has(first)) signs.add('male');
      if (MOSTLY_FEMALE_NAMES.has(first)) doubts.add('female');
      if (MOSTLY_MALE_NAMES.has(first)) doubts.add('male');
    }
    for (const m of ctx.entities.mentions) {
      if (m.cluster !== cluster) continue;
      const title = /([\p{L}.]+)\s+$/u.exec(ctx.text.slice(Math.max(0, m.start - 24), m.start))?.[1];
      if (!title) continue;
      if (FEMALE_TITLES.test(title)) signs.add('female');
      else if (MALE_TITLES.test(title)) signs.add('male');
    }
  }
  // "Melania Trump" and "Mr. Trump" in one entity (the article names the president by surname only): no sign.
  const gender = signs.size === 1 && !(doubts.size === 1 && !doubts.has([...signs][0]!)) ? [...signs][0] : undefined;
  known.set(cluster, gender);
  return gender;
}

/** Whether a "he" or "she" may stand for the entity: not when the article tells it is of the other sex. */
export function agrees(ctx: Pick<Context, 'text' | 'entities'>, pronoun: string, cluster: number): boolean {
  const gender = genderOf(ctx, cluster);
  return !gender || (pronoun.toLowerCase() === 'she') === (gender === 'female');
}

/** The person a "he" or "she" at `at` stands for: the subject of the nearest sentence before that names one. */
export function antecedent(ctx: Context, at: number, pronoun?: string): number | undefined {
  const found = nearestPerson(ctx, at, pronoun, false);
  // "She" is no Steve Israel: when the one found is of the other sex by what the article tells, the nearest
  // one who may be — a person not of the other sex, or a name the article tells is of the pronoun's.
  if (found === undefined || !pronoun || !PERSON_PRONOUNS.has(pronoun.toLowerCase()) || agrees(ctx, pronoun, found))
    return found;
  // The signs of sex may mislead ("Taylor", "Harper", a Catalan "Joan"): with no one else who may be, the one
  // found stays.
  return nearestPerson(ctx, at, pronoun, true) ?? found;
}

/** The nearest one named who may be the person a pronoun at `at` stands for (`sexed`: of its sex). */
function nearestPerson(ctx: Context, at: number, pronoun: string | undefined, sexed: boolean): number | undefined {
  type Named = Pick<EntityMention, 'start' | 'text' | 'cluster'>;
  const type = (m: Named) => ctx.entities.clusters[m.cluster]?.type;
  const before = (m: Named) => /(\w+)\s+$/.exec(ctx.text.slice(Math.max(0, m.start - 20), m.start))?.[1]?.toLowerCase();
  const opening = (m: Named) => weakOpening(ctx, m);
  const wanted = pronoun?.toLowerCase() === 'she' ? 'female' : 'male';
  const may = (m: Named) =>
    sexed
      ? (type(m) === 'person' && agrees(ctx, pronoun!, m.cluster)) || genderOf(ctx, m.cluster) === wanted
      : type(m) === 'person' || (type(m) === 'unknown' && !opening(m));
  // A "she" already resolved stands for no one a "he" may stand for, and the other way round.
  const other = (m: Named) => {
    const word = m.text.toLowerCase();
    return (
      !!pronoun &&
      PERSON_PRONOUNS.has(word) &&
      PERSON_PRONOUNS.has(pronoun.toLowerCase()) &&
      word !== pronoun.toLowerCase()
    );
  };
  const person = (m: Named) => may(m) && !other(m) && !OBJECT_PREPOSITIONS.has(before(m) ?? '');
  const index = ctx.sentences.findIndex((s) => s.start <= at && at < s.end);
  const from = index < 0 ? ctx.sentences.length - 1 : index;
  // Four sentences back, not counting those wholly inside quotation marks (a long quote names no one).
  for (let i = from, n = 0; i >= 0 && n <= 4 && i >= from - 40; i--) {
    const s = ctx.sentences[i]!;
    if (!ctx.segments.some((q) => q.start <= s.start + 1 && s.end <= q.end + 2)) n++;
    // "He also took aim at Reid, who he said …": the same pronoun as the sentence's subject stands for
    // the same person.
    if (i === from && pronoun) {
      const opening = new RegExp(`^\\W*(${pronoun})\\b`, 'i').exec(ctx.text.slice(s.start, at));
      if (opening && s.start + opening[0].length < at) {
        const first = s.start + opening[0].length - opening[1]!.length;
        return ctx.resolved?.find((r) => r.start === first)?.cluster ?? antecedent(ctx, first, pronoun);
      }
    }
    const inside = withResolved(ctx, mentionsIn(ctx, s.start, Math.min(s.end, at)), s.start, Math.min(s.end, at));
    const first = inside.find(person);
    if (first) return first.cluster;
    // A sentence whose subject is no one named ("European leaders showed support for Trump when he
    // mentioned …"): the person named just before the pronoun, even as an object.
    if (i === from && index >= 0) {
      const last = inside.filter((m) => may(m) && !other(m)).pop();
      if (last) return last.cluster;
    }
  }
  return undefined;
}

/** Parts of speech a noun phrase is made of, read backwards from its head ("the GOP committee members"). */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** A word that opens a sentence on an adverbial ("In a letter dated Thursday, the members …"). */
const OPENING = new Set(['ADP', 'SCONJ', 'ADV']);

/** Nouns in -s that are singular ("the news", "a series"). */
const SINGULAR_IN_S = new Set([
  'news',
  'series',
  'species',
  'politics',
  'economics',
  'means',
  'headquarters',
  'physics',
]);

/** True for a plural noun: "members", "Protesters", "Republicans" (a noun or a capitalised word in -s). */
function plural(t: Token): boolean {
  const lower = t.text.toLowerCase();
  return (t.pos === 'NOUN' || t.pos === 'PROPN') && /[^su’'.]s$/.test(lower) && !SINGULAR_IN_S.has(lower);
}

/** True when a relative clause on people follows token `j` ("Republicans, who …", "those who …"). */
function relative(toks: readonly Token[], j: number): boolean {
  const next = toks[j + 1]?.text.toLowerCase();
  return next === 'who' || (next === ',' && toks[j + 2]?.text.toLowerCase() === 'who');
}

/**
 * The group a "they" at `at` stands for: the plural subject of the nearest sentence before that has one
 * ("Protesters gathered … They argued"), past an opening adverbial ("In a letter …, the GOP committee
 * members accused …"), else a plural noun a relative clause describes ("enraged Republicans, who …").
 * Its entity when one names it; people and places are no group. Three sentences back at most.
 */
export function groupAntecedent(ctx: Context, at: number): Group | undefined {
  // The same pronoun is looked at by several rules: found once per article.
  let found = GROUPS.get(ctx.sentences);
  if (!found) GROUPS.set(ctx.sentences, (found = new Map()));
  if (!found.has(at)) found.set(at, findGroup(ctx, at));
  return found.get(at);
}

type Group = TextSpan & { cluster?: number };
const GROUPS = new WeakMap<readonly Sentence[], Map<number, Group | undefined>>();

function findGroup(ctx: Context, at: number): Group | undefined {
  const index = ctx.sentences.findIndex((s) => s.start <= at && at < s.end);
  if (index < 0) return undefined;
  const outside = (t: Token) => !ctx.segments.some((q) => q.start <= t.start && t.end <= q.end);
  const named = (t: Token) => ctx.entities.mentions.find((m) => m.start <= t.start && t.end <= m.end);
  const group = (t: Token) => {
    const m = named(t);
    return !m || !/^(?:person|place)$/.test(ctx.entities.clusters[m.cluster]?.type ?? '');
  };
  for (let i = index, n = 0; i >= 0 && n < 3; i--) {
    const s = ctx.sentences[i]!;
    const toks = tokenize(ctx.text, { start: s.start, end: i === index ? at : s.end }).filter(outside);
    if (!toks.length) continue;
    n++;
    const opening = OPENING.has(toks[0]!.pos) ? toks.findIndex((t) => t.text === ',') + 1 : 0;
    let end = opening;
    while (end < toks.length && (NOUN_PHRASE.has(toks[end]!.pos) || toks[end]!.text === '-')) end++;
    let head = end - 1;
    // "…, who": the noun a relative clause describes.
    if (!(head >= opening && plural(toks[head]!) && group(toks[head]!)))
      head = toks.findIndex((t, j) => plural(t) && group(t) && relative(toks, j));
    if (head < 0) continue;
    let first = head;
    while (first > 0 && NOUN_PHRASE.has(toks[first - 1]!.pos) && !/ed$/.test(toks[first - 1]!.text)) first--;
    const m = named(toks[head]!);
    const start = toks[first]!.start;
    const span = { start, end: toks[head]!.end, text: ctx.text.slice(start, toks[head]!.end) };
    return m ? { ...span, cluster: m.cluster } : span;
  }
  return undefined;
}

/** The last word of each title of office ("chairman", "president", "minister"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...ROLE_TITLES.map((t) => t.split(' ').at(-1)!),
  ...DESCRIPTIVE_NOUNS,
]);

/** The one person who holds a role named in lower case ("the mayor", "the water commissioner"). */
function roleHolder(ctx: Context, phrase: string): number | undefined {
  const title = phrase
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/\s+/g, ' ');
  const holders = new Set(
    ctx.entities.roles.filter((r) => !r.former && r.title.toLowerCase() === title).map((r) => r.cluster),
  );
  return holders.size === 1 ? [...holders][0] : undefined;
}

/** Words that cannot end the head of a noun phrase: determiners, quantifiers, pronouns, numbers. */
const NOT_HEAD =
  /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|some|many|several|all|most|each|both|one|two|three|four|five|none|any|he|she|they|it|we|i|you|\d+)$/i;

/**
 * "Every Republican on the House Intelligence Committee", "a spokesman for the ministry", "Democrats who now
 * control the House": a head noun that names no one, before a preposition or a relative clause, is who
 * speaks; the whole phrase says so. One named right after the preposition is whom they belong to and stays
 * the entity; one inside a relative clause is not (the House does not speak for "Democrats who control it").
 */
function memberOf(ctx: Context, phrase: QuoteSource, inside: EntityMention[]): QuoteSource | undefined {
  const lead = /^([\p{L}\-’' ]+?)\s(?:(of|for|from|at|with|in|on|to)|(who|which|that))\s+(?:(?:the|a|an)\s+)?/iu.exec(
    phrase.text,
  );
  if (!lead || !inside.length) return undefined;
  const words = lead[1]!.split(/\s+/);
  const after = phrase.start + lead[0].length;
  if (words.length > 4 || NOT_HEAD.test(words.at(-1)!) || inside.some((m) => m.start < after)) return undefined;
  // "An aide to the senator", "an adviser to President Ana Ruiz": someone who serves the one named, as "a
  // spokesman for" does; "the ambassador to the United Nations": where they are posted; "people close to
  // Mr. Musk": near them, not them. "Senior adviser to the president David Axelrod": a name after the
  // complement heads the phrase.
  if (lead[2]?.toLowerCase() === 'to') {
    const noun = words.at(-1)!.toLowerCase();
    if (noun !== 'close' && !TO_NOUNS.has(noun)) return undefined;
    const named = inside
      .filter((m) => {
        const type = ctx.entities.clusters[m.cluster]?.type;
        return type === 'person' || (type === 'unknown' && /[\s-]/.test(m.text));
      })
      .at(-1);
    const determiner = /\s(?:the|a|an)\s+$/i.test(lead[0]);
    const between = ctx.text.slice(after, named?.start ?? after);
    if (named && named.end === phrase.end && determiner && between && !/\s(?:of|for|at|in|on)\s/.test(between))
      return undefined;
    const owner = inside.find((m) => /^(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.test(ctx.text.slice(after, m.start)));
    return SOMEONE_OF.has(noun) && owner
      ? { ...phrase, cluster: owner.cluster }
      : { start: phrase.start, end: phrase.end, text: phrase.text };
  }
  const type = (m: EntityMention) => ctx.entities.clusters[m.cluster]?.type;
  // "President of Mexico Felipe Calderón": a person named further on is the head after all.
  if (inside.some((m) => type(m) === 'person' && m.start !== after)) return undefined;
  const owner = lead[2] ? inside.find((m) => m.start === after) : undefined;
  // "Supporters of Sanders", "Enthusiasm for Clinton", "a friend of Mr. Stone": not the person named; "a
  // spokesman for Trump", "lawyers for Mr. Stone", "the campaign of Clinton" speak for them, and "a letter
  // from Taylor", "footage of Trump" carry their words.
  const noun = words.at(-1)!.toLowerCase();
  if (owner && type(owner) === 'person' && !SPEAKS_FOR.has(noun.replace(/s$/, '')) && !DOCUMENT_NOUNS.test(noun))
    return { start: phrase.start, end: phrase.end, text: phrase.text };
  return owner ? { ...phrase, cluster: owner.cluster } : { start: phrase.start, end: phrase.end, text: phrase.text };
}

/** Words of a time a speaker's phrase may hold: a weekday, a week, month or year, a month's day, a year, today. */
const TIME_WORDS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\\s+\\d{1,2})?|(?:19|20)\\d\\d|yesterday|today';

/**
 * A time that opens a speaker's phrase before a determiner that opens the speaker ("This week the mayor", "On
 * Monday the engineers", "That night the police", "Last year, the council").
 */
const LEAD_TIME = new RegExp(
  `^(?:(?:on|in|at|during|by|early|late|earlier|later)\\s+)?(?:(?:this|that|last|next|each|every|the\\s+same|the\\s+next|the\\s+following)\\s+)?(?:morning|afternoon|evening|night|weekend|day|tonight|${TIME_WORDS})\\s*,?\\s+(?=(?:the|a|an|his|her|its|their|our)\\s)`,
  'iu',
);

/** "The idea that …", "a claim not recognized", "There is …": an article, a demonstrative or "there" alone names no one. */
export function namesNoOne(phrase: string): boolean {
  return /^(?:a|an|the|this|that|these|those|there)$/i.test(phrase);
}

/**
 * The speaker named in `from..to` (a phrase next to a cue): an entity mention inside it, a pronoun
 * resolved to the person before, a role ("the mayor") resolved to its holder, or the phrase itself.
 */
export function resolveSpeaker(ctx: Context, from: number, to: number, lastSpeaker?: number): QuoteSource | undefined {
  let phrase = span(ctx, from, to);
  if (!phrase.text) return undefined;
  // "This week the mayor said", "On Monday the engineers said": when opens the clause, the one who speaks
  // follows it.
  const when = LEAD_TIME.exec(phrase.text);
  if (when) phrase = span(ctx, phrase.start + when[0].length, phrase.end);
  if (namesNoOne(phrase.text)) return undefined;
  // "a decision she admitted": the pronoun at the end is the subject. Not "it" as an object, after a
  // preposition or at the end of a relative clause ("people familiar with it", "officials who had seen
  // it"); "he", "she", "they", "we" and "I" are always subjects ("Later on he said").
  const tail = /(?:^|\s)(he|she|they|it|we|i)$/i.exec(phrase.text);
  const object =
    /\b(?:with|about|of|on|to|for|from|at|in|by|near|behind)\s+it$/i.test(phrase.text) ||
    /\b(?:who|that|which)\s+(?:\S+\s+){0,4}it$/i.test(phrase.text);
  if (tail && tail[0] !== phrase.text && !object) phrase = span(ctx, phrase.end - tail[1]!.length, phrase.end);
  const lower = phrase.text.toLowerCase();
  if (SPEAKER_PRONOUNS.has(lower)) {
    if (lower === 'they') {
      const group = groupAntecedent(ctx, phrase.start);
      if (group?.cluster !== undefined) return { ...phrase, cluster: group.cluster };
      if (group) return { ...phrase, refersTo: { start: group.start, end: group.end, text: group.text } };
    }
    // The one who spoke last, unless the pronoun says otherwise ("“…,” Sanders said. … she said").
    const last = lastSpeaker !== undefined && agrees(ctx, lower, lastSpeaker) ? lastSpeaker : undefined;
    const cluster = PERSON_PRONOUNS.has(lower) ? (last ?? antecedent(ctx, phrase.start, lower)) : undefined;
    return { ...phrase, ...(cluster === undefined ? {} : { cluster }) };
  }
  // "a statement released by the White House", "the speech delivered by the mother of …": the agent of
  // a participle after what is written or said is whose words they are.
  const author = authorOf(ctx, phrase);
  if (author) return resolveSpeaker(ctx, author.start, author.end, lastSpeaker);
  // "Analysts polled by Reuters", "farmers hit by the drought", "a letter sent to Congress": the agent of a
  // participle after people, or the one told, is not who speaks (only the participle's own clause).
  // "Stone’s attorney", "the mayor’s office": someone of the one named speaks, not the one named.
  const clause = participleClause(ctx, phrase);
  const inside = mentionsIn(ctx, phrase.start, phrase.end).filter(
    (m) => !ownsNext(ctx, m.end, phrase.end) && !(clause && m.end > clause.start && m.start < clause.end),
  );
  const belongs = memberOf(ctx, phrase, inside);
  if (belongs) return belongs;
  // "Mukasey, the attorney general under President George W. Bush,": the one named before the
  // apposition is the head of the phrase.
  const comma = phrase.text.indexOf(',');
  const head = comma > 0 ? inside.filter((m) => m.end <= phrase.start + comma) : [];
  if (head.length) inside.splice(0, inside.length, ...head);
  // "Capt. Ronald S. Johnson of the Missouri State Highway Patrol": the one named before the preposition.
  const preposition = /\s(?:of|for|from|at|with|in|on|about)\s/.exec(phrase.text);
  const named = preposition ? inside.filter((m) => m.end <= phrase.start + preposition.index) : [];
  if (named.length) inside.splice(0, inside.length, ...named);
  // "Russia’s ambassador to the United Nations": where one is posted does not speak.
  const posting = /([\p{L}]+)\s+to\s/u.exec(phrase.text);
  if (posting && TO_NOUNS.has(posting[1]!.toLowerCase()) && !SOMEONE_OF.has(posting[1]!.toLowerCase())) {
    const at = phrase.start + posting.index + posting[0].length;
    const end = phrase.text.indexOf(',', posting.index);
    // "the ambassador to Ukraine Marie Yovanovitch": a person's name that ends the phrase is the one posted.
    const holder = (m: EntityMention) =>
      m.end === phrase.end &&
      m.start > at &&
      (ctx.entities.clusters[m.cluster]?.type === 'person' ||
        (ctx.entities.clusters[m.cluster]?.type === 'unknown' && /\s/.test(m.text)));
    const kept = inside.filter((m) => m.start < at || (end > 0 && m.start > phrase.start + end) || holder(m));
    inside.splice(0, inside.length, ...kept);
  }
  const person = inside.filter((m) => ctx.entities.clusters[m.cluster]?.type === 'person').pop();
  // "The Florida senator", "the Kyiv mayor": a place that qualifies the noun after it is not who speaks.
  // So is an organisation before a role ("the RNC chairman", "a White House spokesman").
  // Not one a participle follows ("a letter from the American Legion obtained by …").
  const qualifier = (m: EntityMention) =>
    /^(?:place|organisation|unknown)$/.test(ctx.entities.clusters[m.cluster]?.type ?? '') &&
    /^\s+\p{Ll}/u.test(ctx.text.slice(m.end, phrase.end)) &&
    !(clause && m.end <= clause.start && !ctx.text.slice(m.end, clause.start).trim());
  const chosen = person ?? inside.filter((m) => !qualifier(m)).pop();
  if (chosen) {
    // "the U.S. Attorney’s Office": a name whose possessor is named just before it is named with it.
    const owner =
      !person && mentionsIn(ctx, phrase.start, chosen.start).find((m) => possessiveMark(ctx, m.end, chosen.start));
    return span(ctx, owner ? owner.start : chosen.start, chosen.end, chosen.cluster);
  }
  const holder = roleHolder(ctx, phrase.text) ?? described(ctx, phrase);
  if (holder !== undefined) return { ...phrase, cluster: holder };
  return nounPhrase(ctx, phrase);
}

/** A noun phrase, a participle and "by" or "to" after it ("Analysts polled by", "Teachers forced to"). */
const AGENT = new RegExp(
  String.raw`^([\p{L}\p{N}’'.\- ]*?[\p{L}\p{N}.])\s+(\p{Ll}+)(?:\s+(?:${PARTICIPLE_PARTICLES.join('|')}|\p{Ll}+ly))?\s+(by|to)\s`,
  'u',
);

/**
 * The reduced relative clause of a speaker phrase whose agent or the one told is not who speaks: from its
 * participle to a comma or a dash ("Analysts [polled by Reuters]", "a letter [sent to Congress]"; not "a
 * statement released by the White House", whose agent's words it holds).
 */
function participleClause(ctx: Context, phrase: TextSpan): { start: number; end: number } | undefined {
  const agent = AGENT.exec(phrase.text);
  if (!agent || !participle(agent[2]!) || authorOf(ctx, phrase)) return undefined;
  const rest = phrase.text.slice(agent[0].length);
  // "A letter sent by email to the White House": how it went and to whom, all of it the clause.
  const means = agent[3] === 'by' && MEANS.test(rest);
  const length = means
    ? (/,|\s[-―—–]\s|[―—–]/u.exec(rest)?.index ?? rest.length)
    : agentLength(phrase, agent[0].length);
  return { start: phrase.start + agent[1]!.length, end: phrase.start + agent[0].length + length };
}

/** How far the agent that starts at `at` in a phrase runs: to a comma, a dash, or the one it was sent to. */
function agentLength(phrase: TextSpan, at: number): number {
  const rest = phrase.text.slice(at);
  // "sent by the Pentagon to Congress": the one it was sent to is not part of the agent.
  const stop = /,|\s[-―—–]\s|[―—–]|\sto\s/u.exec(rest);
  // When, after the agent, is not part of it ("released by the premier's office on Monday").
  return (stop ? rest.slice(0, stop.index) : rest).replace(AGENT_TIME, '').length;
}

/** Where a phrase ends without a time at its end ("the agency on Monday" → "the agency"). */
export function withoutTime(ctx: Context, start: number, end: number): number {
  const m = AGENT_TIME.exec(ctx.text.slice(start, end));
  return m && m.index > 0 ? start + m.index : end;
}

/** A time at the end of an agent's phrase. */
const AGENT_TIME = new RegExp(
  `\\s+(?:(?:late|early)\\s+)?(?:(?:on|last|this|in|late|early|earlier)\\s+)?(?:${TIME_WORDS})$`,
  'iu',
);

/**
 * The agent of a participle after a noun for what is written or said, who made it ("a statement
 * released by the White House", "a poll conducted by Gallup"); not one who got hold of it ("a memo seen by
 * Reuters").
 */
function authorOf(ctx: Context, phrase: TextSpan): TextSpan | undefined {
  const agent = AGENT.exec(phrase.text);
  if (!agent || !participle(agent[2]!) || ACCESS_PARTICIPLES.has(agent[2]!.toLowerCase())) return undefined;
  // Only what is written or said; not one named ("The Statement, …").
  if (!documentHead(agent[1]!) || nameEndsAt(ctx, phrase.start + agent[1]!.length)) return undefined;
  // "a letter sent to Congress by the Pentagon": the one told first, then the author.
  let at = agent[0].length;
  if (agent[3] !== 'by') {
    const by = /^[^,―—–]*?\sby\s/u.exec(phrase.text.slice(at));
    if (!by) return undefined;
    at += by[0].length;
  }
  // "A letter sent by email to parents": how it went, not who wrote it.
  if (MEANS.test(phrase.text.slice(at))) return undefined;
  const length = agentLength(phrase, at);
  const start = phrase.start + at;
  return length > 0 ? { start, end: start + length, text: phrase.text.slice(at, at + length) } : undefined;
}

/**
 * True when a person's or an organisation's name ends at `end`: a head that is a name is someone
 * ("Sullivan, struck by her story, told her"; a capital word of unknown kind opening a sentence may be a
 * common noun: "Figures released by the ministry").
 */
export function nameEndsAt(ctx: Context, end: number): boolean {
  return ctx.entities.mentions.some(
    (m) => m.end === end && /^(?:person|organisation)$/.test(ctx.entities.clusters[m.cluster]?.type ?? ''),
  );
}

/** True when the last words of a phrase name what is written or said ("A statement", "Figures", not "Opposition figures"). */
export function documentHead(words: string): boolean {
  const all = words.split(/\s+/);
  const last = all.at(-1)!;
  if (!DOCUMENT_NOUNS.test(last)) return false;
  return !(/^figures$/i.test(last) && all.length > 1 && PEOPLE_FIGURES.test(all.at(-2)!));
}

/** A past participle: a word in "-ed" (not "need", "red"), or one of the irregular ones. */
export function participle(word: string): boolean {
  const lower = word.toLowerCase();
  return (lower.length > 4 && /[^e]ed$|ied$/.test(lower)) || IRREGULAR_PARTICIPLES.has(lower);
}

/** Parts of speech a noun phrase does not open with, in lower case ("of civic …", "would any …"). */
const NOT_OPENING = new Set(['AUX', 'ADP', 'SCONJ', 'CCONJ', 'PART']);
/** Prepositions that open a quantity ("over 100 residents", "at least three people", "about half of them"). */
const QUANTITY_OPENING = new Set(['over', 'about', 'around', 'under', 'at', 'up', 'nearly', 'almost', 'roughly']);
/** Parts of speech after a verb that make it a verb's phrase ("incurred a wave", "give them"). */
const VERB_OBJECT = new Set(['DET', 'PRON', 'ADP', 'NUM', 'AUX', 'PART', 'ADV']);
/** Words that open a relative clause inside a speaker phrase ("Democrats who now control the House"). */
const RELATIVES = new Set(['who', 'whose', 'that', 'which']);
/** Heads of a noun phrase ("men", "Those") and what opens a clause's own subject after one ("the", "we"). */
const HEADS = new Set(['NOUN', 'PROPN', 'DET', 'PRON']);
const SUBJECT_OPENING = new Set(['DET', 'PRON']);

/**
 * The words that name no one known, as far as they can stand for who spoke: a noun phrase, read in its
 * sentence. Undefined for a phrase that opens on a verb with what a verb takes ("incurred a wave",
 * "give them"), an auxiliary, a preposition (but a quantity: "over 100 residents", "at least three
 * people") or a conjunction; a clause is cut before its auxiliary ("An angry crowd had gathered" → "An
 * angry crowd"), but not a relative clause ("Democrats who now control the House") nor an infinitive
 * ("Employees expected to be laid off"). The tagger takes some nouns for verbs: a word that follows
 * "according to" names a source whatever its tag ("according to people in the town", "police"), and a
 * word alone is a verb only after "to" or an auxiliary ("updated to include").
 */
function nounPhrase(ctx: Context, phrase: QuoteSource): QuoteSource | undefined {
  const s = ctx.sentences.find((x) => x.start <= phrase.start && phrase.end <= x.end);
  if (!s) return phrase;
  const toks = tokenize(ctx.text, s);
  const i = toks.findIndex((t) => t.start >= phrase.start && /[\p{L}\p{N}]/u.test(t.text));
  const first = toks[i];
  if (!first || first.end > phrase.end) return phrase;
  const lower = (t: Token) => /^\p{Ll}/u.test(t.text);
  const word = (k: number) => toks[k]?.text.toLowerCase();
  const inside = (k: number) => toks[k] !== undefined && toks[k]!.end <= phrase.end;
  const next = inside(i + 1) ? toks[i + 1] : undefined;
  // After "to": "according to" names a source whatever the tag; an infinitive is a verb alone ("updated to
  // include"), else the end of a longer subject the phrase does not reach ("Workers set to lose their jobs").
  if (word(i - 1) === 'to') return word(i - 2) === 'according' || next || first.pos !== 'VERB' ? phrase : undefined;
  if (lower(first)) {
    if (NOT_OPENING.has(first.pos) && !(first.pos === 'ADP' && QUANTITY_OPENING.has(word(i)!))) return undefined;
    if (first.pos === 'VERB' && (next ? VERB_OBJECT.has(next.pos) : toks[i - 1]?.pos === 'AUX')) return undefined;
  }
  for (let j = i + 1; inside(j); j++) {
    const t = toks[j]!;
    if (RELATIVES.has(word(j)!)) break;
    if (t.pos !== 'AUX' || !lower(t) || word(j - 1) === 'to') continue;
    // A relative clause without "who" or "that": a noun, then the clause's own subject ("Those we have
    // interviewed", "The men the police have charged").
    if (toks.slice(i, j - 1).some((x, k) => HEADS.has(x.pos) && SUBJECT_OPENING.has(toks[i + k + 1]!.pos))) break;
    return span(ctx, phrase.start, toks[j - 1]!.end);
  }
  return phrase;
}

/**
 * "the RNC chairman", "the Ukrainian leader": a definite description by a title of office and who or
 * where it is held ("the officer" alone is too vague to stand for the one named last).
 */
const DESCRIPTION = /^[Tt]he\s+(?:former\s+|then-?)?(?:[\p{Lu}][\p{L}.&-]*\s+)+([\p{Ll}-]+)$/u;

/**
 * The person a definite description by a title stands for when no one holds that title in the article
 * ("reactions to Michael Steele on Friday, after the RNC chairman was caught on camera saying …"): the
 * last person named before it in its sentence, else the subject of the sentence before.
 */
function described(ctx: Context, phrase: QuoteSource): number | undefined {
  const match = DESCRIPTION.exec(phrase.text);
  const title = match?.[1]?.toLowerCase();
  if (!match || !title || !TITLE_WORDS.has(title)) return undefined;
  // "the GOP front-runner" after "GOP presidential hopeful Donald Trump": the one named last with the
  // same qualifier just before the name.
  const qualifier = /\s(\p{Lu}[\p{L}.&-]*)\s+[\p{Ll}-]+$/u.exec(phrase.text)?.[1];
  if (qualifier) {
    const near = ctx.entities.mentions.filter(
      (m) =>
        m.end <= phrase.start &&
        ctx.entities.clusters[m.cluster]?.type === 'person' &&
        new RegExp(`(?:^|\\s)${qualifier.replace(/[.&]/g, '\\$&')}\\s+(?:[\\p{L}-]+\\s+){0,3}$`, 'u').test(
          ctx.text.slice(Math.max(0, m.start - 50), m.start),
        ),
    );
    if (near.length) return near.at(-1)!.cluster;
  }
  const sentence = ctx.sentences.find((x) => x.start <= phrase.start && phrase.start < x.end);
  const named = sentence
    ? mentionsIn(ctx, sentence.start, phrase.start).filter((m) => ctx.entities.clusters[m.cluster]?.type === 'person')
    : [];
  return named.at(-1)?.cluster ?? antecedent(ctx, phrase.start);
}
