/**
 * The parsers: each is a regular expression that proposes a temporal expression and a handler that
 * resolves its value (or refuses the match). They are tried together, in this order, at each position
 * of a sentence; the first whose handler accepts wins, so longer and more specific forms come first.
 */
import * as chrono from 'chrono-node';
import {
  EASTER_HOLIDAYS,
  FIXED_HOLIDAYS,
  FREQUENCIES,
  MONTHS,
  PARTS_OF_DAY,
  REFERENCE_WORDS,
  SEASONS,
  UNITS,
  WEEKDAYS,
  WEEKDAY_HOLIDAYS,
} from '../../locales/en/dates.ts';
import {
  addMonths,
  addQuarters,
  dayNumber,
  dayValue,
  easterOf,
  isValidDate,
  monthValue,
  nthWeekday,
  pad,
  quarterOf,
  weekValue,
  weekdayOf,
  ymdOf,
  yearValue,
} from './calendar.ts';
import {
  COUNT,
  DAY,
  FREQUENCY,
  HOLIDAY,
  MONTH,
  MONTH_FULL,
  NUMBER_WORD,
  PART_OF_DAY,
  REFERENCE,
  DAY_WORD,
  SPOKEN_2000S,
  SPOKEN_YEAR,
  TIME_ZONE,
  UNIT,
  WEEKDAY,
  YEAR,
} from './grammar.ts';
import { countValue, dayWordValue, durationValue, spokenYearValue, wordNumber } from './numbers.ts';
import {
  refDay,
  refMonth,
  refYear,
  resolveQuarterYear,
  resolveSeasonYear,
  resolveShiftedMonth,
  resolveWeekday,
  resolveYear,
  shiftOf,
  type Ctx,
} from './resolve.ts';
import type { Candidate, DateMod, Granularity } from './types.ts';

/** The groups of one parser's match: [0] is the whole match, then the parser's own groups. */
export type Groups = readonly (string | undefined)[];

export interface Parser {
  readonly name: string;
  /** The expression, with capturing groups only for what the handler reads. */
  readonly source: string;
  /** The candidate for a match at `at` in the sentence, or undefined to refuse it. */
  handle(g: Groups, at: number, ctx: Ctx): Candidate | undefined;
}

/** A candidate covering the whole match. */
function make(
  rule: string,
  at: number,
  g: Groups,
  value: string,
  granularity: Granularity,
  kind: Candidate['kind'] = 'date',
  extra: Partial<Candidate> = {},
): Candidate {
  return { start: at, end: at + g[0]!.length, value, granularity, kind, rule, ...extra };
}

/** True when a word starts with a capital: month and weekday names must ("may" is a verb). */
const isUpper = (s: string | undefined) => !!s && s[0] !== s[0]!.toLowerCase();

/** A word lower-cased with its spaces and apostrophes made regular, for looking up in word lists. */
const lower = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");

/** True when the word before `at` is capitalised and not the first of its sentence: part of a name ("VOA Today", "High Noon"). */
function afterNameWord(ctx: Ctx, at: number): boolean {
  const m = /["“'‘`]?([A-Za-z][\w.'’-]*)\s+$/.exec(ctx.sentence.slice(Math.max(0, at - 30), at));
  if (!m || !/^[A-Z]/.test(m[1]!)) return false;
  const wordStart = at - m[0].length;
  return (
    wordStart > 0 &&
    !/^(?:In|On|At|By|Since|Until|From|Before|After|During|Through|The|Last|Next|This|Early|Late|Mid|Of)$/.test(m[1]!)
  );
}

/** The month number of a written month ("Sept.", "March"). */
function monthOf(word: string): number {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ''))!;
}

/** The ISO weekday of a written weekday ("Friday", "Thurs."). */
function weekdayNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return WEEKDAYS.get(w) ?? WEEKDAYS.get(w.slice(0, 3))!;
}

/** A month name is the month only when capitalised ("may", "march" are verbs). */
function acceptMonth(word: string): boolean {
  return isUpper(word);
}

/** True when a quarter was named in this sentence or the five before (a financial report's context). */
function quarterContext(ctx: Ctx): boolean {
  return !!ctx.state.lastQuarter && ctx.index - ctx.state.lastQuarter.sentence <= 5;
}

/** The quarter a vague "the quarter" refers to: the last one named, else the one before the reference. */
function lastQuarter(ctx: Ctx): { year: number; quarter: number } | undefined {
  if (ctx.state.lastQuarter) return ctx.state.lastQuarter;
  if (ctx.ref === undefined) return undefined;
  const r = ymdOf(ctx.ref);
  return addQuarters(r.year, quarterOf(r.month), -1);
}

/** Remembers a quarter that has ended, the one a report's "the quarter" and "a year earlier" go back to. */
function noteQuarter(ctx: Ctx, year: number, quarter: number): void {
  if (ctx.ref !== undefined) {
    const r = ymdOf(ctx.ref);
    if (year * 4 + quarter >= r.year * 4 + quarterOf(r.month)) return;
  }
  ctx.state.lastQuarter = { year, quarter, sentence: ctx.index };
}

const quarterValue = (q: { year: number; quarter: number } | undefined, years = 0) =>
  q ? `${yearValue(q.year + years)}-Q${q.quarter}` : 'XXXX-QX';

/** Remembers an explicit day so "the next day" can follow it. */
function noteDay(ctx: Ctx, value: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return;
  ctx.state.lastDay = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  ctx.state.lastDaySentence = ctx.index;
  noteMonth(ctx, Number(m[1]), Number(m[2]));
}

/** Remembers a month so "the following month" can follow it. */
function noteMonth(ctx: Ctx, year: number, month: number): void {
  ctx.state.lastMonth = year * 12 + month - 1;
}

/** Modifier words inside a match to TIMEX3 mods. */
function modOf(word: string | undefined): DateMod | undefined {
  switch (lower(word)) {
    case 'early':
      return 'START';
    case 'mid':
      return 'MID';
    case 'late':
      return 'END';
    case 'about':
    case 'around':
    case 'almost':
    case 'nearly':
    case 'approximately':
    case 'roughly':
    case 'some':
      return 'APPROX';
    case 'more than':
    case 'over':
      return 'MORE_THAN';
    case 'less than':
    case 'fewer than':
      return 'LESS_THAN';
    case 'up to':
    case 'no more than':
      return 'EQUAL_OR_LESS';
    default:
      return undefined;
  }
}

/** A date with its year resolved from the tense when none is written. */
function monthDay(
  name: string,
  ctx: Ctx,
  g: Groups,
  at: number,
  weekday?: string,
  dayText?: string,
  monthText?: string,
  yearText?: string,
): Candidate | undefined {
  if (!monthText || !dayText || !acceptMonth(monthText)) return undefined;
  if (weekday && !isUpper(weekday)) return undefined;
  const month = monthOf(monthText);
  const day = parseInt(dayText, 10);
  const end = at + g[0]!.length;
  const year = yearText ? Number(yearText) : resolveYear(ctx, month, day, at, end);
  if (year === undefined) {
    return make(name, at, g, `XXXX-${pad(month)}-${pad(day)}`, 'day', 'date', { relative: true });
  }
  if (!isValidDate(year, month, day)) return undefined;
  const value = dayValue(dayNumber(year, month, day));
  noteDay(ctx, value);
  if (yearText) ctx.state.lastYear = year;
  return make(name, at, g, value, 'day', 'date', { relative: !yearText });
}

