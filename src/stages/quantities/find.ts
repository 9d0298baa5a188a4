import type { Sentence } from '../../article/types.ts';
import {
  CLAUSE_WORDS,
  COUNT_NOUNS,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  DURATION_UNITS,
  EVENT_NOUNS,
  HEDGES,
  MEASURE_UNITS,
  MONTHS,
  MULTIPLIERS,
  NOT_COUNTED,
  NOT_QUANTITY_AFTER,
  NOT_QUANTITY_BEFORE,
  NUMBER_WORDS,
  PREDICATES,
  PREDICATES_IN_NAMES,
  TITLE_CASE_SMALL_WORDS,
  SIZE_UNITS,
  TOPIC_WORDS,
} from '../../locales/en/quantities.ts';
import type { Quantity, QuantityKind } from './types.ts';

/** Defaults: how many words around a number are read for what it measures. */
export const QUANTITY_DEFAULTS = {
  /** Words between a count and what happened to it ("flooded 412 homes"). */
  predicateWindow: 8,
  /** Words between a sum, share or duration and its topic ("the arms deal …, stating it would total $90 billion"). */
  topicWindow: 15,
};

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORDS = Object.keys(NUMBER_WORDS).join('|');
/** A number: an optional currency sign, digits or a number word. */
const NUMBER = new RegExp(String.raw`([$€£¥])?\s?(${DIGITS})(?![\d.,]\d)|\b(${WORDS})\b`, 'giu');
const MULTIPLIER = new RegExp(String.raw`^[\s-]?(${Object.keys(MULTIPLIERS).join('|')})\b`, 'iu');
const DURATION = new RegExp(String.raw`^[\s-](${Object.keys(DURATION_UNITS).join('|')})s?\b(-old)?`, 'iu');
const PERCENT = /^(?:\s?%|\s(?:percent|per cent)\b)/iu;
const CURRENCY_WORD = new RegExp(String.raw`^\s(${Object.keys(CURRENCY_WORDS).join('|')})\b`, 'iu');
const MEASURE_UNIT = new RegExp(String.raw`^\s(${Object.keys(MEASURE_UNITS).join('|')})s?\b`, 'iu');
const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** A count right after another count and "and"/"or": a term of a list. */
const LIST_BEFORE = new RegExp(String.raw`(?:\d|\b(?:${WORDS}))\s+\p{L}+\s+(?:and|or)\s+$`, 'iu');
/** Marks that end a clause: what a number measures is said inside its clause. */
const CLAUSE_MARKS = /["“”;:()\u2014]/u;

/** Counted noun → its class, from the locale's synonym lists. */
const NOUN_CLASS = new Map(Object.entries(COUNT_NOUNS).flatMap(([cls, words]) => words.map((w) => [w, cls])));
/** Predicate word → its class. */
const PREDICATE_CLASS = new Map(Object.entries(PREDICATES).flatMap(([cls, words]) => words.map((w) => [w, cls])));

/** One word of a sentence with its place in the article text. */
interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of a stretch of text, lower case, with their offsets. */
function wordsOf(text: string, offset: number): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0].toLowerCase(),
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

