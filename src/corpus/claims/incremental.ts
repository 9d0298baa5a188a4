/**
 * The cross-check, incremental. Each article contributes items (its numbers with a measure, the roles
 * it states, the evidence of its quotes) to partitions that are checked on their own:
 * - `f|<event>`: the sentences of one event's articles, matched into facts (facts.ts);
 * - `q|<story>|<kind>|<measure>|<unit>`: the values of one measure in one story, and their conflict;
 * - `r|<person>|<title>`: one person's claims to one title, qualifiers left out ("special envoy" is
 *   "envoy"; by organisation, holder or former), and the
 *   "former" conflicts among them;
 * - `s|<statement>`: the claim that a speaker said the words of one statement;
 * and, over the role partitions, the holder conflicts of each office (`h:<office>`). A change checks
 * again only the partitions it touches, so the result does not depend on the order articles came in.
 *
 * Items: `a:<article>` what is known of an article (its source, order and partitions);
 * `c:<partition>|<article>` what it contributes to one partition; `qe:<article>|<quote>` the evidence of
 * one of its quotes; `r:<partition>` a partition's claims and conflicts; `h:<office>` a holder
 * conflict. A partition checked again reads only its own contributions, small items, not whole articles.
 * Terms: `p:<partition>` → its articles, each filed as its order (date, outlet, id: a large event's first
 * reports are read without the rest); `e:<entity>` → partitions naming the entity; `o:<office>` → role
 * partitions with a claim to it.
 */
import { createHash } from 'node:crypto';
import { outletLetters } from '../../article/outlet-names.ts';
import { parseReference } from '../../stages/dates/calendar.ts';
import type { Quantity } from '../../stages/quantities/types.ts';
import type { Quote } from '../../stages/quotes/types.ts';
import type { RoleMention } from '../../stages/entities/types.ts';
import { ItemCache, type ItemStore } from '../items.ts';
import { measureClaims, outletList, type QuantityItem } from './quantity.ts';
import {
  coreTitle,
  formerConflicts,
  holderConflicts,
  isHolderClaim,
  personRoleClaims,
  statesOnlyRole,
  type RoleClaim,
} from './roles.ts';
import { distinct, evidence, relayedSource, stableId } from './sources.ts';
import {
  contentKey,
  findBlames,
  findCorrections,
  findDenials,
  findTogether,
  findReversals,
  findChargeStatuses,
  findStances,
  findTenures,
  isEarlierPosition,
  namesIn,
} from './denials.ts';
import { UnionFind } from '../union-find.ts';
import {
  FACT_DEFAULTS,
  attributedWording,
  matchFacts,
  namedWording,
  opensWithPronoun,
  wordingOf,
  type FactFrame,
} from './facts.ts';
import { reversalIssue } from './issues.ts';
import { positionClaims } from './positions.ts';
import { datesAgree, findSchedules, nounOf, sameThing } from './schedules.ts';
import { sentenceFact } from './sentence-facts.ts';
import { findHappenings, timesDisagree } from './happenings.ts';
import {
  CLAUSE_DETERMINERS,
  CLAUSE_OPENERS,
  CLAUSE_OPENERS_BEFORE_COMMA,
  CLAUSE_QUANTIFIERS,
  COMMON_SOURCES,
} from '../../locales/en/denials.ts';
import { MONTH_NAMES, WEEKDAYS } from '../../locales/en/dates.ts';
import { HAPPENING_WORDS } from '../../locales/en/happenings.ts';
import { KIN_GENDER } from '../../locales/en/names.ts';
import { shorten } from './shorten.ts';
import { attestedWording, ownWordsOf, sharesOwnWords, STATEMENT_DEFAULTS, wordsIn } from './statements.ts';
import { itemKey, packed, reportItems, reportView, unpacked, type PartitionItem } from './views.ts';
import type { Claim, ClaimArticle, Conflict, Evidence, Position } from './types.ts';

/** Evidence before its source is known. */
type Unsourced = Omit<Evidence, 'source'>;

/** What one article contributes. */
interface Contributions {
  quantities: { key: string; q: Quantity; ev: Unsourced; speaker?: number }[];
  /** Its sentences' frames (those long enough to state a fact), with their evidence. */
  frames: FrameContribution[];
  roles: { cluster: number; role: Omit<RoleMention, 'cluster'>; ev: Unsourced }[];
  quotes: Record<string, Unsourced>;
  /** Its denials: a claim and someone's denial of it, both in this article (denials.ts). */
  denials: DenialContribution[];
  /** Its corrections of who did something ("did not come from A but from B"). */
  corrections?: CorrectionContribution[];
  /** Whom its people blame ("Hunter had blamed his wife … for …"), and who it tells did something together. */
  blames?: BlameContribution[];
  together?: TogetherContribution[];
  /** The positions its people take on issues ("did not rule out sending U.S. troops"). */
  stances?: StanceContribution[];
  /** The changes of position it reports ("has changed his story"), and the positions it says were held before. */
  reversals?: ReversalContribution[];
  positions?: PositionContribution[];
  /** The times its people held offices ("served from 1967 to 1979"). */
  tenures?: TenureContribution[];
  /** Whether its people have been charged ("has been charged", "no charges have been filed"). */
  statuses?: StatusContribution[];
  /** The dates it puts things on ("The primary would be held on April 30"). */
  schedules?: ScheduleContribution[];
  /** The dates its people's once-only happenings happened ("quit earlier this month"). */
  happenings?: HappeningContribution[];
  /** The source it counts for when it derives from no other article: its outlet, else its id. */
  self: string;
  /** The order evidence is listed in: by date, then outlet, then article. */
  order: string;
}

/** A denial as an article contributes it: the claim (when the article says it) and the denial, who made each. */
interface DenialContribution {
  claim?: Unsourced;
  denial: Unsourced;
  claimBy?: string;
  denialBy?: string;
  content: string;
  verb: string;
  form: 'cue' | 'falsity' | 'insist' | 'charges' | 'intent';
  key: string[];
  names: string[];
}

/** A change of position as an article reports it: the position before, when it says it, and after. */
interface ReversalContribution {
  earlier?: Unsourced;
  later: Unsourced;
  key: string[];
  names: string[];
}

/** A time someone held an office, as an article contributes it: its holder as the article knows them. */
interface TenureContribution {
  cluster: number;
  from: number;
  to: number;
  title?: string;
  ev: Unsourced;
}

/** Whether someone has been charged, as an article contributes it. */
interface StatusContribution {
  cluster: number;
  status: 'charged' | 'not yet charged';
  ev: Unsourced;
}

/** A thing put on a date (schedules.ts). */
interface ScheduleContribution {
  thing: string;
  value: string;
  date: string;
  ev: Unsourced;
}

/** A person's dated happening (happenings.ts): the person as the article knows them. */
interface HappeningContribution {
  cluster: number;
  happening: string;
  value: string;
  date: string;
  by: boolean;
  ev: Unsourced;
}

/** A position an article says was held before ("Stone has previously admitted …"): one side of a change told elsewhere. */
interface PositionContribution {
  ev: Unsourced;
  key: string[];
  names: string[];
}

/** A blame (denials.ts `findBlames`): the sentence, keys of the blamer and the one blamed, and the words. */
interface BlameContribution {
  who: string;
  whom: string;
  whoText: string;
  whomText: string;
  what: string;
  ev: Unsourced;
}

/** Two told together in an accusation's frame (denials.ts `findTogether`). */
interface TogetherContribution {
  who: string;
  whom: string;
  ev: Unsourced;
}

/** A correction of who did something, as an article contributes it. */
interface CorrectionContribution {
  about: string;
  not: Unsourced;
  but: Unsourced;
  notName: string;
  butName: string;
  by?: string;
}

/** A position taken, as an article contributes it: its holder as the article knows them. */
interface StanceContribution {
  cluster: number;
  stance: 'for' | 'against';
  phrase: string;
  issue: string;
  key: string[];
  /** Said in the holder's own words, in a quote. */
  quoted?: true;
  ev: Unsourced;
}

/** One sentence's frame as an article contributes it: its anchors with entities as the article knows them. */
interface FrameContribution {
  entities: number[];
  anchors: string[];
  /** Each predicate with its subject and what it is done to or about (entities of the article, terms). */
  events: { predicate: string; subject?: number; entities?: number[]; terms?: string[] }[];
  negated: boolean;
  words: number;
  /** The entity whose words it reports, when it is (in) a quote with a known speaker. */
  speaker?: number;
  /** The named go-betweens of the words it reports, from the outlet back towards their origin. */
  via?: number[];
  /** True when it is someone's quoted words rather than the outlet's own (direct quotes cover most of it). */
  quoted?: true;
  /** The position it takes, when it holds a stance phrase ("did not rule out …": for; "ruled out …": against). */
  stance?: 'for' | 'against';
  /** The words it tells in its own voice, when a direct quote lies in it (`ownWordsOf`). */
  own?: string[];
  /** Whose words it is, when it does not say so itself (`referentOf`): the speaker of the quote it holds. */
  referent?: number;
  ev: Unsourced;
}

/** What is kept of an article: its contributions to each partition are items of their own. */
interface ArticleItem extends Pick<
  Contributions,
  'self' | 'order' | 'reversals' | 'positions' | 'tenures' | 'statuses' | 'schedules' | 'happenings'
