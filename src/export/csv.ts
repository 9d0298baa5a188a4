/**
 * CSV for spreadsheets: one table per file (articles, entities, quotes, claims, conflicts, evidence),
 * written by csv-stringify (RFC 4180 quoting), with a header row.
 */
import { stringify } from 'csv-stringify/sync';
import { outletName } from './graph.ts';
import type { ExportV1 } from './json.ts';
import type { ExportFile, Exporter } from './types.ts';

type Cell = string | number | boolean | undefined;

/**
 * A text cell a spreadsheet would read as a formula ("=…", "+…", "-…", "@…") starts with an apostrophe:
 * article text is untrusted, and a cell must not run in the analyst's spreadsheet.
 */
export function safeCell(value: Cell): Cell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function table(name: string, columns: string[], rows: Cell[][]): ExportFile {
  return {
    name: `${name}.csv`,
    content: stringify(
      rows.map((r) => r.map(safeCell)),
      { header: true, columns, cast: { boolean: (b) => (b ? 'true' : 'false') } },
    ),
  };
}

/** The tables of an export document, by name. */
export function csvTables(document: ExportV1): ExportFile[] {
  const articles = new Map(document.articles.map((a) => [a.id, a]));
  const entityName = new Map(document.entities.map((e) => [e.id, e.name]));
  const outlet = (id: string) => outletName(articles.get(id));
  const span = (article: string, start: number, end: number) => articles.get(article)?.text.slice(start, end);
  const evidence: Cell[][] = [];
  const lists: ['claim' | 'conflict', { id: string; evidence: ExportV1['claims'][number]['evidence'] }[]][] = [
    ['claim', document.claims],
    ['conflict', document.conflicts],
  ];
  for (const [of, list] of lists)
    for (const c of list)
      for (const e of c.evidence)
        evidence.push([
          of,
          c.id,
          e.article,
          outlet(e.article),
          e.value,
          e.start,
          e.end,
          span(e.article, e.start, e.end),
        ]);
  return [
    table(
      'articles',
      ['id', 'outlet', 'title', 'published', 'language', 'url', 'path', 'characters', 'sentences'],
      document.articles.map((a) => [
        a.id,
        // As the other tables name it (an article with no outlet by its site or title).
        outletName(a),
        a.title,
        a.published,
        a.language,
        a.source.url,
        a.source.path,
        a.text.length,
        a.sentences.length,
      ]),
    ),
    table(
      'entities',
      ['id', 'type', 'name', 'aliases', 'articles', 'mentions', 'roles'],
      document.entities.map((e) => [
        e.id,
        e.type,
        e.name,
        e.aliases.join(' | '),
        new Set(e.mentions.map((m) => m.article)).size,
        e.mentions.length,
        [...new Set(e.roles.map((r) => (r.former ? `former ${r.title}` : r.title)))].join(' | '),
      ]),
    ),
    table(
      'quotes',
      [
        'id',
        'article',
        'outlet',
        'kind',
        'speaker',
        'speaker_name',
        'speaker_text',
        'cue',
        'via',
        'text',
        'start',
        'end',
        'statement',
      ],
      document.quotes.map((q) => [
        q.id,
        q.article,
        outlet(q.article),
        q.kind,
        q.speaker ?? undefined,
        q.speaker ? entityName.get(q.speaker) : undefined,
        q.speakerText,
        q.cue,
        (q.via ?? []).map((id) => entityName.get(id) ?? id).join(' | '),
        q.text,
        q.start,
        q.end,
        q.statement,
      ]),
    ),
    table(
      'claims',
      ['id', 'kind', 'status', 'established', 'statement', 'articles', 'outlets'],
      document.claims.map((c) => [
        c.id,
        c.kind,
        c.status,
        c.established,
        c.statement,
        new Set(c.evidence.map((e) => e.article)).size,
        [...new Set(c.evidence.map((e) => outlet(e.article)))].join(' | '),
      ]),
    ),
    table(
      'conflicts',
      ['id', 'kind', 'about', 'explanation', 'values', 'outlets'],
      document.conflicts.map((c) => [
        c.id,
        c.kind,
        c.about,
        c.explanation,
        [...new Set(c.evidence.map((e) => e.value))].join(' | '),
        [...new Set(c.evidence.map((e) => outlet(e.article)))].join(' | '),
      ]),
    ),
    table('evidence', ['of', 'id', 'article', 'outlet', 'value', 'start', 'end', 'text'], evidence),
  ];
}

export const csv: Exporter = {
  name: 'csv',
  summary: 'CSV tables: articles, entities, quotes, claims, conflicts and their evidence (one file each)',
  extension: 'csv',
  multiple: true,
  write: ({ document }) => csvTables(document),
};
