/**
 * Dates on whole articles: the example corpus's "Relative dates" table (examples/corpus/README.md), the
 * seed articles on the August 2025 summits (issue 5, bar 2), and the article date — from metadata, else
 * a dateline (marked inferred), else unknown and never invented.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, RawInput } from '../src/article/types.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { readFile, readInputs } from '../src/read/index.ts';
import { dates, type DateMention } from '../src/stages/dates/index.ts';
import { textInput } from './helpers/run.ts';
import { EXAMPLES, sharedPath } from './helpers/shared.ts';

const stages = () => [...articleStages(), dates()];

/** The dates annotation of an article. */
function datesOf(article: Article): DateMention[] {
  return (article.annotations as { dates?: DateMention[] }).dates ?? [];
}

/** Every article under a path, by file name (":record" for JSON Lines). */
async function analyse(dir: string): Promise<Map<string, Article>> {
  const out = new Map<string, Article>();
  for await (const r of readInputs([dir])) {
    if ('error' in r) throw r.error;
    out.set(path.basename(r.input.path) + (r.input.record ? `:${r.input.record}` : ''), runPipeline(r.input, stages()));
  }
  return out;
}

/**
 * The "Relative dates" table, as [surface we mark, value]: our surface leaves out the prepositions
 * ("on Monday" is "Monday") and keeps the parts of the day, whose TIMEX3 value says the part
 * ("Thursday evening" is 2026-03-12TEV).
 */
const RELATIVE_DATES: Record<string, [string, string][]> = {
  'herald-dam-breach.txt': [
    ['Tuesday', '2026-03-10'],
    ['Wednesday morning', '2026-03-11TMO'],
    ['Saturday', '2026-03-07'],
    ['Monday', '2026-03-09'],
    ['Friday', '2026-03-13'],
    ['Thursday evening', '2026-03-12TEV'],
    ['October', '2025-10'],
  ],
  // "shortly before midnight on Tuesday": the clock time and its day are one expression.
  'wbn-dam-failure.html': [
    ['midnight on Tuesday', '2026-03-10T24:00'],
    ['Wednesday', '2026-03-11'],
    ['Monday', '2026-03-09'],
    ['Friday', '2026-03-13'],
  ],
  'trendpulse-dam-collapse.txt': [
    ['midnight on Tuesday', '2026-03-10T24:00'],
    ['Wednesday', '2026-03-11'],
    ['Monday', '2026-03-09'],
    ['Friday', '2026-03-13'],
  ],
  'courier-lower-town.html': [
    ['Thursday morning', '2026-03-12TMO'],
    ['Wednesday afternoon', '2026-03-11TAF'],
    ['Wednesday evening', '2026-03-11TEV'],
    ['Thursday evening', '2026-03-12TEV'],
  ],
  'elfaro-evacuees.txt': [
    ['Wednesday', '2026-03-11'],
    ['Tuesday night', '2026-03-10TNI'],
    ['Friday', '2026-03-13'],
    ['today', '2026-03-12'],
    ['next month', '2026-04'],
  ],
  'ledger-province-funding.html': [
    ['Thursday', '2026-03-12'],
    ['Tuesday', '2026-03-10'],
    ['Wednesday', '2026-03-11'],
    ['last October', '2025-10'],
    ['next week', '2026-W12'],
    ['Friday morning', '2026-03-13TMO'],
  ],
  'northgate-wire.jsonl:1': [
    ['Tuesday', '2026-03-10'],
    ['Wednesday', '2026-03-11'],
    ['Monday', '2026-03-09'],
    ['Thursday', '2026-03-12'],
  ],
  'kestle-ferry.txt': [
    ['Thursday', '2026-03-19'],
    ['May 4', '2026-05-04'],
    ['last autumn', '2025-FA'],
    ['next week', '2026-W13'],
    ['April 1', '2026-04-01'],
  ],
  'northgate-wire.jsonl:2': [
    ['Tuesday', '2026-03-31'],
    ['three weeks ago', '2026-W11'],
    ['March 18', '2026-03-18'],
    ['Wednesday', '2026-04-01'],
    ['Thursday', '2026-04-02'],
  ],
  'herald-inquiry-opens.txt.gz': [
    ['yesterday', '2026-03-31'],
    ['March 10', '2026-03-10'],
    ['last month', '2026-03'],
    ['Monday', '2026-03-30'],
    ['today', '2026-04-01'],
  ],
  'observer-solvang-testimony.txt': [
    ['yesterday', '2026-04-01'],
    ['last October', '2025-10'],
    ['October 14, 2025', '2025-10-14'],
    ['November', '2025-11'],
    ['last night', '2026-04-01TNI'],
    ['today', '2026-04-02'],
  ],
  // The wire's third record keeps its dateline paragraph out of the text ("on Thursday" goes with it).
  'northgate-wire.jsonl:3': [
    ['Wednesday', '2026-04-01'],
    ['Monday', '2026-04-06'],
  ],
};

