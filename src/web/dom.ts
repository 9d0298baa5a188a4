/**
 * Building the page safely. Article texts, titles, outlet names and everything else the API returns are
 * untrusted: they only ever become text nodes or whitelisted attribute values. No HTML is parsed from
 * data anywhere (an ESLint rule forbids innerHTML and its kin in src/web), and links only go to the
 * UI's own routes.
 */

/** What an element may hold: nodes, text, nothing, or lists of these. */
export type Child = Node | string | number | null | undefined | false | Child[];

/** Attributes `h` sets; anything else is refused. */
export interface Props {
  class?: string;
  id?: string;
  title?: string;
  /** An internal route (`#/…`) only. */
  href?: string;
  role?: string;
  type?: string;
  name?: string;
  value?: string;
  placeholder?: string;
  for?: string;
  scope?: string;
  colspan?: number;
  lang?: string;
  dir?: string;
  'aria-label'?: string;
  'aria-current'?: string;
  'data-testid'?: string;
  'data-state'?: string;
  'data-start'?: number;
  'data-end'?: number;
  checked?: boolean;
  selected?: boolean;
  open?: boolean;
  onclick?: (event: MouseEvent) => void;
  onchange?: (event: Event) => void;
  onsubmit?: (event: SubmitEvent) => void;
}

/** True for a route of this UI: a fragment starting `#/`. */
export function isInternal(href: string): boolean {
  return href.startsWith('#/');
}

/** Appends children (strings become text nodes, never markup). */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, ...child);
    else if (typeof child === 'string' || typeof child === 'number')
      parent.appendChild(document.createTextNode(String(child)));
    else parent.appendChild(child);
  }
}

/** An element with whitelisted attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    for (const [key, value] of Object.entries(props) as [keyof Props, unknown][]) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'onclick' || key === 'onchange' || key === 'onsubmit') {
        el.addEventListener(key.slice(2), value as EventListener);
      } else if (key === 'class') {
        el.className = String(value);
      } else if (key === 'href') {
        if (!isInternal(String(value))) throw new Error(`refusing a link outside the UI: ${String(value)}`);
        el.setAttribute('href', String(value));
      } else if (value === true) {
        el.setAttribute(key, '');
      } else {
        el.setAttribute(key, String(value));
      }
    }
  }
  append(el, ...children);
  return el;
}

/** A link to a route of the UI. */
export function link(href: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href }, ...children);
}

/** Encodes a route's path part (an id) for a fragment. */
export function seg(value: string): string {
  return encodeURIComponent(value);
}

/** A route with a query: `route('#/claims', {status: 'contested'})`. Empty values are left out. */
export function route(path: string, params: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The route of an article with a span highlighted and scrolled to. */
export function evidenceHref(article: string, start: number, end: number): string {
  return route(`#/article/${seg(article)}`, { hl: `${start}-${end}` });
}

/** Replaces an element's children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** "1 claim", "3 claims". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
