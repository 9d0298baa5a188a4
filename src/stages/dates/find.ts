/**
 * Finding the temporal expressions of a text, sentence by sentence. All parsers are joined into one
 * regular expression so each sentence is scanned once; sentences with nothing date-like are skipped by a
 * cheaper test first. Document state (the last day, the last quarter) carries across sentences.
 */
import type { Span } from '../../article/span.ts';
import { PARSERS, type Parser } from './parsers.ts';
import { extendModifiers, mergeDayPhrases, mergeTimeAndDay, signalBefore } from './refiners.ts';
import { dayNumber, weekValue } from './calendar.ts';
import type { Ctx, DocState } from './resolve.ts';
import { deadlineAt, tenseAt, tenseCues } from './tense.ts';
import type { Candidate, DateMention } from './types.ts';

/** Every parser's expression behind a guard that it starts a word. */
const GUARD = '(?<![A-Za-z0-9])';

/** Number of capturing groups in an expression. */
function groupCount(source: string): number {
  return new RegExp(`${source}|`).exec('')!.length - 1;
}

interface Compiled {
  parser: Parser;
  /** Index of the parser's whole-match group in the combined expression. */
  group: number;
  groups: number;
  /** The parser alone, anchored, for trying it where an earlier parser refused. */
  sticky: RegExp;
}

const COMPILED: Compiled[] = [];
let nextGroup = 1;
for (const parser of PARSERS) {
  const groups = groupCount(parser.source);
  COMPILED.push({ parser, group: nextGroup, groups, sticky: new RegExp(`${GUARD}(?:${parser.source})`, 'iy') });
  nextGroup += groups + 1;
}
const COMBINED = new RegExp(PARSERS.map((p) => `${GUARD}(${p.source})`).join('|'), 'gi');

/**
 * A sentence worth scanning has a digit or one of these stems (every parser needs one); it is a cheap
 * first test, so sentences with nothing date-like never meet the combined expression.
 */
const DATE_LIKE =
  /\d|day|night|week|month|year|quarter|period|hour|minute|second|tomorrow|time|half|now|current|recent|past|future|soon|morning|noon|evening|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|decade|centur|spring|summer|fall|autumn|winter|ly\b|eve|term|ago|earlier|later|tonight|once|twice|eighties|nineties|midnight|christmas|easter|thanksgiving|halloween|thousand|nineteen|lately|o'clock|ties\b|present|moment/i;

/** The candidates of one sentence, in order, not overlapping. */
function scanSentence(sentence: string, ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  COMBINED.lastIndex = 0;
  for (let m = COMBINED.exec(sentence); m; m = COMBINED.exec(sentence)) {
    const at = m.index;
    let k = 0;
    while (m[COMPILED[k]!.group] === undefined) k++;
    const c = COMPILED[k]!;
    let candidate = c.parser.handle(m.slice(c.group, c.group + c.groups + 1), at, ctx);
    // A refusal lets the later parsers try the same position before moving on.
    for (let j = k + 1; !candidate && j < COMPILED.length; j++) {
      const other = COMPILED[j]!;
      other.sticky.lastIndex = at;
      const mm = other.sticky.exec(sentence);
      if (mm) candidate = other.parser.handle(mm, at, ctx);
    }
    if (candidate) {
      out.push(candidate);
      COMBINED.lastIndex = candidate.end;
    } else COMBINED.lastIndex = at + 1;
  }
  return out;
}

export interface FindOptions {
  /** The reference date (day number), normally the article's publication date. */
  reference?: number;
  /** True when that reference was inferred from the text: every relative value is marked so. */
  referenceInferred?: boolean;
  /** Adds the name of the parser that found each mention (debugging, benchmarks). */
  withRule?: boolean;
}

/** The temporal expressions of a text, given its sentences, as mentions with offsets into the text. */
export function findDates(text: string, sentences: readonly Span[], options: FindOptions = {}): DateMention[] {
  const state: DocState = {};
  const mentions: DateMention[] = [];
  sentences.forEach((span, index) => {
    const sentence = text.slice(span.start, span.end);
    if (!DATE_LIKE.test(sentence)) return;
    let cues: ReturnType<typeof tenseCues> | undefined;
    const ctx: Ctx = {
      ref: options.reference,
      sentence,
      index,
      state,
      tense: (start, end, strong) =>
        deadlineAt(sentence, start, end) ?? tenseAt(sentence, (cues ??= tenseCues(sentence)), start, end, strong),
    };
    const found = scanSentence(sentence, ctx);
    if (found.length === 0) return;
    const refined = mergeTimeAndDay(sentence, mergeDayPhrases(sentence, extendModifiers(sentence, found), weekOfDay));
    for (const c of refined) {
      mentions.push(toMention(c, span.start, index, sentence, options));
    }
  });
  return mentions;
}

/** The ISO week of a YYYY-MM-DD value. */
function weekOfDay(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? weekValue(dayNumber(Number(m[1]), Number(m[2]), Number(m[3]))) : undefined;
}

/** A candidate as a mention: offsets into the whole text, its sentence, its signal word. */
function toMention(c: Candidate, offset: number, sentence: number, text: string, options: FindOptions): DateMention {
  const mention: DateMention = {
    start: offset + c.start,
    end: offset + c.end,
    text: text.slice(c.start, c.end),
    value: c.value,
    granularity: c.granularity,
    kind: c.kind,
    sentence,
  };
  if (c.relative) mention.relative = true;
  if (c.relative && options.referenceInferred) mention.inferred = true;
  if (c.mod) mention.mod = c.mod;
  const signal = signalBefore(text, c.start);
  if (signal) mention.signal = signal;
  if (options.withRule) mention.rule = c.rule;
  return mention;
}
