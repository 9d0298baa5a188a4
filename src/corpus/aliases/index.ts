/**
 * The alias stage: the article-level entities of the whole corpus merged into entities — name
 * variants, transliterations, nicknames, misspellings when the context agrees — while different people
 * who share a surname or a role stay apart; untyped names join the entity named so elsewhere; hand
 * corrections applied last. Incremental (`AliasResolver`, in resolve.ts); `resolveAliases` is the same
 * over a list of articles in memory.
 */
import { nameKey } from '../../stages/entities/index.ts';
import type { ArticleEntities, EntityType } from '../../stages/entities/types.ts';
import { memoryItems, type ItemStore } from '../items.ts';
import type { AliasRecord, OccurrenceRecords } from './records.ts';
import { ALIAS_DEFAULTS, AliasResolver, type Correction, type EntityItem, type MergeReason } from './resolve.ts';

export {
  ALIAS_DEFAULTS,
  AliasResolver,
  type AliasChange,
  type Correction,
  type EntityItem,
  type MergeReason,
} from './resolve.ts';

/**
 * Every spelling merged with a name: the aliases of the entities whose records use it as a name or, for
 * people, as a surname ("Witkoff" → "Steve Witkoff", "Stephen Whitcoff", "Whitcoff"); none when no
 * entity has that name. Read from the alias stage's items.
 */
export function spellingsOf(items: ItemStore, name: string): string[] {
  const key = nameKey(name);
  if (!key) return [];
  const records = new Set([...items.keysUnder(`n:${key}`, 64), ...items.keysUnder(`s:${key}`, 64)]);
  const entities = new Set<string>();
  for (const r of records) {
    const entity = items.get<AliasRecord>(`rec:${r}`)?.entity;
    if (entity) entities.add(entity);
  }
  const out = new Set<string>();
  for (const e of entities) for (const alias of items.get<EntityItem>(`ent:${e}`)?.aliases ?? []) out.add(alias);
  return [...out];
}

/** What the alias stage reads: each article's entities. */
export interface AliasInput {
  article: string;
  entities: ArticleEntities;
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

/** The record of each of an article's entities (`or:<article>`), as the stage keeps them. */
function recordsOf(items: ItemStore, article: string): OccurrenceRecords {
  return items.get<OccurrenceRecords>(`or:${article}`) ?? [];
}

/**
 * (article, cluster) → corpus entity id, read from the stage's items as asked and remembered: the
 * lookup the quotes, claims and readers use to name an article's entity across the corpus.
 */
export function entityResolver(items: ItemStore): (article: string, cluster: number | undefined) => string | undefined {
  const articles = new Map<string, OccurrenceRecords>();
  const records = new Map<string, string | undefined>();
  return (article, cluster) => {
    if (cluster === undefined) return undefined;
    let list = articles.get(article);
    if (!list) articles.set(article, (list = recordsOf(items, article)));
    const record = list.find(([c]) => c === cluster)?.[1];
    if (!record) return undefined;
    if (!records.has(record)) records.set(record, items.get<AliasRecord>(`rec:${record}`)?.entity);
    return records.get(record);
  };
}

/** (article, cluster) → entity id for every entity of some articles (see `entityResolver`). */
export function entityMap(items: ItemStore, articles: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const entityOf = entityResolver(items);
  for (const article of articles)
    for (const [cluster] of recordsOf(items, article)) {
      const entity = entityOf(article, cluster);
      if (entity) out.set(`${article}:${cluster}`, entity);
    }
  return out;
}

/**
 * The entities named in some articles, with their mentions and roles there, from the stage's items and
 * the articles' entities annotations. Most mentioned first; mentions in article and text order.
 */
export function entitiesOf(items: ItemStore, articles: readonly AliasInput[]): Entity[] {
  const map = entityMap(
    items,
    articles.map((a) => a.article),
  );
  const found = new Map<string, Entity>();
  const item = (id: string): Entity | undefined => {
    let e = found.get(id);
    if (!e) {
      const stored = items.get<EntityItem>(`ent:${id}`);
      if (!stored) return undefined;
      e = {
        id,
        type: stored.type,
        name: stored.name,
        aliases: stored.aliases,
        mentions: [],
        roles: [],
        merges: stored.merges,
      };
      found.set(id, e);
    }
    return e;
  };
  for (const { article, entities } of articles) {
    for (const m of entities.mentions) {
      const id = map.get(`${article}:${m.cluster}`);
      const e = id ? item(id) : undefined;
      if (e) e.mentions.push({ article, start: m.start, end: m.end, text: m.text, kind: m.kind });
    }
    for (const r of entities.roles) {
      const id = map.get(`${article}:${r.cluster}`);
      const e = id ? item(id) : undefined;
      if (!e) continue;
      e.roles.push({
        title: r.title,
        ...(r.org ? { org: r.org } : {}),
        ...(r.country ? { country: r.country } : {}),
        ...(r.former ? { former: true } : {}),
        article,
        start: r.start,
        end: r.end,
        text: r.text,
      });
    }
  }
  return [...found.values()]
    .filter((e) => e.mentions.length)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** The alias stage over articles in memory. Pure: it reads its input and returns entities. */
export function resolveAliases(
  inputs: readonly AliasInput[],
  corrections: readonly Correction[] = [],
  options = ALIAS_DEFAULTS,
): Entity[] {
  const items = memoryItems();
  const resolver = new AliasResolver(items, options);
  for (const i of inputs) resolver.setArticle(i.article, i.entities);
  resolver.resolve(corrections);
  return entitiesOf(items, inputs);
}
