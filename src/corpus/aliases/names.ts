import { editDistance } from '../../edit-distance.ts';
import { HONORIFICS } from '../../locales/en/titles.ts';
import { generationalSuffix, nameKey, nameWords, surnameKeys } from '../../stages/entities/index.ts';

export { givenNamesAgree } from '../../stages/entities/index.ts';

/** A person's name taken apart for comparison. */
export interface NameParts {
  /** The name as written. */
  surface: string;
  /** Given names (lower case, no diacritics), empty for a surname alone. */
  given: string[];
  /** The surname key ("zelensky", "von der leyen"). */
  surname: string;
  /** A generational suffix after it ("jr", "sr", "ii"), empty when none: a father and his son share the rest. */
  suffix: string;
}

const HONORIFIC = new Set(HONORIFICS);
/** Splits a name: given names, then the surname (with its particles). */
export function nameParts(surface: string): NameParts {
  const words = nameWords(surface).filter((w) => !HONORIFIC.has(w.replace(/\.$/, '')));
  const keys = surnameKeys(words.join(' '));
  const surname = keys[keys.length - 1]!;
  const given = words.slice(0, words.length - surname.split(' ').length);
  return { surface, given, surname, suffix: generationalSuffix(surface) };
}

/**
 * A spelling key that transliterations share: Zelensky, Zelenskyy and Zelenskiy all become "zelensky";
 * Dovlatov and Dovlatow one key too.
 */
export function transliterationKey(name: string): string {
  return nameKey(name)
    .replace(/[^a-z ]/g, '')
    .replace(/(iy|yy|ij|ii)$/g, 'y')
    .replace(/(iy|yy|ij)(?= )/g, 'y')
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
}

/** A sound skeleton: consonants only, c/k/q one letter, no h: Witkoff and Whitcoff both "vtkf". */
export function soundKey(name: string): string {
  const t = transliterationKey(name).replace(/ /g, '');
  if (!t) return '';
  const rest = t
    .slice(1)
    .replace(/[cq]/g, 'k')
    .replace(/h/g, '')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
  return (t[0] === 'c' ? 'k' : t[0]) + rest;
}

export { editDistance };

type SurnameRelation = 'same' | 'transliteration' | 'misspelling' | 'different';

/**
 * Relations already worked out: a corpus compares the same few surnames again and again (one mayor
 * named in hundreds of articles). Emptied when it grows past `SURNAME_CACHE` pairs.
 */
const SURNAMES = new Map<string, SurnameRelation>();
const SURNAME_CACHE = 200_000;

/** How two surnames relate: equal, a transliteration, a likely misspelling, or different. */
export function surnamesAgree(a: string, b: string): SurnameRelation {
  if (a === b) return 'same';
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let relation = SURNAMES.get(key);
  if (relation === undefined) {
    if (SURNAMES.size >= SURNAME_CACHE) SURNAMES.clear();
    SURNAMES.set(key, (relation = relate(a, b)));
  }
  return relation;
}

/**
 * The spelling and sound keys of each surname compared, worked out once: a surname is compared with
 * every other of its block. Emptied with the relations.
 */
const KEYS = new Map<string, [string, string]>();

function keysOf(name: string): [string, string] {
  let keys = KEYS.get(name);
  if (!keys) {
    if (KEYS.size >= SURNAME_CACHE) KEYS.clear();
    KEYS.set(name, (keys = [transliterationKey(name), soundKey(name)]));
  }
  return keys;
}

function relate(a: string, b: string): SurnameRelation {
  const [ta, sa] = keysOf(a);
  const [tb, sb] = keysOf(b);
  if (ta === tb) return 'transliteration';
  const distance = editDistance(ta, tb);
  const longest = Math.max(a.length, b.length);
  if ((distance <= 2 && distance / longest <= 0.34) || (sa === sb && sa.length >= 3)) return 'misspelling';
  return 'different';
}
