/**
 * Inputs that once stalled a per-article stage for minutes (a pattern repeated thousands of times):
 * each now goes through every stage in time linear in its size, with the span invariant intact. The
 * times themselves are measured by `bench/reliability`; here each case has a generous limit that a
 * stage quadratic in its input would miss by far.
 */
import { describe, expect, it } from 'vitest';
import { OverBudgetError, runPipeline } from '../src/pipeline/runner.ts';
import type { Stage } from '../src/pipeline/stage.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { textInput } from './helpers/run.ts';
import { checkArticle } from './helpers/spans.ts';

/** [what stalled, the repeated unit, how many times]: the cases as first found, at their full size. */
const CASES: [string, string, number][] = [
  ['quotes: 60 KB of quotation marks', '"', 60_000],
  ['entities: a run of 20,000 abbreviations', 'U.S. ', 20_000],
  ['quantities: 5,000 amounts in one sentence', 'The 100 billion dollars ', 5_000],
  ['sentences: 100,000 full stops', '.', 100_000],
  ['tokens: one 120,000-character word', 'x', 120_000],
  ['clean and tokens: 5 MB of one letter', 'a', 5_000_000],
  ['quotes: 15,000 one-word quotes', '"a" ', 15_000],
];

const stages = articleStages();
// Loads the stages' models once, outside the cases.
runPipeline(textInput('The mayor said on Monday that the bridge would reopen.'), stages);

describe('pathological inputs', () => {
  it.each(CASES)(
    '%s',
    (_, unit, times) => {
      const article = runPipeline(textInput(unit.repeat(times)), stages);
      expect(article.messages.filter((m) => m.fatal)).toEqual([]);
      checkArticle(article);
    },
    15_000,
  );

  it('gives up an article whose stages run past the time budget, naming the stage', () => {
    let clock = 0;
    const slow = (name: string, ms: number): Stage => ({
      name,
      needs: [],
      run: () => {
        clock += ms;
        return {};
      },
    });
    const input = textInput('Text.');
    const run = (budgetMs: number) =>
      runPipeline(input, [slow('fast', 10), slow('slow', 500), slow('never', 10)], undefined, {
        budgetMs,
        now: () => clock,
      });
    expect(() => run(100)).toThrow(OverBudgetError);
    clock = 0;
    expect(() => run(100)).toThrow(/up to stage "slow"\), over the time budget of 0\.1 s/);
    clock = 0;
    expect(run(1000).messages).toEqual([]);
  });
});
