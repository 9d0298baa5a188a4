import type { EntityMention } from '../entities/types.ts';
import type { Tok } from './words.ts';

/**
 * A linear model that tells whether a word ends the cue of an attribution ("said", "believes",
 * "shows", "according to"): weights of sparse features of the word and its neighbours, learned from
 * annotated news (the training script is `bench/quotes/train-cues.ts`; the weights are locale data).
 */
export interface CueModel {
  /** What the weights were learned from, and how well they did on the part of it held out. */
  about: string;
  bias: number;
  /** The score from which a word is taken as a cue (tuned on held-out training texts). */
  threshold: number;
  /** The words that may end a cue at all: those that often did in the training texts (lower case). */
  candidates: readonly string[];
  weights: Readonly<Record<string, number>>;
}

/** One sentence's tokens, with the entity mentions that start and end at each offset. */
export interface CueView {
  toks: readonly Tok[];
  /** Token `i`'s shape (see `shape`), '_' past the sentence's ends. */
  shape(i: number): string;
  /** Entity type of the mention ending at an offset. */
  endsAt: ReadonlyMap<number, string>;
  /** Entity type of the mention starting at an offset. */
  startsAt: ReadonlyMap<number, string>;
}

/** Where entity mentions end and start in a text, with their types. */
export interface MentionEdges {
  endsAt: ReadonlyMap<number, string>;
  startsAt: ReadonlyMap<number, string>;
}

/** The edges of a text's entity mentions. */
export function mentionEdges(mentions: readonly EntityMention[]): MentionEdges {
  const endsAt = new Map<number, string>();
  const startsAt = new Map<number, string>();
  for (const m of mentions) {
    endsAt.set(m.end, m.type);
    startsAt.set(m.start, m.type);
  }
  return { endsAt, startsAt };
}

/** The view of `toks` with the text's mention edges (each token's shape worked out when first read). */
export function cueView(toks: readonly Tok[], edges: MentionEdges): CueView {
  const shapes: string[] = [];
  return {
    toks,
    shape: (i: number) => (i < 0 || i >= toks.length ? '_' : (shapes[i] ??= shape(toks[i]!))),
    ...edges,
  };
}

/** The shape of a token: capitalised, all capitals, lower case, number or mark. */
function shape(t: Tok): string {
  if (!t.word) return t.text;
  const c = t.text[0]!;
  if (c >= '0' && c <= '9') return 'd';
  // Upper case when lower-casing changes it.
  if (t.lower[0] === c) return /^\p{N}/u.test(c) ? 'd' : 'x';
  return t.text.length > 1 && t.text === t.text.toUpperCase() ? 'A' : 'C';
}

/** The word of a token for a feature: lower case, a mark as itself, none past the sentence. */
function form(t: Tok | undefined): string {
  return t ? t.lower : '_';
}

/**
 * The features of token `k`: its form and ending, its neighbours' forms and shapes, entity mentions
 * next to it, commas and its place in the sentence. `lexicon` flags a word the locale lists as a cue.
 */
export function cueFeatures(view: CueView, k: number, lexicon: ReadonlySet<string>): string[] {
  const { toks } = view;
  const t = toks[k]!;
  const w = t.lower;
  const p1 = toks[k - 1];
  const n1 = toks[k + 1];
  const sh = view.shape;
  const out = [
    `w=${w}`,
    `s3=${w.slice(-3)}`,
    `s2=${w.slice(-2)}`,
    `sh=${sh(k)}`,
    `p1=${form(p1)}`,
    `n1=${form(n1)}`,
    `p1w=${form(p1)}|${w}`,
    `wn1=${w}|${form(n1)}`,
    `ps=${sh(k - 1)}|${sh(k)}`,
    `ns=${sh(k)}|${sh(k + 1)}`,
  ];
  const before = p1 ? view.endsAt.get(p1.end) : undefined;
  if (before) out.push(`pm=${before}`, `pmw=${before}|${w.slice(-3)}`);
  const after = n1 ? view.startsAt.get(n1.start) : undefined;
  if (after) out.push(`nm=${after}`);
  if (k === 0) out.push('first');
  if (k >= toks.length - 3) out.push('end');
  if (lexicon.has(w)) out.push('lex', `lexn1=${form(n1)}`);
  return out;
}

/** A model's weights and candidates in the form scoring reads. */
interface Table {
  weights: Map<string, number>;
  candidates: Set<string>;
}
const tables = new WeakMap<CueModel, Table>();

/** The model's weights and candidates as scoring reads them, built once per model. */
function tableOf(model: CueModel): Table {
  let table = tables.get(model);
  if (!table) {
    table = { weights: new Map(Object.entries(model.weights)), candidates: new Set(model.candidates) };
    tables.set(model, table);
  }
  return table;
}

/** True when `lower` may end a cue at all (any other word scores -Infinity). */
export function isCandidate(model: CueModel, lower: string): boolean {
  return tableOf(model).candidates.has(lower);
}

/** The model's score for token `k` (above the model's threshold: a cue); -Infinity for a word that never is one. */
export function cueScore(model: CueModel, view: CueView, k: number, lexicon: ReadonlySet<string>): number {
  const table = tableOf(model);
  if (!isCandidate(model, view.toks[k]!.lower)) return -Infinity;
  let s = model.bias;
  for (const f of cueFeatures(view, k, lexicon)) s += table.weights.get(f) ?? 0;
  return s;
}
