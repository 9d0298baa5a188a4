/** Entities: the list, and the entity page (aliases, roles, quotes, mentions). */
import type { EntitySummary, EntityView, MentionGroup, Page, RoleView } from '../../server/types.ts';
import { get } from '../api.ts';
import { evidenceHref, h, link, plural, route, seg } from '../dom.ts';
import { badge, empty, listTable, pager, section } from '../ui.ts';
import { quoteItem } from './quotes.ts';
import type { View } from './view.ts';

const TYPES = ['', 'person', 'organisation', 'place'];

export const entitiesView: View = async ({ params }) => {
  const type = params.get('type') ?? '';
  const q = params.get('q') ?? '';
  const offset = params.get('offset') ?? undefined;
  const page = await get<Page<EntitySummary>>('/api/entities', { type, q, offset, limit: 100 });
  const input = h('input', {
    type: 'search',
    name: 'q',
    value: q,
    placeholder: 'name or alias',
    'aria-label': 'filter by name',
  });
  return {
    title: 'Entities',
    body: [
      h('h1', null, 'People, organisations and places'),
      h(
        'nav',
        { class: 'tabs' },
        TYPES.map((t) =>
          h('a', { href: route('#/entities', { type: t, q }), class: t === type ? 'active' : '' }, t || 'all'),
        ),
      ),
      h(
        'form',
        {
          class: 'inline',
          onsubmit: (event) => {
            event.preventDefault();
            location.hash = route('#/entities', { type, q: input.value.trim() });
          },
        },
        input,
        h('button', { type: 'submit' }, 'Filter'),
      ),
      page.items.length
        ? listTable(
            ['name', 'type', 'also called', 'roles', 'articles', 'mentions', 'quotes'],
            page.items.map((e) => [
              h('td', null, link(`#/entity/${seg(e.id)}`, e.name)),
              h('td', null, e.type),
              h('td', null, e.aliases.filter((a) => a !== e.name).join(', ')),
              h('td', null, e.roles.slice(0, 2).join(', ')),
              h('td', { class: 'num' }, e.articles),
              h('td', { class: 'num' }, e.mentions),
              h('td', { class: 'num' }, e.quotes ? link(`#/quotes/${seg(e.id)}`, String(e.quotes)) : '0'),
            ]),
          )
        : empty('No entity matches.'),
      pager(page, '#/entities', { type, q }),
    ],
  };
};

/** Roles grouped by what they say ("Mayor"), most stated first. */
function rolesByLabel(roles: RoleView[]): Map<string, RoleView[]> {
  const groups = new Map<string, RoleView[]>();
  for (const r of roles) groups.set(r.label, [...(groups.get(r.label) ?? []), r]);
  return new Map([...groups].sort((a, b) => b[1].length - a[1].length));
}

/** The mentions of an entity, article by article, each linked to its place in the article. */
function mentionList(groups: MentionGroup[]): HTMLElement {
  return h(
    'ul',
    { class: 'mentions' },
    groups.map((g) =>
      h(
        'li',
        null,
        link(`#/article/${seg(g.article.id)}`, g.article.title ?? g.article.id),
        h(
          'span',
          { class: 'muted' },
          ` ${g.article.outlet ?? ''}${g.article.published ? ` · ${g.article.published.slice(0, 10)}` : ''}`,
        ),
        h(
          'div',
          { class: 'chips' },
          g.mentions.map((m) =>
            h(
              'a',
              { href: evidenceHref(g.article.id, m.start, m.end), class: `chip ${m.kind}`, title: m.kind },
              m.text,
            ),
          ),
        ),
      ),
    ),
  );
}

export const entityView: View = async ({ parts, params }) => {
  const id = parts[1] ?? '';
  const offset = params.get('offset');
  const e = await get<EntityView>(`/api/entities/${seg(id)}`);
  const mentions = offset
    ? await get<Page<MentionGroup>>(`/api/entities/${seg(id)}/mentions`, { offset, limit: 20 })
    : e.mentionGroups;
  return {
    title: e.name,
    body: [
      h('p', { class: 'crumbs' }, link('#/entities', 'Entities'), ` › ${e.type}`),
      h('h1', { 'data-testid': 'entity-name' }, e.name, ' ', badge(e.type, `type-${e.type}`)),
      h(
        'p',
        { class: 'lede' },
        `Named in ${plural(e.articles, 'article')} (${plural(e.mentions, 'mention')})`,
        e.quotes ? [', ', link(`#/quotes/${seg(e.id)}`, plural(e.quotes, 'quote'))] : '',
        '.',
      ),
      section(
        'Also called',
        h(
          'ul',
          { class: 'chips aliases', 'data-testid': 'aliases' },
          e.aliases.map((a) => h('li', { class: 'chip' }, a)),
        ),
        e.merges.length
          ? h(
              'details',
              null,
              h('summary', null, `Why these names are one ${e.type} (${e.merges.length})`),
              h(
                'ul',
                null,
                e.merges.map((m) => h('li', null, `${m.a} ~ ${m.b}: ${m.reason} (score ${m.score.toFixed(2)})`)),
              ),
            )
          : null,
      ),
      section(
        'Roles',
        e.roleEvidence.length
          ? listTable(
              ['role', 'as written', 'stated by'],
              [...rolesByLabel(e.roleEvidence)].map(([label, roles]) => [
                h('td', null, label),
                h(
                  'td',
                  null,
                  [...new Set(roles.map((r) => r.text))].map((t, i) => [i ? ', ' : '', h('q', null, t)]),
                ),
                h(
                  'td',
                  null,
                  roles.map((r, i) => [
                    i ? ', ' : '',
                    h('a', { href: evidenceHref(r.article, r.start, r.end) }, r.outlet ?? r.articleTitle ?? r.article),
                  ]),
                ),
              ]),
            )
          : empty('No role stated.'),
      ),
      e.positions.length
        ? section(
            'Positions over time',
            listTable(
              ['issue', 'day', 'position', 'in the words of'],
              e.positions.map((p) => [
                h('td', null, p.issue),
                h('td', null, p.day ?? 'undated'),
                h('td', null, p.stance === 'for' ? 'open to it' : 'against it'),
                h('td', null, [
                  h('q', null, p.evidence.sentence.text),
                  ' — ',
                  h(
                    'a',
                    { href: evidenceHref(p.evidence.article, p.evidence.start, p.evidence.end) },
                    p.evidence.outlet,
                  ),
                ]),
              ]),
            ),
          )
        : null,
      section(
        'Quotes',
        e.quoteList.items.length
          ? h(
              'ul',
              { class: 'quotes' },
              e.quoteList.items.map((q) => quoteItem(q)),
            )
          : empty('Not quoted.'),
        e.quoteList.total > e.quoteList.items.length
          ? link(`#/quotes/${seg(e.id)}`, `all ${e.quoteList.total} quotes →`)
          : null,
      ),
      section(
        `Mentions (${plural(mentions.total, 'article')})`,
        mentionList(mentions.items),
        pager(mentions, `#/entity/${seg(e.id)}`),
      ),
    ],
  };
};
