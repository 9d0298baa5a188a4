/**
 * What the HTTP API answers, route by route (docs in /openapi.json). The web UI imports these types,
 * so the client and the server agree on every field.
 */
import type { ExportedArticle } from '../export/json.ts';

/** One page of a list: the items, how many there are in all, and where the page starts. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** An article as lists name it. */
export interface ArticleRef {
  id: string;
  title?: string;
  outlet?: string;
  published?: string;
  language?: string;
  path?: string;
  url?: string;
}

/** A span of one article, with the article it is in. */
export interface SpanRef {
  article: string;
  start: number;
  end: number;
}

/** One piece of evidence: the exact words, the value they give, the sentence around them, the outlet. */
export interface EvidenceView extends SpanRef {
  text: string;
  value?: string;
  outlet: string;
  title?: string;
  published?: string;
  /** The independent source it counts for. */
  source: string;
  sentence: { start: number; end: number; text: string };
}

export type ClaimStatus = 'corroborated' | 'single-source' | 'contested';

/** A claim without its evidence. */
export interface ClaimSummary {
  id: string;
  kind: 'quantity' | 'role' | 'statement';
  statement: string;
  about: string;
  status: ClaimStatus;
  sources: string[];
  outlets: string[];
  evidenceCount: number;
  /** The conflicts it is part of. */
  conflicts: string[];
}

/** A claim with a page of its evidence. */
export interface ClaimView extends ClaimSummary {
  evidence: Page<EvidenceView>;
}

/** One side of a conflict: a value, the outlets that give it and their sentences. */
export interface ConflictSide {
  value: string;
  claim?: string;
  /** The outlets giving this value (the first ones when `outletsTotal` is larger). */
  outlets: string[];
  outletsTotal: number;
  evidence: EvidenceView[];
  /** How many pieces of evidence this side has (`evidence` may hold only the first ones). */
  evidenceTotal: number;
}

/** A conflict: claims that cannot all be true, explained, side by side. */
export interface ConflictView {
  id: string;
  kind: 'value' | 'holder' | 'former';
  about: string;
  /** The conflict in one sentence (cut, with an ellipsis, on cards). */
  explanation: string;
  claims: string[];
  sides: ConflictSide[];
  /** How many sides there are (`sides` may hold only the ones with most evidence). */
  sidesTotal: number;
}

/** An entity as lists show it. */
export interface EntitySummary {
  id: string;
  type: 'person' | 'organisation' | 'place';
  name: string;
  aliases: string[];
  mentions: number;
  articles: number;
  quotes: number;
  /** The roles stated for it, most stated first ("Mayor", "Former Water Commissioner"). */
  roles: string[];
}

/** A role stated for an entity, with the words that state it. */
export interface RoleView extends SpanRef {
  label: string;
  title: string;
  org?: string;
  country?: string;
  former?: boolean;
  text: string;
  outlet?: string;
  articleTitle?: string;
}

/** The mentions of an entity in one article. */
export interface MentionGroup {
  article: ArticleRef;
  mentions: { start: number; end: number; text: string; kind: 'name' | 'description' }[];
}

/** The entity page: aliases, why variants were merged, roles, quotes and mentions. */
export interface EntityView extends EntitySummary {
  merges: { a: string; b: string; score: number; reason: string }[];
  roleEvidence: RoleView[];
  quoteList: Page<QuoteView>;
  mentionGroups: Page<MentionGroup>;
}

/** A quote with its speaker and article. */
export interface QuoteView extends SpanRef {
  id: string;
  text: string;
  kind: 'direct' | 'indirect' | 'mixed';
  speaker: string | null;
  speakerName?: string;
  speakerText?: string;
  cue?: string;
  via?: { id: string; name: string }[];
  statement: string;
  outlet?: string;
  title?: string;
  published?: string;
}

/** A speaker with how much is quoted of them. */
export interface SpeakerSummary {
  id: string;
  name: string;
  quotes: number;
  statements: number;
  variants: number;
  outlets: number;
}

