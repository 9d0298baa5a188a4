/**
 * The alias stage's engine, incremental: articles come in (or are analysed again), their occurrences
 * are summed into records, and only the records they touch are resolved again — with everything they
 * can be merged with (their component), so the result never depends on the order articles came in.
 *
 * Items it keeps (see `ItemStore`):
 * - `occ:<article>` the article's occurrences; `or:<article>` the record of each of its entities
 *   (`OccurrenceRecords`: what the other stages read to name an article's entity, a tenth of the
 *   size); `rec:<key>` a record; `grp:<key>` a group of records resolved into one (before hand
 *   corrections); `ent:<id>` an entity; `corrections` those applied.
 * Terms: `r:<record>` → articles; `n:<name key>` → records using the name; `s:<surname>` and
 * `b:<block>` → person records (blocks of similar surnames).
 */
import { createHash } from 'node:crypto';
import type { ArticleEntities, EntityType } from '../../stages/entities/types.ts';
import { nameKey, nameWords } from '../../stages/entities/index.ts';
import { ItemCache as Cache, type ItemStore } from '../items.ts';
import { UnionFind } from '../union-find.ts';
import { editDistance, givenNamesAgree, nameParts, surnamesAgree, type NameParts } from './names.ts';
import { heaviest } from '../frequency.ts';
import {
  occurrenceRecords,
  occurrencesOf,
  personParts,
  recordSurface,
  recordTerms,
  tally,
  type AliasRecord,
  type Occurrence,
} from './records.ts';

/** A correction made by hand, kept across re-analysis. Names are aliases as shown by `entities`. */
export type Correction =
  | { action: 'merge'; a: string; b: string }
  | { action: 'split'; entity: string; alias: string }
  | { action: 'rename'; entity: string; name: string };

/** Why two groups of mentions were taken for one entity. */
export interface MergeReason {
  a: string;
  b: string;
  score: number;
  reason: string;
}

/** An entity as the stage keeps it: who it is, and which records it holds. */
export interface EntityItem {
  id: string;
  type: Exclude<EntityType, 'unknown'>;
  name: string;
  aliases: string[];
  merges: MergeReason[];
  records: string[];
}

/** A group of records resolved into one, before hand corrections. */
interface GroupItem {
  records: string[];
  merges: MergeReason[];
}

/**
 * Defaults: the least score at which two names are merged, how many names two articles must share for
 * a misspelling to count, how many articles of a name are read for the company it keeps, and when a
 * bare surname names the most salient of several people.
 */
export const ALIAS_DEFAULTS = {
  minScore: 0.7,
  minSharedCompany: 2,
  companySample: 8,
  /**
   * A surname alone that fits several people joins the one named in this many times the articles of
   * every other, and in at least `salientArticles`.
   */
  salientRatio: 5,
  salientArticles: 5,
};
export type AliasOptions = typeof ALIAS_DEFAULTS;

/** A person record as the comparison sees it; its company is read only when a misspelling needs it. */
interface Person {
  key: string;
  full: NameParts;
  titles: Set<string>;
  company: () => Set<string>;
  /** Named apart from a person of its surname with another generational suffix in some article. */
  apart: boolean;
}

/**
 * Scores whether two people are one: a name agreement, and for a likely misspelling, context that
 * agrees too (the same role, or the same company of names). Undefined when they are not one.
 */
