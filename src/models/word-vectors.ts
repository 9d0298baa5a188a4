/**
 * The English word-vector table (src/locales/en/word-vectors.json, built by
 * bench/crosscheck/build-vectors.ts), read from its file when first asked for: 4 MB that a command
 * matching no facts never reads, and that as a module would be compiled at every start.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths.ts';

/** The vector table, as the JSON holds it: words in order of frequency, one signed byte per dimension. */
export interface WordVectorTable {
  dimensions: number;
  scale: number;
  words: string;
  vectors: string;
}

/** Reads the English table. */
export function readEnglishVectors(): WordVectorTable {
  return JSON.parse(readFileSync(path.join(ROOT, 'src/locales/en/word-vectors.json'), 'utf8')) as WordVectorTable;
}
