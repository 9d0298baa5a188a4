/**
 * Every export format, opened by a real parser of that format: CSV by csv-parse, GraphML by
 * graphology-graphml, GEXF by graphology-gexf, FollowTheMoney lines by the FtM model of
 * @alephdata/followthemoney (its schemata and required properties, not retyped here). The store holds
 * the example corpus and the hostile articles (markup and script in text, title, outlet, address).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Model, defaultModel } from '@alephdata/followthemoney';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiGraph } from 'graphology';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvTables, safeCell } from '../src/export/csv.ts';
import { outletName, storyGraph, xmlSafe } from '../src/export/graph.ts';
import { ftmDate } from '../src/export/ftm.ts';
import type { ExportV1 } from '../src/export/json.ts';
import { EXPORTERS } from '../src/export/registry.ts';
import { cli } from './helpers/run.ts';
import { analysedDb, HOSTILE } from './helpers/server.ts';
import { EXAMPLES } from './helpers/shared.ts';

let db: string;
let doc: ExportV1;
let dir: string;

async function exported(format: string, out: string): Promise<string> {
  const run = await cli('export', '--format', format, '--out', out, '--db', db);
  expect(run.code, run.err).toBe(0);
  return out;
}

beforeAll(async () => {
  db = await analysedDb('export', EXAMPLES, HOSTILE);
  dir = path.dirname(db);
  doc = JSON.parse(readFileSync(await exported('json', path.join(dir, 'story.json')), 'utf8')) as ExportV1;
}, 120_000);

describe('CSV', () => {
  let tables: Record<string, Record<string, string>[]>;
  beforeAll(async () => {
    const out = await exported('csv', path.join(dir, 'csv'));
    tables = Object.fromEntries(
      readdirSync(out).map((f) => [
        f.replace(/\.csv$/, ''),
        parseCsv(readFileSync(path.join(out, f), 'utf8'), { columns: true }) as Record<string, string>[],
      ]),
    );
  });

  it('writes one table per kind, a row per item of the JSON export', () => {
    expect(Object.keys(tables).sort()).toEqual(['articles', 'claims', 'conflicts', 'entities', 'evidence', 'quotes']);
    expect(tables.articles!.length).toBe(doc.articles.length);
    expect(tables.entities!.length).toBe(doc.entities.length);
    expect(tables.quotes!.length).toBe(doc.quotes.length);
    expect(tables.claims!.length).toBe(doc.claims.length);
    expect(tables.conflicts!.length).toBe(doc.conflicts.length);
    const evidence =
      doc.claims.reduce((n, c) => n + c.evidence.length, 0) + doc.conflicts.reduce((n, c) => n + c.evidence.length, 0);
    expect(tables.evidence!.length).toBe(evidence);
    expect(doc.conflicts.length).toBeGreaterThan(0);
  });

  it('keeps every text as it is (commas, quotation marks, line breaks, markup), and each evidence row is its span', () => {
    const quotes = new Map(doc.quotes.map((q) => [q.id, q]));
    for (const row of tables.quotes!) {
      const q = quotes.get(row.id!)!;
      expect(row.text === q.text || row.text === `'${q.text}`).toBe(true);
      expect(Number(row.end) - Number(row.start)).toBe(q.end - q.start);
    }
    const texts = new Map(doc.articles.map((a) => [a.id, a.text]));
    for (const row of tables.evidence!)
      expect(row.text!.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(
        texts.get(row.article!)!.slice(Number(row.start), Number(row.end)),
      );
    expect(tables.articles!.some((r) => r.title!.includes('<script>') || r.outlet!.includes('<'))).toBe(true);
  });

  it('no cell can run as a spreadsheet formula', () => {
    for (const rows of Object.values(tables))
      for (const row of rows)
        for (const cell of Object.values(row)) expect(cell, cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
    expect(safeCell('=HYPERLINK("http://x.test")')).toBe(`'=HYPERLINK("http://x.test")`);
    expect(safeCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(safeCell('Plain words')).toBe('Plain words');
    expect(safeCell(-3)).toBe(-3);
  });
});

describe('graphs', () => {
  const relations = new Set(['mentions', 'quotes', 'together', 'contradicts']);
  const outlets = () => new Set(doc.articles.map(outletName)).size;

  for (const [format, parse] of [
    ['graphml', (xml: string) => parseGraphml(MultiGraph, xml)],
    ['gexf', (xml: string) => parseGexf(MultiGraph, xml)],
  ] as const)
    it(`${format}: read back by its parser, entities and outlets as nodes, weighted dated relations as edges`, async () => {
      const xml = readFileSync(await exported(format, path.join(dir, `story.${format}`)), 'utf8');
      // Well-formed XML, as a strict reader (Gephi, Python's ElementTree) reads it: a lenient parser below
      // read an attribute written without its value.
      expect(XMLValidator.validate(xml)).toBe(true);
      const graph = parse(xml);
      expect(graph.order).toBe(doc.entities.length + outlets());
      const seen = new Set<string>();
      graph.forEachEdge((_key, attributes) => {
        expect(relations.has(attributes.relation as string), String(attributes.relation)).toBe(true);
        expect(Number(attributes.weight)).toBeGreaterThan(0);
        seen.add(attributes.relation as string);
      });
      expect([...seen].sort()).toEqual([...relations].sort());
      // A speaker is quoted by the outlets of the articles that quote them.
      const quote = doc.quotes.find((q) => q.speaker)!;
      const outlet = doc.articles.find((a) => a.id === quote.article)!.outlet!;
      expect(graph.edges(`outlet:${outlet}`, quote.speaker!).length).toBeGreaterThan(0);
      // Markup in an outlet's name is a label, not markup.
      const labels = graph.mapNodes((_k, a) => String(a.label));
      for (const a of doc.articles) if (a.outlet) expect(labels).toContain(a.outlet);
      for (const e of doc.entities) expect(graph.getNodeAttribute(e.id, 'label')).toBe(e.name);
    });

  it('names an article with no outlet by its site or title, as the report does: two such are two sources', () => {
    const [a, b] = doc.articles.filter((x) => doc.claims.some((c) => c.evidence.some((e) => e.article === x.id)));
    const bare = {
      ...doc,
      articles: doc.articles.map((x) =>
        x === a
          ? { ...x, outlet: undefined, source: { url: 'https://www.kestle-news.example/story' } }
          : x === b
            ? { ...x, outlet: undefined, source: {}, title: 'Lusk flood: what we know' }
            : x,
      ),
    } as ExportV1;
    const labels = new Set(storyGraph(bare).mapNodes((_k, n) => n.label));
    expect(labels).toContain('kestle-news.example');
    expect(labels).toContain('“Lusk flood: what we know”');
    expect(labels).not.toContain('unknown outlet');
    const evidence = parseCsv(csvTables(bare).find((f) => f.name === 'evidence.csv')!.content, {
      columns: true,
    }) as { article: string; outlet: string }[];
    expect(new Set(evidence.filter((e) => e.article === a!.id).map((e) => e.outlet))).toEqual(
      new Set(['kestle-news.example']),
    );
    expect(evidence.some((e) => e.outlet === '?' || e.outlet === '')).toBe(false);
    // The articles table names them so too: its rows join the others on the outlet.
    const rows = parseCsv(csvTables(bare).find((f) => f.name === 'articles.csv')!.content, { columns: true }) as {
      id: string;
      outlet: string;
    }[];
    expect(rows.find((r) => r.id === a!.id)?.outlet).toBe('kestle-news.example');
    expect(rows.find((r) => r.id === b!.id)?.outlet).toBe('“Lusk flood: what we know”');
  });

  it('draws "contradicts" between outlets that state different values, not between those that report a denial', () => {
    const edges = (conflicts: ExportV1['conflicts']) =>
      storyGraph({ ...doc, conflicts }).filterEdges((_k, e) => e.relation === 'contradicts');
    expect(edges(doc.conflicts).length).toBeGreaterThan(0);
    // A denial that one outlet reports whole (the claim and its denial) and another only in part (the
    // denial): the two outlets tell the same dispute, neither contradicts the other.
    const denial = doc.conflicts.find((c) => c.kind === 'denial')!;
    const one = doc.articles.find((x) => x.outlet && doc.articles.some((y) => y.outlet && y.outlet !== x.outlet))!;
    const other = doc.articles.find((x) => x.outlet && x.outlet !== one.outlet)!;
    const told = {
      ...denial,
      evidence: [
        { ...denial.evidence[0]!, article: one.id, value: 'claimed' },
        { ...denial.evidence[0]!, article: one.id, value: 'denied' },
        { ...denial.evidence[0]!, article: other.id, value: 'denied' },
      ],
    };
    expect(edges([told])).toEqual([]);
    // The same sides as values of a number are two outlets that state it otherwise.
    expect(edges([{ ...told, kind: 'value' }]).length).toBe(1);
  });

  it('characters XML cannot carry are left out, nothing else', () => {
    expect(xmlSafe('a\u0000b\u0007c\td\ne')).toBe('abc\td\ne');
    expect(xmlSafe('Zelensky 🇺🇦 <&>')).toBe('Zelensky 🇺🇦 <&>');
    expect(xmlSafe('x\uD800y')).toBe('xy');
  });
});

describe('FollowTheMoney', () => {
  const model = new Model(defaultModel);

  it('every line is an entity the FtM model accepts, with the properties its schemata require, linking to entities of the file', async () => {
    const lines = readFileSync(await exported('ftm', path.join(dir, 'story.ftm.json')), 'utf8')
      .trim()
      .split('\n');
    const entities = lines.map(
      (l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> },
    );
    const ids = new Set(entities.map((e) => e.id));
    expect(ids.size).toBe(entities.length);
    const counts = new Map<string, number>();
    for (const raw of entities) {
      const entity = model.getEntity(raw);
      const schema = entity.schema;
      counts.set(schema.name, (counts.get(schema.name) ?? 0) + 1);
      const required = new Set(schema.schemata.flatMap((s) => model.getSchema(s).required));
      for (const name of required) expect(entity.getProperty(name).length, `${raw.id} ${name}`).toBeGreaterThan(0);
      for (const property of entity.getProperties())
        if (property.type.name === 'entity')
          for (const value of entity.getProperty(property))
            expect(ids.has(String(value)), `${raw.id} → ${value}`).toBe(true);
    }
    expect(counts.get('Article')).toBe(doc.articles.length);
    expect(counts.get('Person')).toBe(doc.entities.filter((e) => e.type === 'person').length);
    expect(counts.get('Organization')).toBe(doc.entities.filter((e) => e.type === 'organisation').length);
    expect(counts.get('Mention')).toBeGreaterThan(0);
    expect(counts.get('Documentation')).toBeGreaterThan(0);
    const language = model.getSchema('Article').getProperty('language');
    expect(entities.find((e) => e.schema === 'Article')!.properties[language.name]).toEqual(['eng']);
  });

  it('dates in UTC without a zone, as FtM wants them', () => {
    expect(ftmDate('2026-03-12')).toBe('2026-03-12');
    expect(ftmDate('2026-03-12T22:10:00+02:00')).toBe('2026-03-12T20:10:00');
    expect(ftmDate(undefined)).toBeUndefined();
  });
});

describe('the export command', () => {
  it('lists every format in its help, and refuses an unknown one or a CSV with nowhere to go', async () => {
    const help = await cli('export', '--help');
    for (const e of EXPORTERS) expect(help.out).toContain(`  ${e.name} `);
    const unknown = await cli('export', '--format', 'xls', '--db', db);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/--format must be one of json, csv/);
    const csv = await cli('export', '--format', 'csv', '--db', db);
    expect(csv.code).toBe(2);
    expect(csv.err).toMatch(/give --out DIR, or --table NAME/);
  });

  it('prints one table, or one event only', async () => {
    const table = await cli('export', '--format', 'csv', '--table', 'conflicts', '--db', db);
    expect(table.code).toBe(0);
    expect(table.out.split('\n')[0]).toBe('id,kind,about,explanation,values,outlets');
    const event = doc.events[0]!;
    const one = await cli('export', '--event', event.id, '--db', db);
    expect(one.code).toBe(0);
    expect((JSON.parse(one.out) as ExportV1).articles.map((a) => a.id).sort()).toEqual([...event.articles].sort());
  });
});
