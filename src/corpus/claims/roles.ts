import { REGIONS } from '../../locales/en/gazetteer.ts';
import { GENERIC_TITLES, MULTI_SEAT_HEADS } from '../../locales/en/quantities.ts';
import {
  ROLE_ADVERBS,
  ROLE_CLAUSE_WORDS,
  ROLE_COPULAS,
  ROLE_SENTENCE_TITLES,
  ROLE_TITLES,
  TITLE_QUALIFIERS,
} from '../../locales/en/titles.ts';
import type { EntityMention } from '../../stages/entities/types.ts';
import { nameParts, surnamesAgree } from '../aliases/names.ts';
import { phraseAlternatives } from './patterns.ts';
import type { Entity } from '../aliases/index.ts';
import { officeName } from '../roles.ts';
import { outletList } from './quantity.ts';
import { distinct, stableId } from './sources.ts';
import type { Claim, Conflict, Evidence } from './types.ts';

type Role = Entity['roles'][number];

/** The person a role claim is about. */
export interface RolePerson {
  id: string;
  name: string;
}

/** One role stated for a person, with its evidence (its source already known). */
export interface RoleItem {
  role: Role;
  ev: Evidence;
}

/** A role claim being built: one person, one office, holder or former. */
export interface RoleClaim {
  claim: Claim;
  entity: RolePerson;
  title: string;
  org: string;
  office: string;
  former: boolean;
  /**
   * The days (since 1970) its articles were published, those known; none when no date is known. Offices
   * change hands: two claims made far apart in time are no conflict.
   */
  days?: readonly number[];
}

/**
 * How far apart (in days) two articles may be published and their claims to one office still conflict:
 * a holder named in 2011 and another in 2019 are successors, not a dispute.
 */
export const ROLE_WINDOW_DAYS = 30;

/** True when two claims may speak of one time: a date of each within the window, or a date not known. */
function sameTime(a: RoleClaim, b: RoleClaim, after = false): boolean {
  if (!a.days?.length || !b.days?.length) return true;
  // `after`: b is no older than a by more than the window (the holder named after the "former").
  return a.days.some((x) =>
    b.days!.some((y) => (after ? y >= x - ROLE_WINDOW_DAYS : Math.abs(x - y) <= ROLE_WINDOW_DAYS)),
  );
}

/** The organisation or country of a role, for comparison ("U.S." and "United States" are one). */
function orgKey(role: Role): string {
  return (role.country ?? role.org ?? '').toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '');
}

/** True when a title names one office in this coverage: it has an organisation, or is no generic title. */
function isSpecific(title: string, org: string): boolean {
  const t = title.toLowerCase();
  return org !== '' || (!GENERIC_TITLES.has(t) && t.includes(' '));
}

/** True when one person holds the office at a time: not a judge, a senator, an envoy … */
function isSingleSeat(title: string): boolean {
  return !MULTI_SEAT_HEADS.has(title.toLowerCase().split(' ').at(-1)!);
}

/** True when two holders' surnames agree (same, transliterated, misspelt): likely one person the aliases kept apart. */
function likelyOnePerson(a: RoleClaim, b: RoleClaim): boolean {
  return surnamesAgree(nameParts(a.entity.name).surname, nameParts(b.entity.name).surname) !== 'different';
}

/** The key of a role claim: the person, the title, the organisation, and whether it is a former office. */
export function roleKey(person: string, role: Role): string {
  return `role|${person}|${role.title.toLowerCase()}|${orgKey(role)}|${role.former === true}`;
}

/** The role claims of one person: each office and "former" as one claim with its evidence. */
export function personRoleClaims(entity: RolePerson, items: readonly RoleItem[]): RoleClaim[] {
  const byKey = new Map<string, RoleClaim>();
  const countries = new Map<RoleClaim, string | undefined>();
  for (const { role, ev } of items) {
    const title = role.title.toLowerCase();
    const org = orgKey(role);
    const former = role.former === true;
    const key = roleKey(entity.id, role);
    const found = byKey.get(key);
    if (found) {
      found.claim.evidence.push(ev);
      continue;
    }
    const office = officeName(role);
    const built: RoleClaim = {
      claim: {
        id: stableId('c', key),
        kind: 'role',
        statement: `${entity.name} is ${former ? 'a former ' : ''}${office}`,
        about: `${title}|${org}`,
        status: 'single-source',
        established: false,
        sources: [],
        outlets: [],
        evidence: [ev],
      },
      entity,
      title,
      org,
      office,
      former,
    };
    byKey.set(key, built);
    countries.set(built, role.country);
  }
  const merged = mergeVariants([...byKey.values()], countries);
  for (const rc of merged) {
    rc.claim.sources = distinct(rc.claim.evidence.map((e) => e.source));
    rc.claim.outlets = distinct(rc.claim.evidence.map((e) => e.outlet));
  }
  return merged;
}

