/**
 * The HTTP API over the example corpus, in-process (`app.request`, no port) except where the binding
 * itself is tested: pagination with totals, problem details, every span pointing into its article,
 * the OpenAPI document against the routes and the answers, the security headers, the default address.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateCorpus } from '../src/app/update.ts';
import { ingest } from '../src/app/ingest.ts';
import { listEvents } from '../src/corpus/events/read.ts';
import { Store } from '../src/store/index.ts';
import { createApp, startServer } from '../src/server/index.ts';
import { LOOPBACK_HOSTS } from '../src/server/security.ts';
import type {
  ArticleRef,
  ArticleView,
  ClaimSummary,
  ClaimView,
  ConflictView,
  EntityView,
  MatrixView,
  OutletComparison,
  OverviewView,
  Page,
  Problem,
  SearchHitView,
  SpeakerSummary,
  TimelineEntryView,
  VariantView,
} from '../src/server/types.ts';
import { cli } from './helpers/run.ts';
import { analysedDb } from './helpers/server.ts';
import { EXAMPLES, ROOT } from './helpers/shared.ts';

let db: string;
let store: Store;
let app: ReturnType<typeof createApp>;
const logged: string[] = [];

beforeAll(async () => {
  db = await analysedDb('api', EXAMPLES);
  // The server only reads: every route is exercised over a connection SQLite opens read-only.
  store = Store.open(db, { readonly: true });
  app = createApp(store, { log: (m) => logged.push(m) });
});

afterAll(() => store?.close());

async function json<T>(url: string, status = 200): Promise<T> {
  const res = await app.request(url);
  expect(res.status, `${url} answers ${status}`).toBe(status);
  expect(res.headers.get('content-type')).toMatch(status < 400 ? /^application\/json$/ : /^application\/problem\+json/);
  return (await res.json()) as T;
}

const texts = new Map<string, string>();
async function textOf(article: string): Promise<string> {
  if (!texts.has(article)) texts.set(article, (await json<ArticleView>(`/api/articles/${article}`)).text);
  return texts.get(article)!;
}

describe('an article with no outlet', () => {
  it('is a row of the outlets by its title, with its quotes counted there', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-bare-'));
    writeFileSync(
      path.join(dir, 'bare.txt'),
      'Harbour dredging to start in May\n\n“The channel will be dredged before the summer,” Harbour Master Ilse Brandt said on Monday. ' +
        'She said the work would take six weeks.\n',
    );
    writeFileSync(
      path.join(dir, 'untitled.html'),
      '<html><body><p>“We are ready for the water,” said Mayor Ana Ruiz on Monday at the harbour wall.</p></body></html>',
    );
    const bare = Store.open(await analysedDb('bare', dir), { readonly: true });
    try {
      const request = async <T>(url: string) => (await (await createApp(bare).request(url)).json()) as T;
      const rows = await request<Page<{ name: string; quotes: number }>>('/api/outlets');
      const quotes = await request<Page<unknown>>('/api/quotes');
      expect(quotes.total).toBeGreaterThan(0);
      // One with no site nor title goes by its id, as the claims name it; its quotes count there too.
      expect(rows.items.map((o) => o.name)).toEqual(
        expect.arrayContaining(['“Harbour dredging to start in May”', expect.stringMatching(/^[0-9a-f]{16}$/)]),
      );
      expect(rows.items.every((o) => o.quotes > 0)).toBe(true);
      expect(rows.items.reduce((n, o) => n + o.quotes, 0)).toBe(quotes.total);
    } finally {
      bare.close();
    }
  });
});

describe('pagination', () => {
  it('pages a list with limit and offset and says the total', async () => {
    const all = await json<Page<ArticleRef>>('/api/articles?limit=500');
    expect(all.total).toBe(14);
    expect(all.items).toHaveLength(14);
    const pages: ArticleRef[] = [];
    for (let offset = 0; offset < all.total; offset += 5) {
      const page = await json<Page<ArticleRef>>(`/api/articles?limit=5&offset=${offset}`);
      expect(page).toMatchObject({ total: 14, limit: 5, offset });
      expect(page.items.length).toBe(Math.min(5, 14 - offset));
      pages.push(...page.items);
    }
    expect(pages.map((a) => a.id)).toEqual(all.items.map((a) => a.id));
    const past = await json<Page<ArticleRef>>('/api/articles?offset=100');
    expect(past).toMatchObject({ items: [], total: 14, offset: 100, limit: 50 });
  });

  it('filters before paging, and the total counts what the filter keeps', async () => {
    const wire = await json<Page<ArticleRef>>('/api/articles?outlet=Northgate%20Wire');
    expect(wire.total).toBe(3);
    expect(wire.items.every((a) => a.outlet === 'Northgate Wire')).toBe(true);
    const contested = await json<Page<ClaimView>>('/api/claims?status=contested&limit=2');
    expect(contested.total).toBe(5);
    expect(contested.items).toHaveLength(2);
    expect(contested.items.every((c) => c.status === 'contested')).toBe(true);
    const people = await json<Page<{ type: string }>>('/api/entities?type=person&limit=500');
    expect(people.total).toBeGreaterThan(5);
    expect(people.items.every((e) => e.type === 'person')).toBe(true);
  });
});

describe('problem details (RFC 9457)', () => {
  it('answers a bad parameter with 400, naming it', async () => {
    for (const [url, parameter] of [
      ['/api/articles?limit=0', 'limit'],
      ['/api/articles?limit=501', 'limit'],
      ['/api/articles?limit=ten', 'limit'],
      ['/api/articles?offset=-1', 'offset'],
      ['/api/claims?status=rumoured', 'status'],
      ['/api/entities?type=animal', 'type'],
      ['/api/search', 'q'],
      // Queries whose cost has no bound: too many words, prefixes or characters, a one-letter prefix.
      [`/api/search?q=${'a* '.repeat(3000)}`, 'q'],
      [`/api/search?q=${'dam '.repeat(13)}`, 'q'],
      ['/api/search?q=dam*%20spill*%20wat*%20river*', 'q'],
      ['/api/search?q=d*', 'q'],
      [`/api/search?q=${'x'.repeat(301)}`, 'q'],
      ['/api/timeline?from=yesterday', 'from'],
      ['/api/outlets/compare?a=WBN%20News', 'b'],
    ] as const) {
      const body = await json<Problem>(url, 400);
      expect(body).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 });
      expect(body.instance).toBe(url.split('?')[0]);
      expect(body.detail?.length, url).toBeLessThan(300);
      expect(body.errors?.[0]?.parameter, url).toBe(parameter);
      expect(body.detail).toContain(parameter);
    }
  });

  it('answers an unknown item or route with 404', async () => {
    for (const url of [
      '/api/articles/0000000000000000',
      '/api/entities/e_nobody',
      '/api/entities/e_nobody/mentions',
      '/api/claims/c_none',
      '/api/conflicts/x_none',
      '/api/events/ev_999999',
      '/api/quotes?speaker=e_nobody',
      '/api/outlets/compare?a=WBN%20News&b=Nobody%20Times',
      '/api/nothing-here',
      '/assets/secrets.txt',
      // Names every object has: the lookup must not find them through the prototype.
      '/assets/constructor',
      '/assets/__proto__',
      '/assets/toString',
      '/assets/hasOwnProperty',
    ]) {
      const body = await json<Problem>(url, 404);
      expect(body).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404 });
      expect(body.detail).toBeTruthy();
    }
  });

  it('never tells where the server keeps its files', async () => {
    expect(path.isAbsolute(EXAMPLES)).toBe(true);
    const list = await json<Page<ArticleRef>>('/api/articles?limit=100');
    const hits = await json<Page<ArticleRef>>('/api/search?q=dam');
    const one = await json<ArticleView>(`/api/articles/${list.items[0]!.id}`);
    const paths = [...list.items, ...hits.items].map((a) => a.path).concat(one.source.path);
    expect(paths.length).toBeGreaterThan(13);
    for (const p of paths) {
      expect(p).toBeTruthy();
      expect(path.isAbsolute(p!), p).toBe(false);
      expect(p).not.toMatch(/^\.\./);
    }
    expect(paths).toContain(path.relative(process.cwd(), path.join(EXAMPLES, 'kestle-ferry.txt')));
  });

  it('answers a failure with 500 without telling its details, and logs it', async () => {
    const broken = Store.open(db);
    const brokenApp = createApp(broken, { log: (m) => logged.push(m) });
    broken.close();
    const res = await brokenApp.request('/api/overview');
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as Problem;
    expect(body).toMatchObject({ title: 'Internal Server Error', status: 500, instance: '/api/overview' });
    expect(JSON.stringify(body)).not.toMatch(/database|sqlite|at /i);
    expect(logged.some((m) => m.startsWith('error: GET /api/overview:'))).toBe(true);
  });

  it('only reads: other methods are 405 with Allow', async () => {
    const res = await app.request('/api/overview', { method: 'POST', body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

describe('security', () => {
  it('sets a strict Content-Security-Policy and nosniff on pages, data and errors', async () => {
    for (const url of ['/', '/assets/app.js', '/api/overview', '/api/articles/nope', '/openapi.json']) {
      const res = await app.request(url);
      const csp = res.headers.get('content-security-policy') ?? '';
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ])
        expect(csp, url).toContain(directive);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
  });

  it('serves the UI from itself only: the page names no other origin', async () => {
    const page = await (await app.request('/')).text();
    expect(page).toContain('<script type="module" src="/assets/app.js"></script>');
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
    const script = await app.request('/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    const code = await script.text();
    expect(code).not.toMatch(/\b(innerHTML|outerHTML|insertAdjacentHTML)\b/);
    expect(code).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect((await app.request('/assets/app.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('on a loopback address, refuses requests naming another host', async () => {
    const guarded = createApp(store, { allowedHosts: LOOPBACK_HOSTS });
    expect((await guarded.request('http://localhost/api/overview')).status).toBe(200);
    expect((await guarded.request('http://127.0.0.1:8080/api/overview')).status).toBe(200);
    const res = await guarded.request('http://attacker.example/api/overview');
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

describe('the server', () => {
  it('binds 127.0.0.1 unless told otherwise, and prints where', async () => {
    const server = await startServer({ store, port: 0 });
    try {
      expect(server.host).toBe('127.0.0.1');
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
      const res = await fetch(`${server.url}api/overview`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as OverviewView).story.articles).toBe(14);
    } finally {
      await server.close();
    }
  });

  it('triangulate serve listens on 127.0.0.1 by default and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/triangulate.js'), 'serve', '--db', db, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const found = /at (http:\/\/\S+)/.exec(out);
          if (found) resolve(found[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited (${code}) before listening: ${out}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(`${url}api/articles?limit=1`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as Page<ArticleRef>).total).toBe(14);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('refuses a bad port or a missing database as a usage error', async () => {
    expect((await cli('serve', '--db', db, '--port', 'http')).code).toBe(2);
    expect((await cli('serve', '--db', db, '--port', '70000')).code).toBe(2);
    const missing = await cli('serve', '--db', path.join(tmpdir(), 'no-such-triangulate.db'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no database at/);
  });
});

describe('what the routes answer', () => {
  it('the claims: established facts (corroborated, not roles) listed before the other corroborated claims', async () => {
    const page = await json<Page<ClaimSummary>>('/api/claims?status=corroborated&limit=200');
    expect(page.items.some((c) => c.kind === 'fact' && c.established)).toBe(true);
    for (const c of page.items) expect(c.established).toBe(c.kind !== 'role');
    const firstRole = page.items.findIndex((c) => c.kind === 'role');
    if (firstRole >= 0) expect(page.items.slice(firstRole).every((c) => c.kind === 'role')).toBe(true);
  });

  it('the overview: conflicts first with their evidence, main actors, counts', async () => {
    const o = await json<OverviewView>('/api/overview');
    expect(o.story).toMatchObject({ articles: 14, outlets: 11, conflicts: 7 });
    expect(o.story.claims.total).toBe(
      o.story.claims.corroborated + o.story.claims['single-source'] + o.story.claims.contested,
    );
    expect(o.story.claims.established).toBeGreaterThan(0);
    expect(o.story.claims.established).toBeLessThanOrEqual(o.story.claims.corroborated);
    expect(o.conflicts.items.map((k) => k.about).sort()).toEqual(
      [
        'Piers Hallowell, Water Commissioner',
        'Water Commissioner',
        'the number of homes flooded',
        'engineers at the board had asked for the reservoir to be lowered before the storm',
        'Theodore Wexley: keeping residents out of the lower town while repairs go on',
        'date of the final hearing',
        'when Piers Hallowell left',
      ].sort(),
    );
    const denial = o.conflicts.items.find((k) => k.kind === 'denial')!;
    expect(denial.sides.map((s) => s.value)).toEqual(['claimed', 'denied']);
    const homes = o.conflicts.items.find((k) => k.about === 'the number of homes flooded')!;
    expect(homes.sides.map((s) => s.value)).toEqual(['412 homes', '380 homes']);
    for (const k of o.conflicts.items)
      for (const side of k.sides) {
        expect(side.evidence.length).toBeLessThanOrEqual(3);
        expect(side.evidenceTotal).toBeGreaterThanOrEqual(side.evidence.length);
        for (const e of side.evidence) {
          const text = await textOf(e.article);
          expect(text.slice(e.start, e.end)).toBe(e.text);
          expect(text.slice(e.sentence.start, e.sentence.end)).toBe(e.sentence.text);
        }
      }
    expect(o.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Theodore Wexley', 'Ingrid Solvang']));
    expect(o.actors.every((a) => a.type !== 'place')).toBe(true);
  });

  it('an article: every highlighted span is the text it names', async () => {
    const list = await json<Page<ArticleRef>>('/api/articles?limit=500');
    let spans = 0;
    for (const ref of list.items) {
      const a = await json<ArticleView>(`/api/articles/${ref.id}`);
      expect(a.id).toBe(ref.id);
      for (const s of [...a.entities, ...a.quotes, ...a.dates]) {
        expect(a.text.slice(s.start, s.end)).toBe(s.text);
        spans++;
      }
      for (const c of a.claims) {
        expect(c.sentence.start).toBeLessThanOrEqual(c.start);
        expect(c.sentence.end).toBeGreaterThanOrEqual(c.end);
      }
      for (const k of a.conflicts) expect(k.end).toBeGreaterThan(k.start);
    }
    expect(spans).toBeGreaterThan(500);
  });

  it('a claim and a conflict with all their evidence', async () => {
    const conflicts = await json<Page<ConflictView>>('/api/conflicts');
    expect(conflicts.total).toBe(7);
    const homes = conflicts.items.find((k) => k.about === 'the number of homes flooded')!;
    const one = await json<ConflictView>(`/api/conflicts/${homes.id}`);
    expect(one.sides.reduce((n, s) => n + s.evidence.length, 0)).toBe(
      one.sides.reduce((n, s) => n + s.evidenceTotal, 0),
    );
    const claim = await json<ClaimView>(`/api/claims/${one.sides[1]!.claim}`);
    expect(claim).toMatchObject({ statement: '380 homes flooded', status: 'contested' });
    expect(claim.conflicts).toContain(homes.id);
    expect(claim.evidence.total).toBe(claim.evidenceCount);
    expect(claim.evidence.items.map((e) => e.outlet)).toEqual(expect.arrayContaining(['TrendPulse Now', 'WBN News']));
    const firstOnly = await json<ClaimView>(`/api/claims/${claim.id}?limit=1&offset=1`);
    expect(firstOnly.evidence).toMatchObject({ total: claim.evidenceCount, limit: 1, offset: 1 });
    expect(firstOnly.evidence.items).toEqual([claim.evidence.items[1]]);
    // The list shows conflicts as cards; one conflict can be cut to its main sides and evidence.
    const cut = await json<ConflictView>(`/api/conflicts/${homes.id}?sides=1&evidence=2`);
    expect(cut.sides).toHaveLength(1);
    expect(cut.sidesTotal).toBe(2);
    expect(cut.sides[0]).toMatchObject({ value: '412 homes', evidenceTotal: one.sides[0]!.evidenceTotal });
    expect(cut.sides[0]!.evidence).toEqual(one.sides[0]!.evidence.slice(0, 2));
    await json<Problem>(`/api/conflicts/${homes.id}?sides=0`, 400);
  });

  it('the claims matrix: states, differs and silent, each cell linked to its evidence', async () => {
    const m = await json<MatrixView>('/api/claims/matrix?status=contested');
    expect(m.total).toBe(5);
    const row = m.items.find((r) => r.claim.statement === '380 homes flooded')!;
    const cell = (outlet: string) => row.cells[m.outlets.indexOf(outlet)]!;
    expect(cell('TrendPulse Now')).toMatchObject({ state: 'states', value: '380 homes' });
    expect(cell('The Caddenford Herald')).toMatchObject({ state: 'differs', value: '412 homes' });
    expect(m.outlets).toContain('Kestle Island Gazette');
    expect(cell('Kestle Island Gazette').state).toBe('silent');
    for (const r of m.items)
      for (const c of r.cells)
        if (c.evidence) expect((await textOf(c.evidence.article)).slice(c.evidence.start, c.evidence.end)).toBeTruthy();
    const chosen = await json<MatrixView>('/api/claims/matrix?outlets=WBN%20News|Northgate%20Wire&limit=3');
    expect(chosen.outlets).toEqual(['WBN News', 'Northgate Wire']);
    expect(chosen.items.every((r) => r.cells.length === 2)).toBe(true);
  });

  it('outlets side by side, and two compared', async () => {
    const outlets =
      await json<Page<{ name: string; differs: { conflict: string; about: string; values: string[] }[] }>>(
        '/api/outlets',
      );
    const wbn = outlets.items.find((o) => o.name === 'WBN News')!;
    expect(wbn.differs).toContainEqual(
      expect.objectContaining({ about: 'the number of homes flooded', values: ['380 homes'] }),
    );
    // An outlet says otherwise by a number or a holder it states, not by a denial it reports.
    const conflicts = await json<Page<{ id: string; kind: string }>>('/api/conflicts?limit=100');
    const kinds = new Map(conflicts.items.map((k) => [k.id, k.kind]));
    expect([...kinds.values()]).toContain('denial');
    for (const o of outlets.items)
      for (const d of o.differs as { conflict: string }[])
        expect(['value', 'holder', 'former']).toContain(kinds.get(d.conflict));
    const cmp = await json<OutletComparison>('/api/outlets/compare?a=The%20Caddenford%20Herald&b=WBN%20News');
    for (const d of cmp.differ) expect(['value', 'holder', 'former']).toContain(kinds.get(d.conflict));
    expect(cmp.differ).toContainEqual(
      expect.objectContaining({ about: 'the number of homes flooded', a: ['412 homes'], b: ['380 homes'] }),
    );
    expect(cmp.both.total).toBeGreaterThan(0);
  });

  it('says what each outlet carries and is silent on, as check counts them: the established claims of the events it covers that it does not carry', async () => {
    const outlets =
      await json<
        Page<{ name: string; articles: number; silent: number; claims: number; corroborated: number; quotes: number }>
      >('/api/outlets?limit=500');
    // Every quote counts for the row its article is in, an article with no outlet too (by its site or title).
    const quotes = await json<Page<unknown>>('/api/quotes?limit=1');
    expect(outlets.items.reduce((n, o) => n + o.quotes, 0)).toBe(quotes.total);
    const claims = (await cli('check', '--format', 'json', '--db', db)).out;
    const all = (
      JSON.parse(claims) as { claims: { kind: string; established?: boolean; evidence: { article: string }[] }[] }
    ).claims;
    const eventOf = new Map<string, string>();
    for (const e of listEvents(store.clusters())) for (const a of e.articles) eventOf.set(a, e.id);
    const articles = store.listArticles();
    const label = (a: (typeof articles)[number]) => a.meta.outlet ?? '';
    const outletOf = new Map(articles.map((a) => [a.id, label(a)]));
    let some = 0;
    for (const o of outlets.items) {
      const covered = new Set(articles.filter((a) => label(a) === o.name).map((a) => eventOf.get(a.id)));
      if (!covered.size) continue;
      const silent = all.filter(
        (c) =>
          c.established &&
          !c.evidence.some((e) => outletOf.get(e.article) === o.name) &&
          c.evidence.some((e) => covered.has(eventOf.get(e.article))),
      ).length;
      expect(o.silent, o.name).toBe(silent);
      // What it carries: roles aside (they are on the entity pages), as the report's "By outlet" lines say.
      const carried = all.filter(
        (c) => c.kind !== 'role' && c.evidence.some((e) => outletOf.get(e.article) === o.name),
      );
      expect([o.claims, o.corroborated], o.name).toEqual([carried.length, carried.filter((c) => c.established).length]);
      some += silent;
    }
    expect(some).toBeGreaterThan(0);
  });

  it('entities, quotes by speaker, and variants side by side', async () => {
    const found = await json<Page<{ id: string; name: string }>>('/api/entities?q=wexley');
    expect(found.items[0]!.name).toBe('Theodore Wexley');
    const e = await json<EntityView>(`/api/entities/${found.items[0]!.id}`);
    expect(e.aliases).toEqual(expect.arrayContaining(['Ted Wexley', 'Wexley']));
    expect(e.roles[0]).toBe('Mayor');
    expect(e.quoteList.total).toBe(e.quotes);
    expect(e.mentionGroups.items.reduce((n, g) => n + g.mentions.length, 0)).toBe(e.mentions);
    for (const r of e.roleEvidence) expect((await textOf(r.article)).slice(r.start, r.end)).toBe(r.text);
    // His stance timeline: open to keeping residents out of the lower town (the Ledger), then against it (the Observer).
    expect(e.positions.map((p) => [p.day, p.stance, p.evidence.outlet])).toEqual([
      ['2026-03-13', 'for', 'The Port Elbery Ledger'],
      ['2026-04-02', 'against', 'Westmarch Observer'],
    ]);
    for (const p of e.positions) {
      expect(p.issue).toMatch(/^keeping residents out of the lower town/);
      expect((await textOf(p.evidence.article)).slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text);
    }
    const speakers = await json<Page<SpeakerSummary>>('/api/speakers');
    expect(speakers.items[0]!.quotes).toBeGreaterThanOrEqual(speakers.items[1]!.quotes);
    const quotes = await json<Page<{ speaker: string; text: string; article: string; start: number; end: number }>>(
      `/api/quotes?speaker=${e.id}&limit=500`,
    );
    expect(quotes.total).toBe(e.quotes);
    // A speaker is named as the command line names one: by name or alias too, case ignored.
    for (const name of [e.name, e.name.toUpperCase(), ...e.aliases])
      expect((await json<Page<unknown>>(`/api/quotes?speaker=${encodeURIComponent(name)}&limit=1`)).total).toBe(
        e.quotes,
      );
    for (const q of quotes.items) {
      expect(q.speaker).toBe(e.id);
      expect((await textOf(q.article)).slice(q.start, q.end)).toBe(q.text);
    }
    const variants = await json<Page<VariantView>>('/api/quote-variants');
    expect(variants.total).toBeGreaterThanOrEqual(1);
    const v = variants.items[0]!;
    expect(v.sides.length).toBeGreaterThanOrEqual(2);
    expect(new Set(v.sides.map((s) => s.wording)).size).toBe(v.sides.length);
    expect(v.sides.every((s) => s.quotes.length > 0)).toBe(true);
  });

  it('search with snippets and a total; the timeline in date order; the events the store holds', async () => {
    const hits = await json<Page<SearchHitView>>('/api/search?q=spillway&limit=2');
    expect(hits.total).toBeGreaterThan(2);
    expect(hits.items).toHaveLength(2);
    expect(hits.items[0]!.snippet).toMatch(/\uE000spillway\uE001/i);
    const next = await json<Page<SearchHitView>>('/api/search?q=spillway&limit=2&offset=2');
    // A name finds the other spellings merged with it ("Velenco" in the Courier for Velenko).
    const named = await json<Page<SearchHitView> & { near?: string[] }>('/api/search?q=Velenko&limit=50');
    // Within the bounds: 12 words, 3 prefixes of 3 letters.
    const bounded = await json<Page<SearchHitView>>(`/api/search?q=${encodeURIComponent('spi* dam* riv* the')}`);
    expect(bounded.total).toBeGreaterThan(0);
    expect(named.items.some((h) => h.snippet.includes('\uE000Velenco\uE001'))).toBe(true);
    expect(named.total).toBe(named.items.length);
    // Nothing found: the names spelled close to it, as the command line suggests them; none when found.
    const misspelt = await json<Page<SearchHitView> & { near?: string[] }>('/api/search?q=Hallowel');
    expect([misspelt.total, misspelt.near]).toEqual([0, ['Piers Hallowell']]);
    expect(named.near).toBeUndefined();
    expect(next.items[0]!.id).not.toBe(hits.items[0]!.id);
    const timeline = await json<Page<TimelineEntryView>>('/api/timeline?limit=500');
    expect(timeline.total).toBeGreaterThan(20);
    const froms = timeline.items.map((t) => t.from);
    expect(froms).toEqual([...froms].sort());
    const march = await json<Page<TimelineEntryView>>('/api/timeline?from=2026-03-11&to=2026-03-11&limit=500');
    expect(march.total).toBeGreaterThan(0);
    expect(march.items.every((t) => t.from <= '2026-03-11' && t.to >= '2026-03-11')).toBe(true);
    const events = await json<Page<{ id: string }>>('/api/events?limit=500');
    expect(events.items.map((e) => e.id)).toEqual(listEvents(store.clusters()).map((e) => e.id));
    for (const ev of events.items) expect((await json<{ id: string }>(`/api/events/${ev.id}`)).id).toBe(ev.id);
  });
});

describe('the OpenAPI document', () => {
  interface Doc {
    paths: Record<
      string,
      Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, unknown> }>
    >;
    components: { schemas: Record<string, Schema> };
  }
  type Schema = {
    $ref?: string;
    type?: string | string[];
    properties?: Record<string, Schema>;
    required?: string[];
    items?: Schema;
    allOf?: Schema[];
    enum?: unknown[];
  };
  let doc: Doc;
  beforeAll(async () => {
    doc = await json<Doc>('/openapi.json');
  });

  /** The object schemas of an allOf as one: their properties and required keys together. */
  function merged(parts: Schema[]): Schema {
    const objects = parts.map((p) => (p.$ref ? doc.components.schemas[p.$ref.split('/').pop()!]! : p));
    const flat = objects.map((o) => (o.allOf ? merged(o.allOf) : o));
    return {
      type: 'object',
      properties: Object.assign({}, ...flat.map((o) => o.properties ?? {})),
      required: flat.flatMap((o) => o.required ?? []),
    };
  }

  /** Checks a value against the subset of JSON Schema the document uses; returns the problems. */
  function check(value: unknown, schema: Schema, where: string): string[] {
    if (schema.$ref) return check(value, doc.components.schemas[schema.$ref.split('/').pop()!]!, where);
    if (schema.allOf) return check(value, merged(schema.allOf), where);
    const types = schema.type === undefined ? [] : [schema.type].flat();
    const typeOf =
      value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
    if (types.length && !types.includes(typeOf) && !(typeOf === 'integer' && types.includes('number')))
      return [`${where}: ${typeOf} is not ${types.join('|')}`];
    if (schema.enum && !schema.enum.includes(value)) return [`${where}: ${String(value)} not in enum`];
    const problems: string[] = [];
    if (typeOf === 'object') {
      const object = value as Record<string, unknown>;
      for (const key of schema.required ?? []) if (!(key in object)) problems.push(`${where}.${key}: missing`);
      for (const [key, sub] of Object.entries(schema.properties ?? {}))
        if (key in object) problems.push(...check(object[key], sub, `${where}.${key}`));
      for (const key of Object.keys(object))
        if (schema.properties && !(key in schema.properties)) problems.push(`${where}.${key}: undocumented`);
    }
    if (typeOf === 'array' && schema.items)
      (value as unknown[])
        .slice(0, 20)
        .forEach((item, i) => problems.push(...check(item, schema.items!, `${where}[${i}]`)));
    return problems;
  }

  it('describes every route the server answers', () => {
    const documented = new Set(Object.keys(doc.paths).map((p) => p.replace(/\{(\w+)\}/g, ':$1')));
    const served = app.routes.filter((r) => r.method === 'GET').map((r) => r.path);
    expect(served.length).toBeGreaterThan(20);
    for (const route of served) expect(documented, `${route} is in /openapi.json`).toContain(route);
    for (const route of documented) expect(served, `${route} is served`).toContain(route);
    for (const [pathName, ops] of Object.entries(doc.paths)) {
      expect(ops.get!.responses['200'], pathName).toBeDefined();
      const pathParams = [...pathName.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(
        (ops.get!.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        pathName,
      ).toEqual(pathParams);
    }
  });

  it('every answer matches its schema, and every problem the Problem schema', async () => {
    const any = async (url: string) => (await json<Page<{ id: string }>>(url)).items[0]!.id;
    const samples: Record<string, string> = {
      '/api/articles/{id}': `/api/articles/${await any('/api/articles')}`,
      '/api/entities/{id}': `/api/entities/${await any('/api/entities?q=solvang')}`,
      '/api/entities/{id}/mentions': `/api/entities/${await any('/api/entities?q=solvang')}/mentions`,
      '/api/claims/{id}': `/api/claims/${await any('/api/claims')}`,
      '/api/conflicts/{id}': `/api/conflicts/${await any('/api/conflicts')}`,
      '/api/search': '/api/search?q=dam',
      '/api/outlets/compare': '/api/outlets/compare?a=WBN%20News&b=Northgate%20Wire',
    };
    const events = await json<Page<{ id: string }>>('/api/events');
    if (events.items[0]) samples['/api/events/{id}'] = `/api/events/${events.items[0].id}`;
    for (const [pathName, ops] of Object.entries(doc.paths)) {
      if (!pathName.startsWith('/api/')) continue;
      const url = samples[pathName] ?? (pathName.includes('{') ? undefined : pathName);
      if (!url) continue;
      const res = await app.request(url);
      const schema = (ops.get!.responses['200'] as { content: Record<string, { schema: Schema }> }).content[
        'application/json'
      ]!.schema;
      expect(check(await res.json(), schema, url)).toEqual([]);
    }
    // A search that finds nothing, with the names spelled close to it: documented too.
    const search = (doc.paths['/api/search']!.get!.responses['200'] as { content: Record<string, { schema: Schema }> })
      .content['application/json']!.schema;
    expect((search as { properties?: Record<string, unknown> }).properties).toHaveProperty('near');
    expect(check(await (await app.request('/api/search?q=Hallowel')).json(), search, 'near')).toEqual([]);
    const problem = await json<unknown>('/api/articles?limit=0', 400);
    expect(check(problem, { $ref: '#/components/schemas/Problem' }, 'problem')).toEqual([]);
  });
});

