/** Counts written in digits or words ("24", "twenty-four", "two and a half", "a few"). */
import { NUMBER_WORDS, ORDINALS } from '../../locales/en/dates.ts';

/** A number written in words, or undefined when it is not one. */
export function wordNumber(text: string): number | undefined {
  const words = text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length === 0) return undefined;
  const whole = NUMBER_WORDS.get(words.join(' '));
  if (whole !== undefined) return whole;
  let total = 0;
  for (const word of words) {
    const n = NUMBER_WORDS.get(word);
    if (n === undefined) return undefined;
    if (n === 100 || n === 1000) total = (total || 1) * n;
    else total += n;
  }
  return total;
}

/**
 * The value of a count: a number, or undefined for a vague one ("a few", "several", "hundreds of"),
 * which TIMEX3 writes with an X. "two to three" counts two, as annotators do.
 */
export function countValue(text: string): number | undefined {
  let t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const range = /^(.+?) (?:or|to) /.exec(t);
  if (range) t = range[1]!;
  let half = 0;
  const halfMatch = /(?: 1\/2|\s*½| and a half)$/.exec(t);
  if (halfMatch) {
    half = 0.5;
    t = t.slice(0, halfMatch.index).trim();
  }
  if (/^half an?$/.test(t)) return 0.5;
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return Number(t.replace(/,/g, '')) + half;
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t) + half;
  const n = wordNumber(t);
  return n === undefined ? undefined : n + half;
}

/** A TIMEX3 duration for a count of a unit letter: P4Y, PT20M, P2Y6M for two and a half years, PXD. */
export function durationValue(count: number | undefined, letter: string, time: boolean): string {
  const prefix = time ? 'PT' : 'P';
  if (count === undefined) return `${prefix}X${letter}`;
  if (Number.isInteger(count)) return `${prefix}${count}${letter}`;
  // Halves become the next smaller unit where TIMEX3 has one.
  const whole = Math.floor(count);
  const lower: Record<string, [string, number, boolean]> = {
    Y: ['M', 12, false],
    M: time ? ['S', 60, true] : ['D', 30, false],
    W: ['D', 7, false],
    D: ['H', 24, true],
    H: ['M', 60, true],
  };
  const next = lower[letter];
  const fraction = count - whole;
  if (next && Number.isInteger(fraction * next[1])) {
    const part = `${fraction * next[1]}${next[0]}`;
    if (whole === 0) return next[2] && !time ? `PT${part}` : `${prefix}${part}`;
    if (next[2] && !time) return `P${whole}${letter}T${part}`;
    return `${prefix}${whole}${letter}${part}`;
  }
  return `${prefix}${count}${letter}`;
}

/** The year a spoken year names ("nineteen ninety-six" is 1996, "the year two thousand and one" 2001). */
export function spokenYearValue(text: string): number | undefined {
  const t = text
    .toLowerCase()
    .replace(/^the\s+year\s+/, '')
    .replace(/\s+/g, ' ');
  const thousands = /^two thousand(?: and)?(?: (.+))?$/.exec(t);
  if (thousands) return 2000 + (thousands[1] ? (wordNumber(thousands[1]) ?? 0) : 0);
  const m = /^(nineteen|eighteen|twenty)[\s-]+(?:oh[\s-])?(.+)$/.exec(t);
  if (!m) return undefined;
  const rest = wordNumber(m[2]!);
  return rest === undefined ? undefined : wordNumber(m[1]!)! * 100 + rest;
}

/** The day a day-of-month word names ("eighth" is 8, "twenty-first" 21, "thirtieth" 30). */
export function dayWordValue(text: string): number | undefined {
  const t = text.toLowerCase().replace(/[\s-]+/g, ' ');
  if (t === 'thirtieth') return 30;
  const whole = ORDINALS.get(t);
  if (whole !== undefined) return whole;
  const m = /^(twenty|thirty) (\w+)$/.exec(t);
  const unit = m ? ORDINALS.get(m[2]!) : undefined;
  return unit === undefined || unit > 9 ? undefined : (m![1] === 'twenty' ? 20 : 30) + unit;
}
