/**
 * What the API serves, read from the store once per revision and indexed by article, entity, speaker,
 * claim and outlet. Requests then read these indexes (and single articles from SQLite) instead of
 * rebuilding the export: the corpus-level results are loaded once, not per request.
 */
import { salience } from '../corpus/claims/salience.ts';
import type { Worker } from 'node:worker_threads';
import { corpusResults, type CorpusResults } from '../app/corpus.ts';
import { resultsBehind } from '../app/fresh.ts';
import { programThread } from '../app/threads.ts';
import { buildTimeline } from '../app/timeline.ts';
import { byFrequency } from '../corpus/frequency.ts';
import { roleLabel } from '../corpus/roles.ts';
import { sourceName } from '../corpus/sources.ts';
import type { Entity } from '../corpus/aliases/index.ts';
import type { Claim, Conflict, Evidence, Position } from '../corpus/claims/index.ts';
import { OUTLET_SIDES } from '../corpus/claims/types.ts';
import type { QuoteRecord, QuoteVariant, Statement } from '../corpus/quotes/index.ts';
import { listEvents, type EventSummary } from '../corpus/events/read.ts';
import { paginate } from './paging.ts';
import type { ArticleSummary, Store } from '../store/index.ts';
import { publicPath } from './paths.ts';
import type {
  ArticleRef,
  ArticleView,
  ClaimStatus,
  ClaimSummary,
  ClaimView,
  ConflictView,
  EntitySummary,
  EventView,
  EvidenceView,
  MatrixCell,
  OutletSummary,
  PositionView,
  QuoteView,
  RoleView,
  SpeakerSummary,
  TimelineEntryView,
  VariantView,
} from './types.ts';

/** Defaults: how much the overview shows. */
export const STORY_DEFAULTS = { conflictCards: 12, actors: 10, overviewEvents: 40 };

/** How much of a conflict is shown: sides, evidence and outlets per side, characters of the explanation. */
export interface ConflictLimits {
  sides: number;
  evidence: number;
  outlets: number;
  explanation: number;
}

const NO_LIMITS: ConflictLimits = { sides: Infinity, evidence: Infinity, outlets: Infinity, explanation: Infinity };

/** A conflict card (the overview, the list of conflicts): the gist, with the totals. */
export const CARD_LIMITS: ConflictLimits = { sides: 4, evidence: 3, outlets: 12, explanation: 600 };

/** A text cut to a length, with an ellipsis. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const STATUS_ORDER: Record<ClaimStatus, number> = { contested: 0, corroborated: 1, 'single-source': 2 };

/** Pushes a value to the list a map holds under a key, creating the list. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The day part of a date or date-time. */
function day(value: string | undefined): string | undefined {
  return value ? value.slice(0, 10) : undefined;
}

/** The indexes of one revision of the store. */
export class Story {
  readonly articles: ArticleSummary[];
  readonly articleById: Map<string, ArticleSummary>;
  /** Articles by outlet (as stored), most articles first. */
  readonly articlesByOutlet: Map<string, string[]>;
  /** Entities, named in most articles first. */
  readonly entities: Entity[];
  readonly entityById: Map<string, Entity>;
  readonly entitySummaries: Map<string, EntitySummary>;
  readonly mentionsByArticle = new Map<string, ArticleView['entities']>();
  readonly quotes: QuoteRecord[];
  readonly quoteById: Map<string, QuoteRecord>;
  readonly quotesByArticle = new Map<string, QuoteRecord[]>();
  readonly quotesBySpeaker = new Map<string, QuoteRecord[]>();
  readonly statementById: Map<string, Statement>;
  readonly variants: QuoteVariant[];
  readonly variantsBySpeaker = new Map<string, QuoteVariant[]>();
  /** Claims: contested first, then corroborated, then single-source; more sources first. */
  readonly claims: Claim[];
  readonly claimById: Map<string, Claim>;
  /** Conflicts, those involving most outlets first. */
  readonly conflicts: Conflict[];
  readonly conflictById: Map<string, Conflict>;
  readonly conflictsOfClaim = new Map<string, string[]>();
  /** Each person's positions on issues, issue by issue and in time order: their stance timelines. */
  readonly positionsByEntity = new Map<string, Position[]>();
  readonly claimSpansByArticle = new Map<string, ArticleView['claims']>();
  readonly conflictSpansByArticle = new Map<string, ArticleView['conflicts']>();
  /** Every outlet named by an article or by evidence, with how many claims it carries. */
  readonly claimOutlets: string[];

