/**
 * The quantities stage: the numbers of the article with their units and what they measure — money
 * ("$100 billion"), counts ("412 homes"), percentages and durations — the material of quantity claims.
 */
import type { Annotations } from '../../article/types.ts';
import type { Stage, StageOutput } from '../../pipeline/stage.ts';
import { findQuantities, QUANTITY_DEFAULTS } from './find.ts';

export type { Quantity, QuantityKind } from './types.ts';
export { findQuantities, QUANTITY_DEFAULTS } from './find.ts';

/** The quantities stage: `annotations.quantities`. */
export function quantities(options: Partial<typeof QUANTITY_DEFAULTS> = {}): Stage {
  const settings = { ...QUANTITY_DEFAULTS, ...options };
  return {
    name: 'quantities',
    needs: ['sentences'],
    run({ text, annotations }, ctx): StageOutput {
      const found = findQuantities(text, annotations.sentences ?? [], settings);
      ctx.debug(() => `quantities: ${found.length} found, ${found.filter((q) => q.measure).length} with a measure`);
      // `quantities` joins Annotations when the stage is wired in; until then it is passed through as is.
      return { annotations: { quantities: found } as Partial<Annotations> };
    },
  };
}
