/** Pieces of the claims' regular expressions built from word lists (the locale's data). */

/** A string matched literally inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words (or phrases) as one alternation, each matched literally: "a|b|c". */
export const alternatives = (words: Iterable<string>): string => [...words].map(escapeRegExp).join('|');

/**
 * Phrases as one alternation, longest first (so that "chief of staff" is tried before "chief"), each
 * matched literally with any white space between its words: "chief\\s+of\\s+staff|chief".
 */
export const phraseAlternatives = (phrases: Iterable<string>): string =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');