  private memo = new Map<string, unknown>();

  constructor(
    private readonly store: Store,
    corpus: CorpusResults,
    /** The store revision these indexes were read at. */
    readonly revision: string,
    /** The articles, when read with the corpus results (else read now). */
    summaries: ArticleSummary[] = store.listSummaries(),
  ) {
    this.memo.set('events', corpus.events);
    this.articles = summaries.map((a) => (a.path ? { ...a, path: publicPath(a.path) } : a));
    this.articleById = new Map(this.articles.map((a) => [a.id, a]));
    const byOutlet = new Map<string, string[]>();
    // An article with no outlet counts under the label its claims name it by (its site, else its title).
    for (const a of this.articles) push(byOutlet, sourceName(a), a.id);
    this.articlesByOutlet = new Map(
      [...byOutlet].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])),
    );

    // Quotes first: entity summaries count them.
    this.quotes = corpus.quotes.quotes;
    this.quoteById = new Map(this.quotes.map((q) => [q.id, q]));
    for (const q of this.quotes) {
      push(this.quotesByArticle, q.article, q);
      if (q.speaker) push(this.quotesBySpeaker, q.speaker, q);
    }
    this.statementById = new Map(corpus.quotes.statements.map((s) => [s.id, s]));
    this.variants = corpus.quotes.quoteVariants;
    for (const v of this.variants) push(this.variantsBySpeaker, v.speaker, v);

    const articleCount = new Map<string, number>();
    for (const e of corpus.entities) articleCount.set(e.id, new Set(e.mentions.map((m) => m.article)).size);
    this.entities = [...corpus.entities].sort(
      (a, b) =>
        articleCount.get(b.id)! - articleCount.get(a.id)! ||
        b.mentions.length - a.mentions.length ||
        a.name.localeCompare(b.name),
    );
    this.entityById = new Map(this.entities.map((e) => [e.id, e]));
    this.entitySummaries = new Map(
      this.entities.map((e) => [
        e.id,
        {
          id: e.id,
          type: e.type,
          name: e.name,
          aliases: e.aliases,
          mentions: e.mentions.length,
          articles: articleCount.get(e.id)!,
          quotes: this.quotesBySpeaker.get(e.id)?.length ?? 0,
          roles: byFrequency(e.roles.map((r) => roleLabel(r))),
        },
      ]),
    );
    for (const e of this.entities) {
      for (const m of e.mentions) {
        push(this.mentionsByArticle, m.article, {
          entity: e.id,
          name: e.name,
          type: e.type,
          start: m.start,
          end: m.end,
          text: m.text,
          kind: m.kind,
        });
      }
    }

    const { claims, conflicts, positions } = corpus.claims;
    for (const k of conflicts) for (const c of k.claims) push(this.conflictsOfClaim, c, k.id);
    for (const p of positions ?? []) push(this.positionsByEntity, p.entity, p);
    // Contested first, then established facts by salience, then the rest; roles last of their status.
    this.claims = [...claims].sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        Number(a.kind === 'role') - Number(b.kind === 'role') ||
        salience(b) - salience(a) ||
        b.sources.length - a.sources.length ||
        b.evidence.length - a.evidence.length ||
        a.statement.localeCompare(b.statement),
    );
    this.claimById = new Map(this.claims.map((c) => [c.id, c]));
    const outletsOf = (k: Conflict) => new Set(k.evidence.map((e) => e.outlet)).size;
    this.conflicts = [...conflicts].sort((a, b) => outletsOf(b) - outletsOf(a) || a.about.localeCompare(b.about));
    this.conflictById = new Map(this.conflicts.map((k) => [k.id, k]));
    for (const c of this.claims) {
      for (const e of c.evidence) {
        push(this.claimSpansByArticle, e.article, {
          claim: c.id,
          kind: c.kind,
          status: c.status,
          statement: c.statement,
          start: e.start,
          end: e.end,
          ...(e.value !== undefined ? { value: e.value } : {}),
          sentence: { start: e.sentence.start, end: e.sentence.end },
        });
      }
    }
    for (const k of this.conflicts) {
      for (const e of k.evidence) {
        push(this.conflictSpansByArticle, e.article, {
          conflict: k.id,
          about: k.about,
          value: e.value,
          start: e.start,
          end: e.end,
        });
      }
    }
    const carried = new Map<string, number>();
    for (const c of this.claims)
      for (const o of new Set(c.evidence.map((e) => e.outlet))) carried.set(o, (carried.get(o) ?? 0) + 1);
    for (const o of this.articlesByOutlet.keys()) if (!carried.has(o)) carried.set(o, 0);
    this.claimOutlets = [...carried].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o);
  }

  /** Computes a value once per revision. */
  private once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  /** An article as lists name it (its id alone when it is not stored). */
  ref(id: string): ArticleRef {
    return this.articleById.get(id) ?? { id };
  }

  /** A piece of evidence with its article's title and date. */
  evidence(e: Evidence): EvidenceView {
    const a = this.articleById.get(e.article);
    return {
      article: e.article,
      start: e.start,
      end: e.end,
      text: e.text,
      ...(e.value !== undefined ? { value: e.value } : {}),
      outlet: e.outlet,
      ...(a?.title ? { title: a.title } : {}),
      ...(a?.published ? { published: a.published } : {}),
      source: e.source,
      sentence: e.sentence,
    };
  }

  claimSummary(c: Claim): ClaimSummary {
    return {
      id: c.id,
      kind: c.kind,
      statement: c.statement,
      about: c.about,
      status: c.status,
      established: c.established,
      sources: c.sources,
      outlets: c.outlets,
      evidenceCount: c.evidence.length,
      conflicts: this.conflictsOfClaim.get(c.id) ?? [],
    };
  }

  /** A claim with a page of its evidence. */
  claimView(c: Claim, page: { limit: number; offset: number }): ClaimView {
    return { ...this.claimSummary(c), evidence: paginate(c.evidence, page, (e) => this.evidence(e)) };
  }

  /** The values each claim's evidence gives. */
  private claimValues(id: string): Set<string | undefined> {
    return this.once(`values:${id}`, () => new Set(this.claimById.get(id)?.evidence.map((e) => e.value)));
  }

  /**
   * A conflict side by side: one side per value, most evidence first, within the limits: the sides
   * shown, the evidence and outlets of each (the totals say how many there are), and the length of
   * the explanation (a conflict across hundreds of outlets names them all).
   */
  conflictView(k: Conflict, limits: Partial<ConflictLimits> = {}): ConflictView {
    const { sides: maxSides, evidence: perSide, outlets: maxOutlets, explanation } = { ...NO_LIMITS, ...limits };
    const byValue = new Map<string, (typeof k.evidence)[number][]>();
    for (const e of k.evidence) push(byValue, e.value, e);
    const sides = [...byValue]
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, maxSides)
      .map(([value, evidence]) => {
        const claim = k.claims.find((id) => this.claimValues(id).has(value));
        const outlets = [...new Set(evidence.map((e) => e.outlet))];
        return {
          value,
          ...(claim ? { claim } : {}),
          outlets: outlets.slice(0, maxOutlets),
          outletsTotal: outlets.length,
          evidence: evidence.slice(0, perSide).map((e) => this.evidence(e)),
          evidenceTotal: evidence.length,
        };
      });
    return {
      id: k.id,
      kind: k.kind,
      about: k.about,
      explanation: clip(k.explanation, explanation),
      claims: k.claims,
      sides,
      sidesTotal: byValue.size,
    };
  }

  /** A person's positions as the entity page lists them, each with its words and sentence. */
  positionViews(entity: string): PositionView[] {
    return (this.positionsByEntity.get(entity) ?? []).map((p) => ({
      issue: p.issue,
      stance: p.stance,
      phrase: p.phrase,
      ...(p.day ? { day: p.day } : {}),
      evidence: this.evidence(p.evidence),
    }));
  }

  quoteView(q: QuoteRecord): QuoteView {
    const a = this.articleById.get(q.article);
    const speaker = q.speaker ? this.entityById.get(q.speaker) : undefined;
    return {
      id: q.id,
      article: q.article,
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      speaker: q.speaker,
      ...(speaker ? { speakerName: speaker.name } : {}),
      ...(q.speakerText ? { speakerText: q.speakerText } : {}),
      ...(q.cue ? { cue: q.cue } : {}),
      ...(q.via?.length ? { via: q.via.map((id) => ({ id, name: this.entityById.get(id)?.name ?? id })) } : {}),
      ...(q.hearer ? { hearer: q.hearer } : {}),
      statement: q.statement,
      ...(a?.outlet ? { outlet: a.outlet } : {}),
      ...(a?.title ? { title: a.title } : {}),
      ...(a?.published ? { published: a.published } : {}),
    };
  }

  variantView(v: QuoteVariant): VariantView {
    return {
      speaker: v.speaker,
      speakerName: this.entityById.get(v.speaker)?.name ?? v.speaker,
      similarity: v.similarity,
      sides: v.statements.map((id, i) => {
        const quotes = (this.statementById.get(id)?.quotes ?? [])
          .map((q) => this.quoteById.get(q))
          .filter((q): q is QuoteRecord => !!q)
          .map((q) => this.quoteView(q));
        return {
          statement: id,
          wording: v.wordings[i] ?? '',
          outlets: [...new Set(quotes.map((q) => q.outlet ?? q.article))],
          quotes,
        };
      }),
    };
  }

  /** Speakers, most quoted first. */
  speakers(): SpeakerSummary[] {
    return this.once('speakers', () =>
      [...this.quotesBySpeaker]
        .map(([id, quotes]) => ({
          id,
          name: this.entityById.get(id)?.name ?? id,
          quotes: quotes.length,
          statements: new Set(quotes.map((q) => q.statement)).size,
          variants: this.variantsBySpeaker.get(id)?.length ?? 0,
          outlets: new Set(quotes.map((q) => this.articleById.get(q.article)?.outlet ?? q.article)).size,
        }))
        .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name)),
    );
  }

  /** Each role stated for an entity, with its words and article. */
  roleEvidence(e: Entity): RoleView[] {
    return e.roles.map((r) => {
      const a = this.articleById.get(r.article);
      return {
        article: r.article,
        start: r.start,
        end: r.end,
        label: roleLabel(r),
        title: r.title,
        ...(r.org ? { org: r.org } : {}),
        ...(r.country ? { country: r.country } : {}),
        ...(r.former ? { former: true } : {}),
        text: r.text,
        ...(a?.outlet ? { outlet: a.outlet } : {}),
        ...(a?.title ? { articleTitle: a.title } : {}),
      };
    });
  }

  /** Events, by storyline and in time order (empty until the clustering has run). */
  events(): EventSummary[] {
    return this.once('events', () => listEvents(this.store.clusters()));
  }

  eventView(e: EventSummary): EventView {
    return {
      id: e.id,
      storyline: e.storyline,
      title: e.title,
      ...(e.firstDate ? { firstDate: e.firstDate } : {}),
      ...(e.lastDate ? { lastDate: e.lastDate } : {}),
      articles: e.articles.length,
    };
  }

  /** The events each article is in. */
  eventsOfArticle(id: string): { id: string; title: string }[] {
    const index = this.once('eventsByArticle', () => {
      const map = new Map<string, { id: string; title: string }[]>();
      for (const e of this.events()) for (const a of e.articles) push(map, a, { id: e.id, title: e.title });
      return map;
    });
    return index.get(id) ?? [];
  }

  /** The timeline of dated sentences (read from the store on first use: it needs the texts). */
  timeline(): TimelineEntryView[] {
    return this.once('timeline', () => buildTimeline(this.store.listArticlesWith(['dates', 'sentences'])));
  }

  /** The first piece of evidence of each outlet, for a claim or a conflict. */
  private byOutlet<E extends Evidence>(key: string, evidence: readonly E[]): Map<string, E[]> {
    return this.once(`outlets:${key}`, () => {
      const map = new Map<string, E[]>();
      for (const e of evidence) push(map, e.outlet, e);
      return map;
    });
  }

  /** The cell of the claims matrix for a claim and an outlet. */
  matrixCell(c: Claim, outlet: string): MatrixCell {
    const own = this.byOutlet(c.id, c.evidence).get(outlet)?.[0];
    if (own) return { state: 'states', value: own.value ?? own.text, evidence: span(own) };
    const values = this.claimValues(c.id);
    for (const id of this.conflictsOfClaim.get(c.id) ?? []) {
      const conflict = this.conflictById.get(id)!;
      // An outlet says otherwise by what it states itself (a number, a holder), not by reporting a denial.
      if (!OUTLET_SIDES.has(conflict.kind)) continue;
      const other = this.byOutlet(id, conflict.evidence)
        .get(outlet)
        ?.find((e) => !values.has(e.value));
      if (other) return { state: 'differs', value: other.value, evidence: span(other) };
    }
    return { state: 'silent' };
  }

  /** Every outlet beside the others: what it carries, what only it carries, where it says otherwise. */
  outletTable(): OutletSummary[] {
    return this.once('outlets', () => {
      // As `check` counts them: roles are told on the entity pages, not as what an outlet carries; what is
      // established (corroborated, not a role) is what an outlet may be silent on.
      const corroborated = this.claims.filter((c) => c.established);
      const quotesByOutlet = new Map<string, number>();
      for (const q of this.quotes) {
        // By the name each row goes by: an article with no outlet by its site or title.
        const a = this.articleById.get(q.article);
        const o = a && sourceName(a);
        if (o) quotesByOutlet.set(o, (quotesByOutlet.get(o) ?? 0) + 1);
      }
      const carriedBy = new Map<string, Claim[]>();
      for (const c of this.claims) if (c.kind !== 'role') for (const o of new Set(c.outlets)) push(carriedBy, o, c);
      // What an outlet is silent on: the corroborated claims of the events it covers (an event it has an
      // article in) that it does not carry — one pass over the claims by index (a claim quoted everywhere
      // touches hundreds of events): each counts once for every outlet of its events that does not carry it.
      const outletIndex = new Map([...this.articlesByOutlet.keys()].map((name, i) => [name, i]));
      const eventIndex = new Map<string, number>();
      const outletsOfEvent: number[][] = [];
      for (const [outlet, ids] of this.articlesByOutlet) {
        const o = outletIndex.get(outlet)!;
        for (const a of ids)
          for (const e of this.eventsOfArticle(a)) {
            let k = eventIndex.get(e.id);
            if (k === undefined) eventIndex.set(e.id, (k = outletsOfEvent.push([]) - 1));
            if (outletsOfEvent[k]!.at(-1) !== o) outletsOfEvent[k]!.push(o);
          }
      }
      const silentOn = new Int32Array(outletIndex.size);
      const outletStamp = new Int32Array(outletIndex.size).fill(-1);
      const eventStamp = new Int32Array(outletsOfEvent.length).fill(-1);
      corroborated.forEach((c, n) => {
        for (const o of c.outlets) {
          const i = outletIndex.get(o);
          if (i !== undefined) outletStamp[i] = n;
        }
        for (const ev of c.evidence)
          for (const e of this.eventsOfArticle(ev.article)) {
            const k = eventIndex.get(e.id);
            if (k === undefined || eventStamp[k] === n) continue;
            eventStamp[k] = n;
            for (const o of outletsOfEvent[k]!)
              if (outletStamp[o] !== n) {
                outletStamp[o] = n;
                silentOn[o]!++;
              }
          }
      });
      const differsBy = new Map<string, OutletSummary['differs']>();
      for (const k of this.conflicts) {
        if (!OUTLET_SIDES.has(k.kind)) continue;
        const values = new Map<string, Set<string>>();
        for (const e of k.evidence) values.set(e.outlet, (values.get(e.outlet) ?? new Set()).add(e.value));
        for (const [o, v] of values) push(differsBy, o, { conflict: k.id, about: k.about, values: [...v] });
      }
      return this.claimOutlets.map((name) => {
        const ids = this.articlesByOutlet.get(name) ?? [];
        const dates = ids
          .map((id) => day(this.articleById.get(id)?.published))
          .filter((d): d is string => !!d)
          .sort();
        const carried = carriedBy.get(name) ?? [];
        const carriedCorroborated = carried.filter((c) => c.established).length;
        const at = outletIndex.get(name);
        const silent = at === undefined ? 0 : silentOn[at]!;
        return {
          name,
          articles: ids.length,
          ...(dates.length ? { firstDate: dates[0], lastDate: dates[dates.length - 1] } : {}),
          claims: carried.length,
          corroborated: carriedCorroborated,
          exclusive: carried.filter((c) => c.outlets.length === 1).length,
          silent,
          quotes: quotesByOutlet.get(name) ?? 0,
          differs: differsBy.get(name) ?? [],
        };
      });
    });
  }

  /** The overview document, serialised once per revision. */
  overviewJson(): string {
    return this.once('overview', () => {
      const statuses = { corroborated: 0, 'single-source': 0, contested: 0 } as Record<ClaimStatus, number>;
      for (const c of this.claims) statuses[c.status]++;
      const dates = this.articles
        .map((a) => day(a.published))
        .filter((d): d is string => !!d)
        .sort();
      const events = this.events();
      const shownEvents = [...events]
        .sort((a, b) => b.articles.length - a.articles.length)
        .slice(0, STORY_DEFAULTS.overviewEvents)
        .sort((a, b) => (a.firstDate ?? '9999').localeCompare(b.firstDate ?? '9999'));
      const actors = this.entities
        .filter((e) => e.type !== 'place')
        .slice(0, STORY_DEFAULTS.actors)
        .map((e) => this.entitySummaries.get(e.id)!);
      return JSON.stringify({
        story: {
          articles: this.articles.length,
          outlets: this.articlesByOutlet.size,
          languages: byFrequency(this.articles.map((a) => a.language ?? 'und')),
          ...(dates.length ? { firstDate: dates[0], lastDate: dates[dates.length - 1] } : {}),
          entities: this.entities.length,
          quotes: this.quotes.length,
          claims: {
            total: this.claims.length,
            established: this.claims.filter((c) => c.established).length,
            ...statuses,
          },
          conflicts: this.conflicts.length,
          events: events.length,
        },
        conflicts: {
          items: this.conflicts.slice(0, STORY_DEFAULTS.conflictCards).map((k) => this.conflictView(k, CARD_LIMITS)),
          total: this.conflicts.length,
          limit: STORY_DEFAULTS.conflictCards,
          offset: 0,
        },
        actors,
        events: {
          items: shownEvents.map((e) => this.eventView(e)),
          total: events.length,
          limit: STORY_DEFAULTS.overviewEvents,
          offset: 0,
        },
        outlets: [...this.articlesByOutlet].map(([name, ids]) => ({ name, articles: ids.length })),
      });
    });
  }
}

