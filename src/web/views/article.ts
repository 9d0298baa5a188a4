/**
 * The article reader: the cleaned text with entities, quotes, dates and claims highlighted, and the span
 * being followed (`?hl=START-END`) marked, its sentence tinted and scrolled into view; beside it, what
 * the article says, each item linked to its span.
 */
import type { ArticleRef, ArticleView, Page } from '../../server/types.ts';
import { get } from '../api.ts';
import { evidenceHref, h, link, plural, route, seg, type Child } from '../dom.ts';
import { parseRange, segments, sentenceAround, type Layer } from '../highlight.ts';
import { badge, empty, facts, listTable, pager, section, statusBadge } from '../ui.ts';
import type { View } from './view.ts';

/** The layers of an article: every span the reader highlights. */
function layersOf(a: ArticleView): Layer[] {
  return [
    ...a.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      kind: 'quote' as const,
      variants: [q.kind],
      label: `${q.kind} quote${q.speakerName ? ` of ${q.speakerName}` : q.speakerText ? ` of ${q.speakerText}` : ''}`,
    })),
    ...a.claims.map((c) => ({
      start: c.start,
      end: c.end,
      kind: 'claim' as const,
      variants: [c.status, c.kind],
      label: `claim (${c.status}): ${c.statement}`,
    })),
    ...a.conflicts.map((k) => ({
      start: k.start,
      end: k.end,
      kind: 'conflict' as const,
      label: `contested: ${k.about} — this article says ${k.value}`,
    })),
    ...a.dates.map((d) => ({
      start: d.start,
      end: d.end,
      kind: 'date' as const,
      variants: [d.kind],
      label: `date: ${d.value}`,
    })),
    ...a.entities.map((e) => ({
      start: e.start,
      end: e.end,
      kind: 'entity' as const,
      variants: [e.type],
      label: `${e.type}: ${e.name}`,
      href: `#/entity/${seg(e.entity)}`,
    })),
  ];
}

/** A range wrapping the segments it covers (the followed span, its sentence). */
interface Wrapper {
  start: number;
  end: number;
  make: () => HTMLElement;
}

/** One block of the text (title, heading, paragraph), cut into highlighted segments. */
function block(
  text: string,
  from: number,
  to: number,
  kind: string,
  layers: readonly Layer[],
  wrappers: readonly Wrapper[],
): HTMLElement {
  const el = kind === 'title' ? h('h1', { class: 'article-title' }) : kind === 'heading' ? h('h3') : h('p');
  const inside = wrappers.filter((w) => w.start < to && w.end > from);
  const cuts = inside.flatMap((w) => [w.start, w.end]);
  // Wrappers are nested (the span inside its sentence): open the ones a segment is in, close the others.
  const open: { wrapper: Wrapper; el: HTMLElement }[] = [];
  for (const s of segments(from, to, layers, cuts)) {
    const needed = inside.filter((w) => w.start <= s.start && w.end >= s.end);
    while (open.length && !needed.includes(open[open.length - 1]!.wrapper)) open.pop();
    for (const w of needed) {
      if (open.some((o) => o.wrapper === w)) continue;
      const wrapEl = w.make();
      (open.length ? open[open.length - 1]!.el : el).appendChild(wrapEl);
      open.push({ wrapper: w, el: wrapEl });
    }
    const parent = open.length ? open[open.length - 1]!.el : el;
    const words = text.slice(s.start, s.end);
    if (!s.layers.length) {
      parent.appendChild(document.createTextNode(words));
      continue;
    }
    const entity = s.layers.find((l) => l.href);
    const classes = s.layers
      .flatMap((l) => [`hl-${l.kind}`, ...(l.variants ?? []).map((v) => `hl-${l.kind}-${v}`)])
      .join(' ');
    const title = s.layers.map((l) => l.label).join('\n');
    parent.appendChild(
      entity
        ? h('a', { href: entity.href, class: `hl ${classes}`, title }, words)
        : h('span', { class: `hl ${classes}`, title }, words),
    );
  }
  return el;
}

