/** What readers take and give, and their limits. */
import type { RawInput } from '../article/types.ts';
import type { InputError } from '../errors.ts';
import type { WebOptions } from './web/options.ts';

/** Limits of the readers. */
export const READ_DEFAULTS = {
  /** A single text or HTML article (or JSON record) larger than this is refused: no article is that long. */
  maxBytes: 16 * 1024 * 1024,
  /**
   * A whole JSON document (read at once, unlike JSON Lines, which is streamed) larger than this, on
   * disk or once decompressed, is refused: past it the parse alone would exhaust memory.
   */
  maxDocumentBytes: 256 * 1024 * 1024,
};

export interface ReadOptions {
  maxBytes: number;
  maxDocumentBytes?: number;
  /** How URLs (given, or listed by a feed or a sitemap) are fetched. */
  web?: WebOptions;
}

/** One result of reading: an input ready for the pipeline, or an error naming the file and the reason. */
export type ReadResult = { input: RawInput; warnings: InputError[]; notes?: InputError[] } | { error: InputError };

/** One input format: the file names it reads, and how. Listed in `registry.ts`, one file each in `formats/`. */
export interface Reader {
  name: string;
  /** File name endings it reads (lower case, with the dot; `.gz` is looked through). */
  extensions: readonly string[];
  summary: string;
  read(file: string, options: ReadOptions): AsyncGenerator<ReadResult>;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
