/**
 * Dates: golden cases with fixed reference dates (never "now") for every kind of expression the finder
 * knows, tense-aware weekdays and months, values in TIMEX3 form, spans that are exact slices.
 */
import { describe, expect, it } from 'vitest';
import { dayNumber, isoWeekOf, nthWeekday, easterOf, dayValue } from '../src/stages/dates/calendar.ts';
import { parseReference } from '../src/stages/dates/calendar.ts';
import { findDates } from '../src/stages/dates/find.ts';
import { dateRange, readableValue } from '../src/stages/dates/range.ts';
import type { DateMention } from '../src/stages/dates/types.ts';
import { splitSentences } from '../src/stages/sentences/split.ts';

/** The mentions of a text, with the given ISO date as the article's date (or none). */
function find(text: string, reference?: string): DateMention[] {
  const sentences = splitSentences(text, { start: 0, end: text.length });
  const mentions = findDates(text, sentences, { reference: parseReference(reference) });
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.text).toBe(m.text.trim());
  }
  return mentions;
}

/** "surface=value" for each mention, in order. */
function values(text: string, reference?: string): string[] {
  return find(text, reference).map((m) => `${m.text}=${m.value}`);
}

/** The one mention whose surface is `surface`. */
function only(text: string, surface: string, reference?: string): DateMention {
  const found = find(text, reference).filter((m) => m.text === surface);
  expect(found, `one mention "${surface}" in: ${text}`).toHaveLength(1);
  return found[0]!;
}

// Tuesday 19 August 2025, the day after the White House meeting.
const AUG19 = '2025-08-19';

describe('weekdays look back or forward with the tense', () => {
  it('a past verb looks back, a future one forward, the same weekday is the day itself', () => {
    expect(values('Trump met Putin in Alaska on Friday.', AUG19)).toEqual(['Friday=2025-08-15']);
    expect(values('Trump and Putin are set to meet on Friday.', '2025-08-12')).toEqual(['Friday=2025-08-15']);
    expect(values('The leaders will meet again on Friday.', AUG19)).toEqual(['Friday=2025-08-22']);
    expect(values('On Monday, the president revealed the plan.', AUG19)).toEqual(['Monday=2025-08-18']);
    expect(values('The talks resumed on Tuesday.', AUG19)).toEqual(['Tuesday=2025-08-19']);
    // An infinitive after the expression is a purpose of the verb before it, which gives the tense; one
    // before it still looks ahead.
    expect(
      values('Zelensky consulted allies dubbed the “coalition of the willing” over the weekend to prepare.', AUG19),
    ).toEqual(['the weekend=2025-W33-WE']);
    expect(values('He plans to meet them on Friday.', AUG19)).toEqual(['Friday=2025-08-22']);
    // "plan" before a date is the noun, no future: what was approved on it lies behind.
    expect(values('The House approved the budget plan on March 29.', '2012-08-14')).toEqual(['March 29=2012-03-29']);
    expect(values('They plan to vote on March 29.', '2012-08-14')).toEqual(['March 29=2013-03-29']);
    // The verb, after its subject, looks ahead; the noun after a determiner or a name does not.
    expect(values('Republicans plan on holding a vote Friday.', AUG19)).toEqual(['Friday=2025-08-22']);
    expect(values('We plan a vote on Friday.', AUG19)).toEqual(['Friday=2025-08-22']);
    expect(values('Democrats plan for a vote on Thursday.', AUG19)).toEqual(['Thursday=2025-08-21']);
    expect(values('They approved the Ryan plan on Friday.', AUG19)).toEqual(['Friday=2025-08-15']);
    // What one looks forward to lies ahead.
    expect(values('I look forward to talking to you Monday evening.', '2010-12-12')).toEqual([
      'Monday evening=2010-12-13TEV',
    ]);
  });

  it('a date something is "set for" or "slated for" lies ahead; one it "had been set for" does not', () => {
    expect(values('Patrick chose a successor in a special election set for June 25.', '2013-01-30')).toEqual([
      'June 25=2013-06-25',
    ]);
    expect(values('He should not run in the general election slated for June 25.', '2013-01-30')).toEqual([
      'June 25=2013-06-25',
    ]);
    expect(values('The vote had been set for June 25.', '2013-01-30')).toEqual(['June 25=2012-06-25']);
    expect(values('The suspect was set free on June 25.', '2013-01-30')).toEqual(['June 25=2012-06-25']);
  });

  it('"last" and "next" force the direction; a deadline looks ahead', () => {
    expect(values('He spoke last Friday and will speak next Monday.', AUG19)).toEqual([
      'last Friday=2025-08-15',
      'next Monday=2025-08-25',
    ]);
    expect(values('Officials said the water would drain by Friday.', '2026-03-11')).toEqual(['Friday=2026-03-13']);
    expect(values('Reports had been filed by Wednesday.', '1990-08-16')).toEqual(['Wednesday=1990-08-15']);
  });

  it('a participle takes its tense from its auxiliary, an adjective gives none', () => {
    expect(values('A meeting for affected residents will be held on Thursday evening.', '2026-03-11')).toEqual([
      'Thursday evening=2026-03-12TEV',
    ]);
  });

  it('"the previous Friday" counts from the day last named', () => {
    expect(values('Shares fell on Friday. They were down from the previous Friday.', '1989-10-30')).toEqual([
      'Friday=1989-10-27',
      'the previous Friday=1989-10-20',
    ]);
  });

  it('Fridays, every Friday and each Thursday are sets', () => {
    const set = find('Ferries run on Fridays and every Saturday.', AUG19);
    expect(set.map((m) => [m.value, m.kind])).toEqual([
      ['XXXX-WXX-5', 'set'],
      ['XXXX-WXX-6', 'set'],
    ]);
  });
});

