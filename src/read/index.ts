import { createReadStream, existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { gunzipSync, createGunzip } from 'node:zlib';
import type { InputFormat, RawInput, SourceMeta } from '../article/types.ts';
import { InputError } from '../errors.ts';
import { binaryReason, decodeBytes, isGzip } from './decode.ts';
import { htmlProblem } from './html-check.ts';
import { readMeta, readRecord, recordsOfJson } from './records.ts';

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
}

/** One result of reading: an input ready for the pipeline, or an error naming the file and the reason. */
export type ReadResult = { input: RawInput; warnings: InputError[]; notes?: InputError[] } | { error: InputError };

type Kind = InputFormat | 'jsonl' | 'json';

const EXTENSIONS: Record<string, Kind> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
};

/** The kind a file name says, looking through a `.gz` ending. */
export function kindOfName(file: string): Kind | undefined {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.meta.json')) return undefined;
  return EXTENSIONS[path.extname(name)];
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Expands the paths given into files: directories recursively (hidden entries skipped), sorted. */
export async function listInputs(paths: readonly string[]): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = [];
  const errors: InputError[] = [];
  // Directories already walked, by their real path: a link back up the tree is not followed twice.
  const walked = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const real = await fs.realpath(dir);
    if (walked.has(real)) return;
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
      else if (kind === 'file' && kindOfName(entry.name)) files.push(full);
    }
  };
  for (const given of paths) {
    try {
      const stat = await fs.stat(given);
      if (stat.isDirectory()) await walk(given);
      else files.push(given);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      errors.push(new InputError(given, code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})`));
    }
  }
  return { files, errors };
}

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
function sniffFormat(content: string): InputFormat {
  return /^\s*(<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>])/i.test(content) ? 'html' : 'text';
}

/** Reads one text or HTML file into an input, or says why it cannot be read. */
async function readDocument(file: string, kind: InputFormat | undefined, options: ReadOptions): Promise<ReadResult> {
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

/** Turns one parsed record into an input or an error; whatever goes wrong stays with this record. */
function recordResult(file: string, record: number, value: unknown, line: string, options: ReadOptions): ReadResult {
  try {
    return checkedRecord(file, record, value, line, options);
  } catch (error) {
    return { error: new InputError(`${file}:${record}`, `cannot read the record (${(error as Error).message})`) };
  }
}

function checkedRecord(file: string, record: number, value: unknown, line: string, options: ReadOptions): ReadResult {
  const where = `${file}:${record}`;
  const checked = readRecord(value);
  if (typeof checked === 'string') return { error: new InputError(where, checked) };
  if (checked.content.length > options.maxBytes) return { error: new InputError(where, 'record too large') };
  const bytes = new TextEncoder().encode(line);
  const malformed = checked.format === 'html' ? htmlProblem(checked.content) : undefined;
  return {
    input: {
      path: file,
      record,
      format: checked.format,
      bytes,
      content: checked.content,
      encoding: 'utf-8',
      meta: checked.meta,
    },
    warnings: malformed ? [new InputError(where, malformed)] : [],
  };
}

/**
 * The lines of a byte stream, each at most `limit` bytes: a longer line is not kept in memory (its
 * bytes are counted and dropped up to its end), so one endless line cannot exhaust memory.
 */
async function* boundedLines(
  source: AsyncIterable<Buffer>,
  limit: number,
): AsyncGenerator<{ number: number; line: string } | { number: number; tooLong: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 0;
  const finish = (): { number: number; line: string } | { number: number; tooLong: number } => {
    number++;
    const out =
      size > limit
        ? { number, tooLong: size }
        : { number, line: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    return out;
  };
  for await (const chunk of source) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      size += nl - from;
      if (size <= limit) parts.push(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    size += chunk.length - from;
    if (size <= limit) parts.push(chunk.subarray(from));
    else parts = [];
  }
  if (size > 0) yield finish();
}

/** Reads a JSON Lines file record by record (streamed, so large files are fine); a broken line is one error. */
async function* readJsonLines(file: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const head = Buffer.alloc(2);
  const handle = await fs.open(file, 'r');
  await handle.read(head, 0, 2, 0);
  await handle.close();
  const stream = createReadStream(file);
  const source: AsyncIterable<Buffer> = isGzip(head) ? stream.pipe(createGunzip()) : stream;
  // A record holds its article and metadata as JSON: room for escapes around the article's own limit.
  const lineLimit = options.maxBytes * 2 + 64 * 1024;
  let number = 0;
  let any = false;
  try {
    for await (const read of boundedLines(source, lineLimit)) {
      number = read.number;
      if ('tooLong' in read) {
        any = true;
        yield {
          error: new InputError(`${file}:${number}`, `record too large (${megabytes(read.tooLong)} on one line)`),
        };
        continue;
      }
      const line = read.line;
      if (!line.trim()) continue;
      any = true;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        yield { error: new InputError(`${file}:${number}`, `not valid JSON (${(error as Error).message})`) };
        continue;
      }
      yield recordResult(file, number, value, line, options);
    }
  } catch (error) {
    const after = number ? ` after line ${number}` : '';
    yield { error: new InputError(file, `cannot read${after} (${(error as Error).message})`) };
    return;
  }
  if (!any) yield { error: new InputError(file, 'empty file (no records)') };
}

/** Reads a whole JSON file: an array of records, `{"articles": [...]}` or one record. */
async function* readJsonDocument(file: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const limit = options.maxDocumentBytes ?? READ_DEFAULTS.maxDocumentBytes;
  const tooLarge = (what: string) =>
    new InputError(
      file,
      `${what} too large (over ${megabytes(limit)} for one JSON document; JSON Lines is read record by record without limit)`,
    );
  if ((await fs.stat(file)).size > limit) {
    yield { error: tooLarge('file') };
    return;
  }
  let bytes: Uint8Array = await fs.readFile(file);
  if (bytes.length === 0) {
    yield { error: new InputError(file, 'empty file') };
    return;
  }
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: limit });
    } catch (error) {
      const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      yield { error: tooBig ? tooLarge('decompressed content') : new InputError(file, 'corrupt gzip data') };
      return;
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    yield { error: new InputError(file, `not valid JSON (${(error as Error).message})`) };
    return;
  }
  const records = recordsOfJson(value);
  for (const [index, record] of records.entries()) {
    yield recordResult(file, index + 1, record, JSON.stringify(record), options);
  }
}

/** Reads one file: a text or HTML article, or every record of a JSON Lines or JSON file. */
export async function* readFile(file: string, options: ReadOptions = READ_DEFAULTS): AsyncGenerator<ReadResult> {
  const kind = kindOfName(file);
  try {
    if (kind === 'jsonl') yield* readJsonLines(file, options);
    else if (kind === 'json') yield* readJsonDocument(file, options);
    else yield await readDocument(file, kind, options);
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