function scorePeople(a: Person, b: Person, options: AliasOptions): MergeReason | undefined {
  const surname = surnamesAgree(a.full.surname, b.full.surname);
  if (surname === 'different') return undefined;
  const agree = givenNamesAgree(a.full.given, b.full.given);
  // "Vincente Fox" / "Vicente Fox": a given name one letter off is a likely misspelling, as a surname can be.
  const misspelt = agree === 'different' && surname === 'same' && givenMisspelt(a.full.given, b.full.given);
  if (agree === 'different' && !misspelt) return undefined;
  const given = misspelt ? 'misspelt' : agree;
  // A father and his son: a name with another generational suffix (or none) is another person when an
  // article names the two apart; otherwise the suffix is one outlet's fuller form (Cesar Sayoc Jr.).
  if (a.full.suffix !== b.full.suffix && (a.apart || b.apart)) return undefined;
  const label = { a: a.full.surface, b: b.full.surface };
  if (surname === 'same' && given === 'same' && a.full.suffix === b.full.suffix)
    return { ...label, score: 1, reason: 'same name' };
  if (surname === 'same' && given === 'same')
    return { ...label, score: 0.9, reason: 'same name, a generational suffix in one only' };
  if (surname === 'same' && given === 'unknown')
    return { ...label, score: 0.85, reason: 'same surname, the other name given in full' };
  if (surname === 'same' && !misspelt)
    return {
      ...label,
      score: 0.9,
      reason: `same surname; given names ${a.full.given[0]} / ${b.full.given[0]} (${given})`,
    };
  if (surname === 'transliteration') {
    return {
      ...label,
      score: given === 'unknown' ? 0.8 : 0.9,
      reason: `spellings of one name (${a.full.surname} / ${b.full.surname})`,
    };
  }
  // A likely misspelling counts only when the context agrees.
  const sharedTitles = [...a.titles].filter((t) => b.titles.has(t));
  const companyB = b.company();
  const sharedCompany = [...a.company()].filter((s) => companyB.has(s));
  const context: string[] = [];
  if (sharedTitles.length) context.push(`same role (${sharedTitles.join(', ')})`);
  if (sharedCompany.length >= options.minSharedCompany)
    context.push(`named with ${sharedCompany.slice(0, 3).join(', ')}`);
  if (given === 'same' || given === 'nickname') context.push(`given names ${a.full.given[0]} / ${b.full.given[0]}`);
  if (context.length < 2 && !(context.length === 1 && sharedTitles.length)) return undefined;
  const score = Math.min(0.95, 0.6 + 0.12 * context.length);
  return {
    ...label,
    score,
    reason: misspelt
      ? `likely misspelling of one given name (${a.full.given[0]} / ${b.full.given[0]} ${a.full.surname}): ${context.join('; ')}`
      : `likely misspelling of one name (${a.full.surname} / ${b.full.surname}): ${context.join('; ')}`,
  };
}

/** True when two first given names are one letter apart and long enough for that to be a slip (Vicente / Vincente). */
function givenMisspelt(a: readonly string[], b: readonly string[]): boolean {
  const x = a[0]?.replace(/\.$/, '') ?? '';
  const y = b[0]?.replace(/\.$/, '') ?? '';
  return Math.min(x.length, y.length) >= 5 && editDistance(x, y) === 1;
}

/**
 * True when two names cannot be one person's: their surnames, or their given names, differ (the first
 * two tests of `scorePeople`, made without the records).
 */
function namesDiffer(a: NameParts, b: NameParts): boolean {
  const surname = surnamesAgree(a.surname, b.surname);
  if (surname === 'different') return true;
  return givenNamesAgree(a.given, b.given) === 'different' && !(surname === 'same' && givenMisspelt(a.given, b.given));
}

/**
 * The given names, surname and suffix of a person record's name, from its key alone: a person's record
 * key is made of them (`recordKey`), so every full name the record holds has these parts.
 */
function keyParts(key: string): NameParts {
  return nameParts(key.slice('person|'.length));
}

/**
 * A stable id for an entity: its type and the key of its main record — a full name before a surname
 * alone, then the most used, then the first in key order — so that the id stays when a rarer spelling
 * joins (what names the entity in every result that cites it).
 */
function entityId(type: string, records: readonly AliasRecord[]): string {
  const full = (r: AliasRecord) => (r.type === 'person' ? r.key.slice('person|'.length).includes(' ') : true);
  const main = [...records]
    .filter((r) => r.type !== 'unknown')
    .sort(
      (a, b) =>
        Number(full(b)) - Number(full(a)) ||
        b.occurrences - a.occurrences ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )[0]!;
  return `e_${createHash('sha256').update(`${type}\u0000${main.key}`).digest('hex').slice(0, 12)}`;
}

