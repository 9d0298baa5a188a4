/**
 * Regular-expression building blocks for temporal expressions, made from the word lists in
 * `src/locales/en/dates.ts`. Every block is non-capturing, so parsers can count their own groups.
 * The combined expression is matched case-insensitively; parsers check capitals where they matter.
 */
import {
  EASTER_HOLIDAYS,
  FIXED_HOLIDAYS,
  FREQUENCIES,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  REFERENCE_WORDS,
  TIME_ZONES,
  WEEKDAY_HOLIDAYS,
} from '../../locales/en/dates.ts';

/** Escapes a word for a regular expression; spaces match any run of white space, apostrophes both kinds. */
function escapeWord(word: string): string {
  return word
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+')
    .replace(/['’]/g, "['’]");
}

/** A non-capturing alternation of words, longest first so the longest wins. */
export function alt(words: Iterable<string>): string {
  return `(?:${[...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeWord)
    .join('|')})`;
}

export const MONTH_FULL = alt(MONTH_NAMES);
/** A month: the full name, or an abbreviation with an optional dot ("Sept. 30", "Aug 7"). */
export const MONTH = `(?:${MONTH_FULL}|${alt(MONTH_ABBREVIATIONS)}\\.?)(?![a-z])`;
export const WEEKDAY = `(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)\\.)`;
/** A day of the month, not the start of a bigger number, a time, a score or a percentage. */
export const DAY = `(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d%]|:\\d|,\\d{3}|\\.\\d|\\s*(?:percent|per\\s+cent|million|billion|[ap]\\.?m\\b))`;
/** A four-digit year from 1500 to 2099. */
export const YEAR = `(?:1[5-9]\\d\\d|20\\d\\d)(?!\\d)`;
export const PART_OF_DAY = `(?:morning|afternoon|evening|night)`;

const SMALL_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN_WORDS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A year said aloud, as broadcast transcripts write it: "nineteen ninety-six", "nineteen oh five". */
export const SPOKEN_YEAR = `(?:nineteen|eighteen|twenty)[\\s-]+(?:(?:${TENS_WORDS})(?:[\\s-](?:${SMALL_WORDS}))?|${TEEN_WORDS}|oh[\\s-](?:${SMALL_WORDS}))(?![\\w-])`;
/** "the year two thousand (and one)". */
export const SPOKEN_2000S = `the\\s+year\\s+two\\s+thousand(?:\\s+and)?(?:\\s+(?:${TEEN_WORDS}|${SMALL_WORDS}))?(?![\\w-])`;
/** A day of the month in words: "March eighth", "the first of May". */
export const DAY_WORD = `(?:thirty[\\s-]first|thirtieth|twenty[\\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|nineteenth|eighteenth|seventeenth|sixteenth|fifteenth|fourteenth|thirteenth|twelfth|eleventh|tenth|ninth|eighth|seventh|sixth|fifth|fourth|third|second|first)(?![\\w-])`;

const SMALL = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A number in words, up to the hundreds ("twenty four", "twenty-four", "a hundred"). */
export const NUMBER_WORD = `(?:(?:${TENS})(?:[\\s-](?:${SMALL}))?|${TEENS}|${SMALL}|zero)(?:\\s+hundred)?(?![a-z])`;
export const NUMBER_DIGITS = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)`;
/** How many units: a number (with "and a half"), "a", "a few", "several"… */
export const COUNT = `(?:(?:${NUMBER_DIGITS}|${NUMBER_WORD})(?:\\s+1/2|\\s*½|\\s+and\\s+a\\s+half)?(?:\\s+(?:or|to)\\s+(?:${NUMBER_DIGITS}|${NUMBER_WORD}))?|an?\\s+(?:couple\\s+of|few|dozen|number\\s+of|hundred|thousand)|couple\\s+of|an?(?:\\s+and\\s+a\\s+half)?|half\\s+an?|several|some|many|few|(?:a\\s+)?hundreds\\s+of|dozens\\s+of)`;
/** A unit of time, singular or plural. */
export const UNIT = `(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a))s?(?![a-z])`;
export const TIME_ZONE = alt(TIME_ZONES);
export const FREQUENCY = alt(FREQUENCIES.keys());
export const REFERENCE = alt(REFERENCE_WORDS.keys());
export const HOLIDAY = alt([...FIXED_HOLIDAYS.keys(), ...WEEKDAY_HOLIDAYS.keys(), ...EASTER_HOLIDAYS.keys()]);
