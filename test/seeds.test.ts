/**
 * The real corpus (../shared/corpus/seeds): every chrome line the foundation issue lists is removed,
 * every line of each article body is kept, and the outlet is found where the page names it.
 * The gold (which lines are chrome) lives here; the texts stay in ../shared.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article/types.ts';
import { analyseFile, read } from './helpers/run.ts';
import { sharedPath } from './helpers/shared.ts';

const seeds = sharedPath('corpus/seeds');

interface Gold {
  /** A line is chrome when it equals one of these or starts with one ending in "…". */
  chrome: string[];
  /** Lines that are chrome only from their second appearance on (repeated titles). */
  repeated: number;
  outlet?: string;
  titleStart: string;
}

const GOLD: Record<string, Gold> = {
  '000': {
    chrome: ['Τελευταία Νέα', 'Διεθνή', 'www.bankingnews.gr', 'Ρoή Ειδήσεων', 'Σχόλια αναγνωστών', 'Δείτε επίσης'],
    repeated: 1,
    outlet: 'bankingnews.gr',
    titleStart: 'Fierce clash between Trump and Zelensky',
  },
  '001': {
    chrome: ['- Get link', '- X', '- Other Apps', 'Comments', 'Post a Comment'],
    repeated: 0,
    titleStart: 'Why Zelensky Thinks Putin Gains',
  },
  '002': {
    chrome: [
      'Trump Initiates Plans for Putin-Zelensky Summit Amid High-Stakes White House Talks | World |…',
      'Related posts',
      'Trumps Shift:…',
      'Ukrainian Drone Attack Claims…',
      'McDonalds and Coca-Cola…',
      'This website uses cookies…',
    ],
    repeated: 1,
    outlet: 'london-news-net.preview-domain.com',
    titleStart: 'Trump Initiates Plans for Putin-Zelensky Summit',
  },
  '003': {
    chrome: ['Site icon Einenews.com…', 'Spread the love', 'SEE ALSO:…', 'Source link', 'Exit mobile version'],
    repeated: 1,
    outlet: 'Einenews.com',
    titleStart: 'Trump’s talks with Zelenskyy, European leaders',
  },
  '004': {
    chrome: ['0 Comments', 'Post a Comment', 'Post a Comment (0)', 'Previous Post Next Post'],
    repeated: 0,
    titleStart: 'Trump Drops Bombshell',
  },
};

function isChrome(line: string, gold: Gold): boolean {
  return gold.chrome.some((c) => (c.endsWith('…') ? line.startsWith(c.slice(0, -1)) : line === c));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!seeds)('seed corpus: clean', () => {
  const files = seeds
    ? readdirSync(seeds)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];
  const cases = files.map((file) => [file.slice(0, 3), file] as const);

  it('has a gold entry for every seed', () => {
    expect(cases.map(([id]) => id)).toEqual(Object.keys(GOLD));
  });

  describe.each(cases)('seed %s', (id, file) => {
    const gold = GOLD[id]!;
    const full = path.join(seeds!, file);
    const lines = read(full)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    let article: Article;

    it('analyses to one article', async () => {
      const articles = await analyseFile(full);
      expect(articles).toHaveLength(1);
      article = articles[0]!;
    });

    it('removes every chrome line, each with a reason', () => {
      const removed = article.annotations.removed ?? [];
      const chromeLines = lines.filter((l) => isChrome(l, gold));
      expect(chromeLines.length).toBeGreaterThan(0);
      for (const line of chromeLines) {
        const hit = removed.find((r) => r.text === line || line.startsWith(r.text));
        expect(hit, `"${line}" should be removed`).toBeDefined();
        expect(hit!.reason.length).toBeGreaterThan(0);
        expect(hit!.ruleId).toMatch(/^clean\//);
      }
      const paragraphs = (article.annotations.paragraphs ?? []).map((p) => article.text.slice(p.start, p.end));
      for (const line of chromeLines) expect(paragraphs).not.toContain(line);
    });

    it('keeps every line of the article body, headings included, and the title once', () => {
      const text = squash(article.text);
      const body = lines.filter((l) => !isChrome(l, gold));
      for (const line of body) expect(text, `body line kept: "${line.slice(0, 60)}…"`).toContain(squash(line));
      const titleCount = article.text.split(gold.titleStart).length - 1;
      expect(titleCount).toBe(1);
      const titleLines = lines.filter((l) => l.startsWith(gold.titleStart) && !isChrome(l, gold));
      expect(titleLines.length - 1).toBe(gold.repeated);
      expect(article.meta.title?.startsWith(gold.titleStart)).toBe(true);
      expect((article.annotations.removed ?? []).filter((r) => r.ruleId === 'clean/repeated-title')).toHaveLength(
        gold.repeated,
      );
    });

    it('finds the outlet where the page names it', () => {
      expect(article.meta.outlet).toBe(gold.outlet);
    });

    it('is English, and its Greek navigation lines are Greek', () => {
      expect(article.meta.language).toBe('en');
      for (const r of article.annotations.removed ?? []) {
        if (/\p{Script=Greek}{3}/u.test(r.text)) expect(r.language).toBe('el');
      }
    });
  });
});
