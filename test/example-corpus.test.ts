/**
 * The example corpus (examples/corpus, described in its README.md) as the golden fixture of the
 * foundation: chrome removed, bodies kept, metadata found, and the planted features present.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/article/types.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { readInputs } from '../src/read/index.ts';
import { EXAMPLES } from './helpers/shared.ts';

const articles = new Map<string, Article>();

beforeAll(async () => {
  for await (const result of readInputs([EXAMPLES])) {
    if ('error' in result) throw result.error;
    const article = runPipeline(result.input, articleStages());
    const name = path.basename(result.input.path) + (result.input.record ? `:${result.input.record}` : '');
    articles.set(name, article);
  }
});

const get = (name: string): Article => {
  const article = articles.get(name);
  if (!article) throw new Error(`no article ${name}`);
  return article;
};
const paragraphs = (a: Article) => (a.annotations.paragraphs ?? []).map((p) => a.text.slice(p.start, p.end));
const removedTexts = (a: Article) => (a.annotations.removed ?? []).map((r) => r.text);

/** Per file: metadata expected, chrome lines that must be removed, first and last body sentences. */
const GOLD: Record<
  string,
  { outlet: string; published: string; title: string; chrome: string[]; first: string; last: string }
> = {
  'herald-dam-breach.txt': {
    outlet: 'The Caddenford Herald',
    published: '2026-03-11',
    title: "Harrowgate Dam breach floods Caddenford's lower town",
    chrome: [
      'The Caddenford Herald',
      'Home | News | Region | Business | Sport | Opinion',
      'www.caddenfordherald.test',
      '- Get link',
      '- Facebook',
      '- Other Apps',
      'Share this:',
      '- Email',
      'Related posts',
      'Council approves study of Lusk River flood barrier',
      'River Lusk reaches highest level since 1998',
      'Mill Street traders brace for a wet spring',
      '0 Comments',
      'Post a Comment',
      '© 2026 The Caddenford Herald. All rights reserved.',
      'By Alys Penhallow, Local Affairs Reporter',
      'Wednesday, March 11, 2026',
    ],
    first: 'A section of the Harrowgate Dam gave way late on Tuesday',
    last: 'A public meeting for affected residents will be held at the town hall on Thursday evening.',
  },
  'newsharbor-dam-breach.txt': {
    outlet: 'NewsHarbor Digest',
    published: '2026-03-11',
    title: "Harrowgate Dam breach floods Caddenford's lower town",
    chrome: [
      'Site icon NewsHarbor Digest: All the news, all in one place',
      'Spread the love',
      'Posted by admin | March 11, 2026 | Regional',
      'Source link',
      "The post Harrowgate Dam breach floods Caddenford's lower town appeared first on The Caddenford Herald.",
      'Previous Post Next Post',
      'Leave a comment',
      'Your email address will not be published. Required fields are marked *',
    ],
    first: 'A section of the Harrowgate Dam gave way late on Tuesday',
    last: 'A public meeting for affected residents will be held at the town hall on Thursday evening.',
  },
  'trendpulse-dam-collapse.txt': {
    outlet: 'TrendPulse Now',
    published: '2026-03-12',
    title: 'Caddenford Dam Collapse Leaves One Dead And Hundreds Of Homes Underwater',
    chrome: [
      'TrendPulse Now',
      'Trending | World | Money | Lifestyle | Viral',
      'March 12, 2026 by TrendPulse Staff',
      'This website uses cookies to ensure you get the best experience. Got it!',
      '- Pinterest',
      'SEE ALSO: 10 Things You Should Always Keep In Your Car During Flood Season',
      'Shocking Footage Shows River Bursting Its Banks',
      'Experts Reveal Why Dams Fail And What Happens Next',
      "You Won't Believe How Much Rain Fell In Just Four Days",
      'TrendPulse Now © 2026 | Privacy | Terms | Advertise',
    ],
    first: 'A portion of the Harrowgate Dam caved in during the night',
    last: "According to the water board, drinking water has not been affected, since the treatment works takes its water from the reservoir's upper end.",
  },
  'elfaro-evacuees.txt': {
    outlet: 'El Faro del Lusk',
    published: '2026-03-12',
    title: 'Evacuees fill school sports hall as Caddenford waits for the water to fall',
    chrome: [
      'El Faro del Lusk',
      'Inicio | Últimas noticias | Comunidad | Deportes | Opinión',
      'English edition',
      'www.elfaro-lusk.test/en',
      '12 de marzo de 2026',
      'This site uses cookies. Read our cookie policy. OK',
      'Compartir:',
      'Casa Lusk marks ten years on Chapel Lane',
      'Spanish classes return to Caddenford library',
      'Quay Road market moves indoors for winter',
      'El Faro del Lusk · Periódico comunitario · Caddenford',
    ],
    first: 'More than 300 people spent a second night on camp beds',
    last: 'The association said it did not need any more clothing for now.',
  },
  'herald-inquiry-opens.txt.gz': {
    outlet: 'The Caddenford Herald',
    published: '2026-04-01',
    title: "Dam inquiry opens with families' demand: 'Tell us the truth'",
    chrome: [
      'The Caddenford Herald',
      'Home | News | Region | Business | Sport | Opinion',
      'By Alys Penhallow in Port Elbery',
      'Published April 1, 2026',
      'SEE ALSO: Mill Street bakery reopens three weeks after the flood',
      "Harrowgate Dam breach floods Caddenford's lower town",
      'Families form committee to press for answers',
      'Lusk Bridge to reopen to traffic next week',
      '© 2026 The Caddenford Herald. All rights reserved.',
    ],
    first: 'The public inquiry into the collapse of the Harrowgate Dam opened in Port Elbery yesterday',
    last: 'Ms. Solvang is expected to give evidence when the hearings resume today.',
  },
  'observer-solvang-testimony.txt': {
    outlet: 'Westmarch Observer',
    published: '2026-04-02',
    title: "Water chief tells inquiry crack in dam was judged 'moderate'",
    chrome: [
      'Westmarch Observer',
      'westmarch-observer.test',
      'Home › Region › Caddenford dam inquiry',
      'We and our partners use cookies to personalise content and measure audiences. Manage preferences',
      'Thu 2 Apr 2026 07.30',
      '- WhatsApp',
      'Most viewed',
      'Port Elbery council votes to pedestrianise Dock Street',
      "Observer food guide: the valley's best bakeries",
      'Westmarch budget: what it means for you',
      'Comments are moderated and may take up to 24 hours to appear.',
      '© Westmarch Observer 2026',
    ],
    first: 'The head of the Lusk Valley Water Board told the Harrowgate Dam inquiry yesterday',
    last: 'Former Water Commissioner Piers Hallowell, who left the board last year, is due to testify today.',
  },
  'kestle-ferry.txt': {
    outlet: 'Kestle Island Gazette',
    published: '2026-03-20',
    title: 'Kestle Island ferry to add late sailing from May',
    chrome: [
      'Kestle Island Gazette',
      "Home | Island Life | Transport | What's On | Notices",
      'www.kestlegazette.test',
      'Cookies help us deliver our services. By using our services, you agree to our use of cookies. Learn more',
      'Harbour Street resurfacing finally complete',
      'Island school choir wins regional prize',
      'Brennock Quay car park charges to rise',
      '2 Comments',
      'Leave a comment',
    ],
    first: "Kestle Island's ferry operator will add a late-evening sailing",
    last: "Timetables for the summer season will be published on the company's website next week, and tickets for the late sailing go on sale on April 1.",
  },
  'wbn-dam-failure.html': {
    outlet: 'WBN News',
    published: '2026-03-11T15:20:00+00:00',
    title: 'Caddenford dam failure: 380 homes flooded, one dead',
    chrome: [
      'WBN uses cookies to give you the best experience.',
      'Watch live',
      'By Devika Marlowe, WBN Region correspondent',
      'Share on Facebook',
      'Water on Mill Street on Wednesday morning. Image: WBN',
      'More from Region',
      'Flood warnings issued along the Lusk',
      'Thoughts with everyone on Tanners Row.',
      'How long has that dam been left like this?',
      'Join the conversation',
      'About WBN',
      'Privacy policy',
    ],
    first: 'One person has died and hundreds have been forced from their homes',
    last: 'Drinking water supplies have not been affected, the water board said, because the treatment works draws water from the upper end of the reservoir.',
  },
  'courier-lower-town.html': {
    outlet: 'Lusk Valley Courier',
    published: '2026-03-12T22:10:00+00:00',
    title: '‘The water came in through the kitchen door’: Caddenford’s lower town counts its losses',
    chrome: [
      'This website uses cookies. By using the site you accept our cookie policy.',
      'Serving Caddenford, Pellworth and the Lusk Valley since 1888',
      'Flood 2026',
      'Email this article',
      'Tags: Flood, Caddenford, Harrowgate Dam',
      'Night of the flood: how the Harrowgate Dam gave way',
      'Pellworth Rovers through to county cup semi-final',
      'Dropping off blankets at Casa Lusk tomorrow',
      'Ask who cut the inspection budget.',
      'Log in to comment',
      '14 Market Place, Pellworth',
    ],
    first: 'By Thursday morning the Lusk had dropped back below the arches of the old stone bridge',
    last: '“The arguing can wait until tomorrow.”',
  },
  'ledger-province-funding.html': {
    outlet: 'The Port Elbery Ledger',
    published: '2026-03-13T06:00:00-04:00',
    title: 'Province commits $40 million to Caddenford as questions mount over dam inspections',
    chrome: [
      'We value your privacy.',
      'Subscribe from $1 a week',
      '214 shares',
      'Advertisement',
      'Have a news tip?',
      'Torvald visits Caddenford shelters',
      'Get the Ledger Morning Brief',
      'Forty million is a start.',
      'Good to see Hallowell speaking up at last.',
      'Standards and ethics',
    ],
    first: 'The provincial government will provide $40 million in emergency funding to Caddenford',
    last: "The dam's remaining spillway gates were holding on Friday morning, the water board said, and the reservoir was 2.3 metres below its level on Tuesday.",
  },
};

