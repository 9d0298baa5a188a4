/** What the scale bench prints of generated text beside real news, to check the generator against it. */
/**
 * A set of texts' profile: length, names, numbers, quotes, scripts, and the share of sentences (of five
 * words or more) that repeat one their text has told before.
 */
export function profile(texts: string[]) {
  const words = texts.map((t) => t.split(/\s+/).filter(Boolean).length).sort((a, b) => a - b);
  const total = words.reduce((a, b) => a + b, 0);
  let capitals = 0;
  let digits = 0;
  let quotes = 0;
  let letters = 0;
  let nonLatin = 0;
  const names = new Set<string>();
  let sentences = 0;
  let repeated = 0;
  for (const t of texts) {
    for (const m of t.matchAll(/(?<![.!?]\s)\b\p{Lu}\p{Ll}+/gu)) {
      capitals++;
      names.add(m[0]);
    }
    digits += (t.match(/\d+/g) ?? []).length;
    quotes += (t.match(/["“”]/g) ?? []).length / 2;
    const told = new Set<string>();
    for (const sentence of t.split(/(?<=[.!?]["”]?)\s+|\n+/)) {
      if (sentence.trim().split(/\s+/).length < 5) continue;
      sentences++;
      if (told.has(sentence.trim())) repeated++;
      told.add(sentence.trim());
    }
    for (const ch of t.matchAll(/\p{L}/gu)) {
      letters++;
      if (!/\p{Script=Latin}/u.test(ch[0])) nonLatin++;
    }
  }
  const per1k = (n: number) => (1000 * n) / total;
  return {
    articles: texts.length,
    meanWords: Math.round(total / texts.length),
    p10Words: words[Math.floor(words.length * 0.1)]!,
    p90Words: words[Math.floor(words.length * 0.9)]!,
    capitalisedPer1kWords: Number(per1k(capitals).toFixed(1)),
    distinctCapitalisedPer1kWords: Number(per1k(names.size).toFixed(1)),
    numbersPer1kWords: Number(per1k(digits).toFixed(1)),
    quotesPer1kWords: Number(per1k(quotes).toFixed(1)),
    nonLatinLetters: Number((nonLatin / Math.max(1, letters)).toFixed(3)),
    repeatedSentences: Number((repeated / Math.max(1, sentences)).toFixed(3)),
  };
}