describe('the example corpus', () => {
  let articles: Map<string, Article>;
  beforeAll(async () => {
    articles = await analyse(EXAMPLES);
  });

  it.each(Object.entries(RELATIVE_DATES))('%s: relative dates resolve as the README says', (file, expected) => {
    const article = articles.get(file)!;
    expect(article, file).toBeDefined();
    const found = datesOf(article).map((m) => `${m.text}=${m.value}`);
    for (const [surface, value] of expected) expect(found, `${file}: ${surface}`).toContain(`${surface}=${value}`);
  });

  it('marks every value resolved against a date read from the text as inferred', () => {
    const trendpulse = articles.get('trendpulse-dam-collapse.txt')!;
    expect(trendpulse.meta.publishedInferred).toBe(true);
    const relative = datesOf(trendpulse).filter((m) => m.relative);
    expect(relative.length).toBeGreaterThan(3);
    for (const m of relative) expect(m.inferred, m.text).toBe(true);
    const herald = articles.get('herald-dam-breach.txt')!;
    expect(datesOf(herald).some((m) => m.inferred)).toBe(false);
  });

  it('keeps durations apart from dates', () => {
    const herald = datesOf(articles.get('herald-dam-breach.txt')!);
    expect(herald.find((m) => m.text === 'four days')).toMatchObject({ kind: 'duration', value: 'P4D' });
    expect(herald.find((m) => m.text === 'half an hour')).toMatchObject({ kind: 'duration', value: 'PT30M' });
  });
});

/** A wire story with its dateline, as a JSON Lines record would give it. */
const WIRE = (dateline: string) =>
  `Dam breach floods river town\n\n${dateline} (Northgate Wire) - Part of an earthen dam gave way late on Tuesday, officials said on Wednesday.\n\nThe board said repairs would start next week.`;