/** One speaker's statement worded differently by different outlets, each wording with its quotes. */
export interface VariantView {
  speaker: string;
  speakerName: string;
  similarity: number;
  sides: { statement: string; wording: string; outlets: string[]; quotes: QuoteView[] }[];
}

/** An event: articles about one happening. */
export interface EventView {
  id: string;
  storyline: string;
  title: string;
  firstDate?: string;
  lastDate?: string;
  articles: number;
}

/** An event with its articles. */
export interface EventDetail extends EventView {
  articleList: ArticleRef[];
}

/** A dated sentence and the articles that say it. */
export interface TimelineEntryView {
  value: string;
  granularity: string;
  from: string;
  to: string;
  sentence: string;
  sources: (SpanRef & { title?: string; outlet?: string; published?: string; text: string; inferred?: boolean })[];
}

/** One outlet beside the others. */
export interface OutletSummary {
  name: string;
  articles: number;
  firstDate?: string;
  lastDate?: string;
  claims: number;
  corroborated: number;
  /** Claims only this outlet carries. */
  exclusive: number;
  /** Corroborated claims (by other outlets) this outlet does not carry. */
  silent: number;
  quotes: number;
  /** Where it says otherwise: the conflicts it takes a side in, with the value it gives. */
  differs: { conflict: string; about: string; values: string[] }[];
}

/** Two outlets compared claim by claim. */
export interface OutletComparison {
  a: string;
  b: string;
  both: Page<ClaimSummary>;
  onlyA: Page<ClaimSummary>;
  onlyB: Page<ClaimSummary>;
  differ: { conflict: string; about: string; explanation: string; a: string[]; b: string[] }[];
}

/** One cell of the claims matrix: whether an outlet states the claim, says otherwise, or is silent. */
export interface MatrixCell {
  state: 'states' | 'differs' | 'silent';
  /** The value it gives (stated, or the other value when it differs). */
  value?: string;
  /** Where it says so. */
  evidence?: SpanRef;
}

/** The claims matrix: a page of claims, each with a cell per outlet (in the order of `outlets`). */
export interface MatrixView extends Page<{ claim: ClaimSummary; cells: MatrixCell[] }> {
  outlets: string[];
}

/** A search hit; the matched words of `snippet` are between U+E000 and U+E001. */
export interface SearchHitView extends ArticleRef {
  snippet: string;
}

/** Spans of one article the reader highlights. */
export interface ArticleView extends ExportedArticle {
  publishedInferred?: boolean;
  entities: { entity: string; name: string; type: string; start: number; end: number; text: string; kind: string }[];
  quotes: {
    id: string;
    start: number;
    end: number;
    text: string;
    kind: string;
    speaker: string | null;
    speakerName?: string;
    speakerText?: string;
    cue?: string;
  }[];
  dates: { start: number; end: number; text: string; value: string; granularity: string; kind: string }[];
  claims: {
    claim: string;
    kind: string;
    status: ClaimStatus;
    statement: string;
    start: number;
    end: number;
    value?: string;
    sentence: { start: number; end: number };
  }[];
  /** The conflicts this article takes a side in: what is disputed and the value it gives (the explanation: /api/conflicts/{id}). */
  conflicts: { conflict: string; about: string; value: string; start: number; end: number }[];
  events: { id: string; title: string }[];
}

/** The story at a glance. */
export interface OverviewView {
  story: {
    articles: number;
    outlets: number;
    languages: string[];
    firstDate?: string;
    lastDate?: string;
    entities: number;
    quotes: number;
    claims: Record<ClaimStatus, number> & { total: number };
    conflicts: number;
    events: number;
  };
  /** The conflicts first, each with the first pieces of evidence of each side. */
  conflicts: Page<ConflictView>;
  /** The people and organisations named in most articles. */
  actors: EntitySummary[];
  /** The largest events, in time order. */
  events: Page<EventView>;
  outlets: { name: string; articles: number }[];
}

/** An error, as RFC 9457 problem details (application/problem+json). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { parameter: string; detail: string }[];
}
