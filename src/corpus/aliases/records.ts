/**
 * The units the alias stage works on. An **occurrence** is one article's entity (a cluster of the
 * entities stage); occurrences that carry the same name (type and full name, honorifics aside) are one
 * **record**, which sums what they say: how often each spelling is used, the titles given, how many
 * articles. Records, not occurrences, are compared: a corpus names one person in thousands of articles
 * but in a handful of spellings, so the comparisons grow with the spellings, not with the articles.
 */
import type { ArticleEntities, EntityType } from '../../stages/entities/types.ts';
import { COUNTRY_NAMES } from '../../locales/en/gazetteer.ts';
import { nameKey } from '../../stages/entities/index.ts';
import { heaviest } from '../frequency.ts';
import { nameParts, soundKey, transliterationKey, type NameParts } from './names.ts';

/** One article's entity, as the alias stage files it. */
export interface Occurrence {
  /** The article-level entity (cluster) id. */
  cluster: number;
  /** The key of the record it belongs to. */
  record: string;
  type: EntityType;
  /** The fullest name the article gives. */
  full: string;
  /** Every name the article uses for it, with how many mentions use it (at least 1). */
  names: [string, number][];
  /** Titles the article gives it, lower case. */
  titles: string[];
  /** Surnames of the other people the article names: the company a name keeps. */
  company: string[];
  /**
   * True when the article names apart another person of this surname whose generational suffix differs
   * ("Donald Trump" beside "Donald Trump Jr."): the corpus then holds a father and a son of one name.
   */
  apart?: true;
}

/**
 * The record of each of an article's entities: `[cluster, record key]` pairs, in the order of its
 * occurrences. What the other stages read to name an article's entity (`entityResolver` in `index.ts`), without the
 * names, titles and company an occurrence also holds.
 */
export type OccurrenceRecords = [number, string][];

/** The records of an article's occurrences. */
export function occurrenceRecords(occurrences: readonly Occurrence[]): OccurrenceRecords {
  return occurrences.map((o) => [o.cluster, o.record]);
}

/** Every occurrence of one name across the corpus, summed. Counts are kept so articles can leave again. */
export interface AliasRecord {
  key: string;
  type: EntityType;
  /** How many occurrences it sums. */
  occurrences: number;
  /** The full name as written (case, accents, honorifics) → occurrences. */
  fulls: Record<string, number>;
  /** Every name of its occurrences → mentions. */
  names: Record<string, number>;
  /** Titles → occurrences. */
  titles: Record<string, number>;
  /** Occurrences named apart from a person of the same surname and another generational suffix (`Occurrence.apart`). */
  apart?: number;
  /** The group of records it was resolved into (the group's smallest record key). */
  group?: string;
  /** The entity it belongs to, hand corrections applied. */
  entity?: string;
}

/**
 * The record key of a name: its type and its name key (honorifics dropped for people, "the" for the rest).
 * A country's names are one record: "U.S.", "United States" and "America" are one place.
 */
export function recordKey(type: EntityType, full: string): string {
  if (type === 'person') {
    const parts = nameParts(full);
    return `person|${[...parts.given, parts.surname, ...(parts.suffix ? [parts.suffix] : [])].join(' ')}`;
  }
  if (type === 'unknown') return `unknown|${plainKey(full)}`;
  const key = baseKey(full);
  if (type === 'place') {
    const country = COUNTRY_OF.get(key);
    if (country) return `place|${country}`;
  }
  return `${type}|${key}`;
}

/** A name's key, its initials written with stops or without alike: "C.I.A." is the CIA. */
function plainKey(full: string): string {
  return nameKey(/^(?:\p{L}\.){2,}$/u.test(full.trim()) ? full.trim().replace(/\./g, '') : full);
}

/** The key of an organisation's or a place's name: its plain key without "the". */
function baseKey(full: string): string {
  return plainKey(full).replace(/^the /, '');
}

/** Each name of a country (its key, as `recordKey` reads it) → the key of its country's record: its first name's. */
const COUNTRY_OF: ReadonlyMap<string, string> = new Map(
  Object.values(COUNTRY_NAMES).flatMap((names) => names.map((n) => [baseKey(n), baseKey(names[0]!)] as const)),
);

/** The occurrences of one article's entities annotation. */
export function occurrencesOf(entities: ArticleEntities): Occurrence[] {
  const parts = new Map(entities.clusters.filter((c) => c.type === 'person').map((c) => [c.id, nameParts(c.name)]));
  const people = [...parts.values()].map((p) => p.surname);
  const mentions = new Map<string, number>();
  for (const m of entities.mentions) {
    if (m.kind !== 'name') continue;
    const k = `${m.cluster}\u0000${m.text}`;
    mentions.set(k, (mentions.get(k) ?? 0) + 1);
  }
  return entities.clusters.map((c) => {
    const own = parts.get(c.id);
    const surname = own?.surname ?? '';
    const apart = own && [...parts.values()].some((p) => p.surname === own.surname && p.suffix !== own.suffix);
    const titles = [
      ...new Set(entities.roles.filter((r) => r.cluster === c.id).map((r) => r.title.toLowerCase())),
    ].sort();
    return {
      cluster: c.id,
      record: recordKey(c.type, c.name),
      type: c.type,
      full: c.name,
      names: [...new Set(c.names)].map((n) => [n, Math.max(1, mentions.get(`${c.id}\u0000${n}`) ?? 0)]),
      titles,
      company: [...new Set(people.filter((s) => s !== surname))].sort(),
      ...(apart ? { apart: true as const } : {}),
    };
  });
}

/** The name a record goes by: its full name as most often written. */
export function recordSurface(record: AliasRecord): string {
  return heaviest(record.fulls)!;
}

/** Adds (sign 1) or takes away (sign −1) an occurrence from a record. */
export function tally(record: AliasRecord, o: Occurrence, sign: 1 | -1): void {
  record.occurrences += sign;
  bump(record.fulls, o.full, sign);
  for (const [name, n] of o.names) bump(record.names, name, sign * n);
  for (const t of o.titles) bump(record.titles, t, sign);
  if (o.apart) {
    const next = (record.apart ?? 0) + sign;
    if (next > 0) record.apart = next;
    else delete record.apart;
  }
}

function bump(counts: Record<string, number>, key: string, by: number): void {
  const next = (counts[key] ?? 0) + by;
  if (next > 0) counts[key] = next;
  else delete counts[key];
}

/** The index terms a record is filed under: blocks of similar surnames, its surname, its names. */
export function recordTerms(record: AliasRecord): string[] {
  const terms = Object.keys(record.names).map((n) => `n:${nameKey(n)}`);
  if (record.type === 'person') {
    const parts = personParts(record);
    terms.push(...blockKeys(parts).map((b) => `b:${b}`), `s:${parts.surname}`);
  }
  return [...new Set(terms)];
}

/** A person record's full name taken apart. */
export function personParts(record: AliasRecord): NameParts {
  return nameParts(recordSurface(record));
}

/** Blocking keys of a person: only records sharing one are compared (sound of the surname, its start). */
export function blockKeys(parts: NameParts): string[] {
  const t = transliterationKey(parts.surname);
  return [`s:${soundKey(parts.surname)}`, `p:${t.slice(0, 3)}`];
}
