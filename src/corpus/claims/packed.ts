/**
 * Evidence kept packed, as the report reads it from a partition's report view: for each piece, its
 * article, start, end and outlet, article and outlet numbered in `names`. A store of ten thousand
 * articles holds a million pieces of evidence; the report reads where they lie and which outlets they
 * name, and makes evidence objects only when one is asked for (`claim.evidence`).
 */
import type { Claim, Evidence } from './types.ts';

/** Article, start, end and outlet of each piece of evidence, article and outlet numbered in `names`. */
export interface PackedEvidence {
  names: readonly string[];
  spans: readonly number[];
}

/** How many numbers `PackedEvidence.spans` keeps per piece of evidence. */
export const SPAN = 4;

const PACKED = Symbol('packed evidence');

type Packed = { [PACKED]?: PackedEvidence };

/** The prototype of claims with packed evidence: `evidence` is made on first reading, then kept. */
const PACKED_CLAIM = Object.create(Object.prototype, {
  evidence: {
    get(this: Packed) {
      const { names, spans } = this[PACKED]!;
      const evidence: Evidence[] = [];
      for (let i = 0; i < spans.length; i += SPAN)
        evidence.push({
          article: names[spans[i]!]!,
          start: spans[i + 1]!,
          end: spans[i + 2]!,
          text: '',
          outlet: names[spans[i + 3]!]!,
          source: '',
          sentence: { start: spans[i + 1]!, end: spans[i + 2]!, text: '' },
        });
      Object.defineProperty(this, 'evidence', {
        value: evidence,
        writable: true,
        enumerable: true,
        configurable: true,
      });
      return evidence;
    },
    enumerable: false,
    configurable: true,
  },
}) as object;

/** A claim whose evidence is `packed`: its words empty, its objects made when asked for. */
export function packedClaim<T extends Omit<Claim, 'evidence'>>(fields: T, packed: PackedEvidence): T & Claim {
  const claim = Object.assign(Object.create(PACKED_CLAIM) as object, fields) as T & Claim & Packed;
  claim[PACKED] = packed;
  return claim;
}

/** How many pieces of evidence a claim has, without making them. */
export function evidenceCount(claim: Pick<Claim, 'evidence'>): number {
  const packed = (claim as Packed)[PACKED];
  return packed ? packed.spans.length / SPAN : claim.evidence.length;
}

/**
 * Calls `fn` with the article, start, end and outlet of each piece of a claim's evidence, in order, until
 * it returns false; without making evidence objects of packed evidence.
 */
export function eachSpan(
  claim: Pick<Claim, 'evidence'>,
  fn: (article: string, start: number, end: number, outlet: string) => boolean | void,
): void {
  const packed = (claim as Packed)[PACKED];
  if (!packed) {
    for (const e of claim.evidence) if (fn(e.article, e.start, e.end, e.outlet) === false) return;
    return;
  }
  const { names, spans } = packed;
  for (let i = 0; i < spans.length; i += SPAN)
    if (fn(names[spans[i]!]!, spans[i + 1]!, spans[i + 2]!, names[spans[i + 3]!]!) === false) return;
}
