/**
 * The quotes corpus stage, incremental: articles come in (or are analysed again, or name another
 * speaker entity now), and only the statements and variants their quotes can belong to are worked out
 * again — with everything that can join them (their component), so that the result does not depend
 * on the order the articles came in.
 *
 * Items: `a:<article>` the article's quotes; `q:<quote key>` the statement of a quote; `st:<id>` a
 * statement; `v:<id>` a variant; `w:<hash>` the words of a wording filed as a candidate (below). Terms: `k:<hash>` quotes of one wording (its key names the wording);
 * `g:<hash>` wordings holding a run of four words (those that may hold a shorter quote); `f:<hash>`
 * wordings starting with a run of four words (those that may be part of a longer one) — filed once per
 * wording, not once per quote, so that a phrase quoted in thousands of articles is one candidate; `sa:<speaker>`, `sd:<speaker>:<day>` and `su:<speaker>`: a speaker's
 * direct statements, all, by day, and undated.
 * A quote key is `<article>|<quote id>`; its `q:` item names its statement and its speaker entity as
 * last counted there.
 */
import { createHash } from 'node:crypto';
import type { Quote } from '../../stages/quotes/types.ts';
import { STATEMENT_STOPWORDS } from '../../locales/en/cues.ts';
import { heaviest } from '../frequency.ts';
import { ItemCache, type ItemStore } from '../items.ts';
import { UnionFind } from '../union-find.ts';
import {
  contentWords,
  contains,
  daysApart,
  dice,
  quoteId,
  quotedWords,
  QUOTE_VARIANT_DEFAULTS,
  type QuoteRecord,
  type QuoteResults,
  type QuoteVariant,
  type Statement,
} from './index.ts';

/** One quote as the stage keeps it: the speaker and chain as article entities (clusters). */
interface QuoteItem {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: Quote['kind'];
  speaker?: number;
  speakerText?: string;
  cue?: string;
  via: number[];
  /** The go-betweens as written, entities or not ("the indictment", "an interviewer"). */
  viaText?: string[];
  /** The one told, by name, as written ("Mr. Credico"), when left out of the words. */
  hearerText?: string;
  /** Its words, with those of the parts that go on with it. */
  words: string[];
  /** The quotes that go on with its words (one utterance split around its cue): one statement with it. */
  parts?: { id: string; start: number; end: number; text: string; words: string[] }[];
}

/** An article's quotes. */
interface ArticleItem {
  published?: string;
  quotes: QuoteItem[];
}

/** A statement as kept: its quotes by key, and what its variants are compared on. */
interface StatementItem extends Statement {
  keys: string[];
  /** How many of its quotes each speaker entity has. */
  speakers: Record<string, number>;
  /** The words of its longest wording (what variants are compared on). */
  words: string[];
  /** When that wording is one utterance in parts: the words of each part (a rewording may be of one). */
  segments?: string[][];
  /** Has a direct or mixed quote (only those have variants). */
  direct: boolean;
  /** The publication date of the article of its longest wording. */
  published?: string;
  /** The variant it is part of. */
  variant?: string;
}

/** What the stage reads of one article. */
export interface QuotesArticle {
  article: string;
  published?: string;
  quotes: readonly Quote[];
}

/** A quote's statement, and its speaker entity (null: none) as counted in the statement. */
interface QuoteStatement {
  statement: string;
  speaker?: string | null;
}

/** Resolves an article's entity (cluster) to a corpus entity id. */
export type EntityOf = (article: string, cluster: number | undefined) => string | undefined;

const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 16);
/** A fast 52-bit hash (FNV-1a over UTF-16 units, in two halves) for the runs of words: only candidates hang on it. */
const runHash = (text: string) => {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
  }
  return (a.toString(36) + (b & 0xfffff).toString(36)).padStart(1, '0');
};
const sameWordsKey = (q: QuoteItem) => `k:${hash(`${q.kind === 'indirect' ? 'i' : 'd'}:${q.words.join(' ')}`)}`;
/** The item that keeps the words of a wording found as a candidate (`w:` and the wording's hash). */
const wordsKey = (q: QuoteItem) => `w${sameWordsKey(q).slice(1)}`;
/**
 * The runs of four words of a quote that hold a content word: a run of stopwords ("we are going to")
 * says nothing of where a quote comes from, and would link every quote that uses it.
 */
const grams = (words: readonly string[]) => {
  const out = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) {
    const run = words.slice(i, i + 4);
    if (run.some(isContent)) out.add(runHash(run.join(' ')));
  }
  return [...out];
};
/** The first run of four words holding a content word: a quote inside another shares it with that one. */
const firstGram = (words: readonly string[]) => {
  for (let i = 0; i + 4 <= words.length; i++) {
    const run = words.slice(i, i + 4);
    if (run.some(isContent)) return runHash(run.join(' '));
  }
  return undefined;
};
/** The last run of four words holding a content word. */
const lastGram = (words: readonly string[]) => {
  for (let i = words.length - 4; i >= 0; i--) {
    const run = words.slice(i, i + 4);
    if (run.some(isContent)) return runHash(run.join(' '));
  }
  return undefined;
};
const isContent = (w: string) => w.length > 1 && !STATEMENT_STOPWORDS.has(w);
/** The speaker of most quotes of a statement. */
const topSpeaker = (counts: Record<string, number>): string | null => heaviest(counts) ?? null;