/**
 * What an update changed: the entities gone and those written (ids), the records whose entity changed
 * (their articles name another entity now), and the entities whose name or type changed.
 */
export interface AliasChange {
  removed: string[];
  written: string[];
  remapped: string[];
  renamed: string[];
}

/** The incremental alias resolution over an item store. */
export class AliasResolver {
  private readonly cache: Cache;
  private readonly people = new Map<string, Person>();
  /** Records touched since the last `resolve`. */
  private readonly touched = new Set<string>();
  /** The records that left in the last `resolve`. */
  private departedRecords = new Set<string>();
  /** Records that lost their last occurrence since the last `resolve`: the group and entity they were in. */
  private readonly departed = new Map<string, { group?: string; entity?: string }>();

  constructor(
    readonly items: ItemStore,
    private readonly options: AliasOptions = ALIAS_DEFAULTS,
  ) {
    this.cache = new Cache(items);
  }

  private record(key: string): AliasRecord | undefined {
    return this.cache.get<AliasRecord>(`rec:${key}`);
  }

  /** Takes in one article's entities (undefined: the article is gone or has none), replacing what it had. */
  setArticle(article: string, entities: ArticleEntities | undefined): void {
    const before = this.cache.get<Occurrence[]>(`occ:${article}`) ?? [];
    const after = entities ? occurrencesOf(entities) : [];
    const changed = new Map<string, { record: AliasRecord; terms: string[] }>();
    const open = (o: Occurrence) => {
      let entry = changed.get(o.record);
      if (!entry) {
        const found = this.record(o.record);
        const record: AliasRecord = found
          ? { ...found, fulls: { ...found.fulls }, names: { ...found.names }, titles: { ...found.titles } }
          : { key: o.record, type: o.type, occurrences: 0, fulls: {}, names: {}, titles: {} };
        entry = { record, terms: found ? recordTerms(found) : [] };
        changed.set(o.record, entry);
      }
      return entry.record;
    };
    for (const o of before) tally(open(o), o, -1);
    for (const o of after) tally(open(o), o, 1);
    for (const o of before) this.items.unfile(`r:${o.record}`, article);
    for (const o of after) this.items.file(`r:${o.record}`, article);
    for (const [key, { record, terms }] of changed) {
      const next = record.occurrences > 0 ? recordTerms(record) : [];
      for (const t of terms) if (!next.includes(t)) this.items.unfile(t, key);
      for (const t of next) if (!terms.includes(t)) this.items.file(t, key);
      if (record.occurrences > 0) this.cache.put(`rec:${key}`, record);
      else {
        this.cache.delete(`rec:${key}`);
        this.departed.set(key, { group: record.group, entity: record.entity });
      }
      this.people.delete(key);
      this.touched.add(key);
    }
    if (after.length) {
      this.cache.put(`occ:${article}`, after);
      this.cache.put(`or:${article}`, occurrenceRecords(after));
    } else if (before.length) {
      this.cache.delete(`occ:${article}`);
      this.cache.delete(`or:${article}`);
    }
  }

  /** A person record for comparison (its company read lazily from the articles with the smallest ids). */
  private person(key: string): Person {
    let p = this.people.get(key);
    if (p) return p;
    const record = this.record(key)!;
    let company: Set<string> | undefined;
    p = {
      key,
      full: personParts(record),
      titles: new Set(Object.keys(record.titles)),
      apart: (record.apart ?? 0) > 0,
      company: () => {
        if (!company) {
          company = new Set();
          for (const article of this.items.keysUnder(`r:${key}`, this.options.companySample)) {
            for (const o of this.cache.get<Occurrence[]>(`occ:${article}`) ?? [])
              if (o.record === key) for (const s of o.company) company.add(s);
          }
        }
        return company;
      },
    };
    this.people.set(key, p);
    return p;
  }

