/**
 * Dates, negative cases: numbers that are not dates (percentages, scores, prices, versions, counts,
 * codes), words that are not dates ("may", "march", "a second time"), names with dates in them, and
 * durations that must stay durations ("within 24 hours" is not a day).
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../src/stages/dates/calendar.ts';
import { findDates } from '../src/stages/dates/find.ts';

const REFERENCE = parseReference('2025-08-19');

/** Every expression found in a one-sentence text, as "surface=value". */
function found(text: string): string[] {
  return findDates(text, [{ start: 0, end: text.length }], { reference: REFERENCE }).map((m) => `${m.text}=${m.value}`);
}

describe('numbers that are not dates', () => {
  it.each([
    ['percentages', 'Turnout rose 20 percent, then 2025% in the joke, and 19.5% later on.'],
    ['scores', 'Arsenal won 2-1 and drew 3:3 with Chelsea.'],
    ['prices', 'The house sold for $1,999 and the car for £2,020.'],
    ['versions', 'Upgrade to iOS 17.2 or version 2.0 of the app.'],
    ['counts of things', 'About 2000 people and 1500 soldiers were moved.'],
    ['thousands', 'The fund holds 1,900 homes and 2,025 farms.'],
    ['codes and numbers', 'Flight 1998 left Room 2024 on Route 1966.'],
    ['phone numbers', 'Call 555-2025 for details.'],
    ['ages', 'A 6-year-old boy and his 52-year-old father were rescued.'],
    ['names with a year', 'The venture was called Orion 1980 by its founders.'],
  ])('%s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('words that are not dates', () => {
  it.each([
    ['"may" the verb', 'They may resign if the vote fails.'],
    ['"march" the verb and the noun', 'Protesters march on the capital; the March for Life was large.'],
    ['"a second" and "a quarter of"', 'He tried a second time and sold a quarter of the shares.'],
    ['a season as a verb', 'Prices fall when supply rises; the spring broke.'],
    ['a title in quotes', 'He told "This Week" that the film "High Noon" was his favourite.'],
    ['a programme name', 'This is VOA Today with the news.'],
    ['a newspaper', "The People's Daily agreed with Motor Cycle Monthly."],
    ['an era, not a day', "Today's youth and the people of tomorrow want change."],
    ['rates', 'It earns $2 million a year and four flights a week.'],
  ])('%s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('durations stay durations', () => {
  it('"within 24 hours" is a duration, not a day', () => {
    const [mention, ...rest] = findDates('He promised to end the war within 24 hours.', [{ start: 0, end: 44 }], {
      reference: REFERENCE,
    });
    expect(rest).toEqual([]);
    expect(mention).toMatchObject({ text: '24 hours', value: 'PT24H', kind: 'duration', signal: 'within' });
  });

  it('"the 2025-26 budget year" is not twenty-six years', () => {
    expect(found('The board spent its budget for the 2025-26 year.').filter((v) => v.startsWith('26'))).toEqual([]);
  });

  it('a time of day is not a score, a ratio is not a time', () => {
    expect(found('The ratio was 3:2 in favour.')).toEqual([]);
    expect(found('The ferry leaves at 10:45 p.m.')).toEqual(['10:45 p.m.=2025-08-19T22:45']);
  });
});
