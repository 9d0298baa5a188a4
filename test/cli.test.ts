import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/main.ts';
import { sourceLabel } from '../src/corpus/sources.ts';
import { createApp } from '../src/server/index.ts';
import { Store } from '../src/store/index.ts';
import { cli } from './helpers/run.ts';
import { EXAMPLE_CONFLICT_KINDS, EXAMPLES, sharedPath } from './helpers/shared.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-cli-'));
const db = path.join(dir, 'cli.db');
const json = path.join(dir, 'export.json');

describe('command line', () => {
  it('prints help for the program and for each command', async () => {
    const top = await cli('--help');
    expect(top.code).toBe(0);
    for (const command of COMMANDS) {
      expect(top.out).toContain(command.name);
      const help = await cli(command.name, '--help');
      expect(help.code).toBe(0);
      expect(help.out).toMatch(new RegExp(`^Usage: triangulate ${command.name}`));
    }
  });

  it('runs compiled: the program lists its commands without loading any of them', () => {
    const out = execFileSync(process.execPath, ['bin/triangulate.js', '--help'], { encoding: 'utf8' });
    for (const command of COMMANDS) expect(out).toContain(`  ${command.name} `);
    // The compiled entry point holds the list, not the commands: each is a chunk of its own.
    const entry = readFileSync('dist/cli.js', 'utf8');
    expect(entry).not.toMatch(/better-sqlite3|wink-nlp|chrono-node/);
  });

  it('analyses the example corpus into the JSON export, version 1', async () => {
    const run = await cli('analyze', EXAMPLES, '--db', db, '--json', json, '--quiet');
    // The Courier's page is in Windows-1252, which it declares: a note, not an error.
    expect(run.err).toMatch(
      /^note: .*courier-lower-town\.html: not UTF-8: read as windows-1252 \(declared by the page\)$/,
    );
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Analysed 14 articles from 12 files \(14 new, 0 updated, 0 already stored\)/);
    expect(run.out).toMatch(/outlets: +Northgate Wire \(3\)/);
    const exported = JSON.parse(readFileSync(json, 'utf8'));
    expect(Object.keys(exported)).toEqual([
      'version',
      'articles',
      'entities',
      'quotes',
      'dates',
      'claims',
      'conflicts',
      'quoteVariants',
      'events',
      'copies',
    ]);
    expect(exported.version).toBe(1);
    expect(exported.articles).toHaveLength(14);
    // The summary counts as placed only the dates with every part known (not "Friday" undated).
    const placed = /dates: +(\d+) expressions, (\d+) placed on the calendar/.exec(run.out);
    expect(Number(placed?.[1])).toBe(exported.dates.length);
    expect(Number(placed?.[2])).toBe(
      exported.dates.filter((d: { value: string }) => /^\d{3}/.test(d.value) && !d.value.includes('X')).length,
    );
    expect(Number(placed?.[2])).toBeLessThan(exported.dates.length);
    // Events: every article in exactly one; the dam story's two events share a storyline; one copy, two rewrites.
    const clustered = exported.events.flatMap((e: { articles: string[] }) => e.articles);
    expect(clustered.sort()).toEqual(exported.articles.map((a: { id: string }) => a.id).sort());
    expect(exported.events.map((e: { title: string; date: string }) => [e.date, e.title])).toEqual([
      ['2026-03-11', "Harrowgate Dam breach floods Caddenford's lower town"],
      ['2026-03-31', "Water chief tells inquiry crack in dam was judged 'moderate'"],
      ['2026-03-20', 'Kestle Island ferry to add late sailing from May'],
    ]);
    expect(exported.events[0].storyline).toBe(exported.events[1].storyline);
    expect(exported.copies.map((p: { kind: string }) => p.kind).sort()).toEqual(['copy', 'rewrite', 'rewrite']);
    const texts = new Map(exported.articles.map((a: { id: string; text: string }) => [a.id, a.text]));
    // Dates: each points into its article, with a TIMEX3 value.
    expect(exported.dates.length).toBeGreaterThan(50);
    for (const d of exported.dates) {
      expect((texts.get(d.article) as string).slice(d.start, d.end)).toBe(d.text);
      expect(d.value).toMatch(/^(\d{4}|P|PRESENT_REF|PAST_REF|FUTURE_REF|X)/);
    }
    // Claims and conflicts: evidence points into the exported articles; the planted contradictions are there.
    expect(exported.conflicts.map((c: { kind: string }) => c.kind).sort()).toEqual(EXAMPLE_CONFLICT_KINDS);
    for (const c of [...exported.claims, ...exported.conflicts])
      for (const e of c.evidence) expect(texts.has(e.article), `${c.id} cites an exported article`).toBe(true);
    // Quotes: each points into its article; the Wexley quote worded differently is the one variant.
    for (const q of exported.quotes) expect((texts.get(q.article) as string).slice(q.start, q.end)).toBe(q.text);
    expect(exported.quoteVariants).toHaveLength(1);
    expect(exported.quoteVariants[0].wordings.join(' | ')).toMatch(
      /We will rebuild the lower town.*\| "We are going to rebuild/,
    );
    // Entities: every mention and role points into an exported article's text.
    expect(exported.entities.length).toBeGreaterThan(20);
    for (const e of exported.entities) {
      expect(e).toMatchObject({
        id: expect.stringMatching(/^e_/),
        type: expect.stringMatching(/^(person|organisation|place)$/),
      });
      for (const m of [...e.mentions, ...e.roles])
        expect((texts.get(m.article) as string).slice(m.start, m.end)).toBe(m.text);
    }
    const herald = exported.articles.find(
      (a: { source: { path: string } }) => a.source.path === path.join(EXAMPLES, 'herald-dam-breach.txt'),
    );
    expect(herald).toMatchObject({
      outlet: 'The Caddenford Herald',
      published: '2026-03-11',
      language: 'en',
      title: "Harrowgate Dam breach floods Caddenford's lower town",
    });
    expect(herald.removed).toContainEqual(expect.objectContaining({ text: '- Get link', reason: 'share bar' }));
    for (const a of exported.articles) {
      expect(a.id).toMatch(/^[0-9a-f]{16}$/);
      for (const s of a.sentences) expect(a.text.slice(s.start, s.end).trim()).toBe(a.text.slice(s.start, s.end));
    }
    const wire = exported.articles.filter((a: { source: { path: string } }) =>
      a.source.path.endsWith('northgate-wire.jsonl'),
    );
    expect(wire.map((a: { source: { record: number } }) => a.source.record)).toEqual([1, 2, 3]);
  });

  it('keeps source.path as the user gave it', async () => {
    const relative = path.relative(process.cwd(), path.join(EXAMPLES, 'kestle-ferry.txt'));
    const run = await cli('analyze', relative, '--db', db, '--json', '-', '--quiet');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).articles[0].source.path).toBe(relative);
    expect(run.err).toMatch(/0 new, 0 updated, 1 already stored/);
  });

  it('searches the store', async () => {
    const found = await cli('search', 'velenco', '--db', db);
    expect(found.code).toBe(0);
    expect(found.out).toContain('Lusk Valley Courier');
    expect(found.out).toContain('[Velenco]');
    // A name finds the other spellings merged with it: the Courier writes "Velenco" for Velenko.
    const merged = await cli('search', 'Velenko', '--db', db);
    expect(merged.out).toContain('Lusk Valley Courier');
    expect(merged.out).toContain('[Velenco]');
    const none = await cli('search', 'zeppelin', '--db', db);
    expect(none.out).toBe('No article matches "zeppelin".');
    // A misspelling that finds nothing is told the names spelled close to it.
    const typo = await cli('search', 'Hallowel', '--db', db);
    expect(typo.code).toBe(0);
    expect(typo.out).toBe('No article matches "Hallowel". Names spelled close to it: Piers Hallowell.');
    const asJson = JSON.parse((await cli('search', 'Kestle', 'ferry', '--db', db, '--json')).out);
    expect(asJson[0].title).toBe('Kestle Island ferry to add late sailing from May');
    const missing = await cli('search', 'x', '--db', path.join(dir, 'none.db'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no database at/);
  });

  it('extracts one page without storing it', async () => {
    const run = await cli('extract', path.join(EXAMPLES, 'elfaro-evacuees.txt'), '--json');
    expect(run.code).toBe(0);
    const page = JSON.parse(run.out);
    expect(Object.keys(page)).toEqual(['title', 'outlet', 'published', 'language', 'text', 'removed']);
    expect(page).toMatchObject({
      title: 'Evacuees fill school sports hall as Caddenford waits for the water to fall',
      outlet: 'El Faro del Lusk',
      language: 'en',
    });
    expect(page.removed).toContainEqual(
      expect.objectContaining({
        text: 'Inicio | Últimas noticias | Comunidad | Deportes | Opinión',
        reason: 'navigation menu',
      }),
    );
    const plain = await cli('extract', path.join(EXAMPLES, 'kestle-ferry.txt'));
    expect(plain.out).toMatch(/^title: +Kestle Island ferry to add late sailing from May/);
    expect((await cli('extract')).code).toBe(2);
  });
});

