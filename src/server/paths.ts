import path from 'node:path';

/**
 * A stored source path as the API shows it: relative to the folder the server runs in when it lies
 * inside it, else the file's name alone. The API never tells a client where the server's files are
 * (with --host 0.0.0.0 it answers other machines).
 */
export function publicPath(stored: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, path.resolve(cwd, stored));
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.basename(stored);
}
