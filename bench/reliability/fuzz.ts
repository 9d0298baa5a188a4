/**
 * Fuzzing the readers and every per-article stage with a seeded generator: random bytes, mutated HTML
 * and JSON, pathological repetitions (quotation marks, abbreviations, amounts, full stops), huge lines
 * and tokens, deep nesting, unbalanced quotes, NULs, invalid UTF-8, right-to-left text and emoji. Each
 * case is written to a file, read as a user's input would be, and every article goes through the
 * stages under the time budget. Counted: crashes (anything thrown), articles over the budget without
 * a message, breaks of the span invariant, valid JSON Lines records lost after a bad one, the slowest
 * case, and the peak RSS.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spanProblems } from '../../src/article/invariant.ts';
import { ARTICLE_BUDGET_MS, OverBudgetError, runPipeline } from '../../src/pipeline/runner.ts';
import { articleStages } from '../../src/pipeline/stages.ts';
import { readFile } from '../../src/read/index.ts';
import { mulberry32, pick } from '../lib/random.ts';

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);

/** Units whose repetition once stalled a stage, and characters that break naive code. */
const UNITS = [
  '"',
  '“',
  '”',
  "'",
  '«',
  '"a" ',
  'U.S. ',
  'Mr. ',
  'The 100 billion dollars ',
  '$5 million ',
  '.',
  '!?',
  '…',
  'x',
  'said ',
  'told reporters that ',
  '(',
  ')',
  '-',
  'Jan. 5, ',
  'on Monday ',
  ', ',
  '\n',
  '\n\n',
  '\r',
  '\t',
  ' ',
  'مرحبا بالعالم ',
  'שלום ',
  '\u202e',
  '🇺🇦 ',
  '👩‍👩‍👧 ',
  'e\u0301',
  '\ufeff',
  '\u00a0',
  'Zelenskyy ',
  'NATO Secretary General Mark Rutte ',
  '<b>',
  '</p>',
  '&amp;',
];

const SENTENCES = [
  'The mayor said on Friday that the bridge would reopen next month.',
  '“We will not accept this,” the minister told reporters in Kyiv.',
  'According to officials, 1,200 people were evacuated on Tuesday.',
  'President Anna Berg met her counterpart, who said talks were “productive”.',
  'The company denied the report, calling it false.',
];

/** Text made of sentences and runs of a repeated unit. */
function pathological(r: Rand, maxChars: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < maxChars) {
    const part = r() < 0.4 ? pick(r, SENTENCES) + ' ' : pick(r, UNITS).repeat(1 + int(r, r() < 0.2 ? 5000 : 50));
    parts.push(part);
    size += part.length;
  }
  return parts.join('').slice(0, maxChars);
}

/** Bytes changed at random: flipped, dropped, duplicated, or invalid UTF-8 put in. */
function mutateBytes(r: Rand, bytes: Buffer): Buffer {
  let out = Buffer.from(bytes);
  const n = 1 + int(r, 8);
  for (let i = 0; i < n && out.length; i++) {
    const at = int(r, out.length);
    const kind = int(r, 5);
    if (kind === 0) out[at] = int(r, 256);
    else if (kind === 1)
      out = Buffer.concat([out.subarray(0, at), out.subarray(Math.min(out.length, at + int(r, 200)))]);
    else if (kind === 2)
      out = Buffer.concat([out.subarray(0, at), out.subarray(at, at + int(r, 400)), out.subarray(at)]);
    else if (kind === 3)
      out = Buffer.concat([
        out.subarray(0, at),
        Buffer.from([pick(r, [0xc3, 0xe2, 0xf0, 0xff, 0xfe, 0x80])]),
        out.subarray(at),
      ]);
    else
      out = Buffer.concat([out.subarray(0, at), Buffer.from(pick(r, UNITS).repeat(1 + int(r, 300))), out.subarray(at)]);
  }
  return out;
}

/** Nested elements around a paragraph. */
function deepHtml(r: Rand): string {
  const depth = 1 + int(r, r() < 0.1 ? 20_000 : 300);
  const tag = pick(r, ['div', 'span', 'section', 'b', 'p', 'table', 'li']);
  return `<html><body>${`<${tag}>`.repeat(depth)}<p>${pick(r, SENTENCES)}</p>${r() < 0.5 ? `</${tag}>`.repeat(depth) : ''}</body></html>`;
}

/** A JSON value of a random type, to put where a record expects a string. */
function oddValue(r: Rand): unknown {
  return pick(r, [
    () => null,
    () => '',
    () => 1e20,
    () => -1,
    () => Number.MAX_SAFE_INTEGER,
    () => 1_700_000_000,
    () => ({ nested: true }),
    () => [1, 2],
    () => true,
    () => pathological(r, 200),
    () => '2022-5-5 22:17:36',
    () => 'not a date',
  ])();
}

/** A JSON Lines file: valid records mixed with broken lines and records with odd fields. */
function jsonLines(r: Rand): { text: string; valid: number[] } {
  const lines: string[] = [];
  const valid: number[] = [];
  const count = 1 + int(r, 12);
  for (let i = 1; i <= count; i++) {
    const kind = int(r, 6);
    if (kind === 0) lines.push(`{"text": "${pick(r, SENTENCES)}`);
    else if (kind === 1) lines.push(JSON.stringify({ text: oddValue(r), title: oddValue(r) }));
    else if (kind === 2) lines.push(`${'['.repeat(1 + int(r, 100_000))}`);
    else if (kind === 3)
      lines.push(JSON.stringify({ text: pathological(r, 3000), published: oddValue(r), outlet: oddValue(r) }));
    else {
      lines.push(
        JSON.stringify({ text: `${pick(r, SENTENCES)} Record ${i}.`, title: `Record ${i}`, published: '2025-08-18' }),
      );
      valid.push(i);
    }
  }
  return { text: lines.join('\n'), valid };
}