/** The article text as blocks, highlighted. */
function articleBody(a: ArticleView, focus: { start: number; end: number } | undefined): HTMLElement {
  const layers = layersOf(a);
  const wrappers: Wrapper[] = [];
  if (focus) {
    const sentence = sentenceAround(focus, a.sentences);
    wrappers.push({ ...sentence, make: () => h('span', { class: 'focus-sentence', 'data-testid': 'focus-sentence' }) });
    let first = true;
    wrappers.push({
      ...focus,
      make: () => {
        // The first piece carries the id the view scrolls to (a span across blocks is marked in each).
        const mark = h('mark', {
          class: 'focus',
          id: first ? 'focus' : undefined,
          'data-testid': 'focus',
          'data-start': focus.start,
          'data-end': focus.end,
        });
        first = false;
        return mark;
      },
    });
  }
  const blocks = a.paragraphs.length ? a.paragraphs : [{ start: 0, end: a.text.length, kind: 'paragraph' }];
  return h(
    'div',
    { class: 'article-text', 'data-testid': 'article-text', lang: a.language !== 'und' ? a.language : undefined },
    blocks.map((p) => block(a.text, p.start, p.end, p.kind, layers, wrappers)),
  );
}

/** Toggles for the highlight layers. */
function legend(container: () => HTMLElement | null): HTMLElement {
  const kinds: [string, string][] = [
    ['entity', 'entities'],
    ['quote', 'quotes'],
    ['date', 'dates'],
    ['claim', 'claims'],
    ['conflict', 'contested'],
  ];
  return h(
    'div',
    { class: 'legend', role: 'group', 'aria-label': 'highlights' },
    kinds.map(([kind, label]) =>
      h(
        'label',
        { class: `legend-${kind}` },
        h('input', {
          type: 'checkbox',
          checked: true,
          onchange: (event) =>
            container()?.classList.toggle(`hide-${kind}`, !(event.target as HTMLInputElement).checked),
        }),
        h('span', { class: `hl hl-${kind}` }, label),
      ),
    ),
  );
}

/** What the followed span is: the conflicts, claims and quotes it is evidence of (kept in view while reading). */
function focusNote(a: ArticleView, focus: { start: number; end: number }): HTMLElement {
  const over = <T extends { start: number; end: number }>(list: T[]) =>
    list.filter((x) => x.start < focus.end && x.end > focus.start);
  const items: Child[] = [
    ...over(a.conflicts).map((k) => [
      badge('contested', 'conflict'),
      ' ',
      link(`#/conflict/${seg(k.conflict)}`, k.about),
      `: this article says ${k.value}`,
    ]),
    ...over(a.claims)
      .filter((c) => c.start === focus.start && c.end === focus.end)
      .map((c) => [statusBadge(c.status), ' ', link(`#/claim/${seg(c.claim)}`, c.statement)]),
  ];
  return h(
    'div',
    { class: 'focus-note', role: 'note', 'data-testid': 'focus-note' },
    h('strong', null, 'Highlighted: '),
    h('q', null, a.text.slice(focus.start, focus.end)),
    items.length
      ? h(
          'ul',
          { class: 'plain' },
          items.map((i) => h('li', null, i)),
        )
      : null,
  );
}

/** An item of the side panel: a label and a link to its span. */
function spanItem(a: ArticleView, start: number, end: number, ...children: Child[]): HTMLElement {
  return h('li', null, h('a', { href: evidenceHref(a.id, start, end) }, ...children));
}

