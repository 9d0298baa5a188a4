/**
 * The network of a story, for graph tools (Gephi, Cytoscape …): the entities and the outlets as nodes,
 * and who mentions, quotes, appears beside or contradicts whom as weighted, dated edges. Built from the
 * JSON export document as a graphology graph; `graphml.ts` and `gexf.ts` write it.
 */
import { spanIndexAt } from '../article/span.ts';
import { MultiGraph } from 'graphology';
import { sourceName } from '../corpus/sources.ts';
import { OUTLET_SIDES, type ConflictKind } from '../corpus/claims/types.ts';
import type { ExportV1 } from './json.ts';

/** Node attributes. */
export interface GraphNode {
  label: string;
  /** person, organisation, place; or outlet. */
  kind: string;
  /** Articles naming the entity, or published by the outlet. */
  articles: number;
  first?: string;
  last?: string;
}

/** Edge attributes. */
export interface GraphEdge {
  /** mentions (outlet → entity), quotes (outlet → speaker), together (entity — entity in one sentence), contradicts (outlet — outlet). */
  relation: 'mentions' | 'quotes' | 'together' | 'contradicts';
  /** Articles (mentions, quotes), sentences (together) or conflicts (contradicts). */
  weight: number;
  first?: string;
  last?: string;
}

export type StoryGraph = MultiGraph<GraphNode, GraphEdge>;

/** Limits: entity pairs of one sentence are counted for sentences naming at most this many entities. */
export const GRAPH_DEFAULTS = { maxEntitiesPerSentence: 12 };

const UNKNOWN_OUTLET = 'unknown outlet';

/**
 * What names an article's source in an export: as the claims and the report name it (`sourceName`: its
 * outlet, else its site or title, else its id) — two articles with no outlet are not one source.
 */
export function outletName(
  a: { id: string; outlet?: string; source: { url?: string }; title?: string } | undefined,
): string {
  return a ? sourceName({ id: a.id, outlet: a.outlet, url: a.source.url, title: a.title }) : UNKNOWN_OUTLET;
}

/** The graph of an export document. */
export function storyGraph(document: ExportV1, options = GRAPH_DEFAULTS): StoryGraph {
  const graph: StoryGraph = new MultiGraph({ allowSelfLoops: false });
  const articles = new Map(document.articles.map((a) => [a.id, a]));
  const outletOf = (article: string) => outletName(articles.get(article));
  const dateOf = (article: string) => articles.get(article)?.published?.slice(0, 10);
  // Keys go into XML attributes: made safe once here.
  const outletNode = (name: string) => `outlet:${xmlSafe(name)}`;

  const spread = (target: { first?: string; last?: string }, date: string | undefined) => {
    if (!date) return;
    if (!target.first || date < target.first) target.first = date;
    if (!target.last || date > target.last) target.last = date;
  };

  for (const a of document.articles) {
    const key = outletNode(outletName(a));
    if (!graph.hasNode(key)) graph.addNode(key, { label: outletName(a), kind: 'outlet', articles: 0 });
    const node = graph.getNodeAttributes(key);
    node.articles++;
    spread(node, dateOf(a.id));
  }
  for (const e of document.entities) {
    const named = new Set(e.mentions.map((m) => m.article));
    const node: GraphNode = { label: e.name, kind: e.type, articles: named.size };
    for (const id of named) spread(node, dateOf(id));
    graph.addNode(e.id, node);
  }

  /** Adds one to the edge of a relation between two nodes (one edge per relation and pair). */
  const edges = new Map<string, GraphEdge>();
  const count = (relation: GraphEdge['relation'], from: string, to: string, date: string | undefined) => {
    if (from === to || !graph.hasNode(from) || !graph.hasNode(to)) return;
    // Undirected relations are kept in one order.
    if ((relation === 'together' || relation === 'contradicts') && to < from) [from, to] = [to, from];
    const key = `${relation}\u0000${from}\u0000${to}`;
    let edge = edges.get(key);
    if (!edge) {
      edge = { relation, weight: 0 };
      edges.set(key, edge);
      if (relation === 'together' || relation === 'contradicts') graph.addUndirectedEdge(from, to, edge);
      else graph.addDirectedEdge(from, to, edge);
    }
    edge.weight++;
    spread(edge, date);
  };

  // Mentions: once per article; together: entities named in one sentence.
  const bySentence = new Map<string, Set<string>>();
  const sentences = new Map(document.articles.map((a) => [a.id, a.sentences]));
  for (const e of document.entities) {
    const seen = new Set<string>();
    for (const m of e.mentions) {
      if (!seen.has(m.article)) {
        seen.add(m.article);
        count('mentions', outletNode(outletOf(m.article)), e.id, dateOf(m.article));
      }
      const index = spanIndexAt(sentences.get(m.article) ?? [], m.start);
      if (index < 0) continue;
      const key = `${m.article}\u0000${index}`;
      let set = bySentence.get(key);
      if (!set) bySentence.set(key, (set = new Set()));
      set.add(e.id);
    }
  }
  for (const [key, set] of bySentence) {
    if (set.size < 2 || set.size > options.maxEntitiesPerSentence) continue;
    const article = key.slice(0, key.indexOf('\u0000'));
    const ids = [...set].sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) count('together', ids[i]!, ids[j]!, dateOf(article));
  }

  // Quotes: an outlet quotes a speaker, once per article.
  const quoted = new Set<string>();
  for (const q of document.quotes) {
    if (!q.speaker || quoted.has(`${q.article}\u0000${q.speaker}`)) continue;
    quoted.add(`${q.article}\u0000${q.speaker}`);
    count('quotes', outletNode(outletOf(q.article)), q.speaker, dateOf(q.article));
  }

  // Contradicts: two outlets on different sides of one conflict, once per conflict — of a conflict in which
  // outlets take sides (a number, a holder, a title), not one of people's sides that an outlet reports.
  for (const c of document.conflicts) {
    if (!OUTLET_SIDES.has(c.kind as ConflictKind)) continue;
    const sides = new Map<string, Set<string>>();
    for (const e of c.evidence) {
      const outlet = outletOf(e.article);
      let set = sides.get(outlet);
      if (!set) sides.set(outlet, (set = new Set()));
      set.add(e.value);
    }
    const outlets = [...sides.keys()].sort();
    const dates = c.evidence
      .map((e) => dateOf(e.article))
      .filter((d): d is string => !!d)
      .sort();
    for (let i = 0; i < outlets.length; i++)
      for (let j = i + 1; j < outlets.length; j++) {
        const a = sides.get(outlets[i]!)!;
        const b = sides.get(outlets[j]!)!;
        if ([...a].some((v) => !b.has(v)) || [...b].some((v) => !a.has(v)))
          count('contradicts', outletNode(outlets[i]!), outletNode(outlets[j]!), dates.at(-1));
      }
  }
  return graph;
}

/** Characters XML 1.0 cannot carry (controls other than tab and line breaks, lone surrogates): removed. */
export function xmlSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}
