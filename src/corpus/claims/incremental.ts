/**
 * The cross-check, incremental. Each article contributes items (its numbers with a measure, the roles
 * it states, the evidence of its quotes) to partitions that are checked on their own:
 * - `q|<story>|<kind>|<measure>|<unit>`: the values of one measure in one story, and their conflict;
 * - `r|<person>|<title>`: one person's claims to one title (by organisation, holder or former), and the
 *   "former" conflicts among them;
 * - `s|<statement>`: the claim that a speaker said the words of one statement;
 * and, over the role partitions, the holder conflicts of each office (`h:<office>`). A change checks
 * again only the partitions it touches, so the result does not depend on the order articles came in.
 *
 * Items: `a:<article>` its contributions; `r:<partition>` a partition's claims and conflicts;
 * `h:<office>` a holder conflict. Terms: `p:<partition>` → articles; `e:<entity>` → partitions naming
 * the entity; `o:<office>` → role partitions with a claim to it.
 */
import type { Quantity } from '../../stages/quantities/types.ts';
import type { RoleMention } from '../../stages/entities/types.ts';
import { ItemCache, type ItemStore } from '../items.ts';
import { measureClaims, type QuantityItem } from './quantity.ts';
import { formerConflicts, holderConflicts, isHolderClaim, personRoleClaims, type RoleClaim } from './roles.ts';
import { distinct, evidence } from './sources.ts';
import { STATEMENT_DEFAULTS, shorten } from './statements.ts';
import type { Claim, ClaimArticle, Conflict, CrossCheckResult, Evidence } from './types.ts';

/** Evidence before its source is known. */
type Unsourced = Omit<Evidence, 'source'>;

/** What one article contributes. */
interface ArticleItem {
  quantities: { key: string; q: Quantity; ev: Unsourced; speaker?: number }[];
  roles: { cluster: number; role: Omit<RoleMention, 'cluster'>; ev: Unsourced }[];
  quotes: Record<string, Unsourced>;
  /** The source it counts for when it derives from no other article: its outlet, else its id. */
  self: string;
  /** The order evidence is listed in: by date, then outlet, then article. */
  order: string;
  /** The partitions it is filed under. */
  partitions: string[];
}

/** A partition's result. */
interface PartitionItem {
  claims: Claim[];
  conflicts: Conflict[];
  /** Entities it names (for renames), offices its holder claims are to. */
  entities: string[];
  offices: string[];
  /** Its holder claims, for the conflicts of their offices. */
  holders: { claim: string; entity: string; name: string; title: string; org: string; office: string }[];
}

/** What the cross-check needs to know of the rest of the corpus. */
export interface ClaimEnvironment {
  /** The corpus entity of an article's entity (cluster), with its name and type. */
  entityOf(article: string, cluster: number | undefined): { id: string; name: string; type: string } | undefined;
  /** An entity's name by id. */
  entityName(id: string): string | undefined;
  /** The story (storyline) of an article: numbers are compared within one. */
  storyOf(article: string): string | undefined;
  /** The source an article counts for when it derives from another (its original's outlet), else undefined. */
  groupSource(article: string): string | undefined;
  /** A statement of the quotes stage: its speaker, text, whether a quote of it is direct, its quotes. */
  statement(
    id: string,
  ): { speaker: string | null; text: string; direct: boolean; quotes: { article: string; id: string }[] } | undefined;
}

/** Strips the source of a piece of evidence, to keep it until its source is known. */
function unsourced(e: Evidence): Unsourced {
  const { source: _source, ...rest } = e;
  return rest;
}

/** What an article contributes, from its text, sentences, quantities, entities and quotes. */
export function contributions(a: ClaimArticle, quoteIds: (q: ClaimArticle['quotes'][number]) => string) {
  const quantities: ArticleItem['quantities'] = [];
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
  const roles: ArticleItem['roles'] = a.entities.roles.map(({ cluster, ...role }) => ({
    cluster,
    role,
    ev: unsourced(evidence(a, role, '')),
  }));
  const quotes: Record<string, Unsourced> = {};
  for (const q of a.quotes) quotes[quoteIds(q)] = unsourced(evidence(a, q, ''));
  return {
    quantities,
    roles,
    quotes,
    self: a.outlet ?? a.id,
    order: `${a.published ?? '~'}\u0000${a.outlet ?? a.label ?? '~'}\u0000${a.id}`,
  };
}

/** The incremental cross-check over an item store. */
export class ClaimResolver {
  private readonly cache: ItemCache;
  private readonly dirty = new Set<string>();