const iso: Parser = {
  name: 'iso',
  source: `(\\d{4})-(\\d{2})-(\\d{2})(?:[tT ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?(?![\\d-])`,
  handle(g, at, ctx) {
    const [y, m, d] = [Number(g[1]), Number(g[2]), Number(g[3])];
    if (!isValidDate(y, m, d)) return undefined;
    const day = dayValue(dayNumber(y, m, d));
    noteDay(ctx, day);
    if (g[4] === undefined) return make('iso', at, g, day, 'day');
    return make('iso', at, g, `${day}T${g[4]}:${g[5]}`, 'minute', 'time');
  },
};

/** Numeric dates ("8/15/2025", "15.08.2025"): chrono-node reads them (month first unless the day cannot be a month). */
const numericDate: Parser = {
  name: 'numeric-date',
  source: `(\\d{1,2})([/.])(\\d{1,2})([/.])(\\d{4}|\\d{2})(?![\\d/.]\\d|\\d)`,
  handle(g, at, ctx) {
    if (g[2] !== g[4]) return undefined;
    const reference = ctx.ref === undefined ? new Date(Date.UTC(2000, 0, 1)) : new Date(ctx.ref * 86_400_000);
    const parser = Number(g[1]) > 12 || g[2] === '.' ? chrono.en.GB : chrono.en;
    const result = parser.parse(g[0]!, reference)[0];
    if (!result || result.index !== 0 || result.text.length !== g[0]!.length) return undefined;
    const c = result.start;
    const [y, m, d] = [c.get('year')!, c.get('month')!, c.get('day')!];
    if (!isValidDate(y, m, d)) return undefined;
    const value = dayValue(dayNumber(y, m, d));
    noteDay(ctx, value);
    return make('numeric-date', at, g, value, 'day');
  },
};

const QUARTER_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** "the third quarter", "third-quarter", "the 1988 second quarter", "fourth quarter of 2025". */
const quarter: Parser = {
  name: 'quarter',
  source: `(?:(?:the|its|their|this|that)\\s+)?(?:(this|last|next)\\s+year['’]s\\s+)?(?:(year[\\s-]earlier|year[\\s-]ago|${YEAR})\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th)(?:[\\s-]+fiscal)?[\\s-]+(quarters?)(?:\\s+(?:of\\s+)?(?:(this|last|next)\\s+year|(?:fiscal\\s+)?(${YEAR})))?(?![\\w-])`,
  handle(g, at, ctx) {
    const [, thisYears, before, ordinal, noun, shiftAfter, yearAfter] = g;
    const q = QUARTER_ORDINALS[lower(ordinal)]!;
    const end = at + g[0]!.length;
    if (noun!.toLowerCase().endsWith('s') && !shiftAfter && !yearAfter && !before) {
      return make('quarter', at, g, `XXXX-Q${q}`, 'quarter', 'set');
    }
    const earlier = /^year/i.test(before ?? '');
    let year: number | undefined;
    if (yearAfter) year = Number(yearAfter);
    else if (before && !earlier) year = Number(before);
    else if (thisYears || shiftAfter) {
      year = ctx.ref === undefined ? undefined : ymdOf(ctx.ref).year + shiftOf(thisYears ?? shiftAfter);
    } else year = resolveQuarterYear(ctx, q, at, end);
    if (year === undefined) return make('quarter', at, g, `XXXX-Q${q}`, 'quarter', 'date', { relative: true });
    if (earlier) year -= 1;
    else noteQuarter(ctx, year, q);
    const relative = !yearAfter && !(before && !earlier);
    return make('quarter', at, g, `${yearValue(year)}-Q${q}`, 'quarter', 'date', { relative });
  },
};

/** "Q3 2025", "Q3". */
const quarterCode: Parser = {
  name: 'quarter-code',
  source: `[qQ]([1-4])(?:[\\s'’]+(${YEAR}|\\d{2}))?(?![\\w-])`,
  handle(g, at, ctx) {
    if (!/^Q/.test(g[0]!)) return undefined;
    const q = Number(g[1]);
    let year: number | undefined;
    if (g[2]) year = g[2].length === 4 ? Number(g[2]) : 2000 + Number(g[2]);
    else year = resolveQuarterYear(ctx, q, at, at + g[0]!.length);
    if (year === undefined) return make('quarter-code', at, g, `XXXX-Q${q}`, 'quarter', 'date', { relative: true });
    noteQuarter(ctx, year, q);
    return make('quarter-code', at, g, `${yearValue(year)}-Q${q}`, 'quarter', 'date', { relative: !g[2] });
  },
};

/** "the first half of 2025", "the second half" (in a financial report). */
const half: Parser = {
  name: 'half',
  source: `(?:the\\s+)?(first|second|last|latter)\\s+(?:half|two\\s+quarters)(?:\\s+of\\s+(?:((?:the|this)\\s+year)|(?:fiscal\\s+)?(${YEAR})))?(?![\\w-])`,
  handle(g, at, ctx) {
    if (!g[2] && !g[3] && !quarterContext(ctx)) return undefined;
    const h = lower(g[1]) === 'first' ? 1 : 2;
    const year = g[3] ? g[3] : refYear(ctx);
    return make('half', at, g, `${year}-H${h}`, 'half', 'date', { relative: !g[3] });
  },
};

