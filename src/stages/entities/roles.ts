import { NOT_NAMES, PLACES } from '../../locales/en/gazetteer.ts';
import {
  FORMER_WORDS,
  HONORIFICS,
  LEFT_OFFICE_PARTICIPLES,
  NATIONALITIES,
  RECENTLY_WORDS,
  ROLE_TITLES,
} from '../../locales/en/titles.ts';
import { isCapitalised } from './runs.ts';
import type { Token } from './tokens.ts';

const DASHES = new Set(['-', '–', '‐']);
const TITLES = ROLE_TITLES.map((t) => t.split(' ')).sort((a, b) => b.length - a.length);
/** The titles by their first word, longest first (as in TITLES): a position is compared with those only. */
const TITLES_BY_FIRST = new Map<string, string[][]>();
for (const title of TITLES) TITLES_BY_FIRST.set(title[0]!, [...(TITLES_BY_FIRST.get(title[0]!) ?? []), title]);
const FORMER = new Set(FORMER_WORDS);
const LEFT_PARTICIPLES = new Set(LEFT_OFFICE_PARTICIPLES);
const RECENTLY = new Set(RECENTLY_WORDS);
const HONORIFIC = new Set(HONORIFICS);
const POSSESSIVE = new Set(['’s', "'s", '’', "'"]);
const SMALL_WORDS = new Set(['of', 'the', 'for', 'and']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);

/** A role found next to a name: the tokens that state it, split into its parts. */
export interface RoleParts {
  /** First and one-past-last token of the whole role phrase. */
  from: number;
  to: number;
  former: boolean;
  /** Tokens naming the organisation or country ("NATO", "U.S.", "Trump ’s"). */
  org: Token[];
  title: Token[];
}

/** A word of a token for matching: lower case, a final full stop kept only inside abbreviations. */
function word(token: Token): string {
  return token.text.toLowerCase();
}

/** True for an honorific token ("Mr.", "Ms", "Sir"). */
export function isHonorific(token: Token | undefined): boolean {
  return token !== undefined && HONORIFIC.has(word(token).replace(/\.$/, ''));
}

/** True for "Former", "ex-". */
export function isFormer(token: Token | undefined): boolean {
  return token !== undefined && FORMER.has(word(token));
}

/** The end (exclusive) of the longest title starting at token `at`, dashes between words skipped; -1 if none. */
export function titleAt(tokens: readonly Token[], at: number, limit = tokens.length): number {
  let first = at;
  while (first < limit && DASHES.has(tokens[first]!.text)) first++;
  if (first >= limit) return -1;
  for (const title of TITLES_BY_FIRST.get(word(tokens[first]!)) ?? []) {
    let i = at;
    let ok = true;
    for (const w of title) {
      while (i < limit && DASHES.has(tokens[i]!.text)) i++;
      if (i >= limit || word(tokens[i]!) !== w) {
        ok = false;
        break;
      }
      i++;
    }
    if (ok && i > at) return i;
  }
  return -1;
}

/** The start of the longest title ending exactly at token `end` (exclusive); -1 if none. */
export function titleEndingAt(tokens: readonly Token[], end: number, floor = 0): number {
  let best = -1;
  for (let start = Math.max(floor, end - 6); start < end; start++) {
    if (titleAt(tokens, start, end) === end) {
      best = start;
      break;
    }
  }
  return best;
}