/** A title without the words that only qualify it ("special envoy" → "envoy"). */
export function coreTitle(title: string): string {
  return title
    .split(' ')
    .filter((w) => !TITLE_QUALIFIERS.includes(w))
    .join(' ');
}

/**
 * One person's variants of one office as one claim: "U.S. Envoy", "White House Special Envoy", "Trump
 * Special Envoy" and "Special Envoy" for Witkoff. Variants are one office when their titles are the same
 * but for qualifying words and their organisations agree: the same, one of them unstated, or no two of
 * them countries (two countries are two offices). The variant with the most evidence names the claim.
 */
function mergeVariants(claims: RoleClaim[], countries: ReadonlyMap<RoleClaim, string | undefined>): RoleClaim[] {
  const groups: RoleClaim[][] = [];
  for (const rc of claims) {
    const agree = (other: RoleClaim) =>
      other.former === rc.former &&
      coreTitle(other.title) === coreTitle(rc.title) &&
      (other.org === rc.org ||
        !other.org ||
        !rc.org ||
        (!(countries.get(other) && countries.get(rc)) && sameRegion(other.org, rc.org)));
    const group = groups.find((g) => g.every(agree));
    if (group) group.push(rc);
    else groups.push([rc]);
  }
  return groups.map((g) => {
    if (g.length === 1) return g[0]!;
    const named = [...g].sort(
      (a, b) =>
        b.claim.evidence.length - a.claim.evidence.length ||
        b.office.length - a.office.length ||
        (a.office < b.office ? -1 : a.office > b.office ? 1 : 0),
    )[0]!;
    return { ...named, claim: { ...named.claim, evidence: g.flatMap((rc) => rc.claim.evidence) } };
  });
}

/** The first state or province an organisation's name holds, of up to three words, and the rest of it. */
function regionIn(org: string): { region?: string; rest: string } {
  const words = org.split(' ').filter(Boolean);
  for (let i = 0; i < words.length; i++)
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      if (REGIONS.has(phrase)) return { region: phrase, rest: [...words.slice(0, i), ...words.slice(i + n)].join(' ') };
    }
  return { rest: org };
}

/**
 * Whether two organisations may hold one office as far as states go: they name the same state or
 * province, or none, or one names one the other leaves out ("Texas Republican Party", "Republican
 * Party"). A state's party or office is not another body of the nation's ("Wisconsin Republican Party
 * Chairman" is no variant of "Republican National Committee Chairman").
 */
function sameRegion(a: string, b: string): boolean {
  const x = regionIn(a);
  const y = regionIn(b);
  return x.region === y.region || (!(x.region && y.region) && x.rest === y.rest);
}

/** Evidence with its value required, as conflicts carry it. */
function valued(evidence: readonly Evidence[], value: string): (Evidence & { value: string })[] {
  return evidence.map((e) => ({ ...e, value }));
}

/** True when a role claim can be contradicted by another holder of its office: a specific office one person holds. */
export function isHolderClaim(rc: RoleClaim): boolean {
  return !rc.former && isSpecific(rc.title, rc.org) && isSingleSeat(rc.title);
}

/** Different people named as the holder of one specific office, by different sources. */
export function holderConflicts(claims: readonly RoleClaim[]): Conflict[] {
  const byOffice = new Map<string, RoleClaim[]>();
  for (const rc of claims)
    if (isHolderClaim(rc)) byOffice.set(rc.claim.about, [...(byOffice.get(rc.claim.about) ?? []), rc]);
  const out: Conflict[] = [];
  for (const [office, all] of byOffice) {
    // Holders named far apart in time are successors: only those with another near them in time stay.
    const list = all.filter((a) => all.some((b) => a.entity.id !== b.entity.id && sameTime(a, b)));
    if (distinct(list.map((rc) => rc.entity.id)).length < 2) continue;
    if (list.every((a) => list.every((b) => a.entity.id === b.entity.id || likelyOnePerson(a, b)))) continue;
    if (distinct(list.flatMap((rc) => rc.claim.sources)).length < 2) continue;
    const sorted = [...list].sort((a, b) => b.claim.sources.length - a.claim.sources.length);
    const said = sorted.map((rc) => `${rc.entity.name} (${outletList(rc.claim.evidence)})`);
    out.push({
      id: stableId('x', 'holder', office),
      kind: 'holder',
      about: sorted[0]!.office,
      explanation: `Sources name different holders of the office of ${sorted[0]!.office}: ${said.join(' against ')}.`,
      claims: sorted.map((rc) => rc.claim.id),
      evidence: sorted.flatMap((rc) => valued(rc.claim.evidence, rc.entity.name)),
    });
  }
  return out;
}