/** "the latest quarter", "the year-ago period", "the 1988 quarter", "last quarter", "this quarter". */
const vagueQuarter: Parser = {
  name: 'vague-quarter',
  source: `(?:(the|this|that|its|their)\\s+)?(?:(current|latest|most\\s+recent|recent|past|last|previous|prior|next|coming|same|comparable|corresponding|year[\\s-]earlier|year[\\s-]ago|${YEAR})\\s+)?(?:fiscal\\s+)?(quarter|period)(?![\\w-])(?:\\s+(?:of\\s+)?(?:(last|a)\\s+year(?:\\s+(?:ago|earlier))?|(?:a\\s+)?year\\s+(?:earlier|ago)))?`,
  handle(g, at, ctx) {
    const det = lower(g[1]);
    const qual = lower(g[2]);
    const noun = lower(g[3]);
    if (!det && !qual) return undefined;
    if (noun === 'period' && (!qual || qual === 'past' || qual === 'recent' || qual === 'coming' || qual === 'next')) {
      return undefined;
    }
    if (noun === 'period' && !quarterContext(ctx) && !/^\d|year/.test(qual)) return undefined;
    const yearBack = /year/.test(qual) || /year/i.test(g[0]!.slice(g[0]!.toLowerCase().lastIndexOf(noun))) ? -1 : 0;
    let q: { year: number; quarter: number } | undefined;
    if (/^\d{4}$/.test(qual)) {
      const lq = lastQuarter(ctx);
      return make('vague-quarter', at, g, lq ? `${qual}-Q${lq.quarter}` : `${qual}-QX`, 'quarter');
    }
    if (qual === 'current' || (det === 'this' && !qual)) {
      if (ctx.ref === undefined) return make('vague-quarter', at, g, 'XXXX-QX', 'quarter', 'date', { relative: true });
      const r = ymdOf(ctx.ref);
      q = { year: r.year, quarter: quarterOf(r.month) };
    } else if (qual === 'next' || qual === 'coming') {
      if (ctx.ref === undefined) return make('vague-quarter', at, g, 'XXXX-QX', 'quarter', 'date', { relative: true });
      const r = ymdOf(ctx.ref);
      q = addQuarters(r.year, quarterOf(r.month), 1);
    } else {
      q = lastQuarter(ctx);
      // "the latest quarter" is one that has ended: never the one the reference date is in.
      if (q && ctx.ref !== undefined && /latest|recent|past|last|previous|prior/.test(qual)) {
        const r = ymdOf(ctx.ref);
        const previous = addQuarters(r.year, quarterOf(r.month), -1);
        if (q.year * 4 + q.quarter > previous.year * 4 + previous.quarter) q = previous;
      }
    }
    const ended = QUARTER_ENDED.exec(ctx.sentence.slice(at + g[0]!.length));
    if (ended && noun === 'quarter' && ctx.ref !== undefined) {
      // "the quarter ended Sept. 30": the quarter that month closes, in the past.
      const month = monthOf(ended[1]!);
      const year = ymdOf(ctx.ref).month >= month ? ymdOf(ctx.ref).year : ymdOf(ctx.ref).year - 1;
      q = { year, quarter: quarterOf(month) };
      noteQuarter(ctx, q.year, q.quarter);
    }
    const back = yearBack || /same|comparable|corresponding/.test(qual) ? -1 : 0;
    return make('vague-quarter', at, g, quarterValue(q, back), 'quarter', 'date', { relative: true });
  },
};

/** "ended Sept. 30" after "the quarter": the month that closes it. */
const QUARTER_ENDED = new RegExp(`^\\s+(?:ended|ending|that\\s+ended|through)\\s+(${MONTH})`, 'i');

/** "year-earlier", "year-ago" as adjectives: the same period a year before. */
const yearAgoAdjective: Parser = {
  name: 'year-ago-adjective',
  source: `year[\\s-](?:earlier|ago)(?![\\w-])`,
  handle(g, at, ctx) {
    if (quarterContext(ctx))
      return make('year-ago-adjective', at, g, quarterValue(ctx.state.lastQuarter, -1), 'quarter', 'date', {
        relative: true,
      });
    return make('year-ago-adjective', at, g, refYear(ctx, -1), 'year', 'date', { relative: true });
  },
};

/** "Friday, Oct. 13, 1989", "Oct. 13". */
const monthDayYear: Parser = {
  name: 'month-day-year',
  source: `(?:(${WEEKDAY}),?\\s+)?(${MONTH})\\s+(${DAY}|${DAY_WORD})(?:,?\\s+(${YEAR}))?`,
  handle(g, at, ctx) {
    const day = /^\d/.test(g[3]!) ? g[3] : String(dayWordValue(g[3]!) ?? '');
    return monthDay('month-day-year', ctx, g, at, g[1], day, g[2], g[4]);
  },
};

/** "Tuesday 10 March 2026", "10 March", "the 10th of March". */
const dayMonthYear: Parser = {
  name: 'day-month-year',
  source: `(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?(${DAY})(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+(${YEAR}))?`,
  handle(g, at, ctx) {
    if (
      at > 0 &&
      /[\d,.$£€]$/.test(ctx.sentence.slice(0, at).trimEnd()) &&
      /[\d]$/.test(ctx.sentence.slice(0, at).trimEnd())
    )
      return undefined;
    return monthDay('day-month-year', ctx, g, at, g[1], g[2], g[3], g[4]);
  },
};

/** "March 2026", "July of 1997", "January this year". */
const monthYear: Parser = {
  name: 'month-year',
  source: `(${MONTH})(?:,?\\s+(?:of\\s+)?(${YEAR}|${SPOKEN_YEAR})|\\s+(this|last|next)\\s+year)(?![\\w-])`,
  handle(g, at, ctx) {
    if (!acceptMonth(g[1]!)) return undefined;
    const month = monthOf(g[1]!);
    const written = g[2] ? yearOf(g[2]) : undefined;
    if (written !== undefined) {
      noteMonth(ctx, written, month);
      ctx.state.lastYear = written;
      return make('month-year', at, g, monthValue(written, month), 'month');
    }
    if (ctx.ref === undefined)
      return make('month-year', at, g, `XXXX-${pad(month)}`, 'month', 'date', { relative: true });
    return make('month-year', at, g, monthValue(ymdOf(ctx.ref).year + shiftOf(g[3]), month), 'month', 'date', {
      relative: true,
    });
  },
};