describe('the article date', () => {
  it('comes from the metadata when there is some, and the dateline does not override it', () => {
    const article = runPipeline(
      textInput(WIRE('CADDENFORD, Westmarch, March 11, 2026'), { published: '2026-03-12' }),
      stages(),
    );
    expect(article.meta).toMatchObject({ published: '2026-03-12' });
    expect(article.meta.publishedInferred).toBeUndefined();
    expect(datesOf(article).find((m) => m.text === 'Wednesday')?.value).toBe('2026-03-11');
  });

  it('is read from a dateline with a year, and marked inferred', () => {
    const article = runPipeline(textInput(WIRE('CADDENFORD, Westmarch, March 11, 2026')), stages());
    expect(article.meta).toMatchObject({ published: '2026-03-11', publishedInferred: true });
    const tuesday = datesOf(article).find((m) => m.text === 'Tuesday')!;
    expect(tuesday).toMatchObject({ value: '2026-03-10', relative: true, inferred: true });
  });

  it('is never invented: a dateline without a year leaves it unknown and the dates open', () => {
    const article = runPipeline(textInput(WIRE('CADDENFORD, Westmarch, March 11')), stages());
    expect(article.meta.published).toBeUndefined();
    expect(article.messages.map((m) => m.ruleId)).toContain('dates/dateline-without-year');
    expect(datesOf(article).map((m) => `${m.text}=${m.value}`)).toEqual(
      expect.arrayContaining(['March 11=XXXX-03-11', 'Tuesday=XXXX-WXX-2', 'Wednesday=XXXX-WXX-3', 'next week=XXXX']),
    );
  });

  it('is read from metadata written for people, with a note', () => {
    const input = textInput('Talks resumed\n\nThe talks resumed on Monday.', {
      published: 'November 19, 2019, 7:09 a.m.',
    });
    const article = runPipeline(input, stages());
    expect(article.messages.find((m) => m.ruleId === 'dates/bad-published')).toMatchObject({ severity: 'info' });
    expect(datesOf(article).map((m) => m.value)).toEqual(['2019-11-18']);
  });

  it('is read from RFC 2822 metadata ("19 Nov 2019 07:09 GMT") as the ISO date it is, with no note', () => {
    const input = textInput('Talks resumed\n\nThe talks resumed on Monday.', { published: '19 Nov 2019 07:09 GMT' });
    const article = runPipeline(input, stages());
    expect(article.meta.published).toBe('2019-11-19T07:09:00Z');
    expect(article.messages.find((m) => m.ruleId === 'dates/bad-published')).toBeUndefined();
    expect(datesOf(article).map((m) => m.value)).toEqual(['2019-11-18']);
  });

  it('stays unknown without metadata or dateline, with a note', () => {
    const article = runPipeline(textInput('Talks resumed\n\nThe talks resumed on Friday after a week.'), stages());
    expect(article.meta.published).toBeUndefined();
    expect(article.messages.map((m) => m.ruleId)).toContain('dates/no-reference');
    expect(datesOf(article).map((m) => m.value)).toEqual(['XXXX-WXX-5', 'P1W']);
  });
});

const seeds = sharedPath('corpus/seeds');

/** A seed article analysed with the given publication date. */
async function seed(prefix: string, published: string): Promise<Article> {
  const file = path.join(
    seeds!,
    (await import('node:fs')).readdirSync(seeds!).find((f) => f.startsWith(prefix))!,
  );
  for await (const r of readFile(file)) {
    if ('error' in r) throw r.error;
    const input: RawInput = { ...r.input, meta: { ...r.input.meta, published } };
    return runPipeline(input, stages());
  }
  throw new Error(`no article in ${file}`);
}

describe.skipIf(!seeds)('the seed articles on the August 2025 summits (issue 5, bar 2)', () => {
  it('resolve "on Monday" to 18 August and the Alaska summit\'s "Friday" to 15 August, given 19 August', async () => {
    for (const prefix of ['002_', '003_']) {
      const found = datesOf(await seed(prefix, '2025-08-19'));
      const mondays = found.filter((m) => /^Monday$/.test(m.text));
      expect(mondays.length, prefix).toBeGreaterThan(0);
      for (const m of mondays) expect(m.value, `${prefix} ${m.text}`).toBe('2025-08-18');
      for (const m of found.filter((x) => x.text === 'Friday')) expect(m.value, prefix).toBe('2025-08-15');
    }
    const alaska = datesOf(await seed('003_', '2025-08-19')).filter((m) => m.text === 'Friday');
    expect(alaska).toHaveLength(2);
  });

  it('resolve the pre-summit "on Friday" forward to 15 August, given 12 August', async () => {
    const found = datesOf(await seed('001_', '2025-08-12'));
    expect(found.find((m) => m.text === 'Friday')?.value).toBe('2025-08-15');
    expect(found.find((m) => m.text === '24 hours')).toMatchObject({ kind: 'duration', value: 'PT24H' });
  });
});
