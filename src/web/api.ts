/** Reading the API: JSON in, problem details turned into errors that say what went wrong. */
import type { Problem } from '../server/types.ts';

/** An answer that was a problem document (or no answer at all). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

/** GETs an API path with query parameters (empty ones left out). */
export async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const url = query.size ? `${path}?${query}` : path;
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } });
  } catch (error) {
    throw new ApiError({
      type: 'about:blank',
      title: 'No answer',
      status: 0,
      detail: `the server did not answer (${String(error)})`,
    });
  }
  if (!response.ok) {
    let problem: Problem;
    try {
      problem = (await response.json()) as Problem;
    } catch {
      problem = { type: 'about:blank', title: response.statusText, status: response.status };
    }
    throw new ApiError(problem);
  }
  return (await response.json()) as T;
}
