/**
 * Bad input: each bad file gets one clear message naming it and the reason, the others are ingested,
 * the exit code says whether anything failed, and running the same command twice stores nothing twice.
 */
import {
  mkdtempSync,
  mkdirSync,
  openSync,
  closeSync,
  existsSync,
  ftruncateSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestLine } from '../src/cli/add/index.ts';
import { InputError, storeErrorOf } from '../src/errors.ts';
import { Store } from '../src/store/index.ts';
import { cli } from './helpers/run.ts';

const ENGLISH =
  'The harbour board met on Tuesday. Its chair said the new quay would open in “early spring” at a cost of 4 million euros.';
const CP1252 =
  'Le café du port a rouvert. The owner, Renée Marchetti, said: “We’re back — and staying.” It cost €12,000.';
const GREEK =
  'Ο δήμαρχος της πόλης δήλωσε ότι το λιμάνι θα ανοίξει ξανά τη Δευτέρα. Οι εργασίες κόστισαν δύο εκατομμύρια ευρώ.';

let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'triangulate-bad-'));
  const inputs = path.join(dir, 'inputs');
  mkdirSync(inputs);
  db = path.join(dir, 'store.db');
  writeFileSync(
    path.join(inputs, 'binary.txt'),
    Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x20, 0x30, 0x00, 0x00]),
  );
  writeFileSync(
    path.join(inputs, 'image.html'),
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]),
  );
  writeFileSync(path.join(inputs, 'empty.txt'), '');
  // A 50 MB file, made sparse so the test writes next to nothing.
  const huge = openSync(path.join(inputs, 'huge.txt'), 'w');
  ftruncateSync(huge, 50 * 1024 * 1024);
  closeSync(huge);
  writeFileSync(path.join(inputs, 'cp1252.txt'), iconv.encode(CP1252, 'windows-1252'));
  writeFileSync(path.join(inputs, 'greek.txt'), iconv.encode(GREEK, 'iso-8859-7'));
  writeFileSync(
    path.join(inputs, 'greek-declared.html'),
    iconv.encode(
      `<html><head><meta charset="iso-8859-7"><title>Λιμάνι</title></head><body><article><p>${GREEK}</p></article></body></html>`,
      'iso-8859-7',
    ),
  );
  writeFileSync(
    path.join(inputs, 'malformed.html'),
    `<html><body><div><p>${ENGLISH}<div><b>The quay will be named after a local fisherman, officials said.</p></span>`,
  );
  writeFileSync(
    path.join(inputs, 'records.jsonl'),
    [
      JSON.stringify({
        text: 'First record: the ferry service resumed on Monday after a two-week strike by crews.',
        outlet: 'Coast Daily',
      }),
      '{"text": "broken record, never closed',
      JSON.stringify({
        text: 'Third record: union leaders said talks on pay would continue next month in the capital.',
        published: '2026-03-02',
      }),
    ].join('\n'),
  );
  writeFileSync(path.join(inputs, 'good.txt.gz'), gzipSync(ENGLISH));
});

