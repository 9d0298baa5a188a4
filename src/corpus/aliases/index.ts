import { createHash } from 'node:crypto';
import type { ArticleEntities, EntityType } from '../../stages/entities/types.ts';
import { nameKey } from '../../stages/entities/index.ts';
import { givenNamesAgree, nameParts, soundKey, surnamesAgree, transliterationKey, type NameParts } from './names.ts';

/** What the alias stage reads: each article's entities. */
export interface AliasInput {
  article: string;
  entities: ArticleEntities;
}

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

/** One entity across the corpus. */
export interface Entity {
  id: string;
  type: Exclude<EntityType, 'unknown'>;
  name: string;
  aliases: string[];
  mentions: { article: string; start: number; end: number; text: string; kind: 'name' | 'description' }[];
  roles: {
    title: string;
    org?: string;
    country?: string;
    former?: boolean;
    article: string;
    start: number;
    end: number;
    text: string;
  }[];
  merges: MergeReason[];
}

/** Defaults: the least score at which two groups are merged. */
export const ALIAS_DEFAULTS = { minScore: 0.7, minSharedCompany: 2 };

/** One article's entity (a cluster), the unit the alias stage merges. */
interface Node {
  index: number;
  article: string;
  cluster: number;
  type: EntityType;
  names: NameParts[];
  /** The fullest name in the article. */
  full: NameParts;
  titles: Set<string>;
  /** Surnames of the other people named in the same article: the company a name keeps. */
  company: Set<string>;
}

/** Union–find over nodes, keeping for each group the reasons of its merges. */
class Groups {
  private parent: number[];
  readonly reasons = new Map<number, MergeReason[]>();
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number, reason?: MergeReason): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    this.parent[rb] = ra;
    const merged = [...(this.reasons.get(ra) ?? []), ...(this.reasons.get(rb) ?? []), ...(reason ? [reason] : [])];
    this.reasons.set(ra, merged);
    this.reasons.delete(rb);
  }
}

/**
 * Scores whether two people are one: a name agreement, and for a likely misspelling, context that
 * agrees too (the same role, or the same company of names). Undefined when they are not one.
 */
function scorePeople(a: Node, b: Node, options: typeof ALIAS_DEFAULTS): MergeReason | undefined {
  const surname = surnamesAgree(a.full.surname, b.full.surname);
  if (surname === 'different') return undefined;
  const given = givenNamesAgree(a.full.given, b.full.given);
  if (given === 'different') return undefined;
  const label = { a: a.full.surface, b: b.full.surface };
  if (surname === 'same' && given === 'same') return { ...label, score: 1, reason: 'same name' };
  if (surname === 'same' && given === 'unknown')
    return { ...label, score: 0.85, reason: 'same surname, the other name given in full' };
  if (surname === 'same')
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
  const sharedCompany = [...a.company].filter((s) => b.company.has(s));
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
    reason: `likely misspelling of one name (${a.full.surname} / ${b.full.surname}): ${context.join('; ')}`,
  };
}

/** Nodes of the corpus: one per article entity, persons with their names taken apart. */
function buildNodes(inputs: readonly AliasInput[]): Node[] {
  const nodes: Node[] = [];
  for (const { article, entities } of inputs) {
    const surnames = entities.clusters.filter((c) => c.type === 'person').map((c) => nameParts(c.name).surname);
    for (const c of entities.clusters) {
      const names = c.names.map(nameParts);
      const titles = new Set(entities.roles.filter((r) => r.cluster === c.id).map((r) => r.title.toLowerCase()));
      const full = nameParts(c.name);
      nodes.push({
        index: nodes.length,
        article,
        cluster: c.id,
        type: c.type,
        names,
        full,
        titles,
        company: new Set(surnames.filter((s) => s !== full.surname)),
      });
    }
  }
  return nodes;
}

/** Blocking keys of a person: only nodes sharing one are compared (sound of the surname, its start). */
function blockKeys(node: Node): string[] {
  const t = transliterationKey(node.full.surname);
  return [`s:${soundKey(node.full.surname)}`, `p:${t.slice(0, 3)}`];
}

/** True when every full name in one group can be the same person as every full name in the other. */
function compatible(groupA: Node[], groupB: Node[], options: typeof ALIAS_DEFAULTS): boolean {
  for (const a of groupA) {
    for (const b of groupB) {
      if (a.full.given.length && b.full.given.length && !scorePeople(a, b, options)) return false;
    }
  }
  return true;
}

