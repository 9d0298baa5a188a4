import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASIL_FACTS as FIRST } from './gold/basil-facts.ts';
import { BASIL_FACTS_A } from './gold/basil-facts-a.ts';
import { BASIL_FACTS_B } from './gold/basil-facts-b.ts';
import { readBasil } from './helpers/basil.ts';
import { sharedPath } from './helpers/shared.ts';

const basil = sharedPath('bench/basil');

/** One side of a judged pair: its text's url or file name, and the fingerprint of the sentence's words. */
type Side = [name: string, fingerprint: string];

/** A file of judged sentence pairs (bench/crosscheck/<name>.json), checked for form, each side split. */
function judgedPairs(name: string): { a: string; b: string; same: number; sides: [Side, Side] }[] {
  const pairs = JSON.parse(readFileSync(new URL(`../bench/crosscheck/${name}.json`, import.meta.url), 'utf8')) as {
    a: string;
    b: string;
    same: number;
  }[];
  return pairs.map((p) => {
    const sides = [p.a, p.b].map((k) => k.split('#') as Side) as [Side, Side];
    for (const [, print] of sides) expect(print, `${p.a} ${p.b}`).toMatch(/^[0-9a-f]{12}$/);
    expect(sides[0][0], p.a).not.toBe(sides[1][0]);
    expect([0, 1]).toContain(p.same);
    return { ...p, sides };
  });
}

/** The whole facts gold: the first twelve events and the twelve written later under the same guidelines. */
const BASIL_FACTS = [...FIRST, ...BASIL_FACTS_A, ...BASIL_FACTS_B];

describe.skipIf(!basil)('the BASIL facts gold', () => {
  // Read only when present: a skipped describe's body still runs.
  const { texts, events } = basil ? readBasil(basil) : { texts: new Map<string, string>(), events: {} };

  it('names each piece of evidence by a phrase of 5–25 words found exactly once in its article', () => {
    for (const fact of BASIL_FACTS) {
      for (const { url, phrase } of fact.evidence) {
        const text = texts.get(url);
        expect(text, url).toBeDefined();
        const words = phrase.split(/\s+/).filter(Boolean).length;
        expect(words, phrase).toBeGreaterThanOrEqual(5);
        expect(words, phrase).toBeLessThanOrEqual(25);
        const at = text!.indexOf(phrase);
        expect(at, `${phrase} in ${url}`).toBeGreaterThanOrEqual(0);
        expect(text!.indexOf(phrase, at + 1), `${phrase} once in ${url}`).toBe(-1);
      }
    }
  });

  it('backs every fact by at least two distinct articles of its own event', () => {
    for (const fact of BASIL_FACTS) {
      const urls = fact.evidence.map((e) => e.url);
      expect(new Set(urls).size, fact.fact).toBe(urls.length);
      expect(urls.length, fact.fact).toBeGreaterThanOrEqual(2);
      for (const url of urls) expect(events[url]?.event, `${url} for ${fact.fact}`).toBe(fact.event);
    }
  });

  it('covers at least 8 events, each with between 3 and 5 facts', () => {
    const perEvent = new Map<string, number>();
    for (const fact of BASIL_FACTS) perEvent.set(fact.event, (perEvent.get(fact.event) ?? 0) + 1);
    expect(perEvent.size).toBeGreaterThanOrEqual(8);
    for (const [event, count] of perEvent) {
      expect(count, event).toBeGreaterThanOrEqual(3);
      expect(count, event).toBeLessThanOrEqual(5);
    }
  });

  it('judges sentence pairs of two articles each, none of an event held back from tuning', () => {
    const judged = judgedPairs('judged-pairs');
    const firstEvents = [...new Set(FIRST.map((f) => f.event))];
    const held = new Set(firstEvents.slice(firstEvents.length / 2));
    expect(judged.length).toBeGreaterThanOrEqual(400);
    for (const { a, sides } of judged)
      for (const [url] of sides) {
        expect(texts.has(url), a).toBe(true);
        expect(held.has(events[url]!.event), url).toBe(false);
      }
  });
});

const clustering = sharedPath('bench/clustering');
describe.skipIf(!clustering)('the judged sentence pairs of ECB+ stories', () => {
  it.each(['judged-pairs-ecb', 'judged-pairs-ecb-check'])(
    '%s: pairs of two texts of one ECB+ topic each (one story as the pipeline tells it), a text named by its file',
    (name) => {
      const gold = JSON.parse(readFileSync(`${clustering}/gold.json`, 'utf8')) as Record<string, string>;
      const judged = judgedPairs(name);
      expect(judged.length).toBeGreaterThanOrEqual(200);
      for (const { a, sides } of judged) {
        const [[fileA], [fileB]] = sides;
        expect(gold[fileA], a).toBeDefined();
        expect(gold[fileB]?.split('-')[0], a).toBe(gold[fileA]!.split('-')[0]);
      }
    },
  );

  it('checks the model on pairs it was never fitted on', () => {
    const read = judgedPairs;
    const fitted = new Set(read('judged-pairs-ecb').flatMap(({ a, b }) => [`${a}|${b}`, `${b}|${a}`]));
    for (const { a, b } of read('judged-pairs-ecb-check')) expect(fitted.has(`${a}|${b}`), `${a} ${b}`).toBe(false);
  });
});
