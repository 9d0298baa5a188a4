import type { Sentence } from '../../article/types.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { splitSentences } from './split.ts';

/** The sentences stage: every paragraph split into sentences; a headline or one-line paragraph is one. */
export function sentences(): Stage {
  return {
    name: 'sentences',
    needs: ['clean'],
    run({ text, annotations }) {
      const out: Sentence[] = [];
      (annotations.paragraphs ?? []).forEach((paragraph, index) => {
        for (const span of splitSentences(text, paragraph)) out.push({ ...span, paragraph: index });
      });
      return { annotations: { sentences: out } };
    },
  };
}
