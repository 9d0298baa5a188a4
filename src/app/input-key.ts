/**
 * What an input was read as, in a few characters: its bytes, how they were read (format, encoding, the
 * metadata beside them) and the program that analysed them. An input read again with the same key is
 * the same article as before, annotated the same: `add` and `analyze` take it from the store instead of
 * running the per-article stages on it again (re-reading a folder costs what its new files cost).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawInput } from '../article/types.ts';
import { ROOT } from '../paths.ts';

/** The key of an input (a hex string). */
export function inputKey(raw: RawInput): string {
  return createHash('sha1')
    .update(`${programId()}\n${raw.format}\n${raw.encoding}\n${JSON.stringify(raw.meta ?? {})}\n`)
    .update(raw.bytes)
    .digest('hex');
}

let program: string | undefined;

/**
 * The program's own fingerprint, worked out once per process: the code that runs — the compiled bundle
 * when this runs from it (`bin/triangulate.js`), else the sources — the locked versions of its
 * dependencies, and Node's own version and Unicode tables (which its patterns read). Any change to these
 * may change what an article's stages make of the same bytes.
 */
export function programId(): string {
  if (program) return program;
  const hash = createHash('sha1');
  hash.update(`${process.versions.node} ${process.versions.unicode ?? ''} ${process.versions.icu ?? ''}\n`);
  const compiled = path.relative(ROOT, fileURLToPath(import.meta.url)).split(path.sep)[0] === 'dist';
  const sources = path.join(ROOT, compiled || !existsSync(path.join(ROOT, 'src')) ? 'dist' : 'src');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      // Source maps say where code came from, not what it does.
      else if (!file.endsWith('.map')) hash.update(`${path.relative(ROOT, file)}\n`).update(readFileSync(file));
    }
  };
  walk(sources);
  for (const file of ['package.json', 'package-lock.json'])
    if (existsSync(path.join(ROOT, file))) hash.update(readFileSync(path.join(ROOT, file)));
  return (program = hash.digest('hex').slice(0, 16));
}
