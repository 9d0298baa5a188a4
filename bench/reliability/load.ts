/**
 * A load test of `triangulate serve` on loopback: the server runs in its own process over a store,
 * and a bounded client keeps `connections` requests in flight for `seconds`, drawn from every
 * endpoint, searches included — normal ones and long hostile ones (3,000 one-letter prefixes, 12
 * words, the length limit). Optionally a `triangulate add` writes to the same store meanwhile.
 * Per endpoint: requests, errors (network failures and answers other than the one expected),
 * p50 / p99 / max latency.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'bin', 'triangulate.js');

export interface EndpointFigures {
  requests: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  errors: number;
  perSecond: number;
  endpoints: Record<string, EndpointFigures>;
  /** The 3,000-term query alone, while the load runs. */
  longQueryMs: number[];
  /** Exit code and stderr tail of the writer, when one ran. */
  writer?: { code: number | null; err: string };
  errorSamples: string[];
}

/** Starts `triangulate serve` on a free port; resolves with its address once it listens. */
async function startServe(db: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/[\d.]+:\d+/.exec(out);
      if (m) resolve(m[0]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 60_000);
  });
  return { child, base };
}

function quantile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0;
}

/** Runs the load; `write` names inputs a concurrent `triangulate add` stores meanwhile. */
export async function load(
  db: string,
  options: { connections?: number; seconds?: number; write?: string[] } = {},
): Promise<LoadResult> {
  const connections = options.connections ?? 200;
  const seconds = options.seconds ?? 60;
  const { child, base } = await startServe(db);
  try {
    // node:http with keep-alive: lighter than fetch, so that the client, on the same cores, is not
    // what limits the rate.
    const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
    const get = (url: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.get(base + url, { agent }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
          res.on('error', reject);
        });
        req.on('error', reject);
        req.setTimeout(30_000, () => req.destroy(new Error('no answer in 30 s')));
      });
    // Warm up, and learn real ids to ask for.
    const articles = JSON.parse((await get('/api/articles?limit=200')).body) as { items: { id: string }[] };
    const entities = JSON.parse((await get('/api/entities?limit=50')).body) as { items: { id: string }[] };
    await get('/assets/app.js');
    const ids = articles.items.map((a) => a.id);
    const entityIds = entities.items.map((e) => e.id);
    const longQuery = `/api/search?q=${encodeURIComponent('a* '.repeat(3000))}`;
    /** [endpoint name, url maker, expected status]. */
    const endpoints: [string, () => string, number][] = [
      ['/api/overview', () => '/api/overview', 200],
      ['/api/articles', () => `/api/articles?limit=50&offset=${Math.floor(Math.random() * 100)}`, 200],
      ['/api/articles/{id}', () => `/api/articles/${ids[Math.floor(Math.random() * ids.length)]}`, 200],
      ['/api/entities', () => '/api/entities?limit=50', 200],
      ['/api/entities/{id}', () => `/api/entities/${entityIds[Math.floor(Math.random() * entityIds.length)]}`, 200],
      ['/api/quotes', () => '/api/quotes?limit=50', 200],
      ['/api/claims', () => '/api/claims?limit=50', 200],
      ['/api/conflicts', () => '/api/conflicts', 200],
      ['/api/events', () => '/api/events', 200],
      ['/api/timeline', () => '/api/timeline?limit=100', 200],
      ['/api/search', () => `/api/search?q=${pickWord()}`, 200],
      ['/api/search (prefix)', () => `/api/search?q=${pickWord().slice(0, 3)}*`, 200],
      ['/api/search (3,000 terms)', () => longQuery, 400],
      [
        '/api/search (12 words)',
        () => `/api/search?q=${encodeURIComponent(Array.from({ length: 12 }, pickWord).join(' '))}`,
        200,
      ],
      ['/api/search (300 characters)', () => `/api/search?q=${'z'.repeat(300)}`, 200],
      ['/', () => '/', 200],
    ];
    const samples = new Map<string, number[]>(endpoints.map(([name]) => [name, []]));
    const errors = new Map<string, number>();
    const errorSamples: string[] = [];
    const longQueryMs: number[] = [];
    let writer: Promise<{ code: number | null; err: string }> | undefined;
    if (options.write?.length) {
      writer = new Promise((resolve) => {
        const w = spawn(process.execPath, [CLI, 'add', ...options.write!, '--db', db, '--quiet'], {
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let err = '';
        w.stderr!.on('data', (c: Buffer) => (err += c.toString()));
        w.on('exit', (code) => resolve({ code, err: err.split('\n').slice(-5).join('\n') }));
      });
    }
    // The connections are opened first (one request on each), then the clock starts.
    await Promise.all(Array.from({ length: connections }, () => get('/api/overview')));
    const until = performance.now() + seconds * 1000;
    let n = 0;
    const worker = async () => {
      while (performance.now() < until) {
        const [name, url, expected] = endpoints[n++ % endpoints.length]!;
        const t = performance.now();
        try {
          const { status } = await get(url());
          const ms = performance.now() - t;
          samples.get(name)!.push(ms);
          if (name.includes('3,000')) longQueryMs.push(ms);
          if (status !== expected) {
            errors.set(name, (errors.get(name) ?? 0) + 1);
            if (errorSamples.length < 10) errorSamples.push(`${name}: ${status}`);
          }
        } catch (error) {
          errors.set(name, (errors.get(name) ?? 0) + 1);
          if (errorSamples.length < 10) errorSamples.push(`${name}: ${(error as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    const figures: Record<string, EndpointFigures> = {};
    let requests = 0;
    for (const [name, list] of samples) {
      list.sort((a, b) => a - b);
      requests += list.length + (errors.get(name) ?? 0);
      figures[name] = {
        requests: list.length,
        errors: errors.get(name) ?? 0,
        p50: quantile(list, 0.5),
        p99: quantile(list, 0.99),
        max: list[list.length - 1] ?? 0,
      };
    }
    const total = [...errors.values()].reduce((a, b) => a + b, 0);
    return {
      connections,
      seconds,
      requests,
      errors: total,
      perSecond: requests / seconds,
      endpoints: figures,
      longQueryMs,
      ...(writer ? { writer: await writer } : {}),
      errorSamples,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

const WORDS = ['dam', 'river', 'minister', 'council', 'report', 'said', 'vote', 'plan', 'million', 'police'];
function pickWord(): string {
  return WORDS[Math.floor(Math.random() * WORDS.length)]!;
}
