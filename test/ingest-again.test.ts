/**
 * Reading a folder again: an input read before as it is now (the same bytes, read the same way, by the
 * same program) is taken from the store, not analysed again; one that changed, or that another program
 * read, is analysed again. The store's own annotations tell which happened: they are marked in between.
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

/** Marks every stored article's annotations, so that an article analysed again shows it lost the mark. */
function mark(): void {
  const store = Store.open(db);
  store.db.prepare(`UPDATE articles SET annotations = json_set(annotations, '$.marked', 1)`).run();
  store.close();
}

/** The files whose articles still carry the mark. */
function marked(): string[] {
  const store = Store.open(db);
  const rows = store.db
    .prepare(`SELECT path FROM articles WHERE json_extract(annotations, '$.marked') = 1 ORDER BY path`)
    .all() as { path: string }[];
  store.close();
  return rows.map((r) => path.basename(r.path));
}

describe('reading the same inputs again', () => {
  it('takes what was read before from the store, and analyses what changed', async () => {
    for (const [name, text] of Object.entries(TEXTS)) writeFileSync(path.join(inputs, name), text);
    expect((await cli('add', inputs, '--db', db, '--quiet')).code).toBe(0);
    mark();
    const again = await cli('analyze', inputs, '--db', db, '--quiet', '--json', path.join(dir, 'again.json'));
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/0 new, 0 updated, 2 already stored/);
    expect(marked()).toEqual(['a.txt', 'b.txt']);
    // One file changed: its new text is a new article; the other is still taken from the store.
    writeFileSync(path.join(inputs, 'b.txt'), `${TEXTS['b.txt']} Ships were waiting outside.`);
    const changed = await cli('add', inputs, '--db', db, '--quiet');
    expect(changed.out).toMatch(/1 new, 0 updated, 1 already stored/);
    expect(marked()).toEqual(['a.txt', 'b.txt']);
  });

  it('analyses again what another program read (its key differs)', async () => {
    const store = Store.open(db);
    store.db.prepare(`UPDATE article_sources SET input_key = 'another program' WHERE path LIKE '%a.txt'`).run();
    store.close();
    const run = await cli('add', inputs, '--db', db, '--quiet');
    expect(run.code).toBe(0);
    // a.txt analysed again: its annotations are the program's (the mark is gone), so it counts as updated.
    expect(run.out).toMatch(/0 new, 1 updated, 1 already stored/);
    expect(marked()).toEqual(['b.txt']);
  });
});
