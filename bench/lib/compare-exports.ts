/**
 * An export of `triangulate export --format json` as it can be compared with another store's: lists as
 * sets (sorted), keys in order, sources by file name, similarities to two decimals (document
 * frequencies grow as articles arrive). Used by test/queue.test.ts and bench/queue.
 */
import path from 'node:path';

export function comparable(value: unknown): unknown {
  if (Array.isArray(value))
    return value
      .map(comparable)
      .map((v) => JSON.stringify(v))
      .sort();
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [
          k,
          k === 'path' && typeof v === 'string'
            ? path.basename(v)
            : k === 'similarity' && typeof v === 'number'
              ? Math.round(v * 100) / 100
              : comparable(v),
        ]),
    );
  return value;
}