  /** Partners found during one `resolve` (records do not change while it runs). */
  private readonly partnerMemo = new Map<string, { key: string; reason: MergeReason }[]>();

  /** The person records that may be one with this one, each with the reason. */
  private partners(key: string): { key: string; reason: MergeReason }[] {
    const memo = this.partnerMemo.get(key);
    if (memo) return memo;
    const me = this.person(key);
    const seen = new Set<string>([key]);
    const out: { key: string; reason: MergeReason }[] = [];
    for (const b of recordTerms(this.record(key)!).filter((t) => t.startsWith('b:'))) {
      for (const other of this.items.keysUnder(b)) {
        if (seen.has(other)) continue;
        seen.add(other);
        // Most of a block are other people, told by the names in their keys: their records are not read.
        if (!this.people.has(other) && namesDiffer(me.full, keyParts(other))) continue;
        const reason = scorePeople(me, this.person(other), this.options);
        if (reason && reason.score >= this.options.minScore) out.push({ key: other, reason });
      }
    }
    this.partnerMemo.set(key, out);
    return out;
  }

  /** The typed record an untyped name joins: one that uses the name, else a person of that surname. */
  private adopter(key: string): string | undefined {
    const name = key.slice('unknown|'.length);
    const typed = (term: string) => this.items.keysUnder(term).filter((k) => !k.startsWith('unknown|'));
    return typed(`n:${name}`)[0] ?? typed(`s:${name}`)[0];
  }

  /** The records an untyped name could be adopted by, seen from a typed record: its names and surname. */
  private adoptees(record: AliasRecord): string[] {
    const keys = Object.keys(record.names).map((n) => `unknown|${nameKey(n)}`);
    if (record.type === 'person') keys.push(`unknown|${personParts(record).surname}`);
    return [...new Set(keys)].filter((k) => this.record(k));
  }

  /**
   * Everything that must be resolved again with the touched records: the records they may be merged
   * with, the untyped names they may adopt, and the records of the groups they were in, transitively.
   */
  private component(start: Iterable<string>, done: Set<string>): string[] {
    const out: string[] = [];
    const queue = [...start].filter((k) => !done.has(k));
    for (const k of queue) done.add(k);
    while (queue.length) {
      const key = queue.pop()!;
      const record = this.record(key);
      const next: string[] = [];
      const group = record ? record.group : this.departed.get(key)?.group;
      if (group) next.push(...(this.cache.get<GroupItem>(`grp:${group}`)?.records ?? []));
      if (record) {
        out.push(key);
        if (record.type === 'person') next.push(...this.partners(key).map((p) => p.key));
        if (record.type === 'unknown') {
          const adopter = this.adopter(key);
          if (adopter) next.push(adopter);
        } else next.push(...this.adoptees(record));
      }
      for (const n of next) {
        if (done.has(n)) continue;
        done.add(n);
        queue.push(n);
      }
    }
    return out.sort();
  }

  /**
   * Resolves the touched records again, with their components, and rewrites the entities that changed,
   * hand corrections applied. Returns which entities went and which were written.
   */
  resolve(corrections: readonly Correction[]): AliasChange {
    const oldGroups = new Set<string>();
    const written = new Map<string, GroupItem>();
    const before = new Set<string>();
    const resolved: string[] = [];
    const done = new Set<string>();
    for (const d of this.departed.values()) {
      if (d.group) oldGroups.add(d.group);
      if (d.entity) before.add(d.entity);
    }
    for (const key of [...this.touched].sort()) {
      if (done.has(key)) continue;
      const members = this.component([key], done);
      for (const k of members) {
        const r = this.record(k)!;
        if (r.group) oldGroups.add(r.group);
        if (r.entity) before.add(r.entity);
      }
      resolved.push(...members);
      for (const [group, item] of this.resolveComponent(members)) written.set(group, item);
    }
    for (const g of oldGroups) if (!written.has(g)) this.cache.delete(`grp:${g}`);
    for (const [g, item] of written) this.cache.put(`grp:${g}`, item);
    this.touched.clear();
    this.departedRecords = new Set(this.departed.keys());
    this.departed.clear();
    this.partnerMemo.clear();
    const change = this.rewriteEntities(new Set(written.keys()), before, resolved, corrections);
    this.cache.flush();
    return change;
  }

