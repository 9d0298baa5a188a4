/**
 * The API routes, as one table: each route's path (OpenAPI style), what it answers, its parameters
 * and its handler. The Hono app registers them from this table and /openapi.json describes them from
 * it, so the two cannot drift apart.
 */
import type { Context } from 'hono';
import { namesNear, querySpellings } from '../app/corpus.ts';
import { exportArticle } from '../export/json.ts';
import { NotFoundError, UsageError } from '../errors.ts';
import { findEntity } from '../corpus/aliases/find.ts';
import type { Entity } from '../corpus/aliases/index.ts';
import { OUTLET_SIDES } from '../corpus/claims/types.ts';
import { SEARCH_LIMITS, searchQueryProblem, type Store } from '../store/index.ts';
import { intParam, oneOf, pageParams, paginate } from './paging.ts';
import { badParameter, notFound } from './problem.ts';
import { CARD_LIMITS, type Story } from './story.ts';
import { z } from 'zod';
import type { ClaimStatus } from './types.ts';
import { publicPath } from './paths.ts';
import {
  ArticleRef,
  ArticleView,
  ClaimSummary,
  ClaimView,
  ConflictView,
  EntitySummary,
  EntityView,
  EventDetail,
  EventView,
  MatrixView,
  MentionGroup,
  OutletComparison,
  OutletSummary,
  OverviewView,
  QuoteView,
  SearchHitView,
  SpeakerSummary,
  TimelineEntryView,
  VariantView,
} from './types.ts';

/** A query or path parameter of a route, for the OpenAPI document. */
export interface RouteParam {
  name: string;
  in: 'query' | 'path';
  description: string;
  schema: Record<string, unknown>;
  required?: boolean;
}

/** One API route. */
export interface ApiRoute {
  /** OpenAPI path, e.g. `/api/articles/{id}`. */
  path: string;
  summary: string;
  description?: string;
  parameters: RouteParam[];
  /** The schema of the 200 answer (one registered in `apiSchemas`). */
  response: z.ZodType;
  /** Whether the answer is a page (items, total, limit, offset) of that schema. */
  paged?: boolean;
  /** Fields a page has besides those (documented with it). */
  pageExtra?: z.ZodObject;
  /** The problems it may answer besides 500. */
  problems: number[];
  handler: (c: Context, story: Story, store: Store) => unknown;
}

/** Defaults: how many quotes and articles the entity page lists before paging, and the other caps. */
export const API_DEFAULTS = {
  entityQuotes: 10,
  entityArticles: 20,
  compareLimit: 50,
  matrixOutlets: 24,
  conflictSides: 100,
  conflictEvidence: 100,
};

const CLAIM_STATUSES: readonly ClaimStatus[] = ['contested', 'corroborated', 'single-source'];
const CLAIM_KINDS = ['fact', 'quantity', 'role', 'statement'] as const;
const ENTITY_TYPES = ['person', 'organisation', 'place'] as const;
const QUOTE_KINDS = ['direct', 'indirect', 'mixed'] as const;

/** The search snippet's marks around matched words (private-use characters, never in article text). */
export const SNIPPET_MARKS: [string, string] = ['\uE000', '\uE001'];

const limitParam: RouteParam = {
  name: 'limit',
  in: 'query',
  description: 'items per page (1–500, default 50)',
  schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
};
const offsetParam: RouteParam = {
  name: 'offset',
  in: 'query',
  description: 'items to skip (default 0)',
  schema: { type: 'integer', minimum: 0, default: 0 },
};
const paging = [limitParam, offsetParam];
const idParam = (what: string): RouteParam => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `the ${what}'s id`,
  schema: { type: 'string' },
});
const query = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) =>
  ({ name, in: 'query', description, schema }) satisfies RouteParam;

function q(c: Context, name: string): string | undefined {
  return c.req.query(name);
}

function page(c: Context) {
  return pageParams((name) => q(c, name));
}

