import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OutputError, outputErrorOf, UsageError } from '../errors.ts';

/**
 * Writes a file whole or not at all: to a temporary name first, then renamed over the target. A file
 * that cannot be written is an OutputError naming it and why; no temporary file is left behind.
 */
export function writeFileAtomic(file: string, content: string): void {
  checkWritable(file);
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

/** Refuses, before any work, a path that cannot name a file to write: empty, a folder, under a file. */
export function checkWritable(file: string): void {
  if (!file) throw new UsageError('the file to write has no name');
  let stat;
  try {
    stat = statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    throw outputErrorOf(file, error);
  }
  if (stat?.isDirectory()) throw new OutputError(file, 'is a directory: give the name of a file to write');
}
