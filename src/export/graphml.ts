/**
 * GraphML (graphml.graphdrawing.org): the story graph of `graph.ts` with typed attribute keys, written
 * with fast-xml-parser's builder (graphology has no GraphML writer; the builder escapes every value).
 */
import { XMLBuilder } from 'fast-xml-parser';
import { storyGraph, xmlSafe } from './graph.ts';
import type { Exporter } from './types.ts';

const NODE_KEYS = [
  ['label', 'string'],
  ['kind', 'string'],
  ['articles', 'int'],
  ['first', 'string'],
  ['last', 'string'],
] as const;
const EDGE_KEYS = [
  ['relation', 'string'],
  ['weight', 'double'],
  ['first', 'string'],
  ['last', 'string'],
] as const;

/** The data elements of an item's attributes that have a value. */
function data(prefix: string, keys: readonly (readonly [string, string])[], attributes: object) {
  const values = attributes as Record<string, string | number | undefined>;
  return keys
    .filter(([name]) => values[name] !== undefined)
    .map(([name]) => ({ '@_key': `${prefix}_${name}`, '#text': xmlSafe(String(values[name])) }));
}

export const graphml: Exporter = {
  name: 'graphml',
  summary:
    'GraphML: entities and outlets, who mentions, quotes, appears with or contradicts whom (for Gephi, Cytoscape)',
  extension: 'graphml',
  write({ document }) {
    const graph = storyGraph(document);
    const keys = [
      ...NODE_KEYS.map(([name, type]) => ({
        '@_id': `n_${name}`,
        '@_for': 'node',
        '@_attr.name': name,
        '@_attr.type': type,
      })),
      ...EDGE_KEYS.map(([name, type]) => ({
        '@_id': `e_${name}`,
        '@_for': 'edge',
        '@_attr.name': name,
        '@_attr.type': type,
      })),
    ];
    const nodes = graph.mapNodes((key, attributes) => ({
      '@_id': xmlSafe(key),
      data: data('n', NODE_KEYS, attributes),
    }));
    const edges = graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => ({
      '@_id': key,
      '@_source': xmlSafe(source),
      '@_target': xmlSafe(target),
      '@_directed': undirected ? 'false' : 'true',
      data: data('e', EDGE_KEYS, attributes),
    }));
    const builder = new XMLBuilder({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      format: true,
      suppressEmptyNode: true,
      // An attribute whose value is "true" is written with it (the builder's default drops it: not XML).
      suppressBooleanAttributes: false,
    });
    const content = builder.build({
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      graphml: {
        '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
        key: keys,
        graph: { '@_id': 'story', '@_edgedefault': 'directed', node: nodes, edge: edges },
      },
    }) as string;
    return [{ name: `story.${this.extension}`, content }];
  },
};