/** The stored article with the spans the reader highlights. */
function articleView(story: Story, store: Store, id: string): ArticleView {
  let article;
  try {
    article = store.getArticle(id);
  } catch (error) {
    if (error instanceof NotFoundError) throw notFound(`no article with id ${id}`);
    throw error;
  }
  const exported = exportArticle(article);
  return {
    ...exported,
    source: { ...exported.source, ...(exported.source.path ? { path: publicPath(exported.source.path) } : {}) },
    ...(article.meta.publishedInferred ? { publishedInferred: true } : {}),
    entities: story.mentionsByArticle.get(id) ?? [],
    quotes: (story.quotesByArticle.get(id) ?? []).map((quote) => {
      const view = story.quoteView(quote);
      return {
        id: view.id,
        start: view.start,
        end: view.end,
        text: view.text,
        kind: view.kind,
        speaker: view.speaker,
        ...(view.speakerName ? { speakerName: view.speakerName } : {}),
        ...(view.speakerText ? { speakerText: view.speakerText } : {}),
        ...(view.cue ? { cue: view.cue } : {}),
      };
    }),
    dates: (article.annotations.dates ?? []).map((d) => ({
      start: d.start,
      end: d.end,
      text: d.text,
      value: d.value,
      granularity: d.granularity,
      kind: d.kind,
    })),
    claims: story.claimSpansByArticle.get(id) ?? [],
    conflicts: story.conflictSpansByArticle.get(id) ?? [],
    events: story.eventsOfArticle(id),
  };
}

function entityOr404(story: Story, id: string) {
  const entity = story.entityById.get(id);
  if (!entity) throw notFound(`no entity with id ${id}`);
  return entity;
}

/**
 * The entity a query parameter names — by id, name or alias, as the command line takes it (`findEntity`):
 * a name several entities share is a bad parameter listing them, a name none has is not found.
 */
function namedOr404(story: Story, ref: string, parameter: string): Entity {
  const byId = story.entityById.get(ref);
  if (byId) return byId;
  try {
    return findEntity(story.entities, ref);
  } catch (error) {
    if (error instanceof UsageError) throw badParameter(parameter, error.message);
    if (error instanceof NotFoundError) throw notFound(`no entity with the id, name or alias "${ref}"`);
    throw error;
  }
}

/** The articles an entity is mentioned in, most mentions first, with the mentions. */
function mentionGroups(story: Story, id: string): MentionGroup[] {
  const groups = new Map<string, MentionGroup['mentions']>();
  for (const m of entityOr404(story, id).mentions) {
    const list = groups.get(m.article) ?? [];
    list.push({ start: m.start, end: m.end, text: m.text, kind: m.kind });
    groups.set(m.article, list);
  }
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([article, mentions]) => ({ article: story.ref(article), mentions }));
}

function outletOr404(story: Story, name: string | undefined, parameter: string): string {
  if (!name) throw badParameter(parameter, `${parameter} is required: the name of an outlet`);
  if (!story.claimOutlets.includes(name)) throw notFound(`no outlet named "${name}"`);
  return name;
}

