/**
 * Entities on the seed corpus: person-mention precision and recall against the gold written by
 * reading the seeds (test/gold/seed-persons.ts), the entities the alias stage builds, and speed.
 * Usage: npx tsx bench/entities/run.ts [--data DIR] [--json FILE] [--verbose]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';
import { resolveAliases } from '../../src/corpus/aliases/index.ts';
import { runPipeline } from '../../src/pipeline/runner.ts';
import { articleStages } from '../../src/pipeline/stages.ts';
import { SEED_PERSON_MENTIONS } from '../../test/gold/seed-persons.ts';
import { scorePersonMentions } from '../../test/helpers/persons.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'Usage: npx tsx bench/entities/run.ts [--data DIR] [--json FILE] [--verbose]';
const { values } = withUsage(USAGE, () =>
  parseArgs({
    options: { data: { type: 'string' }, json: { type: 'string' }, verbose: { type: 'boolean' } },
  }),
);
const dir = values.data ?? path.resolve(root, '../shared/corpus/seeds');
if (!existsSync(dir)) {
  console.error(`no seed corpus at ${dir} (give --data DIR)`);
  process.exit(2);
}

const stages = articleStages();
const before = stages.filter((s) => s.name !== 'entities');
const entitiesStage = stages.find((s) => s.name === 'entities')!;
let tp = 0;
let fp = 0;
let fn = 0;
let words = 0;
let ms = 0;
const inputs = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const content = readFileSync(path.join(dir, file), 'utf8');
  const input = { path: file, format: 'text' as const, bytes: new Uint8Array(), content, encoding: 'utf-8', meta: {} };
  const draft = runPipeline(input, before);
  const t0 = performance.now();
  const out = entitiesStage.run(
    { input, text: draft.text, meta: draft.meta, annotations: draft.annotations },
    { debug: () => {} },
  );
  ms += performance.now() - t0;
  words += draft.text.split(/\s+/).length;
  const entities = out.annotations!.entities!;
  inputs.push({ article: file.slice(0, 3), entities });
  const score = scorePersonMentions(entities, SEED_PERSON_MENTIONS[file.slice(0, 3)] ?? {});
  tp += score.tp;
  fp += score.fp;
  fn += score.fn;
  if (values.verbose)
    for (const [name, p, g] of score.differences)
      console.log(`  ${file.slice(0, 3)} ${JSON.stringify(name)}: predicted ${p}, gold ${g}`);
}
const precision = tp / (tp + fp);
const recall = tp / (tp + fn);
const f1 = (2 * precision * recall) / (precision + recall);
const entities = resolveAliases(inputs);
const people = entities.filter((e) => e.type === 'person');
console.log(
  `person mentions  P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (TP ${tp}, FP ${fp}, FN ${fn})`,
);
console.log(`entities         ${people.length} people, ${entities.length - people.length} organisations and places`);
console.log(
  `speed            ${Math.round(words / (ms / 1000))} words/s (entities stage only, ${words} words, ${ms.toFixed(0)} ms)`,
);
for (const e of people.filter((p) => p.aliases.length > 1)) console.log(`  ${e.name}: ${e.aliases.join(' | ')}`);
if (values.json) {
  writeFileSync(
    values.json,
    JSON.stringify(
      {
        precision,
        recall,
        f1,
        tp,
        fp,
        fn,
        wordsPerSecond: words / (ms / 1000),
        people: people.map((p) => ({ name: p.name, aliases: p.aliases, merges: p.merges })),
      },
      null,
      2,
    ),
  );
}
