import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/stages/sentences/split.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { textInput } from './helpers/run.ts';

const split = (text: string) =>
  splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it.each([
    [
      'Mr. Varga met Dr. Holm in Washington. They spoke for an hour.',
      ['Mr. Varga met Dr. Holm in Washington.', 'They spoke for an hour.'],
    ],
    [
      'Vice President J.D. Vance and U.S. envoy Steve Witkoff attended. Talks ended late.',
      ['Vice President J.D. Vance and U.S. envoy Steve Witkoff attended.', 'Talks ended late.'],
    ],
    [
      'The delegation flew to Washington, D.C. on Friday. Nothing was signed.',
      ['The delegation flew to Washington, D.C. on Friday.', 'Nothing was signed.'],
    ],
    ['Troops stay out of the U.S. The talks go on.', ['Troops stay out of the U.S.', 'The talks go on.']],
    [
      '“We will rebuild,” the mayor said. “Every home.” She left.',
      ['“We will rebuild,” the mayor said.', '“Every home.”', 'She left.'],
    ],
    ['Is it over? No. It goes on!', ['Is it over?', 'No.', 'It goes on!']],
    [
      'Prices rose 3.5 per cent in Jan. 2026, officials said.',
      ['Prices rose 3.5 per cent in Jan. 2026, officials said.'],
    ],
    // A capital letter alone is an initial, though "p." stands before a page number; titles in the plural.
    [
      'William P. Barr met Reps. Anna Varga and Tomas Brek. See p. 5. It ended.',
      ['William P. Barr met Reps. Anna Varga and Tomas Brek.', 'See p. 5.', 'It ended.'],
    ],
    ['It was signed by 40 Reps. The mayor did not reply.', ['It was signed by 40 Reps.', 'The mayor did not reply.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('does not split inside numbers, initials or before lower case (negative cases)', () => {
    for (const text of [
      'It cost $1.5 billion in total.',
      'Donald J. Trump spoke.',
      'He said e.g. this and that.',
      'The U.N. report was late.',
      'It was 3 p.m. in the afternoon.',
    ]) {
      expect(split(text)).toEqual([text]);
    }
  });

  it('makes headlines and one-line paragraphs sentences of their own', () => {
    const content =
      'Port Strike Ends After Nine Days\n\nDock workers returned on Monday\nThe union said pay talks would continue. Ships queued outside.\n\nWhat comes next\n\nTalks resume in May.';
    const article = runPipeline(textInput(content), articleStages());
    const sentences = (article.annotations.sentences ?? []).map((s) => article.text.slice(s.start, s.end));
    expect(sentences).toEqual([
      'Port Strike Ends After Nine Days',
      'Dock workers returned on Monday',
      'The union said pay talks would continue.',
      'Ships queued outside.',
      'What comes next',
      'Talks resume in May.',
    ]);
  });
});
