import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The example corpus bundled with the project. */
export const EXAMPLES = path.join(ROOT, 'examples/corpus');

/** The kinds of the conflicts planted in the example corpus (examples/corpus/README.md), sorted: no other is found. */
export const EXAMPLE_CONFLICT_KINDS = ['denial', 'former', 'holder', 'reversal', 'value', 'value', 'value'];

/**
 * A folder of ../shared (the data beside the project), or undefined when it is missing. A user's clone
 * has no ../shared: tests that need it skip with a visible notice. Under CI (CI=true) it must be there,
 * and a missing one fails the run instead of skipping.
 */
export function sharedPath(relative: string): string | undefined {
  const full = path.resolve(ROOT, '../shared', relative);
  if (existsSync(full)) return full;
  if (process.env.CI === 'true') {
    throw new Error(
      `../shared/${relative} is missing, and CI=true: tests that read ../shared must not be skipped in CI`,
    );
  }
  console.warn(`NOTICE: ../shared/${relative} not found beside the project; the tests that read it are skipped.`);
  return undefined;
}

/** The inputs of a folder, in the order a directory is read (sorted; sidecars left to their file). */
export function inputFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => !f.endsWith('.meta.json') && !f.endsWith('.md') && !f.startsWith('.'))
    .sort()
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
}
