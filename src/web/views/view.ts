/** What a view is: given the route's parts, it fetches what it needs and returns the page to show. */
import type { Child } from '../dom.ts';

/** The route a view is shown for: the path after `#/`, split, and the query. */
export interface RouteArgs {
  parts: string[];
  params: URLSearchParams;
}

/** A rendered view: the page title and its content; `after` runs once it is in the document. */
export interface Rendered {
  title: string;
  body: Child;
  after?: () => void;
}

export type View = (args: RouteArgs) => Promise<Rendered>;