> {
  quantities: Contributions['quantities'];
  denials?: Contributions['denials'];
  corrections?: CorrectionContribution[];
  blames?: BlameContribution[];
  together?: TogetherContribution[];
  stances?: StanceContribution[];
  roles: Contributions['roles'];
  frames: Contributions['frames'];
  /** The partitions it is filed under. */
  partitions: string[];
  /** Its quotes with evidence (ids). */
  quotes: string[];
}

/** What an article contributes to one partition. */
type PartItem = Pick<Contributions, 'self' | 'order'> &
  Partial<
    Pick<
      Contributions,
      | 'quantities'
      | 'roles'
      | 'frames'
      | 'denials'
      | 'corrections'
      | 'blames'
      | 'together'
      | 'stances'
      | 'reversals'
      | 'positions'
      | 'tenures'
      | 'statuses'
      | 'schedules'
      | 'happenings'
    >
  >;

/** The evidence of one quote, with what its source and place in the list come from. */
type QuoteEvidence = Pick<Contributions, 'self' | 'order'> & { ev: Unsourced };

/** What the cross-check needs to know of the rest of the corpus. */
export interface ClaimEnvironment {
  /** The corpus entity of an article's entity (cluster), with its name and type. */
  entityOf(article: string, cluster: number | undefined): { id: string; name: string; type: string } | undefined;
  /** An entity's name by id. */
  entityName(id: string): string | undefined;
  /** The story (storyline) of an article: numbers are compared within one. */
  storyOf(article: string): string | undefined;
  /**
   * The event of an article: sentences are matched into facts within one (a fact is about one
   * happening, and an event stays small where a storyline may hold thousands of articles). Undefined:
   * the article is in no event yet, and makes no fact.
   */
  eventOf(article: string): string | undefined;
  /** The source an article counts for when it derives from another (its original's outlet), else undefined. */
  groupSource(article: string): string | undefined;
  /**
   * A statement of the quotes stage: its speaker, text, whether a quote of it is direct, its quotes, and
   * the statements of its variant when it has one (the same words of its speaker worded differently by
   * other outlets, earliest wording first, itself among them).
   */
  statement(id: string):
    | {
        speaker: string | null;
        text: string;
        /** The one told, by name ("Mr. Credico"), when the words were told to someone. */
        hearer?: string;
        direct: boolean;
        quotes: { article: string; id: string }[];
        variant?: readonly string[];
      }
    | undefined;
  /** The statement a quote of an article is in (its id), when the quotes stage knows it. */
  statementOfQuote?(article: string, quote: string): string | undefined;
}

/** Strips the source of a piece of evidence, to keep it until its source is known. */
function unsourced(e: Evidence): Unsourced {
  const { source: _source, ...rest } = e;
  return rest;
}

/** What an article contributes, from its text, sentences, quantities, entities and quotes. */
export function contributions(a: ClaimArticle, quoteIds: (q: ClaimArticle['quotes'][number]) => string): Contributions {
  const quantities: Contributions['quantities'] = [];
  for (const q of a.quantities) {
    if (!q.measure) continue;
    const quote = a.quotes.find((x) => x.start <= q.start && q.end <= x.end && x.speaker);
    const speaker = quote?.speaker?.cluster;
    quantities.push({
      key: `${q.kind}|${q.measure}|${q.unit}`,
      q,
      ev: unsourced(evidence(a, q, '', q.text)),
      ...(speaker !== undefined ? { speaker } : {}),
    });
  }
  const roles: Contributions['roles'] = a.entities.roles.map(({ cluster, ...role }) => ({
    cluster,
    role,
    ev: unsourced(evidence(a, role, '')),
  }));
  // A quote's evidence runs through the parts that go on with its words ("“A,” Trump wrote. “B.”"): the
  // quotes stage makes them one statement, and a reader sees all of it (each part keeps its own too).
  const ends = new Map<Quote, number>();
  for (const q of a.quotes) {
    if (!q.continues) continue;
    const head = a.quotes.findLast((x) => x.kind === 'direct' && x.end <= q.start && !x.continues);
    if (head) ends.set(head, Math.max(ends.get(head) ?? head.end, q.end));
  }
  const quotes: Record<string, Unsourced> = {};
  for (const q of a.quotes)
    quotes[quoteIds(q)] = unsourced(evidence(a, { start: q.start, end: ends.get(q) ?? q.end }, ''));
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  const frames: FrameContribution[] = a.propositions
    .filter(
      (p) =>
        p.words >= FACT_DEFAULTS.minWords &&
        p.entities.length + p.predicates.length + p.terms.length >= 2 &&
        !shortQuoteInFrame(a, p) &&
        !statesOnlyRole(a.text, p, a.entities.mentions),
    )
    .map((p) => ({
      entities: p.entities,
      anchors: [...p.predicates, ...p.terms],
      events: p.events.map((e) => ({
        predicate: e.predicate,
        ...(e.subject !== undefined ? { subject: e.subject } : {}),
        ...(e.entities.length ? { entities: e.entities } : {}),
        ...(e.terms.length ? { terms: e.terms } : {}),
      })),
      negated: p.negated,
      words: p.words,
      ...(p.speaker !== undefined ? { speaker: p.speaker } : {}),
      ...(p.via?.length ? { via: p.via } : {}),
      ...(quotedShare(a, p) >= QUOTED_SHARE ? { quoted: true as const } : {}),
      ...ownOf(a.text, trimmed(a.text, p), direct),
      ...referentOf(a.text, trimmed(a.text, p), p.speaker, quotedShare(a, p) >= QUOTED_SHARE),
      ev: unsourced(evidence(a, trimmed(a.text, p), '')),
    }));
  const denials: DenialContribution[] = findDenials(a.text, a.sentences).map((d) => ({
    ...(d.claim ? { claim: unsourced(evidence(a, d.claim, '')) } : {}),
    denial: unsourced(evidence(a, d.denial, '')),
    ...(d.claim?.by ? { claimBy: d.claim.by } : {}),
    ...(d.denial.by ? { denialBy: namedSpeaker(a, d.denial, d.denial.by) } : {}),
    content: d.content,
    verb: d.verb,
    form: d.form,
    key: d.key,
    names: d.names,
  }));
  const reversals: ReversalContribution[] = findReversals(a.text, a.sentences).map((r) => ({
    ...(r.earlier ? { earlier: unsourced(evidence(a, r.earlier, '')) } : {}),
    later: unsourced(evidence(a, r.later, '')),
    key: r.key,
    names: r.names,
  }));
  const positions: PositionContribution[] = a.sentences
    .map((span) => ({ span, words: a.text.slice(span.start, span.end) }))
    .filter((x) => isEarlierPosition(x.words))
    .map((x) => ({ ev: unsourced(evidence(a, x.span, '')), key: contentKey(x.words), names: namesIn(x.words) }));
  const corrections: CorrectionContribution[] = findCorrections(a.text, a.sentences).map((c) => ({
    about: c.about,
    not: unsourced(evidence(a, c.not, '')),
    but: unsourced(evidence(a, c.but, '')),
    notName: c.not.name,
    butName: c.but.name,
    ...(c.by ? { by: c.by } : {}),
  }));
  const blames: BlameContribution[] = findBlames(a.text, a.sentences).map((b) => ({
    who: b.who,
    whom: b.whom,
    whoText: b.whoText,
    whomText: b.whomText,
    what: b.what,
    ev: unsourced(evidence(a, b.sentence, '')),
  }));
  const together: TogetherContribution[] = findTogether(a.text, a.sentences).map((t) => ({
    who: t.who,
    whom: t.whom,
    ev: unsourced(evidence(a, t.sentence, '')),
  }));
  const tenures: TenureContribution[] = findTenures(a.text, a.sentences, a.entities.mentions).map((x) => ({
    cluster: x.cluster,
    from: x.from,
    to: x.to,
    ...(x.title ? { title: x.title } : {}),
    ev: unsourced(evidence(a, x.span, '')),
  }));
  const statuses: StatusContribution[] = findChargeStatuses(a.text, a.sentences, a.entities.mentions).map((x) => ({
    cluster: x.cluster,
    status: x.status,
    ev: unsourced(evidence(a, x.span, '')),
  }));
  const schedules: ScheduleContribution[] = findSchedules(a.text, a.sentences, a.dates ?? []).map((x) => ({
    thing: x.thing,
    value: x.value,
    date: x.date,
    ev: unsourced(evidence(a, x.span, '')),
  }));
  const happenings: HappeningContribution[] = findHappenings(
    a.text,
    a.sentences,
    a.entities.mentions,
    a.dates ?? [],
  ).map((x) => ({
    cluster: x.cluster,
    happening: x.happening,
    value: x.value,
    date: x.date,
    by: x.by,
    ev: unsourced(evidence(a, x.span, '')),
  }));
  const found = findStances(a.text, a.sentences, a.entities.mentions, a.quotes);
  // A sentence that takes a position says so: two that take opposite ones are never one fact.
  for (const f of frames) {
    const x = found.find((s) => f.ev.start <= s.span.start && s.span.start < f.ev.end);
    if (x) f.stance = x.stance;
  }
  const stances: StanceContribution[] = found.map((x) => ({
    cluster: x.cluster,
    stance: x.stance,
    phrase: x.phrase,
    issue: x.issue,
    key: x.key,
    ...(x.quoted ? { quoted: true as const } : {}),
    ev: unsourced(evidence(a, x.span, '')),
  }));
  return {
    quantities,
    frames,
    roles,
    quotes,
    denials,
    ...(corrections.length ? { corrections } : {}),
    ...(blames.length ? { blames } : {}),
    ...(together.length ? { together } : {}),
    ...(stances.length ? { stances } : {}),
    ...(reversals.length ? { reversals } : {}),
    ...(positions.length ? { positions } : {}),
    ...(tenures.length ? { tenures } : {}),
    ...(statuses.length ? { statuses } : {}),
    ...(schedules.length ? { schedules } : {}),
    ...(happenings.length ? { happenings } : {}),
    // A wire's story carried, or another outlet's article copied, counts for the outlet it names.
    self:
      (a.provenance?.kind === 'relay' || a.provenance?.kind === 'copy' ? a.provenance.of : undefined) ??
      a.outlet ??
      a.id,
    order: `${a.published ?? '~'}\u0000${a.outlet ?? a.label ?? '~'}\u0000${a.id}`,
  };
}

