/**
 * The incremental step: one new article is compared with what the index already holds — copies by
 * LSH band keys, rewrites by sentence alignment with its nearest articles, events by TF-IDF
 * similarity to the centroids of the events its nearest articles belong to — and joins an event or
 * starts one. Nothing else is recomputed. The index (`ClusterIndex`) is the storage port; the store
 * implements it over SQLite (src/store/clustering.ts).
 */
import {
  bandKeys,
  compareSentences,
  compareSignatures,
  COPY_DEFAULTS,
  sentenceTerms,
  signature,
  type CopyPair,
  type SentenceTerms,
  type Signature,
} from '../copies/index.ts';
import {
  addInto,
  cosine,
  dayNumber,
  dot,
  inverseFrequency,
  norm,
  SIMILARITY_DEFAULTS,
  timeFactor,
  truncate,
} from './similarity.ts';
import { articleTerms, TERM_DEFAULTS, titleTerms, type ClusterInput, type TermVector } from './terms.ts';

/** Defaults of the incremental clustering (see README.md for how they were chosen). */
export const EVENT_DEFAULTS = {
  ...TERM_DEFAULTS,
  ...SIMILARITY_DEFAULTS,
  copies: COPY_DEFAULTS,
  /** Least similarity (TF-IDF cosine to the event's centroid, times the time factor) to join an event. */
  joinThreshold: 0.2,
  /**
   * Two events the new article is close to are merged when their centroids' cosine, times the time
   * factor of their date ranges, reaches this: early articles may have started two events of one.
   */
  mergeThreshold: 0.3,
  /** Merges join a small event (at most this many articles) into another: two large events stay apart. */
  mergeMaxSize: 3,
  /**
   * An event is bisected (two-means over its articles) when the two halves' centroids have a cosine
   * below this: an early article of a second happening of the same kind may have pulled the later
   * ones into the first. Looked at each time the event has doubled in size since the last look.
   */
  splitThreshold: 0.47,
  /** Least articles in each half of a split. */
  splitMinPart: 3,
  /** Least TF-IDF cosine (dates ignored) between an article and another event to link their storylines. */
  storylineThreshold: 0.2,
  /** Terms of the article used to look up its nearest articles. */
  queryTerms: 16,
  /** Newest postings read per query term: bounds the work per article, whatever the corpus size. */
  postingsPerTerm: 32,
  /** Terms of each article kept in the postings (its heaviest). */
  postingTerms: 32,
  /** Events compared in full with the article (the best ranked by its nearest articles). */
  candidateEvents: 8,
  /** Nearest articles aligned sentence by sentence to look for a rewrite. */
  rewriteCandidates: 3,
  /** Least estimated cosine for a nearest article to be aligned. */
  rewriteMinCosine: 0.1,
  /** Terms kept in an event's centroid. */
  centroidTerms: 400,
  /** An event's centroid length is computed again once the corpus has grown by this share since. */
  normRefresh: 0.1,
};

/** Options of the clustering. */
export type EventOptions = typeof EVENT_DEFAULTS;

/** An event as the index keeps it: its centroid (a sum of article vectors), dates, title and storyline. */
export interface EventRecord {
  id: number;
  /** The storyline it belongs to: the id of the storyline's first event. */
  storyline: number;
  size: number;
  centroid: TermVector;
  firstDay?: number;
  lastDay?: number;
  title: string;
  titleArticle: string;
  /** The centroid's idf-weighted length, and the article count it was computed at (kept in memory only). */
  norm?: { value: number; articles: number };
  /** Its size when it was last looked at for a split. */
  checked: number;
}

/** One posting: an article whose heaviest terms include the term looked up. */
export interface Posting {
  article: string;
  event: number;
  /** The article's weight for the term. */
  weight: number;
  /** The idf-weighted length of the article's vector when it was indexed. */
  norm: number;
}

/** What the index knows of a clustered article. */
export interface IndexedArticle {
  id: string;
  seq: number;
  published?: string;
  event: number;
}

/** What the step adds to the index for the new article. */
export interface NewArticle {
  id: string;
  published?: string;
  event: number;
  signature: Signature;
  bands: number[];
  norm: number;
  postings: [string, number][];
}

/** An article of an event, as a split reads it. */
export interface EventMember {
  id: string;
  published?: string;
  vector: TermVector;
  title: string;
}