describe('the compiled command line', () => {
  /** The modules a compiled file imports statically, following its chunks. */
  function staticImports(file: string, seen = new Set<string>()): Set<string> {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) {
        const next = path.resolve(path.dirname(file), spec);
        if (!seen.has(next)) {
          seen.add(next);
          staticImports(next, seen);
        }
      } else seen.add(spec);
    }
    return seen;
  }

  it('reads the report with none of the stages loaded: `check` loads no matching, no per-article stage', () => {
    const chunks = path.resolve(import.meta.dirname, '../dist/chunks');
    const check = readdirSync(chunks).find((f) => /^check-[\w-]+\.js$/.test(f))!;
    const loaded = [...staticImports(path.join(chunks, check))];
    expect(loaded).toContain('better-sqlite3');
    expect(loaded).not.toContain('wink-nlp');
    // The compiled chunks name the sources they hold ("// src/corpus/claims/views.ts").
    const sources = loaded
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^\/\/ (src\/\S+)$/gm)].map((m) => m[1]!));
    expect(sources).toContain('src/corpus/claims/views.ts');
    for (const heavy of ['src/corpus/runner.ts', 'src/corpus/claims/denials.ts', 'src/corpus/claims/facts.ts'])
      expect(sources).not.toContain(heavy);
    expect(sources.filter((f) => f.startsWith('src/stages/'))).toEqual([]);
  });

  it('loads no database, language model or schema library before a command runs (so --help is quick)', () => {
    const loaded = staticImports(path.resolve(import.meta.dirname, '../dist/cli.js'));
    expect(loaded.size).toBeGreaterThan(0);
    for (const heavy of ['better-sqlite3', 'wink-nlp', 'wink-eng-lite-web-model', 'zod', 'hono', 'linkedom'])
      expect([...loaded], heavy).not.toContain(heavy);
  });
});

