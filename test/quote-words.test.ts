/**
 * The quotes stage's tokens: a long stretch is cut from the whole text's tokens, worked out once. Cut or
 * read on its own, a stretch gives the same tokens — also when an end falls inside a word, on an
 * abbreviation's full stop or between two marks.
 */
import { describe, expect, it } from 'vitest';
import { tokens, type Tok } from '../src/stages/quotes/words.ts';

const TEXT = [
  'Mr. Smith told the U.S. Senate on Jan. 5 that the deal was “dead.” Sen. Jones disagreed, saying it',
  'was “very much alive” — and that the 3.5 billion dollars (about €3.2bn) would flow by 5 p.m. Friday. ',
  '"We\'ll see," said Gov. O’Neil, a co-sponsor of the U.K.-style plan. "It\'s not over." ',
].join('\n');

/** The tokens of the stretch read as a text of its own, put back at their places in the whole text. */
function alone(text: string, from: number, to: number): Tok[] {
  return tokens(text.slice(from, to), 0, to - from).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
}

describe('tokens of a stretch', () => {
  it('are the same cut from the whole text as read alone, for every long stretch', () => {
    const long = TEXT.repeat(4);
    let checked = 0;
    for (let from = 0; from < 120; from += 3)
      for (let to = from + 200; to <= long.length; to += 53) {
        expect(tokens(long, from, to)).toEqual(alone(long, from, to));
        checked++;
      }
    expect(checked).toBeGreaterThan(300);
  });

  it('keeps an abbreviation’s full stop, and not when the stretch ends before it', () => {
    const text = `${'word '.repeat(50)}Mr. Smith`;
    const at = text.indexOf('Mr.');
    expect(tokens(text, 0, text.length).find((t) => t.start === at)?.text).toBe('Mr.');
    expect(tokens(text, 0, at + 2).at(-1)?.text).toBe('Mr');
  });

  it('gives no token that crosses either end of the stretch', () => {
    const text = `${'alpha beta '.repeat(40)}gamma`;
    const toks = tokens(text, 3, 300);
    expect(toks[0]).toMatchObject({ start: 3, text: 'ha' });
    expect(toks.at(-1)!.end).toBeLessThanOrEqual(300);
  });
});
