/** Publication dates as metadata writes them, read into ISO 8601 (src/stages/dates/metadata.ts). */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { isoPublished } from '../src/stages/dates/metadata.ts';
import { textInput } from './helpers/run.ts';

describe('isoPublished', () => {
  it.each([
    ['2022-5-5 22:17:36', '2022-05-05T22:17:36'],
    ['2022-05-05', '2022-05-05'],
    ['2022/5/5', '2022-05-05'],
    ['2022-05-05 22:17', '2022-05-05T22:17:00'],
    ['2022-05-05T22:17:36Z', '2022-05-05T22:17:36Z'],
    ['2022-05-05 22:17:36 +0200', '2022-05-05T22:17:36+02:00'],
    ['2022-05-05T22:17:36.250+02:00', '2022-05-05T22:17:36.250+02:00'],
    ['Thu, 05 May 2022 22:17:36 +0200', '2022-05-05T22:17:36+02:00'],
    ['5 May 2022 07:09 GMT', '2022-05-05T07:09:00Z'],
    ['Mon, 14 Sep 2026 23:30:00 EST', '2026-09-14T23:30:00-05:00'],
  ])('%s → %s', (given, expected) => {
    expect(isoPublished(given)).toBe(expected);
  });

  it.each([
    ['a day that does not exist', '2022-2-30 10:00'],
    ['an hour that does not exist', '2022-05-05 25:00'],
    ['a zone it does not know', 'Thu, 05 May 2022 22:17:36 XYZ'],
    ['words', 'last Tuesday'],
    ['a month name it does not know', '05 Mai 2022 10:00 GMT'],
  ])('leaves %s as written', (_what, given) => {
    expect(isoPublished(given)).toBe(given);
  });

  it('an article whose metadata writes "2022-5-5 22:17:36" is dated, with no warning', () => {
    const article = runPipeline(
      textInput(
        'The council met on Tuesday to discuss the flood defences. The mayor said the works would start soon.',
        {
          published: '2022-5-5 22:17:36',
        },
      ),
      articleStages(),
    );
    expect(article.meta.published).toBe('2022-05-05T22:17:36');
    expect(article.messages.filter((m) => m.ruleId === 'dates/bad-published')).toEqual([]);
  });
});
