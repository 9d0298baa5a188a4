/**
 * Errors as RFC 9457 problem details: `application/problem+json` with a type, a title, the status, a
 * detail a user can act on, and the request path as the instance.
 */
import type { Problem } from './types.ts';

/** The media type of a problem document. */
export const PROBLEM_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

/** An error a route raises to answer with a problem document. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors?: Problem['errors'],
  ) {
    super(detail);
  }
}

/** A 400 for a query parameter that cannot be used, naming it. */
export function badParameter(parameter: string, detail: string): ProblemError {
  return new ProblemError(400, detail, [{ parameter, detail }]);
}

/** A 404 naming what was not found. */
export function notFound(detail: string): ProblemError {
  return new ProblemError(404, detail);
}

/** The problem document for a status (the type is about:blank: the status says what kind of problem it is). */
export function problem(status: number, detail: string, instance?: string, errors?: Problem['errors']): Problem {
  return {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(instance ? { instance } : {}),
    ...(errors?.length ? { errors } : {}),
  };
}

/** The response carrying a problem document. */
export function problemResponse(body: Problem): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': `${PROBLEM_TYPE}; charset=utf-8` },
  });
}