/** The day number of a date (days since 1970), or undefined. */
const dayOf = (date: string | undefined) => {
  if (!date) return undefined;
  const ms = Date.parse(date);
  return Number.isFinite(ms) ? Math.floor(ms / 86_400_000) : undefined;
};
const splitKey = (key: string) => {
  const bar = key.indexOf('|');
  return { article: key.slice(0, bar), id: key.slice(bar + 1) };
};

/** The incremental quotes stage over an item store. */
export class QuoteResolver {
  private readonly cache: ItemCache;
  private readonly touched = new Set<string>();
  /** Quotes touched only because their speakers may be other entities now (their words are as they were). */
  private readonly respoken = new Set<string>();
  private readonly options: typeof QUOTE_VARIANT_DEFAULTS;

  /**
   * `unsettled`, when given: the articles whose quotes, or their speakers' entities, a change may have
   * changed (the articles written, and those the alias stage mapped anew). A quote of any other article
   * is as its `q:` item says: the resolver reads that small item, not the article's quotes, to learn
   * who speaks it. Without it every quote is read from its article.
   */
  constructor(
    readonly items: ItemStore,
    private readonly entityOf: EntityOf,
    options: Partial<typeof QUOTE_VARIANT_DEFAULTS> = {},
    private readonly unsettled?: ReadonlySet<string>,
  ) {
    this.cache = new ItemCache(items);
    this.options = { ...QUOTE_VARIANT_DEFAULTS, ...options };
  }

  /** Takes in an article's quotes (undefined: it is gone), replacing what it had. */
  setArticle(input: QuotesArticle | { article: string; quotes?: undefined }): void {
    const before = this.cache.get<ArticleItem>(`a:${input.article}`);
    for (const q of before?.quotes ?? []) {
      const key = `${input.article}|${q.id}`;
      this.respoken.delete(key);
      this.items.unfile(sameWordsKey(q), key);
      this.touched.add(key);
    }
    // A wording no quote holds any more is no longer a candidate.
    for (const q of before?.quotes ?? [])
      if (!this.items.keysUnder(sameWordsKey(q), 1).length) {
        for (const [t, k] of this.wordingTerms(q)) this.items.unfile(t, k);
        this.cache.delete(wordsKey(q));
      }
    if (!input.quotes?.length) {
      if (before) this.cache.delete(`a:${input.article}`);
      return;
    }
    const quotes: QuoteItem[] = [];
    for (const q of input.quotes) {
      const id = quoteId(input.article, q);
      // A part that goes on with the direct quote before it is counted in that quote's statement.
      const head = q.continues ? quotes.findLast((x) => x.kind === 'direct' && x.end <= q.start) : undefined;
      if (head) {
        const words = quotedWords(q);
        head.parts = [...(head.parts ?? []), { id, start: q.start, end: q.end, text: q.text, words }];
        head.words = [...head.words, ...words];
        continue;
      }
      quotes.push({
        id,
        start: q.start,
        end: q.end,
        text: q.text,
        kind: q.kind,
        ...(q.speaker?.cluster !== undefined ? { speaker: q.speaker.cluster } : {}),
        // "They argued …": the group the pronoun stands for names the speaker better than "They".
        ...(q.speaker ? { speakerText: q.speaker.refersTo?.text ?? q.speaker.text } : {}),
        ...(q.cue ? { cue: q.cue.text } : {}),
        via: (q.via ?? []).map((v) => v.cluster).filter((c): c is number => c !== undefined),
        ...(q.via?.length ? { viaText: q.via.map((v) => v.text) } : {}),
        ...(q.hearer ? { hearerText: q.hearer.text } : {}),
        words: quotedWords(q),
      });
    }
    this.cache.put(`a:${input.article}`, { ...(input.published ? { published: input.published } : {}), quotes });
    for (const q of quotes) {
      const key = `${input.article}|${q.id}`;
      const wording = sameWordsKey(q);
      if (!this.items.keysUnder(wording, 1).length) {
        const terms = this.wordingTerms(q);
        for (const [t, k] of terms) this.items.file(t, k);
        // A wording found as a candidate is compared by its words: kept in an item of their own, so that
        // the comparison does not read a whole article's quotes.
        if (terms.length) this.cache.put(wordsKey(q), q.words);
      }
      this.items.file(wording, key);
      this.touched.add(key);
    }
  }

