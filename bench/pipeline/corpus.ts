/**
 * The inputs of the pipeline benchmark: real news at real length, repeated with seeded variations so that
 * every repetition is new text. The 150 BASIL articles (plain text with their outlet, title and date) and
 * the 120 HTML pages of the extraction benchmark are the sources; repetition k > 0 changes
 * - names: every capitalised word of four letters or more not at a sentence's start has one vowel changed,
 *   the same way everywhere in that repetition (so one person stays one person across its outlets);
 * - numbers: counts of 10 or more move by up to 30 %; years (and the article's date) move by k mod 7;
 *   a date or a time written in digits keeps its month, day and hour (only its year moves);
 * - paragraph order (plain text): the paragraphs after the first two are shuffled.
 * In HTML only the text between tags is changed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mulberry32 } from '../lib/random.ts';
import { loadPages } from '../extraction/pages.ts';

/** Raise when the variations change, so that cached corpora are made again. */
export const PIPELINE_CORPUS_VERSION = 2;

export interface TextRecord {
  text: string;
  url: string;
  title?: string;
  published?: string;
  outlet?: string;
}

export interface HtmlRecord {
  html: string;
  url: string;
}

export interface Sources {
  texts: TextRecord[];
  pages: (HtmlRecord & { gold: string })[];
}

/** The sources under ../shared/bench. */
export function loadSources(benchDir: string): Sources {
  const texts = readFileSync(path.join(benchDir, 'basil/articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as TextRecord;
      return { text: r.text, url: r.url, title: r.title, published: r.published, outlet: r.outlet };
    });
  const pages = loadPages(path.join(benchDir, 'extraction')).map((p) => ({ html: p.html, url: p.url, gold: p.gold }));
  return { texts, pages };
}

const VOWELS = 'aeiou';
const NOT_NAMES = new Set(
  'January February March April June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
);

/** A date or a time written with digits (read whole), or a number. */
const DATE_OR_NUMBER =
  /\b\d{1,4}(?:[-/:]\d{1,2}){1,2}(?:[-/]\d{2,4})?(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?\b|\b\d[\d,]*\b/g;

/** A small seeded hash of a string. */
function hash(text: string, seed: number): number {
  let h = seed ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The changes of repetition k to a run of text (no markup in it). */
function vary(text: string, k: number): string {
  if (k === 0) return text;
  const shift = k % 7;
  return (
    text
      // Names: one vowel of each capitalised word (not after a sentence's end) changed, by the word.
      .replace(/(?<![.!?]\s|^)\b(\p{Lu}\p{Ll}{3,})\b/gmu, (word) => {
        if (NOT_NAMES.has(word)) return word;
        const h = hash(word, k);
        const at = [...word].flatMap((c, i) => (i > 0 && VOWELS.includes(c) ? [i] : []));
        if (!at.length) return word;
        const i = at[h % at.length]!;
        const vowel = VOWELS[(VOWELS.indexOf(word[i]!) + 1 + ((h >>> 8) % 4)) % 5]!;
        return word.slice(0, i) + vowel + word.slice(i + 1);
      })
      // Years move together; other numbers of 10 or more by up to 30 % — not the parts of a date or a
      // time ("2021-10-19T09:01:42", "10/19/2021", "9:45"), whose year alone moves.
      .replace(DATE_OR_NUMBER, (number) => {
        if (/[-/:]/.test(number))
          return number.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, (y) => String(Number(y) + shift));
        const n = Number(number.replace(/,/g, ''));
        if (!Number.isFinite(n) || n < 10) return number;
        if (/^(19|20)\d\d$/.test(number)) return String(n + shift);
        const rnd = mulberry32(hash(number, k));
        const moved = Math.max(10, Math.round(n * (0.7 + 0.6 * rnd())));
        return number.includes(',') ? moved.toLocaleString('en-US') : String(moved);
      })
  );
}

/** The date of repetition k: the year moved as the text's years are. */
function varyDate(date: string | undefined, k: number): string | undefined {
  if (!date || k === 0) return date;
  return date.replace(/^(\d{4})/, (y) => String(Number(y) + (k % 7)));
}

/** Repetition k of a plain-text article. */
export function varyText(record: TextRecord, k: number): TextRecord {
  if (k === 0) return record;
  const paragraphs = record.text.split(/\n\s*\n/);
  const rnd = mulberry32(hash(record.url, k));
  const head = paragraphs.slice(0, 2);
  const rest = paragraphs.slice(2);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  const published = varyDate(record.published, k);
  return {
    text: vary([...head, ...rest].join('\n\n'), k),
    url: `${record.url}#v${k}`,
    ...(record.title ? { title: vary(record.title, k) } : {}),
    ...(published ? { published } : {}),
    ...(record.outlet ? { outlet: record.outlet } : {}),
  };
}

/** Repetition k of an HTML page: the text between tags changed, the markup kept. */
export function varyHtml(record: HtmlRecord, k: number): HtmlRecord {
  if (k === 0) return record;
  const html = record.html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : vary(part, k)))
    .join('');
  return { html, url: `${record.url}#v${k}` };
}

/** The first n records of the repetitions of `base`, in order (all of repetition 0, then 1, …). */
export function repeated<T>(base: readonly T[], n: number, varyOne: (record: T, k: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(varyOne(base[i % base.length]!, Math.floor(i / base.length)));
  return out;
}

/** Writes records as JSON Lines files of `perFile` records each under dir; gives the number of words. */
export function writeRecords(dir: string, records: readonly object[], perFile = 50): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < records.length; i += perFile) {
    const lines = records.slice(i, i + perFile).map((r) => JSON.stringify(r));
    writeFileSync(path.join(dir, `part-${String(i / perFile).padStart(5, '0')}.jsonl`), lines.join('\n') + '\n');
  }
}
