/** Pagination of list routes: `?limit=&offset=`, checked, and the page envelope with the total. */
import { badParameter } from './problem.ts';
import type { Page } from './types.ts';

/** Defaults: items per page unless `limit` says otherwise, and the most a page may hold. */
export const PAGE_DEFAULTS = { limit: 50, maxLimit: 500 };

/** A whole number from a query parameter, or the 400 that names it. */
export function intParam(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value))
    throw badParameter(name, `${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  const n = Number(value);
  if (n < min || n > max) throw badParameter(name, `${name} must be from ${min} to ${max}, not ${value}`);
  return n;
}

/** The `limit` and `offset` of a request. */
export function pageParams(
  query: (name: string) => string | undefined,
  defaults = PAGE_DEFAULTS,
): { limit: number; offset: number } {
  return {
    limit: intParam('limit', query('limit'), defaults.limit, 1, defaults.maxLimit),
    offset: intParam('offset', query('offset'), 0, 0, Number.MAX_SAFE_INTEGER),
  };
}

/** One page of a list held in memory. */
export function paginate<T, U = T>(
  items: readonly T[],
  { limit, offset }: { limit: number; offset: number },
  map?: (item: T) => U,
): Page<U> {
  const slice = items.slice(offset, offset + limit);
  return { items: map ? slice.map(map) : (slice as unknown as U[]), total: items.length, limit, offset };
}

/** A value from a fixed set, or the 400 that lists the allowed ones. */
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || value === '') return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw badParameter(name, `${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}