  /** Marks an article's quotes for another look (their speakers may be other entities now). */
  touchArticle(article: string): void {
    for (const q of this.cache.get<ArticleItem>(`a:${article}`)?.quotes ?? []) {
      const key = `${article}|${q.id}`;
      if (!this.touched.has(key)) this.respoken.add(key);
      this.touched.add(key);
    }
  }

  /**
   * The terms a wording (the quotes of the same words) is filed under, each with the key it is filed
   * as: the runs carry the wording's length (and the first run, its last run too), so candidates are
   * sifted before they are read.
   */
  private wordingTerms(q: QuoteItem): [string, string][] {
    if (q.kind === 'indirect') return [];
    const terms: [string, string][] = [];
    const wording = sameWordsKey(q);
    const length = String(q.words.length).padStart(4, '0');
    if (q.words.length > this.options.minWords)
      for (const g of grams(q.words)) terms.push([`g:${g}`, `${length}#${wording}`]);
    const first = this.innerGram(q);
    if (first) terms.push([`f:${first}`, `${length}#${lastGram(q.words)}#${wording}`]);
    return terms;
  }

  /** The run a quote is found by as part of a longer one; undefined when it cannot be part of one. */
  private innerGram(q: QuoteItem): string | undefined {
    return q.kind !== 'indirect' && q.words.length >= this.options.minWords ? firstGram(q.words) : undefined;
  }

  /** A quote by key, or undefined when its article no longer holds it. */
  private quote(key: string): (QuoteItem & { article: string; published?: string }) | undefined {
    const { article, id } = splitKey(key);
    const a = this.cache.get<ArticleItem>(`a:${article}`);
    const q = a?.quotes.find((x) => x.id === id);
    return q ? { ...q, article, ...(a!.published ? { published: a!.published } : {}) } : undefined;
  }

  /** Containment candidates found during one `resolve`, by wording. */
  private readonly candidates = new Map<string, string[]>();
  /** The words of wordings read during one `resolve`. */
  private readonly wordingWords = new Map<string, readonly string[] | undefined>();

  /** The words of a wording (those of any quote of it), or undefined when no quote holds it. */
  private wordsOf(wording: string): readonly string[] | undefined {
    if (!this.wordingWords.has(wording)) {
      const [key] = this.items.keysUnder(wording, 1);
      // Its own item when it has one (a store written before it had them: the words of its first quote).
      const own = key ? this.cache.get<string[]>(`w${wording.slice(1)}`) : undefined;
      this.wordingWords.set(wording, key ? (own ?? this.quote(key)?.words) : undefined);
    }
    return this.wordingWords.get(wording);
  }

  /**
   * The wordings that may hold this quote's words, or be held by them (a partial quote of a longer
   * one): candidates, to be checked with `related`.
   */
  private containment(q: QuoteItem): string[] {
    if (q.kind === 'indirect') return [];
    const wording = sameWordsKey(q);
    const memo = this.candidates.get(wording);
    if (memo) return memo;
    const found = this.findContainment(q).filter((w) => w !== wording);
    this.candidates.set(wording, found);
    return found;
  }

  private findContainment(q: QuoteItem): string[] {
    const out: string[] = [];
    // Shorter wordings it holds: those whose first run of four words is one of its runs, and their last too.
    if (q.words.length > this.options.minWords) {
      const runs = grams(q.words);
      const mine = new Set(runs);
      for (const g of runs)
        for (const filed of this.items.keysUnder(`f:${g}`)) {
          const [length, last, key] = filed.split('#') as [string, string, string];
          if (Number(length) < q.words.length && mine.has(last)) out.push(key);
        }
    }
    // Longer wordings holding it: those holding both its first and its last run of four words.
    const first = this.innerGram(q);
    if (first) {
      const longer = (filed: string) => Number(filed.slice(0, filed.indexOf('#'))) > q.words.length;
      const strip = (filed: string) => filed.slice(filed.indexOf('#') + 1);
      const last = lastGram(q.words)!;
      const holding = this.items.keysUnder(`g:${first}`).filter(longer);
      if (last === first) out.push(...holding.map(strip));
      else {
        const also = new Set(this.items.keysUnder(`g:${last}`));
        out.push(...holding.filter((k) => also.has(k)).map(strip));
      }
    }
    return [...new Set(out)];
  }

  /** True when the inner words are part of the outer ones: a partial quote of a longer one. */
  private within(outer: readonly string[], inner: readonly string[]): boolean {
    return (
      inner.length >= this.options.minWords &&
      outer.length > inner.length &&
      firstGram(inner) !== undefined &&
      contains(outer, inner)
    );
  }

  /** True when one of two wordings (of direct quotes) is part of the other. */
  private related(a: readonly string[], b: readonly string[]): boolean {
    return this.within(a, b) || this.within(b, a);
  }

