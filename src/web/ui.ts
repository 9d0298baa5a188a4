/** Small pieces the views share: badges, evidence lines, pagers, empty states. */
import type { ClaimStatus, EvidenceView, Page } from '../server/types.ts';
import { evidenceHref, h, link, plural, route, type Child } from './dom.ts';

/** The status of a claim as a coloured badge. */
export function statusBadge(status: ClaimStatus): HTMLElement {
  return h('span', { class: `badge status-${status}` }, status);
}

/** A plain badge. */
export function badge(text: string, variant = ''): HTMLElement {
  return h('span', { class: `badge ${variant}`.trim() }, text);
}

/** A sentence with the span inside it emphasised. */
export function sentenceWithSpan(
  sentence: { start: number; end: number; text: string },
  span: { start: number; end: number },
): HTMLElement {
  const s = Math.max(0, span.start - sentence.start);
  const e = Math.min(sentence.text.length, span.end - sentence.start);
  if (s >= e) return h('q', { class: 'sentence' }, sentence.text);
  return h(
    'q',
    { class: 'sentence' },
    sentence.text.slice(0, s),
    h('strong', null, sentence.text.slice(s, e)),
    sentence.text.slice(e),
  );
}

/** A piece of evidence: the outlet and date, the sentence, and the link to it in the article. */
export function evidenceItem(e: EvidenceView, withValue = false): HTMLElement {
  return h(
    'li',
    { class: 'evidence' },
    h(
      'div',
      { class: 'evidence-meta' },
      withValue && e.value ? h('span', { class: 'value' }, e.value) : null,
      h('span', { class: 'outlet' }, e.outlet),
      e.published ? h('span', { class: 'date' }, e.published.slice(0, 10)) : null,
    ),
    sentenceWithSpan(e.sentence, e),
    h(
      'a',
      { class: 'evidence-link', href: evidenceHref(e.article, e.start, e.end), 'data-testid': 'evidence-link' },
      'read it in the article →',
    ),
  );
}

/** "1–50 of 240" with links to the previous and next pages. */
export function pager<T>(page: Page<T>, path: string, params: Record<string, string | number | undefined> = {}): Child {
  if (page.total <= page.limit && page.offset === 0) return null;
  const from = page.total ? page.offset + 1 : 0;
  const to = Math.min(page.offset + page.limit, page.total);
  const prev =
    page.offset > 0
      ? route(path, { ...params, offset: Math.max(0, page.offset - page.limit) || undefined })
      : undefined;
  const next = to < page.total ? route(path, { ...params, offset: page.offset + page.limit }) : undefined;
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'pages' },
    prev ? link(prev, '← previous') : h('span', { class: 'muted' }, '← previous'),
    h('span', null, `${from.toLocaleString('en')}–${to.toLocaleString('en')} of ${page.total.toLocaleString('en')}`),
    next ? link(next, 'next →') : h('span', { class: 'muted' }, 'next →'),
  );
}

/** A section with a heading. */
export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', null, h('h2', null, title), ...children);
}

/** What to show when a list is empty. */
export function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}

/** A number with its label, for the summary lines. */
export function stat(n: number, one: string, many?: string): HTMLElement {
  return h('span', { class: 'stat' }, plural(n, one, many));
}

/** A definition list from pairs (empty values left out). */
export function facts(pairs: [string, Child][]): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    pairs
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => [h('dt', null, k), h('dd', null, v)]),
  );
}

/** A table of the `list` kind: a header row of column names, then one row per item, cells as given. */
export function listTable(columns: Child[], rows: Child[][]): HTMLElement {
  return h(
    'table',
    { class: 'list' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        columns.map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map((cells) => h('tr', null, cells)),
    ),
  );
}
