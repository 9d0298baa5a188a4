/**
 * The web UI in a real browser (Debian's chromium, driven by playwright-core) over the example corpus
 * plus hostile articles (test/fixtures/hostile), served in-process on a free port: the overview with
 * its conflict cards, a conflict followed to its evidence highlighted in the article, an entity page,
 * every view, and hostile content shown as text with nothing of it run. Screenshots go to
 * out/screenshots/ (overview.png, conflict-evidence.png, entity.png, hostile.png).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import type {
  ArticleView,
  ConflictView,
  Page as ListPage,
  OverviewView,
  SearchHitView,
  VariantView,
} from '../../src/server/types.ts';
import { Store } from '../../src/store/index.ts';
import { analysedDb, chromiumPath, HOSTILE } from '../helpers/server.ts';
import { EXAMPLES, ROOT } from '../helpers/shared.ts';

/** Where the screenshots are saved (README names them). */
export const SCREENSHOTS = path.join(ROOT, 'out/screenshots');

/** The flags chromium runs with: headless, no sandbox (containers), nothing fetched in the background. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const executablePath = chromiumPath();

/** What a page did that it should not have: dialogs, errors, requests to other origins. */
interface Watch {
  dialogs: string[];
  errors: string[];
  foreign: string[];
}

describe.skipIf(!executablePath)('the web UI in chromium', () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  const origin = () => server.url.replace(/\/$/, '');

  beforeAll(async () => {
    const db = await analysedDb('browser', EXAMPLES, HOSTILE);
    store = Store.open(db);
    server = await startServer({ store, port: 0 });
    browser = await chromium.launch({ executablePath, args: ARGS });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    store?.close();
  });

  async function api<T>(route: string): Promise<T> {
    const res = await fetch(`${origin()}${route}`);
    expect(res.status, route).toBe(200);
    return (await res.json()) as T;
  }

  /** A new page that records dialogs, console errors, page errors and any request leaving the server. */
  async function newPage(): Promise<{ page: Page; watch: Watch }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watch: Watch = { dialogs: [], errors: [], foreign: [] };
    page.on('dialog', (dialog) => {
      watch.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') watch.errors.push(message.text());
    });
    page.on('pageerror', (error) => watch.errors.push(error.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin()}/`) || url === origin()) return route.continue();
      watch.foreign.push(url);
      return route.abort();
    });
    return { page, watch };
  }

  /** Opens a view and waits until it has rendered. */
  async function show(page: Page, hash: string): Promise<void> {
    await page.goto(`${server.url}${hash}`);
    await settled(page);
  }

  async function settled(page: Page): Promise<void> {
    await page.waitForFunction(() => {
      const app = document.getElementById('app');
      return !!app && !app.hasAttribute('aria-busy') && app.childElementCount > 0;
    });
  }

  /** Asserts that nothing of the hostile content ran or became markup, links or handlers. */
  async function assertNothingRan(page: Page, watch: Watch, where: string): Promise<void> {
    const state = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        title: document.title,
        handlers: all.flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`),
        ),
        hrefs: [...document.querySelectorAll('[href], [src], [action], [formaction], [data]')]
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
          .filter((v) => !(v.startsWith('#/') || v.startsWith('/assets/') || v === '#/')),
        markup: [
          ...document.querySelectorAll(
            'iframe, object, embed, img, svg, base, style, body script, frame, link[rel=import]',
          ),
        ].map((el) => el.tagName),
        scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src')),
      };
    });
    expect(state.pwned, `${where}: a hostile script ran`).toBeNull();
    // The UI names every page "… — Triangulate"; the hostile scripts would set "pwned".
    expect(state.title, where).toMatch(/ — Triangulate$/);
    expect(state.handlers, `${where}: event-handler attributes`).toEqual([]);
    expect(state.hrefs, `${where}: links or sources leaving the UI`).toEqual([]);
    expect(state.markup, `${where}: markup from the data`).toEqual([]);
    expect(state.scripts, where).toEqual(['/assets/app.js']);
    expect(watch.dialogs, `${where}: dialogs`).toEqual([]);
    expect(watch.errors, `${where}: console errors (a CSP violation is one)`).toEqual([]);
    expect(watch.foreign, `${where}: requests to other origins`).toEqual([]);
  }

  it('opens the overview with the conflict cards first', async () => {
    const { page, watch } = await newPage();
    await show(page, '#/');
    const overview = await api<OverviewView>('/api/overview');
    const headings = await page.locator('main h2').allTextContents();
    expect(headings[0]).toMatch(/^Conflicts \(\d+\)$/);
    const cards = page.getByTestId('conflict-card');
    expect(await cards.count()).toBe(overview.conflicts.items.length);
    expect(await cards.count()).toBeGreaterThanOrEqual(3);
    const abouts = await cards.locator('h3').allTextContents();
    expect(abouts).toEqual(overview.conflicts.items.map((k) => k.about));
    expect(abouts).toContain('the number of homes flooded');
    await expect.poll(() => page.getByTestId('actor').count()).toBeGreaterThan(3);
    expect(await page.title()).toBe('Overview — Triangulate');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'overview.png'), fullPage: true });
    await assertNothingRan(page, watch, 'overview');
    await page.close();
  });

  it('follows a conflict to its evidence, highlighted and scrolled into view in the article', async () => {
    const { page, watch } = await newPage();
    await show(page, '#/');
    const card = page.getByTestId('conflict-card').filter({ hasText: 'the number of homes flooded' });
    await card.locator('h3 a').click();
    await page.getByTestId('conflict-sides').waitFor();
    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/conflict/', ''));
    const conflict = await api<ConflictView>(`/api/conflicts/${encodeURIComponent(id)}`);
    expect(await page.getByTestId('explanation').textContent()).toBe(conflict.explanation);
    // The minority side: the outlets that say 380 homes.
    const side = conflict.sides.find((s) => s.value === '380 homes')!;
    const evidence = side.evidence[0]!;
    const sideColumn = page.locator('.side-by-side > .side').filter({ hasText: '380 homes' });
    await sideColumn.getByTestId('evidence-link').first().click();
    const mark = page.locator('mark#focus');
    await mark.waitFor();
    expect(new URL(page.url()).hash).toBe(
      `#/article/${encodeURIComponent(evidence.article)}?hl=${evidence.start}-${evidence.end}`,
    );
    const article = await api<ArticleView>(`/api/articles/${encodeURIComponent(evidence.article)}`);
    expect(article.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    expect(await mark.textContent()).toBe(evidence.text);
    expect(await mark.getAttribute('data-start')).toBe(String(evidence.start));
    expect(await page.getByTestId('focus-sentence').first().textContent()).toBe(evidence.sentence.text);
    // Scrolled into view: the mark is inside the window, below the sticky header.
    const box = (await mark.boundingBox())!;
    expect(box.y).toBeGreaterThan(40);
    expect(box.y + box.height).toBeLessThan(900);
    // The reader also highlights the article's other spans.
    for (const kind of ['entity', 'date', 'claim', 'quote'])
      expect(await page.locator(`.article-text .hl-${kind}`).count(), kind).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'conflict-evidence.png') });
    await assertNothingRan(page, watch, 'conflict evidence');
    await page.close();
  });

  it('opens an entity page with aliases, roles, quotes and mentions', async () => {
    const { page, watch } = await newPage();
    await show(page, '#/');
    await page.getByTestId('actor').filter({ hasText: 'Theodore Wexley' }).locator('h3 a').click();
    await page.getByTestId('aliases').waitFor();
    expect(await page.getByTestId('entity-name').textContent()).toMatch(/^Theodore Wexley/);
    const aliases = await page.getByTestId('aliases').locator('li').allTextContents();
    expect(aliases).toEqual(expect.arrayContaining(['Ted Wexley', 'Theodore Wexley', 'Wexley']));
    expect(await page.locator('main table').first().textContent()).toContain('Mayor');
    // His positions over time: open to keeping residents out of the lower town, then against it.
    const positions = page.locator('section', { has: page.getByRole('heading', { name: 'Positions over time' }) });
    expect(await positions.locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/2026-03-13open to it/),
      expect.stringMatching(/2026-04-02against it/),
    ]);
    expect(await page.locator('ul.quotes > li').count()).toBeGreaterThan(3);
    expect(await page.locator('ul.mentions a.chip').count()).toBeGreaterThan(5);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'entity.png'), fullPage: true });
    // A mention leads to its place in the article.
    const chip = page.locator('ul.mentions a.chip').first();
    const chipText = await chip.textContent();
    await chip.click();
    await page.locator('mark#focus').waitFor();
    expect(await page.locator('mark#focus').textContent()).toBe(chipText);
    await assertNothingRan(page, watch, 'entity page');
    await page.close();
  });

  it('shows hostile article content as text, and runs none of it', async () => {
    const { page, watch } = await newPage();
    const hits = await api<ListPage<SearchHitView>>('/api/search?q=leaflet');
    expect(hits.total).toBe(1);
    const plain = hits.items[0]!;
    const article = await api<ArticleView>(`/api/articles/${plain.id}`);
    // The stored text still carries the markup, as text: the test is not vacuous.
    for (const raw of ['<script>', 'onerror=', 'javascript:', '<iframe', 'onload=', '<base href='])
      expect(article.text).toContain(raw);
    expect(article.outlet).toContain('onerror=');
    await show(page, `#/article/${plain.id}`);
    const text = (await page.getByTestId('article-text').textContent()) ?? '';
    expect(text).toContain("<script>window.__pwned = 'script'; document.title = 'pwned'; alert('pwned')</script>");
    expect(text).toContain(`<img src=x onerror="window.__pwned='img'; alert('img')">`);
    expect(text).toContain(`<a href="javascript:window.__pwned='link';alert('link')">this link</a>`);
    expect(await page.locator('dl.facts').textContent()).toContain(
      `<img src=x onerror="window.__pwned='outlet'">Evil Gazette`,
    );
    expect(await page.locator('dl.facts').textContent()).toContain("javascript:window.__pwned='url'");
    // Hover and click over the text that carries handlers.
    await page.getByText('hearing').first().hover();
    await page.getByText('this link').first().click();
    await page.getByTestId('article-text').click();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'hostile.png') });
    await assertNothingRan(page, watch, 'hostile article');

    const page2 = (await api<ListPage<SearchHitView>>('/api/search?q=engineer+wrote')).items[0]!;
    await show(page, `#/article/${page2.id}`);
    expect(await page.getByTestId('article-text').textContent()).toContain(
      `<img src=x onerror="window.__pwned='escaped'">`,
    );
    await assertNothingRan(page, watch, 'hostile HTML page');

    // Everywhere the hostile titles and outlets are listed.
    for (const hash of [
      '#/',
      '#/articles',
      `#/articles?outlet=${encodeURIComponent(article.outlet!)}`,
      '#/search?q=onerror',
      '#/search?q=script',
      '#/outlets',
      '#/claims',
      '#/conflicts',
      '#/timeline',
      '#/entities',
      '#/quotes',
    ]) {
      await show(page, hash);
      expect(await page.locator('.problem').count(), hash).toBe(0);
      if (['#/', '#/articles', '#/outlets', '#/search?q=onerror'].includes(hash))
        expect(await page.locator('main').textContent(), hash).toContain(
          `<img src=x onerror="window.__pwned='outlet'">`,
        );
      await assertNothingRan(page, watch, hash);
    }
    await page.close();
  });

  it('shows the dated statements of the coverage on the timeline while no events are stored', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-browser-noevents-'));
    const copy = path.join(dir, 'no-events.db');
    await store.sqlite.backup(copy);
    const bare = Store.open(copy);
    bare.sqlite.exec('DELETE FROM cluster_articles; DELETE FROM cluster_events;');
    const other = await startServer({ store: bare, port: 0 });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${other.url}#/`);
      await settled(page);
      expect(await page.locator('main h2').allTextContents()).toContain('Timeline');
      expect(await page.locator('main').textContent()).toContain('No events yet');
      const dates = await page.getByTestId('timeline').locator('time').allTextContents();
      expect(dates.length).toBeGreaterThan(3);
      // The coverage's own period (March 2026), not the history its sentences recall ("since 1974").
      expect(dates.every((d) => d >= '2026-03')).toBe(true);
    } finally {
      await page.close();
      await other.close();
      bare.close();
    }
  });

  it('renders every view, with the claims matrix in its three states and quote variants side by side', async () => {
    const { page, watch } = await newPage();
    const variants = await api<ListPage<VariantView>>('/api/quote-variants');
    const overview = await api<OverviewView>('/api/overview');
    const claim = overview.conflicts.items[0]!.claims[0]!;
    const outlets = overview.outlets.map((o) => o.name);
    const views = [
      '#/claims',
      '#/claims?status=contested',
      `#/claim/${claim}`,
      '#/conflicts',
      '#/quotes',
      `#/quotes/${variants.items[0]!.speaker}`,
      '#/entities?type=person',
      '#/articles',
      '#/outlets',
      `#/outlets/compare?a=${encodeURIComponent(outlets[0]!)}&b=${encodeURIComponent(outlets[1]!)}`,
      '#/events',
      '#/timeline',
      '#/search?q=dam',
    ];
    for (const hash of views) {
      await show(page, hash);
      expect(await page.locator('.problem').count(), hash).toBe(0);
      expect(await page.locator('main h1').count(), hash).toBeGreaterThan(0);
      await assertNothingRan(page, watch, hash);
    }
    await show(page, '#/claims');
    for (const state of ['states', 'differs', 'silent'])
      expect(await page.locator(`table.matrix td[data-state="${state}"]`).count(), state).toBeGreaterThan(0);
    // A "differs" cell links to the sentence giving the other value.
    await page.locator('table.matrix td[data-state="differs"] a').first().click();
    await page.locator('mark#focus').waitFor();
    await show(page, `#/quotes/${variants.items[0]!.speaker}`);
    const variant = page.getByTestId('variant').first();
    const wordings = await variant.locator('.side blockquote').allTextContents();
    expect(wordings).toEqual(variants.items[0]!.sides.map((s) => s.wording));
    // An unknown item is a message, not a blank page.
    await show(page, '#/article/0000000000000000');
    expect(await page.locator('.problem').textContent()).toContain('no article with id 0000000000000000');
    await page.close();
  });
});
