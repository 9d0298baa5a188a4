/**
 * The propositions stage: each sentence as a frame of anchors — entities, predicates and terms taken
 * through lemmas, stems and the paraphrase lexicon, numbers and dates, negation, events with their
 * subjects — and what must not become an anchor (reporting verbs, roles, function words).
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article/types.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import type { Proposition } from '../src/stages/propositions/index.ts';
import { textInput } from './helpers/run.ts';

function analyse(text: string): Article {
  return runPipeline(textInput(text, { published: '2026-03-11' }), articleStages());
}

/** The frames of a text, with the names of their entities. */
function frames(text: string): (Proposition & { names: string[]; subjects: string[] })[] {
  const a = analyse(text);
  const clusters = a.annotations.entities!.clusters;
  return a.annotations.propositions!.map((p) => ({
    ...p,
    names: p.entities.map((c) => clusters[c]!.name),
    subjects: p.events.map((e) => `${e.predicate}:${e.subject !== undefined ? clusters[e.subject]!.name : '-'}`),
  }));
}

describe('propositions: the frame of a sentence', () => {
  it('keeps one frame per sentence over the sentence, with its entities in order', () => {
    const text = 'Mayor Theodore Wexley met Ingrid Solvang at the town hall. The meeting lasted an hour.';
    const [first, second] = frames(text);
    expect(text.slice(first!.start, first!.end).trim()).toBe(
      'Mayor Theodore Wexley met Ingrid Solvang at the town hall.',
    );
    expect(first!.names).toEqual(['Theodore Wexley', 'Ingrid Solvang']);
    expect(second!.sentence).toBe(1);
  });

  it('takes verbs and nouns through their lemma and the paraphrase lexicon: "met" and "meeting" are one predicate', () => {
    const [met] = frames('Theodore Wexley met Ingrid Solvang on Monday.');
    const [meeting] = frames('The meeting between Theodore Wexley and Ingrid Solvang was short.');
    const [session] = frames('Theodore Wexley and Ingrid Solvang held a long session.');
    expect(met!.predicates).toContain('meet');
    expect(meeting!.terms).toContain('meet');
    expect(session!.terms).toContain('meet');
    const [closed] = frames('Police closed the Lusk Bridge.');
    const [closure] = frames('The closure of the Lusk Bridge angered drivers.');
    expect(closed!.predicates).toContain('close');
    expect(closure!.terms).toContain('close');
    // A word of a group in one form only: "arms" are weapons, an "arm" is not.
    const [arms] = frames('Theodore Wexley signed an arms deal with Ingrid Solvang.');
    const [arm] = frames('Theodore Wexley grabbed Ingrid Solvang by the arm.');
    expect(arms!.terms).toContain('weapon');
    expect(arm!.terms).not.toContain('weapon');
    expect(arm!.terms).toContain('arm');
  });

  it('leaves out reporting verbs, auxiliaries, function words and the words of a role', () => {
    const [f] = frames('Water Commissioner Ingrid Solvang said the board had released water from the reservoir.');
    const anchors = [...f!.predicates, ...f!.terms];
    for (const word of ['say', 'said', 'have', 'had', 'the', 'from', 'commission', 'water commission'])
      expect(anchors).not.toContain(word);
    expect(anchors).toEqual(expect.arrayContaining(['releas', 'reservoir', 'board']));
  });

  it('writes numbers with their unit and dates resolved against the article', () => {
    const [money, count] = frames('The province promised $40 million in aid on Tuesday. It sent 60 soldiers.');
    expect(money!.terms).toContain('#40000000 USD');
    expect(money!.terms).toContain('@2026-03-10');
    expect(count!.terms).toContain('#60 count');
  });

  it('marks a negation, curly apostrophe or not, and no negation where there is none', () => {
    const [wont, not, plain] = frames(
      'Ingrid Solvang won’t resign. Theodore Wexley would not guess a figure. Theodore Wexley gave a figure.',
    );
    expect(wont!.negated).toBe(true);
    expect(not!.negated).toBe(true);
    expect(plain!.negated).toBe(false);
  });

  it('gives an event the entity named before it, the speaker of its quote, or the one a pronoun stands for', () => {
    const [, , pronoun] = frames(
      'Theodore Wexley visited the school. Ingrid Solvang apologized to the families. She resigned on Friday.',
    );
    expect(pronoun!.subjects).toEqual(['resign:Ingrid Solvang']);
    const [quoted] = frames('"We will rebuild the lower town," Theodore Wexley said.');
    expect(quoted!.names).toContain('Theodore Wexley');
    expect(quoted!.subjects).toContain('rebuild:Theodore Wexley');
  });

  it('counts words, and keeps no frame for a sentence with nothing to anchor it', () => {
    const [f] = frames('Ingrid Solvang resigned.');
    expect(f!.words).toBe(3);
    expect(frames('Oh. Yes!')).toEqual([]);
  });
});
