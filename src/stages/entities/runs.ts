import { GIVEN_NAMES, NAME_PARTICLES } from '../../locales/en/names.ts';
import {
  DEMONYMS,
  DIRECTIONS,
  NOT_NAMES,
  ORG_HEADS,
  ORGANISATIONS,
  PLACE_HEADS,
  PLACES,
} from '../../locales/en/gazetteer.ts';
import { ROLE_TITLES } from '../../locales/en/titles.ts';
import type { Token } from './tokens.ts';

/** A run of capitalised tokens: the raw material of names ("NATO Secretary-General Mark Rutte"). */
export interface Run {
  /** Indexes into the paragraph's tokens, first and one past last. */
  from: number;
  to: number;
}

const DASHES = new Set(['-', '–', '‐']);

/** A token that starts with a capital letter and has a letter (NATO, U.S., J.D., O’Brien). */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}/u.test(token.text) && /\p{L}/u.test(token.text);
}

/** The lower-case words of a run, without dashes, for matching titles and lists. */
export function words(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => !DASHES.has(t.text)).map((t) => t.text.toLowerCase());
}

const TITLE_FIRST_WORDS = new Set(ROLE_TITLES.map((t) => t.split(' ')[0]!));

/**
 * True when a word before a place word qualifies the place ("Southern District", "The Republic", "New
 * Hampshire Hall"), so that it is no given name before a surname.
 */
export function placeModifier(word: string): boolean {
  return (
    PLACES.has(word) || ORGANISATIONS.has(word) || NOT_NAMES.has(word) || DEMONYMS.has(word) || DIRECTIONS.has(word)
  );
}

/** True when the words after "of" at `at` open with a listed place or organisation ("… of New York"). */
export function listedAfterOf(words: readonly string[], at: number): boolean {
  for (let n = 3; n >= 1; n--) {
    const k = words.slice(at + 1, at + 1 + n).join(' ');
    if (at + n < words.length && (PLACES.has(k) || ORGANISATIONS.has(k))) return true;
  }
  return false;
}

/**
 * True when the run so far ends with a title, an organisation word or a place word ("Secretary of State",
 * "Bank of …", "Republic of …").
 */
function joinsOverOf(tokens: readonly Token[], from: number, at: number): boolean {
  const last = tokens[at - 1]?.text.toLowerCase() ?? '';
  if (at <= from) return false;
  if (ORG_HEADS.has(last)) return true;
  // "Kari Lake of Arizona", "Stephen Hall of Reuters": a place word after a given name, or after one word
  // before a listed place or body, is a surname.
  const before = tokens[at - 2]?.text.toLowerCase() ?? '';
  const after = ['', ...tokens.slice(at + 1, at + 4).map((t) => t.text.toLowerCase())];
  const surname =
    at - 2 >= from &&
    ((GIVEN_NAMES.has(before) && !PLACES.has(before)) ||
      (at - 2 === from && !placeModifier(before) && listedAfterOf(after, 0)));
  return !surname && (TITLE_FIRST_WORDS.has(last) || PLACE_HEADS.has(last));
}

/**
 * Finds the runs of a paragraph's tokens: capitalised tokens in a row, with name particles between
 * capitals ("von der"), dashes without spaces ("Jong-un", "Putin-Zelensky": split later if need be),
 * and "of" after a title, an organisation word or a place word. A possessive or any other token ends a run.
 */
export function findRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i])) {
      i++;
      continue;
    }
    const from = i;
    let to = i + 1;
    for (;;) {
      const next = tokens[to];
      const after = tokens[to + 1];
      if (!next) break;
      if (isCapitalised(next) && next.spaceBefore) {
        to++;
      } else if (
        DASHES.has(next.text) &&
        !next.spaceBefore &&
        after &&
        !after.spaceBefore &&
        /^\p{L}/u.test(after.text)
      ) {
        to += 2;
      } else if (NAME_PARTICLES.has(next.text) && particlesThenCapital(tokens, to)) {
        while (NAME_PARTICLES.has(tokens[to]!.text)) to++;
      } else if (next.text === 'of' && isCapitalised(after) && joinsOverOf(tokens, from, to)) {
        to += 2;
      } else if (
        next.text === 'of' &&
        after?.text === 'the' &&
        isCapitalised(tokens[to + 2]) &&
        TITLE_FIRST_WORDS.has(tokens[to - 1]!.text.toLowerCase()) &&
        joinsOverOf(tokens, from, to) &&
        nameAfter(tokens, to + 2)
      ) {
        // "Speaker of the House Nancy Pelosi", "Secretary of the Treasury Steven Mnuchin": a title of a
        // body named with "the".
        to += 3;
      } else {
        break;
      }
    }
    runs.push({ from, to });
    i = to;
  }
  return runs;
}

/**
 * True when the capitals from `at` (what a title is of: "House", "Joint Chiefs") go on to a person's name,
 * a given name or an initial ("the House Nancy Pelosi"): without one, "the Speaker of the House" is a
 * description, and "of the" joins nothing.
 */
function nameAfter(tokens: readonly Token[], at: number): boolean {
  for (let i = at + 1; i < tokens.length && i < at + 5 && isCapitalised(tokens[i]) && tokens[i]!.spaceBefore; i++)
    if (GIVEN_NAMES.has(tokens[i]!.text.toLowerCase()) || /^\p{Lu}\.$/u.test(tokens[i]!.text)) return true;
  return false;
}

/** True when name particles from `at` lead to a capitalised token: "von der Leyen". */
function particlesThenCapital(tokens: readonly Token[], at: number): boolean {
  let i = at;
  while (i < tokens.length && NAME_PARTICLES.has(tokens[i]!.text) && i - at < 3) i++;
  return i > at && isCapitalised(tokens[i]);
}

/** Splits a run at its dashes: "Putin-Zelensky" → "Putin", "Zelensky". */
export function splitAtDashes(tokens: readonly Token[], run: Run): Run[] {
  const parts: Run[] = [];
  let from = run.from;
  for (let i = run.from; i < run.to; i++) {
    if (DASHES.has(tokens[i]!.text)) {
      if (i > from) parts.push({ from, to: i });
      from = i + 1;
    }
  }
  if (run.to > from) parts.push({ from, to: run.to });
  return parts;
}
