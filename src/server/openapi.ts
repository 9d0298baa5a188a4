/**
 * The OpenAPI 3.1 document served at /openapi.json: every API route from the route table, the web UI's
 * routes, and a schema for every answer and for the problem documents.
 */
import type { ApiRoute } from './api.ts';

type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const num: Schema = { type: 'number' };
const bool: Schema = { type: 'boolean' };
const arr = (items: Schema): Schema => ({ type: 'array', items });
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const strEnum = (...values: string[]): Schema => ({ type: 'string', enum: values });

/** An object schema; every property is required except those named in `optional`. */
function obj(properties: Record<string, Schema>, optional: string[] = [], description?: string): Schema {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
  };
}

/** A page of items of a schema. */
function pageOf(items: Schema): Schema {
  return obj({ items: arr(items), total: int, limit: int, offset: int });
}

const span = { article: str, start: int, end: int };
const sentence = obj({ start: int, end: int, text: str });

const SCHEMAS: Record<string, Schema> = {
  Problem: obj(
    {
      type: str,
      title: str,
      status: int,
      detail: str,
      instance: str,
      errors: arr(obj({ parameter: str, detail: str })),
    },
    ['detail', 'instance', 'errors'],
    'RFC 9457 problem details (application/problem+json)',
  ),
  ArticleRef: obj({ id: str, title: str, outlet: str, published: str, language: str, path: str, url: str }, [
    'title',
    'outlet',
    'published',
    'language',
    'path',
    'url',
  ]),
  Article: obj(
    {
      id: str,
      source: obj({ path: str, url: str, record: int }, ['path', 'url', 'record']),
      outlet: str,
      title: str,
      published: str,
      publishedInferred: bool,
      byline: str,
      language: str,
      text: { type: 'string', description: 'the cleaned text; every span is a UTF-16 offset range into it' },
      removed: arr(obj({ text: str, reason: str, ruleId: str, line: int, language: str }, ['line', 'language'])),
      paragraphs: arr(
        obj({ start: int, end: int, kind: strEnum('title', 'heading', 'paragraph'), language: str }, ['language']),
      ),
      sentences: arr(obj({ start: int, end: int })),
      messages: arr(obj({ reason: str, ruleId: str, source: str, severity: str })),
      entities: arr(obj({ entity: str, name: str, type: str, start: int, end: int, text: str, kind: str })),
      quotes: arr(
        obj(
          {
            id: str,
            start: int,
            end: int,
            text: str,
            kind: str,
            speaker: { type: ['string', 'null'] },
            speakerName: str,
            speakerText: str,
            cue: str,
          },
          ['speakerName', 'speakerText', 'cue'],
        ),
      ),
      dates: arr(obj({ start: int, end: int, text: str, value: str, granularity: str, kind: str })),
      claims: arr(
        obj(
          {
            claim: str,
            kind: str,
            status: ref('ClaimStatus'),
            statement: str,
            start: int,
            end: int,
            value: str,
            sentence: obj({ start: int, end: int }),
          },
          ['value'],
        ),
      ),
      conflicts: arr(obj({ conflict: str, about: str, value: str, start: int, end: int })),
      events: arr(obj({ id: str, title: str })),
    },
    ['outlet', 'title', 'published', 'publishedInferred', 'byline', 'removed'],
  ),
  ClaimStatus: strEnum('corroborated', 'single-source', 'contested'),
  Evidence: obj(
    { ...span, text: str, value: str, outlet: str, title: str, published: str, source: str, sentence },
    ['value', 'title', 'published'],
    'a span of an article that supports a claim, with the sentence around it',
  ),
  ClaimSummary: obj({
    id: str,
    kind: strEnum('quantity', 'role', 'statement'),
    statement: str,
    about: str,
    status: ref('ClaimStatus'),
    sources: arr(str),
    outlets: arr(str),
    evidenceCount: int,
    conflicts: arr(str),
  }),
  Claim: { allOf: [ref('ClaimSummary'), obj({ evidence: pageOf(ref('Evidence')) })] },
  Conflict: obj({
    id: str,
    kind: strEnum('value', 'holder', 'former'),
    about: str,
    explanation: str,
    claims: arr(str),
    sides: arr(
      obj(
        {
          value: str,
          claim: str,
          outlets: arr(str),
          outletsTotal: int,
          evidence: arr(ref('Evidence')),
          evidenceTotal: int,
        },
        ['claim'],
      ),
    ),
    sidesTotal: int,
  }),
  MatrixCell: obj({ state: strEnum('states', 'differs', 'silent'), value: str, evidence: obj(span) }, [
    'value',
    'evidence',
  ]),
  Matrix: {
    allOf: [pageOf(obj({ claim: ref('ClaimSummary'), cells: arr(ref('MatrixCell')) })), obj({ outlets: arr(str) })],
  },
  EntitySummary: obj({
    id: str,
    type: strEnum('person', 'organisation', 'place'),
    name: str,
    aliases: arr(str),
    mentions: int,
    articles: int,
    quotes: int,
    roles: arr(str),
  }),
  MentionGroup: obj({
    article: ref('ArticleRef'),
    mentions: arr(obj({ start: int, end: int, text: str, kind: strEnum('name', 'description') })),
  }),
  Entity: {
    allOf: [
      ref('EntitySummary'),
      obj({
        merges: arr(obj({ a: str, b: str, score: num, reason: str })),
        roleEvidence: arr(
          obj(
            {
              ...span,
              label: str,
              title: str,
              org: str,
              country: str,
              former: bool,
              text: str,
              outlet: str,
              articleTitle: str,
            },
            ['org', 'country', 'former', 'outlet', 'articleTitle'],
          ),
        ),
        quoteList: pageOf(ref('Quote')),
        mentionGroups: pageOf(ref('MentionGroup')),
      }),
    ],
  },
  Quote: obj(
    {
      id: str,
      ...span,
      text: str,
      kind: strEnum('direct', 'indirect', 'mixed'),
      speaker: { type: ['string', 'null'] },
      speakerName: str,
      speakerText: str,
      cue: str,
      via: arr(obj({ id: str, name: str })),
      statement: str,
      outlet: str,
      title: str,
      published: str,
    },
    ['speakerName', 'speakerText', 'cue', 'via', 'outlet', 'title', 'published'],
  ),
  Speaker: obj({ id: str, name: str, quotes: int, statements: int, variants: int, outlets: int }),
  QuoteVariant: obj({
    speaker: str,
    speakerName: str,
    similarity: num,
    sides: arr(obj({ statement: str, wording: str, outlets: arr(str), quotes: arr(ref('Quote')) })),
  }),
  Event: obj({ id: str, storyline: str, title: str, firstDate: str, lastDate: str, articles: int }, [
    'firstDate',
    'lastDate',
  ]),
  EventDetail: { allOf: [ref('Event'), obj({ articleList: arr(ref('ArticleRef')) })] },
  TimelineEntry: obj({
    value: { type: 'string', description: 'TIMEX3 value' },
    granularity: str,
    from: str,
    to: str,
    sentence: str,
    sources: arr(
      obj({ ...span, title: str, outlet: str, published: str, text: str, inferred: bool }, [
        'title',
        'outlet',
        'published',
        'inferred',
      ]),
    ),
  }),
  Outlet: obj(
    {
      name: str,
      articles: int,
      firstDate: str,
      lastDate: str,
      claims: int,
      corroborated: int,
      exclusive: int,
      silent: int,
      quotes: int,
      differs: arr(obj({ conflict: str, about: str, values: arr(str) })),
    },
    ['firstDate', 'lastDate'],
  ),
  OutletComparison: obj({
    a: str,
    b: str,
    both: pageOf(ref('ClaimSummary')),
    onlyA: pageOf(ref('ClaimSummary')),
    onlyB: pageOf(ref('ClaimSummary')),
    differ: arr(obj({ conflict: str, about: str, explanation: str, a: arr(str), b: arr(str) })),
  }),
  SearchHit: {
    allOf: [ref('ArticleRef'), obj({ snippet: str })],
  },
  Overview: obj({
    story: obj(
      {
        articles: int,
        outlets: int,
        languages: arr(str),
        firstDate: str,
        lastDate: str,
        entities: int,
        quotes: int,
        claims: obj({ total: int, corroborated: int, 'single-source': int, contested: int }),
        conflicts: int,
        events: int,
      },
      ['firstDate', 'lastDate'],
    ),
    conflicts: pageOf(ref('Conflict')),
    actors: arr(ref('EntitySummary')),
    events: pageOf(ref('Event')),
    outlets: arr(obj({ name: str, articles: int })),
  }),
};

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'a parameter cannot be used (the problem names it)',
  403: 'the request names a host this server does not answer for',
  404: 'no such item, or no such route',
  500: 'the server failed',
};

