/**
 * The readers under hostile files: a bad record is named by `file:line` and the records after it are
 * read; null and empty metadata mean "not given"; gzip of any format is decompressed within a limit;
 * an endless line is not held in memory; NUL bytes anywhere mark a binary file; links inside a folder
 * are followed (a broken one is named, a loop is walked once).
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { listInputs, readFile, type ReadOptions, type ReadResult } from '../src/read/index.ts';
import { extractHtml } from '../src/read/html/extract.ts';
import { readMeta } from '../src/read/records.ts';

let dir: string;
const record = (fields: Record<string, unknown>) => JSON.stringify({ text: 'The ferry resumed on Monday.', ...fields });

async function readAll(file: string, options?: ReadOptions): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const result of readFile(file, options)) out.push(result);
  return out;
}
const errors = (results: ReadResult[]) =>
  results.flatMap((r) => ('error' in r ? [`${r.error.path}: ${r.error.reason}`] : []));
const inputs = (results: ReadResult[]) => results.flatMap((r) => ('input' in r ? [r.input] : []));

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'triangulate-limits-'));
});

describe('records', () => {
  it('names a record whose date is no time by file:line and reads the records after it', async () => {
    let deep = '1';
    for (let i = 0; i < 100_000; i++) deep = `[${deep}]`;
    const file = path.join(dir, 'dates.jsonl');
    writeFileSync(
      file,
      [
        record({ title: 'one' }),
        record({ published: 1e20 }),
        `{"text": "Deep.", "extra": ${deep}}`,
        record({ title: 'four', published: 1_700_000_000 }),
      ].join('\n'),
    );
    const results = await readAll(file);
    expect(errors(results)).toEqual([`${file}:2: field "published" is no valid time (100000000000000000000)`]);
    expect(inputs(results).map((i) => i.record)).toEqual([1, 3, 4]);
    // A number below 10^11 is seconds since 1970, above it milliseconds.
    expect(inputs(results)[2]!.meta.published).toBe('2023-11-14T22:13:20.000Z');
  });

  it('takes null and empty strings as "not given", not as errors', () => {
    expect(readMeta({ title: '', outlet: null, published: '  ', url: 'https://example.org/a' })).toEqual({
      meta: { url: 'https://example.org/a' },
      problems: [],
    });
    expect(readMeta({ title: '', headline: 'The headline' }).meta).toEqual({ title: 'The headline' });
    expect(readMeta({ title: 42 }).problems).toEqual(['field "title" should be a string']);
  });

  it('refuses an endless line as one record too large and reads on', async () => {
    const file = path.join(dir, 'long.jsonl');
    writeFileSync(
      file,
      [record({ title: 'one' }), `{"text": "${'a'.repeat(300_000)}"}`, record({ title: 'three' })].join('\n'),
    );
    const results = await readAll(file, { maxBytes: 100_000 });
    expect(errors(results)).toEqual([`${file}:2: record too large (0.3 MB on one line)`]);
    expect(inputs(results).map((i) => i.meta.title)).toEqual(['one', 'three']);
  });

  it('reads CRLF lines and a last line without a newline', async () => {
    const file = path.join(dir, 'crlf.jsonl');
    writeFileSync(file, `${record({ title: 'one' })}\r\n\r\n${record({ title: 'two' })}`);
    expect(inputs(await readAll(file)).map((i) => [i.record, i.meta.title])).toEqual([
      [1, 'one'],
      [3, 'two'],
    ]);
  });
});

describe('compressed and binary files', () => {
  it('decompresses a JSON document within a limit', async () => {
    const bomb = path.join(dir, 'bomb.json.gz');
    writeFileSync(bomb, gzipSync(`[${' '.repeat(4_000_000)}]`));
    expect(errors(await readAll(bomb, { maxBytes: 1000, maxDocumentBytes: 1_000_000 }))).toEqual([
      expect.stringMatching(/bomb\.json\.gz: decompressed content too large \(over 1\.0 MB/),
    ]);
    const fine = path.join(dir, 'fine.json.gz');
    writeFileSync(fine, gzipSync(`[${record({ title: 'gz' })}]`));
    expect(inputs(await readAll(fine, { maxBytes: 1000, maxDocumentBytes: 1_000_000 }))).toHaveLength(1);
  });

  it('finds NUL bytes past the first 8 KB', async () => {
    const file = path.join(dir, 'late-nul.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('Plain text. '.repeat(1000)), Buffer.from([0, 0, 1])]));
    expect(errors(await readAll(file))).toEqual([
      `${file}: binary file (contains NUL bytes, the first at byte 12000), not text or HTML`,
    ]);
  });
});

describe('folders', () => {
  it('follows links to files and folders, names a broken link, walks a loop once', async () => {
    const root = path.join(dir, 'linked');
    const other = path.join(dir, 'elsewhere');
    mkdirSync(path.join(root, 'sub'), { recursive: true });
    mkdirSync(other);
    writeFileSync(path.join(root, 'a.txt'), 'A.');
    writeFileSync(path.join(other, 'b.txt'), 'B.');
    symlinkSync(path.join(other, 'b.txt'), path.join(root, 'b-link.txt'));
    symlinkSync(other, path.join(root, 'other-link'));
    symlinkSync(path.join(dir, 'missing.txt'), path.join(root, 'broken.txt'));
    symlinkSync(root, path.join(root, 'sub', 'loop'));
    const { files, errors: problems } = await listInputs([root]);
    expect(files.map((f) => path.relative(root, f))).toEqual(['a.txt', 'b-link.txt', 'other-link/b.txt']);
    expect(problems.map((e) => `${path.relative(root, e.path)}: ${e.reason}`)).toEqual([
      'broken.txt: broken symbolic link (ENOENT)',
    ]);
  });
});

describe('deep pages', () => {
  it('keeps the text of a page nested 10,000 elements deep', () => {
    let html = '<p>The harbour board met on Tuesday and said the new quay would open in spring.</p>';
    for (let i = 0; i < 10_000; i++) html = `<div>${html}</div>`;
    const page = `<html><body>${html}</body></html>`;
    expect(extractHtml(page).text).toBe('The harbour board met on Tuesday and said the new quay would open in spring.');
    // Below the depth kept, what is not text is dropped rather than unwrapped.
    const script = `<p>The harbour board met on Tuesday.<script>var hidden = 1;</script></p>`;
    let wrapped = script;
    for (let i = 0; i < 500; i++) wrapped = `<div>${wrapped}</div>`;
    expect(extractHtml(`<html><body>${wrapped}</body></html>`).text).toBe('The harbour board met on Tuesday.');
  });
});
