/**
 * Where the project's own files are, whether this code runs from its sources (src/) or from the
 * compiled bundle (dist/): the nearest folder above this module that holds package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the folder of package.json above the program');
    dir = up;
  }
}

/** The project's root folder. */
export const ROOT = findRoot();

/** The program's version, from package.json. */
export function version(): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