/**
 * True when two denials are one dispute: one over the other's words in one article; two answers to
 * charges naming the same person; or denials whose words share at least three content words and a
 * third of the shorter's.
 */
function sameDenial(a: DenialContribution, b: DenialContribution, sameArticle: boolean): boolean {
  const spans = (d: DenialContribution) => [d.denial, ...(d.claim ? [d.claim] : [])];
  if (sameArticle && spans(a).some((x) => spans(b).some((y) => x.start < y.end && y.start < x.end))) return true;
  if (a.form === 'charges' && b.form === 'charges' && a.names.some((n) => b.names.includes(n))) return true;
  const shared = a.key.filter((w) => b.key.includes(w)).length;
  return shared >= 3 && shared >= Math.min(a.key.length, b.key.length) / 3;
}

/** Least words of a sentence two outlets print word for word for it to tell one origin. */
const VERBATIM_WORDS = 8;

/**
 * The evidence of a fact's sentences, a sentence that outlets print word for word in their own voice counted
 * for one source: the first's (in the evidence's order). Such a sentence came from one origin — a wire both
 * carry ("The final wording won't be released until the NAACP's national board … approves" in Fox News and
 * HuffPost) — and corroborates nothing. Sentences mostly of someone's quoted words are alike because they
 * quote alike, and keep their sources.
 */