function span(e: Evidence) {
  return { article: e.article, start: e.start, end: e.end };
}

/** What the story reader (story-worker.ts) sends back. */
export type StoryRead =
  { revision: string; behind: boolean; corpus: CorpusResults; summaries: ArticleSummary[] } | { error: string };

/** Reads what a story is made of, in one read transaction (the worker does this off the server's thread). */
export function readStory(store: Store): StoryRead {
  return store.snapshot(() => ({
    revision: store.resultsRevision(),
    behind: resultsBehind(store),
    corpus: corpusResults(store),
    summaries: store.listSummaries(),
  }));
}

/**
 * The story of the store's current revision. Before each request it asks SQLite whether another
 * connection committed (a pragma, microseconds); only then is the revision read, and only a new
 * revision is indexed again. In the background mode (the server's), a new revision is read by a worker
 * thread while the requests are answered from the story before it: a write never stalls the server
 * (SQLite; on Postgres, whose binding loads in one thread only, it is read on the server's thread).
 */
export class StoryCache {
  private story?: Story;
  private dataVersion = -1;
  private reader?: Worker;
  private reading = false;
  private background: boolean;

  constructor(
    private readonly store: Store,
    private readonly options: { background?: boolean; log?: (message: string) => void } = {},
  ) {
    // The Postgres binding loads in one thread of a process only: on Postgres the story is read on the
    // server's thread (a new revision stalls the requests while it is read).
    this.background = !!options.background && store.file !== ':memory:' && store.dialect.name === 'sqlite';
  }