describe('bad input', () => {
  let first: Awaited<ReturnType<typeof cli>>;

  it('names each bad file once with its reason, ingests the rest, exits non-zero', async () => {
    first = await cli('analyze', path.join(dir, 'inputs'), '--db', db, '--quiet');
    expect(first.code).toBe(1);
    const errors = first.err.split('\n').filter((l) => l.startsWith('error:'));
    const expectOne = (file: string, reason: RegExp) => {
      const lines = errors.filter((l) => l.includes(file));
      expect(lines, `${file}: ${first.err}`).toHaveLength(1);
      expect(lines[0]).toMatch(reason);
    };
    expectOne('binary.txt', /binary file/);
    expectOne('image.html', /binary file \(looks like a PNG image\)/);
    expectOne('empty.txt', /empty file/);
    expectOne('huge.txt', /file too large \(50\.0 MB/);
    expectOne('records.jsonl:2', /not valid JSON/);
    expect(errors).toHaveLength(5);
    const notes = first.err.split('\n').filter((l) => l.startsWith('note:'));
    expect(notes.filter((l) => l.includes('cp1252.txt'))).toEqual([
      expect.stringMatching(/not UTF-8: read as windows-1252 \(detected from the bytes\)/),
    ]);
    expect(notes.filter((l) => l.includes('greek.txt'))).toEqual([
      expect.stringMatching(/not UTF-8: read as iso-8859-7 \(detected from the bytes\)/),
    ]);
    expect(notes.filter((l) => l.includes('greek-declared.html'))).toEqual([
      expect.stringMatching(/read as iso-8859-7 \(declared by the page\)/),
    ]);
    const warnings = first.err.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings.filter((l) => l.includes('malformed.html'))).toHaveLength(1);
    expect(warnings.find((l) => l.includes('malformed.html'))).toMatch(/malformed HTML: .*never closed/);
  });

  it('stores the good inputs, decoded from their encodings', () => {
    const store = Store.open(db);
    const articles = store.listArticles();
    store.close();
    const texts = articles.map((a) => a.text);
    expect(articles).toHaveLength(7);
    expect(
      texts.some(
        (t) => t.includes('Renée Marchetti') && t.includes('“We’re back — and staying.”') && t.includes('€12,000'),
      ),
    ).toBe(true);
    // Sniffed as ISO-8859-7 (greek.txt) and declared so in the page (greek-declared.html).
    expect(texts.filter((t) => t.includes('Ο δήμαρχος της πόλης δήλωσε'))).toHaveLength(2);
    expect(articles.find((a) => a.text.includes('Ο δήμαρχος'))?.meta.language).toBe('el');
    expect(texts.some((t) => t.includes('named after a local fisherman'))).toBe(true);
    expect(texts.some((t) => t.startsWith('First record'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Third record'))).toBe(true);
    expect(texts.some((t) => t.startsWith('The harbour board met on Tuesday.'))).toBe(true);
  });

  it('stores nothing twice when the same command runs again', async () => {
    const again = await cli('analyze', path.join(dir, 'inputs'), '--db', db, '--quiet');
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/0 new, 0 updated, 7 already stored/);
    const store = Store.open(db);
    expect(store.countArticles()).toBe(7);
    expect(store.db.prepare('SELECT count(*) AS n FROM article_sources').get()).toEqual({ n: 7 });
    store.close();
  });

  it('exits 0 when every input was read', async () => {
    const ok = await cli(
      'add',
      path.join(dir, 'inputs/cp1252.txt'),
      path.join(dir, 'inputs/good.txt.gz'),
      '--db',
      db,
      '--quiet',
    );
    expect(ok.err).toMatch(/^note: .*cp1252\.txt: not UTF-8/);
    expect(ok.err.split('\n')).toHaveLength(1);
    expect(ok.code).toBe(0);
  });

  it('names a missing path', async () => {
    const missing = await cli('add', path.join(dir, 'nope.txt'), '--db', db, '--quiet');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nope\.txt: no such file or directory/);
  });

  it('leaves no empty database behind when nothing given could be read', async () => {
    const fresh = path.join(dir, 'never.db');
    for (const command of ['add', 'analyze']) {
      const run = await cli(command, path.join(dir, 'nope.txt'), '--db', fresh, '--quiet');
      expect(run.code).toBe(1);
      expect(run.out).toMatch(/none written \(.*never\.db was not created: nothing was stored\)/);
      expect(existsSync(fresh)).toBe(false);
      expect(existsSync(`${fresh}-wal`)).toBe(false);
    }
    // A database that existed is kept, empty or not.
    const kept = path.join(dir, 'kept.db');
    expect((await cli('add', path.join(dir, 'nope.txt'), '--db', kept, '--quiet')).code).toBe(1);
    expect(existsSync(kept)).toBe(false);
    const analysed = await cli('analyze', path.join(dir, 'inputs/cp1252.txt'), '--db', kept, '--quiet');
    expect(analysed.code).toBe(0);
    // An article with no date is read, and the summary says what its missing date costs.
    expect(analysed.out).toMatch(/dated: +0 of 1 — the undated are not placed in time/);
    const again = await cli('add', path.join(dir, 'nope.txt'), '--db', kept, '--quiet');
    expect(again.out).toMatch(/kept\.db \(1 article\)/);
    expect(existsSync(kept)).toBe(true);
  });

  it('refuses a usage error with exit code 2', async () => {
    expect((await cli('analyze', '--db', db)).code).toBe(2);
    expect((await cli('analyze', '--bogus')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
  });

  it('says an unknown option in a line of its own, with the option it is closest to', async () => {
    const typo = await cli('check', '--db', db, '--formt', 'json');
    expect(typo.code).toBe(2);
    expect(typo.err.split('\n')[0]).toBe('error: unknown option --formt (did you mean --format?)');
    expect((await cli('check', '--db', db, '--zzz')).err.split('\n')[0]).toBe('error: unknown option --zzz');
    expect((await cli('check', '--db')).err.split('\n')[0]).toBe('error: option --db needs a value');
    expect((await cli('check', '--db', db, '--json=yes')).err.split('\n')[0]).toBe(
      'error: option --json takes no value',
    );
  });

  it('names a folder with no article in it, and says that nothing new was stored', async () => {
    const none = path.join(dir, 'no-articles');
    mkdirSync(none);
    writeFileSync(path.join(none, 'notes.md'), '# notes');
    writeFileSync(path.join(none, 'blob.bin'), Buffer.from([0, 1, 2, 3]));
    const empty = path.join(dir, 'empty-folder');
    mkdirSync(empty);
    const run = await cli('add', none, empty, '--db', db, '--quiet');
    expect(run.code).toBe(1);
    expect(run.err.split('\n')).toEqual([
      `error: ${none}: no article in this folder: its 2 files are of no format read (see "triangulate add --help")`,
      `error: ${empty}: no article in this folder: it holds no file`,
    ]);
    expect(run.out).toMatch(
      /^Read 0 articles from 0 files .*: nothing new to store\. Database: .* \(\d+ articles\)\.$/,
    );
    // A folder given twice, or inside another given, is read once and is no failure.
    const twice = await cli('add', path.join(dir, 'inputs'), path.join(dir, 'inputs'), '--db', db, '--quiet');
    expect(twice.err).not.toMatch(/no article in this folder/);
    const again = await cli('add', path.join(dir, 'inputs/cp1252.txt'), '--db', db, '--quiet');
    expect(again.out).toMatch(
      /^Read 1 article from 1 file \(0 new, 0 updated, 1 already stored\): nothing new to store\./,
    );
  });
});

describe('a file that cannot be written', () => {
  it('is named with the reason in one line, nothing half-written left beside it', async () => {
    const folder = path.join(dir, 'out-folder');
    mkdirSync(folder);
    for (const argv of [
      ['export', '--db', db, '--format', 'md', '--out', folder],
      ['analyze', path.join(dir, 'inputs/cp1252.txt'), '--db', db, '--quiet', '--json', folder],
    ]) {
      const run = await cli(...argv);
      expect(run.code, argv.join(' ')).toBe(1);
      expect(run.err.split('\n').filter((l) => l.startsWith('error:'))).toEqual([
        `error: ${folder}: is a directory: give the name of a file to write`,
      ]);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const underFile = path.join(dir, 'inputs/good.txt.gz', 'x.json');
    const under = await cli('export', '--db', db, '--format', 'md', '--out', underFile);
    expect([under.code, under.err]).toEqual([1, `error: ${underFile}: a part of the path is a file, not a folder`]);
    const unnamed = await cli('export', '--db', db, '--format', 'md', '--out', '');
    expect([unnamed.code, unnamed.err.split('\n')[0]]).toEqual([2, 'error: the file to write has no name']);
  });
});

describe('a database that cannot be used', () => {
  it('says in one line why, naming the file, with exit code 1', async () => {
    const notDb = path.join(dir, 'not-a-db.db');
    writeFileSync(notDb, 'These are the minutes of the harbour board, not a database. '.repeat(20));
    const folder = path.join(dir, 'folder.db');
    mkdirSync(folder);
    const good = path.join(dir, 'inputs/cp1252.txt');
    for (const [file, reason] of [
      [notDb, /not-a-db\.db: not a database \(the file holds something else\)/],
      [folder, /folder\.db: is a directory: give a database file with --db/],
    ] as const) {
      for (const argv of [
        ['add', good, '--db', file, '--quiet'],
        ['check', `--db=${file}`],
      ]) {
        const run = await cli(...argv);
        expect(run.code, argv.join(' ')).toBe(1);
        const lines = run.err.split('\n').filter((l) => l.startsWith('error:'));
        expect(lines, run.err).toHaveLength(1);
        expect(lines[0]).toMatch(reason);
      }
    }
  });

  it('refuses an empty file for a database, and leaves it as it was', async () => {
    const empty = path.join(dir, 'empty.db');
    writeFileSync(empty, '');
    for (const command of ['check', 'entities', 'search']) {
      const run = await cli(command, ...(command === 'search' ? ['harbour'] : []), '--db', empty);
      expect(run.code, command).toBe(1);
      expect(run.err).toBe(
        `error: ${empty}: an empty file, not a database: run "triangulate analyze" with --db to make one`,
      );
    }
    expect(statSync(empty).size).toBe(0);
  });

  it('explains what SQLite reports while the command runs', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(storeErrorOf('story.db', busy)?.message).toBe(
      'story.db: another process is writing to this database; run again when it has finished [SQLITE_BUSY: database is locked]',
    );
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    expect(storeErrorOf('story.db', full)?.message).toMatch(/^story\.db: the disk is full/);
    expect(storeErrorOf('story.db', new Error('other'))).toBeUndefined();
  });
});

describe('the time budget of one article', () => {
  it('gives up an article past it, names it and the stage, and goes on', async () => {
    const file = path.join(dir, 'inputs/cp1252.txt');
    const store = path.join(dir, 'budget.db');
    const run = await cli('add', file, '--db', store, '--quiet', '--time-budget', '0.000001');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /^error: .*cp1252\.txt: took .* s \(up to stage "clean"\), over the time budget of 0\.0 s for one article: not stored \(see --time-budget\)$/m,
    );
    expect(run.out).toMatch(/0 new/);
    expect((await cli('add', file, '--db', store, '--time-budget', 'soon')).code).toBe(2);
    expect((await cli('add', file, '--db', store, '--quiet', '--time-budget', '60')).out).toMatch(/1 new/);
  });
});

describe('the account of an ingest', () => {
  const report = (failed: string[]) => ({
    files: 2,
    articles: [],
    outcomes: { added: 0, updated: 0, unchanged: 0 },
    failed: failed.map((p) => new InputError(p, 'not valid JSON')),
    warnings: [],
    notes: [],
  });

  it('says how many files the records that could not be read are in, when fewer', () => {
    expect(ingestLine(report(['feed.jsonl:2', 'feed.jsonl:5']))).toMatch(
      /; 2 inputs could not be read \(in 1 file\)$/u,
    );
    expect(ingestLine(report(['a.txt', 'feed.jsonl:5']))).toMatch(/; 2 inputs could not be read$/u);
    expect(ingestLine(report(['http://127.0.0.1:1', 'http://127.0.0.1:2']))).toMatch(/; 2 inputs could not be read$/u);
    expect(ingestLine(report([]))).not.toMatch(/could not be read/u);
  });
});