  /**
   * A quote of a related wording whose speaker does not say otherwise than this one's: through it,
   * the quote is linked to that wording's statement. Undefined when there is none; null when `limit`
   * quotes were looked at without finding one.
   */
  private linkOf(
    wording: string,
    mine: string | undefined,
    speakerOf: (q: { article: string; speaker?: number }, key: string) => string | undefined,
    limit?: number,
  ): string | undefined | null {
    const keys = this.items.keysUnder(wording, limit);
    for (const other of keys) {
      // A quote the change leaves alone is spoken by whom its `q:` item names (see `unsettled`).
      const settled =
        this.unsettled && !this.touched.has(other) && !this.unsettled.has(splitKey(other).article)
          ? this.cache.get<QuoteStatement>(`q:${other}`)
          : undefined;
      let theirs: string | undefined;
      if (settled) theirs = mine ? (settled.speaker ?? undefined) : undefined;
      else {
        const o = this.quote(other);
        if (!o) continue;
        theirs = mine ? speakerOf(o, other) : undefined;
      }
      if (!(mine && theirs && mine !== theirs)) return other;
    }
    return limit !== undefined && keys.length === limit ? null : undefined;
  }

  /**
   * The common case, cheaply: a new quote linked (by its words, or as part of a longer one, or holding
   * a shorter one) to quotes of one settled statement only, and not naming it anew, joins that
   * statement. Returns false when the whole component must be worked out again.
   */
  private join(
    key: string,
    written: Map<string, StatementItem>,
    speakerOf: (q: { article: string; speaker?: number }, key: string) => string | undefined,
  ): boolean {
    const q = this.quote(key);
    if (!q || this.cache.get(`q:${key}`)) return false;
    // The statement of a quote whose place is settled: one not touched, or one joined already.
    const settled = (k: string) =>
      this.joined.get(k) ??
      this.placed.get(k) ??
      (this.touched.has(k) ? undefined : this.cache.get<{ statement: string }>(`q:${k}`)?.statement);
    let target: string | undefined;
    const link = (k: string): boolean => {
      const st = settled(k);
      if (!st || (target && target !== st)) return false;
      target = st;
      return true;
    };
    // Quotes of the same words are all in one statement: one settled among them names it.
    const same = this.items.keysUnder(sameWordsKey(q), 16).filter((k) => k !== key);
    const sibling = same.find((k) => settled(k));
    if (sibling) link(sibling);
    else if (same.length) return false;
    // Wordings it holds or that hold it: each in that same statement (the quotes of a wording are in one).
    const mine = speakerOf(q, key);
    for (const wording of this.containment(q)) {
      const words = this.wordsOf(wording);
      if (!words || !this.related(q.words, words)) continue;
      const other = this.linkOf(wording, mine, speakerOf, 64);
      if (other === null || (other !== undefined && !link(other))) return false;
    }
    if (!target) return false;
    const s = written.get(target) ?? this.cache.get<StatementItem>(`st:${target}`);
    if (!s) return false;
    // The wording with most words names the statement (ties: the smallest id): this one would rename it.
    if (q.words.length > s.words.length || (q.words.length === s.words.length && q.id.slice(2) < s.id.slice(2)))
      return false;
    const speakers = { ...s.speakers };
    if (mine) speakers[mine] = (speakers[mine] ?? 0) + 1;
    // Members in key order, as a component worked out whole lists them.
    const keys = [...s.keys, key].sort();
    const next: StatementItem = {
      ...s,
      speakers,
      speaker: topSpeaker(speakers),
      quotes: keys.map((k) => splitKey(k).id),
      keys,
      articles: [...new Set(keys.map((k) => splitKey(k).article))],
      direct: s.direct || q.kind !== 'indirect',
    };
    written.set(next.id, next);
    this.joined.set(key, next.id);
    return true;
  }

  /**
   * A quote looked at again only because its speaker may be another entity now, cheaply: its words are
   * as they were, so it stays in its statement (the quotes of a wording are in one statement, whoever
   * speaks) unless a wording it holds or that holds it could join or leave it with the speaker; its
   * speaker is counted again. Returns false when its component must be worked out again.
   */
  private respeak(
    key: string,
    written: Map<string, StatementItem>,
    speakerOf: (q: { article: string; speaker?: number }, key: string) => string | undefined,
  ): boolean {
    if (!this.respoken.has(key)) return false;
    const was = this.cache.get<QuoteStatement>(`q:${key}`);
    const q = this.quote(key);
    if (!q || !was || was.speaker === undefined) return false;
    for (const wording of this.containment(q)) {
      const words = this.wordsOf(wording);
      if (words && this.related(q.words, words)) return false;
    }
    const s = written.get(was.statement) ?? this.cache.get<StatementItem>(`st:${was.statement}`);
    if (!s) return false;
    const now = speakerOf(q, key) ?? null;
    if (now !== was.speaker) {
      const speakers = { ...s.speakers };
      if (was.speaker) {
        const left = (speakers[was.speaker] ?? 0) - 1;
        if (left < 0) return false;
        if (left) speakers[was.speaker] = left;
        else delete speakers[was.speaker];
      }
      if (now) speakers[now] = (speakers[now] ?? 0) + 1;
      written.set(s.id, { ...s, speakers, speaker: topSpeaker(speakers) });
    }
    this.joined.set(key, s.id);
    return true;
  }

