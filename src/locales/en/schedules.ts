/** Words of things put on a date, in news English: data only (src/corpus/claims/schedules.ts reads them). */

/**
 * Things that are held on a date — elections, hearings, trials — each form with its singular. A date
 * given for one of them by two outlets of one event is the date of one thing. Votes, meetings, talks and
 * deadlines are left out: a story often has several of them.
 */
export const SCHEDULED_THINGS: Readonly<Record<string, string>> = Object.fromEntries(
  `primary primaries|election elections|runoff runoffs|referendum referendums|caucus caucuses|
  hearing hearings|trial trials|sentencing sentencings|arraignment arraignments|debate debates|
  summit summits|inauguration inaugurations|convention conventions|ceremony ceremonies|funeral funerals`
    .split('|')
    .flatMap((forms) => {
      const [one, ...more] = forms.trim().split(/\s+/);
      return [one!, ...more].map((f) => [f, one!]);
    }),
);

/**
 * Words before one of them that say which one it is ("the general election", "the special election",
 * "the Democratic primary"): kept with it, so two of its kind are never taken for one.
 */
export const SCHEDULE_QUALIFIERS: ReadonlySet<string> = new Set(
  `general special primary presidential midterm parliamentary municipal local state federal runoff
  democratic republican first second final preliminary sentencing bail confirmation pre-trial pretrial
  detention competency plea status impeachment disciplinary`
    .split(/\s+/)
    .filter(Boolean),
);

/** Participles that put a thing on a date: "set for", "scheduled for", "slated for", "held on". */
export const SCHEDULING_PARTICIPLES: readonly string[] = ['held', 'set', 'scheduled', 'slated', 'planned', 'due'];

/**
 * Verbs whose object is put on the date after it: "will hold primaries in mid-May", "set a hearing for
 * May 4" (not "held up", "held off": delayed).
 */
export const SCHEDULING_VERBS: readonly string[] = [
  'hold',
  'holds',
  'held',
  'holding',
  'schedule',
  'schedules',
  'scheduled',
  'scheduling',
  'set',
  'sets',
  'setting',
];

/** Words that say a date was given up for another: a sentence with one puts nothing on its date. */
export const RESCHEDULING: readonly string[] = [
  'postponed',
  'postpone',
  'delayed',
  'delay',
  'rescheduled',
  'moved',
  'pushed back',
  'put off',
  'cancelled',
  'canceled',
  'called off',
];