/** The name an entity is shown under: its most used full name, else its most used name. */
function canonicalName(members: Node[], mentionCounts: Map<string, number>): string {
  const candidates = new Map<string, number>();
  for (const m of members)
    for (const n of m.names)
      candidates.set(n.surface, (candidates.get(n.surface) ?? 0) + (mentionCounts.get(n.surface) ?? 1));
  return [...candidates.entries()].sort(
    (x, y) =>
      Number(y[0].includes(' ')) - Number(x[0].includes(' ')) ||
      y[1] - x[1] ||
      y[0].length - x[0].length ||
      x[0].localeCompare(y[0]),
  )[0]![0];
}

/** A stable id from the type and the canonical name. */
function entityId(type: string, name: string): string {
  return `e_${createHash('sha256')
    .update(`${type}\u0000${nameKey(name)}`)
    .digest('hex')
    .slice(0, 12)}`;
}

/**
 * The alias stage: merges the article-level entities of the whole corpus into entities — name
 * variants, transliterations, nicknames, misspellings when the context agrees — and keeps apart
 * different people who share a surname or a role. Names the articles could not type join an entity
 * named so elsewhere. Hand corrections are applied last. Pure: it reads its input and returns entities.
 */
export function resolveAliases(
  inputs: readonly AliasInput[],
  corrections: readonly Correction[] = [],
  options = ALIAS_DEFAULTS,
): Entity[] {
  const nodes = buildNodes(inputs);
  const groups = new Groups(nodes.length);
  const typed = nodes.filter((n) => n.type !== 'unknown');

  // People: compare within blocks, best pairs first, never joining groups with clashing full names.
  const people = typed.filter((n) => n.type === 'person');
  const blocks = new Map<string, Node[]>();
  for (const n of people) for (const k of blockKeys(n)) blocks.set(k, [...(blocks.get(k) ?? []), n]);
  const pairs: { a: Node; b: Node; reason: MergeReason }[] = [];
  const seen = new Set<string>();
  for (const block of blocks.values()) {
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const a = block[i]!;
        const b = block[j]!;
        const key = `${Math.min(a.index, b.index)}:${Math.max(a.index, b.index)}`;
        if (seen.has(key) || a.article === b.article) continue;
        seen.add(key);
        const reason = scorePeople(a, b, options);
        if (reason && reason.score >= options.minScore) pairs.push({ a, b, reason });
      }
    }
  }
  pairs.sort((x, y) => y.reason.score - x.reason.score);
  // The members of each group, kept as groups are joined (a scan of every node per pair is quadratic).
  const lists = new Map<number, Node[]>();
  const members = (root: number) => lists.get(root) ?? [nodes[root]!];
  // A surname alone that fits people with different given names stays out of all of them.
  const partners = new Map<number, Node[]>();
  const partnersOf = (n: Node) => {
    let list = partners.get(n.index);
    if (!list) partners.set(n.index, (list = []));
    return list;
  };
  for (const { a, b } of pairs) {
    partnersOf(a).push(b);
    partnersOf(b).push(a);
  }
  const ambiguous = new Set<number>();
  for (const n of people.filter((p) => !p.full.given.length)) {
    const fits = new Set((partners.get(n.index) ?? []).filter((o) => o.full.given.length).map((o) => o.full.given[0]));
    if (fits.size > 1) ambiguous.add(n.index);
  }
  for (const { a, b, reason } of pairs) {
    if (ambiguous.has(a.index) || ambiguous.has(b.index)) continue;
    const ra = groups.find(a.index);
    const rb = groups.find(b.index);
    if (ra === rb) continue;
    const [ma, mb] = [members(ra), members(rb)];
    if (!compatible(ma, mb, options)) continue;
    groups.union(a.index, b.index, reason);
    lists.delete(ra);
    lists.delete(rb);
    lists.set(groups.find(a.index), [...ma, ...mb]);
  }

  // Organisations and places: the same name is the same entity.
  const byName = new Map<string, number>();
  for (const n of typed.filter((t) => t.type !== 'person')) {
    const k = `${n.type}:${nameKey(n.full.surface).replace(/^the /, '')}`;
    if (byName.has(k)) groups.union(byName.get(k)!, n.index);
    else byName.set(k, n.index);
  }

  // Untyped names: join the entity named so elsewhere (a surname, a full name, an organisation).
  const lookup = new Map<string, number>();
  for (const n of typed) {
    for (const name of n.names) {
      lookup.set(nameKey(name.surface), n.index);
      if (n.type === 'person') lookup.set(name.surname, n.index);
    }
  }
  const adopted = new Map<number, EntityType>();
  for (const n of nodes.filter((x) => x.type === 'unknown')) {
    const target = lookup.get(nameKey(n.full.surface));
    if (target === undefined) continue;
    const type = nodes[target]!.type;
    groups.union(target, n.index, {
      a: n.full.surface,
      b: nodes[target]!.full.surface,
      score: 0.75,
      reason: `named so as a ${type} in another article`,
    });
    adopted.set(n.index, type);
  }

  const found = new Map<number, Group>();
  for (const n of nodes) {
    const root = groups.find(n.index);
    if (!found.has(root)) found.set(root, { members: [], merges: groups.reasons.get(root) ?? [] });
    found.get(root)!.members.push(n);
  }
  const final = applyCorrections([...found.values()], corrections);
  return collect(inputs, final, adopted, corrections);
}

