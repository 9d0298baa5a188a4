/**
 * What the HTTP API answers, route by route: one zod schema per answer, from which come both the
 * TypeScript types (the server builds them, the web UI reads them) and the schemas of /openapi.json
 * (openapi.ts). A schema that is a component of the document is registered under its name there.
 */
import { z } from 'zod';

/** The schemas of /openapi.json, by the name the document gives them. */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

/** Registers a schema as a component of the document, under a name. */
function named<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  apiSchemas.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
}

const str = z.string();
const int = z.int();
const sentence = z.object({ start: int, end: int, text: str });

/** Where a page of a list starts, how long it may be, and how many items there are in all. */
export const PageMeta = z.object({ total: int, limit: int, offset: int });
/** One page of a list: the items, how many there are in all, and where the page starts. */
export function pageOf<T extends z.ZodType>(items: T) {
  return PageMeta.extend({ items: z.array(items) });
}
export type Page<T> = z.infer<typeof PageMeta> & { items: T[] };

export const Problem = named(
  'Problem',
  z.object({
    type: str,
    title: str,
    status: int,
    detail: str.optional(),
    instance: str.optional(),
    errors: z.array(z.object({ parameter: str, detail: str })).optional(),
  }),
  'RFC 9457 problem details (application/problem+json)',
);
/** An error, as RFC 9457 problem details (application/problem+json). */
export type Problem = z.infer<typeof Problem>;

export const ArticleRef = named(
  'ArticleRef',
  z.object({
    id: str,
    title: str.optional(),
    outlet: str.optional(),
    published: str.optional(),
    language: str.optional(),
    path: str.optional(),
    url: str.optional(),
  }),
);
/** An article as lists name it. */
export type ArticleRef = z.infer<typeof ArticleRef>;

/** A span of one article, with the article it is in. */
const SpanRef = z.object({ article: str, start: int, end: int });
export type SpanRef = z.infer<typeof SpanRef>;

export const ClaimStatus = named('ClaimStatus', z.enum(['corroborated', 'single-source', 'contested']));
export type ClaimStatus = z.infer<typeof ClaimStatus>;

export const EvidenceView = named(
  'Evidence',
  SpanRef.extend({
    text: str,
    value: str.optional(),
    outlet: str,
    title: str.optional(),
    published: str.optional(),
    /** The independent source it counts for. */
    source: str,
    sentence,
  }),
  'a span of an article that supports a claim, with the sentence around it',
);
/** One piece of evidence: the exact words, the value they give, the sentence around them, the outlet. */
export type EvidenceView = z.infer<typeof EvidenceView>;

export const ClaimSummary = named(
  'ClaimSummary',
  z.object({
    id: str,
    kind: z.enum(['fact', 'quantity', 'role', 'statement']),
    statement: str,
    about: str,
    status: ClaimStatus,
    /** Corroborated and not a role: listed as an established fact. */
    established: z.boolean(),
    sources: z.array(str),
    outlets: z.array(str),
    evidenceCount: int,
    /** The conflicts it is part of. */
    conflicts: z.array(str),
  }),
);
/** A claim without its evidence. */
export type ClaimSummary = z.infer<typeof ClaimSummary>;

export const ClaimView = named('Claim', ClaimSummary.extend({ evidence: pageOf(EvidenceView) }));
/** A claim with a page of its evidence. */
export type ClaimView = z.infer<typeof ClaimView>;

const ConflictSide = z.object({
  value: str,
  claim: str.optional(),
  /** The outlets giving this value (the first ones when `outletsTotal` is larger). */
  outlets: z.array(str),
  outletsTotal: int,
  evidence: z.array(EvidenceView),
  /** How many pieces of evidence this side has (`evidence` may hold only the first ones). */
  evidenceTotal: int,
});
/** One side of a conflict: a value, the outlets that give it and their sentences. */
export type ConflictSide = z.infer<typeof ConflictSide>;

export const ConflictView = named(
  'Conflict',
  z.object({
    id: str,
    kind: z.enum(['value', 'holder', 'former', 'denial', 'actor', 'reversal']),
    about: str,
    /** The conflict in one sentence (cut, with an ellipsis, on cards). */
    explanation: str,
    claims: z.array(str),
    sides: z.array(ConflictSide),
    /** How many sides there are (`sides` may hold only the ones with most evidence). */
    sidesTotal: int,
  }),
);
/** A conflict: claims that cannot all be true, explained, side by side. */
export type ConflictView = z.infer<typeof ConflictView>;

export const EntitySummary = named(
  'EntitySummary',
  z.object({
    id: str,
    type: z.enum(['person', 'organisation', 'place']),
    name: str,
    aliases: z.array(str),
    mentions: int,
    articles: int,
    quotes: int,
    /** The roles stated for it, most stated first ("Mayor", "Former Water Commissioner"). */
    roles: z.array(str),
  }),
);
/** An entity as lists show it. */
export type EntitySummary = z.infer<typeof EntitySummary>;

