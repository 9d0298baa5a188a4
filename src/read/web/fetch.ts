/**
 * Fetching one URL for reading: a clear user agent, a time limit, a size limit on what is read (after
 * decompression), bounded redirects, gzip / deflate / brotli, and no private, loopback or link-local
 * address — checked on the address each connection really goes to (after DNS resolution, and again
 * after each redirect) — unless allowed. Node's own http client: its `lookup` hook is where the
 * resolved address is checked, before any byte is sent.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { megabytes } from '../types.ts';
import { addressRange, isIpLiteral } from './address.ts';

/** Defaults of fetching. */
export const FETCH_DEFAULTS = {
  /** The whole answer (headers and body) within this time. */
  timeoutMs: 30_000,
  maxRedirects: 5,
  /** What is read of one answer, decompressed. */
  maxBytes: 16 * 1024 * 1024,
  allowPrivate: false,
  userAgent: 'triangulate/0.1 (news cross-checking; reads public articles; respects robots.txt)',
};

export type FetchOptions = typeof FETCH_DEFAULTS & {
  /** The size limit for an answer of a media type, when it depends on it (else `maxBytes`). */
  limitFor?: (type: string) => number;
};

/** An answer read whole. */
export interface Fetched {
  /** The URL the answer came from, after redirects. */
  url: string;
  status: number;
  /** The media type, lower case, without parameters ("text/html"). */
  type: string;
  /** The charset the headers name, if any. */
  charset?: string;
  bytes: Buffer;
  /** Last-Modified, when given. */
  lastModified?: string;
}

/** Why a URL could not be fetched, in words a user can act on. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly url: string,
    readonly reason: string,
    /** The HTTP status, when the server answered. */
    readonly status?: number,
    /** Refused before any request: the address is not on the public internet. */
    readonly refused = false,
  ) {
    super(`${url}: ${reason}`);
  }
}

function refusal(host: string, ip: string): string {
  return `${host} is a ${addressRange(ip)} address (${ip}): refused, as every address outside the public internet is (give --allow-private to read from your own network)`;
}

/** A DNS lookup that refuses names resolving to a non-public address. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const bad = allowPrivate ? undefined : addresses.find((a) => addressRange(a.address) !== 'unicast');
      if (bad) return callback(new FetchError(hostname, refusal(hostname, bad.address), undefined, true), '', 0);
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/** One request, no redirect followed. */
function request(url: URL, options: FetchOptions, deadline: number): Promise<{ res: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, rawReject) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIpLiteral(host) && !options.allowPrivate && addressRange(host) !== 'unicast')
      return rawReject(new FetchError(url.href, refusal(host, host), undefined, true));
    const client = url.protocol === 'https:' ? https : http;
    const left = Math.max(1, deadline - Date.now());
    // The whole answer within the time left (a server that sends a byte a second never goes idle).
    const timer = setTimeout(() => {
      reject(new FetchError(url.href, `no complete answer within ${Math.round(options.timeoutMs / 1000)} s`));
      req.destroy();
    }, left);
    const reject = (error: Error) => {
      clearTimeout(timer);
      rawReject(error);
    };
    const req = client.get(
      url,
      {
        headers: {
          'user-agent': options.userAgent,
          'accept-encoding': 'gzip, deflate, br',
          accept:
            'text/html, application/xhtml+xml, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5',
        },
        lookup: guardedLookup(options.allowPrivate),
      },
      (res) => {
        const encoding = (res.headers['content-encoding'] ?? '').toLowerCase().trim();
        const decoder =
          encoding === 'gzip' || encoding === 'x-gzip'
            ? zlib.createGunzip()
            : encoding === 'deflate'
              ? zlib.createInflate()
              : encoding === 'br'
                ? zlib.createBrotliDecompress()
                : undefined;
        const stream = decoder ? res.pipe(decoder) : res;
        const type = String(res.headers['content-type'] ?? '')
          .split(';')[0]!
          .trim()
          .toLowerCase();
        const limit = options.limitFor?.(type) ?? options.maxBytes;
        const declared = Number(res.headers['content-length']);
        if (!decoder && Number.isFinite(declared) && declared > limit) {
          req.destroy();
          return reject(new FetchError(url.href, tooLarge(declared, limit)));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limit) {
            req.destroy();
            stream.destroy();
            reject(new FetchError(url.href, tooLarge(size, limit, true)));
            return;
          }
          chunks.push(chunk);
        });
        stream.on('end', () => {
          clearTimeout(timer);
          resolve({ res, body: Buffer.concat(chunks) });
        });
        stream.on('error', (error: Error) =>
          reject(new FetchError(url.href, decoder ? `corrupt ${encoding} data (${error.message})` : error.message)),
        );
      },
    );
    req.on('error', (error: Error) => {
      if (error instanceof FetchError)
        return reject(
          error.url === url.href ? error : new FetchError(url.href, error.reason, undefined, error.refused),
        );
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOTFOUND'
          ? `no such host (${url.hostname})`
          : code === 'ECONNREFUSED'
            ? 'connection refused'
            : code === 'ECONNRESET'
              ? 'connection reset by the server'
              : error.message;
      reject(new FetchError(url.href, reason));
    });
  });
}

function tooLarge(size: number, limit: number, partial = false): string {
  return `answer too large (${partial ? 'over ' : ''}${megabytes(size)}; the limit is ${megabytes(limit)}, see --max-size)`;
}

/** The media type (lower case, no parameters) and the charset of a Content-Type header. */
export function parseContentType(value: string | null | undefined): { type: string; charset?: string } {
  const [type = '', ...params] = (value ?? '').split(';').map((p) => p.trim());
  const charset = params
    .find((p) => /^charset=/i.test(p))
    ?.replace(/^charset=["']?|["']$/gi, '')
    .toLowerCase();
  return { type: type.toLowerCase(), ...(charset ? { charset } : {}) };
}

/** Fetches a URL, following at most `maxRedirects` redirects; an answer other than 2xx is an error. */
export async function fetchUrl(href: string, options: Partial<FetchOptions> = {}): Promise<Fetched> {
  const settings = { ...FETCH_DEFAULTS, ...options };
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new FetchError(href, 'not a valid URL');
  }
  const deadline = Date.now() + settings.timeoutMs;
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new FetchError(url.href, `only http and https are read, not ${url.protocol.replace(':', '')}`);
    const { res, body } = await request(url, settings, deadline);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      if (hop >= settings.maxRedirects) throw new FetchError(href, `more than ${settings.maxRedirects} redirects`);
      url = new URL(res.headers.location, url);
      continue;
    }
    if (status < 200 || status >= 300)
      throw new FetchError(
        url.href,
        `the server answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`,
        status,
      );
    const { type, charset } = parseContentType(String(res.headers['content-type'] ?? ''));
    return {
      url: url.href,
      status,
      type,
      ...(charset ? { charset } : {}),
      bytes: body,
      ...(res.headers['last-modified'] ? { lastModified: String(res.headers['last-modified']) } : {}),
    };
  }
}
