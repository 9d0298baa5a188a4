/**
 * THE list of input formats, one file each in `formats/`. A file is read by the reader of its name's
 * ending (looking through `.gz`); a URL is fetched and read as what it turns out to be (`web/`).
 */
import { html, text } from './formats/document.ts';
import { json } from './formats/json.ts';
import { jsonl } from './formats/jsonl.ts';
import { warc } from './formats/warc.ts';
import { xml } from './formats/xml.ts';
import type { Reader } from './types.ts';

export const READERS: readonly Reader[] = [text, html, jsonl, json, warc, xml];

/** The reader of a file name, or undefined (sidecars `*.meta.json` are read with their article). */
export function readerOf(file: string): Reader | undefined {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.meta.json')) return undefined;
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  const ending = name.slice(dot);
  return READERS.find((r) => r.extensions.includes(ending));
}
