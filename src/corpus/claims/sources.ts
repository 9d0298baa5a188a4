import { createHash } from 'node:crypto';
import { lastSpanStartingBy } from '../../article/span.ts';
import { outletLetters } from '../../article/outlet-names.ts';
import { WIRES } from '../../locales/en/provenance.ts';
import type { ClaimArticle, Evidence } from './types.ts';

/** A short stable id from the parts of a key. */
export function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}_${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12)}`;
}

/** Index of the sentence holding an offset (the last one starting at or before it). */
function sentenceAt(article: ClaimArticle, offset: number): number {
  return lastSpanStartingBy(article.sentences, offset);
}

/** Evidence for a span of an article: the sentence(s) around it, its outlet and its source. */
export function evidence(
  article: ClaimArticle,
  span: { start: number; end: number },
  source: string,
  value?: string,
): Evidence {
  const first = article.sentences[sentenceAt(article, span.start)];
  const last = article.sentences[sentenceAt(article, Math.max(span.start, span.end - 1))];
  const start = Math.min(first?.start ?? span.start, span.start);
  const end = Math.max(last?.end ?? span.end, span.end);
  return {
    article: article.id,
    start: span.start,
    end: span.end,
    text: article.text.slice(span.start, span.end),
    ...(value !== undefined ? { value } : {}),
    outlet: article.outlet ?? article.label ?? article.id,
    source,
    sentence: { start, end, text: article.text.slice(start, end) },
  };
}

/** The distinct values of a list, in first-seen order. */
export function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/**
 * Who a sentence that reports a news organisation's reporting counts for ("The New York Times reported
 * that …", "…, according to the Associated Press"): that organisation — the source of its own article
 * when `outlets` (`outletLetters` of outlets to sources) has one, else the wire agency of that name — so that an outlet
 * relaying another's story does not corroborate it. Undefined for any other speaker.
 */
export function relayedSource(speaker: string | undefined, outlets: ReadonlyMap<string, string>): string | undefined {
  if (!speaker) return undefined;
  const key = outletLetters(speaker);
  return outlets.get(key) ?? WIRE_KEYS.get(key);
}

const WIRE_KEYS = new Map(WIRES.flatMap((w) => w.aliases.map((a) => [outletLetters(a), w.name] as const)));