function problemResponse(status: number) {
  return {
    description: PROBLEM_DESCRIPTIONS[status],
    content: { 'application/problem+json': { schema: ref('Problem') } },
  };
}

/** `getApiArticlesById` for `/api/articles/{id}`. */
function operationId(path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((part) => (part.startsWith('{') ? `by-${part.slice(1, -1)}` : part))
    .flatMap((part) => part.split('-'));
  return `get${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}`;
}

/** The OpenAPI document for the route table. */
export function openApiDocument(routes: readonly ApiRoute[], version: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const route of routes) {
    const schema = route.paged ? pageOf(ref(route.response)) : ref(route.response);
    paths[route.path] = {
      get: {
        operationId: operationId(route.path),
        summary: route.summary,
        ...(route.description ? { description: route.description } : {}),
        parameters: route.parameters.map((p) => ({ ...p, required: p.in === 'path' || !!p.required })),
        responses: {
          200: { description: route.summary, content: { 'application/json': { schema } } },
          ...Object.fromEntries([...route.problems, 403, 500].map((s) => [s, problemResponse(s)])),
        },
      },
    };
  }
  paths['/openapi.json'] = {
    get: {
      operationId: 'getOpenApi',
      summary: 'This document',
      responses: { 200: { description: 'the OpenAPI document', content: { 'application/json': { schema: {} } } } },
    },
  };
  paths['/'] = {
    get: {
      operationId: 'getWebUi',
      summary: 'The web UI (its views are addressed by the fragment: #/claims, #/article/ID?hl=START-END, …)',
      responses: { 200: { description: 'the page', content: { 'text/html': { schema: str } } } },
    },
  };
  paths['/assets/{file}'] = {
    get: {
      operationId: 'getAsset',
      summary: "The web UI's script, style sheet and icon, bundled and served from here (nothing from elsewhere)",
      parameters: [{ name: 'file', in: 'path', required: true, schema: strEnum('app.js', 'app.css', 'favicon.svg') }],
      responses: {
        200: {
          description: 'the asset',
          content: {
            'text/javascript': { schema: str },
            'text/css': { schema: str },
            'image/svg+xml': { schema: str },
          },
        },
        404: problemResponse(404),
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Triangulate',
      version,
      description:
        'What the coverage of a story establishes, with the evidence: articles, entities, quotes, events, timeline, claims, conflicts, search. Lists are paged with `limit` and `offset` and say their `total`; errors are RFC 9457 problem details. Every span (`start`, `end`) is a UTF-16 offset range into its article’s `text`.',
    },
    paths,
    components: { schemas: SCHEMAS },
  };
}
