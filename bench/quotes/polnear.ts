/** PolNeAR texts read as the product reads them, with their gold attributions, and their score. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Paragraph, RawInput } from '../../src/article/types.ts';
import type { Stage } from '../../src/pipeline/stage.ts';
import { runPipeline } from '../../src/pipeline/runner.ts';
import { articleStages } from '../../src/pipeline/stages.ts';
import type { Quote } from '../../src/stages/quotes/index.ts';
import type { ArticleEntities } from '../../src/stages/entities/types.ts';
import {
  isDirectWithArchiveMarks,
  parseAnn,
  scoreDocument,
  type Counts,
  type GoldAttribution,
  type Predicted,
} from './metric.ts';

/**
 * The gold offsets point into the raw text, so the text is kept as is: this stage stands in for
 * clean, with one paragraph per non-empty line (the first is the headline).
 */
const keepText: Stage = {
  name: 'clean',
  needs: [],
  run({ input }) {
    const paragraphs: Paragraph[] = [];
    for (const m of input.content.matchAll(/[^\n]*\S[^\n]*/g)) {
      const start = m.index + m[0].search(/\S/);
      const end = m.index + m[0].trimEnd().length;
      paragraphs.push({ start, end, kind: paragraphs.length ? 'paragraph' : 'title' });
    }
    return { text: input.content, annotations: { removed: [], paragraphs } };
  },
};

/** One annotation file: its text after every stage before quotes, and its gold. */
export interface PolnearDoc {
  file: string;
  /** The text's name: several annotation files may share one. */
  base: string;
  input: RawInput;
  draft: ReturnType<typeof runPipeline>;
  gold: GoldAttribution[];
}

/** The annotation files of a PolNeAR folder (`attributions/*.ann` beside `text/*.txt`), sorted. */
export function loadPolnear(dir: string): PolnearDoc[] {
  const before = [keepText, ...articleStages().filter((s) => s.name !== 'clean' && s.name !== 'quotes')];
  const drafts = new Map<string, { input: RawInput; draft: ReturnType<typeof runPipeline> }>();
  const docs: PolnearDoc[] = [];
  const files = readdirSync(path.join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  for (const file of files) {
    const base = file.replace(/_[^_]+\.ann$/, '');
    const textFile = path.join(dir, 'text', `${base}.txt`);
    if (!existsSync(textFile)) continue;
    const content = readFileSync(textFile, 'utf8');
    if (!drafts.has(base)) {
      const input: RawInput = {
        path: textFile,
        format: 'text',
        bytes: new Uint8Array(),
        content,
        encoding: 'utf-8',
        meta: {},
      };
      drafts.set(base, { input, draft: runPipeline(input, before) });
    }
    const { input, draft } = drafts.get(base)!;
    const gold = parseAnn(readFileSync(path.join(dir, 'attributions', file), 'utf8'), content);
    docs.push({ file, base, input, draft, gold });
  }
  return docs;
}

/** The quotes a stage finds in a document. */
export function quotesOf(stage: Stage, doc: PolnearDoc): Quote[] {
  const { input, draft } = doc;
  const out = stage.run(
    { input, text: draft.text, meta: draft.meta, annotations: draft.annotations },
    { debug: () => {} },
  );
  return (out.annotations as { quotes?: Quote[] } | undefined)?.quotes ?? [];
}

/** A quote reduced to what the metric reads; the speaker's name is its entity's when it has one. */
export function predicted(q: Quote, entities: ArticleEntities | undefined): Predicted {
  const s = q.speaker;
  const name = s?.cluster !== undefined ? (entities?.clusters[s.cluster]?.name ?? s.text) : s?.text;
  return {
    start: q.start,
    end: q.end,
    text: q.text,
    ...(s ? { speaker: { start: s.start, end: s.end, name: name! } } : {}),
  };
}

/** Totals of the metric over documents. */
export interface Totals {
  direct: Counts;
  /** Direct quotes counting two apostrophes as a mark too (''…''), and the speakers of those found. */
  archive: { direct: Counts; right: number; judged: number };
  all: Counts;
  right: number;
  judged: number;
  perDoc: { file: string; errors: number; misses: string[] }[];
}

/** Scores a stage over documents. */
export function scoreStage(stage: Stage, docs: readonly PolnearDoc[]): Totals {
  const total: Totals = {
    direct: { tp: 0, fp: 0, fn: 0 },
    archive: { direct: { tp: 0, fp: 0, fn: 0 }, right: 0, judged: 0 },
    all: { tp: 0, fp: 0, fn: 0 },
    right: 0,
    judged: 0,
    perDoc: [],
  };
  for (const doc of docs) {
    const found = quotesOf(stage, doc).map((q) => predicted(q, doc.draft.annotations.entities));
    const score = scoreDocument(found, doc.gold);
    for (const k of ['tp', 'fp', 'fn'] as const) {
      total.direct[k] += score.direct[k];
      total.all[k] += score.all[k];
    }
    total.right += score.speakers.right;
    total.judged += score.speakers.judged;
    const archive = scoreDocument(found, doc.gold, isDirectWithArchiveMarks);
    for (const k of ['tp', 'fp', 'fn'] as const) total.archive.direct[k] += archive.direct[k];
    total.archive.right += archive.speakers.right;
    total.archive.judged += archive.speakers.judged;
    total.perDoc.push({ file: doc.file, errors: score.misses.length, misses: score.misses });
  }
  return total;
}
