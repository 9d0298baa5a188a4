/**
 * robots.txt, read once per site and obeyed (RFC 9309, through robots-parser): a page it disallows for
 * Triangulate's user agent is not fetched. A missing robots.txt (4xx) allows everything; one the site
 * cannot serve (5xx, no answer) disallows everything, as the RFC asks.
 */
import robotsModule from 'robots-parser';
import { FetchError, fetchUrl, type FetchOptions } from './fetch.ts';

/** The product token matched against `User-agent:` lines. */
export const ROBOTS_AGENT = 'triangulate';

/** robots-parser is CommonJS: its default import is the parser function. */
const robotsParser = robotsModule as unknown as (
  url: string,
  text: string,
) => { isAllowed(url: string, agent?: string): boolean | undefined };

type Verdict = { allowed: (url: string) => boolean; why?: string };

/** The robots.txt of each site seen, for one run. */
export class RobotsCache {
  private readonly sites = new Map<string, Promise<Verdict>>();

  constructor(private readonly options: Partial<FetchOptions> = {}) {}

  /** Undefined when the URL may be fetched, else why not. */
  async refusal(href: string): Promise<string | undefined> {
    const origin = new URL(href).origin;
    let verdict = this.sites.get(origin);
    if (!verdict) this.sites.set(origin, (verdict = this.read(origin)));
    const v = await verdict;
    if (v.allowed(href)) return undefined;
    return v.why ?? `disallowed by ${origin}/robots.txt for the user agent "${ROBOTS_AGENT}"`;
  }

  private async read(origin: string): Promise<Verdict> {
    const at = `${origin}/robots.txt`;
    try {
      const fetched = await fetchUrl(at, { ...this.options, maxBytes: 512 * 1024 });
      const robots = robotsParser(at, fetched.bytes.toString('utf8'));
      return { allowed: (url) => robots.isAllowed(url, ROBOTS_AGENT) !== false };
    } catch (error) {
      // An address outside the public internet: the page's own fetch would be refused the same way.
      if (error instanceof FetchError && error.refused) return { allowed: () => false, why: error.reason };
      const status = error instanceof FetchError ? error.status : undefined;
      if (status !== undefined && status >= 400 && status < 500) return { allowed: () => true };
      const reason = error instanceof FetchError ? error.reason : (error as Error).message;
      return {
        allowed: () => false,
        why: `${at} could not be read (${reason}): the site is not read, as RFC 9309 asks`,
      };
    }
  }
}
