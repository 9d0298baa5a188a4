/**
 * Words as the copy and event stages compare them: lower-cased, accents removed, function words
 * dropped, a light suffix stemmer so "offered" and "offers" meet, small number words as digits.
 */

/** Function words and news filler that say nothing about which event an article covers. */
export const STOPWORDS = new Set(
  `a about above after again against all almost also although am among an and another any anyone anything are
  around as at be became because become been before being below between both but by can cannot could did do does
  doing done down during each either else enough even ever every few for from further get gets getting got had has
  have having he her here hers herself him himself his how however i if in into is it its itself just least less
  like made make many may me might more most much must my myself neither no nor not now of off often on once only
  or other others our ours ourselves out over own per perhaps quite rather really same says said say saying she
  should since so some something still such than that the their theirs them themselves then there these they this
  those though through thus to too toward towards under until up upon us very via was we well were what whatever
  when where whether which while who whom whose why will with within without would yet you your yours yourself
  according added adding already told tell telling including new last first next week weeks day days today
  yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday year years time times mr mrs ms
  dr http https www com html htm php asp jsp`.split(/\s+/),
);

/** Number words written as digits, so "one person died" and "1 person died" share their number. */
const NUMBER_WORDS: Record<string, string> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  twenty: '20',
  hundred: '100',
  thousand: '1000',
  million: '1000000',
};

/** A word of the text with its offset, as the tokenizer found it. */
export interface Word {
  /** Lower-cased, accents removed. */
  text: string;
  start: number;
}

const WORD = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;

/** The words of a text (letters and digits; "1,900" and "2.3" stay one word), lower-cased, accents removed. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ text: fold(m[0]), start: m.index });
  }
  return out;
}

/** Lower case without diacritics: "Zelenskyy’s" and "zelenskyy's" compare alike. */
export function fold(word: string): string {
  // Most words are ASCII: skip the Unicode decomposition for them (it dominates the tokenizer's time).
  if (!/[^ -~]/.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A light stemmer (plural and verb endings only): enough for "offers / offered / offering" to meet,
 * without the over-reach of a full Porter stemmer on names.
 */
export function stem(word: string): string {
  if (/\d/.test(word)) return word.replace(/,/g, '');
  if (NUMBER_WORDS[word]) return NUMBER_WORDS[word];
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** True for a word that can carry meaning: not a function word, not a single letter (digits count). */
export function isContent(word: string): boolean {
  return !STOPWORDS.has(word) && (word.length > 1 || /\d/.test(word));
}

/** The content stems of a text, in order. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => isContent(w.text))
    .map((w) => stem(w.text));
}
