/**
 * The article reader's highlighting, as pure functions over offsets (tested without a browser): the
 * layers (entities, quotes, dates, claims, conflicts) cut a paragraph into segments, each knowing the
 * layers over it; the span being followed, and its sentence, wrap the segments they cover.
 */

/** What a layer marks. */
export type LayerKind = 'entity' | 'quote' | 'date' | 'claim' | 'conflict';

/** One highlighted span. */
export interface Layer {
  start: number;
  end: number;
  kind: LayerKind;
  /** Refinements of the kind, each a class: the entity type, the claim's status and kind. */
  variants?: string[];
  /** What it is, in words (shown on hover). */
  label: string;
  /** The route it links to (an entity page), if any. */
  href?: string;
}

/** A stretch of text with the layers over all of it. */
export interface Segment {
  start: number;
  end: number;
  layers: Layer[];
}

/** Cuts [from, to) at every layer boundary (and at the extra cuts); layers outside are ignored. */
export function segments(from: number, to: number, layers: readonly Layer[], cuts: readonly number[] = []): Segment[] {
  const inside = layers.filter((l) => l.start < to && l.end > from && l.end > l.start);
  const points = new Set<number>([from, to]);
  for (const l of inside) {
    points.add(Math.max(from, l.start));
    points.add(Math.min(to, l.end));
  }
  for (const c of cuts) if (c > from && c < to) points.add(c);
  const sorted = [...points].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    out.push({ start, end, layers: inside.filter((l) => l.start <= start && l.end >= end) });
  }
  return out;
}

/** Parses `hl=START-END`; undefined when absent or not a range inside the text. */
export function parseRange(
  value: string | null | undefined,
  length: number,
): { start: number; end: number } | undefined {
  const match = /^(\d+)-(\d+)$/.exec(value ?? '');
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return start < end && end <= length ? { start, end } : undefined;
}

/** The sentences a span is in, as one range (the span itself when no sentence holds it). */
export function sentenceAround(
  span: { start: number; end: number },
  sentences: readonly { start: number; end: number }[],
): { start: number; end: number } {
  const over = sentences.filter((s) => s.start < span.end && s.end > span.start);
  if (!over.length) return span;
  return {
    start: Math.min(span.start, ...over.map((s) => s.start)),
    end: Math.max(span.end, ...over.map((s) => s.end)),
  };
}
