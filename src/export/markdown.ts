/** The Markdown report of `triangulate check`: contested, established and single-source claims, with their sentences. */
import { renderMarkdown, REPORT_ALL } from '../corpus/claims/index.ts';
import type { Exporter } from './types.ts';

export const markdown: Exporter = {
  name: 'md',
  summary: 'the Markdown report: what is contested, established and single-source, each with its sentences',
  extension: 'md',
  write: ({ crossCheck, document }) => {
    const eventOf = new Map<string, string>();
    for (const e of document.events ?? []) for (const a of e.articles) eventOf.set(a, e.id);
    const report = renderMarkdown(crossCheck, REPORT_ALL, { eventOf: (a) => eventOf.get(a) });
    return [{ name: 'report.md', content: `${report.trimEnd()}\n` }];
  },
};
