/** The BASIL disputes and chains gold (test/gold/basil-disputes.ts): every phrase is where it says. */
import { describe, expect, it } from 'vitest';
import { BASIL_CHAINS, BASIL_DISPUTES } from './gold/basil-disputes.ts';
import { BASIL_FACTS } from './gold/basil-facts.ts';
import { readBasil } from './helpers/basil.ts';
import { sharedPath } from './helpers/shared.ts';

const basil = sharedPath('bench/basil');

describe.skipIf(!basil)('the BASIL disputes gold', () => {
  const { texts } = basil ? readBasil(basil) : { texts: new Map<string, string>() };

  it('covers the events of the facts gold, an entry each, "none" included', () => {
    expect(new Set(BASIL_DISPUTES.map((e) => e.event))).toEqual(new Set(BASIL_FACTS.map((f) => f.event)));
    expect(BASIL_DISPUTES.some((e) => e.disputes.length === 0)).toBe(true);
  });

  it('names each side and each chain by a phrase of 5–30 words found exactly once in its article', () => {
    const phrases = [
      ...BASIL_DISPUTES.flatMap((e) => e.disputes.flatMap((d) => d.sides)),
      ...BASIL_CHAINS.map((c) => ({ url: c.url, phrase: c.phrase })),
    ];
    for (const { url, phrase } of phrases) {
      const text = texts.get(url);
      expect(text, url).toBeDefined();
      expect(text!.split(phrase).length, `${url}: ${phrase}`).toBe(2);
      const words = phrase.split(/\s+/).length;
      expect(words >= 5 && words <= 30, phrase).toBe(true);
    }
    for (const e of BASIL_DISPUTES) for (const d of e.disputes) expect(d.sides.length).toBeGreaterThanOrEqual(2);
    expect(BASIL_CHAINS.length).toBeGreaterThanOrEqual(10);
  });
});