const RoleView = SpanRef.extend({
  label: str,
  title: str,
  org: str.optional(),
  country: str.optional(),
  former: z.boolean().optional(),
  text: str,
  outlet: str.optional(),
  articleTitle: str.optional(),
});
/** A role stated for an entity, with the words that state it. */
export type RoleView = z.infer<typeof RoleView>;

export const MentionGroup = named(
  'MentionGroup',
  z.object({
    article: ArticleRef,
    mentions: z.array(z.object({ start: int, end: int, text: str, kind: z.enum(['name', 'description']) })),
  }),
);
/** The mentions of an entity in one article. */
export type MentionGroup = z.infer<typeof MentionGroup>;

export const QuoteView = named(
  'Quote',
  SpanRef.extend({
    id: str,
    text: str,
    kind: z.enum(['direct', 'indirect', 'mixed']),
    speaker: str.nullable(),
    speakerName: str.optional(),
    speakerText: str.optional(),
    cue: str.optional(),
    via: z.array(z.object({ id: str, name: str })).optional(),
    hearer: str.optional().describe('The one told, by name, when the words were told to someone ("Mr. Credico")'),
    statement: str,
    outlet: str.optional(),
    title: str.optional(),
    published: str.optional(),
  }),
);
/** A quote with its speaker and article. */
export type QuoteView = z.infer<typeof QuoteView>;

export const PositionView = named(
  'Position',
  z.object({
    issue: str,
    stance: z.enum(['for', 'against']),
    phrase: str,
    day: str.optional(),
    evidence: EvidenceView,
  }),
  'a position one person takes on one issue, in one article',
);
/** A position on an issue, with the words that take it: one entry of a person's stance timeline. */
export type PositionView = z.infer<typeof PositionView>;

export const EntityView = named(
  'Entity',
  EntitySummary.extend({
    merges: z.array(z.object({ a: str, b: str, score: z.number(), reason: str })),
    roleEvidence: z.array(RoleView),
    /** The positions the person takes on issues: issue by issue, each in time order. */
    positions: z.array(PositionView),
    quoteList: pageOf(QuoteView),
    mentionGroups: pageOf(MentionGroup),
  }),
);
/** The entity page: aliases, why variants were merged, roles, quotes and mentions. */
export type EntityView = z.infer<typeof EntityView>;

export const SpeakerSummary = named(
  'Speaker',
  z.object({ id: str, name: str, quotes: int, statements: int, variants: int, outlets: int }),
);
/** A speaker with how much is quoted of them. */
export type SpeakerSummary = z.infer<typeof SpeakerSummary>;

export const VariantView = named(
  'QuoteVariant',
  z.object({
    speaker: str,
    speakerName: str,
    similarity: z.number(),
    sides: z.array(z.object({ statement: str, wording: str, outlets: z.array(str), quotes: z.array(QuoteView) })),
  }),
);
/** One speaker's statement worded differently by different outlets, each wording with its quotes. */
export type VariantView = z.infer<typeof VariantView>;

export const EventView = named(
  'Event',
  z.object({
    id: str,
    storyline: str,
    title: str,
    firstDate: str.optional(),
    lastDate: str.optional(),
    articles: int,
  }),
);
/** An event: articles about one happening. */
export type EventView = z.infer<typeof EventView>;

export const EventDetail = named('EventDetail', EventView.extend({ articleList: z.array(ArticleRef) }));
/** An event with its articles. */
export type EventDetail = z.infer<typeof EventDetail>;

export const TimelineEntryView = named(
  'TimelineEntry',
  z.object({
    value: str.describe('TIMEX3 value'),
    label: str.describe('the value as a reader reads it: "1970s" for the decade "197", "2010-12-13 evening"'),
    granularity: str,
    from: str,
    to: str,
    sentence: str,
    sources: z.array(
      SpanRef.extend({
        title: str.optional(),
        outlet: str.optional(),
        published: str.optional(),
        text: str,
        inferred: z.boolean().optional(),
      }),
    ),
  }),
);
/** A dated sentence and the articles that say it. */
export type TimelineEntryView = z.infer<typeof TimelineEntryView>;

export const OutletSummary = named(
  'Outlet',
  z.object({
    name: str,
    articles: int,
    firstDate: str.optional(),
    lastDate: str.optional(),
    /** The claims it carries, as `triangulate check` counts them: roles (on the entity pages) aside. */
    claims: int,
    /** Of those, the established ones (corroborated by independent sources). */
    corroborated: int,
    /** Claims only this outlet carries. */
    exclusive: int,
    /** Established claims (by other outlets) of the events this outlet covers that it does not carry. */
    silent: int,
    quotes: int,
    /** Where it says otherwise: the conflicts it takes a side in, with the value it gives. */
    differs: z.array(z.object({ conflict: str, about: str, values: z.array(str) })),
  }),
);
/** One outlet beside the others. */
export type OutletSummary = z.infer<typeof OutletSummary>;

