/**
 * The OpenAPI 3.1 document served at /openapi.json: every API route from the route table, the web UI's
 * routes, and a schema for every answer and for the problem documents — made from the zod schemas of
 * types.ts, which the TypeScript types of the answers come from too.
 */
import { z } from 'zod';
import type { ApiRoute } from './api.ts';
import { apiSchemas, PageMeta } from './types.ts';

type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const strEnum = (...values: string[]): Schema => ({ type: 'string', enum: values });

/** Removes what JSON Schema output adds that the document does not need: bounds of safe integers, ids. */
function tidy(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(tidy);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$schema' || key === '$id') continue;
    if ((key === 'minimum' || key === 'maximum') && Math.abs(value as number) === Number.MAX_SAFE_INTEGER) continue;
    out[key] = tidy(value);
  }
  return out;
}

/** The components of the document: every registered schema, referring to one another by name. */
function components(): Record<string, Schema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `#/components/schemas/${id}` });
  return tidy(schemas) as Record<string, Schema>;
}

/** The name a route's answer has in the document. */
function nameOf(schema: z.ZodType): string {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error('an API answer has no schema name: register it in server/types.ts');
  return id;
}

/** What every page has besides its items (total, limit, offset), as JSON Schema. */
const PAGE_META = tidy(z.toJSONSchema(PageMeta)) as { properties: Schema; required: string[] };

/** A page of items of a named schema, with the fields a route's pages have besides. */
function pageOf(name: string, extra?: z.ZodObject): Schema {
  const meta = PAGE_META;
  const more = extra ? ((tidy(z.toJSONSchema(extra)) as { properties: Schema }).properties ?? {}) : {};
  return {
    type: 'object',
    properties: { items: { type: 'array', items: ref(name) }, ...meta.properties, ...more },
    required: ['items', ...meta.required],
  };
}

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
    const schema = route.paged ? pageOf(nameOf(route.response), route.pageExtra) : ref(nameOf(route.response));
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
    components: { schemas: components() },
  };
}
