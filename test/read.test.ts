import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/read/decode.ts';
import { readInputs, type ReadResult } from '../src/read/index.ts';

async function collect(paths: string[]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths)) out.push(r);
  return out;
}

const TEXT = 'The ferry resumed service on Monday after a two-week strike, the operator said.';

describe('readers', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-read-'));
  mkdirSync(path.join(dir, 'nested/deeper'), { recursive: true });
  mkdirSync(path.join(dir, '.hidden'));
  writeFileSync(path.join(dir, 'a.txt'), TEXT);
  writeFileSync(
    path.join(dir, 'a.txt.meta.json'),
    JSON.stringify({ published: '2026-03-02', outlet: 'Coast Daily', url: 'https://coast.example/a' }),
  );
  writeFileSync(
    path.join(dir, 'nested/deeper/page.htm'),
    `<html lang="en"><body><article><p>${TEXT}</p></article></body></html>`,
  );
  writeFileSync(path.join(dir, 'nested/packed.html.gz'), gzipSync(`<html><body><p>${TEXT}</p></body></html>`));
  writeFileSync(path.join(dir, 'nested/misnamed.txt'), gzipSync(TEXT));
  writeFileSync(
    path.join(dir, 'list.json'),
    JSON.stringify({
      articles: [{ text: TEXT, title: 'One' }, { html: `<p>${TEXT}</p>`, title: 'Two' }, { title: 'no body' }],
    }),
  );
  writeFileSync(path.join(dir, '.hidden/secret.txt'), TEXT);
  writeFileSync(path.join(dir, 'notes.csv'), 'a,b');

  it('reads a directory recursively, in order, skipping hidden and unknown files', async () => {
    const results = await collect([dir]);
    const where = results.map((r) =>
      'input' in r
        ? `${path.relative(dir, r.input.path)}${r.input.record ? `:${r.input.record}` : ''}`
        : `! ${r.error.path}`,
    );
    expect(where).toEqual([
      'a.txt',
      'list.json:1',
      'list.json:2',
      `! ${path.join(dir, 'list.json')}:3`,
      'nested/deeper/page.htm',
      'nested/misnamed.txt',
      'nested/packed.html.gz',
    ]);
  });

  it('takes metadata from the sidecar, and gzip from the content', async () => {
    const results = (await collect([dir])).filter((r): r is Extract<ReadResult, { input: unknown }> => 'input' in r);
    const a = results.find((r) => r.input.path.endsWith('a.txt'))!;
    expect(a.input.meta).toEqual({ published: '2026-03-02', outlet: 'Coast Daily', url: 'https://coast.example/a' });
    const misnamed = results.find((r) => r.input.path.endsWith('misnamed.txt'))!;
    expect(misnamed.input.content).toBe(TEXT);
    expect(misnamed.input.format).toBe('text');
    const packed = results.find((r) => r.input.path.endsWith('packed.html.gz'))!;
    expect(packed.input.format).toBe('html');
    const record = results.find((r) => r.input.record === 2)!;
    expect(record.input.format).toBe('html');
    expect(record.input.meta.title).toBe('Two');
  });

  it('says why a record is refused', async () => {
    const results = await collect([path.join(dir, 'list.json')]);
    const error = results.find((r) => 'error' in r);
    expect(error && 'error' in error && error.error.reason).toBe('the record has no "text" or "html" field');
  });

  it('warns about a broken sidecar and still reads the file', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'triangulate-sidecar-'));
    writeFileSync(path.join(d, 'b.txt'), TEXT);
    writeFileSync(path.join(d, 'b.txt.meta.json'), '{"published": ');
    const [result] = await collect([d]);
    expect(result && 'input' in result && result.warnings[0]?.reason).toMatch(/sidecar is not valid JSON/);
  });

  it('decodes legacy encodings', () => {
    expect(decodeBytes(Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35])).content).toBe(
      '“Café” – €5',
    );
    expect(
      decodeBytes(Buffer.from('<meta charset="iso-8859-7"><p>\xc1\xe8\xde\xed\xe1</p>', 'latin1'), { html: true })
        .content,
    ).toContain('Αθήνα');
    expect(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x41])).content).toBe('A');
  });
});