/** The country a modifier names: a nationality ("Russian", "U.S.") or a country ("Ukraine"). */
export function countryOf(modifier: string): string | undefined {
  const key = modifier
    .toLowerCase()
    .replace(/[’']s$/, '')
    .trim();
  if (NATIONALITIES[key]) return NATIONALITIES[key];
  if (PLACES.has(key)) return modifier.replace(/[’']s$/, '').trim();
  return undefined;
}

/** Walks left from `at` over the modifiers of a title: capitalised words, a possessive, "former". */
function modifiersBefore(
  tokens: readonly Token[],
  at: number,
  floor: number,
): { from: number; former: boolean; orgFrom: number } {
  let from = at;
  let steps = 0;
  while (from > floor && steps < 4) {
    const previous = tokens[from - 1]!;
    if (POSSESSIVE.has(previous.text) && isCapitalised(tokens[from - 2])) {
      from -= 2;
    } else if (
      isCapitalised(previous) &&
      !isHonorific(previous) &&
      !isFormer(previous) &&
      !NOT_NAMES.has(previous.text.toLowerCase())
    ) {
      from -= 1;
    } else {
      break;
    }
    steps++;
  }
  if (leftRecently(tokens, from)) return { from: from - 2, former: true, orgFrom: from };
  const former = isFormer(tokens[from - 1]);
  return { from: former ? from - 1 : from, former, orgFrom: from };
}

/**
 * "recently resigned RNC political director Gentry Collins": a participle of leaving an office that takes
 * no object (`LEFT_OFFICE_PARTICIPLES`), after an adverb of time, is no adjective ("a visibly resigned
 * Theresa May").
 */
function leftRecently(tokens: readonly Token[], at: number): boolean {
  const participle = tokens[at - 1]?.text.toLowerCase() ?? '';
  const adverb = tokens[at - 2]?.text.toLowerCase() ?? '';
  return LEFT_PARTICIPLES.has(participle) && RECENTLY.has(adverb);
}

/**
 * A title right before a name, outside its capitalised run: "special envoy Steve Witkoff", "Kremlin
 * foreign policy adviser Yuri Ushakov", "Trump’s special envoy, Stephen Whitcoff".
 */
export function roleBefore(tokens: readonly Token[], nameFrom: number, floor: number): RoleParts | undefined {
  let end = nameFrom;
  const comma = tokens[end - 1]?.text === ',';
  if (comma) end--;
  const start = titleEndingAt(tokens, end, floor);
  if (start < 0) return undefined;
  const mods = modifiersBefore(tokens, start, floor);
  // After a comma the title must be introduced ("Trump’s special envoy, …", "the envoy, …"), not be a list item.
  if (comma && mods.from === start && !DETERMINERS.has(tokens[start - 1]?.text.toLowerCase() ?? '')) return undefined;
  return {
    from: mods.from,
    to: end,
    former: mods.former,
    org: tokens.slice(mods.orgFrom, start),
    title: tokens.slice(start, end),
  };
}

/** A title after a name, as an apposition: "Friedrich Merz, the German chancellor, said …". */
export function roleAfter(tokens: readonly Token[], nameTo: number): RoleParts | undefined {
  if (tokens[nameTo]?.text !== ',') return undefined;
  let i = nameTo + 1;
  if (DETERMINERS.has(tokens[i]?.text.toLowerCase() ?? '')) i++;
  const from = i;
  const former = isFormer(tokens[i]);
  if (former) i++;
  const orgFrom = i;
  for (let steps = 0; steps < 3; steps++) {
    if (titleAt(tokens, i) > 0) break;
    if (isCapitalised(tokens[i])) i++;
    else if (POSSESSIVE.has(tokens[i]?.text ?? '') && i > orgFrom) i++;
    else break;
  }
  const end = titleAt(tokens, i);
  if (end < 0) return undefined;
  const next = tokens[end]?.text ?? '.';
  if (!/^[,.;:)]$/.test(next) && next !== 'said') return undefined;
  return { from, to: end, former, org: tokens.slice(orgFrom, i), title: tokens.slice(i, end) };
}

/** Title Case of a title's words, for display and comparison ("secretary general" → "Secretary General"). */
export function normaliseTitle(tokens: readonly Token[]): string {
  return tokens
    .filter((t) => !DASHES.has(t.text))
    .map((t) =>
      SMALL_WORDS.has(t.text.toLowerCase())
        ? t.text.toLowerCase()
        : t.text.charAt(0).toUpperCase() + t.text.slice(1).toLowerCase(),
    )
    .join(' ');
}
