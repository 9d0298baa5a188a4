/**
 * The days a TIMEX3 date value covers, so dates of different granularity can be ordered on one
 * timeline ("2026-03" runs from 2026-03-01 to 2026-03-31; "2026-W11" is a Monday-to-Sunday week).
 */
import { dayNumber, dayValue } from './calendar.ts';

/** First and last day (ISO dates) of a value; undefined for values with no fixed place in time. */
export function dateRange(value: string): { start: string; end: string } | undefined {
  const days = dayRange(value);
  return days && { start: dayValue(days[0]), end: dayValue(days[1]) };
}

/** Seasons as month spans (northern hemisphere, meteorological). */
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** First and last day numbers of a value. */
export function dayRange(value: string): [number, number] | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const d = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    return [d, d];
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const jan4 = dayNumber(Number(m[1]), 1, 4);
    const monday = jan4 - ((((jan4 + 3) % 7) + 7) % 7) + (Number(m[2]) - 1) * 7;
    return m[3] ? [monday + 5, monday + 6] : [monday, monday + 6];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return monthSpan(Number(m[1]), Number(m[2]), Number(m[2]));
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return monthSpan(Number(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3);
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return monthSpan(Number(m[1]), Number(m[2]) * 6 - 5, Number(m[2]) * 6);
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return monthSpan(Number(m[1]), ...SEASON_MONTHS[m[2]!]!);
  m = /^(\d{4})$/.exec(value);
  if (m) return monthSpan(Number(m[1]), 1, 12);
  m = /^(\d{3})$/.exec(value);
  if (m) return [dayNumber(Number(m[1]) * 10, 1, 1), dayNumber(Number(m[1]) * 10 + 9, 12, 31)];
  m = /^(\d{2})$/.exec(value);
  if (m) return [dayNumber(Number(m[1]) * 100, 1, 1), dayNumber(Number(m[1]) * 100 + 99, 12, 31)];
  return undefined;
}

/** From the first day of one month to the last day of another (months past 12 run into the next year). */
function monthSpan(year: number, from: number, to: number): [number, number] {
  return [dayNumber(year, from, 1), dayNumber(year, to + 1, 0)];
}

const SEASON_NAMES: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS_OF_DAY: Record<string, string> = {
  MO: 'morning',
  MI: 'midday',
  AF: 'afternoon',
  EV: 'evening',
  NI: 'night',
};

/**
 * A value as a reader reads it: "1970s" for the decade "197", "20th century" for the century "19", "2010-12-13
 * evening" for "2010-12-13TEV", "weekend of 2025-W33", "Q3 2025", "summer 2025"; a value with a day,
 * month or year, or no place in time, as it is.
 */
export function readableValue(value: string): string {
  let m = /^(\d{3})$/.exec(value);
  if (m) return `${m[1]}0s`;
  m = /^(\d{2})$/.exec(value);
  if (m) return `${ordinal(Number(m[1]) + 1)} century`;
  m = /^(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI)$/.exec(value);
  if (m) return `${m[1]} ${PARTS_OF_DAY[m[2]!]}`;
  m = /^(\d{4}-W\d{2})-WE$/.exec(value);
  if (m) return `weekend of ${m[1]}`;
  m = /^(\d{4})-(Q[1-4]|H[12])$/.exec(value);
  if (m) return `${m[2]} ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${SEASON_NAMES[m[2]!]} ${m[1]}`;
  return value;
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
