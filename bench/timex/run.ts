/**
 * Dates benchmark: our date finder against the TIMEX3s of TimeBank and AQUAINT (TempEval-3 training).
 *
 *   npx tsx bench/timex/run.ts [--data DIR] [--json FILE] [--worst N]
 *
 * Data: DIR/**\/*.tml (default ../shared/bench/timex). Each document's text is the <TEXT> element with its
 * tags removed; its creation time is the reference date. Only the finder is timed for words/s (the
 * sentence split it needs is timed apart), best of several rounds.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Span } from '../../src/article/span.ts';
import { parseReference } from '../../src/stages/dates/calendar.ts';
import { findDates } from '../../src/stages/dates/find.ts';
import type { DateMention } from '../../src/stages/dates/types.ts';
import { splitSentences } from '../../src/stages/sentences/split.ts';
import { align, prf } from './metric.ts';
import { parseTml, type GoldTimex, type TimeMlDoc } from './tml.ts';

interface Options {
  data: string;
  json?: string;
  worst: number;
  rounds: number;
}

const USAGE = 'usage: run.ts [--data DIR] [--json FILE] [--worst N] [--rounds N]';

/** Parses the command line; unknown flags are an error. */
function parseArgs(argv: string[]): Options {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const opts: Options = { data: path.resolve(root, '../shared/bench/timex'), worst: 0, rounds: 5 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (value === undefined) fail(`${flag} needs a value\n${USAGE}`);
    if (flag === '--data') opts.data = path.resolve(value);
    else if (flag === '--json') opts.json = path.resolve(value);
    else if (flag === '--worst') opts.worst = Number(value);
    else if (flag === '--rounds') opts.rounds = Math.max(1, Number(value));
    else fail(`unknown flag ${flag}\n${USAGE}`);
    i++;
  }
  return opts;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** Every .tml file under a folder, sorted. */
function tmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...tmlFiles(full));
    else if (name.endsWith('.tml')) out.push(full);
  }
  return out;
}

/** Sentences as the pipeline makes them: paragraphs at blank lines, then the project's splitter. */
function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  const paragraph = /\S(?:[\s\S]*?\S)?(?=\s*\n\s*\n|\s*$)/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    out.push(...splitSentences(text, { start: m.index, end: m.index + m[0].length }));
  }
  return out;
}

interface Prepared {
  doc: TimeMlDoc;
  sentences: Span[];
  reference: number | undefined;
  words: number;
}

/** Runs the finder over every document; returns the mentions and the best time of `rounds` runs. */
function timedRun(docs: Prepared[], rounds: number): { mentions: DateMention[][]; ms: number } {
  let best = Infinity;
  let mentions: DateMention[][] = [];
  for (let round = 0; round < rounds; round++) {
    const t = performance.now();
    mentions = docs.map((d) => findDates(d.doc.text, d.sentences, { reference: d.reference }));
    best = Math.min(best, performance.now() - t);
  }
  return { mentions, ms: best };
}

interface Tally {
  count: number;
  example: string;
}

/** Counts by key, keeping the first example. */
function tally(map: Map<string, Tally>, key: string, example: string): void {
  const t = map.get(key);
  if (t) t.count++;
  else map.set(key, { count: 1, example });
}

function top(map: Map<string, Tally>, n: number): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([key, t]) => `  ${String(t.count).padStart(4)}  ${key}   e.g. ${t.example}`);
}