/** The storage port of the clustering: the store implements it over SQLite, tests may fake it. */
export interface ClusterIndex {
  /** Articles counted so far (N of the idf). */
  articleCount(): number;
  /** In how many counted articles a term occurs. */
  documentFrequency(term: string): number;
  /** Counts one more article holding each of these distinct terms. */
  countArticle(terms: Iterable<string>): void;
  /** The newest postings of a term. */
  postings(term: string, limit: number): Posting[];
  /** The newest postings of each of several terms (one look-up for all, where a store can). */
  postingsOf?(terms: readonly string[], limit: number): Map<string, Posting[]>;
  /** Articles that share at least one LSH band key. */
  bandMatches(keys: readonly number[]): string[];
  signature(article: string): Signature | undefined;
  article(id: string): IndexedArticle | undefined;
  /** An article's text and sentence spans (for the alignment of rewrites). */
  sentences(article: string): { text: string; sentences: { start: number; end: number }[] } | undefined;
  event(id: number): EventRecord | undefined;
  /** Stores a new event and returns it with its id (its storyline is itself unless given). */
  createEvent(event: Omit<EventRecord, 'id' | 'storyline'> & { storyline?: number }): EventRecord;
  saveEvent(event: EventRecord): void;
  addArticle(article: NewArticle): void;
  addPair(pair: CopyPair): void;
  /** Puts a derived article's independence group into its source's (which keeps its name). */
  joinGroups(source: string, derived: string): void;
  /** Puts two storylines together; returns the one that remains. */
  joinStorylines(a: number, b: number): number;
  /** The articles of an event, in arrival order (for a split). */
  members(event: number): string[];
  /** Moves articles to another event. */
  moveArticles(articles: readonly string[], event: number): void;
  /** Moves every article of one event to another. */
  moveEvent(from: number, to: number): void;
  /** Forgets an event (its articles have moved). */
  deleteEvent(id: number): void;
}

/** What happened to the new article. */
export interface ClusterStep {
  event: number;
  created: boolean;
  /** The similarity with which it joined (1 for a copy or rewrite), or 0 for a new event. */
  score: number;
  pairs: CopyPair[];
}

/** A newer article sorts after every stored one. */
const NEWEST = Number.MAX_SAFE_INTEGER;

/** Clusters one new article: copies, rewrites, its event and storyline links, all written to the index. */
export function clusterArticle(
  index: ClusterIndex,
  input: ClusterInput,
  options: EventOptions,
  load: (article: string) => ClusterInput,
): ClusterStep {
  const terms = articleTerms(input, options);
  index.countArticle(terms.keys());
  const idf = idfOf(index, options);
  const day = dayNumber(input.published);
  const sig = signature(input.text, options.copies);
  const bands = bandKeys(sig.values, options.copies.bands);
  const length = norm(terms, idf);

  const pairs = findCopies(index, input, sig, bands, options);
  const neighbours = nearestArticles(index, terms, idf, length, options);
  pairs.push(...findRewrites(index, input, neighbours, pairs, idf, options));

  const candidates = rankEvents(index, neighbours, options);
  const articles = index.articleCount();
  const scored = candidates.map((event) => {
    const text = dot(terms, event.centroid, idf) / (length * centroidNorm(event, idf, articles, options));
    return { event, text, score: text * timeFactor(day, event, options) };
  });
  const derivedFrom = pairs.length ? sourceEvent(index, pairs) : undefined;
  const best = derivedFrom
    ? { event: derivedFrom, score: 1 }
    : scored.filter((s) => s.score >= options.joinThreshold).sort((a, b) => b.score - a.score)[0];

  const joined = best ? joinEvent(best.event, input, terms, day, idf, options) : startEvent(index, input, terms, day);
  index.saveEvent(joined);
  linkStorylines(index, joined, scored, options);
  index.addArticle({
    id: input.id,
    published: input.published,
    event: joined.id,
    signature: sig,
    bands,
    norm: length,
    postings: heaviest(terms, idf, options.postingTerms),
  });
  for (const pair of pairs) {
    index.addPair(pair);
    index.joinGroups(pair.articles[0], pair.articles[1]);
  }
  const event = mergeEvents(index, joined, scored, idf, options);
  splitEvent(index, event, idf, options, load);
  return { event: index.article(input.id)?.event ?? event.id, created: !best, score: best?.score ?? 0, pairs };
}

/**
 * Merges into the article's event the other events it was close to whose centroids are close to its
 * event's (dates allowing): two events started early for one happening come together once articles
 * bridge them. Returns the event, grown.
 */
