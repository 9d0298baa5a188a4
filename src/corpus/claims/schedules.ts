/**
 * The dates things are put on: "The primary would be held on April 30", "the general election slated
 * for June 25", "will hold special-election primaries in mid May". Two outlets of one event that put one
 * thing (a vote, a hearing, a trial: `src/locales/en/schedules.ts`) on dates that cannot both be right
 * disagree on its date — a `value` conflict (`incremental.ts`, partition `w|<event>|<thing>`).
 *
 * Only a date the words put the thing on counts: a participle of scheduling before it ("held on",
 * "set for", "scheduled for") or a verb whose object it is ("hold … primaries in"); a date merely near
 * the thing ("the debate on Tuesday") does not, nor a negated one ("was not held on").
 */
import {
  SCHEDULED_THINGS,
  SCHEDULE_QUALIFIERS,
  SCHEDULING_PARTICIPLES,
  SCHEDULING_VERBS,
} from '../../locales/en/schedules.ts';
import type { DateMention } from '../../stages/dates/types.ts';

interface Span {
  start: number;
  end: number;
}

/** One thing put on a date in an article. */
export interface Schedule {
  /** What is put on the date: the singular of its noun, with the word that says which one ("general election"). */
  thing: string;
  /** The date's value (TIMEX: `2013-04-30`, `2013-05`) and its words. */
  value: string;
  date: string;
  /** From the thing's noun to the end of the date. */
  span: Span;
}

const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

const THING = alternation(Object.keys(SCHEDULED_THINGS));
const WORD = String.raw`[\p{L}][\p{L}'’-]*`;

/** "<thing> (that) (is|will be|had been) <participle> (for|on|in) (on)" right before the date. */
const PUT_ON = new RegExp(
  String.raw`(?:\b(?<qual>${WORD})\s+)?\b(?<thing>${THING})\s+(?:(?:that|which)\s+)?` +
    String.raw`(?:(?:is|are|was|were|will|would|has|have|had|to)\s+)?(?:(?:be|been)\s+)?` +
    String.raw`(?:${alternation(SCHEDULING_PARTICIPLES)})\s+(?:(?:for|on|in)\s+)?(?:on\s+)?$`,
  'iu',
);

/** "<verb> (the) (up to three words) <thing> (on|in|for)" right before the date. */
const HOLD = new RegExp(
  String.raw`\b(?:${alternation(SCHEDULING_VERBS)})\s+(?:(?:a|an|the|its|their|his|her)\s+)?` +
    String.raw`(?:${WORD}\s+){0,3}?(?:(?<qual>${WORD})\s+)?(?<thing>${THING})\s+(?:on|in|for)\s+$`,
  'iu',
);

/** Dates to the month or finer, worked out to a calendar date (no unknown parts). */
const DATED = /^\d{4}-\d{2}(?:-\d{2})?(?:T|$)/;

/** The things an article puts on dates, one per date mention at most. */
export function findSchedules(text: string, sentences: readonly Span[], dates: readonly DateMention[]): Schedule[] {
  const out: Schedule[] = [];
  for (const d of dates) {
    if ((d.kind !== 'date' && d.kind !== 'time') || !DATED.test(d.value)) continue;
    const sentence = sentences[d.sentence] ?? sentences.find((s) => s.start <= d.start && d.start < s.end);
    if (!sentence) continue;
    const before = text.slice(sentence.start, d.start);
    const m = PUT_ON.exec(before) ?? HOLD.exec(before);
    if (!m?.groups) continue;
    const noun = SCHEDULED_THINGS[m.groups.thing!.toLowerCase()];
    if (!noun) continue;
    const qual = m.groups.qual?.toLowerCase();
    const thing = qual && SCHEDULE_QUALIFIERS.has(qual) && qual !== noun ? `${qual} ${noun}` : noun;
    const thingStart = sentence.start + m.index + m[0].toLowerCase().lastIndexOf(m.groups.thing!.toLowerCase());
    out.push({ thing, value: d.value, date: d.text, span: { start: thingStart, end: d.end } });
  }
  return out;
}

/** The calendar part of a value ("2013-04-30T14:00" → "2013-04-30"). */
const dayOf = (value: string) => value.split('T')[0]!;

/** True when two dates may be the same day: one holds the other ("May 2013" and "May 14, 2013"). */
export function datesAgree(a: string, b: string): boolean {
  const x = dayOf(a);
  const y = dayOf(b);
  return x.startsWith(y) || y.startsWith(x);
}