describe('calendar dates', () => {
  it('reads full dates in US, British and ISO order, and numeric dates through chrono-node', () => {
    expect(values('It opened on August 15, 2025, not 15 August 2024.', AUG19)).toEqual([
      'August 15, 2025=2025-08-15',
      '15 August 2024=2024-08-15',
    ]);
    expect(values('Filed 2025-08-15T14:30Z and on 8/15/2025.', AUG19)).toEqual([
      '2025-08-15T14:30Z=2025-08-15T14:30',
      '8/15/2025=2025-08-15',
    ]);
    expect(only('The vote was held on Tuesday 10 March 2026.', 'Tuesday 10 March 2026', AUG19).value).toBe(
      '2026-03-10',
    );
  });

  it('gives a year to a month and day from the tense, else the nearest', () => {
    expect(values('The crack was logged in October.', '2026-03-11')).toEqual(['October=2025-10']);
    expect(values('Late sailings start from May 4.', '2026-03-20')).toEqual(['May 4=2026-05-04']);
    expect(values('Tickets go on sale on April 1.', '2026-03-20')).toEqual(['April 1=2026-04-01']);
    expect(values('The rights expire Nov. 21.', '1989-11-02')).toEqual(['Nov. 21=1989-11-21']);
    expect(values('Russia invaded in February 2022.', AUG19)).toEqual(['February 2022=2022-02']);
  });

  it('keeps the modifier of "early", "mid-" and "late" and of "the end of"', () => {
    expect(only('Sales fell in late November.', 'late November', AUG19)).toMatchObject({
      value: '2024-11',
      mod: 'END',
    });
    expect(only('It was built in mid-1996.', 'mid-1996', AUG19)).toMatchObject({ value: '1996', mod: 'MID' });
    expect(only('He led it until the end of 2024.', 'the end of 2024', AUG19)).toMatchObject({
      value: '2024',
      mod: 'END',
    });
  });

  it('reads years, decades, centuries and spoken years', () => {
    expect(values('Since 2021 and in the 1990s, as in the 20th century.', AUG19)).toEqual([
      '2021=2021',
      'the 1990s=199',
      'the 20th century=19',
    ]);
    expect(only('January nineteen ninety-seven.', 'January nineteen ninety-seven', '1998-02-27').value).toBe('1997-01');
    expect(values("Women's Day is this coming Sunday, March eighth.", '1998-03-05')).toEqual([
      'this coming Sunday, March eighth=1998-03-08',
    ]);
    expect(only('Since 2021, prices rose.', '2021', AUG19).signal).toBe('since');
  });

  it('reads holidays in the year the tense points to', () => {
    expect(values('The talks will resume after Christmas.', AUG19)).toEqual(['Christmas=2025-12-25']);
    expect(values('Thanksgiving 2024 was quiet.', AUG19)).toEqual(['Thanksgiving 2024=2024-11-28']);
    expect(values('Shops expect crowds on Black Friday and Cyber Monday.', '2019-11-19')).toEqual([
      'Black Friday=2019-11-29',
      'Cyber Monday=2019-12-02',
    ]);
  });
});

