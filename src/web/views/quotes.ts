/** Quotes by speaker, with a speaker's statement worded differently by different outlets side by side. */
import type { EntityView, Page, QuoteView, SpeakerSummary, VariantView } from '../../server/types.ts';
import { get } from '../api.ts';
import { evidenceHref, h, link, plural, seg } from '../dom.ts';
import { badge, empty, listTable, pager, section } from '../ui.ts';
import type { View } from './view.ts';

/** One quote: its words, who said it by which cue, in which outlet, linked to the article. */
export function quoteItem(q: QuoteView, withSpeaker = false): HTMLElement {
  return h(
    'li',
    { class: `quote quote-${q.kind}` },
    h('blockquote', null, q.text),
    h(
      'div',
      { class: 'quote-meta' },
      withSpeaker && q.speaker ? [link(`#/entity/${seg(q.speaker)}`, q.speakerName ?? q.speaker), ' · '] : null,
      withSpeaker && !q.speaker && q.speakerText ? [q.speakerText, ' · '] : null,
      badge(q.kind),
      q.cue ? ` ${q.cue}` : '',
      q.via?.length ? [' · via ', q.via.map((v, i) => [i ? ', ' : '', link(`#/entity/${seg(v.id)}`, v.name)])] : null,
      ' · ',
      h('span', { class: 'outlet' }, q.outlet ?? q.title ?? q.article),
      q.published ? h('span', { class: 'date' }, ` ${q.published.slice(0, 10)}`) : null,
      ' ',
      link(evidenceHref(q.article, q.start, q.end), 'in the article →'),
    ),
  );
}

/** Wordings of one statement, side by side. */
export function variantBlock(v: VariantView): HTMLElement {
  return h(
    'div',
    { class: 'variant', 'data-testid': 'variant' },
    h('p', { class: 'muted' }, `Worded differently (similarity ${v.similarity.toFixed(2)})`),
    h(
      'div',
      { class: 'side-by-side' },
      v.sides.map((side) =>
        h(
          'div',
          { class: 'side' },
          h('blockquote', null, side.wording),
          h('div', { class: 'side-outlets' }, side.outlets.join(', ')),
          h(
            'ul',
            { class: 'plain' },
            side.quotes.map((q) =>
              h('li', null, link(evidenceHref(q.article, q.start, q.end), `${q.outlet ?? q.article} →`)),
            ),
          ),
        ),
      ),
    ),
  );
}

export const speakersView: View = async ({ params }) => {
  const offset = params.get('offset') ?? undefined;
  const page = await get<Page<SpeakerSummary>>('/api/speakers', { offset, limit: 100 });
  return {
    title: 'Quotes',
    body: [
      h('h1', null, 'Quotes by speaker'),
      page.items.length
        ? listTable(
            ['speaker', 'quotes', 'statements', 'worded differently', 'outlets'],
            page.items.map((s) => [
              h('td', null, link(`#/quotes/${seg(s.id)}`, s.name)),
              h('td', { class: 'num' }, s.quotes),
              h('td', { class: 'num' }, s.statements),
              h('td', { class: 'num' }, s.variants),
              h('td', { class: 'num' }, s.outlets),
            ]),
          )
        : empty('No quotes with a known speaker.'),
      pager(page, '#/quotes'),
    ],
  };
};

export const speakerView: View = async ({ parts, params }) => {
  const id = parts[1] ?? '';
  const offset = params.get('offset') ?? undefined;
  const [entity, variants, quotes] = await Promise.all([
    get<EntityView>(`/api/entities/${seg(id)}`),
    get<Page<VariantView>>('/api/quote-variants', { speaker: id, limit: 50 }),
    get<Page<QuoteView>>('/api/quotes', { speaker: id, offset, limit: 50 }),
  ]);
  return {
    title: `Quotes of ${entity.name}`,
    body: [
      h('p', { class: 'crumbs' }, link('#/quotes', 'Quotes'), ' › ', link(`#/entity/${seg(id)}`, entity.name)),
      h('h1', null, `What ${entity.name} said`),
      h('p', { class: 'lede' }, `${plural(quotes.total, 'quote')}${entity.roles[0] ? ` · ${entity.roles[0]}` : ''}`),
      variants.items.length ? section('Worded differently across outlets', variants.items.map(variantBlock)) : null,
      section(
        'Quotes',
        h(
          'ul',
          { class: 'quotes' },
          quotes.items.map((q) => quoteItem(q)),
        ),
        pager(quotes, `#/quotes/${seg(id)}`),
      ),
    ],
  };
};
