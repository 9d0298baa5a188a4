/**
 * The quantities stage: money with multipliers, counts with what they count, percentages and
 * durations; numbers that are no quantity (years, dates, times, codes) left out; and the span invariant
 * on every quantity of the example corpus and the seeds.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article/types.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { readInputs } from '../src/read/index.ts';
import { quantities, type Quantity } from '../src/stages/quantities/index.ts';
import { textInput } from './helpers/run.ts';
import { EXAMPLES, sharedPath } from './helpers/shared.ts';

/** The quantities of one text, through the real pipeline. */
function find(text: string): Quantity[] {
  const article = runPipeline(textInput(text), [...articleStages(), quantities()]);
  return (article.annotations as { quantities?: Quantity[] }).quantities ?? [];
}

async function analyse(paths: string[]): Promise<Article[]> {
  const out: Article[] = [];
  for await (const r of readInputs(paths))
    if ('input' in r) out.push(runPipeline(r.input, [...articleStages(), quantities()]));
  return out;
}

/** Every quantity keeps the span invariant: its text is the slice, with no whitespace at either end. */
function checkSpans(articles: readonly Article[]): number {
  let n = 0;
  for (const a of articles) {
    for (const q of (a.annotations as { quantities?: Quantity[] }).quantities ?? []) {
      expect(a.text.slice(q.start, q.end)).toBe(q.text);
      expect(q.text).toBe(q.text.trim());
      const s = a.annotations.sentences![q.sentence]!;
      expect(q.start >= s.start && q.end <= s.end).toBe(true);
      n++;
    }
  }
  return n;
}

describe('quantities', () => {
  it('reads money with multipliers and what it pays for', () => {
    const [q] = find('Ukraine would commit to purchasing $100 billion worth of American weaponry.');
    expect(q).toMatchObject({ text: '$100 billion', value: 1e11, unit: 'USD', kind: 'money', measure: 'arms' });
  });

  it('takes weapons, weaponry and arms for one measure, and drones for another', () => {
    const text =
      'Zelensky confirmed the arms deal after his meeting at the White House, stating it would total $90 billion. ' +
      'Kyiv would also establish a $50 billion agreement to manufacture Ukrainian drones.';
    expect(find(text).map((q) => [q.text, q.measure])).toEqual([
      ['$90 billion', 'arms'],
      ['$50 billion', 'drones'],
    ]);
  });

  it('reads counts with what happened to what they count', () => {
    const qs = find('It flooded 412 homes and forced about 1,900 people to leave in the middle of the night.');
    expect(qs.map((q) => [q.text, q.value, q.measure, q.hedge])).toEqual([
      ['412 homes', 412, 'homes flooded', undefined],
      ['1,900 people', 1900, 'people evacuated', 'approx'],
    ]);
  });

  it('reads a size said as a hyphenated modifier as the size of the thing it modifies', () => {
    const qs = find('Among the allegations named in the 48-page indictment is a family trip to Italy.');
    expect(qs.map((q) => [q.text, q.value, q.measure])).toEqual([
      ['48-page indictment', 48, 'pages of the indictment'],
    ]);
    // An age, a stretch of time and a size with no noun after it are none.
    for (const text of [
      'A 10-year-old boy was rescued from the roof.',
      'Crews worked a 12-hour shift through the night.',
      'The plan has 10 points, said the mayor.',
    ])
      expect(find(text).filter((q) => q.measure?.includes(' of the '))).toEqual([]);
  });

  it('reads percentages and durations, with hedges', () => {
    const qs = find('The call lasted around 40 minutes. The maintenance budget was cut by 18 percent.');
    expect(qs[0]).toMatchObject({ text: '40 minutes', value: 2400, unit: 's', measure: 'call', hedge: 'approx' });
    expect(qs[1]).toMatchObject({ text: '18 percent', value: 18, unit: '%', measure: 'budget' });
  });

  it.each([
    ['as many as 1,500 workers joined the suit', 'max'],
    ['as much as $5 million was spent', 'max'],
    ['no more than 40 people were inside', 'max'],
    ['more than 40 people were inside', 'min'],
    ['at most 12 homes were lost', 'max'],
  ])('reads the hedge of "%s" as %s (the longest hedge first)', (text, hedge) => {
    expect(find(`Officials said ${text}.`)[0]?.hedge).toBe(hedge);
  });

  it('leaves out numbers that are no quantity claim', () => {
    const qs = find(
      'The dam was completed in 1961. Sirens sounded at 12:15 a.m. on March 10. Under Article 5, members act. ' +
        'One of the few shops was open. He was an 81-year-old resident. The 2025-26 budget year ended.',
    );
    expect(qs).toEqual([]);
  });

  it('gives no measure to a count whose sentence does not say what happened', () => {
    const qs = find('The council found rooms for 85 households across the valley.');
    expect(qs.map((q) => [q.text, q.measure])).toEqual([['85 households', undefined]]);
  });

  it.each([
    ['a word of a name', 'Google Stadia Red Dead Redemption 2 runs at a stable 60 fps for 12 players.'],
    ['a place named after a sea', 'Some 200 tourists bathed near the Dead Sea on Sunday.'],
    ['a verb with its negation after the number', 'Red Dead Redemption 2 doesn’t run at a stable frame rate.'],
  ])('takes no happening from %s', (_what, text) => {
    expect(find(text).filter((q) => q.measure)).toEqual([]);
  });

  it.each([
    ['a hospital named', 'Fourteen other people were taken to Caddenford General Hospital.', 'people injured'],
    ['a headline in title case', 'Ten People Killed In Iran Quake', 'people killed'],
    [
      'a headline in title case with small words',
      '12 People Killed after Flooding Sweeps through Small Town',
      'people killed',
    ],
    ['a word in capitals', '3 people were KILLED in the blast.', 'people killed'],
    ['a capitalised first word', 'Killed were 12 people, police said.', 'people killed'],
  ])('takes the happening of %s', (_what, text, measure) => {
    expect(find(text).map((q) => q.measure)).toEqual([measure]);
  });

  it('keeps the span invariant on the example corpus', async () => {
    const articles = await analyse([EXAMPLES]);
    expect(checkSpans(articles)).toBeGreaterThan(50);
  });

  const seeds = sharedPath('corpus/seeds');
  it.skipIf(!seeds)('keeps the span invariant on the seeds', async () => {
    expect(checkSpans(await analyse([seeds!]))).toBeGreaterThan(10);
  });
});
