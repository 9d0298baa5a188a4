import { list } from './list.ts';
/** Word lists for dates and times: data only. Keys are lower case unless said otherwise. */

/** Month names and their abbreviations (without the dot), to the month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...list('january, february, march, april, may, june, july, august, september, october, november, december').map(
    (m, i) => [m, i + 1] as const,
  ),
  ...list('jan, feb, mar, apr, may, jun, jul, aug, sep, oct, nov, dec').map((m, i) => [m, i + 1] as const),
  ['sept', 9],
]);

/** Full month names, capitalised as written (a lower-case "may" or "march" is a verb). */
export const MONTH_NAMES = list(
  'january, february, march, april, may, june, july, august, september, october, november, december',
).map((m) => m[0]!.toUpperCase() + m.slice(1));

/** Month abbreviations, capitalised; written with a dot, or without one before a day number. */
export const MONTH_ABBREVIATIONS = list('jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec').map(
  (m) => m[0]!.toUpperCase() + m.slice(1),
);

/** Weekday names to ISO weekday numbers (Monday 1 … Sunday 7); abbreviations are written with a dot. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ...list('monday, tuesday, wednesday, thursday, friday, saturday, sunday').map((d, i) => [d, i + 1] as const),
  ['mon', 1],
  ['tue', 2],
  ['tues', 2],
  ['wed', 3],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['fri', 5],
  ['sat', 6],
  ['sun', 7],
]);

/** Seasons to their TIMEX3 codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['autumn', 'FA'],
  ['fall', 'FA'],
  ['winter', 'WI'],
]);

/** Parts of the day to their TIMEX3 codes. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  ['overnight', 'NI'],
]);

/** Number words to their values ("a"/"an" are one). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...list(
    'zero, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen, fifteen, sixteen, seventeen, eighteen, nineteen',
  ).map((w, i) => [w, i] as const),
  ...list('twenty, thirty, forty, fifty, sixty, seventy, eighty, ninety').map((w, i) => [w, (i + 2) * 10] as const),
  ['a', 1],
  ['an', 1],
  ['a couple of', 2],
  ['a dozen', 12],
  ['dozen', 12],
  ['hundred', 100],
  ['a hundred', 100],
  ['a thousand', 1000],
  ['couple of', 2],
  ['thousand', 1000],
  ['two thousand', 2000],
]);

/** Ordinal words to numbers, for days of the month in words ("March eighth", "the twenty-first"). */
export const ORDINALS: ReadonlyMap<string, number> = new Map(
  list(
    'first, second, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth, sixteenth, seventeenth, eighteenth, nineteenth, twentieth',
  ).map((w, i) => [w, i + 1] as const),
);

/** Units of time to their TIMEX3 duration letters; `time` units go after the "T". */
export const UNITS: ReadonlyMap<string, { letter: string; time?: boolean; factor?: number }> = new Map([
  ['second', { letter: 'S', time: true }],
  ['minute', { letter: 'M', time: true }],
  ['hour', { letter: 'H', time: true }],
  ['day', { letter: 'D' }],
  ['night', { letter: 'D' }],
  ['week', { letter: 'W' }],
  ['fortnight', { letter: 'W', factor: 2 }],
  ['month', { letter: 'M' }],
  ['quarter', { letter: 'Q' }],
  ['year', { letter: 'Y' }],
  ['decade', { letter: 'Y', factor: 10 }],
  ['century', { letter: 'Y', factor: 100 }],
  ['centurie', { letter: 'Y', factor: 100 }],
  ['millennium', { letter: 'Y', factor: 1000 }],
  ['millennia', { letter: 'Y', factor: 1000 }],
]);

/** Adverbs and adjectives of frequency to TIMEX3 SET values. */
export const FREQUENCIES: ReadonlyMap<string, string> = new Map([
  ['hourly', 'PT1H'],
  ['daily', 'P1D'],
  ['nightly', 'P1D'],
  ['weekly', 'P1W'],
  ['biweekly', 'P2W'],
  ['fortnightly', 'P2W'],
  ['monthly', 'P1M'],
  ['yearly', 'P1Y'],
]);

/** Expressions that stand for the present, the past or the future as a whole (TIMEX3 *_REF values). */
export const REFERENCE_WORDS: ReadonlyMap<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = new Map([
  ...list(
    'now, right now, just now, currently, current, at present, presently, nowadays, these days, at the moment, at this time, for now, the present, this moment, at this point',
  ).map((w) => [w, 'PRESENT_REF'] as const),
  ...list(
    'recently, lately, the past, past years, in recent years, recent years, in recent days, recent days, the last few years, the last few months, the past few years, the past several years',
  ).map((w) => [w, 'PAST_REF'] as const),
  ...list(
    'the future, the near future, the near term, the short term, the long term, the longer term, the medium term, a later date, future quarters, future years, coming quarters, in the years ahead, the months ahead, the years ahead, the weeks ahead, the days ahead, as soon as possible',
  ).map((w) => [w, 'FUTURE_REF'] as const),
]);

