/**
 * Publication dates as metadata writes them, turned into ISO 8601 so that every later stage reads one
 * shape: "2022-5-5 22:17:36" (a month and a day of one digit, a space before the time),
 * "2022/05/05 22:17", and RFC 2822 as feeds and mail write it ("Thu, 05 May 2022 22:17:36 +0200").
 * The local time and its offset are kept (no conversion to UTC: the day is the one the outlet meant).
 * Anything else is left as written, for the dates stage to read or report.
 */

const ISO_LIKE =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 2822: "[Day, ]DD Mon YYYY HH:MM[:SS] zone". */
const RFC_2822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Z]{1,5})?$/;

/** The zones RFC 822 names, in hours from UTC. */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
};

const pad = (n: string | number) => String(n).padStart(2, '0');

function offset(zone: string | undefined): string | undefined {
  if (!zone) return '';
  const upper = zone.toUpperCase();
  if (upper in ZONES) {
    const hours = ZONES[upper]!;
    return hours === 0 ? 'Z' : `${hours < 0 ? '-' : '+'}${pad(Math.abs(hours))}:00`;
  }
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return m ? `${m[1]}${m[2]}:${m[3]}` : undefined;
}

function valid(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 61
  );
}

/** The ISO form of a metadata date when it has one of the shapes above, else the value as given. */
export function isoPublished(value: string): string {
  const text = value.trim();
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction, zone] = iso;
    if (!valid(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0))) return value;
    const day = `${y}-${pad(mo!)}-${pad(d!)}`;
    if (h === undefined) return day;
    const z = offset(zone);
    if (z === undefined) return value;
    return `${day}T${pad(h)}:${mi}:${s ?? '00'}${fraction ?? ''}${z}`;
  }
  const rfc = RFC_2822.exec(text);
  if (rfc) {
    const [, d, mon, y, h, mi, s, zone] = rfc;
    const month = MONTHS.indexOf(mon!.toLowerCase()) + 1;
    const z = offset(zone);
    if (!month || z === undefined || !valid(Number(y), month, Number(d), Number(h), Number(mi), Number(s ?? 0)))
      return value;
    return `${y}-${pad(month)}-${pad(d!)}T${pad(h!)}:${mi}:${s ?? '00'}${z}`;
  }
  return value;
}
