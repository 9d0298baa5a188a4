/** A whole JSON document: an array of records, {"articles": [...]}, one record, or a JSON Feed. */
import { promises as fs } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../../errors.ts';
import { isGzip } from '../decode.ts';
import { recordsOfJson } from '../records.ts';
import { megabytes, READ_DEFAULTS, type Reader, type ReadOptions, type ReadResult } from '../types.ts';
import { isJsonFeed, readFeedDocument } from '../web/feeds.ts';
import { recordResult } from './record.ts';

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
  if (isJsonFeed(value)) {
    yield* readFeedDocument(file, value, options);
    return;
  }
  const records = recordsOfJson(value);
  for (const [index, record] of records.entries()) {
    yield recordResult(file, index + 1, record, JSON.stringify(record), options);
  }
}

export const json: Reader = {
  name: 'json',
  extensions: ['.json'],
  summary: 'a JSON document: an array of records, {"articles": [...]}, one record, or a JSON Feed',
  read: readJsonDocument,
};
