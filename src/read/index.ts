/**
 * Reading inputs: files and folders (each file by the reader of its format, `registry.ts`) and URLs
 * (`web/`). Every problem is an error naming the file, record or URL and the reason; reading goes on.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.ts';
import { readDocument } from './formats/document.ts';
import { readerOf } from './registry.ts';
import { READ_DEFAULTS, type ReadOptions, type ReadResult } from './types.ts';
import { isUrl, readUrl } from './web/index.ts';

export { READ_DEFAULTS, type ReadOptions, type ReadResult } from './types.ts';
export { READERS } from './registry.ts';
export { isUrl } from './web/index.ts';

/** The format a file name says (the reader's name), looking through a `.gz` ending. */
export function kindOfName(file: string): string | undefined {
  return readerOf(file)?.name;
}

/** Expands the paths given into files: directories recursively (hidden entries skipped), sorted. */
export async function listInputs(paths: readonly string[]): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = [];
  const errors: InputError[] = [];
  // Directories already walked, by their real path: a link back up the tree is not followed twice.
  const walked = new Set<string>();
  /** Files of a kind no reader takes, in the folder being walked. */
  let passedOver = 0;
  /** Folders met again in the walk of the folder being walked (listed before). */
  let skippedWalked = 0;
  const walk = async (dir: string): Promise<void> => {
    const real = await fs.realpath(dir);
    if (walked.has(real)) {
      skippedWalked++;
      return;
    }
    walked.add(real);
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      let kind: 'dir' | 'file' | 'other' = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
      if (entry.isSymbolicLink()) {
        // A link is followed to what it points at; a broken one is named, not skipped in silence.
        try {
          const target = await fs.stat(full);
          kind = target.isDirectory() ? 'dir' : target.isFile() ? 'file' : 'other';
        } catch (error) {
          errors.push(new InputError(full, `broken symbolic link (${(error as NodeJS.ErrnoException).code})`));
          continue;
        }
      }
      if (kind === 'dir') await walk(full);
      // In a folder, `.xml` files are passed over (configurations, sitemaps whose pages would be fetched):
      // a feed or a sitemap saved as .xml is read when it is named.
      else if (kind === 'file' && kindOfName(entry.name) && !/\.xml(\.gz)?$/i.test(entry.name)) files.push(full);
      else if (kind === 'file') passedOver++;
    }
  };
  for (const given of paths) {
    if (isUrl(given)) {
      files.push(given);
      continue;
    }
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(given)?.[1];
    if (scheme) {
      errors.push(new InputError(given, `only http and https URLs are read, not ${scheme.toLowerCase()}`));
      continue;
    }
    try {
      const stat = await fs.stat(given);
      if (stat.isDirectory()) {
        // A folder walked already (given twice, or inside one given before) lists nothing more.
        if (walked.has(await fs.realpath(given))) continue;
        // A folder with no article in it is named: reading nothing is no success (one whose subfolder was
        // given before, with articles, has them).
        const before = files.length;
        passedOver = 0;
        skippedWalked = 0;
        await walk(given);
        if (files.length === before && !skippedWalked)
          errors.push(
            new InputError(
              given,
              passedOver
                ? `no article in this folder: its ${passedOver} file${passedOver === 1 ? ' is' : 's are'} of no format read (see "triangulate add --help")`
                : 'no article in this folder: it holds no file',
            ),
          );
      } else files.push(given);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      errors.push(new InputError(given, code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})`));
    }
  }
  return { files, errors };
}

/** Reads one input: a file by the reader of its format, or a URL. */
export async function* readFile(file: string, options: ReadOptions = READ_DEFAULTS): AsyncGenerator<ReadResult> {
  try {
    if (isUrl(file)) {
      yield* readUrl(file, options);
      return;
    }
    const reader = readerOf(file);
    // A file named on the command line whatever its ending: text or HTML, by its content.
    if (reader) yield* reader.read(file, options);
    else yield await readDocument(file, undefined, options);
  } catch (error) {
    yield { error: new InputError(file, `cannot read (${(error as Error).message})`) };
  }
}
/**
 * Reads every input under the given paths, one article at a time. Problems are yielded as errors
 * naming the file (and record) and the reason; reading goes on with the rest.
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadOptions = READ_DEFAULTS,
): AsyncGenerator<ReadResult> {
  const { files, errors } = await listInputs(paths);
  for (const error of errors) yield { error };
  for (const file of files) yield* readFile(file, options);
}
