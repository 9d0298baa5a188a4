/** Full-text search over the stored articles. */
import type { Page, SearchHitView } from '../../server/types.ts';
import { get } from '../api.ts';
import { h, link, plural, route, seg } from '../dom.ts';
import { empty, pager } from '../ui.ts';
import type { View } from './view.ts';

/** A snippet with its matched words (between U+E000 and U+E001) marked. */
function snippet(text: string): HTMLElement {
  const el = h('p', { class: 'snippet' });
  for (const [i, part] of text.split(/[\uE000\uE001]/).entries()) el.append(i % 2 ? h('mark', null, part) : part);
  return el;
}

/** The search form (also in the header). */
export function searchForm(q = ''): HTMLFormElement {
  const input = h('input', {
    type: 'search',
    name: 'q',
    value: q,
    placeholder: 'Search the articles',
    'aria-label': 'search the articles',
  });
  return h(
    'form',
    {
      class: 'search',
      role: 'search',
      onsubmit: (event) => {
        event.preventDefault();
        const value = input.value.trim();
        if (value) location.hash = route('#/search', { q: value });
      },
    },
    input,
    h('button', { type: 'submit' }, 'Search'),
  );
}

export const searchView: View = async ({ params }) => {
  const q = params.get('q') ?? '';
  const offset = params.get('offset') ?? undefined;
  const page = q ? await get<Page<SearchHitView>>('/api/search', { q, offset, limit: 20 }) : undefined;
  return {
    title: q ? `Search: ${q}` : 'Search',
    body: [
      h('h1', null, 'Search'),
      searchForm(q),
      page
        ? [
            h('p', { class: 'muted' }, `${plural(page.total, 'article')} match “${q}”.`),
            page.items.length
              ? h(
                  'ol',
                  { class: 'hits', 'data-testid': 'hits' },
                  page.items.map((hit) =>
                    h(
                      'li',
                      null,
                      link(`#/article/${seg(hit.id)}`, hit.title ?? hit.path ?? hit.id),
                      h(
                        'span',
                        { class: 'muted' },
                        ` ${hit.outlet ?? ''}${hit.published ? ` · ${hit.published.slice(0, 10)}` : ''}`,
                      ),
                      snippet(hit.snippet),
                    ),
                  ),
                )
              : empty('Nothing found. Every word must be in the article; "word*" matches words starting with it.'),
            pager(page, '#/search', { q }),
          ]
        : h('p', { class: 'muted' }, 'Every word is required; case and accents are ignored; "word*" matches a prefix.'),
    ],
  };
};
