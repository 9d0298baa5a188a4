/**
 * Headers and checks that keep the UI safe with untrusted article text in it: a strict
 * Content-Security-Policy (scripts only from this server, nothing inline, no plugins, no framing), no
 * MIME sniffing, no referrer; and, on a loopback address, only requests naming a loopback host, so a
 * web page elsewhere cannot reach the API through DNS rebinding.
 */
import type { MiddlewareHandler } from 'hono';
import { problem, problemResponse } from './problem.ts';

/** The Content-Security-Policy of every response. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** Headers set on every response, errors included. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Host names a server bound to a loopback address answers for. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]', '::1'];

/** True for an address only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Sets the security headers on whatever the routes answered. */
export function securityHeaders(headers = SECURITY_HEADERS): MiddlewareHandler {
  return async function setSecurityHeaders(c, next) {
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}

/** Refuses requests naming another host than those allowed (none refused when `allowed` is undefined). */
export function hostCheck(allowed: readonly string[] | undefined): MiddlewareHandler {
  return async function checkHost(c, next) {
    if (allowed) {
      const host = new URL(c.req.url).hostname.toLowerCase();
      if (!allowed.includes(host))
        return problemResponse(problem(403, `this server answers for ${allowed[0]} only, not "${host}"`, c.req.path));
    }
    await next();
  };
}

/** Only GET (and HEAD): the API reads, it never changes the store. */
export function readOnly(): MiddlewareHandler {
  return async function onlyGet(c, next) {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const res = problemResponse(problem(405, `${c.req.method} is not allowed: use GET`, c.req.path));
      res.headers.set('allow', 'GET, HEAD');
      return res;
    }
    await next();
  };
}