/** Every API route. Static paths come before the parametric ones they would otherwise match. */
export const API_ROUTES: ApiRoute[] = [
  {
    path: '/api/overview',
    summary: 'The story at a glance',
    description:
      'Counts, the conflicts first (each side with its first pieces of evidence), the main actors, the largest events in time order, the outlets.',
    parameters: [],
    response: OverviewView,
    problems: [],
    handler: (c, story) => c.body(story.overviewJson(), 200, { 'content-type': 'application/json' }),
  },
  {
    path: '/api/articles',
    summary: 'Stored articles, oldest first',
    parameters: [query('outlet', 'only the articles of this outlet'), ...paging],
    response: ArticleRef,
    paged: true,
    problems: [400],
    handler: (c, story) => {
      const outlet = q(c, 'outlet');
      const list = outlet
        ? (story.articlesByOutlet.get(outlet) ?? []).map((id) => story.articleById.get(id)!)
        : story.articles;
      return c.json(paginate(list, page(c)));
    },
  },
  {
    path: '/api/articles/{id}',
    summary: 'One article: its cleaned text and the spans of its entities, quotes, dates, claims and conflicts',
    parameters: [idParam('article')],
    response: ArticleView,
    problems: [404],
    handler: (c, story, store) => c.json(articleView(story, store, c.req.param('id')!)),
  },
  {
    path: '/api/entities',
    summary: 'Entities, named in most articles first',
    parameters: [
      query('type', 'only entities of this type', { type: 'string', enum: ENTITY_TYPES }),
      query('q', 'only entities with a name or alias containing these letters (case ignored)'),
      ...paging,
    ],
    response: EntitySummary,
    paged: true,
    problems: [400],
    handler: (c, story) => {
      const type = oneOf('type', q(c, 'type'), ENTITY_TYPES);
      const needle = q(c, 'q')?.trim().toLowerCase();
      const list = story.entities.filter(
        (e) =>
          (!type || e.type === type) &&
          (!needle || e.aliases.concat(e.name).some((n) => n.toLowerCase().includes(needle))),
      );
      return c.json(paginate(list, page(c), (e) => story.entitySummaries.get(e.id)!));
    },
  },
  {
    path: '/api/entities/{id}',
    summary:
      'One entity: aliases, merge reasons, roles with their words, positions on issues over time, its first quotes and the articles naming it',
    parameters: [idParam('entity')],
    response: EntityView,
    problems: [404],
    handler: (c, story) => {
      const entity = entityOr404(story, c.req.param('id')!);
      const view: EntityView = {
        ...story.entitySummaries.get(entity.id)!,
        merges: entity.merges,
        roleEvidence: story.roleEvidence(entity),
        positions: story.positionViews(entity.id),
        quoteList: paginate(
          story.quotesBySpeaker.get(entity.id) ?? [],
          { limit: API_DEFAULTS.entityQuotes, offset: 0 },
          (quote) => story.quoteView(quote),
        ),
        mentionGroups: paginate(mentionGroups(story, entity.id), { limit: API_DEFAULTS.entityArticles, offset: 0 }),
      };
      return c.json(view);
    },
  },
  {
    path: '/api/entities/{id}/mentions',
    summary: "An entity's mentions, by article (most mentions first)",
    parameters: [idParam('entity'), ...paging],
    response: MentionGroup,
    paged: true,
    problems: [400, 404],
    handler: (c, story) => c.json(paginate(mentionGroups(story, c.req.param('id')!), page(c))),
  },
  {
    path: '/api/speakers',
    summary: 'Speakers, most quoted first',
    parameters: [...paging],
    response: SpeakerSummary,
    paged: true,
    problems: [400],
    handler: (c, story) => c.json(paginate(story.speakers(), page(c))),
  },
  {
    path: '/api/quotes',
    summary: 'Quotes, by article order',
    parameters: [
      query('speaker', "only this entity's quotes (an entity id, name or alias)"),
      query('article', "only this article's quotes"),
      query('kind', 'only quotes of this kind', { type: 'string', enum: QUOTE_KINDS }),
      ...paging,
    ],
    response: QuoteView,
    paged: true,
    problems: [400, 404],
    handler: (c, story) => {
      const named = q(c, 'speaker');
      const speaker = named && namedOr404(story, named, 'speaker').id;
      const article = q(c, 'article');
      const kind = oneOf('kind', q(c, 'kind'), QUOTE_KINDS);
      let list = speaker
        ? (story.quotesBySpeaker.get(speaker) ?? [])
        : article
          ? (story.quotesByArticle.get(article) ?? [])
          : story.quotes;
      if (speaker && article) list = list.filter((x) => x.article === article);
      if (kind) list = list.filter((x) => x.kind === kind);
      return c.json(paginate(list, page(c), (quote) => story.quoteView(quote)));
    },
  },
  {
    path: '/api/quote-variants',
    summary: "One speaker's statement worded differently by different outlets, side by side",
    parameters: [query('speaker', "only this entity's variants (an entity id, name or alias)"), ...paging],
    response: VariantView,
    paged: true,
    problems: [400, 404],
    handler: (c, story) => {
      const named = q(c, 'speaker');
      const speaker = named && namedOr404(story, named, 'speaker').id;
      const list = speaker ? (story.variantsBySpeaker.get(speaker) ?? []) : story.variants;
      return c.json(paginate(list, page(c), (v) => story.variantView(v)));
    },
  },
  {
    path: '/api/events',
    summary: 'Events, by storyline and in time order (empty until the articles are clustered)',
    parameters: [...paging],
    response: EventView,
    paged: true,
    problems: [400],
    handler: (c, story) => c.json(paginate(story.events(), page(c), (e) => story.eventView(e))),
  },
  {
    path: '/api/events/{id}',
    summary: 'One event with its articles',
    parameters: [idParam('event')],
    response: EventDetail,
    problems: [404],
    handler: (c, story) => {
      const id = c.req.param('id')!;
      const event = story.events().find((e) => e.id === id);
      if (!event) throw notFound(`no event with id ${id}`);
      return c.json({ ...story.eventView(event), articleList: event.articles.map((a) => story.ref(a)) });
    },
  },
  {
    path: '/api/timeline',
    summary: 'Dated sentences in date order, each with the articles that say it',
    parameters: [
      query('from', 'only dates from this day on (YYYY-MM-DD)'),
      query('to', 'only dates up to this day (YYYY-MM-DD)'),
      ...paging,
    ],
    response: TimelineEntryView,
    paged: true,
    problems: [400],
    handler: (c, story) => {
      const from = q(c, 'from');
      const to = q(c, 'to');
      for (const [name, value] of [
        ['from', from],
        ['to', to],
      ] as const)
        if (value && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
          throw badParameter(name, `${name} must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not "${value}"`);
      const list = story
        .timeline()
        .filter((e) => (!from || e.to.slice(0, from.length) >= from) && (!to || e.from.slice(0, to.length) <= to));
      return c.json(paginate(list, page(c)));
    },
  },
  {
    path: '/api/claims',
    summary: 'Claims: contested first, then corroborated, then single-source',
    parameters: [
      query('status', 'only claims with this status', { type: 'string', enum: CLAIM_STATUSES }),
      query('kind', 'only claims of this kind', { type: 'string', enum: CLAIM_KINDS }),
      query('outlet', 'only claims this outlet carries'),
      ...paging,
    ],
    response: ClaimSummary,
    paged: true,
    problems: [400],
    handler: (c, story) => {
      const status = oneOf('status', q(c, 'status'), CLAIM_STATUSES);
      const kind = oneOf('kind', q(c, 'kind'), CLAIM_KINDS);
      const outlet = q(c, 'outlet');
      const list = story.claims.filter(
        (x) =>
          (!status || x.status === status) && (!kind || x.kind === kind) && (!outlet || x.outlets.includes(outlet)),
      );
      return c.json(paginate(list, page(c), (x) => story.claimSummary(x)));
    },
  },
  {
    path: '/api/claims/matrix',
    summary: 'Claims × outlets: for each claim, whether each outlet states it, says otherwise, or is silent',
    parameters: [
      query('status', 'only claims with this status', { type: 'string', enum: CLAIM_STATUSES }),
      query(
        'outlets',
        'the columns: outlet names separated by "|" (default: the outlets carrying most claims, up to 24)',
      ),
      ...paging,
    ],
    response: MatrixView,
    problems: [400, 404],
    handler: (c, story) => {
      const status = oneOf('status', q(c, 'status'), CLAIM_STATUSES);
      const chosen = q(c, 'outlets');
      const outlets = chosen
        ? chosen.split('|').map((o) => outletOr404(story, o, 'outlets'))
        : story.claimOutlets.slice(0, API_DEFAULTS.matrixOutlets);
      const list = story.claims.filter((x) => !status || x.status === status);
      const rows = paginate(list, page(c), (claim) => ({
        claim: story.claimSummary(claim),
        cells: outlets.map((o) => story.matrixCell(claim, o)),
      }));
      return c.json({ ...rows, outlets });
    },
  },
  {
    path: '/api/claims/{id}',
    summary: 'One claim with its evidence (paged: `limit` and `offset` page the evidence)',
    parameters: [idParam('claim'), ...paging],
    response: ClaimView,
    problems: [400, 404],
    handler: (c, story) => {
      const claim = story.claimById.get(c.req.param('id')!);
      if (!claim) throw notFound(`no claim with id ${c.req.param('id')}`);
      return c.json(story.claimView(claim, page(c)));
    },
  },
  {
    path: '/api/conflicts',
    summary:
      'Conflicts, those involving most outlets first, as cards: up to 4 sides, 3 pieces of evidence and 12 outlets a side, the explanation cut at 600 characters (the totals say how many there are)',
    parameters: [...paging],
    response: ConflictView,
    paged: true,
    problems: [400],
    handler: (c, story) => c.json(paginate(story.conflicts, page(c), (k) => story.conflictView(k, CARD_LIMITS))),
  },
  {
    path: '/api/conflicts/{id}',
    summary: 'One conflict, side by side, with its whole explanation and its evidence',
    parameters: [
      idParam('conflict'),
      query('sides', 'at most this many sides, most evidence first (1–1000, default 100)', {
        type: 'integer',
        minimum: 1,
        maximum: 1000,
        default: 100,
      }),
      query('evidence', 'at most this many pieces of evidence a side (1–1000, default 100)', {
        type: 'integer',
        minimum: 1,
        maximum: 1000,
        default: 100,
      }),
    ],
    response: ConflictView,
    problems: [400, 404],
    handler: (c, story) => {
      const conflict = story.conflictById.get(c.req.param('id')!);
      if (!conflict) throw notFound(`no conflict with id ${c.req.param('id')}`);
      return c.json(
        story.conflictView(conflict, {
          sides: intParam('sides', q(c, 'sides'), API_DEFAULTS.conflictSides, 1, 1000),
          evidence: intParam('evidence', q(c, 'evidence'), API_DEFAULTS.conflictEvidence, 1, 1000),
        }),
      );
    },
  },
  {
    path: '/api/outlets',
    summary:
      'Outlets side by side: what each carries, what only it carries, what it is silent on, where it says otherwise',
    parameters: [...paging],
    response: OutletSummary,
    paged: true,
    problems: [400],
    handler: (c, story) => c.json(paginate(story.outletTable(), page(c))),
  },
  {
    path: '/api/outlets/compare',
    summary: 'Two outlets compared: claims both carry, claims only one carries, conflicts where they disagree',
    parameters: [
      { ...query('a', 'the first outlet'), required: true },
      { ...query('b', 'the second outlet'), required: true },
      {
        ...limitParam,
        description: 'claims per list (1–500, default 50)',
      },
    ],
    response: OutletComparison,
    problems: [400, 404],
    handler: (c, story) => {
      const a = outletOr404(story, q(c, 'a'), 'a');
      const b = outletOr404(story, q(c, 'b'), 'b');
      const limit = intParam('limit', q(c, 'limit'), API_DEFAULTS.compareLimit, 1, 500);
      const list = (keep: (outlets: string[]) => boolean) =>
        paginate(
          story.claims.filter((x) => keep(x.outlets)),
          { limit, offset: 0 },
          (x) => story.claimSummary(x),
        );
      const valuesOf = (evidence: { outlet: string; value: string }[], outlet: string) => [
        ...new Set(evidence.filter((e) => e.outlet === outlet).map((e) => e.value)),
      ];
      const comparison: OutletComparison = {
        a,
        b,
        both: list((o) => o.includes(a) && o.includes(b)),
        onlyA: list((o) => o.includes(a) && !o.includes(b)),
        onlyB: list((o) => o.includes(b) && !o.includes(a)),
        // Where they state things otherwise themselves: a number, a holder (a denial's sides are people's).
        differ: story.conflicts
          .filter((k) => OUTLET_SIDES.has(k.kind))
          .map((k) => ({
            conflict: k.id,
            about: k.about,
            explanation: k.explanation,
            a: valuesOf(k.evidence, a),
            b: valuesOf(k.evidence, b),
          }))
          .filter((d) => d.a.length && d.b.length && d.a.join('\u0000') !== d.b.join('\u0000')),
      };
      return c.json(comparison);
    },
  },
  {
    path: '/api/search',
    summary: 'Full-text search over titles and texts, best matches first',
    description: `Every word is required, case and accents are ignored, "word*" matches a prefix (of at least ${SEARCH_LIMITS.minPrefix} letters); at most ${SEARCH_LIMITS.maxTerms} words, ${SEARCH_LIMITS.maxPrefixTerms} of them prefixes, ${SEARCH_LIMITS.maxChars} characters (400 otherwise). A query that is a name also finds the other spellings merged with it ("Witkoff" finds "Whitcoff"). In \`snippet\`, matched words are between U+E000 and U+E001.`,
    parameters: [{ ...query('q', 'the words to find'), required: true }, ...paging],
    response: SearchHitView,
    paged: true,
    pageExtra: z.object({
      near: z
        .array(z.string())
        .optional()
        .describe('when nothing matches: the names of the corpus spelled close to the query'),
    }),
    problems: [400],
    handler: (c, _story, store) => {
      const text = q(c, 'q')?.trim();
      if (!text) throw badParameter('q', 'q is required: the words to search for');
      const problem = searchQueryProblem(text);
      if (problem) throw badParameter('q', `q: ${problem}`);
      const { limit, offset } = page(c);
      const spellings = querySpellings(store, text);
      const items: SearchHitView[] = store
        .search(text, limit, { offset, marks: SNIPPET_MARKS, spellings })
        .map((hit) => (hit.path ? { ...hit, path: publicPath(hit.path) } : hit));
      const total = store.countMatches(text, spellings);
      // Nothing found: the names spelled close to it, as the command line suggests them ("Zelenskiy").
      const near = total ? [] : namesNear(store, text);
      return c.json({ items, total, limit, offset, ...(near.length ? { near } : {}) });
    },
  },
];
