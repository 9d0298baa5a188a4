/**
 * A synthetic news corpus for timing the clustering at 1k–100k articles: deterministic (seeded),
 * generated lazily in publication order so memory stays flat. Storylines hold events a few days to
 * weeks apart; each event's articles share its keywords and named people and places over a common
 * Zipf-distributed vocabulary with English function words; some articles are verbatim copies or
 * word-by-word rewrites of an earlier one. Every article comes with its sentences, entities and
 * date (what the per-article stages would give), and the truth: its event, storyline and source.
 */
import type { Article, RawInput } from '../../src/article/types.ts';
import { mulberry32, zipf } from '../lib/random.ts';
import type { EntityMention, LocalEntity } from '../../src/stages/entities/types.ts';

/** Generator defaults. */
export const SYNTHETIC_DEFAULTS = {
  seed: 7,
  /** Mean articles per event (sizes vary from 1 to about three times this). */
  meanEventSize: 10,
  /** Events per storyline: 1 to this. */
  maxEventsPerStoryline: 5,
  /** Share of articles that are verbatim copies, and rewrites, of an earlier article of their event. */
  copyRate: 0.04,
  rewriteRate: 0.03,
  /** Share of a rewrite's words (other than names and function words) swapped for others. */
  rewriteSwap: 0.4,
  /** Size of the common vocabulary. */
  vocabulary: 30_000,
};

/** One generated article with the truth about it. */
export interface SyntheticArticle {
  article: Article;
  raw: RawInput;
  truth: { event: string; storyline: string; source?: string; kind?: 'copy' | 'rewrite' };
}

