/** JSON Lines: a record a line, streamed (files of any size), each record failing alone. */
import { createReadStream, promises as fs } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { InputError } from '../../errors.ts';
import { isGzip } from '../decode.ts';
import { megabytes, type Reader, type ReadOptions, type ReadResult } from '../types.ts';
import { recordResult } from './record.ts';

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

export const jsonl: Reader = {
  name: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  summary: 'JSON Lines: one article a line, {"text" or "html", "url", "title", "published", "outlet"}',
  read: readJsonLines,
};
