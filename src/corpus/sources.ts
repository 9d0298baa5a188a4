/**
 * Independence groups: articles that derive from one another (a copy, a rewrite) count as one source.
 * The clustering finds them; this is the one place that turns what it stored into groups.
 */
import type { ClusterStore } from './port.ts';

/** The independence groups of the clustered articles. */
export interface IndependenceGroups {
  /** Each clustered article's group (its own id when it derives from no other). */
  groupOf: Map<string, string>;
  /** The groups of more than one article, named by the original they derive from, articles in arrival order. */
  groups: { id: string; articles: string[] }[];
  /**
   * The source the claim check counts an article under when it belongs to a group of several: the
   * outlet of the group's original (its id when the outlet is unknown); undefined for the others.
   */
  sourceOf: (article: string) => string | undefined;
}

/** Reads the independence groups. */
export function independenceGroups(index: ClusterStore): IndependenceGroups {
  const rows = index.groups();
  const groupOf = new Map(rows.map((r) => [r.article, r.group]));
  const members = new Map<string, { articles: string[]; outlet?: string }>();
  for (const r of rows) {
    const g = members.get(r.group);
    if (g) g.articles.push(r.article);
    else members.set(r.group, { articles: [r.article], ...(r.outlet ? { outlet: r.outlet } : {}) });
  }
  const groups = [...members]
    .filter(([, g]) => g.articles.length > 1)
    .map(([id, g]) => ({ id, articles: g.articles }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const source = new Map<string, string>();
  for (const [id, g] of members) if (g.articles.length > 1) for (const a of g.articles) source.set(a, g.outlet ?? id);
  return { groupOf, groups, sourceOf: (article) => source.get(article) };
}

/** The most words of a title a label shows. */
const LABEL_WORDS = 6;

/**
 * What an article with no outlet is called where sources are named: its site (the host of its url),
 * else its title, shortened, in quotation marks — never the file it was read from.
 */
export function sourceLabel(url: string | undefined, title: string | undefined): string | undefined {
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      // Not a url: the title says more.
    }
  }
  const words = title?.trim().split(/\s+/).filter(Boolean);
  if (!words?.length) return undefined;
  return `“${words.slice(0, LABEL_WORDS).join(' ')}${words.length > LABEL_WORDS ? ' …' : ''}”`;
}

/**
 * The name an article's source goes by wherever sources are named (the claims, the report, the API's
 * outlets, the exports): its outlet, else its site or title (`sourceLabel`), else its id.
 */
export function sourceName(a: { id: string; outlet?: string; url?: string; title?: string }): string {
  return a.outlet ?? sourceLabel(a.url, a.title) ?? a.id;
}