  /** Resolves one component: people by the best pairs first, names by name, untyped names by adoption. */
  private resolveComponent(keys: readonly string[]): Map<string, GroupItem> {
    const index = new Map(keys.map((k, i) => [k, i]));
    const records = keys.map((k) => this.record(k)!);
    const uf = new UnionFind(keys.length);
    const reasons = new Map<number, MergeReason[]>();
    const pairs: { a: number; b: number; reason: MergeReason }[] = [];
    const partners = new Map<number, number[]>();
    for (const [i, r] of records.entries()) {
      if (r.type !== 'person') continue;
      for (const p of this.partners(r.key)) {
        const j = index.get(p.key);
        if (j === undefined) continue;
        if (!partners.has(i)) partners.set(i, []);
        partners.get(i)!.push(j);
        if (i < j) pairs.push({ a: i, b: j, reason: p.reason });
      }
    }
    pairs.sort((x, y) => y.reason.score - x.reason.score || x.a - y.a || x.b - y.b);
    // A surname alone that fits people with different given names stays out of all of them — unless one
    // of them is named in far more of the corpus's articles than every other: a bare surname names the
    // most salient bearer ("Trump" is the president, not his wife named once).
    const ambiguous = new Set<number>();
    const only = new Map<number, string>();
    for (const [i, r] of records.entries()) {
      if (r.type !== 'person' || this.person(r.key).full.given.length) continue;
      const fits = new Map<string, number>();
      for (const j of partners.get(i) ?? []) {
        const given = this.person(keys[j]!).full.given[0];
        if (given !== undefined) fits.set(given, (fits.get(given) ?? 0) + records[j]!.occurrences);
      }
      if (fits.size < 2) continue;
      const [top, next] = [...fits].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
      if (top![1] >= this.options.salientRatio * next![1] && top![1] >= this.options.salientArticles)
        only.set(i, top![0]);
      else ambiguous.add(i);
    }
    const given = (i: number) => this.person(keys[i]!).full.given[0];
    const lists = new Map<number, number[]>();
    const members = (root: number) => lists.get(root) ?? [root];
    for (const { a, b, reason } of pairs) {
      if (ambiguous.has(a) || ambiguous.has(b)) continue;
      if ((only.has(a) && given(b) !== only.get(a)) || (only.has(b) && given(a) !== only.get(b))) continue;
      const ra = uf.find(a);
      const rb = uf.find(b);
      if (ra === rb) continue;
      const [ma, mb] = [members(ra), members(rb)];
      if (
        !this.compatible(
          ma.map((i) => keys[i]!),
          mb.map((i) => keys[i]!),
        )
      )
        continue;
      const root = uf.union(ra, rb);
      lists.delete(ra);
      lists.delete(rb);
      lists.set(root, [...ma, ...mb]);
      reasons.set(root, [...(reasons.get(ra) ?? []), ...(reasons.get(rb) ?? []), reason]);
      if (root !== ra) reasons.delete(ra);
      if (root !== rb) reasons.delete(rb);
    }
    // Untyped names join the group of the record that names them so.
    for (const [i, r] of records.entries()) {
      if (r.type !== 'unknown') continue;
      const target = this.adopter(r.key);
      const j = target === undefined ? undefined : index.get(target);
      if (j === undefined) continue;
      const root = uf.find(j);
      const type = records[j]!.type;
      const reason = {
        a: recordSurface(r),
        b: recordSurface(records[j]!),
        score: 0.75,
        reason: `named so as ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} in another article`,
      };
      const joined = uf.union(root, i);
      if (joined === -1) continue;
      reasons.set(joined, [...(reasons.get(root) ?? []), ...(reasons.get(i) ?? []), reason]);
      if (joined !== root) reasons.delete(root);
    }
    const out = new Map<string, GroupItem>();
    for (const group of uf.groups()) {
      const groupKeys = group.map((i) => keys[i]!);
      const typed = groupKeys.filter((k) => !k.startsWith('unknown|'));
      if (!typed.length) {
        for (const k of groupKeys) this.setGroup(k, undefined);
        continue;
      }
      const id = typed.sort()[0]!;
      for (const k of groupKeys) this.setGroup(k, id);
      out.set(id, { records: groupKeys.sort(), merges: reasons.get(uf.find(group[0]!)) ?? [] });
    }
    return out;
  }

