/**
 * Quotes on PolNeAR dev: direct-quote and all-attribution detection P/R/F1, speaker accuracy on the
 * direct quotes found (the metric of ../shared/README.md), and the quotes stage's speed alone.
 * Usage: npx tsx bench/quotes/run.ts [--data DIR] [--json FILE] [--worst N]
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';
import { quotes } from '../../src/stages/quotes/index.ts';
import { prf, type Counts } from './metric.ts';
import { loadPolnear, scoreStage } from './polnear.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'Usage: npx tsx bench/quotes/run.ts [--data DIR] [--json FILE] [--worst N]';
const { values } = withUsage(USAGE, () =>
  parseArgs({
    options: { data: { type: 'string' }, json: { type: 'string' }, worst: { type: 'string' } },
  }),
);
const dir = values.data ?? path.resolve(root, '../shared/bench/quotes/dev');
if (!existsSync(dir)) {
  console.error(`no PolNeAR data at ${dir} (give --data DIR)`);
  process.exit(2);
}

const stage = quotes();
const docs = loadPolnear(dir);
const total = scoreStage(stage, docs);
const drafts = new Map(docs.map((d) => [d.base, d]));
let quoteMs = 0;
let quoteWords = 0;

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
console.log(`PolNeAR ${path.basename(dir)}: ${docs.length} annotation files, ${drafts.size} texts`);
console.log(line('direct quotes', total.direct));
console.log(line('all attributions', total.all));
console.log(
  `speaker accuracy       ${pct(speakerAccuracy)}  (${total.right}/${total.judged} found direct quotes with a gold source)`,
);
// The same, counting two apostrophes as a quotation mark too (''…'': the archive style of the NYT texts).
console.log(line("direct, '' counted too", total.archive.direct));
console.log(
  `speaker accuracy       ${pct(total.archive.judged ? total.archive.right / total.archive.judged : 0)}  (${total.archive.right}/${total.archive.judged}, '' counted too)`,
);
console.log(
  `quotes stage speed     ${Math.round(wordsPerSecond).toLocaleString('en-US')} words/s (${quoteWords} words × ${rounds})`,
);

const worst = Number(values.worst ?? 0);
if (worst > 0) {
  for (const d of [...total.perDoc].sort((a, b) => b.errors - a.errors).slice(0, worst)) {
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
        directArchiveMarks: { ...total.archive.direct, ...prf(total.archive.direct), speakers: total.archive },
        all: { ...total.all, ...prf(total.all) },
        speakerAccuracy,
        wordsPerSecond,
        documents: total.perDoc,
      },
      null,
      2,
    ),
  );
}