  /** Quotes joined to a statement during this `resolve`, and the statement. */
  private readonly joined = new Map<string, string>();
  /** Statements worked out whole during this `resolve`. */
  private readonly wholly = new Set<string>();
  /** Quotes of the components worked out whole during this `resolve`, and their statement now. */
  private readonly placed = new Map<string, string>();

  /**
   * Works out again the statements and variants of the quotes touched since the last call. Returns
   * the statements written (or whose groups of variants were worked out again) and removed (ids).
   */
  resolve(): { written: string[]; removed: string[] } {
    const done = new Set<string>();
    const oldStatements = new Set<string>();
    const written = new Map<string, StatementItem>();
    const speakers = new Map<string, string | undefined>();
    const speakerOf = (q: { article: string; speaker?: number }, key: string) => {
      if (!speakers.has(key)) speakers.set(key, this.entityOf(q.article, q.speaker));
      return speakers.get(key);
    };
    for (const start of [...this.touched].sort()) {
      if (done.has(start)) continue;
      // A quote joined cheaply stays open: a component worked out later may take it in again.
      if (this.join(start, written, speakerOf) || this.respeak(start, written, speakerOf)) continue;
      // The component: quotes linked to it, and the quotes of the statements they were in.
      const members: string[] = [];
      const held = new Set<string>();
      const wordings = new Set<string>();
      const queue = [start];
      done.add(start);
      while (queue.length) {
        const key = queue.pop()!;
        // A quote joined cheaply earlier in this `resolve` is in that statement as written.
        const was = this.joined.get(key) ?? this.cache.get<{ statement: string }>(`q:${key}`)?.statement;
        const next: string[] = [];
        if (was) {
          oldStatements.add(was);
          held.add(was);
          next.push(...((written.get(was) ?? this.cache.get<StatementItem>(`st:${was}`))?.keys ?? []));
        }
        const q = this.quote(key);
        if (q) {
          members.push(key);
          // Quotes of the same words: listed once per wording, not once per quote of it.
          const wording = sameWordsKey(q);
          if (!wordings.has(wording)) {
            wordings.add(wording);
            next.push(...this.items.keysUnder(wording));
          }
          // Only wordings it holds, or that hold it, join the component (not every quote sharing a
          // run): through one quote whose speaker does not say otherwise, which brings in the rest.
          let mine: string | undefined | null = null;
          for (const w of this.containment(q)) {
            if (wordings.has(w)) continue;
            const words = this.wordsOf(w);
            if (!words || !this.related(q.words, words)) continue;
            if (mine === null) mine = speakerOf(q, key);
            const other = this.linkOf(w, mine, speakerOf);
            if (other) next.push(other);
          }
        } else if (was) this.cache.delete(`q:${key}`);
        for (const n of next)
          if (!done.has(n)) {
            done.add(n);
            queue.push(n);
          }
      }
      const now = this.group(members.sort(), speakerOf);
      const ids = new Set(now.map((s) => s.id));
      // A statement this component held (written by a cheap join meanwhile) and that it no longer
      // makes is gone, not written: its quotes are in the statements made now.
      for (const id of held) if (!ids.has(id) && !this.wholly.has(id)) written.delete(id);
      for (const s of now) {
        written.set(s.id, s);
        this.wholly.add(s.id);
        for (const key of s.keys) {
          this.joined.delete(key);
          this.placed.set(key, s.id);
        }
      }
    }
    this.touched.clear();
    this.respoken.clear();
    const removed = [...oldStatements].filter((id) => !written.has(id));
    // Variants of the statements changed, of those gone, and of the variants they were in.
    const variantStarts = new Set<string>(written.keys());
    const oldVariants = new Set<string>();
    const wasIn = (s: StatementItem | undefined) => {
      if (!s?.variant) return;
      oldVariants.add(s.variant);
      for (const other of this.cache.get<QuoteVariant>(`v:${s.variant}`)?.statements ?? []) variantStarts.add(other);
    };
    for (const id of removed) {
      wasIn(this.cache.get<StatementItem>(`st:${id}`));
      this.unfileStatement(this.cache.get<StatementItem>(`st:${id}`));
      this.cache.delete(`st:${id}`);
    }
    const cheaply = new Map<string, string[]>();
    for (const [key, id] of this.joined) cheaply.set(id, [...(cheaply.get(id) ?? []), key]);
    for (const [id, s] of written) {
      const old = this.cache.get<StatementItem>(`st:${id}`);
      wasIn(old);
      this.unfileStatement(old);
      this.cache.put(`st:${id}`, s);
      this.fileStatement(s);
      // A statement joined cheaply has new members only; one worked out whole may have moved any.
      const keys = this.wholly.has(id) ? s.keys : (cheaply.get(id) ?? []);
      for (const key of keys) {
        if (!speakers.has(key)) {
          const q = this.quote(key);
          if (q) speakerOf(q, key);
        }
        const speaker = speakers.get(key) ?? null;
        const was = this.cache.get<QuoteStatement>(`q:${key}`);
        if (was?.statement !== id || was.speaker !== speaker) this.cache.put(`q:${key}`, { statement: id, speaker });
      }
    }
    this.wholly.clear();
    this.placed.clear();
    // A statement whose group of variants was worked out again is reported too: what stands on it (the
    // claim of what its speaker said, which a variant in another outlet corroborates) may have changed.
    const regrouped = this.resolveVariants(variantStarts, oldVariants);
    this.candidates.clear();
    this.wordingWords.clear();
    this.joined.clear();
    this.cache.flush();
    const reported = new Set([...written.keys(), ...[...regrouped].filter((id) => !removed.includes(id))]);
    return { written: [...reported].sort(), removed: removed.sort() };
  }

