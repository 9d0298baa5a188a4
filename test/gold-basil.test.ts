import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASIL_SPEECH } from './gold/basil-speech.ts';
import { sharedPath } from './helpers/shared.ts';

const basil = sharedPath('bench/basil');

describe.skipIf(!basil)('the BASIL reported-speech gold', () => {
  const texts = new Map(
    readFileSync(path.join(basil ?? '', 'articles.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { url: string; text: string })
      .map((a) => [a.url, a.text]),
  );
  const events = JSON.parse(readFileSync(path.join(basil ?? '', 'gold.json'), 'utf8')) as Record<
    string,
    { event: string }
  >;

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
