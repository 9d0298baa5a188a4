import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import type { Span } from '../../article/span.ts';

/** A token of the article text with its offsets and part of speech (Universal POS tags). */
export interface Token extends Span {
  text: string;
  pos: string;
  /** True when whitespace separates it from the token before. */
  spaceBefore: boolean;
  /** Its stem (Porter2, lower case), when asked for: "indictment" and "indicted" are "indict". */
  stem?: string;
  /** Its lemma, when stems are asked for: "met" is "meet". */
  lemma?: string;
}

/**
 * The tokenizer, loaded at first use: commands that only read the store start without it (the model
 * reads its files when it is imported, so it is required here, not imported).
 */
let engine: { nlp: ReturnType<typeof winkNLP>; its: ReturnType<typeof winkNLP>['its'] } | undefined;
function wink(): NonNullable<typeof engine> {
  if (!engine) {
    const model = createRequire(import.meta.url)('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0];
    const nlp = winkNLP(model, ['sbd', 'pos']);
    engine = { nlp, its: nlp.its };
  }
  return engine;
}

/**
 * The tokens of the last text read, by span: the stages of one article (entities, propositions) read
 * its paragraphs once. Token arrays are shared read-only.
 */
let memo: { text: string; spans: Map<string, readonly Token[]> } | undefined;

/**
 * Tokens of one span of the text, with offsets found by walking the text (the tokenizer gives words
 * and tags, not offsets). A token the walk cannot place is skipped rather than mis-placed. With
 * `stems`, each token carries its stem and lemma too. The tokens of the last text's spans are kept,
 * so a second stage asking for the same span of the same article does not tokenize it again.
 */
export function tokenize(text: string, span: Span, options: { stems?: boolean } = {}): readonly Token[] {
  if (memo?.text !== text) memo = { text, spans: new Map() };
  const stemmed = memo.spans.get(`${span.start}:${span.end}:s`);
  if (stemmed) return stemmed;
  const key = `${span.start}:${span.end}:${options.stems ? 's' : ''}`;
  const known = memo.spans.get(key);
  if (known) return known;
  const tokens = tokenizeSpan(text, span, options);
  memo.spans.set(key, tokens);
  return tokens;
}

/**
 * Tokens of a text of its own (a word of a lexicon), without touching the tokens kept of the article
 * being read: reading one word between two spans of an article would otherwise make its spans be
 * tokenized again.
 */
export function tokenizeAlone(text: string, options: { stems?: boolean } = {}): readonly Token[] {
  return tokenizeSpan(text, { start: 0, end: text.length }, options);
}

/**
 * Longest run of non-space characters handed to the tokenizer as it is. Its tagger and stemmer match
 * suffix patterns whose cost grows with the square of a word's length (a 120,000-letter "word" takes
 * a minute); no word of any language is this long, and a URL rarely. A longer run is read as one token
 * of its own (part of speech X) without being tagged.
 */
export const MAX_WORD = 200;
const LONG_RUN = new RegExp(`\\S{${MAX_WORD + 1},}`, 'gu');
const PLACEHOLDER = 'x';

function tokenizeSpan(text: string, span: Span, options: { stems?: boolean }): Token[] {
  const original = text.slice(span.start, span.end);
  // Long runs are replaced by a placeholder word padded with spaces: same length, so offsets hold.
  const long = new Map<number, number>();
  const part = original.replace(LONG_RUN, (run: string, at: number) => {
    long.set(at, run.length);
    return PLACEHOLDER.padEnd(run.length, ' ');
  });
  const tokens: Token[] = [];
  let cursor = 0;
  const { nlp, its } = wink();
  nlp
    .readDoc(part)
    .tokens()
    .each((t: { out: (what?: unknown) => string }) => {
      const surface = t.out();
      const at = part.indexOf(surface, cursor);
      if (at < 0 || at - cursor > 40) return;
      const run = surface === PLACEHOLDER ? long.get(at) : undefined;
      if (run !== undefined) {
        const whole = original.slice(at, at + run);
        tokens.push({
          start: span.start + at,
          end: span.start + at + run,
          text: whole,
          pos: 'X',
          spaceBefore: at > cursor || (tokens.length === 0 && at > 0),
          ...(options.stems ? { stem: whole.toLowerCase(), lemma: whole } : {}),
        });
        cursor = at + run;
        return;
      }
      const token: Token = {
        start: span.start + at,
        end: span.start + at + surface.length,
        text: surface,
        pos: t.out(its.pos),
        spaceBefore: at > cursor || (tokens.length === 0 && at > 0),
      };
      if (options.stems) {
        token.stem = stemOf(surface, t, its);
        token.lemma = t.out(its.lemma);
      }
      tokens.push(token);
      cursor = at + surface.length;
    });
  // Only a token with a dash, or one ending in "’s", may be split (the patterns below are tried on those).
  const out: Token[] = [];
  for (const token of tokens) {
    for (const part of /[-‐–]/u.test(token.text) ? splitDashed(token) : [token]) {
      if (/[’']s$/u.test(part.text)) out.push(...splitPossessive(part));
      else out.push(part);
    }
  }
  return out;
}

/**
 * Stems by word: the stemmer is a pure function of a token's text (wink-nlp stems its value), and news
 * repeats its words, so each word is stemmed once. Bounded: emptied when it holds `MAX_STEMS` words.
 */
const STEMS = new Map<string, string>();
const MAX_STEMS = 100_000;
function stemOf(
  surface: string,
  t: { out: (what?: unknown) => string },
  its: NonNullable<typeof engine>['its'],
): string {
  let stem = STEMS.get(surface);
  if (stem === undefined) {
    stem = t.out(its.stem);
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    STEMS.set(surface, stem);
  }
  return stem;
}

/**
 * "Stone’s" → "Stone", "’s". The tokenizer splits a possessive unless it has seen the whole word as one
 * token before (after "Mr. Stone’s." ends a sentence, its lexicon holds "Stone’s"), so an article's
 * tokens would depend on the articles read before it: the split is made here, always.
 */
function splitPossessive(token: Token): Token[] {
  const match = /^(\p{L}[\p{L}.-]*)([’']s)$/u.exec(token.text);
  if (!match) return [token];
  const at = token.start + match[1]!.length;
  return [
    { ...token, end: at, text: match[1]!, ...(token.stem ? { stem: match[1]!.toLowerCase() } : {}) },
    { start: at, end: token.end, text: match[2]!, pos: 'PART', spaceBefore: false },
  ];
}

/** "anti-Zelensky", "U.S.-Russia": a token whose dashed part starts a name is split at the dash. */
function splitDashed(token: Token): Token[] {
  const match = /^(.+?)([-‐–])(\p{Lu}.*)$/u.exec(token.text);
  if (!match || /^\p{Lu}\.?$/u.test(match[1]!)) return [token];
  const [, head, dash, rest] = match;
  const at = token.start + head!.length;
  return [
    { ...token, end: at, text: head!, ...(token.stem ? { stem: head!.toLowerCase() } : {}) },
    { start: at, end: at + 1, text: dash!, pos: 'PUNCT', spaceBefore: false },
    ...splitDashed({
      start: at + 1,
      end: token.end,
      text: rest!,
      pos: token.pos,
      spaceBefore: false,
      ...(token.stem ? { stem: rest!.toLowerCase() } : {}),
    }),
  ];
}