  /** The terms a direct statement of a known speaker is filed under: its speaker and day, or undated. */
  private statementTerms(s: StatementItem | undefined): string[] {
    if (!s?.direct || !s.speaker) return [];
    const day = dayOf(s.published);
    return [`sa:${s.speaker}`, day === undefined ? `su:${s.speaker}` : `sd:${s.speaker}:${day}`];
  }

  private fileStatement(s: StatementItem | undefined): void {
    for (const t of this.statementTerms(s)) this.items.file(t, s!.id);
  }

  private unfileStatement(s: StatementItem | undefined): void {
    for (const t of this.statementTerms(s)) this.items.unfile(t, s!.id);
  }

  /**
   * The statements of the same speaker that may be variants of one: those of the days around it and
   * the undated ones (an undated statement may be a variant of any: it is compared with all).
   */
  private sameSpeaker(s: StatementItem): string[] {
    const day = dayOf(s.published);
    if (day === undefined) return this.items.keysUnder(`sa:${s.speaker}`);
    const span = Math.ceil(this.options.maxDays) + 1;
    const out = this.items.keysUnder(`su:${s.speaker}`);
    for (let d = day - span; d <= day + span; d++) out.push(...this.items.keysUnder(`sd:${s.speaker}:${d}`));
    return out;
  }

  /** The statements of one component: the same words, and a partial quote of a longer one by the same speaker. */
  private group(
    keys: readonly string[],
    speakerOf: (q: { article: string; speaker?: number }, key: string) => string | undefined,
  ): StatementItem[] {
    const quotes = keys.map((k) => this.quote(k)!);
    const speaker = keys.map((k, i) => speakerOf(quotes[i]!, k));
    const uf = new UnionFind(keys.length);
    // Quotes of the same words are one statement; a wording part of another joins it when a quote of
    // each has a speaker that does not say otherwise (one unknown, or the same).
    interface Wording {
      first: number;
      words: readonly string[];
      direct: boolean;
      speakers: Set<string>;
      unknown: boolean;
    }
    const byWords = new Map<string, Wording>();
    quotes.forEach((q, i) => {
      const k = sameWordsKey(q);
      let w = byWords.get(k);
      if (w) uf.union(w.first, i);
      else
        byWords.set(
          k,
          (w = { first: i, words: q.words, direct: q.kind !== 'indirect', speakers: new Set(), unknown: false }),
        );
      if (speaker[i]) w.speakers.add(speaker[i]!);
      else w.unknown = true;
    });
    const direct = [...byWords.values()].filter((w) => w.direct);
    for (const inner of direct)
      for (const outer of direct) {
        if (inner === outer || !this.within(outer.words, inner.words)) continue;
        if (inner.unknown || outer.unknown || [...inner.speakers].some((x) => outer.speakers.has(x)))
          uf.union(outer.first, inner.first);
      }
    return uf.groups().map((members) => {
      const list = members.map((i) => ({ key: keys[i]!, q: quotes[i]!, speaker: speaker[i] ?? null }));
      // The wording with most words names the statement (ties: the smallest id), so that one more quote
      // of the same words, written with other marks, leaves it as it is.
      const longest = list.reduce((a, b) =>
        b.q.words.length > a.q.words.length || (b.q.words.length === a.q.words.length && b.q.id < a.q.id) ? b : a,
      );
      const id = `s_${longest.q.id.slice(2)}`;
      const speakers: Record<string, number> = {};
      for (const m of list) if (m.speaker) speakers[m.speaker] = (speakers[m.speaker] ?? 0) + 1;
      return {
        id,
        speakers,
        speaker: topSpeaker(speakers),
        text: [longest.q.text, ...(longest.q.parts ?? []).map((p) => p.text)].join(' '),
        ...(longest.q.hearerText ? { hearer: longest.q.hearerText } : {}),
        words: longest.q.words,
        ...(longest.q.parts ? { segments: segmentsOf(longest.q) } : {}),
        quotes: list.map((m) => m.q.id),
        articles: [...new Set(list.map((m) => m.q.article))],
        keys: list.map((m) => m.key),
        direct: list.some((m) => m.q.kind !== 'indirect'),
        ...(longest.q.published ? { published: longest.q.published } : {}),
      };
    });
  }