/** A person called a former holder of an office by some sources and its holder by others. */
export function formerConflicts(claims: readonly RoleClaim[]): Conflict[] {
  const out: Conflict[] = [];
  // "former president Billy King" names no one presidency: only a specific office can be contradicted.
  for (const former of claims.filter((rc) => rc.former && isSpecific(rc.title, rc.org))) {
    // A holder named well before someone was called former is no dispute: they have left office since.
    const holders = claims.filter(
      (rc) =>
        !rc.former &&
        rc.entity.id === former.entity.id &&
        rc.title === former.title &&
        (rc.org === former.org || rc.org === '' || former.org === '') &&
        sameTime(former, rc, true),
    );
    if (!holders.length) continue;
    const holderEvidence = holders.flatMap((rc) => rc.claim.evidence);
    if (distinct([...former.claim.sources, ...holderEvidence.map((e) => e.source)]).length < 2) continue;
    const name = former.entity.name;
    const holdersSay = distinct(holderEvidence.map((e) => e.outlet)).length > 1 ? 'call' : 'calls';
    out.push({
      id: stableId('x', 'former', former.claim.id),
      kind: 'former',
      about: `${name}, ${former.office}`,
      explanation: `${name} is called a former ${former.office} by ${outletList(former.claim.evidence)}, while ${outletList(holderEvidence)} ${holdersSay} ${name} the ${holders[0]!.office}.`,
      claims: [former.claim.id, ...holders.map((rc) => rc.claim.id)],
      evidence: [...valued(former.claim.evidence, 'former'), ...valued(holderEvidence, 'holder')],
    });
  }
  return out;
}

/**
 * "<person> (, 43,) (also) was / served as (a / the) (up to four words) <title>s (of / in / to … to the end)."
 * — the whole sentence.
 */
const ROLE_SENTENCE = new RegExp(
  `^(?:,\\s*\\d+,)?\\s+(?:(?:${phraseAlternatives(ROLE_ADVERBS)})\\s+)?(?:${phraseAlternatives(ROLE_COPULAS)})\\s+` +
    `(?:(?:a|an|the)\\s+)?(?:(?!(?:for|to|of|in|on|at|by|with|from)\\s)[\\p{L}.’'-]+(?<!ing)\\s+){0,4}?(?:${phraseAlternatives([...ROLE_TITLES, ...ROLE_SENTENCE_TITLES])})s?` +
    `(?:\\s+(?:of|in|at|for|to|with|on|and)\\b[^.;:!?]*)?[.]?$`,
  'iu',
);
const CLAUSE_WORD = new RegExp(`\\b(?:${phraseAlternatives(ROLE_CLAUSE_WORDS)})\\b`, 'iu');

/**
 * Whether a sentence only says who someone is or was ("He also was a special assistant district attorney
 * in Middlesex County.", "Cowan, 43, is a former chief of staff and former legal counsel to Patrick."):
 * a role, which entity pages and role claims tell, not a fact of what happened. Its subject is "he" or
 * "she" or a person named at its start.
 */
export function statesOnlyRole(
  text: string,
  span: { start: number; end: number },
  mentions: readonly EntityMention[],
): boolean {
  const sentence = text.slice(span.start, span.end).trim();
  const from = text.indexOf(sentence, span.start);
  let rest: string | undefined;
  const pronoun = /^(?:he|she)\b/iu.exec(sentence);
  if (pronoun) rest = sentence.slice(pronoun[0].length);
  else {
    const person = mentions.find((m) => m.start === from && m.type === 'person');
    if (person) rest = text.slice(person.end, from + sentence.length);
  }
  if (rest === undefined) return false;
  const match = ROLE_SENTENCE.exec(rest);
  return !!match && !CLAUSE_WORD.test(rest.replace(/^,\s*\d+,/u, ''));
}