  private setGroup(key: string, group: string | undefined): void {
    const r = this.record(key)!;
    if (r.group === group) return;
    const next = { ...r };
    if (group) next.group = group;
    else delete next.group;
    this.cache.put(`rec:${key}`, next);
  }

  /** True when every full name in one group can be the same person as every full name in the other. */
  private compatible(a: readonly string[], b: readonly string[]): boolean {
    for (const x of a) {
      const px = this.record(x)!.type === 'person' ? this.person(x) : undefined;
      if (!px?.full.given.length) continue;
      for (const y of b) {
        const py = this.record(y)!.type === 'person' ? this.person(y) : undefined;
        if (py?.full.given.length && !scorePeople(px, py, this.options)) return false;
      }
    }
    return true;
  }

  /** The groups holding an alias (any record using it as a name). */
  private groupsHolding(alias: string): string[] {
    return this.items
      .keysUnder(`n:${nameKey(alias)}`)
      .map((k) => this.record(k)?.group)
      .filter((g): g is string => !!g);
  }

  /**
   * Writes the entities of the groups written this update, and of every group a hand correction names
   * (corrections are applied here, in the order made, to those groups only: a correction only ever
   * joins or parts groups holding the aliases it names). `before`: the entities the resolved records
   * were in; `resolved`: the records resolved this update.
   */
  private rewriteEntities(
    writtenGroups: ReadonlySet<string>,
    before: Set<string>,
    resolved: readonly string[],
    corrections: readonly Correction[],
  ): AliasChange {
    const last = this.cache.get<Correction[]>('corrections') ?? [];
    const changedCorrections = JSON.stringify(last) !== JSON.stringify(corrections);
    const named = (list: readonly Correction[]) =>
      list.flatMap((c) =>
        c.action === 'merge' ? [c.a, c.b] : c.action === 'split' ? [c.entity, c.alias] : [c.entity],
      );
    const groups = new Set(writtenGroups);
    for (const alias of named(changedCorrections ? [...corrections, ...last] : corrections))
      for (const g of this.groupsHolding(alias)) groups.add(g);
    if (changedCorrections) this.cache.put('corrections', corrections);
    if (!groups.size && !before.size) return { removed: [], written: [], remapped: [], renamed: [] };
    for (const g of groups)
      for (const k of this.cache.get<GroupItem>(`grp:${g}`)?.records ?? []) {
        const e = this.record(k)?.entity;
        if (e) before.add(e);
      }
    const entities = this.entitiesOf([...groups].sort(), corrections);
    const written = new Set<string>();
    const placed = new Set<string>();
    const remapped = new Set<string>();
    const renamed = new Set<string>();
    for (const e of entities) {
      const old = this.cache.get<EntityItem>(`ent:${e.id}`);
      if (!old || old.name !== e.name || old.type !== e.type) renamed.add(e.id);
      this.cache.put(`ent:${e.id}`, e);
      written.add(e.id);
      for (const k of e.records) {
        placed.add(k);
        const r = this.record(k)!;
        if (r.entity !== e.id) {
          this.cache.put(`rec:${k}`, { ...r, entity: e.id });
          remapped.add(k);
        }
      }
    }
    // Records resolved into no entity (an untyped name nobody adopts) lose their link.
    for (const k of resolved) {
      const r = this.record(k);
      if (r?.entity && !placed.has(k)) {
        const next = { ...r };
        delete next.entity;
        this.cache.put(`rec:${k}`, next);
        remapped.add(k);
      }
    }
    const removed = [...before].filter((id) => !written.has(id));
    for (const id of removed) this.cache.delete(`ent:${id}`);
    for (const k of this.departedRecords) remapped.delete(k);
    return {
      removed: removed.sort(),
      written: [...written].sort(),
      remapped: [...remapped].sort(),
      renamed: [...renamed, ...removed].sort(),
    };
  }

