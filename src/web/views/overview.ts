/** The story at a glance: the conflicts first, then the events on a timeline, the main actors, the outlets. */
import type { ConflictView, EntitySummary, OverviewView, Page, TimelineEntryView } from '../../server/types.ts';
import { get } from '../api.ts';
import { evidenceHref, h, link, plural, route, seg } from '../dom.ts';
import { badge, empty, section, sentenceWithSpan } from '../ui.ts';
import type { View } from './view.ts';

/** A conflict as a card: what is disputed, each side's value, outlets and first sentence. */
export function conflictCard(k: ConflictView): HTMLElement {
  return h(
    'article',
    { class: 'card conflict-card', 'data-testid': 'conflict-card' },
    h(
      'header',
      null,
      badge(
        k.kind === 'value'
          ? 'figures differ'
          : k.kind === 'holder'
            ? 'who holds the office'
            : k.kind === 'denial'
              ? 'claimed and denied'
              : k.kind === 'actor'
                ? 'who did it'
                : k.kind === 'reversal'
                  ? 'a position reversed'
                  : 'former or serving',
        'conflict',
      ),
      h('h3', null, link(`#/conflict/${seg(k.id)}`, k.about)),
    ),
    h('p', { class: 'explanation' }, k.explanation),
    h(
      'div',
      { class: 'sides' },
      k.sides.map((side) =>
        h(
          'div',
          { class: 'side' },
          h('div', { class: 'side-value' }, side.value),
          h(
            'div',
            { class: 'side-outlets' },
            side.outlets.join(', '),
            side.outletsTotal > side.outlets.length ? ` and ${side.outletsTotal - side.outlets.length} more` : '',
          ),
          side.evidence[0]
            ? h(
                'p',
                { class: 'side-quote' },
                sentenceWithSpan(side.evidence[0].sentence, side.evidence[0]),
                ' ',
                link(
                  evidenceHref(side.evidence[0].article, side.evidence[0].start, side.evidence[0].end),
                  'evidence →',
                ),
              )
            : null,
        ),
      ),
    ),
    k.sidesTotal > k.sides.length
      ? h('p', { class: 'muted' }, `and ${plural(k.sidesTotal - k.sides.length, 'other value')}`)
      : null,
    h('footer', null, link(`#/conflict/${seg(k.id)}`, 'all the evidence, side by side →')),
  );
}

/** An entity as a card. */
export function actorCard(e: EntitySummary): HTMLElement {
  return h(
    'article',
    { class: 'card actor', 'data-testid': 'actor' },
    h('h3', null, link(`#/entity/${seg(e.id)}`, e.name)),
    h('div', { class: 'muted' }, e.type, e.roles[0] ? ` · ${e.roles[0]}` : ''),
    h(
      'div',
      { class: 'counts' },
      plural(e.articles, 'article'),
      ' · ',
      plural(e.mentions, 'mention'),
      e.quotes ? [' · ', link(`#/quotes/${seg(e.id)}`, plural(e.quotes, 'quote'))] : null,
    ),
  );
}

/** Dated entries on a vertical timeline. */
function timeline(items: { date: string; body: HTMLElement }[]): HTMLElement {
  return h(
    'ol',
    { class: 'timeline', 'data-testid': 'timeline' },
    items.map((i) => h('li', null, h('time', null, i.date), i.body)),
  );
}

export const overviewView: View = async () => {
  const o = await get<OverviewView>('/api/overview');
  const s = o.story;
  const dated =
    o.events.items.length === 0
      ? await get<Page<TimelineEntryView>>('/api/timeline', { from: s.firstDate?.slice(0, 7), limit: 15 })
      : undefined;
  return {
    title: 'Overview',
    body: [
      h('h1', null, 'Story overview'),
      h(
        'p',
        { class: 'lede' },
        `${plural(s.articles, 'article')} from ${plural(s.outlets, 'outlet')}`,
        s.firstDate ? `, ${s.firstDate}${s.lastDate && s.lastDate !== s.firstDate ? ` to ${s.lastDate}` : ''}` : '',
        '. ',
        link(route('#/claims'), plural(s.claims.total, 'claim')),
        ` (${s.claims.established} established facts, ${s.claims.corroborated} corroborated, ${s.claims['single-source']} single-source, ${s.claims.contested} contested), `,
        link('#/conflicts', plural(s.conflicts, 'conflict')),
        ', ',
        link('#/quotes', plural(s.quotes, 'quote')),
        ', ',
        link('#/entities', plural(s.entities, 'entity', 'entities')),
        '.',
      ),
      section(
        `Conflicts (${o.conflicts.total})`,
        o.conflicts.items.length
          ? h('div', { class: 'cards conflicts' }, o.conflicts.items.map(conflictCard))
          : empty('No conflicts: no two sources contradict each other on a figure or an office.'),
        o.conflicts.total > o.conflicts.items.length
          ? link('#/conflicts', `all ${o.conflicts.total} conflicts →`)
          : null,
      ),
      section(
        o.events.items.length ? `Events (${o.events.total})` : 'Timeline',
        o.events.items.length
          ? timeline(
              o.events.items.map((e) => ({
                date: e.firstDate
                  ? `${e.firstDate}${e.lastDate && e.lastDate !== e.firstDate ? ` – ${e.lastDate}` : ''}`
                  : 'undated',
                body: h(
                  'div',
                  null,
                  link(`#/event/${seg(e.id)}`, e.title),
                  h('span', { class: 'muted' }, ` · ${plural(e.articles, 'article')}`),
                ),
              })),
            )
          : dated && dated.items.length
            ? [
                h(
                  'p',
                  { class: 'muted' },
                  'No events yet (the articles have not been grouped into events): the dated statements of the coverage instead.',
                ),
                timeline(
                  dated.items.map((t) => ({
                    date: t.label,
                    body: h(
                      'div',
                      null,
                      t.sentence,
                      ' ',
                      t.sources[0]
                        ? link(
                            evidenceHref(t.sources[0].article, t.sources[0].start, t.sources[0].end),
                            `${t.sources[0].outlet ?? 'source'} →`,
                          )
                        : null,
                    ),
                  })),
                ),
                link('#/timeline', `the whole timeline (${dated.total}) →`),
              ]
            : empty('No events and no dated statements yet.'),
        o.events.total > o.events.items.length ? link('#/events', `all ${o.events.total} events →`) : null,
      ),
      section(
        'Main actors',
        o.actors.length
          ? h('div', { class: 'cards actors' }, o.actors.map(actorCard))
          : empty('No people or organisations found.'),
      ),
      section(
        'Outlets',
        h(
          'ul',
          { class: 'chips' },
          o.outlets.map((x) =>
            h(
              'li',
              null,
              link(route('#/articles', { outlet: x.name }), x.name),
              h('span', { class: 'muted' }, ` ${x.articles}`),
            ),
          ),
        ),
        link('#/outlets', 'compare the outlets →'),
      ),
    ],
  };
};
