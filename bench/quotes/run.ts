/**
 * Quotes on PolNeAR dev: direct-quote and all-attribution detection P/R/F1, speaker accuracy on the
 * direct quotes found (the metric of ../shared/README.md), and the quotes stage's speed alone.
 * Usage: npx tsx bench/quotes/run.ts [--data DIR] [--json FILE] [--worst N]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Paragraph, RawInput } from '../../src/article/types.ts';
import type { Stage } from '../../src/pipeline/stage.ts';
import { runPipeline } from '../../src/pipeline/runner.ts';
import { articleStages } from '../../src/pipeline/stages.ts';
import { quotes, type Quote } from '../../src/stages/quotes/index.ts';
import type { ArticleEntities } from '../../src/stages/entities/types.ts';
import { parseAnn, prf, scoreDocument, type Counts, type Predicted } from './metric.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: { data: { type: 'string' }, json: { type: 'string' }, worst: { type: 'string' } },
});
const dir = values.data ?? path.resolve(root, '../shared/bench/quotes/dev');
if (!existsSync(dir)) {
  console.error(`no PolNeAR data at ${dir} (give --data DIR)`);
  process.exit(2);
}

/**
 * The gold offsets point into the raw text, so the bench keeps it as is: this stage stands in for
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

/** A quote reduced to what the metric reads; the speaker's name is its entity's when it has one. */
function predicted(q: Quote, entities: ArticleEntities | undefined): Predicted {
  const s = q.speaker;
  const name = s?.cluster !== undefined ? (entities?.clusters[s.cluster]?.name ?? s.text) : s?.text;
  return {
    start: q.start,
    end: q.end,
    text: q.text,
    ...(s ? { speaker: { start: s.start, end: s.end, name: name! } } : {}),
  };
}

const before = [keepText, ...articleStages().filter((s) => s.name !== 'clean')];
const stage = quotes();
const annFiles = readdirSync(path.join(dir, 'attributions'))
  .filter((f) => f.endsWith('.ann'))
  .sort();
const total = { direct: { tp: 0, fp: 0, fn: 0 }, all: { tp: 0, fp: 0, fn: 0 }, right: 0, judged: 0 };
const perDoc: { file: string; errors: number; misses: string[] }[] = [];
const drafts = new Map<string, { input: RawInput; draft: ReturnType<typeof runPipeline> }>();
let quoteMs = 0;
let quoteWords = 0;

for (const file of annFiles) {
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
  const out = stage.run(
    { input, text: draft.text, meta: draft.meta, annotations: draft.annotations },
    { debug: () => {} },
  );
  const found = ((out.annotations as { quotes?: Quote[] } | undefined)?.quotes ?? []).map((q) =>
    predicted(q, draft.annotations.entities),
  );
  const score = scoreDocument(found, parseAnn(readFileSync(path.join(dir, 'attributions', file), 'utf8'), content));
  for (const k of ['tp', 'fp', 'fn'] as const) {
    total.direct[k] += score.direct[k];
    total.all[k] += score.all[k];
  }
  total.right += score.speakers.right;
  total.judged += score.speakers.judged;
  perDoc.push({ file, errors: score.misses.length, misses: score.misses });
}

// Speed: the quotes stage alone, over every dev text, after the other stages have run.
const rounds = 5;
for (let r = 0; r < rounds; r++) {
  for (const { input, draft } of drafts.values()) {
    const t0 = performance.now();
    stage.run({ input, text: draft.text, meta: draft.meta, annotations: draft.annotations }, { debug: () => {} });
    quoteMs += performance.now() - t0;
    if (r === 0) quoteWords += draft.text.match(/\w+/gu)?.length ?? 0;
  }
}
const wordsPerSecond = (quoteWords * rounds) / (quoteMs / 1000);

const pct = (x: number) => (100 * x).toFixed(1);
const line = (name: string, c: Counts) => {
  const s = prf(c);
  return `${name.padEnd(22)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
};
const speakerAccuracy = total.judged ? total.right / total.judged : 0;
console.log(`PolNeAR ${path.basename(dir)}: ${annFiles.length} annotation files, ${drafts.size} texts`);
console.log(line('direct quotes', total.direct));
console.log(line('all attributions', total.all));
console.log(
  `speaker accuracy       ${pct(speakerAccuracy)}  (${total.right}/${total.judged} found direct quotes with a gold source)`,
);
console.log(
  `quotes stage speed     ${Math.round(wordsPerSecond).toLocaleString('en-US')} words/s (${quoteWords} words × ${rounds})`,
);

const worst = Number(values.worst ?? 0);
if (worst > 0) {
  for (const d of [...perDoc].sort((a, b) => b.errors - a.errors).slice(0, worst)) {
    console.log(`\n${d.file} (${d.errors})`);
    for (const m of d.misses) console.log(`  ${m}`);
  }
}
if (values.json) {
  writeFileSync(
    values.json,
    JSON.stringify(
      {
        data: dir,
        direct: { ...total.direct, ...prf(total.direct) },
        all: { ...total.all, ...prf(total.all) },
        speakerAccuracy,
        wordsPerSecond,
        documents: perDoc,
      },
      null,
      2,
    ),
  );
}
