/** The clean stage on small hand-written pages: golden cases, and negative cases that must be kept. */
import { describe, expect, it } from 'vitest';
import { cleanText, splitPageTitle } from '../src/stages/clean/clean-text.ts';

const kept = (content: string) => {
  const cleaned = cleanText(content);
  return cleaned.paragraphs.map((p) => cleaned.text.slice(p.start, p.end));
};

describe('clean: golden cases', () => {
  it('removes a page of chrome around a short story, with a reason for each line', () => {
    const page = [
      'Skip to content',
      'Home | News | Sport | Weather',
      'Harbour Crane Collapses at Brennock Quay',
      'Harbour Crane Collapses at Brennock Quay',
      'By Ada Quill, Maritime Reporter',
      'Tuesday, March 3, 2026',
      '- Get link',
      '- X',
      'A crane collapsed at Brennock Quay on Monday night, injuring two workers.',
      'What went wrong',
      'Engineers said a cable had snapped. The port will stay closed until Friday.',
      'READ MORE: Port traffic hits record high',
      'Related articles',
      'Ferry fares to rise in April',
      'New lifeboat named after volunteer',
      'We use cookies to give you the best experience on our website. Accept',
      '3 Comments',
      'Leave a Reply',
      '© 2026 Brennock Evening Post Ltd. All rights reserved.',
    ].join('\n');
    const cleaned = cleanText(page);
    expect(kept(page)).toEqual([
      'Harbour Crane Collapses at Brennock Quay',
      'A crane collapsed at Brennock Quay on Monday night, injuring two workers.',
      'What went wrong',
      'Engineers said a cable had snapped. The port will stay closed until Friday.',
    ]);
    expect(cleaned.title).toBe('Harbour Crane Collapses at Brennock Quay');
    expect(cleaned.outlet).toBe('Brennock Evening Post');
    expect(cleaned.published).toBe('2026-03-03');
    expect(cleaned.byline).toBe('Ada Quill');
    const rules = Object.fromEntries(cleaned.removed.map((r) => [r.text, r.ruleId]));
    expect(rules).toMatchObject({
      'Skip to content': 'clean/site-furniture',
      'Home | News | Sport | Weather': 'clean/navigation',
      '- Get link': 'clean/share-bar',
      'READ MORE: Port traffic hits record high': 'clean/teaser',
      'Ferry fares to rise in April': 'clean/related',
      '3 Comments': 'clean/comments',
      'Leave a Reply': 'clean/comments',
    });
    expect(cleaned.paragraphs.map((p) => p.kind)).toEqual(['title', 'paragraph', 'heading', 'paragraph']);
  });

  it('cuts the site name off a page title when no plain copy follows', () => {
    const cleaned = cleanText(
      'Storm closes harbour | Local | coastpost.example\nThe harbour closed on Friday as the storm hit the coast.',
    );
    expect(cleaned.title).toBe('Storm closes harbour');
    expect(cleaned.outlet).toBe('coastpost.example');
    expect(cleaned.text.startsWith('Storm closes harbour\n\n')).toBe(true);
    expect(cleaned.removed).toEqual([
      expect.objectContaining({ text: '| Local | coastpost.example', ruleId: 'clean/page-title' }),
    ]);
    expect(splitPageTitle('Why the talks failed, and what comes next')).toBeUndefined();
  });

  it('joins a sentence wrapped across lines, but not a domain under a menu', () => {
    expect(kept('The minister said the plan was fair;\na view the unions did not share.')).toEqual([
      'The minister said the plan was fair; a view the unions did not share.',
    ]);
  });
});

describe('clean: negative cases (content that looks like chrome)', () => {
  const body = [
    'Talks End Without a Deal',
    'X, the platform formerly known as Twitter, said it would appeal the ruling.',
    'Comments from the minister drew criticism from both sides.',
    'Related talks are expected in Geneva next week, officials said.',
    'See also the report published last year, which found no fault with the board.',
    'The bakery sold cookies and accepted donations from the public all week.',
    'Published by the ministry on March 3, 2026, the report found no wrongdoing.',
    'Ο υπουργός δήλωσε ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα στη Γενεύη, σύμφωνα με δηλώσεις του.',
    'What happens next',
    'Both sides will meet again in May.',
  ];
  it('keeps every line', () => {
    expect(kept(body.join('\n'))).toEqual(body);
  });
});