function mergeEvents(
  index: ClusterIndex,
  event: EventRecord,
  scored: { event: EventRecord; score: number }[],
  idf: (term: string) => number,
  options: EventOptions,
): EventRecord {
  for (const { event: candidate, score } of scored) {
    if (candidate.id === event.id || score < options.joinThreshold) continue;
    const other = index.event(candidate.id);
    if (!other || Math.min(other.size, event.size) > options.mergeMaxSize) continue;
    const time = Math.max(timeFactor(other.firstDay, event, options), timeFactor(other.lastDay, event, options));
    if (cosine(other.centroid, event.centroid, idf) * time < options.mergeThreshold) continue;
    index.moveEvent(other.id, event.id);
    addInto(event.centroid, other.centroid);
    if (event.centroid.size > 2 * options.centroidTerms)
      event.centroid = truncate(event.centroid, options.centroidTerms, idf);
    event.norm = undefined;
    event.size += other.size;
    if (other.firstDay !== undefined) {
      event.firstDay = event.firstDay === undefined ? other.firstDay : Math.min(event.firstDay, other.firstDay);
      event.lastDay = event.lastDay === undefined ? other.lastDay : Math.max(event.lastDay!, other.lastDay!);
    }
    index.deleteEvent(other.id);
    if (other.storyline !== event.storyline) event.storyline = index.joinStorylines(event.storyline, other.storyline);
    index.saveEvent(event);
  }
  return event;
}

/**
 * Looks at an event that has doubled in size since it was last looked at, and bisects it when its
 * articles fall into two groups whose centroids are far apart (see `splitThreshold`). The larger
 * group keeps the event; the other becomes a new event of the same storyline.
 */
function splitEvent(
  index: ClusterIndex,
  event: EventRecord,
  idf: (term: string) => number,
  options: EventOptions,
  load: (article: string) => ClusterInput,
): void {
  if (event.size < 2 * options.splitMinPart || event.size < 2 * event.checked) return;
  event.checked = event.size;
  // Read again from the articles: a split is rare (the event doubled since the last look), so its
  // articles' vectors are not kept for it.
  const members = index
    .members(event.id)
    .map(load)
    .map((m) => ({
      id: m.id,
      ...(m.published ? { published: m.published } : {}),
      vector: articleTerms(m, options),
      title: articleTitle(m),
    }));
  const halves = bisect(members, idf);
  if (
    !halves ||
    Math.min(halves[0].length, halves[1].length) < options.splitMinPart ||
    cosine(centroidOf(halves[0]), centroidOf(halves[1]), idf) >= options.splitThreshold
  ) {
    index.saveEvent(event);
    return;
  }
  const [keep, leave] = halves[0].length >= halves[1].length ? halves : [halves[1], halves[0]];
  Object.assign(event, eventOf(keep, idf), { norm: undefined, checked: keep.length });
  index.saveEvent(event);
  const created = index.createEvent({ ...eventOf(leave, idf), checked: leave.length, storyline: event.storyline });
  index.moveArticles(
    leave.map((m) => m.id),
    created.id,
  );
}

/** Two-means over an event's articles, from its two most different articles; undefined below two. */
export function bisect(
  members: readonly EventMember[],
  idf: (term: string) => number,
): [EventMember[], EventMember[]] | undefined {
  if (members.length < 2) return undefined;
  const all = centroidOf(members);
  const farthest = (from: TermVector) =>
    members.reduce((best, m) => (cosine(m.vector, from, idf) < cosine(best.vector, from, idf) ? m : best));
  const a = farthest(all);
  const b = farthest(a.vector);
  let centres: [TermVector, TermVector] = [a.vector, b.vector];
  let halves: [EventMember[], EventMember[]] = [[], []];
  for (let round = 0; round < 5; round++) {
    halves = [[], []];
    for (const m of members)
      halves[cosine(m.vector, centres[0], idf) >= cosine(m.vector, centres[1], idf) ? 0 : 1].push(m);
    if (!halves[0].length || !halves[1].length) return undefined;
    centres = [centroidOf(halves[0]), centroidOf(halves[1])];
  }
  return halves;
}

/** The sum of the members' vectors. */
function centroidOf(members: readonly EventMember[]): TermVector {
  const c: TermVector = new Map();
  for (const m of members) addInto(c, m.vector);
  return c;
}

/** Centroid, size, date range and title of a group of articles. */
function eventOf(
  members: readonly EventMember[],
  idf: (term: string) => number,
): Omit<EventRecord, 'id' | 'storyline' | 'checked'> {
  const centroid = centroidOf(members);
  const days = members.map((m) => dayNumber(m.published)).filter((d): d is number => d !== undefined);
  const fit = (m: EventMember) => {
    const v = titleTerms(m.title);
    return dot(v, centroid, idf) / norm(v, idf);
  };
  const titled = members.reduce((best, m) => (fit(m) > fit(best) ? m : best));
  return {
    size: members.length,
    centroid,
    ...(days.length ? { firstDay: Math.min(...days), lastDay: Math.max(...days) } : {}),
    title: titled.title,
    titleArticle: titled.id,
  };
}

