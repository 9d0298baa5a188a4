/** Plain text and HTML files: one article each, with an optional `.meta.json` sidecar. */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { InputFormat, SourceMeta } from '../../article/types.ts';
import { InputError } from '../../errors.ts';
import { binaryReason, decodeBytes, isGzip } from '../decode.ts';
import { htmlProblem } from '../html-check.ts';
import { readMeta } from '../records.ts';
import { megabytes, type Reader, type ReadOptions, type ReadResult } from '../types.ts';

/** Reads the sidecar `<name>.meta.json` (or `<stem>.meta.json`) of a text or HTML file, if there is one. */
async function readSidecar(file: string): Promise<{ meta: SourceMeta; warning?: InputError }> {
  const bare = file.replace(/\.gz$/i, '');
  const candidates = [
    `${file}.meta.json`,
    `${bare}.meta.json`,
    `${bare.slice(0, bare.length - path.extname(bare).length)}.meta.json`,
  ];
  const sidecar = candidates.find((c) => existsSync(c));
  if (!sidecar) return { meta: {} };
  try {
    const value: unknown = JSON.parse(await fs.readFile(sidecar, 'utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { meta: {}, warning: new InputError(sidecar, 'metadata sidecar must be a JSON object; ignored') };
    }
    const { meta, problems } = readMeta(value as Record<string, unknown>);
    const warning = problems.length
      ? new InputError(sidecar, `${problems.join('; ')}; those fields ignored`)
      : undefined;
    return { meta, warning };
  } catch (error) {
    return {
      meta: {},
      warning: new InputError(sidecar, `metadata sidecar is not valid JSON (${(error as Error).message}); ignored`),
    };
  }
}

/** Decides text or HTML for content whose name says neither. */
export function sniffFormat(content: string): InputFormat {
  return /^\s*(<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>])/i.test(content) ? 'html' : 'text';
}

/** Reads one text or HTML file into an input, or says why it cannot be read. */
export async function readDocument(
  file: string,
  kind: InputFormat | undefined,
  options: ReadOptions,
): Promise<ReadResult> {
  const stat = await fs.stat(file);
  if (stat.size === 0) return { error: new InputError(file, 'empty file') };
  if (stat.size > options.maxBytes) {
    return {
      error: new InputError(
        file,
        `file too large (${megabytes(stat.size)}; the limit for one article is ${megabytes(options.maxBytes)}, see --max-size)`,
      ),
    };
  }
  let bytes: Uint8Array = await fs.readFile(file);
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: options.maxBytes });
    } catch (error) {
      const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      return {
        error: new InputError(
          file,
          tooBig ? `decompressed content too large (over ${megabytes(options.maxBytes)})` : 'corrupt gzip data',
        ),
      };
    }
    if (bytes.length === 0) return { error: new InputError(file, 'empty file (after decompression)') };
  }
  const binary = binaryReason(bytes);
  if (binary) return { error: new InputError(file, binary) };
  const decoded = decodeBytes(bytes, { html: kind !== 'text' });
  if (!decoded.content.trim()) return { error: new InputError(file, 'no text (only whitespace)') };
  const format = kind ?? sniffFormat(decoded.content);
  const sidecar = await readSidecar(file);
  const warnings = sidecar.warning ? [sidecar.warning] : [];
  const malformed = format === 'html' ? htmlProblem(decoded.content) : undefined;
  if (malformed) warnings.push(new InputError(file, malformed));
  // Not UTF-8: say which encoding was used, so a wrong guess can be seen.
  const notes =
    decoded.how === 'declared' || decoded.how === 'detected'
      ? [
          new InputError(
            file,
            `not UTF-8: read as ${decoded.encoding} (${decoded.how === 'declared' ? 'declared by the page' : 'detected from the bytes'})`,
          ),
        ]
      : [];
  return {
    input: { path: file, format, bytes, content: decoded.content, encoding: decoded.encoding, meta: sidecar.meta },
    warnings,
    notes,
  };
}

export const text: Reader = {
  name: 'text',
  extensions: ['.txt', '.text'],
  summary: 'plain text, one article a file (a `NAME.meta.json` beside it may give url, title, published, outlet)',
  async *read(file, options) {
    yield await readDocument(file, 'text', options);
  },
};

export const html: Reader = {
  name: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  summary: 'a web page as saved: the article is found among the site chrome, with its metadata',
  async *read(file, options) {
    yield await readDocument(file, 'html', options);
  },
};
