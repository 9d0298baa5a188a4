/**
 * The BASIL disputes and chains gold (test/gold/basil-disputes.ts, and -a.ts and -b.ts of 12 further
 * events): every phrase is where it says.
 */
import { describe, expect, it } from 'vitest';
import { BASIL_CHAINS, BASIL_DISPUTES } from './gold/basil-disputes.ts';
import { BASIL_CHAINS_A, BASIL_DISPUTES_A } from './gold/basil-disputes-a.ts';
import { BASIL_CHAINS_B, BASIL_DISPUTES_B } from './gold/basil-disputes-b.ts';
import { BASIL_FACTS } from './gold/basil-facts.ts';
import { BASIL_FACTS_A } from './gold/basil-facts-a.ts';
import { BASIL_FACTS_B } from './gold/basil-facts-b.ts';
import { readBasil } from './helpers/basil.ts';
import { sharedPath } from './helpers/shared.ts';

const basil = sharedPath('bench/basil');

describe.skipIf(!basil)('the BASIL disputes gold', () => {
  const { texts } = basil ? readBasil(basil) : { texts: new Map<string, string>() };

  it('covers the events of the facts gold, an entry each, "none" included', () => {
    expect(new Set(BASIL_DISPUTES.map((e) => e.event))).toEqual(new Set(BASIL_FACTS.map((f) => f.event)));
    expect(BASIL_DISPUTES.some((e) => e.disputes.length === 0)).toBe(true);
    expect(new Set(BASIL_DISPUTES_A.map((e) => e.event))).toEqual(new Set(BASIL_FACTS_A.map((f) => f.event)));
    expect(new Set(BASIL_DISPUTES_B.map((e) => e.event))).toEqual(new Set(BASIL_FACTS_B.map((f) => f.event)));
  });

  it('names each side and each chain by a phrase of 5–30 words found exactly once in its article', () => {
    const disputes = [...BASIL_DISPUTES, ...BASIL_DISPUTES_A, ...BASIL_DISPUTES_B];
    const chains = [...BASIL_CHAINS, ...BASIL_CHAINS_A, ...BASIL_CHAINS_B];
    const phrases = [
      ...disputes.flatMap((e) => e.disputes.flatMap((d) => d.sides)),
      ...chains.map((c) => ({ url: c.url, phrase: c.phrase })),
    ];
    for (const { url, phrase } of phrases) {
      const text = texts.get(url);
      expect(text, url).toBeDefined();
      expect(text!.split(phrase).length, `${url}: ${phrase}`).toBe(2);
      const words = phrase.split(/\s+/).length;
      expect(words >= 5 && words <= 30, phrase).toBe(true);
    }
    for (const e of disputes) for (const d of e.disputes) expect(d.sides.length).toBeGreaterThanOrEqual(2);
    expect(BASIL_CHAINS.length).toBeGreaterThanOrEqual(10);
  });
});
