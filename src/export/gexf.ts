/** GEXF 1.3 (Gephi's own format): the story graph of `graph.ts`, written by graphology-gexf. */
import { write } from 'graphology-gexf';
import { storyGraph, xmlSafe, type GraphEdge, type GraphNode } from './graph.ts';
import type { Exporter } from './types.ts';

/** Attributes that have a value, text made safe for XML. */
function attributes(values: object): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, typeof v === 'string' ? xmlSafe(v) : v]),
  );
}

export const gexf: Exporter = {
  name: 'gexf',
  summary: "GEXF: the same graph as GraphML, in Gephi's own format",
  extension: 'gexf',
  write({ document }) {
    const graph = storyGraph(document);
    const content = write(graph, {
      version: '1.3',
      formatNode: (_key: string, node: GraphNode) => {
        const { label, ...rest } = node;
        return { label: xmlSafe(label), attributes: attributes(rest) };
      },
      formatEdge: (_key: string, edge: GraphEdge) => {
        const { weight, relation, ...rest } = edge;
        return { label: relation, weight, attributes: attributes({ relation, ...rest }) };
      },
    });
    return [{ name: `story.${this.extension}`, content }];
  },
};