describe('relative expressions', () => {
  it('resolves deictic days and parts of the day', () => {
    expect(values('Yesterday he left; tomorrow morning he returns; last night was calm.', AUG19)).toEqual([
      'Yesterday=2025-08-18',
      'tomorrow morning=2025-08-20TMO',
      'last night=2025-08-18TNI',
    ]);
    expect(values('The vote is tonight, not today.', AUG19)).toEqual(['tonight=2025-08-19TNI', 'today=2025-08-19']);
  });

  it('resolves shifted weeks, months, years and seasons', () => {
    expect(values('Last week, this week and next month; last year, this summer, last autumn.', AUG19)).toEqual([
      'Last week=2025-W33',
      'this week=2025-W34',
      'next month=2025-09',
      'last year=2024',
      'this summer=2025-SU',
      'last autumn=2024-FA',
    ]);
    expect(only('It will be ready next week.', 'next week', '2026-03-13').granularity).toBe('week');
  });

  it('resolves "ago" from the reference and "earlier"/"later" from the last date named', () => {
    expect(values('The war began two years ago and three weeks ago talks failed.', AUG19)).toEqual([
      'two years ago=2023',
      'three weeks ago=2025-W31',
    ]);
    expect(values('The dam failed on March 10, 2026. Three days later, the inquiry opened.', AUG19)).toEqual([
      'March 10, 2026=2026-03-10',
      'Three days later=2026-03-13',
    ]);
    expect(values('They met on March 3. The following day, talks resumed.', AUG19)).toEqual([
      'March 3=2025-03-03',
      'The following day=2025-03-04',
    ]);
  });

  it('reads quarters and halves, with the year from the report', () => {
    expect(values('Profit rose in the third quarter and in Q2 2024.', '1989-10-26')).toEqual([
      'the third quarter=1989-Q3',
      'Q2 2024=2024-Q2',
    ]);
    expect(values('Net fell in the third quarter. A year earlier, it rose.', '1989-10-26')).toEqual([
      'the third quarter=1989-Q3',
      'A year earlier=1988-Q3',
    ]);
    expect(values('Sales grew in the first half of 2025.', AUG19)).toEqual(['the first half of 2025=2025-H1']);
  });

  it('gives TIMEX3 reference values to now, recently and the future', () => {
    expect(values('Now prices are high; recently they fell; in the future they may rise.', AUG19)).toEqual([
      'Now=PRESENT_REF',
      'recently=PAST_REF',
      'the future=FUTURE_REF',
    ]);
  });

  it('joins a clock time with its day', () => {
    expect(values('The leaders will meet at 3:30 p.m. on Friday.', AUG19)).toEqual([
      '3:30 p.m. on Friday=2025-08-22T15:30',
    ]);
    expect(values('The spillway collapsed at about 11:40 p.m. on Tuesday.', '2026-03-11')).toEqual([
      'about 11:40 p.m. on Tuesday=2026-03-10T23:40',
    ]);
    expect(only('The deadline is noon.', 'noon', AUG19).value).toBe('2025-08-19T12:00');
  });
});