const pct = (x: number) => (100 * x).toFixed(1);

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.data)) fail(`no data at ${opts.data}: give --data DIR (TimeML .tml files)`);
  const files = tmlFiles(opts.data);
  if (files.length === 0) fail(`no .tml files under ${opts.data}`);

  const docs: Prepared[] = files.map((file) => {
    const doc = parseTml(path.relative(opts.data, file), readFileSync(file, 'utf8'));
    return {
      doc,
      sentences: [],
      reference: parseReference(doc.dct),
      words: doc.text.split(/\s+/).filter(Boolean).length,
    };
  });
  const splitStart = performance.now();
  for (const d of docs) d.sentences = sentencesOf(d.doc.text);
  const splitMs = performance.now() - splitStart;

  const { mentions, ms } = timedRun(docs, opts.rounds);
  const words = docs.reduce((n, d) => n + d.words, 0);

  let gold = 0;
  let predicted = 0;
  let found = 0;
  let strict = 0;
  let valueRight = 0;
  const byType = new Map<string, { gold: number; found: number; right: number }>();
  const missed = new Map<string, Tally>();
  const extra = new Map<string, Tally>();
  const wrong = new Map<string, Tally>();
  const perDoc: { id: string; gold: number; predicted: number; found: number; valueRight: number }[] = [];

  docs.forEach((d, i) => {
    const ours = mentions[i]!;
    const scored = align<GoldTimex, DateMention>(d.doc.timexes, ours);
    const right = scored.pairs.filter((p) => p.predicted.value === p.gold.value).length;
    gold += d.doc.timexes.length;
    predicted += ours.length;
    found += scored.pairs.length;
    strict += scored.pairs.filter((p) => p.gold.start === p.predicted.start && p.gold.end === p.predicted.end).length;
    valueRight += right;
    perDoc.push({
      id: d.doc.id,
      gold: d.doc.timexes.length,
      predicted: ours.length,
      found: scored.pairs.length,
      valueRight: right,
    });
    for (const g of d.doc.timexes) {
      const t = byType.get(g.type) ?? { gold: 0, found: 0, right: 0 };
      t.gold++;
      byType.set(g.type, t);
    }
    for (const p of scored.pairs) {
      const t = byType.get(p.gold.type)!;
      t.found++;
      if (p.predicted.value === p.gold.value) t.right++;
      else
        tally(
          wrong,
          `"${p.gold.text.toLowerCase()}" gold ${p.gold.value} ours ${p.predicted.value}`,
          `${d.doc.id} (DCT ${d.doc.dct}) ours "${p.predicted.text}"`,
        );
    }
    for (const g of scored.missed)
      tally(missed, `"${g.text.toLowerCase()}" ${g.type} ${g.value}`, `${d.doc.id}: …${context(d.doc.text, g)}…`);
    for (const p of scored.extra)
      tally(extra, `"${p.text.toLowerCase()}" ${p.value}`, `${d.doc.id}: …${context(d.doc.text, p)}…`);
  });

  const detection = prf(found, predicted, gold);
  const strictScore = prf(strict, predicted, gold);
  const value = prf(valueRight, predicted, gold);
  const wordsPerSecond = words / (ms / 1000);

  console.log(
    `TimeML documents: ${docs.length} (${files.length} files), ${words} words, ${gold} gold TIMEX3, ${predicted} found by us`,
  );
  console.log(`relaxed detection  P ${pct(detection.p)}  R ${pct(detection.r)}  F1 ${pct(detection.f1)}`);
  console.log(`strict detection   P ${pct(strictScore.p)}  R ${pct(strictScore.r)}  F1 ${pct(strictScore.f1)}`);
  console.log(
    `value              P ${pct(value.p)}  R ${pct(value.r)}  F1 ${pct(value.f1)}   (HeidelTime 77.6, SUTime 67.4 on TE3 test)`,
  );
  for (const [corpus, c] of perCorpus(perDoc)) {
    const v = prf(c.valueRight, c.predicted, c.gold);
    console.log(`  ${corpus.padEnd(9)} ${String(c.gold).padStart(4)} gold  value F1 ${pct(v.f1)}`);
  }
  for (const [type, t] of [...byType.entries()].sort()) {
    console.log(
      `  ${type.padEnd(9)} gold ${String(t.gold).padStart(4)}  found ${pct(t.found / t.gold)}%  value right ${pct(t.right / t.gold)}%`,
    );
  }
  console.log(
    `speed: ${Math.round(wordsPerSecond).toLocaleString('en')} words/s for the date finder (best of ${opts.rounds}: ${ms.toFixed(1)} ms); sentence split ${splitMs.toFixed(1)} ms`,
  );
  if (opts.worst > 0) {
    console.log(`\nmost missed (gold not found):\n${top(missed, opts.worst).join('\n')}`);
    console.log(`\nmost extra (found, not gold):\n${top(extra, opts.worst).join('\n')}`);
    console.log(`\nmost wrong values:\n${top(wrong, opts.worst).join('\n')}`);
  }
  if (opts.json) {
    const summary = {
      documents: docs.length,
      words,
      gold,
      predicted,
      relaxed: detection,
      strict: strictScore,
      value,
      wordsPerSecond: Math.round(wordsPerSecond),
      perDoc,
    };
    writeFileSync(opts.json, JSON.stringify(summary, null, 2));
    console.log(`wrote ${opts.json}`);
  }
}

/** Sums per top-level folder (TimeBank, AQUAINT). */
function perCorpus(
  docs: { id: string; gold: number; predicted: number; valueRight: number }[],
): Map<string, { gold: number; predicted: number; valueRight: number }> {
  const out = new Map<string, { gold: number; predicted: number; valueRight: number }>();
  for (const d of docs) {
    const name = d.id.includes(path.sep) ? d.id.split(path.sep)[0]! : '.';
    const c = out.get(name) ?? { gold: 0, predicted: 0, valueRight: 0 };
    c.gold += d.gold;
    c.predicted += d.predicted;
    c.valueRight += d.valueRight;
    out.set(name, c);
  }
  return out;
}

/** A short excerpt around a span, on one line. */
function context(text: string, span: Span): string {
  return `${text.slice(Math.max(0, span.start - 40), span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end, span.end + 30)}`.replace(
    /\s+/g,
    ' ',
  );
}

main();