/** A group of article entities taken for one entity, with the reasons of its merges. */
interface Group {
  members: Node[];
  merges: MergeReason[];
}

/** Hand corrections, in the order made: merge the entities holding two aliases, split an alias off. */
function applyCorrections(start: Group[], corrections: readonly Correction[]): Group[] {
  let list = start;
  const holds = (g: Group, alias: string) =>
    g.members.some((n) => n.names.some((x) => nameKey(x.surface) === nameKey(alias)));
  for (const c of corrections) {
    if (c.action === 'merge') {
      const a = list.find((g) => holds(g, c.a));
      const b = list.find((g) => holds(g, c.b));
      if (!a || !b || a === b) continue;
      list = list.filter((g) => g !== b);
      a.members.push(...b.members);
      a.merges.push(...b.merges, { a: c.a, b: c.b, score: 1, reason: 'merged by hand' });
    } else if (c.action === 'split') {
      const g = list.find((x) => holds(x, c.entity) && holds(x, c.alias));
      if (!g) continue;
      const off = g.members.filter((n) => n.names.some((x) => nameKey(x.surface) === nameKey(c.alias)));
      if (off.length === g.members.length) continue;
      g.members = g.members.filter((n) => !off.includes(n));
      list = [...list, { members: off, merges: [{ a: c.alias, b: c.entity, score: 1, reason: 'split off by hand' }] }];
    }
  }
  return list;
}

/** Builds the entities from the final groups. */
function collect(
  inputs: readonly AliasInput[],
  final: Group[],
  adopted: Map<number, EntityType>,
  corrections: readonly Correction[],
): Entity[] {
  const byArticle = new Map(inputs.map((i) => [i.article, i.entities]));
  const entities: Entity[] = [];
  for (const { members, merges } of final) {
    const types = members
      .map((m) => (m.type === 'unknown' ? adopted.get(m.index) : m.type))
      .filter((t): t is EntityType => !!t && t !== 'unknown');
    if (!types.length) continue;
    const type = mostCommon(types) as Entity['type'];
    const mentions: Entity['mentions'] = [];
    const roles: Entity['roles'] = [];
    const counts = new Map<string, number>();
    for (const m of members) {
      const e = byArticle.get(m.article)!;
      for (const x of e.mentions.filter((y) => y.cluster === m.cluster)) {
        mentions.push({ article: m.article, start: x.start, end: x.end, text: x.text, kind: x.kind });
        if (x.kind === 'name') counts.set(x.text, (counts.get(x.text) ?? 0) + 1);
      }
      for (const r of e.roles.filter((y) => y.cluster === m.cluster)) {
        roles.push({
          title: r.title,
          ...(r.org ? { org: r.org } : {}),
          ...(r.country ? { country: r.country } : {}),
          ...(r.former ? { former: true } : {}),
          article: m.article,
          start: r.start,
          end: r.end,
          text: r.text,
        });
      }
    }
    const aliases = [...new Set(members.flatMap((m) => m.names.map((n) => n.surface)))].sort();
    let name = canonicalName(members, counts);
    const renames = corrections.filter((c): c is Extract<Correction, { action: 'rename' }> => c.action === 'rename');
    const renamed = renames.filter((c) => aliases.some((a) => nameKey(a) === nameKey(c.entity))).pop();
    if (renamed) name = renamed.name;
    entities.push({ id: entityId(type, name), type, name, aliases, mentions, roles, merges });
  }
  return entities.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

function mostCommon<T>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