  current(): Story {
    const version = this.store.dataVersion();
    if (this.story && version === this.dataVersion) return this.story;
    // The server only reads: results are what the last write left (every write brings them up to date).
    const revision = this.store.resultsRevision();
    if (this.story && this.story.revision === revision) {
      this.dataVersion = version;
      return this.story;
    }
    // A write under way stores its articles first and then brings the corpus results up to date in one
    // transaction. Until it has, the story the last complete write left is served: no answer mixes new
    // articles with results that do not know them, and the story is read once per write, not once per
    // article stored. (The version is not kept: the next request looks again.)
    if (this.story && resultsBehind(this.store)) return this.story;
    if (this.story && this.background) {
      this.readInBackground();
      return this.story;
    }
    this.story = new Story(this.store, corpusResults(this.store), revision);
    this.dataVersion = version;
    return this.story;
  }

  /** Resolves once no background read is under way (for tests and a clean stop). */
  async settled(): Promise<void> {
    while (this.reading) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  /** Stops the worker thread, if one was started. */
  async close(): Promise<void> {
    await this.reader?.terminate();
    this.reader = undefined;
  }

  private readInBackground(): void {
    if (this.reading) return;
    this.reading = true;
    const reader = (this.reader ??= this.startReader());
    reader.postMessage('read');
  }

  private startReader(): Worker {
    const worker = storyWorker(this.store.file);
    worker.unref();
    worker.on('message', (read: StoryRead) => {
      this.reading = false;
      if ('error' in read) {
        (this.options.log ?? console.error)(`error: reading the story in the background: ${read.error}`);
        return;
      }
      // Results behind (a write started since): the next request asks again.
      if (!read.behind && read.revision !== this.story?.revision)
        this.story = new Story(this.store, read.corpus, read.revision, read.summaries);
    });
    worker.on('error', (error) => {
      // Without its worker the cache goes on as in the default mode: a new revision is read on the request.
      this.reading = false;
      this.reader = undefined;
      this.background = false;
      (this.options.log ?? console.error)(
        `error: the story reader stopped (${error.message}); new revisions are read on the request that finds them`,
      );
    });
    return worker;
  }
}

/** The worker thread that reads stories (`story-worker.ts`, built to dist/story-worker.js). */
function storyWorker(file: string): Worker {
  return programThread('../server/story-worker.ts', { file });
}
