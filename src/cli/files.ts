import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OutputError, outputErrorOf } from '../errors.ts';

/**
 * Writes a file whole or not at all: to a temporary name first, then renamed over the target. A file
 * that cannot be written is an OutputError naming it and why; no temporary file is left behind.
 */
export function writeFileAtomic(file: string, content: string): void {
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory())
    throw new OutputError(file, 'is a directory: give the name of a file to write');
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw outputErrorOf(file, error);
  }
}
