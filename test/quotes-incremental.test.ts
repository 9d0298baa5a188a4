import { describe, expect, it } from 'vitest';
import { memoryItems, type ItemStore } from '../src/corpus/items.ts';
import { QuoteResolver, quoteResultsOf } from '../src/corpus/quotes/incremental.ts';
import type { Quote } from '../src/stages/quotes/types.ts';

/** An item store that counts what is filed under each kind of term. */
function countingItems(): ItemStore & { filed(prefix: string): number } {
  const inner = memoryItems();
  const filed = new Map<string, Set<string>>();
  return {
    ...inner,
    file(term, key) {
      inner.file(term, key);
      if (!filed.has(term)) filed.set(term, new Set());
      filed.get(term)!.add(key);
    },
    unfile(term, key) {
      inner.unfile(term, key);
      filed.get(term)?.delete(key);
    },
    filed: (prefix: string) =>
      [...filed].filter(([t]) => t.startsWith(prefix)).reduce((n, [, keys]) => n + keys.size, 0),
  };
}

/** A direct quote of some words by a speaker (an article's entity cluster), or by no one known. */
const quote = (text: string, speaker?: number): Quote => ({
  start: 0,
  end: text.length,
  text,
  kind: 'direct',
  ...(speaker !== undefined ? { speaker: { start: 0, end: 1, text: 'X', cluster: speaker } } : {}),
});

/** Speakers: cluster n of any article is corpus entity `p<n>`. */
const entityOf = (_article: string, cluster: number | undefined) => (cluster === undefined ? undefined : `p${cluster}`);

const LONG = 'We are monitoring the situation on the northern border very closely tonight';
const PART = 'monitoring the situation on the northern border';

function statementsAfter(order: [string, Quote[]][]) {
  const items = memoryItems();
  const resolver = new QuoteResolver(items, entityOf);
  for (const [article, quotes] of order) {
    resolver.setArticle({ article, quotes, published: '2026-03-02' });
    resolver.resolve();
  }
  const results = quoteResultsOf(
    items,
    order.map(([a]) => a),
    entityOf,
  );
  return results.statements.map((s) => ({ speaker: s.speaker, text: s.text, articles: [...s.articles].sort() }));
}

describe('the quotes stage, incrementally', () => {
  it('files a phrase quoted in many articles once as a candidate, and forgets it with its last quote', () => {
    const items = countingItems();
    const resolver = new QuoteResolver(items, entityOf);
    for (let i = 0; i < 40; i++) resolver.setArticle({ article: `a${i}`, quotes: [quote(LONG, i % 3)] });
    resolver.resolve();
    const runs = items.filed('g:') + items.filed('f:');
    expect(runs).toBeGreaterThan(0);
    // One more article quoting it files nothing more under its runs.
    resolver.setArticle({ article: 'a40', quotes: [quote(LONG, 1)] });
    resolver.resolve();
    expect(items.filed('g:') + items.filed('f:')).toBe(runs);
    expect(items.filed('k:')).toBe(41);
    // Its words are kept once, in an item of their own, for comparing it with other wordings.
    expect([...items.scan<string[]>('w:')].map(([, words]) => words.join(' '))).toEqual([LONG.toLowerCase()]);
    for (let i = 0; i <= 40; i++) resolver.setArticle({ article: `a${i}` });
    resolver.resolve();
    expect(items.filed('g:') + items.filed('f:') + items.filed('k:')).toBe(0);
    expect([...items.scan('w:')]).toEqual([]);
  });

  it('joins a partial quote to the longer one of its speaker (or of no one known), in either order', () => {
    const a: [string, Quote[]] = ['a', [quote(LONG, 1)]];
    const b: [string, Quote[]] = ['b', [quote(LONG, 1)]];
    const c: [string, Quote[]] = ['c', [quote(PART, 1)]];
    const d: [string, Quote[]] = ['d', [quote(PART)]];
    const forward = statementsAfter([a, b, c, d]);
    expect(forward).toEqual([{ speaker: 'p1', text: LONG, articles: ['a', 'b', 'c', 'd'] }]);
    expect(statementsAfter([d, c, b, a])).toEqual(forward);
    expect(statementsAfter([c, a, d, b])).toEqual(forward);
  });

  it('keeps a partial quote by another speaker apart', () => {
    const order: [string, Quote[]][] = [
      ['a', [quote(LONG, 1)]],
      ['b', [quote(PART, 2)]],
    ];
    const out = statementsAfter(order);
    expect(out).toHaveLength(2);
    expect(statementsAfter([...order].reverse())).toEqual(out);
    expect(out.find((s) => s.text === PART)).toMatchObject({ speaker: 'p2', articles: ['b'] });
  });
});