  /** The entities of some groups, hand corrections applied in order. */
  private entitiesOf(groupIds: readonly string[], corrections: readonly Correction[]): EntityItem[] {
    let list = groupIds
      .map((g) => this.cache.get<GroupItem>(`grp:${g}`))
      .filter((g): g is GroupItem => !!g)
      .map((g) => ({ records: [...g.records], merges: [...g.merges] }));
    const holds = (g: GroupItem, alias: string) =>
      g.records.some((k) => Object.keys(this.record(k)?.names ?? {}).some((n) => nameKey(n) === nameKey(alias)));
    for (const c of corrections) {
      if (c.action === 'merge') {
        const a = list.find((g) => holds(g, c.a));
        const b = list.find((g) => holds(g, c.b));
        if (!a || !b || a === b) continue;
        list = list.filter((g) => g !== b);
        a.records.push(...b.records);
        a.merges.push(...b.merges, { a: c.a, b: c.b, score: 1, reason: 'merged by hand' });
      } else if (c.action === 'split') {
        const g = list.find((x) => holds(x, c.entity) && holds(x, c.alias));
        if (!g) continue;
        const off = g.records.filter((k) =>
          Object.keys(this.record(k)?.names ?? {}).some((n) => nameKey(n) === nameKey(c.alias)),
        );
        if (off.length === g.records.length) continue;
        g.records = g.records.filter((k) => !off.includes(k));
        list.push({ records: off, merges: [{ a: c.alias, b: c.entity, score: 1, reason: 'split off by hand' }] });
      }
    }
    const renames = corrections.filter((c): c is Extract<Correction, { action: 'rename' }> => c.action === 'rename');
    return list.flatMap((g) => {
      const records = g.records.map((k) => this.record(k)!);
      const typed = records.filter((r) => r.type !== 'unknown');
      if (!typed.length) return [];
      const weights: Record<string, number> = {};
      for (const r of typed) weights[r.type] = (weights[r.type] ?? 0) + r.occurrences;
      const type = heaviest(weights) as EntityItem['type'];
      const aliases = [...new Set(records.flatMap((r) => Object.keys(r.names)))].sort();
      let name = canonicalName(records);
      const renamed = renames.filter((c) => aliases.some((a) => nameKey(a) === nameKey(c.entity))).pop();
      if (renamed) name = renamed.name;
      const keys = [...g.records].sort();
      return [{ id: entityId(type, typed), type, name, aliases, merges: g.merges, records: keys }];
    });
  }
}

/**
 * The name an entity is shown under: its most used full name (of two words or more, a generational suffix
 * not counted: "Trump Jr." is a surname), else its most used name.
 */
function canonicalName(records: readonly AliasRecord[]): string {
  const weights = new Map<string, number>();
  for (const r of records) for (const [n, w] of Object.entries(r.names)) weights.set(n, (weights.get(n) ?? 0) + w);
  const full = (name: string) => Number(nameWords(name).length > 1);
  return [...weights.entries()].sort(
    (x, y) => full(y[0]) - full(x[0]) || y[1] - x[1] || y[0].length - x[0].length || x[0].localeCompare(y[0]),
  )[0]![0];
}
