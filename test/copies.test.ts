/**
 * Copies and rewrites, unit by unit: MinHash signatures and LSH bands, sentence alignment, the pair
 * decisions and independence groups; with the negative cases (reports of one event that are neither).
 */
import { describe, expect, it } from 'vitest';
import {
  alignSentences,
  bandKeys,
  compareSentences,
  compareSignatures,
  estimateJaccard,
  independenceGroups,
  quotedMask,
  sentenceTerms,
  signature,
  sourceFirst,
} from '../src/corpus/copies/index.ts';
import { contentStems, stem } from '../src/corpus/copies/words.ts';

const STORY = [
  'A section of the Harrowgate Dam gave way late on Tuesday, flooding 412 homes in the lower town of Caddenford.',
  'About 1,900 people were forced to leave their homes in the middle of the night.',
  'An 81-year-old man died after being pulled from the water on Mill Street, the fire service said.',
  'Fire crews carried out 163 rescues, many of them from upstairs windows on Tanners Row.',
  'Mayor Ted Wexley promised that the town would rebuild every street that had been flooded.',
  'The water board said engineers would inspect the damaged spillway once the reservoir had fallen.',
].join(' ');

/** The same facts in the same order, every sentence reworded (what a content farm does). */
const REWORDED = [
  'Part of the Harrowgate Dam collapsed on Tuesday night, swamping 412 homes across the lower town of Caddenford.',
  'Some 1,900 residents had to flee their homes during the night.',
  'A man aged 81 died after he was pulled out of the water on Mill Street, according to the fire service.',
  'Firefighters performed 163 rescues, a lot of them from upper windows along Tanners Row.',
  'Ted Wexley, the mayor, vowed the town would rebuild every flooded street.',
  'Engineers will inspect the broken spillway when the reservoir has fallen, the water board said.',
].join(' ');

/** Another report of the same event: shared facts, but its own story in its own order. */
const OTHER_REPORT = [
  'Mayor Ted Wexley stood on the steps of the town hall on Wednesday and promised help to every family.',
  'Questions are growing over the state of the Harrowgate Dam, which was built in 1961.',
  'The Caddenford Herald reported that a crack in the spillway had been logged in October.',
  'Residents of Tanners Row said they had heard a roar before the water arrived.',
  'A relief fund set up by the council had raised more than 40,000 dollars by the evening.',
  'The provincial government is expected to announce emergency funding on Thursday.',
].join(' ');

/** Sentence spans of a text made of sentences ending in ". " (enough for these fixtures). */
function spans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/\.(?:\s|$)/g)) {
    out.push({ start, end: m.index + 1 });
    start = m.index + m[0].length;
  }
  return out;
}

const terms = (text: string) => sentenceTerms(text, spans(text));
const subject = (id: string, text: string, seq: number, published?: string) => ({
  id,
  seq,
  published,
  signature: signature(text),
  sentences: terms(text),
});

describe('words', () => {
  it('stems plurals and verb endings, writes small numbers as digits, keeps names whole', () => {
    expect(['offers', 'offered', 'offering'].map(stem)).toEqual(['offer', 'offer', 'offer']);
    expect(stem('one')).toBe('1');
    expect(stem('1,900')).toBe('1900');
    expect(stem('Zelenskyy'.toLowerCase())).toBe('zelenskyy');
  });

  it('drops function words and folds accents', () => {
    expect(contentStems('The Mayor of Caddenford said that Renée was here.')).toEqual(['mayor', 'caddenford', 'renee']);
  });
});

describe('MinHash and LSH', () => {
  it('gives identical texts identical signatures and band keys', () => {
    const a = signature(STORY);
    const b = signature(STORY);
    expect(estimateJaccard(a.values, b.values)).toBe(1);
    expect(bandKeys(a.values)).toEqual(bandKeys(b.values));
    expect(a.values).toHaveLength(128);
    expect(bandKeys(a.values)).toHaveLength(32);
  });

  it('keeps a near-verbatim copy (one sentence added) close and a rewrite far', () => {
    const story = signature(STORY);
    const copied = signature(`${STORY} The post appeared first on The Caddenford Herald.`);
    const reworded = signature(REWORDED);
    expect(estimateJaccard(story.values, copied.values)).toBeGreaterThan(0.75);
    expect(estimateJaccard(story.values, reworded.values)).toBeLessThan(0.2);
  });

  it('is case- and punctuation-blind (a copy that lost its capitals is still a copy)', () => {
    const a = signature(STORY);
    const b = signature(STORY.toLowerCase().replace(/,/g, ''));
    expect(estimateJaccard(a.values, b.values)).toBeGreaterThan(0.9);
  });
});