/** A seed for one purpose and index, so every article can be regenerated alone. */
function subSeed(seed: number, kind: number, index: number): number {
  let h = (seed ^ Math.imul(kind + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (index + 0x7f4a7c15), 0x85ebca6b) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

const SYLLABLES = [
  'ka',
  'to',
  're',
  'mi',
  'sa',
  'lo',
  'ne',
  'vu',
  'di',
  'pa',
  'ro',
  'te',
  'li',
  'mo',
  'ga',
  'be',
  'nu',
  'si',
  'fa',
  'ko',
  'ze',
  'ha',
  'ju',
  'wi',
  'de',
  'ma',
  'po',
  'ri',
  'sto',
  'ven',
  'dar',
  'mel',
];
const FUNCTION_WORDS = (
  'the of and to in a that for on was with as by at said from it has is his an be were ' +
  'had but not are this which after have its who they their been will about also more than when'
).split(' ');

/** The word with this number: two to four syllables, distinct for distinct numbers. */
function pseudoWord(n: number, minSyllables = 2): string {
  let out = '';
  let x = n;
  for (let i = 0; i < minSyllables || x > 0; i++) {
    out += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length);
  }
  return out;
}

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** A small string hash (for the fixed synonym of a word). */
function wordHash(w: string): number {
  let h = 2166136261;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
  return h >>> 0;
}

interface PlannedEvent {
  id: number;
  storyline: number;
  day: number;
  size: number;
  keywords: string[];
  storylineWords: string[];
  entities: { name: string; type: 'person' | 'place' | 'organisation' }[];
}

/** The plan: events with their storyline, day, size, keywords and entities; then each article's slot. */
function plan(articles: number, options: typeof SYNTHETIC_DEFAULTS) {
  const rng = mulberry32(subSeed(options.seed, 0, 0));
  const events: PlannedEvent[] = [];
  const span = Math.max(60, Math.round(articles / 40));
  let planned = 0;
  for (let s = 0; planned < articles; s++) {
    const storylineWords = Array.from({ length: 12 }, (_, i) => pseudoWord(1_000_000 + s * 12 + i, 3));
    const shared = Array.from({ length: 2 }, (_, i) => ({
      name: `${capital(pseudoWord(2_000_000 + s * 4 + i))} ${capital(pseudoWord(3_000_000 + s * 4 + i))}`,
      type: 'person' as const,
    }));
    let day = Math.floor(rng() * span);
    const count = 1 + Math.floor(rng() * options.maxEventsPerStoryline);
    for (let e = 0; e < count && planned < articles; e++) {
      const id = events.length;
      const size = Math.min(articles - planned, 1 + Math.floor(-Math.log(1 - rng()) * options.meanEventSize));
      const own = [
        {
          name: `${capital(pseudoWord(4_000_000 + id * 3))} ${capital(pseudoWord(5_000_000 + id * 3))}`,
          type: 'person' as const,
        },
        { name: capital(pseudoWord(6_000_000 + id, 3)), type: 'place' as const },
        { name: `${capital(pseudoWord(7_000_000 + id, 3))} Council`, type: 'organisation' as const },
      ];
      events.push({
        id,
        storyline: s,
        day,
        size,
        keywords: Array.from({ length: 10 }, (_, i) => pseudoWord(8_000_000 + id * 10 + i, 3)),
        storylineWords,
        entities: [...shared, ...own],
      });
      planned += size;
      day += 3 + Math.floor(rng() * 40);
    }
  }
  // Each article: its event and day (the event's day plus up to three days), in publication order.
  const slots: { event: number; day: number; order: number }[] = [];
  for (const e of events)
    for (let i = 0; i < e.size; i++) slots.push({ event: e.id, day: e.day + Math.floor(rng() * 4), order: rng() });
  slots.sort((a, b) => a.day - b.day || a.order - b.order);
  return { events, slots };
}

/** Builds an article's text, sentences and entity mentions from a sentence list of tokens. */
function assemble(
  id: string,
  title: string,
  sentences: string[][],
  entityNames: Map<string, 'person' | 'place' | 'organisation'>,
) {
  let text = `${title}\n\n`;
  const spans: { start: number; end: number; paragraph: number }[] = [{ start: 0, end: title.length, paragraph: 0 }];
  const mentions: EntityMention[] = [];
  const clusters = new Map<string, LocalEntity>();
  let paragraph = 1;
  sentences.forEach((tokens, i) => {
    if (i > 0 && i % 4 === 0) {
      text += '\n\n';
      paragraph++;
    } else if (i > 0) text += ' ';
    const start = text.length;
    tokens.forEach((token, j) => {
      if (j > 0) text += ' ';
      const type = entityNames.get(token);
      if (type) {
        if (!clusters.has(token))
          clusters.set(token, { id: clusters.size, type, name: token, names: [token], countries: [] });
        const cluster = clusters.get(token)!;
        mentions.push({
          start: text.length,
          end: text.length + token.length,
          text: token,
          type,
          cluster: cluster.id,
          kind: 'name',
        });
      }
      text += j === 0 ? capital(token) : token;
    });
    text += '.';
    spans.push({ start, end: text.length, paragraph });
  });
  const article: Article = {
    id,
    source: { path: `synthetic/${id}.txt` },
    meta: { title },
    text,
    annotations: { sentences: spans, entities: { mentions, clusters: [...clusters.values()], roles: [] } },
    messages: [],
  };
  return article;
}

/**
 * The synthetic corpus, one article at a time in publication order. Deterministic: the same options
 * give the same articles, byte for byte.
 */
export function* syntheticCorpus(articles: number, options = SYNTHETIC_DEFAULTS): Generator<SyntheticArticle> {
  const { events, slots } = plan(articles, options);
  const sample = zipf(options.vocabulary, 1.05);
  const vocabulary = Array.from({ length: options.vocabulary }, (_, i) => pseudoWord(i));
  const remaining = new Map(events.map((e) => [e.id, e.size]));
  const generated = new Map<number, { index: number; tokens: string[][]; title: string }[]>();
  const synonym = (w: string) => pseudoWord(9_000_000 + (wordHash(w) % 50_000), 3);
  for (const [index, slot] of slots.entries()) {
    const event = events[slot.event]!;
    const rng = mulberry32(subSeed(options.seed, 1, index));
    const names = new Map(event.entities.map((e) => [e.name, e.type]));
    const earlier = generated.get(event.id) ?? [];
    const roll = rng();
    const source = earlier.length ? earlier[Math.floor(rng() * earlier.length)] : undefined;
    let tokens: string[][];
    let title: string;
    let truthSource: SyntheticArticle['truth']['source'];
    let kind: SyntheticArticle['truth']['kind'];
    if (source && roll < options.copyRate) {
      tokens = source.tokens;
      title = source.title;
      truthSource = `syn${source.index}`;
      kind = 'copy';
    } else if (source && roll < options.copyRate + options.rewriteRate) {
      // A rewrite: the same sentences in the same order, names kept, about 40% of the other words swapped.
      tokens = source.tokens.map((s) =>
        s.map((w) => (names.has(w) || FUNCTION_WORDS.includes(w) || rng() >= options.rewriteSwap ? w : synonym(w))),
      );
      title = source.title;
      truthSource = `syn${source.index}`;
      kind = 'rewrite';
    } else {
      tokens = writeSentences(rng, event, () => vocabulary[sample(rng())]!);
      title = capital(
        [event.keywords[0]!, event.keywords[1]!, 'in', event.entities[3]!.name, event.keywords[2]!].join(' '),
      );
    }
    // Keep the last few articles of an event as sources for copies, and forget the event once complete.
    const left = remaining.get(event.id)! - 1;
    remaining.set(event.id, left);
    if (left > 0) generated.set(event.id, [...earlier, { index, tokens, title }].slice(-8));
    else generated.delete(event.id);
    const id = `syn${index}`;
    const article = assemble(id, title, tokens, names);
    article.meta.published = new Date(Date.UTC(2020, 0, 1) + slot.day * 86_400_000).toISOString().slice(0, 10);
    article.meta.outlet = `outlet${Math.floor(rng() * 200)}`;
    const raw: RawInput = {
      path: `synthetic/${id}.txt`,
      format: 'text',
      bytes: new Uint8Array(0),
      content: article.text,
      encoding: 'utf-8',
      meta: {},
    };
    yield {
      article,
      raw,
      truth: {
        event: `e${event.id}`,
        storyline: `s${event.storyline}`,
        ...(truthSource ? { source: truthSource, kind } : {}),
      },
    };
  }
}

/** 12–24 sentences of 10–22 words: function words, the common vocabulary, the storyline's and the event's. */
function writeSentences(rng: () => number, event: PlannedEvent, common: () => string): string[][] {
  const out: string[][] = [];
  const count = 12 + Math.floor(rng() * 13);
  for (let s = 0; s < count; s++) {
    const length = 10 + Math.floor(rng() * 13);
    const sentence: string[] = [];
    for (let i = 0; i < length; i++) {
      const r = rng();
      if (r < 0.35) sentence.push(FUNCTION_WORDS[Math.floor(rng() * FUNCTION_WORDS.length)]!);
      else if (r < 0.8) sentence.push(common());
      else if (r < 0.88) sentence.push(event.storylineWords[Math.floor(rng() * event.storylineWords.length)]!);
      else if (r < 0.96) sentence.push(event.keywords[Math.floor(rng() * event.keywords.length)]!);
      else sentence.push(event.entities[Math.floor(rng() * event.entities.length)]!.name);
    }
    out.push(sentence);
  }
  return out;
}