  /** Variants: a speaker's statements in different articles and close in time, worded alike but not the same. */
  private resolveVariants(starts: ReadonlySet<string>, oldVariants: Set<string>): Set<string> {
    const done = new Set<string>();
    const written = new Set<string>();
    const statement = (id: string) => this.cache.get<StatementItem>(`st:${id}`);
    /** The statements of every group of variants worked out again (their variant may have changed). */
    const seen = new Set<string>();
    for (const start of [...starts].sort()) {
      if (done.has(start)) continue;
      done.add(start);
      const members: string[] = [];
      const queue = [start];
      const links: [string, string, number][] = [];
      while (queue.length) {
        const id = queue.pop()!;
        const s = statement(id);
        const next: string[] = [];
        if (s) {
          if (s.variant) {
            oldVariants.add(s.variant);
            next.push(...(this.cache.get<QuoteVariant>(`v:${s.variant}`)?.statements ?? []));
          }
          if (s.direct && s.speaker) {
            members.push(id);
            for (const other of this.sameSpeaker(s)) {
              if (other === id) continue;
              const score = this.alike(s, statement(other));
              if (score === undefined) continue;
              next.push(other);
              if (id < other) links.push([id, other, score]);
            }
          }
        }
        for (const n of next)
          if (!done.has(n)) {
            done.add(n);
            queue.push(n);
          }
      }
      const ids = members.sort();
      for (const id of ids) seen.add(id);
      const index = new Map(ids.map((id, i) => [id, i]));
      const uf = new UnionFind(ids.length);
      for (const [a, b] of links) uf.union(index.get(a)!, index.get(b)!);
      for (const group of uf.groups()) {
        // The earliest wording first.
        const sts = group
          .map((i) => statement(ids[i]!)!)
          .sort((a, b) => (a.published ?? '~').localeCompare(b.published ?? '~') || (a.id < b.id ? -1 : 1));
        if (sts.length < 2) {
          if (sts[0]!.variant) this.cache.put(`st:${sts[0]!.id}`, { ...sts[0]!, variant: undefined });
          continue;
        }
        const inGroup = new Set(sts.map((s) => s.id));
        const similarity = Math.max(...links.filter(([a, b]) => inGroup.has(a) && inGroup.has(b)).map(([, , x]) => x));
        const variant: QuoteVariant = {
          speaker: sts[0]!.speaker!,
          statements: sts.map((s) => s.id),
          quotes: sts.flatMap((s) => s.quotes),
          wordings: sts.map((s) => s.text),
          similarity: Number(similarity.toFixed(2)),
        };
        const vid = [...inGroup].sort()[0]!;
        this.cache.put(`v:${vid}`, variant);
        written.add(vid);
        for (const s of sts) if (s.variant !== vid) this.cache.put(`st:${s.id}`, { ...s, variant: vid });
      }
    }
    for (const v of oldVariants) if (!written.has(v)) this.cache.delete(`v:${v}`);
    return seen;
  }

  /** How alike two statements of one speaker are (Dice over content words), or undefined when no variants. */
  private alike(a: StatementItem, b: StatementItem | undefined): number | undefined {
    if (!b || !b.direct || a.speaker !== b.speaker) return undefined;
    // Wordings that stand in the same articles are not one outlet's rewording of another's.
    if (a.articles.every((x) => b.articles.includes(x)) || b.articles.every((x) => a.articles.includes(x)))
      return undefined;
    if (daysApart(a.published, b.published) > this.options.maxDays) return undefined;
    // A statement in parts may be reworded part by part: the best-matching pair counts.
    let best: number | undefined;
    for (const x of [a.words, ...(a.segments ?? [])])
      for (const y of [b.words, ...(b.segments ?? [])]) {
        const { shared, score } = dice(contentWords(x), contentWords(y));
        if (shared >= this.options.minShared && score >= this.options.minDice && !(best! >= score)) best = score;
      }
    return best;
  }
}

/** The words of each part of a quote in parts: its own, then each part's. */
function segmentsOf(q: QuoteItem): string[][] {
  const own = q.words.length - (q.parts ?? []).reduce((n, p) => n + p.words.length, 0);
  return [q.words.slice(0, own), ...(q.parts ?? []).map((p) => p.words)];
}