/**
 * The idf-weighted length of an event's centroid, computed again only when the corpus has grown by
 * `normRefresh` since: the document frequencies move slowly, and this saves a pass over the centroid
 * for every candidate event of every article.
 */
function centroidNorm(
  event: EventRecord,
  idf: (term: string) => number,
  articles: number,
  options: EventOptions,
): number {
  if (!event.norm || articles > event.norm.articles * (1 + options.normRefresh)) {
    event.norm = { value: norm(event.centroid, idf), articles };
  }
  return event.norm.value;
}

/** The idf of a term as the index counts it now (looked up once per term and step). */
function idfOf(index: ClusterIndex, options: EventOptions): (term: string) => number {
  const cache = new Map<string, number>();
  const articles = index.articleCount();
  return (term) => {
    let value = cache.get(term);
    if (value === undefined) {
      value = inverseFrequency(index.documentFrequency(term), articles, options);
      cache.set(term, value);
    }
    return value;
  };
}

/** The `limit` terms of a vector with the highest tf·idf, with their weights. */
function heaviest(v: TermVector, idf: (term: string) => number, limit: number): [string, number][] {
  return [...v]
    .map(([t, w]) => [t, w, w * idf(t)] as const)
    .sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([t, w]) => [t, w]);
}

/** Verbatim and near-verbatim copies: stored articles sharing a band key, confirmed by their signatures. */
function findCopies(
  index: ClusterIndex,
  input: ClusterInput,
  sig: Signature,
  bands: number[],
  options: EventOptions,
): CopyPair[] {
  const pairs: CopyPair[] = [];
  const self = { id: input.id, seq: NEWEST, published: input.published, signature: sig };
  for (const id of index.bandMatches(bands)) {
    if (id === input.id) continue;
    const other = index.article(id);
    const otherSig = index.signature(id);
    if (!other || !otherSig) continue;
    const pair = compareSignatures(self, { ...other, signature: otherSig }, options.copies);
    if (pair) pairs.push(pair);
  }
  return pairs;
}

/** A stored article near the new one, with its estimated cosine and event. */
interface Neighbour {
  article: string;
  event: number;
  cosine: number;
}

/**
 * The stored articles nearest the new one, from the newest postings of its heaviest terms: the
 * estimated cosine counts only the terms both keep in their postings, enough to rank them.
 */
function nearestArticles(
  index: ClusterIndex,
  terms: TermVector,
  idf: (term: string) => number,
  length: number,
  options: EventOptions,
): Neighbour[] {
  const found = new Map<string, Neighbour>();
  const query = heaviest(terms, idf, options.queryTerms);
  const all = index.postingsOf?.(
    query.map(([term]) => term),
    options.postingsPerTerm,
  );
  for (const [term, weight] of query) {
    const i = idf(term);
    for (const p of all ? (all.get(term) ?? []) : index.postings(term, options.postingsPerTerm)) {
      const n = found.get(p.article) ?? { article: p.article, event: p.event, cosine: 0 };
      n.cosine += (weight * p.weight * i * i) / (length * p.norm);
      found.set(p.article, n);
    }
  }
  return [...found.values()].sort((a, b) => b.cosine - a.cosine || (a.article < b.article ? -1 : 1));
}

/** Sentence terms of recent articles, by index: a new article's neighbours are mostly recent ones. */
const SENTENCE_CACHE = new WeakMap<ClusterIndex, Map<string, SentenceTerms[]>>();
const SENTENCE_CACHE_SIZE = 1000;