describe('a quote whose speaker is another entity now', () => {
  const said = (text: string, speaker: number): Quote => ({ ...quote(text, speaker), kind: 'indirect' });
  const WORDS = 'the bridge would reopen to traffic before the winter';
  const articles: [string, Quote[]][] = [
    ['a', [said(WORDS, 1)]],
    ['b', [said(WORDS, 1)]],
    ['c', [said(WORDS, 2)]],
  ];

  it('is counted again for its statement, as if the store were built anew', () => {
    // b's first person is p2 at first (p2 says it twice), then the aliases find it is p1.
    let bIsP1 = false;
    const entity = (article: string, cluster: number | undefined) =>
      cluster === undefined ? undefined : article === 'b' && !bIsP1 ? 'p2' : `p${cluster}`;
    const items = memoryItems();
    const resolver = new QuoteResolver(items, entity);
    for (const [article, quotes] of articles) resolver.setArticle({ article, quotes });
    resolver.resolve();
    const ids = articles.map(([a]) => a);
    expect(quoteResultsOf(items, ids, entity).statements.map((s) => s.speaker)).toEqual(['p2']);
    bIsP1 = true;
    resolver.touchArticle('b');
    resolver.resolve();
    const after = quoteResultsOf(items, ids, entity);
    expect(after.statements.map((s) => s.speaker)).toEqual(['p1']);
    const fresh = memoryItems();
    const anew = new QuoteResolver(fresh, entity);
    for (const [article, quotes] of articles) anew.setArticle({ article, quotes });
    anew.resolve();
    expect(after).toEqual(quoteResultsOf(fresh, ids, entity));
  });
});

describe('statements and variants after batches', () => {
  // One speaker's words quoted by many articles in two wordings (a variant), and a shorter part of
  // them: statements are renamed as quotes with smaller ids arrive, in any batch.
  const WILL = 'The board will oppose the harbour in Hulford in full view of the public';
  const GOING = 'The board are going to oppose the harbour in Hulford in full view of the public';
  const PARTIAL = 'are going to oppose the harbour in Hulford';
  const articles: [string, Quote[]][] = Array.from({ length: 30 }, (_, i) => [
    `art${String(i).padStart(2, '0')}`,
    [quote(i % 3 === 0 ? WILL : i % 7 === 1 ? PARTIAL : GOING, 4)],
  ]);
  const ids = articles.map(([a]) => a);

  /** The results of resolving the batches one after another, read for some articles. */
  function after(batches: [string, Quote[]][][], of: readonly string[] = ids) {
    const items = memoryItems();
    const resolver = new QuoteResolver(items, entityOf);
    for (const batch of batches) {
      for (const [article, quotes] of batch) resolver.setArticle({ article, quotes, published: '2026-03-02' });
      resolver.resolve();
    }
    return quoteResultsOf(items, of, entityOf);
  }

  /** Articles in a fixed shuffled order (a multiplicative step through them), cut into batches. */
  function batches(step: number, sizes: number[], list = articles): [string, Quote[]][][] {
    const order = list.map((_, i) => list[(i * step) % list.length]!);
    const out: [string, Quote[]][][] = [];
    for (let at = 0, i = 0; at < order.length; i++) {
      const n = sizes[i % sizes.length]!;
      out.push(order.slice(at, at + n));
      at += n;
    }
    return out;
  }

  it('equal those of one batch with many wordings, parts and speakers, whatever the order and the cuts', () => {
    // Forty articles: two speakers, each with a long wording, two parts of it and a rewording; some quotes
    // with no known speaker.
    const words = [
      'The council will rebuild the harbour wall before the winter storms arrive in the bay',
      'council will rebuild the harbour wall',
      'the winter storms arrive in the bay',
      'The council is going to rebuild the harbour wall before the winter storms come to the bay',
    ];
    const many: [string, Quote[]][] = Array.from({ length: 40 }, (_, i) => [
      `q${String(i).padStart(2, '0')}`,
      [quote(words[(i * 7) % 4]!, i % 5 === 0 ? undefined : 1 + (i % 3 === 0 ? 1 : 0))],
    ]);
    const all = many.map(([a]) => a);
    const once = after([many], all);
    expect(once.statements.length).toBeGreaterThanOrEqual(2);
    expect(once.quotes.length).toBe(40);
    for (const step of [1, 3, 7, 9, 11, 13, 17, 19, 21, 23, 27, 29, 31, 33, 37, 39])
      for (const size of [1, 2, 3, 5, 8, 13])
        expect(after(batches(step, [size], many), all), `step ${step}, batches of ${size}`).toEqual(once);
  });

  it('equal those of one batch, whatever the order and the cuts', () => {
    const once = after([articles]);
    expect(once.quoteVariants).toHaveLength(1);
    expect(once.statements).toHaveLength(2);
    for (const [step, sizes] of [
      [1, [1]],
      [7, [3, 5]],
      [11, [2, 9, 4]],
      [13, [6]],
      [17, [1, 12]],
      [29, [4, 4, 10]],
    ] as [number, number[]][])
      expect(after(batches(step, sizes)), `step ${step}, batches of ${sizes.join('/')}`).toEqual(once);
  });
});
