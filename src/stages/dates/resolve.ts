/**
 * Resolving what a date leaves open against the reference date (the article's): the year of "in October",
 * the day of "on Friday", the quarter of "the third quarter". The tense of the sentence picks the
 * direction; without a reference date nothing is guessed and the open parts stay X.
 */
import {
  addMonths,
  dayNumber,
  dayValue,
  monthValue,
  quarterOf,
  seasonIndex,
  seasonOf,
  weekdayOf,
  ymdOf,
  yearValue,
} from './calendar.ts';
import type { Tense } from './tense.ts';

/** What earlier sentences of the document said, for "the quarter", "a year earlier", "the next day". */
export interface DocState {
  /** The last day named outright (a date or a weekday), as a day number, and in which sentence. */
  lastDay?: number;
  lastDaySentence?: number;
  /** The last month named (as year * 12 + month - 1) and the last year written out. */
  lastMonth?: number;
  lastYear?: number;
  /** The last quarter named, and in which sentence. */
  lastQuarter?: { year: number; quarter: number; sentence: number };
}

/** What a parser's handler may read while resolving one match. */
export interface Ctx {
  /** The reference day (day number), when the article has a date. */
  ref?: number;
  /** The sentence text; candidate offsets are into it. */
  sentence: string;
  /** The sentence's index in the article. */
  index: number;
  /** The tense around a span of the sentence; `strong` ignores modals and infinitives. */
  tense(start: number, end: number, strong?: boolean): Tense | undefined;
  state: DocState;
}

/** Shifts that point back or forward whatever the tense says. */
const BACK = /^(?:last|this past|past|previous|the past|the last|the previous)$/i;
const FORWARD = /^(?:next|this coming|coming|following|the next|the coming|the following)$/i;

/** -1, +1 or 0 for a shift word ("last", "next", "this"). */
export function shiftOf(word: string | undefined): -1 | 0 | 1 {
  if (!word) return 0;
  const w = word.replace(/\s+/g, ' ');
  if (BACK.test(w)) return -1;
  if (FORWARD.test(w)) return 1;
  return 0;
}

/**
 * The day a weekday names: the same day as the reference when it is that weekday, else the last one
 * before it (past or no cue) or the next one after it (future, or a deadline: "by Friday");
 * "last"/"next" force the direction.
 */
export function resolveWeekday(ctx: Ctx, weekday: number, shift: -1 | 0 | 1, start: number, end: number): string {
  if (ctx.ref === undefined) return `XXXX-WXX-${weekday}`;
  const today = weekdayOf(ctx.ref);
  const back = (today - weekday + 7) % 7;
  const forward = (weekday - today + 7) % 7;
  if (shift < 0) return dayValue(ctx.ref - (back || 7));
  if (shift > 0) return dayValue(ctx.ref + (forward || 7));
  if (back === 0) return dayValue(ctx.ref);
  return dayValue(ctx.tense(start, end, true) === 'future' ? ctx.ref + forward : ctx.ref - back);
}

/** How far back (or ahead) the tense may send a day (about eight months) or a month before the nearest reading wins. */
const TENSE_REACH_DAYS = 240;
const TENSE_REACH_MONTHS = 9;

/**
 * The year of a month (and day) given without one. The tense of the sentence picks the direction when
 * the date it points to is within about eight months; otherwise (and with no cue) the nearest reading
 * wins, ties going to the past. Explicit dates in news are rarely more than half a year away.
 */
export function resolveYear(
  ctx: Ctx,
  month: number,
  day: number | undefined,
  start: number,
  end: number,
): number | undefined {
  if (ctx.ref === undefined) return undefined;
  const r = ymdOf(ctx.ref);
  const key = (y: number) => (day === undefined ? y * 12 + month : dayNumber(y, month, day));
  const now = day === undefined ? r.year * 12 + r.month : ctx.ref;
  const reach = day === undefined ? TENSE_REACH_MONTHS : TENSE_REACH_DAYS;
  const past = key(r.year) <= now ? r.year : r.year - 1;
  const future = key(r.year) >= now ? r.year : r.year + 1;
  const tense = ctx.tense(start, end);
  if (tense === 'past' && now - key(past) <= reach) return past;
  if (tense === 'future' && key(future) - now <= reach) return future;
  return key(future) - now < now - key(past) ? future : past;
}

/** The year of a quarter given without one: the reference year, or the one before for a later quarter told in the past. */
export function resolveQuarterYear(ctx: Ctx, quarter: number, start: number, end: number): number | undefined {
  if (ctx.ref === undefined) return undefined;
  const r = ymdOf(ctx.ref);
  const current = quarterOf(r.month);
  const tense = ctx.tense(start, end);
  return tense === 'past' && quarter > current ? r.year - 1 : r.year;
}

/**
 * The year of a season: "this summer" is the reference year's, "last fall" the year before's (as
 * TimeBank annotates it), "this past spring" the latest one gone, "next winter" the next to come; a bare
 * season follows the tense.
 */
export function resolveSeasonYear(
  ctx: Ctx,
  season: string,
  shiftWord: string,
  start: number,
  end: number,
): number | undefined {
  if (ctx.ref === undefined) return undefined;
  const r = ymdOf(ctx.ref);
  const now = seasonIndex(seasonOf(r.month));
  const wanted = seasonIndex(season);
  if (/^this past$/.test(shiftWord)) return wanted <= now ? r.year : r.year - 1;
  if (/^this( coming)?$|^current$/.test(shiftWord)) return r.year;
  const shift = shiftOf(shiftWord);
  if (shift < 0) return r.year - 1;
  if (shift > 0) return wanted <= now ? r.year + 1 : r.year;
  const tense = ctx.tense(start, end, true);
  if (tense === 'past' && wanted > now) return r.year - 1;
  if (tense === 'future' && wanted < now) return r.year + 1;
  return r.year;
}

/** The month a month name with "last"/"next"/"this" names, as a TIMEX3 value ("this September" is this year's). */
export function resolveShiftedMonth(ctx: Ctx, month: number, shiftWord: string, start: number, end: number): string {
  const shift = shiftOf(shiftWord);
  if (ctx.ref === undefined) return `XXXX-${String(month).padStart(2, '0')}`;
  const r = ymdOf(ctx.ref);
  if (shift === 0 && /^this|^current$/.test(shiftWord)) return monthValue(r.year, month);
  if (shift < 0) return monthValue(month < r.month ? r.year : r.year - 1, month);
  if (shift > 0) return monthValue(month > r.month ? r.year : r.year + 1, month);
  return monthValue(resolveYear(ctx, month, undefined, start, end) ?? r.year, month);
}

/** The reference year moved by `years`, or XXXX without a reference. */
export function refYear(ctx: Ctx, years = 0): string {
  return ctx.ref === undefined ? 'XXXX' : yearValue(ymdOf(ctx.ref).year + years);
}

/** The reference month moved by `months`. */
export function refMonth(ctx: Ctx, months = 0): string {
  if (ctx.ref === undefined) return 'XXXX-XX';
  const r = ymdOf(ctx.ref);
  const m = addMonths(r.year, r.month, months);
  return monthValue(m.year, m.month);
}

/** The reference day moved by `days`. */
export function refDay(ctx: Ctx, days = 0): string {
  return ctx.ref === undefined ? 'XXXX-XX-XX' : dayValue(ctx.ref + days);
}