/** True when the number is a year, a date, a clock time, an ordinal or part of a code ("Article 5", "2025-26"). */
function isNotQuantity(text: string, start: number, end: number, digits: string | undefined, sign: boolean): boolean {
  const before = text.slice(Math.max(0, start - 16), start).toLowerCase();
  const after = text.slice(end, end + 12).toLowerCase();
  if (/[-:/]$/u.test(before) || /^(?::\d|-\d|-(?:like|on|in|year)\b|\s?(?:st|nd|rd|th)\b|\s?[ap]\.m\.)/u.test(after))
    return true;
  const prev = /([\p{L}.]+)\s*$/u.exec(before)?.[1] ?? '';
  const next = /^\s*([\p{L}]+)/u.exec(after)?.[1] ?? '';
  if (NOT_QUANTITY_BEFORE.includes(prev) || MONTHS.includes(prev) || MONTHS.includes(next)) return true;
  if (NOT_QUANTITY_AFTER.includes(next)) return true;
  if (digits && !sign && /^\d{4}$/u.test(digits) && Number(digits) >= 1800 && Number(digits) <= 2100) return true;
  // The tail of a number written with a spaced comma ("120, 000"), or a code with a leading zero.
  if (digits && (/\d,\s?$/u.test(before) || /^0\d/u.test(digits))) return true;
  // A parenthesised amount is a conversion or an aside: "$US1 million ($1.52 million)", "(4 miles)".
  if (/\(\s*$/u.test(before)) return true;
  return false;
}

/** The hedges, longest first: "no more than" is read before "more than". */
const HEDGES_LONGEST_FIRST = Object.entries(HEDGES).sort((a, b) => b[0].length - a[0].length);

/** The hedge before a number ("about", "more than"), if any. */
function hedgeBefore(text: string, start: number): Quantity['hedge'] {
  const before = text
    .slice(Math.max(0, start - 20), start)
    .toLowerCase()
    .trimEnd();
  for (const [phrase, hedge] of HEDGES_LONGEST_FIRST)
    if (before.endsWith(` ${phrase}`) || before === phrase) return hedge;
  return undefined;
}

/** The unit after the number: percent, a duration, a currency word, a measuring unit, or a counted noun. */
function readUnit(
  text: string,
  end: number,
  limit: number,
  sign: string | undefined,
): { kind: QuantityKind; unit: string; factor: number; end: number; noun?: string; size?: string } {
  text = text.slice(0, limit);
  const rest = text.slice(end);
  const multiplier = MULTIPLIER.exec(rest);
  const factor = multiplier ? MULTIPLIERS[multiplier[1]!.toLowerCase()]! : 1;
  const after = multiplier ? end + multiplier[0].length : end;
  const tail = text.slice(after);
  if (sign) return { kind: 'money', unit: CURRENCY_SIGNS[sign]!, factor, end: after };
  const currency = CURRENCY_WORD.exec(tail);
  if (currency)
    return {
      kind: 'money',
      unit: CURRENCY_WORDS[currency[1]!.toLowerCase()]!,
      factor,
      end: after + currency[0].length,
    };
  const percent = PERCENT.exec(tail);
  if (percent) return { kind: 'percent', unit: '%', factor: 1, end: after + percent[0].length };
  const duration = DURATION.exec(tail);
  if (duration && !duration[2])
    return {
      kind: 'duration',
      unit: 's',
      factor: DURATION_UNITS[duration[1]!.toLowerCase()]!,
      end: after + duration[0].length,
    };
  if (duration) return { kind: 'age', unit: 'year', factor: 1, end: after + duration[0].length };
  const measure = MEASURE_UNIT.exec(tail);
  if (measure)
    return {
      kind: 'measurement',
      unit: MEASURE_UNITS[measure[1]!.toLowerCase()]!,
      factor,
      end: after + measure[0].length,
    };
  // "a 48-page indictment": the size of the thing named next, in its unit.
  const size = SIZE.exec(tail);
  if (size && SIZE_UNITS.has(size[1]!.toLowerCase()))
    return {
      kind: 'count',
      unit: 'count',
      factor,
      end: after + size[0].length,
      size: `${size[1]!.toLowerCase()}s of the ${size[2]!.toLowerCase()}`,
    };
  return { kind: 'count', unit: 'count', factor, ...nounAfter(tail, after) };
}

/** A hyphenated unit and the noun it sizes: "-page indictment". */
const SIZE = /^-(\p{L}+)\s+(\p{Ll}[\p{Ll}-]{2,})/u;

/** The counted noun: the next word, or a listed noun within the next three words ("two high-capacity pumps"). */
function nounAfter(tail: string, offset: number): { noun?: string; end: number } {
  const words = wordsOf(tail.slice(0, 40), offset).slice(0, 3);
  if (!words.length || words[0]!.start - offset > 1 || NOT_COUNTED.has(words[0]!.text)) return { end: offset };
  // A verb with its negation is no counted noun ("Redemption 2 doesn't run").
  if (/n['’]t$/u.test(words[0]!.text)) return { end: offset };
  const listed = words.find((w) => NOUN_CLASS.has(w.text) || EVENT_NOUNS.has(w.text));
  const noun = listed ?? words[0]!;
  return { noun: noun.text, end: noun.end };
}

/** The nearest word of a class within the window around [start, end): what the number is about. */
function nearest(
  text: string,
  words: readonly Word[],
  start: number,
  end: number,
  lookup: (w: Word, i: number) => string | undefined,
  window: number,
  clauseWords: boolean,
): string | undefined {
  let best: { cls: string; distance: number } | undefined;
  const first = words.findIndex((w) => w.end > start);
  const last = words.findIndex((w) => w.start >= end);
  // Only words within the window can be the answer: a sentence of thousands of numbers stays linear.
  const from = Math.max(0, (first < 0 ? words.length : first) - Math.ceil(window));
  const to = Math.min(words.length, (last < 0 ? words.length : last) + Math.ceil(window));
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    const cls = lookup(w, i);
    if (!cls || (w.start >= start && w.end <= end)) continue;
    const distance = w.end <= start ? first - i : i - (last < 0 ? words.length : last) + 1.5;
    if (distance > window || distance < 0) continue;
    if (CLAUSE_MARKS.test(w.end <= start ? text.slice(w.end, start) : text.slice(end, w.start))) continue;
    const between = w.end <= start ? words.slice(i + 1, first) : words.slice(last < 0 ? i : last, i);
    if (clauseWords && between.some((b) => CLAUSE_WORDS.has(b.text))) continue;
    if (!best || distance < best.distance) best = { cls, distance };
  }
  return best?.cls;
}

/** A topic word (or two-word phrase) of the locale at word i, as its class. */
function topicAt(words: readonly Word[], i: number): string | undefined {
  const one = words[i]!.text;
  const two = i + 1 < words.length ? `${one} ${words[i + 1]!.text}` : '';
  for (const [cls, list] of Object.entries(TOPIC_WORDS)) if (list.includes(two) || list.includes(one)) return cls;
  return undefined;
}

/**
 * True when four in five words of four letters or more are capitalised, prepositions and conjunctions
 * left out (a headline may keep "after", "through", "into" in lower case): a headline in title case.
 */
function isTitleCase(text: string, words: readonly Word[]): boolean {
  const long = words.filter((w) => w.end - w.start >= 4 && !TITLE_CASE_SMALL_WORDS.has(w.text));
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(text.slice(w.start, w.end))).length;
  return long.length > 0 && capitalised / long.length >= 0.8;
}

/** What a quantity measures: for a count, its noun and what happened to it; otherwise its topic. */
function measureOf(
  text: string,
  kind: QuantityKind,
  noun: string | undefined,
  words: readonly Word[],
  start: number,
  end: number,
  options: typeof QUANTITY_DEFAULTS,
): string | undefined {
  if (kind === 'count') {
    if (!noun) return undefined;
    const cls = NOUN_CLASS.get(noun) ?? noun;
    if (EVENT_NOUNS.has(noun)) return cls;
    // A capitalised word inside a sentence written in lower case is part of a name ("Red Dead Redemption",
    // "the Dead Sea"): it tells nothing that happened, unless it names a place (`PREDICATES_IN_NAMES`: "taken
    // to Caddenford General Hospital"); a headline in title case capitalises every word.
    const titleCase = isTitleCase(text, words);
    const inName = (w: Word, i: number) =>
      i > 0 && !titleCase && !PREDICATES_IN_NAMES.has(w.text) && /^\p{Lu}\p{Ll}/u.test(text.slice(w.start, w.end));
    const predicate = nearest(
      text,
      words,
      start,
      end,
      (w, i) => (inName(w, i) ? undefined : PREDICATE_CLASS.get(w.text)),
      options.predicateWindow,
      true,
    );
    return predicate ? `${cls} ${predicate}` : undefined;
  }
  if (kind === 'age' || kind === 'measurement') return undefined;
  return nearest(text, words, start, end, (_, i) => topicAt(words, i), options.topicWindow, false);
}

/** The value of the number's text: digits (commas dropped) or a number word. */
function numberValue(digits: string | undefined, word: string | undefined): number {
  return digits ? Number(digits.replace(/,/gu, '')) : NUMBER_WORDS[word!.toLowerCase()]!;
}

/** Reads one number match of a sentence as a quantity, or undefined when it is none. */
function readQuantity(
  text: string,
  sentence: Sentence,
  index: number,
  m: RegExpMatchArray,
  words: readonly Word[],
  options: typeof QUANTITY_DEFAULTS,
): Quantity | undefined {
  const [, sign, digits, word] = m;
  const start = sentence.start + m.index! + (m[0].length - m[0].trimStart().length);
  const numberEnd = sentence.start + m.index! + m[0].length;
  if (isNotQuantity(text, start, numberEnd, digits, !!sign)) return undefined;
  const unit = readUnit(text, numberEnd, sentence.end, sign);
  if (unit.kind === 'age') return undefined;
  // A number word counts only with a unit or a listed noun ("one of the few" is no quantity).
  if (word && unit.kind === 'count' && !NOUN_CLASS.has(unit.noun ?? '')) return undefined;
  // "two women and one man died": one term of a sum is no count of its own.
  if (LIST_BEFORE.test(text.slice(Math.max(sentence.start, start - 40), start))) return undefined;
  // "$11.4 million of the $40 million fund" is a part of the fund, not its size.
  if (/^\s+of\s+(?:the|its|their)\s+[$€£\d]/iu.test(text.slice(unit.end, unit.end + 20))) return undefined;
  const end = unit.kind === 'count' && !unit.noun && !unit.size ? numberEnd : unit.end;
  const measure = unit.size ?? measureOf(text, unit.kind, unit.noun, words, start, end, options);
  const hedge = hedgeBefore(text, start);
  return {
    start,
    end,
    text: text.slice(start, end),
    value: numberValue(digits, word) * unit.factor,
    unit: unit.unit,
    kind: unit.kind,
    ...(measure ? { measure } : {}),
    ...(hedge ? { hedge } : {}),
    sentence: index,
  };
}

/**
 * Every quantity of the text, sentence by sentence: money with multipliers, counts with what they
 * count, percentages and durations, each with what it measures when the sentence says it.
 */
export function findQuantities(text: string, sentences: readonly Sentence[], options = QUANTITY_DEFAULTS): Quantity[] {
  return sentences.flatMap((sentence, index) => {
    const words = wordsOf(text.slice(sentence.start, sentence.end), sentence.start);
    return [...text.slice(sentence.start, sentence.end).matchAll(NUMBER)]
      .map((m) => readQuantity(text, sentence, index, m, words, options))
      .filter((q): q is Quantity => q !== undefined);
  });
}
