/** Outlets side by side, and two outlets compared claim by claim. */
import type { ClaimSummary, OutletComparison, OutletSummary, Page } from '../../server/types.ts';
import { get } from '../api.ts';
import { h, link, route, seg } from '../dom.ts';
import { empty, listTable, section, statusBadge } from '../ui.ts';
import type { View } from './view.ts';

/** A choice of two outlets to compare. */
function compareForm(outlets: string[], a = '', b = ''): HTMLFormElement {
  const select = (name: string, chosen: string) =>
    h(
      'select',
      { name, 'aria-label': name === 'a' ? 'first outlet' : 'second outlet' },
      outlets.map((o) => h('option', { value: o, selected: o === chosen }, o)),
    );
  const first = select('a', a || outlets[0] || '');
  const second = select('b', b || outlets[1] || '');
  return h(
    'form',
    {
      class: 'inline',
      onsubmit: (event) => {
        event.preventDefault();
        location.hash = route('#/outlets/compare', { a: first.value, b: second.value });
      },
    },
    'Compare ',
    first,
    ' with ',
    second,
    ' ',
    h('button', { type: 'submit' }, 'Compare'),
  );
}

export const outletsView: View = async () => {
  const page = await get<Page<OutletSummary>>('/api/outlets', { limit: 500 });
  return {
    title: 'Outlets',
    body: [
      h('h1', null, 'Outlets side by side'),
      page.items.length > 1 ? compareForm(page.items.map((o) => o.name)) : null,
      page.items.length
        ? h(
            'table',
            { class: 'list outlets', 'data-testid': 'outlets' },
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                [
                  'outlet',
                  'articles',
                  'dates',
                  'claims',
                  'corroborated',
                  'only here',
                  'silent on',
                  'quotes',
                  'says otherwise on',
                ].map((t) => h('th', { scope: 'col' }, t)),
              ),
            ),
            h(
              'tbody',
              null,
              page.items.map((o) =>
                h(
                  'tr',
                  null,
                  h('td', null, link(route('#/articles', { outlet: o.name }), o.name)),
                  h('td', { class: 'num' }, o.articles),
                  h(
                    'td',
                    null,
                    o.firstDate ? `${o.firstDate}${o.lastDate !== o.firstDate ? ` – ${o.lastDate}` : ''}` : '',
                  ),
                  h('td', { class: 'num' }, link(route('#/claims-of', { outlet: o.name }), String(o.claims))),
                  h('td', { class: 'num' }, o.corroborated),
                  h('td', { class: 'num' }, o.exclusive),
                  h(
                    'td',
                    { class: 'num', title: 'corroborated claims of the events it covers that it does not carry' },
                    o.silent,
                  ),
                  h('td', { class: 'num' }, o.quotes),
                  h(
                    'td',
                    null,
                    o.differs.map((d, i) => [
                      i ? '; ' : '',
                      link(`#/conflict/${seg(d.conflict)}`, d.about),
                      `: ${d.values.join(', ')}`,
                    ]),
                  ),
                ),
              ),
            ),
          )
        : empty('No outlets.'),
    ],
  };
};

/** Claims as a list with their status. */
function claimList(page: Page<ClaimSummary>): HTMLElement {
  if (!page.items.length) return empty('None.');
  return h(
    'ul',
    { class: 'plain' },
    page.items.map((c) => h('li', null, statusBadge(c.status), ' ', link(`#/claim/${seg(c.id)}`, c.statement))),
    page.total > page.items.length ? h('li', { class: 'muted' }, `… and ${page.total - page.items.length} more`) : null,
  );
}

export const compareView: View = async ({ params }) => {
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const [outlets, cmp] = await Promise.all([
    get<Page<OutletSummary>>('/api/outlets', { limit: 500 }),
    get<OutletComparison>('/api/outlets/compare', { a, b }),
  ]);
  return {
    title: `${a} and ${b}`,
    body: [
      h('p', { class: 'crumbs' }, link('#/outlets', 'Outlets'), ' › compare'),
      h('h1', null, `${cmp.a} and ${cmp.b}`),
      compareForm(
        outlets.items.map((o) => o.name),
        a,
        b,
      ),
      section(
        `Where they disagree (${cmp.differ.length})`,
        cmp.differ.length
          ? listTable(
              ['about', cmp.a, cmp.b],
              cmp.differ.map((d) => [
                h('td', null, link(`#/conflict/${seg(d.conflict)}`, d.about)),
                h('td', null, d.a.join(', ')),
                h('td', null, d.b.join(', ')),
              ]),
            )
          : empty('They contradict each other nowhere.'),
      ),
      h(
        'div',
        { class: 'columns' },
        section(`Both carry (${cmp.both.total})`, claimList(cmp.both)),
        section(`Only ${cmp.a} (${cmp.onlyA.total})`, claimList(cmp.onlyA)),
        section(`Only ${cmp.b} (${cmp.onlyB.total})`, claimList(cmp.onlyB)),
      ),
    ],
  };
};

/** The claims one outlet carries. */
export const outletClaimsView: View = async ({ params }) => {
  const outlet = params.get('outlet') ?? '';
  const offset = params.get('offset') ?? undefined;
  const page = await get<Page<ClaimSummary>>('/api/claims', { outlet, offset, limit: 100 });
  return {
    title: `Claims of ${outlet}`,
    body: [
      h('p', { class: 'crumbs' }, link('#/outlets', 'Outlets')),
      h('h1', null, `What ${outlet} carries`),
      claimList(page),
    ],
  };
};
