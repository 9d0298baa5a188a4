/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, no time zone), and
 * the TIMEX3 value formats. Plain integers keep resolution fast and free of the host's time zone.
 */

/** A calendar day. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** The day number of a calendar date (months and days may overflow; Date.UTC carries them). */
export function dayNumber(year: number, month: number, day: number): number {
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC maps years 0–99 to 1900–1999; set the year explicitly for those.
  if (year >= 0 && year < 100) {
    const d = new Date(ms);
    d.setUTCFullYear(year);
    return Math.round(d.getTime() / DAY_MS);
  }
  return Math.round(ms / DAY_MS);
}

/** The calendar date of a day number. */
export function ymdOf(day: number): Ymd {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday of a day number: Monday 1 … Sunday 7 (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** True when the date exists (no 31 April, no 29 February outside leap years). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = ymdOf(dayNumber(year, month, day));
  return d.month === month && d.day === day;
}

/** The ISO week (and its week-numbering year) a day falls in. */
export function isoWeekOf(day: number): { year: number; week: number } {
  const thursday = day - weekdayOf(day) + 4;
  const year = ymdOf(thursday).year;
  return { year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}

/** The day number of the nth given weekday of a month (n = -1: the last one). */
export function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = dayNumber(year, month, 1);
    return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
  }
  const last = dayNumber(year, month + 1, 0);
  return last - ((weekdayOf(last) - weekday + 7) % 7);
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easterOf(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, dayOfMonth);
}

/** Zero-padded number. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** TIMEX3 year: four digits. */
export function yearValue(year: number): string {
  return pad(year, 4);
}

/** TIMEX3 month: YYYY-MM. */
export function monthValue(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** TIMEX3 day: YYYY-MM-DD. */
export function dayValue(day: number): string {
  const d = ymdOf(day);
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** TIMEX3 ISO week: YYYY-Www. */
export function weekValue(day: number): string {
  const w = isoWeekOf(day);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** The quarter (1–4) a month is in. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** The season a month is mostly in (northern hemisphere), as a TIMEX3 code. */
export function seasonOf(month: number): string {
  return ['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'][month - 1]!;
}

/** Index of a season code in the year (spring 0 … winter 3). */
export function seasonIndex(code: string): number {
  return ['SP', 'SU', 'FA', 'WI'].indexOf(code);
}

/** Adds months to a year and month; returns the new year and month. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const total = year * 12 + (month - 1) + months;
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}

/** Adds quarters to a year and quarter. */
export function addQuarters(year: number, quarter: number, quarters: number): { year: number; quarter: number } {
  const total = year * 4 + (quarter - 1) + quarters;
  return { year: Math.floor(total / 4), quarter: (total % 4) + 1 };
}

/** Reads the calendar day of an ISO date or date-time ("2025-08-19", "2025-08-19T10:00:00Z"). */
export function parseReference(iso: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? dayNumber(year, month, day) : undefined;
}
