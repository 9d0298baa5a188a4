/**
 * Refiners: after the parsers have proposed the expressions of a sentence, these merge and extend them
 * (chrono-node's design: parsers propose, refiners merge and filter).
 */
import type { Candidate, DateMod } from './types.ts';

/** Modifiers before a date that belong to it: "early next year", "late November", "the end of 1990". */
const MODIFIER_BEFORE =
  /(?:^|[^\w-])((early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+turn\s+of|around|about|approximately|roughly)(?:\s*-\s*|\s+))$/i;

const MODS: Record<string, DateMod> = {
  early: 'START',
  'the beginning of': 'START',
  'the start of': 'START',
  mid: 'MID',
  'the middle of': 'MID',
  'the turn of': 'MID',
  late: 'END',
  'the end of': 'END',
};

/** Pulls a modifier word in front of a date into it ("late November", "mid-1996"), and sets its mod. */
export function extendModifiers(sentence: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c, i) => {
    if (c.kind === 'duration' || c.kind === 'set') return c;
    const floor = i > 0 ? candidates[i - 1]!.end : 0;
    const m = MODIFIER_BEFORE.exec(sentence.slice(Math.max(floor, c.start - 24), c.start));
    if (!m) return c;
    const word = m[2]!.toLowerCase().replace(/\s+/g, ' ');
    return { ...c, start: c.start - m[1]!.length, mod: c.mod ?? MODS[word] ?? 'APPROX' };
  });
}

/** Between a clock time and its day: nothing, a comma, "on" ("5 p.m. EST, Nov. 9", "noon Saturday"). */
const TIME_THEN_DAY = /^[\s,]*(?:on\s+)?$/i;
/** Between a day and its clock time: "Friday at 3 p.m.", "March 10, at about 11:40 p.m.". */
const DAY_THEN_TIME = /^[\s,]*(?:at\s+)?(?:about\s+|around\s+)?$/i;

/** True for a value that names one day ("2025-08-15", "XXXX-WXX-5"). */
function isDay(c: Candidate): boolean {
  return c.kind === 'date' && c.granularity === 'day' && /^(?:\d{4}|XXXX)-(?:\d\d-\d\d|XX-XX|WXX-\d)$/.test(c.value);
}

/** The clock part of a time value ("T17:00"). */
function clockPart(c: Candidate): string | undefined {
  return c.rule === 'clock' ? c.value.slice(c.value.indexOf('T')) : undefined;
}

/** Joins a clock time and the day next to it into one expression with a full date-time value. */
export function mergeTimeAndDay(sentence: string, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1];
    const gap = b ? sentence.slice(a.end, b.start) : '';
    if (b && clockPart(a) && isDay(b) && TIME_THEN_DAY.test(gap)) {
      out.push({ ...a, end: b.end, value: b.value + clockPart(a)!, relative: b.relative, rule: 'clock+day' });
      i++;
    } else if (b && isDay(a) && clockPart(b) && DAY_THEN_TIME.test(gap)) {
      out.push({ ...b, start: a.start, value: a.value + clockPart(b)!, relative: a.relative, rule: 'day+clock' });
      i++;
    } else out.push(a);
  }
  return datedClocks(out);
}

/** A clock time left alone takes the day named elsewhere in its sentence ("shot at 10 p.m. … on Oct. 23"). */
function datedClocks(candidates: Candidate[]): Candidate[] {
  const day = candidates.find((c) => isDay(c) && /^\d{4}/.test(c.value));
  if (!day) return candidates;
  return candidates.map((c) => (c.rule === 'clock' ? { ...c, value: day.value + clockPart(c)! } : c));
}

/** "the week of March 6": the week a day falls in. */
const WEEK_OF = /\bthe\s+week\s+of\s+$/i;

/** Joins "the week of" with the day after it, and a weekday with the date after it ("this coming Sunday, March 8"). */
export function mergeDayPhrases(
  sentence: string,
  candidates: Candidate[],
  weekOf: (value: string) => string | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    let c = candidates[i]!;
    const next = candidates[i + 1];
    if (
      next &&
      c.rule === 'weekday' &&
      next.granularity === 'day' &&
      /^,\s*$/.test(sentence.slice(c.end, next.start))
    ) {
      c = { ...next, start: c.start };
      i++;
    }
    const before = WEEK_OF.exec(sentence.slice(Math.max(0, c.start - 16), c.start));
    const week = before && isDay(c) ? weekOf(c.value) : undefined;
    out.push(week ? { ...c, start: c.start - before![0].length, value: week, granularity: 'week' } : c);
  }
  return out;
}

/** Words before an expression that tie it to its event; kept as the mention's signal. */
const SIGNAL_BEFORE =
  /\b(since|until|till|by|from|within|before|after|through|throughout|during|for|in|on|at|between|as\s+of|starting|ending)\s+$/i;

/** The signal word just before a candidate, if any. */
export function signalBefore(sentence: string, start: number): string | undefined {
  const m = SIGNAL_BEFORE.exec(sentence.slice(Math.max(0, start - 14), start));
  return m ? m[1]!.toLowerCase().replace(/\s+/g, ' ') : undefined;
}