describe('copy decisions', () => {
  it('finds a copy, source first (the earlier date, else the one stored first)', () => {
    const pair = compareSignatures(subject('b', STORY, 2, '2026-03-12'), subject('a', STORY, 1, '2026-03-12'));
    expect(pair).toEqual({ articles: ['a', 'b'], kind: 'copy', similarity: 1 });
    const dated = compareSignatures(subject('a', STORY, 1, '2026-03-13'), subject('b', STORY, 2, '2026-03-11'));
    expect(dated?.articles).toEqual(['b', 'a']);
  });

  it('finds a rewrite by aligning its sentences in order', () => {
    const pair = compareSentences(subject('w', STORY, 1), subject('t', REWORDED, 2), () => 1);
    expect(pair?.kind).toBe('rewrite');
    expect(pair?.articles).toEqual(['w', 't']);
    expect(pair!.similarity).toBeGreaterThan(0.35);
  });

  it('aligns each reworded sentence with its original', () => {
    const alignment = alignSentences(terms(STORY), terms(REWORDED));
    expect(alignment.pairs).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
  });
});

describe('negative cases: neither copy nor rewrite', () => {
  it('another report of the same event', () => {
    expect(compareSignatures(subject('a', STORY, 1), subject('b', OTHER_REPORT, 2))).toBeUndefined();
    expect(compareSentences(subject('a', STORY, 1), subject('b', OTHER_REPORT, 2), () => 1)).toBeUndefined();
  });

  it('the same sentences shuffled out of order', () => {
    const sentences = REWORDED.split(/(?<=\.) /);
    const shuffled = [3, 5, 1, 4, 0, 2].map((i) => sentences[i]).join(' ');
    expect(compareSentences(subject('a', STORY, 1), subject('b', shuffled, 2), () => 1)).toBeUndefined();
  });

  it('two reports in their own words that quote one statement at length, in its order', () => {
    const statement = [
      '“The dam failure is a tragedy for every family in the lower town and we will not rest until each of them is home,” the mayor said in a statement.',
      '“Engineers from three counties are already inspecting the spillway and the walls of the reservoir,” the statement said.',
      '“Every flooded street will be rebuilt with money from the provincial emergency fund,” it said.',
      '“We thank the fire crews who carried out rescues through the night on Tanners Row,” the mayor added.',
    ].join(' ');
    const first = `${OTHER_REPORT.split('. ').slice(0, 2).join('. ')}. ${statement}`;
    const second = `Caddenford woke to mud and broken glass on Wednesday after the night of the flood. Volunteers handed out blankets at the school gym. ${statement}`;
    expect(compareSentences(subject('a', first, 1), subject('b', second, 2), () => 1)).toBeUndefined();
  });

  it('a short quote of the story inside a long unrelated article', () => {
    const quoting = `${OTHER_REPORT} ${STORY.split('. ')[0]}. ${OTHER_REPORT.toLowerCase()}`;
    expect(compareSignatures(subject('a', STORY, 1), subject('b', quoting, 2))).toBeUndefined();
  });
});

describe('quoted words', () => {
  it('marks what lies inside quotation marks, curly or straight; a line break ends an open quote', () => {
    const text = 'He said “we will rebuild” and "soon".\n“An open quote\nThen prose.';
    const mask = quotedMask(text);
    const inside = (part: string) => [...part].every((_, i) => mask[text.indexOf(part) + i] === 1);
    const outside = (part: string) => [...part].every((_, i) => mask[text.indexOf(part) + i] === 0);
    expect(inside('“we will rebuild”')).toBe(true);
    expect(inside('"soon"')).toBe(true);
    expect(outside('He said ')).toBe(true);
    expect(outside(' and ')).toBe(true);
    expect(inside('“An open quote')).toBe(true);
    expect(outside('Then prose.')).toBe(true);
  });

  it('marks „…“ and a British paper’s single marks, not an apostrophe', () => {
    const text = 'Sie sagte „wir bauen neu“ am Montag. The mayor’s aide said ‘we will rebuild’ today.';
    const mask = quotedMask(text);
    const share = (part: string) => [...part].reduce((n, _, i) => n + mask[text.indexOf(part) + i]!, 0) / part.length;
    expect(share('„wir bauen neu“')).toBe(1);
    expect(share(' am Montag.')).toBe(0);
    expect(share('‘we will rebuild’')).toBe(1);
    expect(share('The mayor’s aide said ')).toBe(0);
  });
});

describe('independence groups', () => {
  it('joins articles linked by copies or rewrites, named by the first', () => {
    const groups = independenceGroups(
      ['a', 'b', 'c', 'd', 'e'],
      [
        { articles: ['a', 'c'], kind: 'copy', similarity: 1 },
        { articles: ['c', 'd'], kind: 'rewrite', similarity: 0.5 },
      ],
    );
    expect(Object.fromEntries(groups)).toEqual({ a: 'a', b: 'b', c: 'a', d: 'a', e: 'e' });
  });

  it('orders sources by date, then by arrival', () => {
    expect(sourceFirst({ id: 'x', seq: 5 }, { id: 'y', seq: 2 }).map((s) => s.id)).toEqual(['y', 'x']);
  });
});
