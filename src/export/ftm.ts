/**
 * FollowTheMoney entities as JSON lines, for Aleph / OpenAleph and the FtM tools: each article an
 * Article, each entity a Person, Organization or Address, each (entity, article) a Mention resolved to
 * the entity, each quote with a known speaker a Documentation ("quoted"). Every entity is made through
 * the FtM model of @alephdata/followthemoney, which refuses a property its schema does not have.
 */
import { Model, defaultModel, type IEntityDatum } from '@alephdata/followthemoney';
import type { ExportV1 } from './json.ts';
import type { Exporter } from './types.ts';

const model = new Model(defaultModel);

const SCHEMA_OF_TYPE: Record<string, string> = { person: 'Person', organisation: 'Organization', place: 'Address' };

/** ISO 639-1 ("en") → the FtM language code ("eng"), through the language's English name. */
const languageCodes = (() => {
  const byName = new Map<string, string>();
  const values =
    (defaultModel.types as unknown as Record<string, { values?: Record<string, string> }>).language?.values ?? {};
  for (const [code, name] of Object.entries(values)) byName.set(name.toLowerCase(), code);
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const cache = new Map<string, string | undefined>();
  return (code: string | undefined): string | undefined => {
    if (!code || code === 'und') return undefined;
    if (!cache.has(code)) {
      let name: string | undefined;
      try {
        name = names.of(code)?.toLowerCase();
      } catch {
        name = undefined;
      }
      cache.set(code, name ? byName.get(name) : undefined);
    }
    return cache.get(code);
  };
})();

/** An FtM date: UTC, no zone ("2025-08-18", "2025-08-18T08:00:00"). */
export function ftmDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return value;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? value.slice(0, 10) : time.toISOString().slice(0, 19);
}

/** The file an article was read from, or a name for it: the last part of its URL's path, else its id. */
function fileNameOf(a: ExportV1['articles'][number]): string {
  if (a.source.path) return a.source.path.split(/[\\/]/).pop()!;
  if (a.source.url) {
    try {
      const last = new URL(a.source.url).pathname.split('/').filter(Boolean).pop();
      if (last) return decodeURIComponent(last);
    } catch {
      // not a URL: the id below
    }
  }
  return `${a.id}.txt`;
}

/** Properties with values only (FtM properties are lists of strings). */
function props(values: Record<string, (string | undefined)[] | string | undefined>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(values)) {
    const list = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x.length > 0);
    if (list.length) out[k] = [...new Set(list)];
  }
  return out;
}

/** The FtM entities of an export document, checked against the model. */
export function ftmEntities(document: ExportV1): IEntityDatum[] {
  const out: IEntityDatum[] = [];
  const add = (id: string, schema: string, properties: Record<string, string[]>) =>
    out.push(model.getEntity({ id, schema, properties }).toJSON() as IEntityDatum);
  const articleId = (id: string) => `article-${id}`;
  const entityId = (id: string) => `entity-${id}`;
  const dates = new Map(document.articles.map((a) => [a.id, ftmDate(a.published)]));
  for (const a of document.articles)
    add(
      articleId(a.id),
      'Article',
      props({
        // Required through the schemata Article extends (Thing: name; Document: fileName).
        name: a.title ?? a.source.url ?? a.source.path ?? a.id,
        fileName: fileNameOf(a),
        title: a.title,
        publishedAt: dates.get(a.id),
        publisher: a.outlet,
        author: a.byline,
        sourceUrl: a.source.url,
        language: languageCodes(a.language),
        bodyText: a.text,
      }),
    );
  const schemaOf = new Map<string, string>();
  for (const e of document.entities) {
    const schema = SCHEMA_OF_TYPE[e.type];
    if (!schema) continue;
    schemaOf.set(e.id, schema);
    const names =
      schema === 'Address'
        ? { name: e.name, full: e.name }
        : { name: e.name, alias: e.aliases.filter((x) => x !== e.name) };
    const extra =
      schema === 'Person' ? { position: e.roles.map((r) => (r.former ? `former ${r.title}` : r.title)) } : {};
    add(entityId(e.id), schema, props({ ...names, ...extra }));
    const seen = new Set<string>();
    for (const m of e.mentions) {
      if (seen.has(m.article)) continue;
      seen.add(m.article);
      add(
        `mention-${e.id}-${m.article}`,
        'Mention',
        props({ document: articleId(m.article), resolved: entityId(e.id), name: m.text, detectedSchema: schema }),
      );
    }
  }
  for (const q of document.quotes) {
    if (!q.speaker || !schemaOf.has(q.speaker)) continue;
    add(
      `quote-${q.id}`,
      'Documentation',
      props({
        document: articleId(q.article),
        entity: entityId(q.speaker),
        role: 'quoted',
        summary: q.text,
        date: dates.get(q.article),
      }),
    );
  }
  return out;
}

export const ftm: Exporter = {
  name: 'ftm',
  summary:
    'FollowTheMoney entities as JSON lines (Article, Person, Organization, Address, Mention, Documentation) for Aleph',
  extension: 'ftm.json',
  write({ document }) {
    const lines = ftmEntities(document).map((e) => JSON.stringify(e));
    return [{ name: `story.${this.extension}`, content: lines.length ? `${lines.join('\n')}\n` : '' }];
  },
};