export const articleView: View = async ({ parts, params }) => {
  const id = parts[1] ?? '';
  const a = await get<ArticleView>(`/api/articles/${seg(id)}`);
  const focus = parseRange(params.get('hl'), a.text.length);
  const entities = new Map<
    string,
    { name: string; type: string; count: number; first: { start: number; end: number } }
  >();
  for (const e of a.entities) {
    const known = entities.get(e.entity);
    if (known) known.count++;
    else entities.set(e.entity, { name: e.name, type: e.type, count: 1, first: e });
  }
  let body: HTMLElement | null = null;
  return {
    title: a.title ?? 'Article',
    body: h(
      'div',
      { class: 'reader' },
      h(
        'div',
        { class: 'reader-main' },
        h(
          'p',
          { class: 'crumbs' },
          link('#/articles', 'Articles'),
          a.outlet ? [' › ', link(route('#/articles', { outlet: a.outlet }), a.outlet)] : null,
        ),
        facts([
          ['outlet', a.outlet],
          [
            'published',
            a.published ? `${a.published}${a.publishedInferred ? ' (inferred from the text)' : ''}` : undefined,
          ],
          ['byline', a.byline],
          ['language', a.language],
          // Shown as text, never as a link: the address comes from the input.
          ['source', a.source.url ?? a.source.path],
          [
            'events',
            a.events.length
              ? a.events.map((e, i) => [i ? ', ' : '', link(`#/event/${seg(e.id)}`, e.title)])
              : undefined,
          ],
        ]),
        focus ? focusNote(a, focus) : null,
        legend(() => body),
        (body = articleBody(a, focus)),
        a.removed?.length
          ? h(
              'details',
              { class: 'removed' },
              h('summary', null, `${plural(a.removed.length, 'line')} removed as site chrome`),
              h(
                'ul',
                null,
                a.removed.map((r) =>
                  h('li', null, h('code', null, r.text), h('span', { class: 'muted' }, ` — ${r.reason}`)),
                ),
              ),
            )
          : null,
      ),
      h(
        'aside',
        { class: 'reader-side' },
        a.conflicts.length
          ? section(
              'Contested here',
              h(
                'ul',
                { class: 'plain' },
                a.conflicts.map((k) =>
                  h(
                    'li',
                    null,
                    h('a', { href: evidenceHref(a.id, k.start, k.end) }, `${k.about}: ${k.value}`),
                    ' ',
                    link(`#/conflict/${seg(k.conflict)}`, '(the conflict)'),
                  ),
                ),
              ),
            )
          : null,
        section(
          `Claims (${a.claims.length})`,
          a.claims.length
            ? h(
                'ul',
                { class: 'plain' },
                a.claims.map((c) =>
                  h(
                    'li',
                    null,
                    statusBadge(c.status),
                    ' ',
                    h('a', { href: evidenceHref(a.id, c.start, c.end) }, c.statement),
                    ' ',
                    link(`#/claim/${seg(c.claim)}`, '(sources)'),
                  ),
                ),
              )
            : empty('None.'),
        ),
        section(
          `Quotes (${a.quotes.length})`,
          h(
            'ul',
            { class: 'plain' },
            a.quotes.map((q) =>
              spanItem(
                a,
                q.start,
                q.end,
                h('strong', null, q.speakerName ?? q.speakerText ?? 'unknown'),
                ` ${q.cue ?? ''}: `,
                q.text.length > 90 ? `${q.text.slice(0, 89)}…` : q.text,
              ),
            ),
          ),
        ),
        section(
          `Dates (${a.dates.length})`,
          h(
            'ul',
            { class: 'plain' },
            a.dates.map((d) => spanItem(a, d.start, d.end, badge(d.value), ` ${d.text}`)),
          ),
        ),
        section(
          `Entities (${entities.size})`,
          h(
            'ul',
            { class: 'plain' },
            [...entities].map(([entityId, e]) =>
              h(
                'li',
                null,
                link(`#/entity/${seg(entityId)}`, e.name),
                h('span', { class: 'muted' }, ` ${e.type} · ${e.count}×`),
              ),
            ),
          ),
        ),
      ),
    ),
    after: () => document.getElementById('focus')?.scrollIntoView({ block: 'center' }),
  };
};

export const articlesView: View = async ({ params }) => {
  const outlet = params.get('outlet') ?? '';
  const offset = params.get('offset') ?? undefined;
  const page = await get<Page<ArticleRef>>('/api/articles', { outlet, offset, limit: 100 });
  return {
    title: outlet ? `Articles of ${outlet}` : 'Articles',
    body: [
      h('h1', null, outlet ? `Articles of ${outlet}` : 'Articles'),
      outlet ? h('p', null, link('#/articles', 'all outlets')) : null,
      articleTable(page.items),
      pager(page, '#/articles', { outlet }),
    ],
  };
};

/** Articles as a table: title, outlet, date, language. */
export function articleTable(items: ArticleRef[]): HTMLElement {
  if (!items.length) return empty('No articles.');
  return listTable(
    ['title', 'outlet', 'published', 'language'],
    items.map((a) => [
      h('td', null, link(`#/article/${seg(a.id)}`, a.title ?? a.path ?? a.id)),
      h('td', null, a.outlet ?? ''),
      h('td', null, a.published?.slice(0, 10) ?? ''),
      h('td', null, a.language ?? ''),
    ]),
  );
}