export const OutletComparison = named(
  'OutletComparison',
  z.object({
    a: str,
    b: str,
    both: pageOf(ClaimSummary),
    onlyA: pageOf(ClaimSummary),
    onlyB: pageOf(ClaimSummary),
    differ: z.array(z.object({ conflict: str, about: str, explanation: str, a: z.array(str), b: z.array(str) })),
  }),
);
/** Two outlets compared claim by claim. */
export type OutletComparison = z.infer<typeof OutletComparison>;

export const MatrixCell = named(
  'MatrixCell',
  z.object({
    state: z.enum(['states', 'differs', 'silent']),
    /** The value it gives (stated, or the other value when it differs). */
    value: str.optional(),
    /** Where it says so. */
    evidence: SpanRef.optional(),
  }),
);
/** One cell of the claims matrix: whether an outlet states the claim, says otherwise, or is silent. */
export type MatrixCell = z.infer<typeof MatrixCell>;

export const MatrixView = named(
  'Matrix',
  pageOf(z.object({ claim: ClaimSummary, cells: z.array(MatrixCell) })).extend({ outlets: z.array(str) }),
);
/** The claims matrix: a page of claims, each with a cell per outlet (in the order of `outlets`). */
export type MatrixView = z.infer<typeof MatrixView>;

export const SearchHitView = named('SearchHit', ArticleRef.extend({ snippet: str }));
/** A search hit; the matched words of `snippet` are between U+E000 and U+E001. */
export type SearchHitView = z.infer<typeof SearchHitView>;

export const ArticleView = named(
  'Article',
  z.object({
    id: str,
    source: z.object({ path: str.optional(), url: str.optional(), record: int.optional() }),
    outlet: str.optional(),
    title: str.optional(),
    published: str.optional(),
    publishedInferred: z.boolean().optional(),
    byline: str.optional(),
    language: str,
    text: str.describe('the cleaned text; every span is a UTF-16 offset range into it'),
    removed: z
      .array(z.object({ text: str, reason: str, ruleId: str, line: int.optional(), language: str.optional() }))
      .optional(),
    paragraphs: z.array(
      z.object({ start: int, end: int, kind: z.enum(['title', 'heading', 'paragraph']), language: str.optional() }),
    ),
    sentences: z.array(z.object({ start: int, end: int })),
    messages: z.array(z.object({ reason: str, ruleId: str, source: str, severity: str })),
    provenance: z
      .object({
        kind: z.enum(['reporting', 'relay', 'copy', 'analysis']),
        of: str.optional(),
        signals: z.array(
          z.object({
            kind: z.enum(['relay', 'copy', 'analysis']),
            of: str.optional(),
            reason: str,
            ruleId: str,
            text: str,
            start: int.optional(),
            end: int.optional(),
          }),
        ),
      })
      .optional()
      .describe('where the article comes from: its own reporting, a relay of a wire, a copy, or analysis'),
    entities: z.array(z.object({ entity: str, name: str, type: str, start: int, end: int, text: str, kind: str })),
    quotes: z.array(
      z.object({
        id: str,
        start: int,
        end: int,
        text: str,
        kind: str,
        speaker: str.nullable(),
        speakerName: str.optional(),
        speakerText: str.optional(),
        cue: str.optional(),
      }),
    ),
    dates: z.array(z.object({ start: int, end: int, text: str, value: str, granularity: str, kind: str })),
    claims: z.array(
      z.object({
        claim: str,
        kind: str,
        status: ClaimStatus,
        statement: str,
        start: int,
        end: int,
        value: str.optional(),
        sentence: z.object({ start: int, end: int }),
      }),
    ),
    /** The conflicts this article takes a side in: what is disputed and the value it gives (the explanation: /api/conflicts/{id}). */
    conflicts: z.array(z.object({ conflict: str, about: str, value: str, start: int, end: int })),
    events: z.array(z.object({ id: str, title: str })),
  }),
);
/** Spans of one article the reader highlights. */
export type ArticleView = z.infer<typeof ArticleView>;

export const OverviewView = named(
  'Overview',
  z.object({
    story: z.object({
      articles: int,
      outlets: int,
      languages: z.array(str),
      firstDate: str.optional(),
      lastDate: str.optional(),
      entities: int,
      quotes: int,
      claims: z.object({ total: int, established: int, corroborated: int, 'single-source': int, contested: int }),
      conflicts: int,
      events: int,
    }),
    /** The conflicts first, each with the first pieces of evidence of each side. */
    conflicts: pageOf(ConflictView),
    /** The people and organisations named in most articles. */
    actors: z.array(EntitySummary),
    /** The largest events, in time order. */
    events: pageOf(EventView),
    outlets: z.array(z.object({ name: str, articles: int })),
  }),
);
/** The story at a glance. */
export type OverviewView = z.infer<typeof OverviewView>;
