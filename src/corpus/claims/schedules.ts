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
  RESCHEDULING,
  SCHEDULED_THINGS,
  SCHEDULE_QUALIFIERS,
  SCHEDULING_PARTICIPLES,
  SCHEDULING_VERBS,
} from '../../locales/en/schedules.ts';
import type { DateMention } from '../../stages/dates/types.ts';
import { alternatives } from './patterns.ts';

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

const THING = alternatives(Object.keys(SCHEDULED_THINGS));
const WORD = String.raw`[\p{L}][\p{L}'’-]*`;
/** A word that may stand between a verb and its object's noun: no function word ("a news conference about the hearing"). */
const MODIFIER = String.raw`(?!(?:about|on|of|for|to|with|at|in|over|after|before|into|from|by|the|a|an|and|or|up|off|back)\b)${WORD}`;
/** The thing's noun, whole: not the end of another word ("by-election"). */
const THING_NOUN = String.raw`(?<![\p{L}-])(?<thing>${THING})\b`;

/** "<thing> (that) (is|will be) <participle> (for|on|in) (on)" right before the date ("had been set for": a plan given up). */
const PUT_ON = new RegExp(
  String.raw`(?:\b(?<qual>${MODIFIER})\s+)?${THING_NOUN}\s+(?:(?:that|which)\s+)?` +
    String.raw`(?:(?:is|are|was|were|will|would|has|have|to)\s+)?(?:be\s+|been\s+)?` +
    String.raw`(?:${alternatives(SCHEDULING_PARTICIPLES)})\s+(?:(?:for|on|in)\s+)?(?:on\s+)?$`,
  'diu',
);

/** "<verb> (the) (up to two modifiers) <thing> (on|in|for)" right before the date. */
const HOLD = new RegExp(
  String.raw`\b(?:${alternatives(SCHEDULING_VERBS)})\s+(?:(?:a|an|the|its|their|his|her)\s+)?` +
    String.raw`(?:${MODIFIER}\s+){0,2}?(?:(?<qual>${MODIFIER})\s+)?${THING_NOUN}\s+(?:on|in|for)\s+$`,
  'diu',
);

/**
 * "the <date> (qualifier) (qualifier) <thing>": a date that says which one the thing is ("the June 25
 * special general election", "her own May 4th hearing") puts it on that date. A determiner stands before
 * the date, so that the date is a modifier of the thing, not a time of the clause ("On Tuesday debates
 * …").
 */
const NAMED_BY_DATE_BEFORE = /(?:\b(?:the|a|an|his|her|its|their|this|next|own)|['’]s)\s+$/iu;
const NAMED_BY_DATE_AFTER = new RegExp(
  String.raw`^\s+(?:(?<q1>${MODIFIER})\s+)?(?:(?<q2>${MODIFIER})\s+)?${THING_NOUN}`,
  'diu',
);

const RESCHEDULED = new RegExp(String.raw`\b(?:${alternatives(RESCHEDULING)})\b`, 'i');

/** Dates to the month or finer, worked out to a calendar date (no unknown parts). */
const DATED = /^\d{4}-\d{2}(?:-\d{2})?(?:T|$)/;

/** The things an article puts on dates, one per date mention at most. */
export function findSchedules(text: string, sentences: readonly Span[], dates: readonly DateMention[]): Schedule[] {
  const out: Schedule[] = [];
  for (const d of dates) {
    if ((d.kind !== 'date' && d.kind !== 'time') || !DATED.test(d.value)) continue;
    const sentence = sentences[d.sentence] ?? sentences.find((s) => s.start <= d.start && d.start < s.end);
    if (!sentence) continue;
    // A sentence that tells of a date given up ("set for May 4 but postponed") puts nothing on it; nor
    // is a date's possessive ("a hearing on Tuesday's shooting") a date the thing is on.
    const words = text.slice(sentence.start, sentence.end);
    if (RESCHEDULED.test(words) || /['’]s$/u.test(d.text) || /^['’]s\b/u.test(text.slice(d.end, d.end + 3))) continue;
    const before = text.slice(sentence.start, d.start);
    const byDate = NAMED_BY_DATE_BEFORE.test(before) ? nameByDate(text, d, sentence) : undefined;
    if (byDate) {
      out.push(byDate);
      continue;
    }
    const m = PUT_ON.exec(before) ?? HOLD.exec(before);
    if (!m?.groups || !m.indices?.groups?.thing) continue;
    const noun = SCHEDULED_THINGS[m.groups.thing!.toLowerCase()];
    if (!noun) continue;
    // The word before says which one: a listed qualifier ("the general election"), or a name ("the
    // Senate hearing", "the Democratic primary").
    const word = m.groups.qual;
    const named = word !== undefined && /^\p{Lu}/u.test(word) && m.indices.groups.qual![0] > 0;
    const qual = word && (SCHEDULE_QUALIFIERS.has(word.toLowerCase()) || named) ? word.toLowerCase() : '';
    const thing = qual && qual !== noun ? `${qual} ${noun}` : noun;
    out.push({
      thing,
      value: d.value,
      date: d.text,
      span: { start: sentence.start + m.indices.groups.thing[0], end: d.end },
    });
  }
  return out;
}

/** The thing a date before it names ("the June 25 special general election"), or undefined. */
function nameByDate(text: string, d: DateMention, sentence: Span): Schedule | undefined {
  const m = NAMED_BY_DATE_AFTER.exec(text.slice(d.end, sentence.end));
  if (!m?.groups || !m.indices?.groups?.thing) return undefined;
  const noun = SCHEDULED_THINGS[m.groups.thing!.toLowerCase()];
  if (!noun) return undefined;
  // Every word between the date and the noun says which one, and must be one that can ("the June 25
  // special election"; not "the June 25 televised debate", whose word says how, not which).
  const words = [m.groups.q1, m.groups.q2].filter((w): w is string => w !== undefined);
  if (!words.every((w) => SCHEDULE_QUALIFIERS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))) return undefined;
  const quals = words.map((w) => w.toLowerCase()).filter((w) => w !== noun);
  return {
    thing: [...quals, noun].join(' '),
    value: d.value,
    date: d.text,
    span: { start: d.start, end: d.end + m.indices.groups.thing[1] },
  };
}

/** The noun of a thing ("special election" → "election"). */
export function nounOf(thing: string): string {
  return thing.slice(thing.lastIndexOf(' ') + 1);
}

/**
 * True when two things of one noun may be one: the words that say which one of either are all words of
 * the other ("special election" and "special general election"; not "general election" and "primary
 * election"), or one has none ("the election").
 */
export function sameThing(a: string, b: string): boolean {
  if (nounOf(a) !== nounOf(b)) return false;
  const x = a.split(' ').slice(0, -1);
  const y = b.split(' ').slice(0, -1);
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

/** The calendar part of a value ("2013-04-30T14:00" → "2013-04-30"). */
const dayOf = (value: string) => value.split('T')[0]!;

/** True when two dates may be the same day: one holds the other ("May 2013" and "May 14, 2013"). */
export function datesAgree(a: string, b: string): boolean {
  const x = dayOf(a);
  const y = dayOf(b);
  return x.startsWith(y) || y.startsWith(x);
}