describe('a store that changes while served', () => {
  it('the server reads a new revision in a worker thread, answering from the story before it meanwhile', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-api-background-'));
    const live = path.join(dir, 'live.db');
    await store.sqlite.backup(live);
    const served = Store.open(live, { readonly: true });
    const writer = Store.open(live);
    const logs: string[] = [];
    const server = await startServer({ store: served, port: 0, log: (m) => logs.push(m) });
    try {
      const overview = async () => ((await (await fetch(`${server.url}api/overview`)).json()) as OverviewView).story;
      expect((await overview()).articles).toBe(14);
      await ingest([path.join(ROOT, 'test/fixtures/hostile')], { store: writer });
      updateCorpus(writer);
      // The request that finds the store changed is answered at once, from the story before.
      expect((await overview()).articles).toBe(14);
      let articles = 14;
      for (let i = 0; i < 600 && articles === 14; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        articles = (await overview()).articles;
      }
      expect(logs).toEqual([]);
      expect(articles).toBe(16);
    } finally {
      await server.close();
      served.close();
      writer.close();
    }
  }, 60_000);

  it('while a write is under way, serves the story the last complete write left, then the new one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-api-write-'));
    const live = path.join(dir, 'live.db');
    await store.sqlite.backup(live);
    const served = Store.open(live, { readonly: true });
    const writer = Store.open(live);
    try {
      const liveApp = createApp(served);
      const overview = async () => (await (await liveApp.request('/api/overview')).json()) as OverviewView;
      const articles = async () =>
        (await (await liveApp.request('/api/articles?limit=100')).json()) as Page<ArticleRef>;
      expect((await overview()).story.articles).toBe(14);
      // Articles stored, corpus results not yet brought up to date: what the server shows is unchanged.
      await ingest([path.join(ROOT, 'test/fixtures/hostile')], { store: writer });
      expect(writer.revision()).toBeGreaterThan(0);
      expect((await overview()).story.articles).toBe(14);
      expect((await articles()).total).toBe(14);
      updateCorpus(writer);
      expect((await overview()).story.articles).toBe(16);
      expect((await articles()).total).toBe(16);
    } finally {
      served.close();
      writer.close();
    }
  });

  it('serves the new revision once another connection has added articles', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-api-live-'));
    const live = path.join(dir, 'live.db');
    await store.sqlite.backup(live);
    const served = Store.open(live);
    try {
      const liveApp = createApp(served);
      const before = (await (await liveApp.request('/api/overview')).json()) as OverviewView;
      expect(before.story.articles).toBe(14);
      const run = await cli('analyze', path.join(ROOT, 'test/fixtures/hostile'), '--db', live, '--quiet');
      expect(run.code).toBe(0);
      const after = (await (await liveApp.request('/api/overview')).json()) as OverviewView;
      expect(after.story.articles).toBe(16);
      expect(after.story.outlets).toBe(13);
    } finally {
      served.close();
    }
  });
});
