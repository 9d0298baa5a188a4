import { describe, expect, it } from 'vitest';
import { EN_WORD_VECTORS, meaningAlignment, meaningCentre, meaningCosine } from '../src/corpus/claims/meaning.ts';

const m = (text: string) => EN_WORD_VECTORS.meaning(text);

describe('meaning: how alike two sentences are beyond the words they share', () => {
  it('finds a word near another: "apologized" and "apology", not "apologized" and "flooded"', () => {
    const a = m('The congressman apologized on Monday.');
    expect(meaningAlignment(a, m('The congressman issued an apology on Monday.'))).toBeGreaterThan(
      meaningAlignment(a, m('The congressman flooded the basement on Monday.')),
    );
  });

  it('a paraphrase is nearer than a sentence of the same story that says something else', () => {
    const told = m('Investigators said the server had been wiped and the emails deleted.');
    const paraphrase = m('The emails were erased after the server was wiped clean, investigators said.');
    const other = m('Investigators said the committee will hold a public hearing next month.');
    expect(meaningCosine(told, paraphrase)).toBeGreaterThan(meaningCosine(told, other));
    expect(meaningAlignment(told, paraphrase)).toBeGreaterThan(meaningAlignment(told, other));
  });

  it('sets a story’s topic apart: with the centre, what the sentences share with every other counts less', () => {
    const story = [
      'The dam broke and flooded the town.',
      'The dam failure flooded four hundred homes.',
      'The mayor said the dam had been inspected last year.',
      'Rescue boats took people from the flooded streets.',
    ].map(m);
    const centre = meaningCentre(story)!;
    expect(centre).toHaveLength(100);
    const a = story[0]!;
    const b = story[1]!;
    expect(meaningCosine(a, b, centre)).toBeLessThan(meaningCosine(a, b));
    // The centred cosine of a sentence with itself is still 1.
    expect(meaningCosine(a, a, centre)).toBeCloseTo(1, 5);
  });

  it('leaves out words outside the table and is 0 for a sentence with none in it', () => {
    const none = m('Zxqv Wrrbl Kjhgf.');
    expect(none.sum).toBeUndefined();
    expect(none.weights).toHaveLength(0);
    expect(meaningCosine(none, m('The dam broke.'))).toBe(0);
    expect(meaningAlignment(none, m('The dam broke.'))).toBe(0);
  });

  it('weighs common words little: "the" and "said" are not aligned, "reservoir" is', () => {
    const w = (word: string) => EN_WORD_VECTORS.word(word)!.weight;
    expect(w('the')).toBeLessThan(0.05);
    expect(w('reservoir')).toBeGreaterThan(0.9);
    expect(m('the said').weights).toHaveLength(0);
  });
});
