/**
 * The HTTP server: the JSON API over a store (src/server/api.ts), its OpenAPI document, and the web UI
 * (src/web). Read-only; bound to 127.0.0.1 unless told otherwise.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { version as packageVersion } from '../paths.ts';
import type { Store } from '../store/index.ts';
import { API_ROUTES } from './api.ts';
import { asset, indexPage } from './assets.ts';
import { openApiDocument } from './openapi.ts';
import { problem, problemResponse, ProblemError } from './problem.ts';
import { hostCheck, isLoopback, LOOPBACK_HOSTS, readOnly, securityHeaders } from './security.ts';
import { StoryCache } from './story.ts';

/** Defaults: where the server listens. */
export const SERVER_DEFAULTS = { host: '127.0.0.1', port: 8080 };

/** How many API answers are kept for the current story, the largest kept, and all of them (bytes). */
const MAX_CACHED_ANSWERS = 1000;
const MAX_CACHED_ANSWER = 1024 * 1024;
const MAX_CACHED_BYTES = 64 * 1024 * 1024;

/** Options of the app. */
export interface AppOptions {
  /** Host names requests may name (undefined: any). `startServer` allows only loopback names on a loopback address. */
  allowedHosts?: readonly string[];
  /** Where failures are reported (the client only learns that the server failed). */
  log?: (message: string) => void;
  /**
   * Read a new revision of the store in a worker thread, answering from the story before it meanwhile
   * (the server does); by default the request that finds the store changed reads it.
   */
  background?: boolean;
}

/** `/api/articles/{id}` → `/api/articles/:id`. */
function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** The app: every route, the security headers, problem details for every error. */
export function createApp(store: Store, options: AppOptions = {}): Hono {
  return buildApp(store, options).app;
}

function buildApp(store: Store, options: AppOptions): { app: Hono; story: StoryCache } {
  const log = options.log ?? ((message: string) => console.error(message));
  const story = new StoryCache(store, { background: options.background, log });
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', hostCheck(options.allowedHosts));
  app.use('*', readOnly());
  // Answers of the current story, by URL: the same list asked again is sent as it was made, until the
  // story changes (a write). Bounded; the oldest answers go first.
  const answers = new Map<string, { story: object; body: ArrayBuffer; type: string }>();
  let cachedBytes = 0;
  for (const route of API_ROUTES)
    app.get(honoPath(route.path), async (c) => {
      const current = story.current();
      const url = c.req.url;
      const known = answers.get(url);
      if (known && known.story === current) return c.body(known.body, 200, { 'content-type': known.type });
      const res = await (route.handler(c, current, store) as Response | Promise<Response>);
      if (res.status !== 200) return res;
      const body = await res.arrayBuffer();
      const type = res.headers.get('content-type') ?? 'application/json';
      if (body.byteLength <= MAX_CACHED_ANSWER) {
        const before = answers.get(url);
        if (before) {
          cachedBytes -= before.body.byteLength;
          answers.delete(url);
        }
        answers.set(url, { story: current, body, type });
        cachedBytes += body.byteLength;
        for (const [oldest, answer] of answers) {
          if (answers.size <= MAX_CACHED_ANSWERS && cachedBytes <= MAX_CACHED_BYTES) break;
          answers.delete(oldest);
          cachedBytes -= answer.body.byteLength;
        }
      }
      return c.body(body, 200, { 'content-type': type });
    });
  const document = openApiDocument(API_ROUTES, packageVersion());
  app.get('/openapi.json', (c) => c.json(document));
  app.get('/', async (c) => {
    const page = await indexPage();
    return c.body(page.body, 200, { 'content-type': page.type, 'cache-control': 'no-cache' });
  });
  app.get('/assets/:file', async (c) => {
    const found = asset(c.req.param('file'));
    if (!found) throw new ProblemError(404, `no asset named ${c.req.param('file')}`);
    const file = await found;
    return c.body(file.body, 200, { 'content-type': file.type, 'cache-control': 'no-cache' });
  });
  app.notFound((c) => problemResponse(problem(404, `no route for ${c.req.method} ${c.req.path}`, c.req.path)));
  app.onError((error, c) => {
    if (error instanceof ProblemError)
      return problemResponse(problem(error.status, error.detail, c.req.path, error.errors));
    log(`error: ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
    return problemResponse(problem(500, 'the server failed to answer this request', c.req.path));
  });
  return { app, story };
}

/** Options of `startServer`. */
export interface ServeOptions extends Omit<AppOptions, 'allowedHosts'> {
  store: Store;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

/** A running server. */
export interface RunningServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/** The URL of an address (IPv6 in brackets). */
function urlOf(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

/** Starts the server and resolves once it listens. */
export function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? SERVER_DEFAULTS.host;
  const { app, story } = buildApp(options.store, {
    background: true,
    ...options,
    allowedHosts: isLoopback(host) ? LOOPBACK_HOSTS : undefined,
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? SERVER_DEFAULTS.port }, (info) => {
      server.off('error', reject);
      const address = info as AddressInfo;
      resolve({
        url: urlOf(host, address.port),
        host: address.address,
        port: address.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : story.close().then(done, fail)));
            // Keep-alive connections would hold the close open.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
