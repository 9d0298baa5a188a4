/** One record of a JSON Lines or JSON file, turned into an input. */
import { InputError } from '../../errors.ts';
import { htmlProblem } from '../html-check.ts';
import { readRecord } from '../records.ts';
import type { ReadOptions, ReadResult } from '../types.ts';

/** Turns one parsed record into an input or an error; whatever goes wrong stays with this record. */
export function recordResult(
  file: string,
  record: number,
  value: unknown,
  line: string,
  options: ReadOptions,
): ReadResult {
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