/** One generated case: a file name and its bytes, and for JSON Lines the records that must be read. */
export interface FuzzCase {
  name: string;
  bytes: Buffer;
  validRecords?: number[];
}

const HTML_BASE = `<!doctype html><html><head><title>Harbour board meets</title><meta property="og:site_name" content="Coast Daily"><meta property="article:published_time" content="2025-08-18T10:00:00Z"></head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav><article><h1>Harbour board meets</h1><p>${SENTENCES.join('</p><p>')}</p></article><footer>© Coast Daily. All rights reserved.</footer></body></html>`;

/** The n-th case of a seed. */
export function fuzzCase(seed: number, n: number): FuzzCase {
  const r = mulberry32(seed * 1_000_003 + n);
  const kind = int(r, 9);
  const name = `case-${n}`;
  switch (kind) {
    case 0: {
      const bytes = Buffer.alloc(int(r, 4000));
      for (let i = 0; i < bytes.length; i++) bytes[i] = int(r, 256);
      return { name: `${name}.txt`, bytes };
    }
    case 1:
      return { name: `${name}.txt`, bytes: Buffer.from(pathological(r, 200 + int(r, r() < 0.1 ? 200_000 : 5000))) };
    case 2:
      return { name: `${name}.html`, bytes: mutateBytes(r, Buffer.from(HTML_BASE)) };
    case 3:
      return { name: `${name}.html`, bytes: Buffer.from(deepHtml(r)) };
    case 4: {
      const { text, valid } = jsonLines(r);
      return { name: `${name}.jsonl`, bytes: Buffer.from(text), validRecords: valid };
    }
    case 5:
      return {
        name: `${name}.json`,
        bytes: mutateBytes(r, Buffer.from(JSON.stringify([{ text: pick(r, SENTENCES), published: oddValue(r) }]))),
      };
    case 6:
      return { name: `${name}.txt`, bytes: mutateBytes(r, Buffer.from(SENTENCES.join(' ').repeat(1 + int(r, 20)))) };
    case 7:
      // One huge line or token.
      return {
        name: `${name}.txt`,
        bytes: Buffer.from(
          `${pick(r, SENTENCES)} ${pick(r, ['x', 'ab', '9', 'é', '😀']).repeat(10_000 + int(r, 150_000))}`,
        ),
      };
    default:
      return {
        name: `${name}.html`,
        bytes: Buffer.from(`<html><body><p>${pathological(r, 300 + int(r, 8000))}</p></body></html>`),
      };
  }
}

export interface FuzzResult {
  cases: number;
  articles: number;
  crashes: string[];
  overBudgetSilent: number;
  overBudgetReported: number;
  spanBreaks: string[];
  lostRecords: string[];
  slowest: { name: string; ms: number };
  peakRssMb: number;
  seconds: number;
}

/** Runs `count` cases of a seed; `onProgress` hears after each hundred. */
export async function fuzz(count: number, seed = 1, onProgress?: (done: number) => void): Promise<FuzzResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-fuzz-'));
  const stages = articleStages();
  const result: FuzzResult = {
    cases: 0,
    articles: 0,
    crashes: [],
    overBudgetSilent: 0,
    overBudgetReported: 0,
    spanBreaks: [],
    lostRecords: [],
    slowest: { name: '', ms: 0 },
    peakRssMb: 0,
    seconds: 0,
  };
  const started = performance.now();
  try {
    for (let n = 0; n < count; n++) {
      const c = fuzzCase(seed, n);
      const file = path.join(dir, c.name);
      writeFileSync(file, c.bytes);
      const t0 = performance.now();
      const read: number[] = [];
      try {
        for await (const r of readFile(file)) {
          if ('error' in r) continue;
          if (r.input.record !== undefined) read.push(r.input.record);
          const t = performance.now();
          try {
            const article = runPipeline(r.input, stages, undefined, { budgetMs: ARTICLE_BUDGET_MS });
            result.articles++;
            const { problems } = spanProblems(article);
            if (problems.length) result.spanBreaks.push(`${c.name} (seed ${seed}): ${problems[0]}`);
          } catch (error) {
            if (error instanceof OverBudgetError) result.overBudgetReported++;
            else throw error;
          }
          // The budget is read between stages: an article past it by more than a stage's worth, and
          // not given up, would be one the user waits on in silence.
          if (performance.now() - t > ARTICLE_BUDGET_MS * 1.5) result.overBudgetSilent++;
        }
      } catch (error) {
        result.crashes.push(
          `${c.name} (seed ${seed}): ${(error as Error).stack?.split('\n').slice(0, 3).join(' ') ?? error}`,
        );
      }
      for (const v of c.validRecords ?? [])
        if (!read.includes(v)) result.lostRecords.push(`${c.name} (seed ${seed}): record ${v} not read`);
      const ms = performance.now() - t0;
      if (ms > result.slowest.ms) result.slowest = { name: `${c.name} (seed ${seed}, ${c.bytes.length} bytes)`, ms };
      rmSync(file);
      result.cases++;
      result.peakRssMb = Math.max(result.peakRssMb, process.memoryUsage().rss / 1024 / 1024);
      if ((n + 1) % 100 === 0) onProgress?.(n + 1);
    }
  } finally {
    for (const f of readdirSync(dir)) rmSync(path.join(dir, f));
    rmSync(dir, { recursive: true });
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** Writes one case to a file, to look at it (`--write-case N`). */
export function writeCase(seed: number, n: number, to: string): string {
  const c = fuzzCase(seed, n);
  const file = path.join(to, c.name);
  writeFileSync(file, c.bytes);
  return file;
}
