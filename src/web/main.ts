/**
 * The web UI: a hash router over the views. Every view fetches from the API on this server and builds
 * its page from DOM nodes (src/web/dom.ts); nothing is loaded from anywhere else.
 */
import { ApiError } from './api.ts';
import { h, link, replace } from './dom.ts';
import { articlesView, articleView } from './views/article.ts';
import { claimView, conflictsView, conflictView, matrixView } from './views/claims.ts';
import { entitiesView, entityView } from './views/entities.ts';
import { eventsView, eventView, timelineView } from './views/events.ts';
import { compareView, outletClaimsView, outletsView } from './views/outlets.ts';
import { overviewView } from './views/overview.ts';
import { speakersView, speakerView } from './views/quotes.ts';
import { searchView } from './views/search.ts';
import type { RouteArgs, View } from './views/view.ts';

/** The views by the first part of the route (`#/claims` → claims), with the nav item they belong to. */
const ROUTES: Record<string, { view: View; nav: string; needsId?: boolean }> = {
  '': { view: overviewView, nav: '' },
  claims: { view: matrixView, nav: 'claims' },
  'claims-of': { view: outletClaimsView, nav: 'outlets' },
  claim: { view: claimView, nav: 'claims', needsId: true },
  conflicts: { view: conflictsView, nav: '' },
  conflict: { view: conflictView, nav: '', needsId: true },
  quotes: { view: speakersView, nav: 'quotes' },
  entities: { view: entitiesView, nav: 'entities' },
  entity: { view: entityView, nav: 'entities', needsId: true },
  articles: { view: articlesView, nav: 'articles' },
  article: { view: articleView, nav: 'articles', needsId: true },
  search: { view: searchView, nav: 'search' },
  outlets: { view: outletsView, nav: 'outlets' },
  events: { view: eventsView, nav: 'events' },
  event: { view: eventView, nav: 'events', needsId: true },
  timeline: { view: timelineView, nav: 'timeline' },
};

/** `#/article/abc?hl=1-5` → parts ['article', 'abc'] and the query. */
export function parseHash(hash: string): RouteArgs {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const path = q >= 0 ? body.slice(0, q) : body;
  const params = new URLSearchParams(q >= 0 ? body.slice(q + 1) : '');
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  return { parts, params };
}

/** Which view shows a route. */
function pick(args: RouteArgs): View | undefined {
  const [first = '', second] = args.parts;
  if (first === 'quotes' && second) return speakerView;
  if (first === 'outlets' && second === 'compare') return compareView;
  const known = ROUTES[first];
  if (!known || (known.needsId && !second)) return undefined;
  return known.view;
}

let current = 0;

/** Shows the view of the current hash. A newer navigation wins over a slower older one. */
async function render(): Promise<void> {
  const token = ++current;
  const main = document.getElementById('app')!;
  const args = parseHash(location.hash);
  const nav = ROUTES[args.parts[0] ?? '']?.nav ?? '';
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
    if (a.dataset.nav === nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const view = pick(args);
  main.setAttribute('aria-busy', 'true');
  try {
    if (!view) throw new ApiError({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'no such page' });
    const page = await view(args);
    if (token !== current) return;
    replace(main, page.body);
    document.title = `${page.title} — Triangulate`;
    if (page.after) page.after();
    else window.scrollTo(0, 0);
  } catch (error) {
    if (token !== current) return;
    const detail = error instanceof ApiError ? error.message : String(error);
    const title = error instanceof ApiError ? error.problem.title : 'Error';
    replace(
      main,
      h(
        'div',
        { class: 'problem', role: 'alert' },
        h('h1', null, title),
        h('p', null, detail),
        link('#/', 'back to the overview'),
      ),
    );
    document.title = `${title} — Triangulate`;
  } finally {
    if (token === current) main.removeAttribute('aria-busy');
  }
}

window.addEventListener('hashchange', () => void render());
void render();
