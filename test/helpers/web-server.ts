/**
 * A small web site on 127.0.0.1 for the tests of reading from the web (`test/web.test.ts`): pages of
 * the example corpus, the feeds and sitemaps of test/fixtures/web, robots.txt, redirects, a slow and
 * an oversized answer, a page in a legacy charset, and compression when the client asks for it.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { EXAMPLES, ROOT } from './shared.ts';

const FIXTURES = path.join(ROOT, 'test/fixtures/web');

export interface WebSite {
  base: string;
  /** The paths asked for, in order (with the user agent of each request). */
  requests: { path: string; agent: string }[];
  close(): Promise<void>;
}

/** A legacy page: Windows-1252 bytes, the charset said only by the headers. */
export const LEGACY_TEXT =
  'Café owners on Mühlgasse said the water reached the counter — “never before,” said Zoë Brandt, who has run the café for twenty years. The council said the street would reopen on Monday.';

export async function startWebSite(): Promise<WebSite> {
  const requests: WebSite['requests'] = [];
  let base = '';
  const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8').replaceAll('{{base}}', base);
  const example = (name: string) => readFileSync(path.join(EXAMPLES, name));
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push({ path: url, agent: String(req.headers['user-agent'] ?? '') });
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const send = (status: number, type: string, body: string | Buffer, compress = false) => {
      let bytes = typeof body === 'string' ? Buffer.from(body) : body;
      const headers: http.OutgoingHttpHeaders = { 'content-type': type };
      if (compress && accepts.includes('br')) {
        bytes = zlib.brotliCompressSync(bytes);
        headers['content-encoding'] = 'br';
      } else if (compress && accepts.includes('gzip')) {
        bytes = zlib.gzipSync(bytes);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = bytes.length;
      res.writeHead(status, headers);
      res.end(bytes);
    };
    switch (url) {
      case '/robots.txt':
        return send(200, 'text/plain', fixture('robots.txt'));
      case '/feed.rss':
        return send(200, 'application/rss+xml; charset=utf-8', fixture('feed.rss'), true);
      case '/feed.atom':
        return send(200, 'application/atom+xml', fixture('feed.atom'));
      case '/feed.json':
        return send(200, 'application/feed+json', fixture('feed.json'));
      case '/sitemap-index.xml':
        return send(200, 'application/xml', fixture('sitemap-index.xml'));
      case '/sitemaps/pages.xml.gz':
        return send(200, 'application/gzip', zlib.gzipSync(fixture('sitemap-pages.xml')));
      case '/sitemaps/archive.xml':
        return send(200, 'text/xml', fixture('sitemap-archive.xml'));
      case '/news/courier.html':
        return send(200, 'text/html; charset=utf-8', example('courier-lower-town.html'), true);
      case '/news/ledger.html':
        return send(200, 'text/html; charset=utf-8', example('ledger-province-funding.html'), true);
      case '/news/wbn.html':
        return send(200, 'text/html', example('wbn-dam-failure.html'));
      case '/news/herald.txt':
        return send(200, 'text/plain; charset=utf-8', example('herald-dam-breach.txt'));
      case '/news/drill.html':
        return send(200, 'text/html; charset=utf-8', fixture('drill.html'));
      case '/news/legacy.html':
        return send(
          200,
          'text/html; charset=windows-1252',
          iconv.encode(
            `<html><body><article><h1>Mühlgasse under water</h1><p>${LEGACY_TEXT}</p></article></body></html>`,
            'windows-1252',
          ),
        );
      case '/private/notes.html':
        return send(200, 'text/html', '<html><body><p>Staff only.</p></body></html>');
      case '/moved/ledger':
        res.writeHead(301, { location: '/news/ledger.html' });
        return res.end();
      case '/loop':
        res.writeHead(302, { location: '/loop' });
        return res.end();
      case '/missing.html':
        return send(404, 'text/html', '<html><body>Not found</body></html>');
      case '/image.png':
        return send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
      case '/huge.html':
      case '/huge-compressed.html': {
        // 3 MB of HTML; compressed (a few KB on the wire), its size is known only once decompressed.
        const paragraph = '<p>The river rose again overnight, and the lower town waited.</p>\n';
        const page = `<html><body>${paragraph.repeat(Math.ceil((3 * 1024 * 1024) / paragraph.length))}</body></html>`;
        return send(200, 'text/html', page, url === '/huge-compressed.html');
      }
      case '/slow.html': {
        // Headers at once, then a byte every 100 ms for a minute: never idle, never done.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>');
        const timer = setInterval(() => res.write('.'), 100);
        const stop = () => clearInterval(timer);
        res.on('close', stop);
        setTimeout(() => {
          stop();
          res.end('</p></body></html>');
        }, 60_000).unref();
        return;
      }
      default:
        return send(404, 'text/plain', 'no such page');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
