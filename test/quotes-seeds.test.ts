/**
 * Quotes on the real corpus (../shared/corpus/seeds): every full-sentence direct quote has the right
 * speaker — a gold list written by reading the cleaned texts — and Trump's Truth Social post after the
 * 18 August meeting, worded differently by two outlets (002 and 003), is one statement's two variants.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/article/types.ts';
import { resolveAliases } from '../src/corpus/aliases/index.ts';
import { entityLookup, resolveQuotes, type QuoteResults } from '../src/corpus/quotes/index.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { readFile } from '../src/read/index.ts';
import { quotes, type Quote } from '../src/stages/quotes/index.ts';
import { sharedPath } from './helpers/shared.ts';

const seeds = sharedPath('corpus/seeds');

/** Per seed: the first words of each full-sentence direct quote → a name the speaker's entity carries. */
const GOLD: Record<string, [string, string][]> = {
  '000': [],
  '001': [
    ['We will not give our land to an occupier', 'Zelensky'],
    ['The only option is to defeat them', 'Buda'],
    ['We are on our land, we have no way out', 'Warsaw'],
  ],
  '002': [
    ['I had a very productive meeting with respected guests', 'Trump'],
    ['Everyone is very optimistic about the potential for PEACE', 'Trump'],
    ['I was able to present many details', 'Zelensky'],
    ['President Putin acknowledged that Russia would accept', 'Trump'],
    ['I believe European nations will bear much', 'Trump'],
    ['When we discuss security assurances', 'Macron'],
    ['We love them', 'Trump'],
    ['I don’t think a ceasefire is necessary', 'Trump'],
    ['While it might seem beneficial', 'Trump'],
    ['some land exchanges are likely', 'Trump'],
    ['If we don’t organize a ‘trilateral,’', 'Trump'],
    ['I believe if we have a ‘trilateral,’', 'Trump'],
    ['We reached an agreement where the United States', 'Witkoff'],
  ],
  '003': [
    ['We will work on those over the coming days', 'Rutte'],
    ['We have to discuss more details', 'Rutte'],
    ['After that meeting takes place, we will have a trilat', 'Trump'],
    ['Everyone is very happy about the possibility of peace', 'Trump'],
    ['This is not just about the territory of Ukraine', 'Merz'],
    ['It’s about the political order of Europe', 'Merz'],
    ['What it will exactly mean, U.S. involvement', 'Rutte'],
    ['Thank you very much for your efforts', 'Zelenskyy'],
    ['We’ll let you know that, maybe later today', 'Trump'],
    ['They are the first line of defense', 'Trump'],
    ['Also, we’ll be involved', 'Trump'],
    ['The fact that you have said', 'Rutte'],
    ['We reaffirm our repeatedly stated position', 'Foreign Ministry'],
    ['Everything.', 'Zelenskyy'],
  ],
  '004': [],
};

