/** Events (articles grouped by what happened) and the timeline of dated statements. */
import type { EventDetail, EventView, Page, TimelineEntryView } from '../../server/types.ts';
import { get } from '../api.ts';
import { evidenceHref, h, link, plural, seg } from '../dom.ts';
import { empty, pager } from '../ui.ts';
import { articleTable } from './article.ts';
import type { View } from './view.ts';

export const eventsView: View = async ({ params }) => {
  const offset = params.get('offset') ?? undefined;
  const page = await get<Page<EventView>>('/api/events', { offset, limit: 100 });
  return {
    title: 'Events',
    body: [
      h('h1', null, `Events (${page.total})`),
      page.items.length
        ? h(
            'ol',
            { class: 'timeline' },
            page.items.map((e) =>
              h(
                'li',
                null,
                h('time', null, e.firstDate ?? 'undated'),
                h(
                  'div',
                  null,
                  link(`#/event/${seg(e.id)}`, e.title),
                  h('span', { class: 'muted' }, ` · ${plural(e.articles, 'article')} · ${e.storyline}`),
                ),
              ),
            ),
          )
        : empty('No events yet: the articles have not been grouped into events.'),
      pager(page, '#/events'),
    ],
  };
};

export const eventView: View = async ({ parts }) => {
  const e = await get<EventDetail>(`/api/events/${seg(parts[1] ?? '')}`);
  return {
    title: e.title,
    body: [
      h('p', { class: 'crumbs' }, link('#/events', 'Events')),
      h('h1', null, e.title),
      h(
        'p',
        { class: 'lede' },
        `${plural(e.articles, 'article')}${e.firstDate ? `, ${e.firstDate}${e.lastDate && e.lastDate !== e.firstDate ? ` to ${e.lastDate}` : ''}` : ''}.`,
      ),
      articleTable(e.articleList),
    ],
  };
};

export const timelineView: View = async ({ params }) => {
  const offset = params.get('offset') ?? undefined;
  const page = await get<Page<TimelineEntryView>>('/api/timeline', { offset, limit: 100 });
  return {
    title: 'Timeline',
    body: [
      h('h1', null, 'Timeline'),
      h('p', { class: 'lede' }, 'Every sentence that names a date, in date order, with the articles that say it.'),
      page.items.length
        ? h(
            'ol',
            { class: 'timeline' },
            page.items.map((t) =>
              h(
                'li',
                null,
                h('time', null, t.label),
                h(
                  'div',
                  null,
                  h('q', { class: 'sentence' }, t.sentence),
                  h(
                    'div',
                    { class: 'muted' },
                    t.sources.map((s, i) => [
                      i ? ', ' : '',
                      h(
                        'a',
                        { href: evidenceHref(s.article, s.start, s.end) },
                        `${s.outlet ?? s.title ?? s.article}${s.inferred ? ' (date inferred)' : ''}`,
                      ),
                    ]),
                  ),
                ),
              ),
            ),
          )
        : empty('No dated statements.'),
      pager(page, '#/timeline'),
    ],
  };
};
