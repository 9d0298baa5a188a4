import { describe, expect, it } from 'vitest';
import { extractHtml } from '../src/read/html/extract.ts';
import { scoreCorpus, scorePage, shingles } from '../bench/extraction/metric.ts';

/** Three paragraphs long enough to be scored as an article. */
const BODY = [
  'The city council voted on Tuesday, after a long and heated debate, to approve the new budget for the coming year, which includes more money for schools.',
  'Supporters said the plan, drafted over six months, balances the needs of residents with the limits of a shrinking tax base &amp; rising costs.',
  'Opponents, including two members of the finance committee, argued that the spending on roads was too low and promised to revisit the issue in spring.',
] as const;

/** A news-like page: navigation, share bar, article with heading and caption, related list, footer. */
function page(head: string, extra = ''): string {
  return `<!doctype html><html lang="en-US"><head>${head}</head><body>
    <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
    <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
    <main><article class="article-body">
      <h1>Council approves budget</h1>
      <p class="byline">By Jane Doe</p>
      <figure><img src="a.jpg"><figcaption>Council members at the vote. Photo: City Hall</figcaption></figure>
      <p>${BODY[0]}</p>
      <div class="ad-slot">Advertisement</div>
      <h2>What   comes next</h2>
      <p>${BODY[1]}</p>
      <p>${BODY[2]}</p>
      ${extra}
    </article>
    <aside class="related-stories"><h3>Related</h3><ul><li><a href="/x">Another story about the council and its many votes</a></li></ul></aside>
    </main>
    <footer class="site-footer"><p>© 2024 Example News. All rights reserved. Contact us at the newsroom for corrections.</p></footer>
  </body></html>`;
}

describe('extractHtml: text', () => {
  const result = extractHtml(page('<title>Council approves budget | Example News</title>'));

  it('keeps paragraphs and headings, one block per line, separated by blank lines', () => {
    const blocks = result.text.split('\n\n');
    expect(blocks).toContain(BODY[0]);
    expect(blocks).toContain('What comes next');
    expect(blocks.indexOf('What comes next')).toBeLessThan(blocks.indexOf(BODY[2]));
    expect(result.text).not.toMatch(/\n{3,}/);
  });

  it('decodes entities and leaves no markup', () => {
    expect(result.text).toContain('tax base & rising costs');
    expect(result.text).not.toMatch(/<|&amp;/);
  });

  it('drops navigation, share bars, ads, captions, related lists and footers', () => {
    for (const junk of [
      'Home',
      'Share on Facebook',
      'Advertisement',
      'Photo: City Hall',
      'Another story',
      'All rights reserved',
      'By Jane Doe',
    ]) {
      expect(result.text).not.toContain(junk);
    }
    expect(result.extractor).toBe('custom');
  });

  it('keeps an embedded post quoted by the article', () => {
    const tweet =
      '<div class="social-embed"><blockquote class="twitter-tweet"><p>We will keep fighting for the schools budget, every single year.</p>— A Person (@someone) May 1, 2024</blockquote></div>';
    expect(extractHtml(page('', tweet)).text).toContain('We will keep fighting for the schools budget');
  });
});

describe('extractHtml: metadata', () => {
  it('reads <meta> tags and strips a site suffix from the title', () => {
    const r = extractHtml(
      page(`<title>Ignored</title>
        <meta property="og:title" content="Council approves budget | Example News">
        <meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2024-05-01T10:00:00Z">
        <meta name="author" content="By Jane Doe">
        <link rel="canonical" href="/news/budget">`),
      { url: 'https://example.com/news/budget?utm=x' },
    );
    expect(r.title).toBe('Council approves budget');
    expect(r.siteName).toBe('Example News');
    expect(r.published).toBe('2024-05-01T10:00:00Z');
    expect(r.byline).toBe('Jane Doe');
    expect(r.language).toBe('en');
    expect(r.url).toBe('https://example.com/news/budget');
  });

  it('reads JSON-LD when meta tags are missing', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example News' },
        {
          '@type': 'NewsArticle',
          headline: 'Budget passes',
          datePublished: '2024-05-02T08:30:00+02:00',
          author: [
            { '@type': 'Person', name: 'Jane Doe' },
            { '@type': 'Person', name: 'John Roe' },
          ],
          publisher: { '@type': 'Organization', name: 'Example Daily' },
          inLanguage: 'fr-FR',
        },
      ],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><p>${BODY[0]}</p></body></html>`;
    const r = extractHtml(html);
    expect(r.title).toBe('Budget passes');
    expect(r.published).toBe('2024-05-02T08:30:00+02:00');
    expect(r.byline).toBe('Jane Doe, John Roe');
    expect(r.siteName).toBe('Example Daily');
    expect(r.language).toBe('fr');
  });

  it('falls back to <title> and keeps a suffix that does not name the site', () => {
    const r = extractHtml('<html><head><title>Budget - what it means</title></head><body><p>x</p></body></html>');
    expect(r.title).toBe('Budget - what it means');
  });
});

describe('extractHtml: robustness', () => {
  it('never throws on malformed or empty input', () => {
    for (const bad of ['', '<<<>>>', '<html', '</p></div><p>', null as unknown as string, '\u0000\u0001']) {
      expect(() => extractHtml(bad)).not.toThrow();
    }
    expect(extractHtml('').text).toBe('');
  });

  it('reads bare fragments', () => {
    expect(extractHtml(`<p>${BODY[0]}</p>`).text).toBe(BODY[0]);
  });
});

describe('extraction metric', () => {
  it('counts 4-word shingles with multiplicity, a short text as one shingle', () => {
    expect([...shingles('a b c d e').entries()]).toEqual([
      ['a b c d', 1],
      ['b c d e', 1],
    ]);
    expect([...shingles('x x x x x').values()]).toEqual([2]);
    expect([...shingles('Só três').keys()]).toEqual(['Só três']);
    expect(shingles('  ,. ').size).toBe(0);
  });

  it('scores pages and averages them', () => {
    expect(scorePage('one two three four five', 'one two three four five')).toMatchObject({ precision: 1, recall: 1 });
    expect(scorePage('', '')).toMatchObject({ precision: 1, recall: 1 });
    expect(scorePage('', 'some gold text here')).toMatchObject({ precision: 0, recall: 0 });
    const half = scorePage('a b c d e f', 'a b c d x y');
    expect(half.precision).toBeCloseTo(1 / 3);
    expect(half.recall).toBeCloseTo(1 / 3);
    expect(half.tp + half.fp + half.fn).toBeCloseTo(1);
    const corpus = scoreCorpus([scorePage('a b c d', 'a b c d'), scorePage('a b c d', 'e f g h')]);
    expect(corpus).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5, pages: 2 });
  });
});
