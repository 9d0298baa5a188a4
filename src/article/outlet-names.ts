/**
 * How news organisations' names are compared: by their letters and digits, lower case, without a leading
 * "the" ("The New York Times" = "New York Times"), and a short form against its full name.
 */

/** Letters and digits of an outlet's name, lower case, without "the": its key for comparing names. */
export function outletLetters(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of an outlet's name, lower case, without "the". */
function outletWords(name: string): string[] {
  return (
    name
      .toLowerCase()
      .replace(/^the\s+/, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * True when `short` is `long` shortened: its letters in order, the first the same ("HuffPost" for "The
 * Huffington Post"), or its last words ("The Times" for "The New York Times" — whole words: "the Post"
 * is no short form of "HuffPost").
 */
export function isShortOutletName(short: string, long: string): boolean {
  const a = outletLetters(short);
  const b = outletLetters(long);
  if (a.length < 3 || a[0] !== b[0]) {
    const s = outletWords(short);
    const l = outletWords(long);
    return a.length >= 4 && s.length > 0 && s.length < l.length && s.every((w, i) => w === l[l.length - s.length + i]);
  }
  let i = 0;
  for (const c of b) if (c === a[i]) i++;
  return i === a.length;
}
