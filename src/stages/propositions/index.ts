/**
 * The propositions stage: what each sentence states, as a frame of anchors (entities, predicates,
 * content words, numbers, dates, negation, speaker) — the material the cross-check matches across
 * articles to find the facts independent outlets state in their own words.
 */
import type { Annotations } from '../../article/types.ts';
import type { Stage, StageOutput } from '../../pipeline/stage.ts';
import { EN_PROPOSITIONS, findPropositions, type PropositionLexicon } from './frames.ts';

export type { Proposition } from './types.ts';
export { EN_PROPOSITIONS, findPropositions, type PropositionLexicon } from './frames.ts';

/** The propositions stage: `annotations.propositions`. */
export function propositions(lexicon: PropositionLexicon = EN_PROPOSITIONS): Stage {
  return {
    name: 'propositions',
    needs: ['sentences', 'entities'],
    run({ text, annotations }, ctx): StageOutput {
      const found = findPropositions(
        {
          text,
          sentences: annotations.sentences ?? [],
          paragraphs: annotations.paragraphs,
          entities: annotations.entities,
          quotes: annotations.quotes,
          dates: annotations.dates,
          quantities: annotations.quantities,
        },
        lexicon,
      );
      ctx.debug(() => `propositions: ${found.length} frames`);
      return { annotations: { propositions: found } as Partial<Annotations> };
    },
  };
}
