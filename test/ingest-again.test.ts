/**
 * Reading inputs again: an input read before as it is now (the same bytes, read the same way, by the same
 * program) is taken from the store, not analysed again; one that changed, that another program read, or
 * whose article another reading (or writer) changed since, is analysed again. A time budget no stage can
 * keep tells which happened: an input analysed again fails it, one taken from the store does not.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../src/store/index.ts';
import { cli } from './helpers/run.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-again-'));
const inputs = path.join(dir, 'inputs');
mkdirSync(inputs);
const db = path.join(dir, 'again.db');
const TEXTS = {
  'a.txt': 'Ferry Crews End Strike\n\nCrews of the island ferries returned to work on Monday, the union said.',
  'b.txt': 'Harbour Reopens\n\nThe harbour of Port Elbery reopened on Tuesday after the storm, its master said.',
};

/** `add` of the inputs with a time budget no analysis keeps: what it says, and what failed the budget. */
async function addWithNoTime(...paths: string[]) {
  const run = await cli('add', ...paths, '--db', db, '--quiet', '--time-budget', '0.000001');
  const over = run.err
    .split('\n')
    .filter((l) => l.includes('over the time budget'))
    .map((l) => path.basename(/^error: (.*?): took/.exec(l)![1]!));
  return { out: run.out, code: run.code, over };
}

describe('reading the same inputs again', () => {
  it('takes what was read before from the store, and analyses what changed', async () => {
    for (const [name, text] of Object.entries(TEXTS)) writeFileSync(path.join(inputs, name), text);
    expect((await cli('add', inputs, '--db', db, '--quiet')).code).toBe(0);
    const again = await addWithNoTime(inputs);
    expect(again).toMatchObject({ code: 0, over: [] });
    expect(again.out).toMatch(/0 new, 0 updated, 2 already stored/);
    // One file changed: it is analysed (and fails the budget); the other is still taken from the store.
    writeFileSync(path.join(inputs, 'b.txt'), `${TEXTS['b.txt']} Ships were waiting outside.`);
    const changed = await addWithNoTime(inputs);
    expect(changed.over).toEqual(['b.txt']);
    expect(changed.out).toMatch(/0 new, 0 updated, 1 already stored/);
    // `analyze --json` of what is taken from the store exports it as a fresh analysis does.
    writeFileSync(path.join(inputs, 'b.txt'), TEXTS['b.txt']);
    const fresh = path.join(dir, 'fresh.db');
    await cli('analyze', inputs, '--db', fresh, '--quiet', '--json', path.join(dir, 'fresh.json'));
    await cli('analyze', inputs, '--db', db, '--quiet', '--json', path.join(dir, 'again.json'));
    const { readFileSync } = await import('node:fs');
    const articles = (f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')).articles;
    expect(articles('again.json')).toEqual(articles('fresh.json'));
  });

  it('analyses again what another program read, or what was changed since it was read', async () => {
    const store = Store.open(db);
    store.db.prepare(`UPDATE articles SET input_key = 'another program' WHERE path LIKE '%a.txt'`).run();
    store.close();
    expect((await addWithNoTime(inputs)).over).toEqual(['a.txt']);
    // Read again with time: sealed anew.
    expect((await cli('add', inputs, '--db', db, '--quiet')).code).toBe(0);
    expect((await addWithNoTime(inputs)).over).toEqual([]);
    // Another writer changes the analysis of b.txt's article: its seal no longer holds.
    const writer = Store.open(db);
    writer.db
      .prepare(`UPDATE articles SET annotations = json_set(annotations, '$.marked', 1) WHERE path LIKE '%b.txt'`)
      .run();
    writer.close();
    expect((await addWithNoTime(inputs)).over).toEqual(['b.txt']);
  });

  it('never takes from the store an article whose text or place another reading left (a case-only edit, records moved)', async () => {
    const file = path.join(dir, 'case.txt');
    writeFileSync(file, 'Depot fire\n\nThe fire at the kessel depot was put out on monday, the fire chief said.');
    await cli('add', file, '--db', db, '--quiet');
    // The same article (ids ignore case): its analysis is rewritten, its text stays the first reading's.
    writeFileSync(file, 'Depot Fire\n\nThe fire at the Kessel depot was put out on Monday, the fire chief said.');
    expect((await cli('add', file, '--db', db, '--quiet')).out).toMatch(/1 updated/);
    expect((await addWithNoTime(file)).over).toEqual(['case.txt']);
    // JSON Lines whose records trade places: each record is read anew, not taken for the other.
    const lines = [
      { text: 'Crews of the island ferries returned to work on Monday, the union said.', title: 'Ferries' },
      { text: 'The harbour of Port Elbery reopened on Tuesday after the storm.', title: 'Harbour' },
    ];
    const jsonl = path.join(dir, 'feed.jsonl');
    writeFileSync(jsonl, lines.map((l) => JSON.stringify(l)).join('\n'));
    await cli('add', jsonl, '--db', db, '--quiet');
    expect((await addWithNoTime(jsonl)).over).toEqual([]);
    writeFileSync(
      jsonl,
      [...lines]
        .reverse()
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    expect((await addWithNoTime(jsonl)).over).toEqual(['feed.jsonl:1', 'feed.jsonl:2']);
  });

  it('analyses again an input whose text another input wrote the article of since', async () => {
    // c.txt is a.txt with a line of site chrome: one article (the same text), analysed from either.
    writeFileSync(path.join(dir, 'c.txt'), `${TEXTS['a.txt']}\nShare this article`);
    expect((await cli('add', path.join(dir, 'c.txt'), '--db', db, '--quiet')).code).toBe(0);
    expect((await cli('add', path.join(inputs, 'a.txt'), '--db', db, '--quiet')).code).toBe(0);
    const c = await addWithNoTime(path.join(dir, 'c.txt'));
    const a = await addWithNoTime(path.join(inputs, 'a.txt'));
    // The article was rewritten by a reading of another input: neither is taken from the store for the other.
    expect([...c.over, ...a.over].sort()).toEqual(['a.txt', 'c.txt']);
  });
});