  /** The independent source an article counts for. */
  private sourceOf(article: string): string {
    return this.env.groupSource(article) ?? this.cache.get<ArticleItem>(`a:${article}`)?.self ?? article;
  }

  constructor(
    readonly items: ItemStore,
    private readonly env: ClaimEnvironment,
    private readonly options: { approxTolerance: number },
  ) {
    this.cache = new ItemCache(items);
  }

  /** The partitions an article's contributions go to, as things stand. */
  private partitionsOf(article: string, item: Omit<ArticleItem, 'partitions'>): string[] {
    const out = new Set<string>();
    const story = this.env.storyOf(article);
    for (const q of item.quantities) out.add(`q|${story ? `${story}|` : ''}${q.key}`);
    for (const r of item.roles) {
      const entity = this.env.entityOf(article, r.cluster);
      if (entity?.type === 'person') out.add(`r|${entity.id}|${r.role.title.toLowerCase()}`);
    }
    return [...out].sort();
  }

  /**
   * Takes in an article's contributions (undefined: it is gone), or files the ones it has again
   * (`undefined` contributions and `keep`: its story, group or entities changed).
   */
  setArticle(article: string, item: Omit<ArticleItem, 'partitions'> | undefined, keep = false): void {
    const before = this.cache.get<ArticleItem>(`a:${article}`);
    const next = item ?? (keep ? before : undefined);
    for (const p of before?.partitions ?? []) {
      this.items.unfile(`p:${p}`, article);
      this.dirty.add(p);
    }
    if (!next) {
      if (before) this.cache.delete(`a:${article}`);
      return;
    }
    const partitions = this.partitionsOf(article, next);
    this.cache.put(`a:${article}`, { ...next, partitions });
    for (const p of partitions) {
      this.items.file(`p:${p}`, article);
      this.dirty.add(p);
    }
  }

  /** Marks partitions for another look: those of statements that changed, or naming entities renamed. */
  touchStatement(id: string): void {
    this.dirty.add(`s|${id}`);
  }

  touchEntity(id: string): void {
    for (const p of this.items.keysUnder(`e:${id}`)) this.dirty.add(p);
  }

  /** Checks the touched partitions again, then the holder conflicts of the offices they touch. */
  resolve(): void {
    const offices = new Set<string>();
    for (const p of [...this.dirty].sort()) {
      const before = this.cache.get<PartitionItem>(`r:${p}`);
      for (const e of before?.entities ?? []) this.items.unfile(`e:${e}`, p);
      for (const o of before?.offices ?? []) {
        this.items.unfile(`o:${o}`, p);
        offices.add(o);
      }
      const after = this.partition(p);
      if (!after || !after.claims.length) {
        if (before) this.cache.delete(`r:${p}`);
        continue;
      }
      this.cache.put(`r:${p}`, after);
      for (const e of after.entities) this.items.file(`e:${e}`, p);
      for (const o of after.offices) {
        this.items.file(`o:${o}`, p);
        offices.add(o);
      }
    }
    this.dirty.clear();
    for (const office of [...offices].sort()) this.holderConflict(office);
    this.cache.flush();
  }

