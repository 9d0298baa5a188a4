import { describe, expect, it } from 'vitest';
import { BASIL_SPEECH } from './gold/basil-speech.ts';
import { readBasil } from './helpers/basil.ts';
import { sharedPath } from './helpers/shared.ts';

const basil = sharedPath('bench/basil');

describe.skipIf(!basil)('the BASIL reported-speech gold', () => {
  // Read only when present: a skipped describe's body still runs.
  const { texts, events } = basil ? readBasil(basil) : { texts: new Map<string, string>(), events: {} };

  it('names each item by a phrase found exactly once in its article', () => {
    for (const item of BASIL_SPEECH) {
      const text = texts.get(item.url);
      expect(text, item.url).toBeDefined();
      const at = text!.indexOf(item.phrase);
      expect(at, `${item.phrase} in ${item.url}`).toBeGreaterThanOrEqual(0);
      expect(text!.indexOf(item.phrase, at + 1), `${item.phrase} once in ${item.url}`).toBe(-1);
      if (item.speakerPhrase) expect(text).toContain(item.speakerPhrase);
    }
  });

  it('holds at least 40 speakers and 10 chains of reporting over 8 events', () => {
    expect(new Set(BASIL_SPEECH.map((i) => `${i.url}|${i.speaker}`)).size).toBeGreaterThanOrEqual(40);
    expect(BASIL_SPEECH.filter((i) => i.via?.length).length).toBeGreaterThanOrEqual(10);
    expect(new Set(BASIL_SPEECH.map((i) => events[i.url]!.event)).size).toBeGreaterThanOrEqual(8);
  });
});