describe('what an article with no outlet is called', () => {
  it.each([
    ['https://www.example-news.test/2026/03/a-story', 'Anything', 'example-news.test'],
    [
      undefined,
      'Trump Drops Bombshell: Putin May Have No Interest in Deal',
      '“Trump Drops Bombshell: Putin May Have …”',
    ],
    [undefined, 'Dam holds', '“Dam holds”'],
    ['not a url', 'Dam holds', '“Dam holds”'],
    [undefined, undefined, undefined],
  ])('url %s, title %s: %s', (url, title, label) => {
    expect(sourceLabel(url, title)).toBe(label);
  });
});

const seeds = sharedPath('corpus/seeds');
describe.skipIf(!seeds)('sources with no outlet on the seeds', () => {
  it('are named by their title, never their file, and counted in the outlets view', async () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'labels-seeds-')), 'seeds.db');
    expect((await cli('analyze', seeds!, '--db', db, '--quiet')).code).toBe(0);
    const report = (await cli('check', '--db', db)).out;
    expect(report).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    expect(report).toContain('“Trump Drops Bombshell: Putin May Have …”');
    // Every command that names where words were printed names them so.
    const quotes = (await cli('quotes', '--db', db)).out;
    const event = (await cli('event', 'ev_1', '--db', db)).out;
    for (const out of [quotes, event]) {
      expect(out).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
      expect(out).toContain('“Trump Drops Bombshell: Putin May Have …”');
    }
    const store = Store.open(db, { readonly: true });
    const app = createApp(store);
    const res = await app.request('/api/outlets?limit=50');
    const outlets = ((await res.json()) as { items: { name: string; articles: number }[] }).items;
    // Trump's presidency is one claim however it is written ("President", "U.S. President"): only the
    // outlet that calls him a former president says otherwise, never one that writes "President Trump".
    const matrix = (await (await app.request('/api/claims/matrix?limit=500')).json()) as {
      items: { claim: { statement: string }; cells: { state: string; value?: string }[] }[];
    };
    store.close();
    const holder = matrix.items.filter((r) => /^Donald Trump is (?:U\.S\. )?President$/.test(r.claim.statement));
    expect(holder).toHaveLength(1);
    expect(holder[0]!.cells.filter((c) => c.state === 'differs').map((c) => c.value)).toEqual(['former']);
    expect(outlets.every((o) => o.articles > 0)).toBe(true);
    expect(outlets.reduce((n, o) => n + o.articles, 0)).toBe(5);
  });
});

describe.skipIf(!seeds)('search on the seeds', () => {
  it('finds every spelling merged with a name: Witkoff also as Whitcoff, Zelensky also as Zelenskyy', async () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'search-seeds-')), 'seeds.db');
    expect((await cli('analyze', seeds!, '--db', db, '--quiet')).code).toBe(0);
    const ids = async (query: string) =>
      new Set(
        (JSON.parse((await cli('search', query, '--db', db, '--json')).out) as { id: string }[]).map((h) => h.id),
      );
    for (const [one, other] of [
      ['Witkoff', 'Whitcoff'],
      ['Zelensky', 'Zelenskyy'],
    ]) {
      const a = await ids(one!);
      expect([...a].sort()).toEqual([...(await ids(other!))].sort());
      // More than the articles that write the rarer spelling ("word*" asks for the words as written).
      expect(a.size).toBeGreaterThan((await ids(`${other!}*`)).size);
    }
  });
});
