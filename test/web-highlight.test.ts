/** The reader's highlighting, as offsets: segments under layers, the followed range, its sentence. */
import { describe, expect, it } from 'vitest';
import { parseRange, segments, sentenceAround, type Layer } from '../src/web/highlight.ts';

const layer = (start: number, end: number, kind: Layer['kind']): Layer => ({ start, end, kind, label: kind });

describe('segments', () => {
  it('cuts a block at every layer boundary and knows the layers over each piece', () => {
    // "Mayor Theodore Wexley said 412 homes"
    const quote = layer(0, 36, 'quote');
    const entity = layer(6, 21, 'entity');
    const claim = layer(27, 36, 'claim');
    const out = segments(0, 36, [quote, entity, claim]);
    expect(out.map((s) => [s.start, s.end])).toEqual([
      [0, 6],
      [6, 21],
      [21, 27],
      [27, 36],
    ]);
    expect(out.map((s) => s.layers.map((l) => l.kind))).toEqual([
      ['quote'],
      ['quote', 'entity'],
      ['quote'],
      ['quote', 'claim'],
    ]);
  });

  it('clips layers to the block, ignores those outside and empty ones, and adds the extra cuts', () => {
    const out = segments(10, 20, [layer(5, 12, 'date'), layer(25, 30, 'entity'), layer(15, 15, 'claim')], [14, 40]);
    expect(out.map((s) => [s.start, s.end, s.layers.length])).toEqual([
      [10, 12, 1],
      [12, 14, 0],
      [14, 20, 0],
    ]);
  });

  it('covers the block exactly, piece after piece', () => {
    const out = segments(3, 50, [layer(0, 60, 'quote'), layer(10, 30, 'entity'), layer(20, 40, 'date')]);
    expect(out[0]!.start).toBe(3);
    expect(out[out.length - 1]!.end).toBe(50);
    for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBe(out[i - 1]!.end);
  });
});

describe('the followed range', () => {
  it('reads hl=START-END only when it is a range inside the text', () => {
    expect(parseRange('4-9', 20)).toEqual({ start: 4, end: 9 });
    for (const bad of ['9-4', '4-4', '4-21', '-1-3', 'a-b', '4', '', null, undefined, '1-2<script>'])
      expect(parseRange(bad, 20), String(bad)).toBeUndefined();
  });

  it('finds the sentence(s) around a span', () => {
    const sentences = [
      { start: 0, end: 10 },
      { start: 11, end: 30 },
      { start: 31, end: 50 },
    ];
    expect(sentenceAround({ start: 12, end: 15 }, sentences)).toEqual({ start: 11, end: 30 });
    expect(sentenceAround({ start: 25, end: 35 }, sentences)).toEqual({ start: 11, end: 50 });
    expect(sentenceAround({ start: 60, end: 62 }, sentences)).toEqual({ start: 60, end: 62 });
  });
});