describe('durations are kept apart from dates', () => {
  it('gives TIMEX3 durations with their unit as granularity', () => {
    const found = find(
      'He ruled for four years after a 20-minute conversation, then waited two and a half years, several months and half an hour.',
      AUG19,
    );
    expect(found.map((m) => [m.text, m.value, m.kind, m.granularity])).toEqual([
      ['four years', 'P4Y', 'duration', 'year'],
      ['20-minute', 'PT20M', 'duration', 'minute'],
      ['two and a half years', 'P2Y6M', 'duration', 'year'],
      ['several months', 'PXM', 'duration', 'month'],
      ['half an hour', 'PT30M', 'duration', 'hour'],
    ]);
    expect(only('He ruled for four years.', 'four years', AUG19).signal).toBe('for');
  });

  it('reads "the past two weeks", "at least 30 days", "decades-long"', () => {
    expect(values('Over the past two weeks, at least 30 days passed in a decades-long feud.', AUG19)).toEqual([
      'the past two weeks=P2W',
      'at least 30 days=P30D',
      'decades-long=PXE',
    ]);
  });

  it('reads sets: "daily", "twice a year", "every day"', () => {
    expect(
      find('Inspections ran twice a year, reports daily, checks every day.', AUG19).map((m) => [m.value, m.kind]),
    ).toEqual([
      ['P1Y', 'set'],
      ['P1D', 'set'],
      ['P1D', 'set'],
    ]);
  });
});

describe('without a reference date nothing is invented', () => {
  it('leaves the open parts as X', () => {
    expect(values('He left on Friday, came back yesterday and will return on March 11; in 2021 he won.')).toEqual([
      'Friday=XXXX-WXX-5',
      'yesterday=XXXX-XX-XX',
      'March 11=XXXX-03-11',
      '2021=2021',
    ]);
    expect(values('Last year was hard.')).toEqual(['Last year=XXXX']);
  });
});

describe('calendar arithmetic', () => {
  it('knows ISO weeks, nth weekdays and Easter', () => {
    expect(isoWeekOf(dayNumber(2025, 8, 19))).toEqual({ year: 2025, week: 34 });
    expect(isoWeekOf(dayNumber(2021, 1, 3))).toEqual({ year: 2020, week: 53 });
    expect(dayValue(nthWeekday(2024, 11, 4, 4))).toBe('2024-11-28');
    expect(dayValue(nthWeekday(2025, 5, 1, -1))).toBe('2025-05-26');
    expect(dayValue(easterOf(2026))).toBe('2026-04-05');
  });

  it('gives the days a value covers, for the timeline', () => {
    expect(dateRange('2025-08')).toEqual({ start: '2025-08-01', end: '2025-08-31' });
    expect(dateRange('2025-W34')).toEqual({ start: '2025-08-18', end: '2025-08-24' });
    expect(dateRange('2025-W34-WE')).toEqual({ start: '2025-08-23', end: '2025-08-24' });
    expect(dateRange('2025-Q3')).toEqual({ start: '2025-07-01', end: '2025-09-30' });
    expect(dateRange('2025-WI')).toEqual({ start: '2025-12-01', end: '2026-02-28' });
    expect(dateRange('199')).toEqual({ start: '1990-01-01', end: '1999-12-31' });
    expect(dateRange('2025-08-15T14:30')).toEqual({ start: '2025-08-15', end: '2025-08-15' });
    expect(dateRange('PRESENT_REF')).toBeUndefined();
    expect(dateRange('P4Y')).toBeUndefined();
  });
});

describe('values as a reader reads them', () => {
  it('names decades, centuries, parts of days, weekends, quarters and seasons in words; keeps the rest', () => {
    expect(
      ['197', '20', '2010-12-13TEV', '2025-W33-WE', '2025-Q3', '2009-SU', '2025-08-19', '2025-08', 'PRESENT_REF'].map(
        readableValue,
      ),
    ).toEqual([
      '1970s',
      '21st century',
      '2010-12-13 evening',
      'weekend of 2025-W33',
      'Q3 2025',
      'summer 2009',
      '2025-08-19',
      '2025-08',
      'PRESENT_REF',
    ]);
    // A decade found in a text reads as one.
    const decade = only('Prices rose sharply in the mid-1970s.', 'the mid-1970s', AUG19);
    expect([decade.value, readableValue(decade.value)]).toEqual(['197', '1970s']);
  });
});