/**
 * The quotes results as readers see them, for some articles (in the order given): each quote with its
 * speaker and chain as corpus entities and its statement; the statements and variants they are in.
 * `theirs`: each statement lists only its quotes in these articles (an export of a few articles, where a
 * stock phrase's statement is said in thousands of others), not every one.
 */
export function quoteResultsOf(
  items: ItemStore,
  articles: readonly string[],
  entityOf: EntityOf,
  { theirs = false }: { theirs?: boolean } = {},
): QuoteResults {
  const quotes: QuoteRecord[] = [];
  const statementIds = new Set<string>();
  // Each article's item is read and parsed once (the parts of a statement's quotes are looked up in
  // it again below); the items of its quotes are read together.
  const articleItems = new Map<string, ArticleItem>();
  for (const article of articles) {
    const item = items.get<ArticleItem>(`a:${article}`);
    if (!item?.quotes.length) continue;
    articleItems.set(article, item);
    const ofQuotes = items.getMany<{ statement: string }>(item.quotes.map((q) => `q:${article}|${q.id}`));
    for (const q of item.quotes) {
      const statement = ofQuotes.get(`q:${article}|${q.id}`)?.statement ?? '';
      statementIds.add(statement);
      const via = q.via.map((c) => entityOf(article, c)).filter((v): v is string => !!v);
      const record: QuoteRecord = {
        id: q.id,
        article,
        start: q.start,
        end: q.end,
        text: q.text,
        kind: q.kind,
        speaker: entityOf(article, q.speaker) ?? null,
        ...(q.speakerText !== undefined ? { speakerText: q.speakerText } : {}),
        ...(q.cue !== undefined ? { cue: q.cue } : {}),
        ...(via.length ? { via } : {}),
        ...(q.viaText?.length ? { viaText: q.viaText } : {}),
        ...(q.hearerText ? { hearer: q.hearerText } : {}),
        statement,
      };
      quotes.push(record);
      for (const part of q.parts ?? []) {
        const { cue: _cue, ...rest } = record;
        quotes.push({ ...rest, id: part.id, start: part.start, end: part.end, text: part.text });
      }
    }
  }
  const statements: Statement[] = [];
  const variants = new Set<string>();
  const ids = [...statementIds].sort();
  const statementItems = items.getMany<StatementItem>(ids.map((id) => `st:${id}`));
  // A statement lists the parts of its quotes too: the items of the other articles its quotes are in are
  // read together, once each (a stock phrase is said in thousands of articles).
  const others = new Set<string>();
  if (!theirs)
    for (const s of statementItems.values())
      for (const k of s.keys) {
        const { article } = splitKey(k);
        if (!articleItems.has(article)) others.add(article);
      }
  const read = new Set(articles);
  for (const [key, item] of items.getMany<ArticleItem>([...others].sort().map((a) => `a:${a}`)))
    articleItems.set(key.slice(2), item);
  const partsOf = (key: string) => {
    const { article, id } = splitKey(key);
    return (
      articleItems
        .get(article)
        ?.quotes.find((x) => x.id === id)
        ?.parts?.map((p) => p.id) ?? []
    );
  };
  for (const id of ids) {
    const s = statementItems.get(`st:${id}`);
    if (!s) continue;
    const keys = theirs ? s.keys.filter((k) => read.has(splitKey(k).article)) : s.keys;
    const quoteIds = keys.flatMap((k) => [splitKey(k).id, ...partsOf(k)]);
    statements.push({
      id: s.id,
      speaker: s.speaker,
      text: s.text,
      ...(s.hearer ? { hearer: s.hearer } : {}),
      quotes: quoteIds,
      articles: s.articles,
    });
    if (s.variant) variants.add(s.variant);
  }
  const variantItems = items.getMany<QuoteVariant>([...variants].sort().map((v) => `v:${v}`));
  const quoteVariants = [...variants]
    .sort()
    .map((v) => variantItems.get(`v:${v}`))
    .filter((v): v is QuoteVariant => !!v);
  return { quotes, statements, quoteVariants };
}

/** The ids of every statement the quotes stage keeps. */
export function statementIds(items: ItemStore): string[] {
  return [...items.scan<StatementItem>('st:')].map(([key]) => key.slice(3));
}

/** One statement by id, with its quotes (article, quote id): what the cross-check reads of it. */
export function statementOf(
  items: ItemStore,
  id: string,
):
  | {
      speaker: string | null;
      text: string;
      hearer?: string;
      direct: boolean;
      quotes: { article: string; id: string }[];
      variant?: string[];
    }
  | undefined {
  const s = items.get<StatementItem>(`st:${id}`);
  if (!s) return undefined;
  const variant = s.variant ? items.get<QuoteVariant>(`v:${s.variant}`)?.statements : undefined;
  return {
    speaker: s.speaker,
    text: s.text,
    ...(s.hearer ? { hearer: s.hearer } : {}),
    direct: s.direct,
    quotes: s.keys.map(splitKey),
    ...(variant && variant.length > 1 ? { variant } : {}),
  };
}
