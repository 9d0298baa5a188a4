/**
 * Builds the table of countries' names the alias stage reads (src/locales/en/countries.json): for each
 * country, the English names the npm package i18n-iso-countries (MIT) lists for it — "United States of
 * America", "United States", "USA", "U.S.A.", "US", "U.S."; "United Kingdom", "UK", "Great Britain" — so
 * that the names of one country are one place. A name written with a comma or a parenthesis ("Korea,
 * Republic of") is a list's, not a text's, and is left out; so is a name two countries share ("Congo").
 *
 * The package is only read here; install it without saving it to the project, then run:
 *
 *   npm install --no-save i18n-iso-countries@7.14.0
 *   npx tsx bench/entities/build-countries.ts [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'Usage: npx tsx bench/entities/build-countries.ts [--out FILE]';
const { values } = withUsage(USAGE, () => parseArgs({ options: { out: { type: 'string' } } }));
const OUT = values.out ?? path.join(root, 'src/locales/en/countries.json');

const require = createRequire(import.meta.url);
const { countries } = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };

const holders = new Map<string, Set<string>>();
const usable = (name: string) => !/[,()]/.test(name);
for (const [code, names] of Object.entries(countries))
  for (const name of [names].flat().filter(usable)) {
    const key = name.toLowerCase();
    (holders.get(key) ?? holders.set(key, new Set()).get(key)!).add(code);
  }
const table: Record<string, string[]> = {};
for (const [code, names] of Object.entries(countries).sort(([a], [b]) => (a < b ? -1 : 1))) {
  const own = [names]
    .flat()
    .filter(usable)
    .filter((n) => holders.get(n.toLowerCase())!.size === 1);
  if (own.length > 1) table[code] = own;
}
writeFileSync(
  OUT,
  `${JSON.stringify({
    about:
      "Countries' English names, each country's names one place: i18n-iso-countries 7.14.0 (MIT, github.com/michaelwittig/node-i18n-iso-countries), less names with a comma or parenthesis and names two countries share; built by bench/entities/build-countries.ts. Only countries with more than one name are listed.",
    countries: table,
  })}\n`,
);
console.log(`${Object.keys(table).length} countries with more than one name → ${path.relative(root, OUT)}`);