  /** The articles of a partition, in the order evidence is listed. */
  private articlesOf(p: string): string[] {
    const order = (a: string) => this.cache.get<ArticleItem>(`a:${a}`)?.order ?? a;
    return this.items
      .keysUnder(`p:${p}`)
      .map((a) => [order(a), a] as const)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([, a]) => a);
  }

  /** The claims of one partition from its articles' contributions. */
  private partition(p: string): PartitionItem | undefined {
    if (p.startsWith('s|')) return this.statementPartition(p.slice(2));
    const articles = this.articlesOf(p);
    if (p.startsWith('q|')) {
      const key = p.slice(2);
      const entities = new Set<string>();
      const items: QuantityItem[] = [];
      for (const article of articles) {
        const a = this.cache.get<ArticleItem>(`a:${article}`)!;
        const story = this.env.storyOf(article);
        for (const q of a.quantities) {
          if (`${story ? `${story}|` : ''}${q.key}` !== key) continue;
          // A number inside a quote counts for its speaker: two outlets citing one origin count once.
          const speaker = this.env.entityOf(article, q.speaker);
          if (speaker) entities.add(speaker.id);
          items.push({ q: q.q, ev: { ...q.ev, source: speaker?.name ?? this.sourceOf(article) } });
        }
      }
      if (!items.length) return undefined;
      const made = measureClaims(key, items, this.options);
      return { ...made, entities: [...entities].sort(), offices: [], holders: [] };
    }
    // r|<person>|<title>
    const [, person, title] = p.split('|') as [string, string, string];
    const name = this.env.entityName(person);
    if (!name) return undefined;
    const items = [];
    for (const article of articles) {
      const a = this.cache.get<ArticleItem>(`a:${article}`)!;
      for (const r of a.roles) {
        if (r.role.title.toLowerCase() !== title || this.env.entityOf(article, r.cluster)?.id !== person) continue;
        const role = { ...r.role, article };
        items.push({
          role,
          ev: { ...r.ev, value: role.former ? 'former' : name, source: this.sourceOf(article) },
        });
      }
    }
    if (!items.length) return undefined;
    const built = personRoleClaims({ id: person, name }, items);
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
      })),
    };
  }

  /** The claim that a named speaker said the words of a statement (with a direct or mixed quote). */
  private statementPartition(id: string): PartitionItem | undefined {
    const s = this.env.statement(id);
    if (!s?.speaker || !s.direct) return undefined;
    const speaker = this.env.entityName(s.speaker);
    if (!speaker) return undefined;
    const ev: Evidence[] = [];
    const order = (a: string) => this.cache.get<ArticleItem>(`a:${a}`)?.order ?? a;
    const quotes = [...s.quotes].sort((x, y) => {
      const [ox, oy] = [order(x.article), order(y.article)];
      return ox < oy ? -1 : ox > oy ? 1 : x.id < y.id ? -1 : 1;
    });
    for (const q of quotes) {
      const found = this.cache.get<ArticleItem>(`a:${q.article}`)?.quotes[q.id];
      if (found) ev.push({ ...found, source: this.sourceOf(q.article) });
    }
    if (!ev.length) return undefined;
    const claim: Claim = {
      id: `c_${id.slice(2)}`,
      kind: 'statement',
      statement: `${speaker} said ${shorten(s.text, STATEMENT_DEFAULTS.maxChars)}`,
      about: `speaker|${s.speaker}`,
      status: 'single-source',
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
      const part = this.cache.get<PartitionItem>(`r:${p}`);
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
        });
      }
    }
    const [conflict] = holderConflicts(claims);
    if (conflict) this.cache.put(`h:${office}`, conflict);
    else this.cache.delete(`h:${office}`);
  }
}

const KIND_ORDER: Record<string, number> = { q: 0, r: 1, s: 2 };
const CONFLICT_ORDER: Record<string, number> = { value: 0, holder: 1, former: 2 };

/**
 * The cross-check's results as readers see them: every claim and conflict (or those of some articles),
 * a claim's status from the conflicts it is in and its independent sources.
 */
export function claimResultsOf(
  items: ItemStore,
  scope?: { articles: readonly string[]; statements: readonly string[] },
): CrossCheckResult {
  let parts: [string, PartitionItem][];
  let holders: Conflict[];
  if (!scope) {
    parts = [...items.scan<PartitionItem>('r:')];
    holders = [...items.scan<Conflict>('h:')].map(([, c]) => c);
  } else {
    // Only the partitions of some articles (and their statements), and the offices they claim.
    const keys = new Set(scope.statements.map((id) => `s|${id}`));
    for (const a of scope.articles) for (const p of items.get<ArticleItem>(`a:${a}`)?.partitions ?? []) keys.add(p);
    parts = [...keys].flatMap((k) => {
      const part = items.get<PartitionItem>(`r:${k}`);
      return part ? [[`r:${k}`, part] as [string, PartitionItem]] : [];
    });
    holders = [...new Set(parts.flatMap(([, p]) => p.offices))]
      .sort()
      .flatMap((o) => items.get<Conflict>(`h:${o}`) ?? []);
  }
  parts.sort(([a], [b]) => KIND_ORDER[a[2]!]! - KIND_ORDER[b[2]!]! || (a < b ? -1 : 1));
  const claims = parts.flatMap(([, p]) => p.claims);
  const conflicts = [...parts.flatMap(([, p]) => p.conflicts), ...holders];
  conflicts.sort((a, b) => CONFLICT_ORDER[a.kind]! - CONFLICT_ORDER[b.kind]! || (a.id < b.id ? -1 : 1));
  const contested = new Set(conflicts.flatMap((c) => c.claims));
  for (const claim of claims)
    claim.status = contested.has(claim.id) ? 'contested' : claim.sources.length >= 2 ? 'corroborated' : 'single-source';
  return { claims, conflicts };
}