/** Fixed-date holidays: name to month and day. */
export const FIXED_HOLIDAYS: ReadonlyMap<string, [number, number]> = new Map([
  ['new year’s day', [1, 1]],
  ['new year’s eve', [12, 31]],
  ['new year’s', [1, 1]],
  ['valentine’s day', [2, 14]],
  ['st. patrick’s day', [3, 17]],
  ['independence day', [7, 4]],
  ['the fourth of july', [7, 4]],
  ['fourth of july', [7, 4]],
  ['bastille day', [7, 14]],
  ['halloween', [10, 31]],
  ['veterans day', [11, 11]],
  ['armistice day', [11, 11]],
  ['remembrance day', [11, 11]],
  ['christmas eve', [12, 24]],
  ['christmas day', [12, 25]],
  ['christmas', [12, 25]],
  ['boxing day', [12, 26]],
]);

/**
 * Holidays on the nth weekday of a month, some days after it: name to [month, weekday (1 = Monday),
 * n (-1 = last), days after].
 */
export const WEEKDAY_HOLIDAYS: ReadonlyMap<string, [number, number, number, number]> = new Map([
  ['thanksgiving day', [11, 4, 4, 0]],
  ['thanksgiving', [11, 4, 4, 0]],
  ['black friday', [11, 4, 4, 1]],
  ['cyber monday', [11, 4, 4, 4]],
  ['labor day', [9, 1, 1, 0]],
  ['memorial day', [5, 1, -1, 0]],
  ['martin luther king day', [1, 1, 3, 0]],
  ['presidents’ day', [2, 1, 3, 0]],
  ['columbus day', [10, 1, 2, 0]],
  ['mother’s day', [5, 7, 2, 0]],
  ['father’s day', [6, 7, 3, 0]],
  // The Tuesday after the first Monday of November.
  ['election day', [11, 1, 1, 1]],
]);

/** Holidays counted from Easter Sunday: name to the offset in days. */
export const EASTER_HOLIDAYS: ReadonlyMap<string, number> = new Map([
  ['easter sunday', 0],
  ['easter', 0],
  ['easter monday', 1],
  ['good friday', -2],
]);

/** US time zones and others a wire story may give after a clock time. */
export const TIME_ZONES = list('est, edt, cst, cdt, mst, mdt, pst, pdt, et, pt, ct, gmt, utc, bst, cet, cest, msk');

/** Words that make the verb near a date point to the future ("will meet on Friday", "are set to meet"). */
export const FUTURE_CUES = new Set(
  list(`
will, 'll, ’ll, shall, won't, won’t, gonna, going, set, due, scheduled, expected, expects, expect, plans, plan,
intends, intend, upcoming, next, tomorrow, forthcoming, slated, poised, awaits, awaiting
`),
);

/** Weaker cues of the future: modal verbs and infinitives are often about the past ("could be found Friday"). */
export const WEAK_FUTURE_CUES = new Set(
  list(`would, could, might, may, hopes, aims, coming, pending, ready, prepares, preparing`),
);

/** Words that mark the past even though they do not end in "-ed". */
export const PAST_CUES = new Set(
  list(`
said, told, was, were, had, did, ago, yesterday, last, met, began, begun, came, went, gone, gave, given, took,
taken, made, held, spoke, spoken, saw, seen, left, fell, fallen, rose, risen, won, lost, sold, bought, paid,
thought, found, brought, kept, led, ran, sent, struck, wrote, written, broke, broken, became, chose, drew,
flew, grew, knew, threw, quit, sought, sank, stood, taught, understood, withdrew, shot, slid, sprang, spent,
swept, told, tore, wore, woke, fought, froze, hid, hung, lay, laid, meant, overtook, ate, drove, driven, rang,
shook, sat, slept, stole, stuck, swore, swam, undertook, upheld, won, earlier, previously, former, formerly
`),
);

/** "-ed" words that are not past tenses (nouns, adjectives, or cues of the future). */
export const NOT_PAST_ED = new Set(
  list(`
need, feed, seed, bed, red, shed, speed, hundred, united, proceed, exceed, succeed, indeed, breed, creed, greed,
deed, weed, fled, led, wed, bled, bred, sled, shred, sacred, naked, wicked, kindred, scheduled, expected,
intended, slated, supposed, interested, concerned, related, based, so-called, armed, advanced, detailed, limited,
unprecedented, unexpected, renewed, continued, increased, reduced, combined, unified, allied, noted, used,
varied, married, tired, skilled, talented, fixed, mixed, alleged, owned, red-faced, embattled, beloved
`),
);
