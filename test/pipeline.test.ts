import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline/runner.ts';
import type { Stage } from '../src/pipeline/stage.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { textInput } from './helpers/run.ts';

describe('pipeline runner', () => {
  it('runs the stages in the order of src/pipeline/stages.ts', () => {
    expect(articleStages().map((s) => s.name)).toEqual([
      'clean',
      'language',
      'sentences',
      'entities',
      'quotes',
      'dates',
      'quantities',
      'propositions',
      'provenance',
    ]);
  });

  it('turns a throwing stage into a fatal message, skips what needs it, runs the rest', () => {
    const broken: Stage = {
      name: 'broken',
      needs: ['clean'],
      run: () => {
        throw new Error('boom');
      },
    };
    const dependent: Stage = { name: 'dependent', needs: ['broken'], run: () => ({ meta: { byline: 'never' } }) };
    const [clean, language, sentences] = articleStages();
    const article = runPipeline(textInput('Ferry Strike Ends\n\nCrews returned on Monday.'), [
      clean!,
      broken,
      dependent,
      language!,
      sentences!,
    ]);
    expect(article.messages).toEqual([
      expect.objectContaining({ source: 'broken', severity: 'error', fatal: true, reason: 'boom' }),
      expect.objectContaining({ source: 'dependent', ruleId: 'pipeline/skipped' }),
    ]);
    expect(article.meta.byline).toBeUndefined();
    expect(article.annotations.sentences).toHaveLength(2);
    expect(article.meta.language).toBe('en');
  });

  it('never mutates what a stage was given', () => {
    const input = Object.freeze(textInput('Ferry Strike Ends\n\nCrews returned on Monday.'));
    const a = runPipeline(input, articleStages());
    const b = runPipeline(input, articleStages());
    expect(a).toEqual(b);
  });
});
