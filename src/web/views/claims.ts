/** Claims: the matrix (claims × outlets), one claim with its evidence, the conflicts side by side. */
import type { ClaimStatus, ClaimView, ConflictView, MatrixView, Page } from '../../server/types.ts';
import { get } from '../api.ts';
import { evidenceHref, h, link, plural, route, seg } from '../dom.ts';
import { badge, empty, evidenceItem, facts, pager, section, statusBadge } from '../ui.ts';
import { conflictCard } from './overview.ts';
import type { View } from './view.ts';

const STATUSES: (ClaimStatus | '')[] = ['', 'contested', 'corroborated', 'single-source'];

/** Claims × outlets: ✓ states it, ≠ says otherwise, · silent. */
export const matrixView: View = async ({ params }) => {
  const status = params.get('status') ?? '';
  const offset = params.get('offset') ?? undefined;
  const m = await get<MatrixView>('/api/claims/matrix', { status, offset, limit: 50 });
  return {
    title: 'Claims',
    body: [
      h('h1', null, 'Claims across outlets'),
      h(
        'p',
        { class: 'lede' },
        'Each row is a claim; each column an outlet. ',
        h('span', { class: 'cell-states' }, '✓'),
        ' the outlet states it, ',
        h('span', { class: 'cell-differs' }, '≠'),
        ' it gives another value, ',
        h('span', { class: 'cell-silent' }, '·'),
        ' it is silent. Every mark links to the sentence that says it.',
      ),
      h(
        'nav',
        { class: 'tabs' },
        STATUSES.map((s) =>
          h(
            'a',
            {
              href: route('#/claims', { status: s }),
              class: s === status ? 'active' : '',
              'aria-current': s === status ? 'page' : undefined,
            },
            s || 'all',
          ),
        ),
      ),
      m.items.length
        ? h(
            'div',
            { class: 'matrix-wrap' },
            h(
              'table',
              { class: 'matrix', 'data-testid': 'matrix' },
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  h('th', { scope: 'col' }, 'claim'),
                  m.outlets.map((o) => h('th', { scope: 'col', class: 'outlet-col', title: o }, h('span', null, o))),
                ),
              ),
              h(
                'tbody',
                null,
                m.items.map((row) =>
                  h(
                    'tr',
                    null,
                    h(
                      'th',
                      { scope: 'row' },
                      statusBadge(row.claim.status),
                      ' ',
                      link(`#/claim/${seg(row.claim.id)}`, row.claim.statement),
                    ),
                    row.cells.map((cell, i) => {
                      const mark = cell.state === 'states' ? '✓' : cell.state === 'differs' ? '≠' : '·';
                      const label = `${m.outlets[i]}: ${cell.state}${cell.value ? ` “${cell.value}”` : ''}`;
                      return h(
                        'td',
                        { class: `cell-${cell.state}`, title: label, 'data-state': cell.state },
                        cell.evidence
                          ? h(
                              'a',
                              {
                                href: evidenceHref(cell.evidence.article, cell.evidence.start, cell.evidence.end),
                                'aria-label': label,
                              },
                              mark,
                              cell.state === 'differs' && cell.value ? h('small', null, ` ${cell.value}`) : null,
                            )
                          : mark,
                      );
                    }),
                  ),
                ),
              ),
            ),
          )
        : empty('No claims.'),
      pager(m, '#/claims', { status }),
    ],
  };
};

/** One claim with all its evidence. */
export const claimView: View = async ({ parts, params }) => {
  const offset = params.get('offset') ?? undefined;
  const c = await get<ClaimView>(`/api/claims/${seg(parts[1] ?? '')}`, { offset, limit: 100 });
  return {
    title: c.statement,
    body: [
      h('h1', null, c.statement),
      facts([
        ['status', statusBadge(c.status)],
        ['kind', c.kind],
        ['about', c.about],
        ['independent sources', `${c.sources.length}: ${c.sources.join(', ')}`],
        ['outlets', c.outlets.join(', ')],
        [
          'conflicts',
          c.conflicts.length
            ? c.conflicts.map((k, i) => [i ? ', ' : '', link(`#/conflict/${seg(k)}`, 'see the conflict')])
            : '',
        ],
      ]),
      section(
        `Evidence (${c.evidence.total})`,
        h(
          'ul',
          { class: 'evidence-list' },
          c.evidence.items.map((e) => evidenceItem(e, true)),
        ),
        pager(c.evidence, `#/claim/${seg(c.id)}`),
      ),
    ],
  };
};

/** Every conflict, as cards. */
export const conflictsView: View = async ({ params }) => {
  const offset = params.get('offset') ?? undefined;
  const page = await get<Page<ConflictView>>('/api/conflicts', { offset, limit: 20 });
  return {
    title: 'Conflicts',
    body: [
      h('h1', null, `Conflicts (${page.total})`),
      page.items.length ? h('div', { class: 'cards conflicts' }, page.items.map(conflictCard)) : empty('No conflicts.'),
      pager(page, '#/conflicts'),
    ],
  };
};

/** One conflict: each side in its own column with every sentence that gives its value. */
export const conflictView: View = async ({ parts }) => {
  const k = await get<ConflictView>(`/api/conflicts/${seg(parts[1] ?? '')}`);
  return {
    title: k.about,
    body: [
      h('p', { class: 'crumbs' }, link('#/', 'Overview'), ' › conflict'),
      h('h1', null, k.about),
      h('p', { class: 'explanation lede', 'data-testid': 'explanation' }, k.explanation),
      h(
        'div',
        { class: 'side-by-side', 'data-testid': 'conflict-sides' },
        k.sides.map((side) =>
          h(
            'section',
            { class: 'side' },
            h('h2', null, side.value, ' ', badge(plural(side.outletsTotal, 'outlet'))),
            side.claim ? h('p', null, link(`#/claim/${seg(side.claim)}`, 'the claim and its sources →')) : null,
            h(
              'ul',
              { class: 'evidence-list' },
              side.evidence.map((e) => evidenceItem(e)),
            ),
            side.evidenceTotal > side.evidence.length
              ? h(
                  'p',
                  { class: 'muted' },
                  `and ${plural(side.evidenceTotal - side.evidence.length, 'more sentence')}`,
                  side.claim ? [' — ', link(`#/claim/${seg(side.claim)}`, 'all of them')] : null,
                )
              : null,
          ),
        ),
      ),
      k.sidesTotal > k.sides.length
        ? h(
            'p',
            { class: 'muted' },
            `and ${plural(k.sidesTotal - k.sides.length, 'other value')} given by fewer sources`,
          )
        : null,
    ],
  };
};