/** Christmas, Thanksgiving, Easter…, with the year written or worked out. */
const holiday: Parser = {
  name: 'holiday',
  source: `(${HOLIDAY})(?:,?\\s+(${YEAR}))?(\\s+week)?(?![\\w-])`,
  handle(g, at, ctx) {
    if (!isUpper(g[1]!.replace(/^the\s+/i, ''))) return undefined;
    const name = lower(g[1]).replace(/'/g, '’');
    const dayIn = (year: number): number => {
      const fixed = FIXED_HOLIDAYS.get(name);
      if (fixed) return dayNumber(year, fixed[0], fixed[1]);
      const nth = WEEKDAY_HOLIDAYS.get(name);
      if (nth) return nthWeekday(year, nth[0], nth[1], nth[2]) + nth[3];
      return easterOf(year) + (EASTER_HOLIDAYS.get(name) ?? 0);
    };
    let year = g[2] ? Number(g[2]) : undefined;
    if (year === undefined && ctx.ref !== undefined) {
      const guess = ymdOf(dayIn(ymdOf(ctx.ref).year));
      year = resolveYear(ctx, guess.month, guess.day, at, at + g[0]!.length);
    }
    if (year === undefined) return make('holiday', at, g, 'XXXX-XX-XX', 'day', 'date', { relative: true });
    if (g[3]) return make('holiday', at, g, weekValue(dayIn(year)), 'week', 'date', { relative: !g[2] });
    const value = dayValue(dayIn(year));
    noteDay(ctx, value);
    return make('holiday', at, g, value, 'day', 'date', { relative: !g[2] });
  },
};

const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/** "the 1990s", "the early '80s", "the nineties". */
const decade: Parser = {
  name: 'decade',
  source: `(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?(?:(1[5-9]|20)(\\d)0['’]?s|['’](\\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\\w-])`,
  handle(g, at, ctx) {
    let century: number;
    let digit: number;
    if (g[2]) {
      century = Number(g[2]);
      digit = Number(g[3]);
    } else {
      if (g[5] && !/^the\s/i.test(g[0]!)) return undefined;
      digit = g[4] ? Number(g[4]) : DECADE_WORDS[lower(g[5])]!;
      if (ctx.ref === undefined) return make('decade', at, g, `XX${digit}`, 'decade', 'date', { relative: true });
      const y = ymdOf(ctx.ref).year;
      century = Math.floor(y / 100) - (digit * 10 > y % 100 ? 1 : 0);
    }
    return make('decade', at, g, `${century}${digit}`, 'decade', 'date', { mod: modOf(g[1]), relative: !g[2] });
  },
};

const CENTURY_WORDS: Record<string, number> = {
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty first': 21,
};

/** "the 20th century", "the twenty-first century". */
const century: Parser = {
  name: 'century',
  source: `(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?(\\d{1,2}(?:st|nd|rd|th)|eighteenth|nineteenth|twentieth|twenty[\\s-]first)[\\s-]+century(?![\\w-])`,
  handle(g, at) {
    const n = /^\d/.test(g[2]!)
      ? parseInt(g[2]!, 10)
      : (CENTURY_WORDS[lower(g[2]).replace(/-/g, ' ')] ?? CENTURY_WORDS[lower(g[2])]!);
    return make('century', at, g, pad(n - 1), 'century', 'date', { mod: modOf(g[1]) });
  },
};

/** Years said aloud in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
const spokenYear: Parser = {
  name: 'spoken-year',
  source: `(?:the\\s+year\\s+)?(${SPOKEN_YEAR})|(${SPOKEN_2000S})`,
  handle(g, at) {
    const year = spokenYearValue(g[1] ?? g[2]!);
    return year === undefined ? undefined : make('spoken-year', at, g, yearValue(year), 'year');
  },
};

/** A written or spoken year's number. */
function yearOf(text: string): number | undefined {
  return /^\d/.test(text) ? Number(text) : spokenYearValue(text);
}

/** Relative shifts of a named unit: "last week", "next month", "this year", "last fall", "last April". */
const shiftedUnit: Parser = {
  name: 'shifted-unit',
  source: `(this\\s+coming|this\\s+past|this|last|next|past|coming|current|the\\s+past|the\\s+last|the\\s+next|the\\s+coming|the\\s+current|the\\s+latest)\\s+(week|weekend|month|year|decade|century|fiscal\\s+year|spring|summer|fall|autumn|winter|${MONTH_FULL})(?![\\w-])`,
  handle(g, at, ctx) {
    // A title in quotes ("This Week", the television programme) is a name, not a week.
    if (/^This\s+[A-Z]/.test(g[0]!) && /["“'`]\s*$/.test(ctx.sentence.slice(Math.max(0, at - 2), at))) return undefined;
    const shiftWord = lower(g[1]);
    const shift = shiftWord === 'the latest' ? -1 : shiftOf(shiftWord);
    const unit = lower(g[2]);
    const end = at + g[0]!.length;
    const rel = { relative: true };
    if (MONTHS.has(unit)) {
      if (!acceptMonth(g[2]!)) return undefined;
      return make(
        'shifted-unit',
        at,
        g,
        resolveShiftedMonth(ctx, monthOf(g[2]!), shiftWord, at, end),
        'month',
        'date',
        rel,
      );
    }
    const season = SEASONS.get(unit);
    if (season) {
      const year = resolveSeasonYear(ctx, season, shiftWord, at, end);
      return make(
        'shifted-unit',
        at,
        g,
        `${year === undefined ? 'XXXX' : yearValue(year)}-${season}`,
        'season',
        'date',
        rel,
      );
    }
    if (ctx.ref === undefined)
      return make('shifted-unit', at, g, 'XXXX', unit === 'fiscal year' ? 'year' : (unit as Granularity), 'date', rel);
    const r = ymdOf(ctx.ref);
    switch (unit) {
      case 'week':
        return make('shifted-unit', at, g, weekValue(ctx.ref + 7 * shift), 'week', 'date', rel);
      case 'weekend':
        return make('shifted-unit', at, g, `${weekValue(ctx.ref + 7 * shift)}-WE`, 'weekend', 'date', rel);
      case 'month':
        return make('shifted-unit', at, g, refMonth(ctx, shift), 'month', 'date', rel);
      case 'decade':
        return make('shifted-unit', at, g, String(Math.floor(r.year / 10) + shift), 'decade', 'date', rel);
      case 'century':
        return make('shifted-unit', at, g, pad(Math.floor(r.year / 100) + shift), 'century', 'date', rel);
      default:
        return make('shifted-unit', at, g, refYear(ctx, shift), 'year', 'date', rel);
    }
  },
};

/** A unit's TIMEX3 letter and granularity from its written form ("years", "centuries"). */
function unitOf(word: string): { letter: string; time: boolean; factor: number; granularity: Granularity } {
  const w = word.toLowerCase().replace(/s$/, '');
  const key = w === 'centurie' ? 'century' : w === 'millennia' ? 'millennium' : w;
  const u = UNITS.get(key) ?? UNITS.get(w)!;
  const granularity: Granularity =
    key === 'night' ? 'day' : key === 'fortnight' ? 'week' : key === 'millennium' ? 'century' : (key as Granularity);
  return { letter: u.letter, time: !!u.time, factor: u.factor ?? 1, granularity };
}

/** "two years ago", "a year earlier", "three days later", "two weeks from now". */
const agoLater: Parser = {
  name: 'ago-later',
  source: `(?:(about|around|almost|nearly|some|roughly|approximately|more\\s+than|less\\s+than|over|just|only|barely)\\s+)?(${COUNT})\\s+(?:more\\s+)?(${UNIT})\\s+(ago|earlier|later|before|after|from\\s+now|hence|back)(?![\\w-])`,
  handle(g, at, ctx) {
    const end = at + g[0]!.length;
    const direction = lower(g[4]);
    if (/^(before|after|back)$/.test(direction) && !/^\s*(?:[.,;:!?)"”]|$)/.test(ctx.sentence.slice(end)))
      return undefined;
    const sign = /^(ago|earlier|before|back)$/.test(direction) ? -1 : 1;
    const count = countValue(g[2]!);
    const unit = unitOf(g[3]!);
    const mod = modOf(g[1]);
    const rel = { relative: true, mod };
    if (count === undefined || !Number.isInteger(count)) {
      return make('ago-later', at, g, sign < 0 ? 'PAST_REF' : 'FUTURE_REF', 'reference', 'date', rel);
    }
    const n = sign * count * unit.factor;
    const fromAnchor = /^(earlier|later|before|after)$/.test(direction);
    const dayInSentence = ctx.state.lastDaySentence === ctx.index ? ctx.state.lastDay : undefined;
    if (unit.granularity === 'year' && fromAnchor && dayInSentence !== undefined) {
      const d = ymdOf(dayInSentence);
      return make('ago-later', at, g, dayValue(dayNumber(d.year + n, d.month, d.day)), 'day', 'date', rel);
    }
    if (unit.granularity === 'year' && quarterContext(ctx)) {
      return make('ago-later', at, g, quarterValue(ctx.state.lastQuarter, n), 'quarter', 'date', rel);
    }
    const base = fromAnchor && ctx.state.lastDay !== undefined ? ctx.state.lastDay : ctx.ref;
    if (base === undefined) return make('ago-later', at, g, 'XXXX-XX-XX', unit.granularity, 'date', rel);
    const r = ymdOf(base);
    switch (unit.granularity) {
      case 'year':
        return make('ago-later', at, g, yearValue(r.year + n), 'year', 'date', rel);
      case 'decade':
      case 'century':
        return make('ago-later', at, g, String(Math.floor((r.year + n) / 10)), 'decade', 'date', rel);
      case 'quarter': {
        const q = addQuarters(r.year, quarterOf(r.month), n);
        return make('ago-later', at, g, `${yearValue(q.year)}-Q${q.quarter}`, 'quarter', 'date', rel);
      }
      case 'month': {
        const m = addMonths(r.year, r.month, n);
        return make('ago-later', at, g, monthValue(m.year, m.month), 'month', 'date', rel);
      }
      case 'week':
        return make('ago-later', at, g, weekValue(base + 7 * n), 'week', 'date', rel);
      case 'day': {
        const value = dayValue(base + n);
        return make('ago-later', at, g, value, 'day', 'date', rel);
      }
      default:
        return make('ago-later', at, g, dayValue(base), 'day', 'date', rel);
    }
  },
};

/** An amount just before "a year", "a week": a rate ("$1.76 a year", "700 seats a week"), not a duration. */
const RATE_BEFORE =
  /(?:\d|million|billion|percent|%|cents?|dollars?|pounds?|euros?|each|tons?|barrels?|seats|flights|hours)\s*$/i;

/** Durations: "four years", "a 20-minute conversation", "the past two months", "at least 30 days". */
const duration: Parser = {
  name: 'duration',
  source: `(?:(the\\s+(?:past|last|next|first|following|coming|previous|final|latest|remaining|other|year[\\s-]earlier|year[\\s-]ago)|the|at\\s+least|no\\s+more\\s+than|no\\s+less\\s+than|more\\s+than|less\\s+than|fewer\\s+than|up\\s+to|nearly|almost|about|around|approximately|roughly|another|an\\s+additional|an\\s+extra)\\s+)?(${COUNT})(?:\\s+(?:more|additional|straight|consecutive|full|long|short|trading|business|working|calendar|fiscal|school|extra))?(\\s+|-)(${UNIT})(?:-(long|old))?(\\s+and\\s+a\\s+half)?(?![\\w-])`,
  handle(g, at, ctx) {
    const countText = lower(g[2]);
    const unitText = lower(g[4]);
    const after = ctx.sentence.slice(at + g[0]!.length);
    const singularArticle = /^an?$/.test(countText);
    // "the 2025-26 year" is a fiscal year's name, not 26 years.
    if (/\d[-–/]$/.test(ctx.sentence.slice(Math.max(0, at - 2), at))) return undefined;
    if (/^seconds?$/.test(unitText) && (singularArticle || /^(?:one)$/.test(countText))) return undefined;
    if (/^quarters?$/.test(unitText) && (singularArticle || /^\s*(?:of|-)/.test(after))) return undefined;
    if (singularArticle && (g[3] === '-' || /s$/.test(unitText))) return undefined;
    // "a few" and "a day" alone after "the" are not counts.
    if (/^the$/i.test(g[1] ?? '') && singularArticle) return undefined;
    if (singularArticle && !g[1] && RATE_BEFORE.test(ctx.sentence.slice(Math.max(0, at - 30), at))) return undefined;
    // "60 Minutes" (capitalised mid-sentence) is a title.
    if (/^[A-Z]/.test(g[4]!) && at > 0) return undefined;
    // Ages ("a 6-year-old", "52 years old") describe people, not the story's time.
    if (lower(g[5]) === 'old' || /^\s+old\b/.test(after)) return undefined;
    const counted = countValue(g[2]!);
    const count = counted === undefined ? undefined : counted + (g[6] ? 0.5 : 0);
    const unit = unitOf(g[4]!);
    const value =
      count === undefined
        ? durationValue(undefined, unit.letter, unit.time)
        : durationValue(count * unit.factor, unit.letter, unit.time);
    return make('duration', at, g, value, unit.granularity, 'duration', { mod: modOf(g[1]) });
  },
};

/** "for years", "within hours", "decades-long": an unknown number of units. */
const vagueDuration: Parser = {
  name: 'vague-duration',
  source: `(?<=\\b(?:for|over|within|during|in|took|takes|take|taking|lasted|last|lasting)\\s+)(years|months|weeks|days|decades|hours|minutes|centuries)(?![\\w-])(?!\\s+(?:of|ago|earlier|later|before|after))|(?<=\\bin\\s+)recent\\s+(months|weeks)(?![\\w-])|(years|months|weeks|days|decades|hours|day|week|month|year|hour)-long(?![\\w-])|(?:the\\s+)?coming\\s+(years|months|weeks|days)(?![\\w-])|(?<=\\b(?:over|in|through|during)\\s+)the\\s+(years|decades)(?![\\w-])`,
  handle(g, at) {
    const word = lower(g[1] ?? g[2] ?? g[3] ?? g[4] ?? g[5]);
    const values: Record<string, string> = {
      day: 'P1D',
      week: 'P1W',
      month: 'P1M',
      year: 'P1Y',
      hour: 'PT1H',
      years: 'PXY',
      months: 'PXM',
      weeks: 'PXW',
      days: 'PXD',
      decades: 'PXE',
      centuries: 'PXC',
      hours: 'PTXH',
      minutes: 'PTXM',
    };
    return make('vague-duration', at, g, values[word]!, unitOf(word).granularity, 'duration');
  },
};

/** A day given by a weekday: "Friday", "last Friday", "Friday morning"; "Fridays" is a set. */
const weekday: Parser = {
  name: 'weekday',
  source: `(?:(this\\s+coming|this\\s+past|last|next|this|coming|the\\s+previous|the\\s+following|the\\s+next)\\s+)?(${WEEKDAY})(['’]s(?![a-z])|s(?![a-z])|(?![a-z]))(?:\\s+(${PART_OF_DAY})s?(?![a-z]))?`,
  handle(g, at, ctx) {
    const word = g[2]!;
    if (!isUpper(word)) return undefined;
    const wd = weekdayNumber(word);
    const part = g[4] ? PARTS_OF_DAY.get(lower(g[4])) : undefined;
    if (lower(g[3]) === 's') {
      return make('weekday', at, g, `XXXX-WXX-${wd}${part ? `T${part}` : ''}`, 'day', 'set');
    }
    const anchored = /^the\s/i.test(g[1] ?? '') && ctx.state.lastDay !== undefined;
    // "the previous Friday", "the following Monday" count from the day last named, not from today.
    const value = anchored
      ? weekdayFrom(ctx.state.lastDay!, wd, shiftOf(g[1]))
      : resolveWeekday(ctx, wd, shiftOf(g[1]), at, at + g[0]!.length);
    noteDay(ctx, value);
    if (part) return make('weekday', at, g, `${value}T${part}`, 'part-of-day', 'time', { relative: true });
    return make('weekday', at, g, value, 'day', 'date', { relative: true });
  },
};

/** The given weekday strictly before (shift -1) or after (shift 1) a day. */
function weekdayFrom(day: number, weekday: number, shift: number): string {
  const today = weekdayOf(day);
  if (shift < 0) return dayValue(day - ((today - weekday + 7) % 7 || 7));
  return dayValue(day + ((weekday - today + 7) % 7 || 7));
}

/** Nouns after "today's" that make it an era ("today's world", "today's youth"). */
const GENERIC_AFTER_TODAY =
  /^\s+(?:world|youth|society|generation|children|kids|young|teenagers|standards|culture|technology|economy|families|women|men|personal|modern)\b/i;

/** "today", "yesterday afternoon", "tonight", "last night", "this morning", "late yesterday". */
const deictic: Parser = {
  name: 'deictic',
  source: `(?:(early|late|earlier|later|mid(?!night))[\\s-]*)?(?:(today|tonight|yesterday|tomorrow)(?:['’]s)?(?:\\s+(${PART_OF_DAY})(?![a-z]))?|(this|last)\\s+(${PART_OF_DAY})(?![a-z])|(${PART_OF_DAY})(?:\\s+(today|yesterday|tomorrow))?(?![a-z]))`,
  handle(g, at, ctx) {
    // A part of the day alone ("mid-afternoon") needs its modifier: "the morning" is too vague.
    if (g[6] && !g[7] && !g[1]) return undefined;
    // "a late-evening sailing" names a kind of sailing, not a time.
    if (g[6] && !g[7] && /-/.test(g[0]!) && /^\s+[a-z]/.test(ctx.sentence.slice(at + g[0]!.length))) return undefined;
    const word = lower(g[2] ?? g[7]);
    const after = ctx.sentence.slice(at + g[0]!.length, at + g[0]!.length + 16);
    // "VOA Today", "USA Today" are names.
    if (/^[A-Z]/.test(g[0]!) && afterNameWord(ctx, at)) return undefined;
    // "today's world", "the people of tomorrow" speak of an era, not a day.
    if (/['’]s$/.test(g[0]!) && GENERIC_AFTER_TODAY.test(after)) return undefined;
    if (word === 'tomorrow' && /\b(?:of|the)\s+$/i.test(ctx.sentence.slice(Math.max(0, at - 5), at))) return undefined;
    const offsets: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, this: 0, last: -1 };
    const days = offsets[word || lower(g[4]) || 'today']!;
    const partWord = g[3] ?? g[5] ?? g[6];
    const part = word === 'tonight' ? 'NI' : partWord ? PARTS_OF_DAY.get(lower(partWord)) : undefined;
    const value = refDay(ctx, days);
    const mod = modOf(g[1]);
    noteDay(ctx, value);
    if (part) return make('deictic', at, g, `${value}T${part}`, 'part-of-day', 'time', { relative: true, mod });
    return make('deictic', at, g, value, 'day', 'date', { relative: true, mod });
  },
};

/** Clock times: "6 a.m.", "10:35 a.m. EST", "noon", "14:30 GMT". The date is the reference day until a refiner joins a day. */
const clock: Parser = {
  name: 'clock',
  source: `(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?|(noon|midnight|midday)|(\\d{1,2}):(\\d{2})(?=\\s*(?:${TIME_ZONE}|h\\b|hrs\\b|local\\s+time))|(\\d{1,2}|${NUMBER_WORD})\\s+(?:o['’]clock|in\\s+the\\s+(morning|afternoon|evening)))(?:\\s+(${TIME_ZONE})(?![a-z]))?`,
  handle(g, at, ctx) {
    let hour: number;
    let minute = 0;
    if (g[1]) {
      hour = Number(g[1]);
      minute = g[2] ? Number(g[2]) : 0;
      if (hour < 1 || hour > 12 || minute > 59) return undefined;
      if (lower(g[3]) === 'p' && hour < 12) hour += 12;
      if (lower(g[3]) === 'a' && hour === 12) hour = 0;
    } else if (g[4]) {
      // "High Noon" is a film.
      if (/^[A-Z]/.test(g[4]) && afterNameWord(ctx, at)) return undefined;
      hour = lower(g[4]) === 'midnight' ? 24 : 12;
    } else if (g[5]) {
      hour = Number(g[5]);
      minute = Number(g[6]);
      if (hour > 23 || minute > 59) return undefined;
    } else {
      hour = /^\d/.test(g[7]!) ? Number(g[7]) : (wordNumber(g[7]!) ?? -1);
      if (hour < 1 || hour > 12) return undefined;
      if (g[8] && lower(g[8]) !== 'morning' && hour < 12) hour += 12;
    }
    const value = `${refDay(ctx)}T${pad(hour)}:${pad(minute)}`;
    return make('clock', at, g, value, 'minute', 'time', { relative: true });
  },
};

/** "the next day", "that week", "the following year", "later that day": from the last date named. */
const anaphora: Parser = {
  name: 'anaphora',
  source: `(?:(later|earlier)\\s+)?(?:(that\\s+same|that|the\\s+same|the\\s+next|the\\s+following|the\\s+previous|the\\s+prior)\\s+(day|morning|afternoon|evening|night|week|weekend|month|year)|the\\s+day\\s+(before|after)(?=\\s*[.,;!?]|\\s*$))(?![\\w-])`,
  handle(g, at, ctx) {
    const shift = g[4]
      ? lower(g[4]) === 'before'
        ? -1
        : 1
      : /next|following/.test(lower(g[2]))
        ? 1
        : /previous|prior/.test(lower(g[2]))
          ? -1
          : 0;
    const unit = g[4] ? 'day' : lower(g[3]);
    const base = ctx.state.lastDay ?? ctx.ref;
    const rel = { relative: true };
    if (base === undefined) return make('anaphora', at, g, 'XXXX-XX-XX', 'day', 'date', rel);
    const part = PARTS_OF_DAY.get(unit);
    if (unit === 'day' || part) {
      const value = dayValue(base + shift);
      if (shift !== 0) ctx.state.lastDay = base + shift;
      return part
        ? make('anaphora', at, g, `${value}T${part}`, 'part-of-day', 'time', rel)
        : make('anaphora', at, g, value, 'day', 'date', rel);
    }
    const r = ymdOf(base);
    if (unit === 'week' || unit === 'weekend') {
      return make(
        'anaphora',
        at,
        g,
        `${weekValue(base + 7 * shift)}${unit === 'weekend' ? '-WE' : ''}`,
        unit,
        'date',
        rel,
      );
    }
    if (unit === 'month') {
      const last = ctx.state.lastMonth ?? r.year * 12 + r.month - 1;
      const m = addMonths(Math.floor(last / 12), (last % 12) + 1, shift);
      return make('anaphora', at, g, monthValue(m.year, m.month), 'month', 'date', rel);
    }
    return make('anaphora', at, g, yearValue((ctx.state.lastYear ?? r.year) + shift), 'year', 'date', rel);
  },
};

/** "year-end" (31 December), "the end of the year", "the beginning of the month". */
const periodEdge: Parser = {
  name: 'period-edge',
  source: `(?:(year[\\s-]end)|year['’]s\\s+end|the\\s+(end|beginning|start|middle)\\s+of\\s+the\\s+(year|month|week))(?![\\w-])`,
  handle(g, at, ctx) {
    // "year-end" is the closing of the books, 31 December: the last one for the past ("since year-end").
    if (g[1]) {
      if (ctx.ref === undefined) return make('period-edge', at, g, 'XXXX-12-31', 'day', 'date', { relative: true });
      const year = ymdOf(ctx.ref).year - (ctx.tense(at, at + g[0]!.length) === 'past' ? 1 : 0);
      return make('period-edge', at, g, `${yearValue(year)}-12-31`, 'day', 'date', { relative: true });
    }
    const edge = lower(g[2]);
    const mod: DateMod = !edge || edge === 'end' ? 'END' : edge === 'middle' ? 'MID' : 'START';
    const unit = lower(g[3]) || 'year';
    const rel = { relative: true, mod };
    if (unit === 'month') return make('period-edge', at, g, refMonth(ctx), 'month', 'date', rel);
    if (unit === 'week')
      return make('period-edge', at, g, ctx.ref === undefined ? 'XXXX-WXX' : weekValue(ctx.ref), 'week', 'date', rel);
    return make('period-edge', at, g, refYear(ctx), 'year', 'date', rel);
  },
};

/** "the weekend": the last one for the past (or no cue), the coming one for the future. */
const theWeekend: Parser = {
  name: 'the-weekend',
  source: `the\\s+weekend(?![\\w-])`,
  handle(g, at, ctx) {
    if (ctx.ref === undefined) return make('the-weekend', at, g, 'XXXX-WXX-WE', 'weekend', 'date', { relative: true });
    const wd = weekdayOf(ctx.ref);
    const future = ctx.tense(at, at + g[0]!.length) === 'future';
    const day = wd >= 6 || future ? ctx.ref : ctx.ref - 7;
    return make('the-weekend', at, g, `${weekValue(day)}-WE`, 'weekend', 'date', { relative: true });
  },
};

/** "the year": a year long when an end is given ("the year ended Sept. 30"), else the reference year ("for the year"). */
const theYear: Parser = {
  name: 'the-year',
  source: `the\\s+(full\\s+|fiscal\\s+|calendar\\s+|current\\s+fiscal\\s+|latest\\s+fiscal\\s+)?year(?![\\w'’-])`,
  handle(g, at, ctx) {
    const before = ctx.sentence.slice(Math.max(0, at - 12), at);
    const after = ctx.sentence.slice(at + g[0]!.length, at + g[0]!.length + 12);
    const qual = lower(g[1]);
    if (qual === 'latest fiscal') return make('the-year', at, g, refYear(ctx, -1), 'year', 'date', { relative: true });
    if (/^\s+(?:ended|ending|to|through)\b/i.test(after)) return make('the-year', at, g, 'P1Y', 'year', 'duration');
    if (!qual && !/\b(?:in|of|for|during|over)\s+$/i.test(before)) return undefined;
    return make('the-year', at, g, refYear(ctx), 'year', 'date', { relative: true });
  },
};

const SET_UNITS: Record<string, string> = {
  day: 'P1D',
  week: 'P1W',
  month: 'P1M',
  year: 'P1Y',
  quarter: 'P1Q',
  hour: 'PT1H',
  minute: 'PT1M',
  morning: 'XXXX-XX-XXTMO',
  afternoon: 'XXXX-XX-XXTAF',
  evening: 'XXXX-XX-XXTEV',
  night: 'XXXX-XX-XXTNI',
  weekend: 'XXXX-WXX-WE',
};

/** Sets: "daily", "every day", "each July", "twice a year", "$5 million a year". */
const frequency: Parser = {
  name: 'frequency',
  source: `(${FREQUENCY})(?![\\w-])|(?:(once|twice|(?:three|four|five|six|\\d+)\\s+times)\\s+)?(every|each|per|an?)\\s+(other\\s+)?(day|week|month|year|quarter|morning|afternoon|evening|night|weekend|hour|minute|${WEEKDAY}|${MONTH_FULL}|spring|summer|fall|autumn|winter)(?![\\w-])`,
  handle(g, at, ctx) {
    if (g[1]) {
      // "the People's Daily", "Motor Cycle Monthly" are titles.
      if (isUpper(g[1]) && at > 0) return undefined;
      return make('frequency', at, g, FREQUENCIES.get(lower(g[1]))!, 'day', 'set');
    }
    const det = lower(g[3]);
    const unit = lower(g[5]);
    if (/^\s+(?:ago|earlier|later|before|after|from\s+now)\b/i.test(ctx.sentence.slice(at + g[0]!.length)))
      return undefined;
    // "twice a week" is a set; "$2 million a year" and "four flights a week" are rates, not times.
    if ((det === 'a' || det === 'an' || det === 'per') && (!g[2] || !SET_UNITS[unit])) return undefined;
    let value = SET_UNITS[unit];
    if (!value) {
      const month = MONTHS.get(unit);
      if (month && !/[\d.]/.test(unit)) value = `XXXX-${pad(month)}`;
      else if (SEASONS.has(unit)) value = `XXXX-${SEASONS.get(unit)}`;
      else value = `XXXX-WXX-${weekdayNumber(g[5]!)}`;
    }
    if (g[4]) value = value.replace(/^P(T?)1/, 'P$12');
    return make('frequency', at, g, value, 'day', 'set');
  },
};

/** "now", "currently", "recently", "the past", "the future", "soon": TIMEX3 reference values. */
const reference: Parser = {
  name: 'reference',
  source: `(${REFERENCE})(?![\\w-])`,
  handle(g, at, ctx) {
    const key = lower(g[1]);
    const after = ctx.sentence.slice(at + g[0]!.length, at + g[0]!.length + 30);
    // "now" as a discourse word ("Now, …" opens many quotes) is still the present in TIMEX3; "current" needs a noun after it.
    if (key === 'current' && !/^\s+[a-z]/i.test(after)) return undefined;
    if (
      (key === 'the past' || key === 'the future') &&
      /^\s+(?:\d|[a-z]+\s+(?:years?|months?|weeks?|days?))/i.test(after)
    )
      return undefined;
    return make('reference', at, g, REFERENCE_WORDS.get(key)!, 'reference', 'date', { relative: true });
  },
};

/** A month alone: "in October" (the tense picks the year); "May" only where it cannot be the verb. */
const monthAlone: Parser = {
  name: 'month',
  source: `(${MONTH_FULL}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.)(?![\\w-])`,
  handle(g, at, ctx) {
    const word = g[1]!;
    if (!acceptMonth(word)) return undefined;
    const before = ctx.sentence.slice(Math.max(0, at - 20), at);
    if (
      /^may$/i.test(word) &&
      !/\b(?:in|of|since|until|till|by|from|through|during|early|late|mid|last|next|this|before|after)[\s-]+$/i.test(
        before,
      )
    ) {
      return undefined;
    }
    // "the March for Life", "the March of the Mothers" are marches; "the annual March" too.
    const after = ctx.sentence.slice(at + g[0]!.length, at + g[0]!.length + 12);
    const afterPreposition =
      /\b(?:in|since|until|till|by|from|through|during|before|after|early|late|mid|last|next|this)[\s-]+$/i.test(
        before,
      );
    if ((/^\s+(?:for|of\s+the)\s/i.test(after) && !afterPreposition) || /\bannual\s+$/i.test(before)) return undefined;
    const month = monthOf(word);
    const end = at + g[0]!.length;
    const year = resolveYear(ctx, month, undefined, at, end);
    if (year !== undefined) noteMonth(ctx, year, month);
    const value = year === undefined ? `XXXX-${pad(month)}` : monthValue(year, month);
    return make('month', at, g, value, 'month', 'date', { relative: true });
  },
};

/** Words before a four-digit number that make it a count or a code, not a year. */
const NOT_YEAR_BEFORE =
  /(?:[$£€#]|\b(?:no|nos|number|route|flight|model|version|v|room|suite|page|pp|p|highway|interstate|rt|item|article|section|rule|resolution|law|bill|code|chapter|paragraph|box|unit|boeing|airbus|windows|iso|top)\.?)\s*$/i;

/** Words that follow a year as such ("2021 and 2022", "the 2024 election"), not a count of things. */
const YEAR_FOLLOWERS =
  /^\s+(?:and|or|to|when|as|was|were|is|are|has|had|will|with|for|after|before|in|on|at|by|from|through|until|but|that|which|levels?|sales|results|earnings|figures|elections?|budget|season|games|olympics|census|campaign|war|crisis|agreement|accord|law|act|plan|model|edition|summit|invasion|uprising|revolution|coup|attacks?|report|survey|period|quarter|first|second|third|fourth|fiscal|operating|net|profit|loss)\b/;

/** Words before a year that show it is one ("in 1990 levels", "the company's 1989 results", "post-1959"). */
const YEAR_PRECEDERS =
  /(?:\b(?:in|since|by|until|of|from|to|through|before|after|during|between|early|late|mid|year|the|that|this|its|their|his|her|our)\s+|['’]s\s+|\b(?:post|pre|mid)-)$/i;

/** A year: "1998", "in 2021", "fiscal 1989", "mid-1996"; not prices, counts or codes. */
const year: Parser = {
  name: 'year',
  source: `(?:(fiscal|fy|calendar)[\\s-]*)?(?:(early|mid|late)[\\s-]+)?(${YEAR})(?![\\d,.]\\d|\\s*(?:%|percent|per\\s+cent)|-\\d{1,2}(?!\\d))`,
  handle(g, at, ctx) {
    const before = ctx.sentence.slice(Math.max(0, at - 20), at);
    if (NOT_YEAR_BEFORE.test(before) || (/[\d.,:/-]$/.test(before) && !/\b(?:post|pre|mid)-$/i.test(before)))
      return undefined;
    const after = ctx.sentence.slice(at + g[0]!.length, at + g[0]!.length + 20);
    if (/^[/:]\d|^\s*(?:am|pm|a\.m|p\.m|hrs|gmt)\b/i.test(after)) return undefined;
    // "Orion 1980", "Windows 2000": a name with a number, unless the name is a month or a season.
    const nameBefore = /([A-Z][\w.-]*)\s+$/.exec(before)?.[1]?.toLowerCase().replace(/\.$/, '');
    if (!g[1] && !g[2] && nameBefore && afterNameWord(ctx, at) && !MONTHS.has(nameBefore) && !SEASONS.has(nameBefore)) {
      return undefined;
    }
    // A year followed by a noun is a count ("2000 people", "1500 soldiers"), unless a preposition shows it is a year.
    if (/^\s+[a-z]/.test(after) && !YEAR_FOLLOWERS.test(after) && !YEAR_PRECEDERS.test(before)) return undefined;
    ctx.state.lastYear = Number(g[3]);
    return make('year', at, g, g[3]!, 'year', 'date', { mod: modOf(g[2]) });
  },
};

/** "the summer", "the early summer", "summer of 1998", "in the fall": a season, its year from the tense. */
const season: Parser = {
  name: 'season',
  source: `(?:(the)\\s+)?(?:(early|late|mid)[\\s-]+)?(spring|summer|autumn|fall|winter)(?:\\s+of\\s+(${YEAR}|${SPOKEN_YEAR})|\\s+(${YEAR}))?(?![\\w-])`,
  handle(g, at, ctx) {
    const word = lower(g[3]);
    const year = g[4] ?? g[5];
    const before = ctx.sentence.slice(Math.max(0, at - 12), at);
    // "fall" and "spring" are verbs and nouns too: only with "the" or a year; a bare season after a preposition.
    if (
      !g[1] &&
      !year &&
      (word === 'fall' ||
        word === 'spring' ||
        !/\b(?:in|during|over|since|until|by|through|this|last|next)\s+$/i.test(before))
    )
      return undefined;
    const seasonSignal = /\b(?:in|during|over|since|until|by|through|this|that)\s+$/i.test(before);
    if (g[1] && !year && (word === 'fall' || word === 'spring') && !seasonSignal) return undefined;
    const code = SEASONS.get(word)!;
    const resolved = year ? yearOf(year) : resolveSeasonYear(ctx, code, '', at, at + g[0]!.length);
    const value = `${resolved === undefined ? 'XXXX' : yearValue(resolved)}-${code}`;
    return make('season', at, g, value, 'season', 'date', { relative: !year, mod: modOf(g[2]) });
  },
};

/** Every parser, in the order they are tried at a position. */
export const PARSERS: readonly Parser[] = [
  iso,
  numericDate,
  quarter,
  quarterCode,
  half,
  vagueQuarter,
  yearAgoAdjective,
  monthDayYear,
  dayMonthYear,
  monthYear,
  holiday,
  decade,
  century,
  spokenYear,
  shiftedUnit,
  frequency,
  agoLater,
  duration,
  vagueDuration,
  weekday,
  deictic,
  clock,
  anaphora,
  periodEdge,
  theWeekend,
  theYear,
  season,
  reference,
  monthAlone,
  year,
];
