/** Writing systems, told apart by Unicode script; enough to see a Greek menu line in an English page. */
const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
];

/** Letter counts per script. */
export function scriptCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  let latin = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // ASCII is decided without a pattern: most of the text, and the whole of a hostile megabyte of "a".
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a && latin++ === 0 && !counts.has('Latin'))
        counts.set('Latin', 0); // the order scripts are first seen in breaks ties
      continue;
    }
    if (!/\p{L}/u.test(ch)) continue;
    const found = SCRIPTS.find(([, re]) => re.test(ch));
    const name = found ? found[0] : 'Other';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (latin) counts.set('Latin', (counts.get('Latin') ?? 0) + latin);
  return counts;
}

/** The script most letters are written in ("Ρoή" with a Latin o is still Greek); undefined without letters. */
export function dominantScript(text: string): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, count] of scriptCounts(text)) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
