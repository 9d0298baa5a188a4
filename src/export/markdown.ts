/** The Markdown report of `triangulate check`: contested, established and single-source claims, with their sentences. */
import { renderMarkdown } from '../corpus/claims/index.ts';
import type { Exporter } from './types.ts';

export const markdown: Exporter = {
  name: 'md',
  summary: 'the Markdown report: what is contested, established and single-source, each with its sentences',
  extension: 'md',
  write: ({ crossCheck }) => [
    { name: 'report.md', content: `${renderMarkdown(crossCheck, { maxSingleSource: Infinity }).trimEnd()}\n` },
  ],
};
