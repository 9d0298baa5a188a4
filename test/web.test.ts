/**
 * Reading from the web, against a site served on 127.0.0.1 by the test itself (test/helpers/web-server.ts):
 * pages, feeds of each kind, a sitemap index with a gzipped sitemap, robots.txt, redirects, a slow and an
 * oversized answer, a legacy charset, compression; private addresses refused unless allowed; and web
 * archives (WARC, WARC.gz) written here with warcio.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type ReadOptions, type ReadResult } from '../src/read/index.ts';
import { READ_DEFAULTS } from '../src/read/types.ts';
import { Store } from '../src/store/index.ts';
import { main } from '../src/cli/main.ts';
import { cli } from './helpers/run.ts';
import { ROOT } from './helpers/shared.ts';
import { LEGACY_TEXT, startWebSite, type WebSite } from './helpers/web-server.ts';

let site: WebSite;
const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-web-'));

beforeAll(async () => {
  site = await startWebSite();
});
afterAll(() => site?.close());

const allowed = (extra: Partial<ReadOptions> = {}, web: ReadOptions['web'] = {}): ReadOptions => ({
  ...READ_DEFAULTS,
  ...extra,
  web: { ...web, fetch: { allowPrivate: true, ...web.fetch } },
});

async function read(inputs: string[], options: ReadOptions = allowed()): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(inputs, options)) out.push(r);
  return out;
}
const inputsOf = (results: ReadResult[]) => results.flatMap((r) => ('input' in r ? [r.input] : []));
const errorsOf = (results: ReadResult[]) => results.flatMap((r) => ('error' in r ? [r.error] : []));

describe('a page by its URL', () => {
  it('is fetched with a clear user agent after robots.txt, its compression undone', async () => {
    const results = await read([`${site.base}/news/courier.html`]);
    const [input] = inputsOf(results);
    expect(errorsOf(results)).toEqual([]);
    expect(input!.format).toBe('html');
    expect(input!.meta.url).toBe(`${site.base}/news/courier.html`);
    expect(input!.content).toContain('Caddenford');
    const paths = site.requests.map((r) => r.path);
    expect(paths.indexOf('/robots.txt')).toBeLessThan(paths.indexOf('/news/courier.html'));
    expect(site.requests.at(-1)!.agent).toMatch(/^triangulate\//);
  });

  it('takes the charset from the headers when the bytes are not UTF-8', async () => {
    const [input] = inputsOf(await read([`${site.base}/news/legacy.html`]));
    expect(input!.encoding).toBe('windows-1252');
    expect(input!.content).toContain(LEGACY_TEXT);
  });

  it('follows a redirect, and names the page it came from', async () => {
    const [input] = inputsOf(await read([`${site.base}/moved/ledger`]));
    expect(input!.path).toBe(`${site.base}/moved/ledger`);
    expect(input!.meta.url).toBe(`${site.base}/news/ledger.html`);
  });

  it.each([
    ['/loop', /more than 5 redirects/],
    ['/missing.html', /the server answered 404/],
    ['/image.png', /not an article, a feed or a sitemap \(image\/png\)/],
    ['/private/notes.html', /disallowed by http:\/\/127\.0\.0\.1:\d+\/robots\.txt/],
  ])('%s: one error naming the URL and the reason', async (page, reason) => {
    const results = await read([`${site.base}${page}`]);
    expect(inputsOf(results)).toEqual([]);
    const [error] = errorsOf(results);
    expect(error!.path).toBe(`${site.base}${page}`);
    expect(error!.reason).toMatch(reason);
  });

  it('gives up a slow answer at the time limit, and an oversized one at the size limit', async () => {
    const started = Date.now();
    const [slow] = errorsOf(await read([`${site.base}/slow.html`], allowed({}, { fetch: { timeoutMs: 1000 } })));
    expect(slow!.reason).toMatch(/no complete answer within 1 s/);
    expect(Date.now() - started).toBeLessThan(5000);
    const [huge] = errorsOf(await read([`${site.base}/huge.html`], allowed({ maxBytes: 1024 * 1024 })));
    expect(huge!.reason).toMatch(/answer too large \(3\.0 MB; the limit is 1\.0 MB, see --max-size\)/);
    const [bomb] = errorsOf(await read([`${site.base}/huge-compressed.html`], allowed({ maxBytes: 1024 * 1024 })));
    expect(bomb!.reason).toMatch(/answer too large \(over 1\.0 MB; the limit is 1\.0 MB/);
  });
});

describe('addresses outside the public internet', () => {
  it.each([
    ['loopback, by address', (base: string) => `${base}/news/courier.html`, /127\.0\.0\.1 is a loopback address/],
    [
      'loopback, by a name that resolves to it',
      (base: string) => base.replace('127.0.0.1', 'localhost') + '/news/courier.html',
      /localhost is a loopback address/,
    ],
    ['private', () => 'http://10.1.2.3/news.html', /10\.1\.2\.3 is a private address/],
    [
      'link-local (cloud metadata)',
      () => 'http://169.254.169.254/latest/meta-data/',
      /169\.254\.169\.254 is a linkLocal address/,
    ],
    ['IPv6 loopback', () => 'http://[::1]:9/x', /::1 is a loopback address/],
  ])('%s: refused before any request, unless --allow-private', async (_name, url, reason) => {
    const before = site.requests.length;
    const results = await read([url(site.base)], { ...READ_DEFAULTS, web: {} });
    const [error] = errorsOf(results);
    expect(error!.reason).toMatch(reason);
    expect(error!.reason).toMatch(/--allow-private/);
    expect(site.requests.length).toBe(before);
  });

  it('after a redirect too', async () => {
    const { fetchUrl } = await import('../src/read/web/fetch.ts');
    // A public-looking first hop cannot be served here; the check runs on every hop's address, so the
    // loopback answer of the first hop is itself refused.
    await expect(fetchUrl(`${site.base}/moved/ledger`)).rejects.toThrow(/loopback address/);
  });
});

describe('feeds', () => {
  it('RSS: an item with its whole text is read from the feed; others from their links; robots.txt obeyed', async () => {
    const results = await read([`${site.base}/feed.rss`]);
    const inputs = inputsOf(results);
    expect(inputs.map((i) => i.meta.url ?? i.path)).toEqual([
      `${site.base}/news/courier.html`,
      `${site.base}/news/mill-bridge.html`,
      `${site.base}/news/drill.html`,
    ]);
    const fromFeed = inputs[1]!;
    expect(fromFeed).toMatchObject({ path: `${site.base}/feed.rss`, record: 2, format: 'html' });
    expect(fromFeed.meta).toMatchObject({
      outlet: 'Lusk Valley Wire',
      title: 'Volunteers sandbag the old mill bridge as the Lusk keeps rising',
    });
    expect(fromFeed.content).toContain('Maren Ostrow');
    expect(site.requests.some((r) => r.path === '/news/mill-bridge.html')).toBe(false);
    const [private_] = errorsOf(results);
    expect(private_!.reason).toMatch(/disallowed by .*robots\.txt/);
  });

  it('--since leaves out older items', async () => {
    const inputs = inputsOf(await read([`${site.base}/feed.rss`], allowed({}, { since: '2026-01-01' })));
    expect(inputs.map((i) => i.meta.url)).not.toContain(`${site.base}/news/drill.html`);
    expect(inputs).toHaveLength(2);
  });

  it('Atom and JSON Feed: each item from its link', async () => {
    expect(inputsOf(await read([`${site.base}/feed.atom`])).map((i) => i.meta.url)).toEqual([
      `${site.base}/news/ledger.html`,
    ]);
    expect(inputsOf(await read([`${site.base}/feed.json`])).map((i) => i.meta.url)).toEqual([
      `${site.base}/news/wbn.html`,
    ]);
  });

  it('a feed saved as a file: its items read, its links fetched', async () => {
    const file = path.join(dir, 'saved.rss');
    writeFileSync(
      file,
      readFileSync(path.join(ROOT, 'test/fixtures/web/feed.rss'), 'utf8').replaceAll('{{base}}', site.base),
    );
    const inputs = inputsOf(await read([file], allowed({}, { since: '2026-01-01' })));
    expect(inputs.map((i) => i.meta.url)).toEqual([
      `${site.base}/news/courier.html`,
      `${site.base}/news/mill-bridge.html`,
    ]);
  });
});

describe('sitemaps', () => {
  it('an index: its sitemaps followed (gzipped too), pages and sitemaps older than --since left out', async () => {
    const before = site.requests.length;
    const inputs = inputsOf(await read([`${site.base}/sitemap-index.xml`], allowed({}, { since: '2026-01-01' })));
    expect(inputs.map((i) => i.meta.url)).toEqual([`${site.base}/news/courier.html`, `${site.base}/news/ledger.html`]);
    const asked = site.requests.slice(before).map((r) => r.path);
    expect(asked).toContain('/sitemaps/pages.xml.gz');
    expect(asked).not.toContain('/sitemaps/archive.xml');
    expect(asked).not.toContain('/news/drill.html');
  });
});

describe('triangulate add with URLs', () => {
  it('stores what it could read, names each failure, and does not fetch a stored page again', async () => {
    const db = path.join(dir, 'web.db');
    const first = await cli(
      'add',
      `${site.base}/feed.rss`,
      '--feed',
      `${site.base}/feed.atom`,
      '--allow-private',
      '--db',
      db,
      '--quiet',
    );
    expect(first.code).toBe(1);
    expect(first.err).toMatch(new RegExp(`error: ${site.base}/private/notes.html: disallowed by`));
    const store = Store.open(db, { readonly: true });
    try {
      expect(store.countArticles()).toBe(4);
      expect(
        store
          .listSummaries()
          .map((a) => a.url)
          .sort(),
      ).toEqual(
        ['/news/courier.html', '/news/drill.html', '/news/ledger.html', '/news/mill-bridge.html'].map(
          (p) => site.base + p,
        ),
      );
    } finally {
      store.close();
    }
    const before = site.requests.length;
    const again = await cli('add', `${site.base}/feed.rss`, '--allow-private', '--db', db, '--quiet');
    expect(again.code).toBe(1);
    const asked = site.requests.slice(before).map((r) => r.path);
    expect(asked).toContain('/feed.rss');
    expect(asked).not.toContain('/news/courier.html');
  });

  it('refuses its own network without --allow-private, with a message saying so', async () => {
    const run = await cli('add', `${site.base}/news/courier.html`, '--db', path.join(dir, 'refused.db'), '--quiet');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/127\.0\.0\.1 is a loopback address .*give --allow-private/);
  });

  it('names a URL of another scheme with the reason', async () => {
    const run = await cli('add', 'ftp://lusk.example/story.html', '--db', path.join(dir, 'ftp.db'), '--quiet');
    expect(run.code).toBe(1);
    expect(run.err).toContain('error: ftp://lusk.example/story.html: only http and https URLs are read, not ftp');
  });

  it('refuses a --since that is no day', async () => {
    const run = await cli('add', `${site.base}/feed.rss`, '--since', 'last week', '--db', path.join(dir, 'x.db'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--since must be a day written YYYY-MM-DD/);
  });
});

describe('triangulate watch', () => {
  it('adds what is new each round, fetches no stored page again, and stops cleanly when asked', async () => {
    const db = path.join(dir, 'watch.db');
    const controller = new AbortController();
    const err: string[] = [];
    const before = site.requests.length;
    const code = await main(['watch', `${site.base}/feed.rss`, '--every', '1s', '--allow-private', '--db', db], {
      out: () => {},
      err: (text) => {
        err.push(text);
        if (text.includes('round 2:')) controller.abort();
      },
      interactive: false,
      signal: controller.signal,
    });
    expect(code).toBe(1); // the robots.txt refusal, in the last round too
    expect(err.find((l) => l.includes('round 1:'))).toMatch(
      /round 1: 3 new articles, 1 input could not be read; 3 stored/,
    );
    expect(err.find((l) => l.includes('round 2:'))).toMatch(
      /round 2: 0 new articles, 1 input could not be read; 3 stored/,
    );
    expect(err.at(-1)).toBe('stopped; what was stored is kept');
    const pages = site.requests.slice(before).filter((r) => r.path === '/news/courier.html');
    expect(pages).toHaveLength(1);
  });

  it('--once: one round', async () => {
    const run = await cli(
      'watch',
      `${site.base}/feed.atom`,
      '--once',
      '--allow-private',
      '--db',
      path.join(dir, 'once.db'),
    );
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/round 1: 1 new article; 1 stored/);
    expect(run.err).not.toMatch(/round 2/);
  });

  it('refuses an interval that is no time', async () => {
    const run = await cli('watch', `${site.base}/feed.atom`, '--every', 'often', '--db', path.join(dir, 'x.db'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--every must be a time like 30s, 15m or 2h/);
  });
});

describe('web archives', () => {
  async function writeWarc(file: string, gzip: boolean): Promise<void> {
    const page = (title: string, body: string) =>
      `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
    const records = [
      WARCRecord.createWARCInfo(
        { filename: path.basename(file), warcVersion: 'WARC/1.1' },
        { software: 'triangulate tests' },
      ),
      WARCRecord.create(
        { url: 'https://lusk.example/ask', date: '2026-03-13T10:00:00Z', type: 'request', warcVersion: 'WARC/1.1' },
        [new TextEncoder().encode('GET /ask HTTP/1.1\r\nHost: lusk.example\r\n\r\n')],
      ),
      WARCRecord.create(
        {
          url: 'https://lusk.example/news/bridge',
          date: '2026-03-13T10:00:00Z',
          type: 'response',
          warcVersion: 'WARC/1.1',
          httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' },
        },
        [
          new TextEncoder().encode(
            page(
              'The mill bridge reopens',
              '<p>CADDENFORD — The old mill bridge reopened to traffic on Friday after engineers found no damage to its foundations, the county said.</p><p>"The bridge is sound," said Tobias Renwick, a spokesman.</p>',
            ),
          ),
        ],
      ),
      WARCRecord.create(
        {
          url: 'https://lusk.example/logo.png',
          date: '2026-03-13T10:00:01Z',
          type: 'response',
          warcVersion: 'WARC/1.1',
          httpHeaders: { 'Content-Type': 'image/png' },
        },
        [new Uint8Array([0x89, 0x50, 0x4e, 0x47])],
      ),
      WARCRecord.create(
        {
          url: 'https://lusk.example/news/board',
          date: '2026-03-14T08:00:00Z',
          type: 'response',
          warcVersion: 'WARC/1.1',
          httpHeaders: { 'Content-Type': 'text/html' },
        },
        [
          new TextEncoder().encode(
            page(
              'Water board lowers its warning',
              '<p>CADDENFORD — The Lusk Valley Water Board lowered its flood warning on Saturday morning as the river fell below the warning mark for the first time in a week.</p>',
            ),
          ),
        ],
      ),
    ];
    const parts: Uint8Array[] = [];
    for (const r of records) parts.push(await WARCSerializer.serialize(r, { gzip }));
    writeFileSync(file, Buffer.concat(parts));
  }

  it.each([
    ['capture.warc', false],
    ['capture.warc.gz', true],
  ])('%s: each HTML response an article, with its target URI and capture date', async (name, gzip) => {
    const file = path.join(dir, name);
    await writeWarc(file, gzip as boolean);
    const results = await read([file]);
    expect(errorsOf(results)).toEqual([]);
    const inputs = inputsOf(results);
    expect(inputs.map((i) => [i.meta.url, i.meta.captured, i.record])).toEqual([
      ['https://lusk.example/news/bridge', '2026-03-13T10:00:00Z', 3],
      ['https://lusk.example/news/board', '2026-03-14T08:00:00Z', 5],
    ]);
    expect(inputs[0]!.content).toContain('The bridge is sound');
  });

  it('stored with the capture date standing for the publication date, marked as inferred', async () => {
    const file = path.join(dir, 'stored.warc.gz');
    await writeWarc(file, true);
    const db = path.join(dir, 'warc.db');
    const run = await cli('add', file, '--db', db, '--quiet');
    expect(run.code, run.err).toBe(0);
    const store = Store.open(db, { readonly: true });
    try {
      const articles = store.listArticles();
      expect(articles.map((a) => [a.meta.url, a.meta.published, a.meta.publishedInferred])).toEqual([
        ['https://lusk.example/news/bridge', '2026-03-13T10:00:00Z', true],
        ['https://lusk.example/news/board', '2026-03-14T08:00:00Z', true],
      ]);
    } finally {
      store.close();
    }
  });
});