function oneOrigin(members: readonly { ev: Evidence; quoted?: boolean }[]): Evidence[] {
  const origin = new Map<string, string>();
  return members.map(({ ev, quoted }) => {
    const words = quoted ? [] : (ev.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    if (words.length < VERBATIM_WORDS) return ev;
    const key = words.join(' ');
    const source = origin.get(key);
    if (source === undefined) origin.set(key, ev.source);
    return source === undefined || source === ev.source ? ev : { ...ev, source };
  });
}

/** Pronouns a denial's sentence may name its denier by ("He also rejected reports that …"). */
const DENIER_PRONOUNS = new Set(['he', 'she', 'they']);

/**
 * Who denies, by name: a pronoun ("He also rejected reports that …") stands for the speaker the quotes stage
 * found for it in that sentence (the one its "he" stands for); else the words as the sentence gives them.
 */
function namedSpeaker(a: ClaimArticle, span: { start: number; end: number }, by: string): string {
  if (!DENIER_PRONOUNS.has(by.toLowerCase())) return by;
  for (const q of a.quotes) {
    const speaker = q.speaker;
    if (!speaker || speaker.cluster === undefined || speaker.start < span.start || speaker.end > span.end) continue;
    if (speaker.text.toLowerCase() !== by.toLowerCase()) continue;
    const name = a.entities.clusters[speaker.cluster]?.name;
    if (name) return name;
  }
  return by;
}

/**
 * Whom a sentence's words are from, as a field, when the sentence does not say it itself: the speaker of
 * the quote it holds (worked out by the quotes stage) when it opens with a pronoun ("“…,” he said", "He
 * added that “…”") or is mostly quoted words (a sentence of a longer quote). None otherwise: the last
 * person named before a sentence is often not the one its "he" stands for.
 */
function referentOf(
  text: string,
  span: { start: number; end: number },
  speaker: number | undefined,
  quoted: boolean,
): { referent?: number } {
  if (speaker === undefined) return {};
  return quoted || opensWithPronoun(text.slice(span.start, span.end)) ? { referent: speaker } : {};
}

/** A frame's own words (`ownWordsOf`), as a field: none when no direct quote lies in it. */
function ownOf(text: string, span: { start: number; end: number }, direct: readonly Quote[]): { own?: string[] } {
  const own = ownWordsOf(text.slice(span.start, span.end), span.start, direct);
  return own ? { own } : {};
}

/** The share of a sentence's letters (and digits) beyond which it is someone's quoted words. */
const QUOTED_SHARE = 0.8;

/** The share of a span's letters and digits that lie within the article's direct quotes. */
function quotedShare(a: ClaimArticle, span: { start: number; end: number }): number {
  const direct = a.quotes.filter((q) => q.kind === 'direct' && q.start < span.end && span.start < q.end);
  if (!direct.length) return 0;
  let all = 0;
  let inside = 0;
  for (let i = span.start; i < span.end; i++) {
    if (!/[\p{L}\p{N}]/u.test(a.text[i]!)) continue;
    all++;
    if (direct.some((q) => q.start <= i && i < q.end)) inside++;
  }
  return all ? inside / all : 0;
}

/**
 * A sentence that is only a short direct quote in its frame ("“He’s cool,” Murray said of Cowan."): its
 * quoted words, fewer than a statement needs, are all it says — a fragment, no fact. The frame is the
 * quote's speaker and cue and at most `FRAME_REST` other words.
 */
function shortQuoteInFrame(a: ClaimArticle, span: { start: number; end: number }): boolean {
  const direct = a.quotes.filter((q) => q.kind === 'direct' && span.start <= q.start && q.end <= span.end);
  if (!direct.length) return false;
  const count = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;
  if (direct.reduce((n, q) => n + count(a.text.slice(q.start, q.end)), 0) >= STATEMENT_DEFAULTS.minWords) return false;
  const framed = [...direct, ...direct.flatMap((q) => [q.speaker, q.cue].filter((x) => x !== undefined))];
  let rest = '';
  for (let i = span.start; i < span.end; i++) rest += framed.some((x) => x.start <= i && i < x.end) ? ' ' : a.text[i];
  return count(rest) <= FRAME_REST;
}

/** The most words besides its speaker and cue in the frame of a short quote ("of Mr. Cowan"). */
const FRAME_REST = 3;

/** A span without the white space at its ends. */
function trimmed(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The statement of a variant that holds its claim: the first by id (the variant's own id). */
const holderOf = (statements: readonly string[]): string => [...statements].sort()[0]!;

/** The most items the cross-check holds in memory before it writes what changed and forgets the rest. */
const CACHE_ITEMS = 4000;

/** The incremental cross-check over an item store. */
export class ClaimResolver {
  private readonly cache: ItemCache;
  private readonly dirty = new Set<string>();
  /**
   * Why a touched fact partition is touched, when only articles filed in it are the reason: their
   * places (`order`). An article filed after the event's first `maxArticles` leaves what its facts are
   * matched from as it was, so the event costs nothing (`unchangedFacts`). Anything else that touches a
   * fact partition (an article taken out of it or moved in it, an entity it names renamed) sets `null`, and
   * a partition touched with no entry here is worked out again too.
   */
  private readonly filedOnly = new Map<string, Set<string> | null>();

  /** The independent source an article counts for: its original's when it derives from another. */
  private sourceOf(article: string, self: string): string {
    return this.env.groupSource(article) ?? self;
  }

  constructor(
    readonly items: ItemStore,
    private readonly env: ClaimEnvironment,
    private readonly options: { approxTolerance: number; cacheItems?: number },
  ) {
    this.cache = new ItemCache(items);
  }

  /** The partitions an article's contributions go to, as things stand. */
  private partitionsOf(article: string, item: ArticleItem): string[] {
    const out = new Set<string>();
    for (const x of item.stances ?? []) {
      const entity = this.env.entityOf(article, x.cluster);
      if (entity?.type === 'person') out.add(`t|${entity.id}`);
    }
    for (const x of item.tenures ?? []) {
      const entity = this.env.entityOf(article, x.cluster);
      if (entity?.type === 'person') out.add(`y|${entity.id}`);
    }
    const story = this.env.storyOf(article);
    const event = this.env.eventOf(article);
    // Whether someone has been charged is compared within one event: the same happening, told apart.
    for (const x of item.statuses ?? []) {
      const entity = this.env.entityOf(article, x.cluster);
      if ((entity?.type === 'person' || entity?.type === 'unknown') && event !== undefined)
        out.add(`l|${event}|${entity.id}`);
    }
    // The date of a thing is compared within one event: one vote, one hearing.
    if (event !== undefined) for (const x of item.schedules ?? []) out.add(`w|${event}|${nounOf(x.thing)}`);
    // So is when a person's happening happened: one person leaves a post once in a story.
    for (const x of item.happenings ?? []) {
      const entity = this.env.entityOf(article, x.cluster);
      if (entity?.type === 'person' && event !== undefined) out.add(`k|${event}|${entity.id}`);
    }
    // Denials and changes of position are matched within their event: one article may deny what another claims.
    if (
      item.denials?.length ||
      item.corrections?.length ||
      item.blames?.length ||
      item.together?.length ||
      item.reversals?.length ||
      item.positions?.length
    )
      out.add(event !== undefined ? `d|e:${event}` : `d|a:${article}`);
    if (item.frames.length && event !== undefined) out.add(`f|${event}`);
    for (const q of item.quantities) out.add(`q|${story ? `${story}|` : ''}${q.key}`);
    for (const r of item.roles) {
      const entity = this.env.entityOf(article, r.cluster);
      if (entity?.type === 'person') out.add(`r|${entity.id}|${coreTitle(r.role.title.toLowerCase())}`);
    }
    return [...out].sort();
  }

  /** What an article contributes to one of its partitions. */
  private partItem(article: string, a: ArticleItem, p: string): PartItem {
    const base = { self: a.self, order: a.order };
    // A fact partition reads the frames from the article's item: they are kept once.
    if (p.startsWith('f|')) return base;
    if (p.startsWith('d|'))
      return {
        ...base,
        denials: a.denials ?? [],
        corrections: a.corrections ?? [],
        blames: a.blames ?? [],
        together: a.together ?? [],
        reversals: a.reversals ?? [],
        positions: a.positions ?? [],
      };
    if (p.startsWith('t|')) {
      const person = p.slice(2);
      return {
        ...base,
        stances: (a.stances ?? []).filter((x) => this.env.entityOf(article, x.cluster)?.id === person),
      };
    }
    if (p.startsWith('l|')) {
      const person = p.split('|')[2]!;
      return {
        ...base,
        statuses: (a.statuses ?? []).filter((x) => this.env.entityOf(article, x.cluster)?.id === person),
      };
    }
    if (p.startsWith('w|')) {
      const noun = p.split('|')[2]!;
      return { ...base, schedules: (a.schedules ?? []).filter((x) => nounOf(x.thing) === noun) };
    }
    if (p.startsWith('k|')) {
      const person = p.split('|')[2]!;
      return {
        ...base,
        happenings: (a.happenings ?? []).filter((x) => this.env.entityOf(article, x.cluster)?.id === person),
      };
    }
    if (p.startsWith('y|')) {
      const person = p.slice(2);
      return {
        ...base,
        tenures: (a.tenures ?? []).filter((x) => this.env.entityOf(article, x.cluster)?.id === person),
      };
    }
    if (p.startsWith('q|')) {
      const story = this.env.storyOf(article);
      const key = p.slice(2);
      return { ...base, quantities: a.quantities.filter((q) => `${story ? `${story}|` : ''}${q.key}` === key) };
    }
    const [, person, title] = p.split('|') as [string, string, string];
    return {
      ...base,
      roles: a.roles.filter(
        (r) => coreTitle(r.role.title.toLowerCase()) === title && this.env.entityOf(article, r.cluster)?.id === person,
      ),
    };
  }

  /**
   * Takes in an article's contributions (undefined: it is gone), or files the ones it has again
   * (`undefined` contributions and `keep`: its story, group or entities changed).
   */
  setArticle(article: string, item: Contributions | undefined, keep = false): void {
    const before = this.cache.get<ArticleItem>(`a:${article}`);
    for (const p of before?.partitions ?? []) {
      this.items.unfile(`p:${p}`, before!.order);
      this.cache.delete(`c:${p}|${article}`);
      this.dirty.add(p);
    }
    // An article filed again (its group or story changed) counts for another source now: the statements
    // its quotes are in are checked again too.
    if (keep && !item)
      for (const id of before?.quotes ?? []) {
        const statement = this.env.statementOfQuote?.(article, id);
        if (statement) this.dirty.add(this.statementKey(statement));
      }
    let next: ArticleItem | undefined = keep && !item ? before : undefined;
    if (item || !keep) for (const id of before?.quotes ?? []) this.cache.delete(`qe:${article}|${id}`);
    if (item) {
      const {
        quotes,
        self,
        order,
        quantities,
        roles,
        frames,
        denials,
        corrections,
        blames,
        together,
        stances,
        reversals,
        positions,
        tenures,
        statuses,
        schedules,
        happenings,
      } = item;
      for (const [id, ev] of Object.entries(quotes))
        this.cache.put(`qe:${article}|${id}`, { ev, self, order } satisfies QuoteEvidence);
      next = {
        quantities,
        roles,
        frames,
        ...(denials.length ? { denials } : {}),
        ...(corrections?.length ? { corrections } : {}),
        ...(blames?.length ? { blames } : {}),
        ...(together?.length ? { together } : {}),
        ...(stances?.length ? { stances } : {}),
        ...(reversals?.length ? { reversals } : {}),
        ...(positions?.length ? { positions } : {}),
        ...(tenures?.length ? { tenures } : {}),
        ...(statuses?.length ? { statuses } : {}),
        ...(schedules?.length ? { schedules } : {}),
        ...(happenings?.length ? { happenings } : {}),
        self,
        order,
        quotes: Object.keys(quotes),
        partitions: [],
      };
    }
    if (!next) {
      if (before) this.cache.delete(`a:${article}`);
      this.noteFiled(before, undefined);
      return;
    }
    this.bound();
    next = { ...next, partitions: this.partitionsOf(article, next) };
    this.cache.put(`a:${article}`, next);
    for (const p of next.partitions) {
      this.items.file(`p:${p}`, next.order);
      this.cache.put(`c:${p}|${article}`, this.partItem(article, next, p));
      this.dirty.add(p);
    }
    this.noteFiled(before, next);
  }

  /**
   * Notes why the fact partitions of an article filed again are touched: filed at its place (`order`),
   * or taken out of one, or moved to another place in it (which may change its first articles).
   */
  private noteFiled(before: ArticleItem | undefined, next: ArticleItem | undefined): void {
    const note = (p: string, order: string | null) => {
      if (!p.startsWith('f|')) return;
      const known = this.filedOnly.get(p);
      if (order === null || known === null) this.filedOnly.set(p, null);
      else (known ?? this.filedOnly.set(p, new Set()).get(p)!).add(order);
    };
    for (const p of before?.partitions ?? [])
      if (next?.order !== before!.order || !next.partitions.includes(p)) note(p, null);
    for (const p of next?.partitions ?? []) note(p, next!.order);
  }

  /**
   * True when a fact partition reads the same first articles as when it was last matched: every article
   * filed in it since is after its first `maxArticles` (and none was taken out or moved).
   */
  private unchangedFacts(p: string): boolean {
    const filed = this.filedOnly.get(p);
    if (!filed) return false;
    const first = this.items.keysUnder(`p:${p}`, FACT_DEFAULTS.maxArticles);
    return first.length === FACT_DEFAULTS.maxArticles && ![...filed].some((order) => first.includes(order));
  }

  /**
   * Writes what changed and forgets what was read once the cache holds more than `cacheItems` items:
   * an update of any size holds the items of a few hundred articles at a time (every change is put, so
   * nothing is lost; what is read again comes from the store).
   */
  private bound(): void {
    if (this.cache.size > (this.options.cacheItems ?? CACHE_ITEMS)) this.cache.release();
  }

  /** Marks partitions for another look: those of statements that changed, or naming entities renamed. */
  touchStatement(id: string): void {
    this.dirty.add(`s|${id}`);
    this.dirty.add(this.statementKey(id));
  }

  /**
   * The partition of the claim a statement is evidence of: its own, or that of its variant's first
   * statement (by id), which holds the claim of all the variant's statements.
   */
  private statementKey(id: string): string {
    const variant = this.env.statement(id)?.variant;
    return `s|${variant?.length ? holderOf(variant) : id}`;
  }

  touchEntity(id: string): void {
    for (const p of this.items.keysUnder(`e:${id}`)) {
      this.dirty.add(p);
      // A renamed entity may be named in an event's first reports: matched again, whatever else touched it.
      if (p.startsWith('f|')) this.filedOnly.set(p, null);
    }
  }

  /** Checks the touched partitions again, then the holder conflicts of the offices they touch. */
  resolve(): void {
    const offices = new Set<string>();
    for (const p of [...this.dirty].sort()) {
      this.bound();
      if (this.unchangedFacts(p)) continue;
      const before = unpacked(this.cache.get<PartitionItem>(`r:${p}`));
      const after = this.partition(p, before);
      if (after === before) continue;
      for (const e of before?.entities ?? []) this.items.unfile(`e:${e}`, p);
      for (const o of before?.offices ?? []) {
        this.items.unfile(`o:${o}`, p);
        offices.add(o);
      }
      // A fact partition with no fact keeps its input, so that the same input is not matched again.
      if (!after || (!after.claims.length && !after.conflicts.length && after.input === undefined)) {
        if (before) {
          this.cache.delete(`r:${p}`);
          this.cache.delete(`v:${p}`);
          for (let i = 0; i < before.claims.length; i++) this.cache.delete(itemKey(p, i));
        }
        continue;
      }
      this.cache.put(`r:${p}`, packed(after));
      this.cache.put(`v:${p}`, reportView(after));
      reportItems(after.claims).forEach((item, i) => this.cache.put(itemKey(p, i), item));
      for (let i = after.claims.length; i < (before?.claims.length ?? 0); i++) this.cache.delete(itemKey(p, i));
      for (const e of after.entities) this.items.file(`e:${e}`, p);
      for (const o of after.offices) {
        this.items.file(`o:${o}`, p);
        offices.add(o);
      }
    }
    this.dirty.clear();
    this.filedOnly.clear();
    for (const office of [...offices].sort()) this.holderConflict(office);
    this.cache.release();
  }

  /** The contributions to a partition (its first `limit` articles), by article, in the order evidence is listed. */
  private contributionsTo(p: string, limit?: number): [string, PartItem][] {
    const out: [string, PartItem][] = [];
    for (const order of this.items.keysUnder(`p:${p}`, limit)) {
      const article = order.slice(order.lastIndexOf('\u0000') + 1);
      const part = this.cache.peek<PartItem>(`c:${p}|${article}`);
      if (part) out.push([article, part]);
    }
    return out.sort(([a, x], [b, y]) => (x.order < y.order ? -1 : x.order > y.order ? 1 : a < b ? -1 : 1));
  }

  /** The claims of one partition from its articles' contributions. */
  private partition(p: string, before: PartitionItem | undefined): PartitionItem | undefined {
    if (p.startsWith('s|')) return this.statementPartition(p.slice(2));
    // The first reports of a large event carry its facts: matching is bounded by the articles it reads.
    if (p.startsWith('f|')) {
      const parts = this.contributionsTo(p, FACT_DEFAULTS.maxArticles).map(([article, part]): [string, PartItem] => [
        article,
        { ...part, frames: this.cache.peek<ArticleItem>(`a:${article}`)?.frames ?? [] },
      ]);
      return this.factPartition(p.slice(2), parts, before);
    }
    const parts = this.contributionsTo(p);
    if (p.startsWith('d|')) return this.denialPartition(parts);
    if (p.startsWith('t|')) return this.stancePartition(p.slice(2), parts);
    if (p.startsWith('y|')) return this.tenurePartition(p.slice(2), parts);
    if (p.startsWith('l|')) return this.statusPartition(p.split('|')[2]!, parts);
    if (p.startsWith('w|')) return this.schedulePartition(p.split('|')[2]!, parts);
    if (p.startsWith('k|')) return this.happeningPartition(p.split('|')[2]!, parts);
    if (p.startsWith('q|')) {
      const key = p.slice(2);
      const entities = new Set<string>();
      const items: QuantityItem[] = [];
      for (const [article, part] of parts) {
        for (const q of part.quantities ?? []) {
          // A number inside a quote counts for its speaker: two outlets citing one origin count once.
          const speaker = this.env.entityOf(article, q.speaker);
          if (speaker) entities.add(speaker.id);
          items.push({
            q: q.q,
            ev: {
              ...q.ev,
              source: speaker?.name ?? this.sourceOf(article, part.self),
              ...(speaker ? { by: speaker.name } : {}),
            },
          });
        }
      }
      if (!items.length) return undefined;
      const made = measureClaims(key, items, this.options, (article) => this.env.eventOf(article));
      return { ...made, entities: [...entities].sort(), offices: [], holders: [] };
    }
    // r|<person>|<title>
    const [, person] = p.split('|') as [string, string, string];
    const name = this.env.entityName(person);
    if (!name) return undefined;
    const items = [];
    for (const [article, part] of parts) {
      for (const r of part.roles ?? []) {
        const role = { ...r.role, article };
        items.push({
          role,
          ev: { ...r.ev, value: role.former ? 'former' : name, source: this.sourceOf(article, part.self) },
        });
      }
    }
    if (!items.length) return undefined;
    // When each article was published (the first field of the order evidence is listed in).
    const dayOf = new Map(parts.map(([article, part]) => [article, parseReference(part.order.split('\u0000')[0])]));
    const built = personRoleClaims({ id: person, name }, items).map((rc) => ({
      ...rc,
      days: distinct(rc.claim.evidence.flatMap((e) => dayOf.get(e.article) ?? [])).sort((a, b) => a - b),
    }));
    const holders = built.filter(isHolderClaim);
    return {
      claims: built.map((rc) => rc.claim),
      conflicts: formerConflicts(built),
      entities: [person],
      offices: distinct(holders.map((rc) => rc.claim.about)).sort(),
      holders: holders.map((rc) => ({
        claim: rc.claim.id,
        entity: person,
        name,
        title: rc.title,
        org: rc.org,
        office: rc.office,
        days: [...rc.days],
      })),
    };
  }

  /**
   * One person's positions across articles: a position and its opposite on one issue (the issues share
   * at least three words, or all of the shorter one's and two at least, synonyms mapped) is a
   * `reversal` when the articles are dated differently, earlier first; undated, it is still the same
   * person saying both, and the explanation says the order is not known.
   */
  private stancePartition(person: string, parts: [string, PartItem][]): PartitionItem | undefined {
    const name = this.env.entityName(person);
    if (!name) return undefined;
    const all = parts.flatMap(([article, part]) =>
      (part.stances ?? []).map((x) => ({
        ...x,
        article,
        day: part.order.split('\u0000')[0]!.slice(0, 10).replace('~', ''),
        source: this.sourceOf(article, part.self),
      })),
    );
    const conflicts: Conflict[] = [];
    const used = new Set<number>();
    for (let i = 0; i < all.length; i++) {
      // An issue of one word shares too little with another to be said reversed (two words at least).
      if (all[i]!.key.length < 2) continue;
      for (let j = i + 1; j < all.length; j++) {
        const [a, b] = [all[i]!, all[j]!];
        if (a.stance === b.stance || a.article === b.article || used.has(i) || used.has(j) || b.key.length < 2)
          continue;
        if (!reversalIssue(a.key, b.key)) continue;
        used.add(i);
        used.add(j);
        // Earlier first (evidence is listed by date already); a day the same or unknown keeps list order.
        const [first, then] = a.day && b.day && b.day < a.day ? [b, a] : [a, b];
        const dated = first.day && then.day && first.day !== then.day;
        const said = (x: typeof a) => `${x.phrase} ${x.issue} (${x.ev.outlet}${x.day ? `, ${x.day}` : ''})`;
        conflicts.push({
          id: stableId(
            'x',
            'reversal',
            person,
            `${first.article}:${first.ev.start}`,
            `${then.article}:${then.ev.start}`,
          ),
          kind: 'reversal',
          about: `${name}: ${then.issue}`,
          explanation: dated
            ? `${name} changed position: first ${said(first)}, then ${said(then)}.`
            : `${name} takes both positions, in articles not dated apart (which came first is not known): ${said(first)}; ${said(then)}.`,
          claims: [],
          evidence: [first, then].map((x) => ({
            ...x.ev,
            value: `${x.stance === 'for' ? 'open to it' : 'against it'}${x.day ? ` (${x.day})` : ''}`,
            source: x.source,
          })),
        });
      }
    }
    // The person's positions, by issue (the words of the first that states it) and in time order.
    const positions: Position[] = all.map((x) => ({
      entity: person,
      name,
      issue: x.issue,
      key: x.key,
      stance: x.stance,
      phrase: x.phrase,
      ...(x.day ? { day: x.day } : {}),
      evidence: { ...x.ev, source: x.source },
    }));
    const claims = positionClaims(
      person,
      name,
      all.map((x) => ({
        ...x,
        story: this.env.storyOf(x.article) ?? this.env.eventOf(x.article),
        ev: { ...x.ev, source: x.source },
      })),
    );
    if (!conflicts.length && !positions.length && !claims.length) return undefined;
    return { claims, conflicts, entities: [person], offices: [], holders: [], positions };
  }

  /**
   * The dates the things of one noun of an event are put on (schedules.ts), across its articles. For each
   * thing, two sources whose dates cannot both be right are a conflict of kind `value` (a source that
   * gives the thing two such dates speaks of two of them, and then no date is disputed). When none is
   * disputed, a date two independent sources put one thing on is a fact they corroborate, though they word
   * it apart ("in a special election set for June 25" / "to win the June 25 special general election").
   * Which words name one thing are data (`src/locales/en/schedules.ts`).
   */
  private schedulePartition(noun: string, parts: [string, PartItem][]): PartitionItem | undefined {
    const all = parts.flatMap(([article, part]) =>
      (part.schedules ?? [])
        .filter((x) => nounOf(x.thing) === noun)
        .map((x) => ({ ...x, article, source: this.sourceOf(article, part.self) })),
    );
    const conflicts = [...new Set(all.map((x) => x.thing))].flatMap((thing) =>
      scheduleConflict(
        thing,
        all.filter((x) => x.thing === thing),
      ),
    );
    const claims = conflicts.length ? [] : scheduleFacts(all);
    if (!conflicts.length && !claims.length) return undefined;
    return { claims, conflicts, entities: [], offices: [], holders: [] };
  }

  /**
   * When one person's once-only happenings happened, across the articles of one event (happenings.ts):
   * two sources whose dates of one happening cannot both be right are a conflict of kind `value` (a
   * source that dates it twice apart speaks of two, and then no date of it is disputed).
   */
  private happeningPartition(person: string, parts: [string, PartItem][]): PartitionItem | undefined {
    const name = this.env.entityName(person) ?? person;
    const all = parts.flatMap(([article, part]) =>
      (part.happenings ?? []).map((x) => ({ ...x, article, source: this.sourceOf(article, part.self) })),
    );
    const conflicts = [...new Set(all.map((x) => x.happening))].flatMap((happening) =>
      happeningConflict(
        name,
        happening,
        all.filter((x) => x.happening === happening),
      ),
    );
    if (!conflicts.length) return undefined;
    return { claims: [], conflicts, entities: [person], offices: [], holders: [] };
  }

  /**
   * Whether one person has been charged, across the articles of one event: one source saying so and
   * another saying not yet are a conflict of kind `value` (the texts as read disagree, even when hours
   * apart). An article that says both tells a change: its last words are its account.
   */
  private statusPartition(person: string, parts: [string, PartItem][]): PartitionItem | undefined {
    const name = this.env.entityName(person);
    if (!name) return undefined;
    // An article that tells a change ("UPDATE: … has already been indicted") says what its last words say.
    const all = parts.flatMap(([article, part]) => {
      const list = part.statuses ?? [];
      const last = list.reduce<(typeof list)[number] | undefined>(
        (a, x) => (!a || x.ev.start > a.ev.start ? x : a),
        undefined,
      );
      return list
        .filter((x) => x.status === last?.status)
        .map((x) => ({ ...x, article, source: this.sourceOf(article, part.self) }));
    });
    const charged = all.filter((x) => x.status === 'charged');
    const notYet = all.filter((x) => x.status === 'not yet charged');
    if (!charged.length || !notYet.length) return undefined;
    if (!charged.some((a) => notYet.some((b) => b.source !== a.source))) return undefined;
    const evidence = [...notYet, ...charged].map((x) => ({ ...x.ev, value: x.status, source: x.source }));
    const side = (list: typeof all) =>
      outletList(evidence.filter((e) => list.some((x) => x.ev.start === e.start && x.article === e.article)));
    return {
      claims: [],
      conflicts: [
        {
          id: stableId('x', 'charged', person, ...all.map((x) => `${x.article}:${x.ev.start}`).sort()),
          kind: 'value',
          about: `${name}: charged or not`,
          explanation: `Sources disagree on whether ${name} has been charged: not yet (${side(notYet)}) against charged (${side(charged)}).`,
          claims: [],
          evidence,
        },
      ],
      entities: [person],
      offices: [],
      holders: [],
    };
  }

  /**
   * The times one person held an office, across articles: two sources that give different years for
   * one tenure (the same office, or one not named) are a conflict of kind `value`. An article that gives
   * both knows them apart (two offices, two terms) and disputes neither.
   */
  private tenurePartition(person: string, parts: [string, PartItem][]): PartitionItem | undefined {
    const name = this.env.entityName(person);
    if (!name) return undefined;
    const all = parts.flatMap(([article, part]) =>
      (part.tenures ?? []).map((x) => ({ ...x, article, source: this.sourceOf(article, part.self) })),
    );
    const years = (x: { from: number; to: number }) => `${x.from}–${x.to}`;
    const conflicts: Conflict[] = [];
    const done = new Set<string>();
    for (const a of all) {
      const others = all.filter(
        (b) =>
          b.source !== a.source &&
          years(b) !== years(a) &&
          (!a.title || !b.title || a.title === b.title) &&
          !all.some((c) => c.article === a.article && years(c) === years(b)) &&
          !all.some((c) => c.article === b.article && years(c) === years(a)),
      );
      if (!others.length) continue;
      const values = [...new Set([a, ...others].map(years))].sort();
      const key = values.join('|');
      if (done.has(key)) continue;
      done.add(key);
      const evidence = all
        .filter((x) => values.includes(years(x)) && (!a.title || !x.title || x.title === a.title))
        .map((x) => ({ ...x.ev, value: years(x), source: x.source }));
      const list = values.map((v) => `${v} (${outletList(evidence.filter((e) => e.value === v))})`);
      const office = [a, ...others].find((x) => x.title)?.title;
      conflicts.push({
        id: stableId('x', 'tenure', person, key),
        kind: 'value',
        about: `${name}${office ? `, ${office}` : ''}: years in office`,
        explanation: `Sources disagree on when ${name} held ${office ? `the office of ${office}` : 'the post'}: ${list.join(' against ')}.`,
        claims: [],
        evidence,
      });
    }
    if (!conflicts.length) return undefined;
    return { claims: [], conflicts, entities: [person], offices: [], holders: [] };
  }

  /**
   * The denials of one article: each a conflict of kind `denial` between what was claimed and its
   * denial, both sides with their sentences and who stands behind them.
   */
  private denialPartition(parts: [string, PartItem][]): PartitionItem | undefined {
    const conflicts: Conflict[] = [];
    // Each denial, with the article it is in; the same denial in several articles (or two of one
    // claim in one) is one dispute.
    const units = parts.flatMap(([article, part]) =>
      (part.denials ?? []).map((d) => ({ article, source: this.sourceOf(article, part.self), d })),
    );
    const groups = new UnionFind(units.length);
    for (let i = 0; i < units.length; i++)
      for (let j = i + 1; j < units.length; j++)
        if (sameDenial(units[i]!.d, units[j]!.d, units[i]!.article === units[j]!.article)) groups.union(i, j);
    for (const members of groups.groups()) {
      const group = members.map((i) => units[i]!);
      // A dispute shows both sides: a denial whose claim no article of the event says is left out.
      const lead = group.find((u) => u.d.claim);
      if (!lead) continue;
      const evidence: (Evidence & { value: string })[] = [];
      const seen = new Set<string>();
      const add = (e: Evidence & { value: string }) => {
        const key = `${e.article}:${e.start}:${e.end}`;
        if (seen.has(key)) return;
        seen.add(key);
        evidence.push(e);
      };
      const denied = new Set(group.map((u) => `${u.article}:${u.d.denial.start}`));
      for (const u of group) {
        if (u.d.claim && !denied.has(`${u.article}:${u.d.claim.start}`))
          add({ ...u.d.claim, value: 'claimed', source: u.d.claimBy ?? u.source });
      }
      for (const u of group) add({ ...u.d.denial, value: 'denied', source: u.d.denialBy ?? u.source });
      const d = lead.d;
      const statement = shorten(d.content, STATEMENT_DEFAULTS.maxChars);
      // "U.S. officials denied what reports said: that …", "Trump denied the claim that …".
      const by = d.claimBy?.replace(COMMON_SOURCE, (w) => w.toLowerCase()).replace(OPENER, (w) => w.toLowerCase());
      const what = by ? `what ${by} said:` : 'the claim';
      const denier = group.find((u) => u.d.denialBy)?.d.denialBy;
      conflicts.push({
        id: stableId('x', 'denial', lead.article, String(d.denial.start)),
        kind: 'denial',
        about: statement,
        // Inside the sentence, a claim that opens with a word that is no name reads on in lower case ("that
        // the indictment …", "that on Saturday, the mayor …").
        explanation: `${(denier ?? 'Someone').replace(/^\p{Ll}/u, (c) => c.toUpperCase())} ${d.verb} ${what} that ${statement.replace(/[.!?]$/, '').replace(OPENER, (w) => w.toLowerCase())} (${outletList(evidence)}).`,
        // The claimed words are no claim of their own: a fact is what several articles state.
        claims: [],
        evidence,
      });
    }
    // Changes of position the articles report, with the positions before told in any article of the event.
    const positions = parts.flatMap(([article, part]) =>
      (part.positions ?? []).map((x) => ({ article, source: this.sourceOf(article, part.self), x })),
    );
    for (const [article, part] of parts) {
      const source = this.sourceOf(article, part.self);
      for (const r of part.reversals ?? []) {
        const before: (Evidence & { value: string })[] = r.earlier ? [{ ...r.earlier, value: 'before', source }] : [];
        for (const p of positions) {
          if (p.article === article && r.earlier) continue;
          if (p.article === article && p.x.ev.start === r.later.start) continue;
          if (before.some((e) => e.article === p.article && e.start === p.x.ev.start)) continue;
          const shared = p.x.key.filter((w) => r.key.includes(w)).length;
          if (shared >= 2 && p.x.names.some((n) => r.names.includes(n)))
            before.push({ ...p.x.ev, value: 'before', source: p.source });
        }
        if (!before.length) continue;
        const after = { ...r.later, value: 'after', source };
        conflicts.push({
          id: stableId('x', 'reversal', article, String(r.later.start)),
          kind: 'reversal',
          about: shorten(r.later.text, STATEMENT_DEFAULTS.maxChars),
          explanation: `${after.outlet} reports a change of position: “${shorten(before[0]!.text, 120)}” before, “${shorten(r.later.text, 120)}” after.`,
          claims: [],
          evidence: [...before, after],
        });
      }
    }
    // Corrections of who did something: the one it was not (as others had it) against the one it was.
    for (const [article, part] of parts) {
      const source = this.sourceOf(article, part.self);
      for (const c of part.corrections ?? []) {
        const outlet = c.but.outlet;
        conflicts.push({
          id: stableId('x', 'actor', article, String(c.but.start)),
          kind: 'actor',
          about: c.about,
          explanation: `${c.by ?? outlet} ${c.by ? 'says' : 'reports that'} ${c.about} came from ${c.butName}, not from ${c.notName} (${outlet}).`,
          claims: [],
          evidence: [
            { ...c.not, value: c.notName, source },
            { ...c.but, value: c.butName, source: c.by ?? source },
          ],
        });
      }
    }
    // Blame laid on another ("Hunter had blamed his wife … for …") against others telling the two did it
    // together in an accusation's frame ("… alleges that Congressman Hunter and his wife repeatedly …").
    const together = parts.flatMap(([article, part]) =>
      (part.together ?? []).map((t) => ({ article, source: this.sourceOf(article, part.self), t })),
    );
    for (const [article, part] of parts) {
      const source = this.sourceOf(article, part.self);
      for (const b of part.blames ?? []) {
        const kin = b.whom in KIN_GENDER;
        const joint = together.filter(
          ({ article: other, t }) =>
            t.who === b.who &&
            (t.whom === b.whom || (kin && t.whom === 'family')) &&
            !(other === article && t.ev.start === b.ev.start),
        );
        if (!joint.length) continue;
        const evidence = [
          { ...b.ev, value: `blames ${b.whomText}`, source },
          ...joint.map(({ t, source: s }) => ({ ...t.ev, value: 'together', source: s })),
        ];
        const byOutlet = outletList(evidence.slice(1));
        const report = byOutlet.includes(', ') ? 'report' : 'reports';
        conflicts.push({
          id: stableId('x', 'blame', article, String(b.ev.start)),
          kind: 'actor',
          about: `${b.what}: who did it`,
          explanation: `Who did it: ${b.whoText} blamed ${b.whomText} for ${b.what} (${b.ev.outlet}), while ${byOutlet} ${report} the accusation that ${b.whoText} and ${b.whomText} did it together.`,
          claims: [],
          evidence,
        });
      }
    }
    if (!conflicts.length) return undefined;
    return { claims: [], conflicts, entities: [], offices: [], holders: [] };
  }

  /**
   * Who a sentence that reports a news organisation's reporting counts for (`relayedSource`): its speaker
   * when that is one ("The New York Times reported that …"), else the go-between nearest the origin that is
   * one ("The New York Times reported …, citing someone familiar with the case").
   */
  private relayOf(
    article: string,
    f: { speaker?: number; via?: number[] },
    outlets: ReadonlyMap<string, string>,
  ): string | undefined {
    const named = (c: number | undefined) => relayedSource(this.env.entityOf(article, c)?.name, outlets);
    return (
      named(f.speaker) ?? [...(f.via ?? [])].reverse().reduce<string | undefined>((s, c) => s ?? named(c), undefined)
    );
  }

  /**
   * The facts of one event: its articles' frames with entities resolved against the corpus, matched
   * across articles (facts.ts); each group is one fact claim with every article's sentence as evidence.
   * A large event's facts are matched among its first `maxArticles` articles (by date, then outlet).
   */
  private factPartition(
    event: string,
    parts: [string, PartItem][],
    before: PartitionItem | undefined,
  ): PartitionItem | undefined {
    const frames: (FactFrame & {
      ev: Evidence;
      quoted?: true;
      stance?: 'for' | 'against';
      own?: string[];
      /** The name its opening pronoun stands for. */
      referent?: string;
    })[] = [];
    // A sentence that reports another outlet's reporting counts for that outlet (a relay, not a witness).
    const outlets = new Map(
      parts.map(([article, part]) => [outletLetters(part.self), this.sourceOf(article, part.self)]),
    );
    for (const [article, part] of parts) {
      const own = this.sourceOf(article, part.self);
      const id = (c: number) => {
        const e = this.env.entityOf(article, c);
        return e ? `e:${e.id}` : undefined;
      };
      for (const f of part.frames ?? []) {
        const entities = f.entities.flatMap((c) => id(c) ?? []);
        frames.push({
          article,
          start: f.ev.start,
          end: f.ev.end,
          anchors: [...new Set([...entities, ...f.anchors])],
          events: f.events.map((e) => {
            const subject = e.subject !== undefined ? id(e.subject) : undefined;
            const args = [...(e.entities ?? []).flatMap((c) => id(c) ?? []), ...(e.terms ?? [])];
            return { predicate: e.predicate, ...(subject ? { subject } : {}), ...(args.length ? { args } : {}) };
          }),
          negated: f.negated,
          words: f.words,
          ...(f.quoted ? { quoted: true as const } : {}),
          ...(f.stance ? { stance: f.stance } : {}),
          ...(f.own ? { own: f.own } : {}),
          ...(f.referent !== undefined && this.env.entityOf(article, f.referent)?.type === 'person'
            ? { referent: this.env.entityOf(article, f.referent)!.name }
            : {}),
          ...(f.speaker !== undefined && id(f.speaker) ? { speaker: id(f.speaker)! } : {}),
          text: f.ev.text,
          ev: { ...f.ev, source: this.relayOf(article, f, outlets) ?? own },
        });
      }
    }
    // An event whose first reports and their entities are as they were keeps its facts (an article
    // added after its first reports, or a rename elsewhere, costs no matching).
    const input = createHash('sha1').update(JSON.stringify(frames)).digest('base64');
    if (before?.input === input) return before;
    // A fact is what outlets state in their own words: a group of sentences that are all someone's quoted
    // words is that speaker's statement (a statement claim when the speaker is known), not a fact.
    // Sentences that take opposite positions ("did not rule out X", "ruled out X") state no fact together.
    const groups = matchFacts(frames, FACT_DEFAULTS).filter(
      (g) =>
        g.frames.some((f) => !(f as (typeof frames)[number]).quoted) &&
        new Set(g.frames.flatMap((f) => (f as (typeof frames)[number]).stance ?? [])).size < 2,
    );
    if (!groups.length) return { claims: [], conflicts: [], entities: [], offices: [], holders: [], input };
    const entities = new Set<string>();
    const beyond: string[] = [];
    const claims = groups.map((g) => {
      const members = g.frames as (typeof frames)[number][];
      for (const m of members) for (const a of m.anchors) if (a.startsWith('e:')) entities.add(a.slice(2));
      const ev = oneOrigin(members);
      // The fact in words: the sentence of the first article that states it (evidence is in list order)
      // and names what it is about (`wordingOf`).
      // A sentence that opens with a pronoun is worded with the name it stands for ("[Ana Ruiz] said …")
      // when another outlet's sentence of the fact gives the words to the same speaker: a speaker the
      // quotes stage got wrong is not written into the wording.
      const named = members.map((m) =>
        m.referent !== undefined && members.some((o) => o.article !== m.article && o.speaker && o.speaker === m.speaker)
          ? m.referent
          : undefined,
      );
      const k = wordingOf(
        ev.map((e) => e.text),
        members.map((m) => !!m.quoted),
        named.map((n) => n !== undefined),
      );
      // A sentence of someone's quoted words that names no one is worded with whose they are.
      const text = ev[k]!.text;
      const wording = {
        text:
          named[k] === undefined || opensWithPronoun(text)
            ? namedWording(text, named[k])
            : attributedWording(text, named[k], STATEMENT_DEFAULTS.maxChars - 1),
      };
      const claim: Claim = {
        id: stableId('c', 'fact', ...ev.map((e) => `${e.article}:${e.start}`).sort()),
        kind: 'fact',
        statement: shorten(wording.text, STATEMENT_DEFAULTS.maxChars),
        about: `fact|${event}`,
        status: 'single-source',
        established: false,
        sources: distinct(ev.map((e) => e.source)),
        outlets: distinct(ev.map((e) => e.outlet)),
        evidence: ev,
      };
      if (
        sharesOwnWords(members.map((m) => ({ article: m.article, text: m.ev.text, ...(m.own ? { own: m.own } : {}) })))
      )
        beyond.push(claim.id);
      return claim;
    });
    return {
      claims,
      conflicts: [],
      entities: [...entities].sort(),
      offices: [],
      holders: [],
      input,
      ...(beyond.length ? { beyond } : {}),
    };
  }

  /** The claim that a named speaker said the words of a statement (with a direct or mixed quote). */
  private statementPartition(id: string): PartitionItem | undefined {
    const s = this.env.statement(id);
    if (!s?.speaker || !s.direct) return undefined;
    // A variant's statements (one speaker's words worded differently by other outlets) are one claim, held
    // by its first statement by id and worded by its fullest wording (the most words; ties: the earliest),
    // of which, when it is quoted in pieces, the pieces the others attest: each outlet's wording attests
    // what was said.
    const variant = s.variant?.length ? s.variant : [id];
    if (holderOf(variant) !== id) return undefined;
    const members = variant.flatMap((m) => {
      const x = m === id ? s : this.env.statement(m);
      return x?.speaker === s.speaker && x.direct ? [x] : [];
    });
    const fullest = members.reduce((a, b) => (wordsIn(b.text) > wordsIn(a.text) ? b : a));
    // A fragment ("Everything.", "Also, we'll be involved.") states nothing on its own.
    if (wordsIn(fullest.text) < STATEMENT_DEFAULTS.minWords) return undefined;
    // Of a statement quoted in pieces, the pieces every other outlet's wording attests (`attestedWording`).
    const attested = attestedWording(
      fullest.text,
      members.filter((m) => m !== fullest).map((m) => m.text),
    );
    const wording = wordsIn(attested) >= STATEMENT_DEFAULTS.minWords ? attested : fullest.text;
    const speaker = this.env.entityName(s.speaker);
    if (!speaker) return undefined;
    const found = members
      .flatMap((m) => m.quotes)
      .flatMap((q) => {
        const e = this.cache.peek<QuoteEvidence>(`qe:${q.article}|${q.id}`);
        return e ? [{ ...q, ...e }] : [];
      });
    found.sort((x, y) => (x.order < y.order ? -1 : x.order > y.order ? 1 : x.id < y.id ? -1 : 1));
    // An outlet that quotes a fragment of the statement ("a politically driven vendetta") does not attest
    // what it says: only quotes of `minWords` words or more are its evidence.
    const ev: Evidence[] = found
      .filter((f) => wordsIn(f.ev.text) >= STATEMENT_DEFAULTS.minWords)
      .map((f) => ({ ...f.ev, source: this.sourceOf(f.article, f.self) }));
    if (!ev.length) return undefined;
    const claim: Claim = {
      id: `c_${id.slice(2)}`,
      kind: 'statement',
      // "Roger Stone told Mr. Credico he should …": whom the words were told to, when its wording names one.
      statement: `${speaker} ${fullest.hearer ? `told ${fullest.hearer}` : 'said'} ${shorten(wording, STATEMENT_DEFAULTS.maxChars)}`,
      about: `speaker|${s.speaker}`,
      status: 'single-source',
      established: false,
      sources: distinct(ev.map((e) => e.source)),
      outlets: distinct(ev.map((e) => e.outlet)),
      evidence: ev,
    };
    return { claims: [claim], conflicts: [], entities: [s.speaker], offices: [], holders: [] };
  }

  /** The holder conflict of one office, from the role partitions with a claim to it. */
  private holderConflict(office: string): void {
    const claims: RoleClaim[] = [];
    for (const p of this.items.keysUnder(`o:${office}`)) {
      const part = unpacked(this.cache.get<PartitionItem>(`r:${p}`));
      if (!part) continue;
      const byId = new Map(part.claims.map((c) => [c.id, c]));
      for (const h of part.holders) {
        const claim = byId.get(h.claim);
        if (!claim || claim.about !== office) continue;
        claims.push({
          claim,
          entity: { id: h.entity, name: h.name },
          title: h.title,
          org: h.org,
          office: h.office,
          former: false,
          ...(h.days ? { days: h.days } : {}),
        });
      }
    }
    const [conflict] = holderConflicts(claims);
    if (conflict) this.cache.put(`h:${office}`, conflict);
    else this.cache.delete(`h:${office}`);
  }
}

/** Words capitalised, as alternatives of a pattern. */
const capitalised = (words: readonly string[]) => words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');

/** Days and months, capitalised: after an opener they do not make a name of it ("On Monday"). */
const WHEN_WORDS = capitalised([...[...WEEKDAYS.keys()].filter((d) => d.length > 4), ...MONTH_NAMES]);

/**
 * The first word of who said a claim, capitalised, when it reads on in lower case: a quantifier ("Some
 * Republicans"), or a common noun before a word in lower case ("Critics", "Earlier reports") — not
 * "People's Daily", "Police Scotland".
 */
const COMMON_SOURCE = new RegExp(
  `^(?:${capitalised(CLAUSE_QUANTIFIERS)})\\b|^(?:${capitalised(COMMON_SOURCES)})\\b(?!['’])(?!\\s+(?:for|of)\\s+(?:the\\s+)?\\p{Lu})(?=$|[,:]|\\s+(?:\\p{Ll}|(?:${WHEN_WORDS})\\b))`,
  'u',
);

/**
 * A claim's first word that is no name, capitalised: a determiner or a quantifier ("The", "Some"), or
 * another opener ("On", "After") before a word in lower case, a number, a day or a month, or a
 * preposition that opens sentences before a comma within four words ("In Gaza, …") — not "Under Armour",
 * "No Labels".
 */
const OPENER = new RegExp(
  `^(?:${capitalised([...CLAUSE_DETERMINERS, ...CLAUSE_QUANTIFIERS])})\\b|^(?:${capitalised(CLAUSE_OPENERS)})\\b(?=,|\\s+(?:\\p{Ll}|\\d|(?:${WHEN_WORDS})\\b))|^(?:${capitalised(CLAUSE_OPENERS_BEFORE_COMMA)})\\b(?=(?:\\s+[^\\s,]+){1,4},)`,
  'u',
);

/** One thing put on a date, with the article and source that put it there. */
type PlacedSchedule = ScheduleContribution & { article: string; source: string };

/**
 * The conflict over the date of one thing, or none: two sources whose dates cannot both be right, none of
 * them giving the thing two such dates itself.
 */
function scheduleConflict(thing: string, all: PlacedSchedule[]): Conflict[] {
  // A source that gives one thing two dates that cannot both be right speaks of two of them.
  const bySource = new Map<string, PlacedSchedule[]>();
  for (const x of all) bySource.set(x.source, [...(bySource.get(x.source) ?? []), x]);
  for (const list of bySource.values())
    if (list.some((x) => list.some((y) => !datesAgree(x.value, y.value)))) return [];
  if (!all.some((x) => all.some((y) => x.source !== y.source && !datesAgree(x.value, y.value)))) return [];
  // The sides: the dates that agree with one another, the finest first.
  const sides: PlacedSchedule[][] = [];
  for (const x of [...all].sort((a, b) => b.value.length - a.value.length)) {
    const side = sides.find((s) => datesAgree(s[0]!.value, x.value));
    if (side) side.push(x);
    else sides.push([x]);
  }
  // Each side's date in its words, with the calendar date they were worked out to.
  const evidence = sides.flat().map((x) => ({ ...x.ev, value: `${x.date} (${x.value})`, source: x.source }));
  const told = (side: PlacedSchedule[]) =>
    `${side[0]!.date} (${outletList(evidence.filter((e) => side.some((x) => x.ev.start === e.start && x.article === e.article)))})`;
  return [
    {
      id: stableId('x', 'date', thing, ...all.map((x) => `${x.article}:${x.ev.start}`).sort()),
      kind: 'value',
      about: `date of the ${thing}`,
      explanation: `Sources disagree on the date of the ${thing}: ${sides.map(told).join(' against ')}.`,
      claims: [],
      evidence,
    },
  ];
}

/** One dated happening, with the article and source that tell it. */
type PlacedHappening = HappeningContribution & { article: string; source: string };

/**
 * The conflict over when one person's happening happened, or none: two sources whose dates cannot both be
 * right, none of them dating it twice apart itself.
 */
function happeningConflict(name: string, happening: string, all: PlacedHappening[]): Conflict[] {
  const bySource = new Map<string, PlacedHappening[]>();
  for (const x of all) bySource.set(x.source, [...(bySource.get(x.source) ?? []), x]);
  for (const list of bySource.values()) if (list.some((x) => list.some((y) => timesDisagree(x, y)))) return [];
  if (!all.some((x) => all.some((y) => x.source !== y.source && timesDisagree(x, y)))) return [];
  // The sides: the dates that agree with one another, the finest first.
  const sides: PlacedHappening[][] = [];
  for (const x of [...all].sort((a, b) => Number(a.by) - Number(b.by) || b.value.length - a.value.length)) {
    const side = sides.find((s) => !timesDisagree(s[0]!, x));
    if (side) side.push(x);
    else sides.push([x]);
  }
  // Each date in its words, with the calendar date they were worked out to when they say it otherwise.
  const worded = (x: PlacedHappening) => `${x.by ? 'by ' : ''}${x.date}${x.date === x.value ? '' : ` (${x.value})`}`;
  const evidence = sides.flat().map((x) => ({ ...x.ev, value: worded(x), source: x.source }));
  const told = (side: PlacedHappening[]) =>
    `${worded(side[0]!)} (${outletList(evidence.filter((e) => side.some((x) => x.ev.start === e.start && x.article === e.article)))})`;
  const what = `when ${name} ${HAPPENING_WORDS[happening] ?? happening}`;
  return [
    {
      id: stableId('x', 'when', name, happening, ...all.map((x) => `${x.article}:${x.ev.start}`).sort()),
      kind: 'value',
      about: what,
      explanation: `Sources disagree on ${what}: ${sides.map(told).join(' against ')}.`,
      claims: [],
      evidence,
    },
  ];
}

/** The thing of a group with the most words that say which one (the first of them). */
function fullestThing(group: readonly PlacedSchedule[]): string {
  return group.map((x) => x.thing).reduce((a, b) => (b.split(' ').length > a.split(' ').length ? b : a));
}

/**
 * The dates two or more independent sources put one thing on: each a fact, with each source's whole
 * sentence as evidence, worded by the thing with the most words that say which one and the finest date.
 */
function scheduleFacts(all: PlacedSchedule[]): Claim[] {
  const groups: PlacedSchedule[][] = [];
  for (const x of [...all].sort((a, b) => b.value.length - a.value.length || b.thing.length - a.thing.length)) {
    // One thing when the dates agree and it is the thing of the group's fullest words: "special election"
    // and "general election" are both "the June 25 special general election" of another outlet.
    const group = groups.find((g) => datesAgree(g[0]!.value, x.value) && sameThing(x.thing, fullestThing(g)));
    if (group) group.push(x);
    else groups.push([x]);
  }
  return groups
    .filter((g) => distinct(g.map((x) => x.source)).length >= 2)
    .map((g) => {
      const thing = fullestThing(g);
      // In the order the articles are listed (by date, outlet, article).
      return sentenceFact(
        'date',
        thing,
        `The date of the ${thing} is ${g[0]!.date.replace(/[.,\s]+$/u, '')}.`,
        `date|${thing}`,
        all.filter((y) => g.includes(y)).map((x) => ({ ...x, value: `${x.date} (${x.value})` })),
      );
    });
}