/** An article's sentence terms from the cache of its index, computed (and cached) when missing. */
function cachedSentenceTerms(index: ClusterIndex, id: string, compute: () => SentenceTerms[] | undefined) {
  let cache = SENTENCE_CACHE.get(index);
  if (!cache) SENTENCE_CACHE.set(index, (cache = new Map()));
  let terms = cache.get(id);
  if (terms) {
    cache.delete(id);
  } else {
    terms = compute();
    if (!terms) return undefined;
  }
  cache.set(id, terms);
  if (cache.size > SENTENCE_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return terms;
}

/** Rewrites: the nearest articles (not already copies) whose sentences align in order with the new one's. */
function findRewrites(
  index: ClusterIndex,
  input: ClusterInput,
  neighbours: Neighbour[],
  copies: CopyPair[],
  idf: (term: string) => number,
  options: EventOptions,
): CopyPair[] {
  const copied = new Set(copies.flatMap((p) => p.articles));
  const candidates = neighbours
    .filter((n) => n.cosine >= options.rewriteMinCosine && !copied.has(n.article))
    .slice(0, options.rewriteCandidates);
  // Computed for every article (and cached): later articles will be aligned with it.
  const sentences = cachedSentenceTerms(index, input.id, () =>
    sentenceTerms(input.text, input.sentences, options.copies),
  )!;
  if (!candidates.length) return [];
  const mine = { id: input.id, seq: NEWEST, published: input.published, sentences };
  const pairs: CopyPair[] = [];
  for (const n of candidates) {
    const other = index.article(n.article);
    const theirs = cachedSentenceTerms(index, n.article, () => {
      const stored = index.sentences(n.article);
      return stored && sentenceTerms(stored.text, stored.sentences, options.copies);
    });
    if (!theirs || !other) continue;
    const pair = compareSentences(mine, { ...other, sentences: theirs }, idf, options.copies);
    if (pair) pairs.push(pair);
  }
  return pairs;
}

/** The events worth comparing in full: those of the nearest articles, best first. */
function rankEvents(index: ClusterIndex, neighbours: Neighbour[], options: EventOptions): EventRecord[] {
  const ids: number[] = [];
  for (const n of neighbours) {
    if (!ids.includes(n.event)) ids.push(n.event);
    if (ids.length >= options.candidateEvents) break;
  }
  return ids.map((id) => index.event(id)).filter((e): e is EventRecord => !!e);
}

/** The event of the article the new one derives from most closely (a copy or rewrite shares its event). */
function sourceEvent(index: ClusterIndex, pairs: CopyPair[]): EventRecord | undefined {
  const best = [...pairs].sort((a, b) => b.similarity - a.similarity)[0]!;
  const other = best.articles.find((id) => index.article(id));
  const stored = other ? index.article(other) : undefined;
  return stored ? index.event(stored.event) : undefined;
}

/** Starts a new event with the article alone (its own storyline). */
function startEvent(index: ClusterIndex, input: ClusterInput, terms: TermVector, day: number | undefined): EventRecord {
  return index.createEvent({
    checked: 1,
    size: 1,
    centroid: new Map(terms),
    ...(day !== undefined ? { firstDay: day, lastDay: day } : {}),
    title: articleTitle(input),
    titleArticle: input.id,
  });
}

/** Adds the article to an event: centroid, size, date range, and the title if the article's fits better. */
function joinEvent(
  event: EventRecord,
  input: ClusterInput,
  terms: TermVector,
  day: number | undefined,
  idf: (term: string) => number,
  options: EventOptions,
): EventRecord {
  addInto(event.centroid, terms);
  // Trimmed back to `centroidTerms` only when it has grown to twice that: the sort is paid rarely.
  if (event.centroid.size > 2 * options.centroidTerms)
    event.centroid = truncate(event.centroid, options.centroidTerms, idf);
  event.norm = undefined;
  event.size++;
  if (day !== undefined) {
    event.firstDay = event.firstDay === undefined ? day : Math.min(event.firstDay, day);
    event.lastDay = event.lastDay === undefined ? day : Math.max(event.lastDay, day);
  }
  // The title closest to the centroid (the centroid's length is common to both and left out).
  const title = articleTitle(input);
  const fit = (text: string) => {
    const v = titleTerms(text);
    return dot(v, event.centroid, idf) / norm(v, idf);
  };
  if (fit(title) > fit(event.title)) {
    event.title = title;
    event.titleArticle = input.id;
  }
  return event;
}

/** An article's headline, else its first sentence: the extractive title candidates of an event. */
export function articleTitle(input: ClusterInput): string {
  const first = input.sentences[0];
  const title = input.title ?? (first ? input.text.slice(first.start, first.end) : input.text.slice(0, 120));
  return title.replace(/\s+/g, ' ').trim();
}

/** Links the storyline of the article's event with those of other events its text is close to. */
function linkStorylines(
  index: ClusterIndex,
  event: EventRecord,
  scored: { event: EventRecord; text: number }[],
  options: EventOptions,
): void {
  for (const { event: other, text } of scored) {
    if (other.id === event.id || text < options.storylineThreshold) continue;
    const current = index.event(other.id);
    const mine = index.event(event.id);
    if (!current || !mine || current.storyline === mine.storyline) continue;
    index.joinStorylines(mine.storyline, current.storyline);
  }
}
