/** Pieces of the claims' regular expressions built from word lists (the locale's data). */

/** A string matched literally inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words (or phrases) as one alternation, each matched literally: "a|b|c". */
export const alternatives = (words: Iterable<string>): string => [...words].map(escapeRegExp).join('|');