describe('example corpus', () => {
  it('reads every article: 14 articles, 11 outlets, all dated', () => {
    expect(articles.size).toBe(14);
    expect(new Set([...articles.values()].map((a) => a.meta.outlet)).size).toBe(11);
    for (const a of articles.values()) expect(a.meta.published, a.source.path).toBeTruthy();
  });

  describe.each(Object.entries(GOLD))('%s', (name, gold) => {
    it('finds outlet, title and date', () => {
      const a = get(name);
      expect(a.meta.outlet).toBe(gold.outlet);
      expect(a.meta.title).toBe(gold.title);
      expect(a.meta.published).toBe(gold.published);
      expect(a.meta.language).toBe('en');
    });

    it('removes the chrome', () => {
      const a = get(name);
      const kept = paragraphs(a);
      for (const line of gold.chrome) {
        expect(
          kept.some((p) => p.includes(line)),
          `chrome kept: "${line}"`,
        ).toBe(false);
      }
      if (name.endsWith('.txt') || name.endsWith('.gz')) {
        const removed = removedTexts(a);
        for (const line of gold.chrome) expect(removed, `not recorded as removed: "${line}"`).toContain(line);
      }
    });

    it('keeps the body from its first to its last sentence, with the title once', () => {
      const a = get(name);
      expect(paragraphs(a)[0]).toBe(gold.title);
      expect(a.text.split(gold.title).length - 1).toBe(1);
      const sentences = (a.annotations.sentences ?? []).map((s) => a.text.slice(s.start, s.end));
      // After the title: the first body sentence, or a standfirst and then it.
      const first = sentences.findIndex((s) => s.startsWith(gold.first));
      expect(
        first === 1 || (first === 2 && (a.annotations.paragraphs ?? []).length > 2),
        sentences.slice(0, 3).join(' / '),
      ).toBe(true);
      expect(sentences[sentences.length - 1]).toBe(gold.last);
    });
  });

  it('keeps the standfirst of the Ledger as article text', () => {
    expect(paragraphs(get('ledger-province-funding.html'))[1]).toBe(
      'Former water commissioner says he warned the board that cutting inspections was a risk',
    );
  });

  it('keeps the one-sentence paragraph of El Faro', () => {
    expect(paragraphs(get('elfaro-evacuees.txt'))).toContain(
      'The council said it would publish all flood notices in both languages from Friday.',
    );
  });

  it('reads the JSON Lines records, the HTML one without its <h1> twice', () => {
    expect(get('northgate-wire.jsonl:1').meta.title).toBe('Dam breach floods Westmarch river town, one dead');
    const third = get('northgate-wire.jsonl:3');
    expect(third.meta.published).toBe('2026-04-02T18:15:00Z');
    expect(paragraphs(third)[0]).toBe('Former dam chief tells inquiry he warned of inspection cuts');
    expect(third.text).toContain(
      'The inquiry resumes on Monday, when it will hear from the engineers who carried out the October inspection.',
    );
  });

  it('has a verbatim copy: same text, another outlet, another id', () => {
    const original = get('herald-dam-breach.txt');
    const copy = get('newsharbor-dam-breach.txt');
    expect(copy.text).toBe(original.text);
    expect(copy.id).not.toBe(original.id);
  });

  it('has the planted contradictions, variants and the paragraph in Spanish', () => {
    expect(get('herald-dam-breach.txt').text).toContain('flooded 412 homes');
    expect(get('wbn-dam-failure.html').text).toContain('380 homes were flooded');
    expect(get('herald-dam-breach.txt').text).toContain('Water Commissioner Ingrid Solvang');
    expect(get('elfaro-evacuees.txt').text).toContain('Water Commissioner Piers Hallowell');
    expect(get('courier-lower-town.html').text).toContain('Dariusz Velenco');
    expect(get('herald-dam-breach.txt').text).toContain('Dariusz Velenko');
    expect(get('herald-dam-breach.txt').text).toContain(
      '"We will rebuild the lower town, and no family will be left to face this alone,"',
    );
    expect(get('wbn-dam-failure.html').text).toContain('"We are going to rebuild the lower town, every street of it');
    const courier = get('courier-lower-town.html');
    const spanish = (courier.annotations.languages ?? []).filter((l) => l.language === 'es');
    expect(spanish).toHaveLength(1);
    expect(courier.text.slice(spanish[0]!.start, spanish[0]!.end)).toMatch(/^“Perdimos todo en veinte minutos\./);
    expect(courier.meta.language).toBe('en');
  });
});
