/**
 * What an exporter is: one format, written from the JSON export document (the contract every format is
 * derived from) and the cross-check it was made with. Each format is one file of this folder, listed in
 * `registry.ts`.
 */
import type { CrossCheckResult } from '../corpus/claims/types.ts';
import type { ExportV1 } from './json.ts';

/** What every exporter is given. */
export interface ExportInput {
  document: ExportV1;
  /** The claims and conflicts with their sentences (the Markdown report quotes them). */
  crossCheck: CrossCheckResult;
}

/** One file an exporter writes: its name (for a format of several files) and its content. */
export interface ExportFile {
  name: string;
  content: string;
}

export interface Exporter {
  /** The value of `--format`. */
  name: string;
  summary: string;
  /** The ending of the file written (without a dot). */
  extension: string;
  /** Several files, written into a directory (each also printable alone by name). */
  multiple?: boolean;
  write(input: ExportInput): ExportFile[];
}