describe.skipIf(!seeds)('quotes on the seed corpus', () => {
  const articles = new Map<string, Article>();
  let results: QuoteResults;
  const quotesOf = (a: Article) => (a.annotations as { quotes?: Quote[] }).quotes ?? [];

  beforeAll(async () => {
    for (const file of readdirSync(seeds!)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      for await (const r of readFile(path.join(seeds!, file))) {
        if ('error' in r) throw r.error;
        articles.set(file.slice(0, 3), runPipeline(r.input, [...articleStages(), quotes()]));
      }
    }
    const inputs = [...articles.values()].map((a) => ({ article: a.id, entities: a.annotations.entities! }));
    results = resolveQuotes(
      [...articles.values()].map((a) => ({ article: a.id, quotes: quotesOf(a), entities: a.annotations.entities! })),
      entityLookup(inputs, resolveAliases(inputs)),
    );
  });

  it.each(Object.entries(GOLD).flatMap(([seed, list]) => list.map(([start, who]) => [seed, start, who] as const)))(
    '%s: “%s…” is said by %s',
    (seed, start, who) => {
      const article = articles.get(seed)!;
      const q = quotesOf(article).find((x) => x.text.replace(/^[“"‘]/, '').startsWith(start));
      expect(q, 'the quote is found').toBeDefined();
      expect(q!.text).toMatch(/^[“"]/);
      const cluster = q!.speaker?.cluster;
      expect(cluster, `a speaker linked to an entity for “${start}…”`).toBeDefined();
      expect(article.annotations.entities!.clusters[cluster!]!.name).toContain(who);
    },
  );

  /** Reported speech the seeds got wrong before: [seed, words of the reported clause, a name its speaker's entity carries]. */
  const LINES: [string, string, string][] = [
    // "European leaders showed support for Trump when he mentioned that …": "he" is Trump, not Putin.
    ['002', 'Ukraine could receive security assurances', 'Trump'],
    // "…” and Finnish President Alexander Stubb warned that …": Stubb, not Macron.
    ['004', 'Moscow cannot be trusted', 'Stubb'],
    // "Zelensky informed reporters that he is “open to a meeting with Putin,” calling the discussions …".
    ['002', 'open to a meeting with Putin', 'Zelensky'],
    // "While Trump has previously claimed he could end the war …, those promises haven’t materialized."
    ['001', 'he could end the war within 24 hours of taking office', 'Trump'],
  ];

  const speakerOf = (seed: string, q: Quote | undefined) => {
    const c = q?.speaker?.cluster;
    return c === undefined ? q?.speaker?.text : articles.get(seed)!.annotations.entities!.clusters[c]!.name;
  };
  const quoteWith = (seed: string, words: string) => quotesOf(articles.get(seed)!).find((q) => q.text.includes(words));

  it.each(LINES)('%s: “%s” is said by %s', (seed, words, who) => {
    expect(speakerOf(seed, quoteWith(seed, words))).toContain(who);
  });

  it('cuts the writer’s comment off the words reported before it', () => {
    const q = quoteWith('001', 'he could end the war within 24 hours');
    expect(q?.text).not.toContain('materialized');
  });

  it('gives Ukraine’s demand for a ceasefire to Ukraine, not to Trump who rejected it', () => {
    const q = quoteWith('002', 'current peace talks should focus on achieving an immediate ceasefire');
    expect(speakerOf('002', q)).toBe('Ukraine');
  });

  it('takes no action for speech: “Trump refused Zelensky’s request”', () => {
    const refusal = quotesOf(articles.get('000')!).filter(
      (q) => q.cue?.text === 'refused' || q.text.startsWith('Zelensky’s request'),
    );
    expect(refusal).toEqual([]);
  });

  it('carries the chain via the Associated Press on the whole reported statement, not only its quoted part', () => {
    const article = articles.get('001')!;
    const q = quoteWith('001', 'Russia is not interested in real negotiations');
    expect(q?.kind).toBe('indirect');
    const via = (q?.via ?? []).map((v) =>
      v.cluster === undefined ? v.text : article.annotations.entities!.clusters[v.cluster]!.name,
    );
    expect(via.join(' ')).toContain('Associated Press');
  });

  it('makes the parts of one quote split around its cue one statement', () => {
    const ids = ['I don’t think a ceasefire is necessary', 'While it might seem beneficial'].map((words) =>
      results.quotes.find((q) => q.article === articles.get('002')!.id && q.text.includes(words))!,
    );
    expect(ids.every(Boolean)).toBe(true);
    expect(ids[1]!.statement).toBe(ids[0]!.statement);
    const statement = results.statements.find((st) => st.id === ids[0]!.statement)!;
    expect(statement.quotes).toEqual(expect.arrayContaining(ids.map((q) => q.id)));
    expect(statement.text).toContain('While it might seem beneficial');
  });

  it('reports the two wordings of Trump’s post in 002 and 003 as variants of one statement', () => {
    const post = results.quoteVariants.find(
      (v) =>
        v.wordings.some((w) => w.includes('Everyone is very optimistic about the potential for PEACE')) &&
        v.wordings.some((w) => w.includes('Everyone is very happy about the possibility of peace')),
    );
    expect(post).toBeDefined();
    expect(post!.statements).toHaveLength(2);
  });

  it('reports no other variants in the seeds', () => {
    expect(results.quoteVariants).toHaveLength(1);
  });
});
