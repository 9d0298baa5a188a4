/**
 * Facts: sentences of independent articles that state one thing, matched into one claim.
 * - the matching itself (src/corpus/claims/facts.ts) on frames written here: what must match, what
 *   must not, one sentence per article, chance;
 * - the example corpus: every planted fact (examples/corpus/README.md, "Planted facts") is an
 *   established fact claim with evidence in each outlet that states it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FACT_DEFAULTS,
  anchorWeights,
  attributedWording,
  chanceOf,
  matchFacts,
  namedWording,
  observeFacts,
  opensWithPronoun,
  pairFeatures,
  pairProbability,
  wordingOf,
  type FactFrame,
} from '../src/corpus/claims/facts.ts';
import { CROSS_CHECK_DEFAULTS, claimArticles, crossCheck, type ClaimArticle } from '../src/corpus/claims/index.ts';
import { resolveAliases } from '../src/corpus/aliases/index.ts';
import { ownWordsOf, sharesOwnWords } from '../src/corpus/claims/statements.ts';
import { ClaimResolver, contributions, type ClaimEnvironment } from '../src/corpus/claims/incremental.ts';
import { claimResultsOf } from '../src/corpus/claims/views.ts';
import { memoryItems, type ItemStore } from '../src/corpus/items.ts';
import type { ExportV1 } from '../src/export/json.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { quantities } from '../src/stages/quantities/index.ts';
import { cli, read, textInput } from './helpers/run.ts';
import { EXAMPLES } from './helpers/shared.ts';

/** A frame from a list of anchors ("e:" entities; "verb:subject" events). */
function frame(article: string, start: number, anchors: string[], events: string[] = [], negated = false): FactFrame {
  return {
    article,
    start,
    end: start + 10,
    anchors,
    events: events.map((e) => {
      const at = e.indexOf(':');
      return { predicate: e.slice(0, at), subject: e.slice(at + 1) };
    }),
    negated,
    words: 12,
  };
}

/** A story's background: sentences of each article that share nothing in particular. */
function background(article: string, count: number): FactFrame[] {
  return Array.from({ length: count }, (_, i) =>
    frame(article, 1000 + i * 20, [`e:x`, `w${article}${i}`, `v${i % 7}`]),
  );
}

describe('facts: matching sentences across articles', () => {
  it('joins two sentences of different articles that share the rare words of one event', () => {
    const a = frame('A', 0, ['e:wexley', 'e:solvang', 'meet', 'reservoir', 'releas'], ['meet:e:wexley']);
    const b = frame('B', 0, ['e:wexley', 'e:solvang', 'meet', 'reservoir', 'releas', 'monday'], ['meet:e:wexley']);
    const groups = matchFacts([a, b, ...background('A', 20), ...background('B', 20)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.frames).toEqual([a, b]);
  });

  it('weighs what happens: a shared predicate of one subject counts, of two subjects or negated in one only it counts less', () => {
    const story = (b: FactFrame) => {
      const frames = [a, b, ...background('A', 20), ...background('B', 20)];
      const weight = anchorWeights(frames);
      return pairProbability(
        FACT_DEFAULTS.pairs,
        pairFeatures(a, b, weight, FACT_DEFAULTS, undefined, undefined, chanceOf(frames))!,
      );
    };
    // The sentences' words too, as the stage gives them: the model reads how alike they are in meaning.
    const worded = (f: FactFrame, text: string): FactFrame => ({ ...f, text });
    const a = worded(
      frame('A', 0, ['e:trump', 'e:putin', 'pressur', 'ceasefir', 'leader'], ['pressur:e:trump']),
      'Trump will pressure Putin to accept a ceasefire, the leaders were told.',
    );
    const same = story(
      worded(
        frame('B', 0, ['e:trump', 'e:putin', 'pressur', 'ceasefir', 'agre'], ['pressur:e:trump']),
        'Trump said he would pressure Putin to agree to a ceasefire.',
      ),
    );
    const other = story(
      worded(
        frame('B', 0, ['e:trump', 'e:putin', 'pressur', 'ceasefir', 'agre'], ['pressur:e:europe']),
        'Europeans urged Trump to pressure Putin to agree to a ceasefire.',
      ),
    );
    const negated = story(
      worded(
        frame('B', 0, ['e:trump', 'e:putin', 'pressur', 'ceasefir', 'agre'], ['pressur:e:trump'], true),
        'Trump said he would not pressure Putin to agree to a ceasefire.',
      ),
    );
    expect(same).toBeGreaterThan(other);
    expect(same).toBeGreaterThan(negated);
    expect(same).toBeGreaterThanOrEqual(FACT_DEFAULTS.pairs.threshold);
  });

  it('counts runs of words both sentences quote', () => {
    const words = 'the only country in the world where a baby is a citizen';
    const a = { ...frame('A', 0, ['e:trump', 'countri', 'citizen', 'babi']), text: words };
    const b = { ...frame('B', 0, ['e:trump', 'countri', 'citizen', 'born']), text: `he said it was ${words}` };
    const c = {
      ...frame('B', 0, ['e:trump', 'countri', 'citizen', 'born']),
      text: 'a nation that grants citizenship at birth',
    };
    const frames = [a, b, ...background('A', 20), ...background('B', 20)];
    const weight = anchorWeights(frames);
    const p = (x: FactFrame) => pairProbability(FACT_DEFAULTS.pairs, pairFeatures(a, x, weight)!);
    expect(p(b)).toBeGreaterThan(p(c));
  });

  it('does not join sentences that share only an entity, or only common words, or are of one article', () => {
    const a = frame('A', 0, ['e:wexley', 'school', 'visit']);
    const b = frame('B', 0, ['e:wexley', 'council', 'fund']);
    const c = frame('A', 40, ['e:wexley', 'school', 'visit', 'hall']);
    expect(matchFacts([a, b, c, ...background('A', 20), ...background('B', 20)])).toEqual([]);
  });

  it('joins two sentences of one article into a fact only when each is alike with the other articles', () => {
    const a = frame('A', 0, ['e:pascoe', 'rescu', '#163 count', 'boat', 'rowing'], ['rescu:e:pascoe']);
    const b1 = frame('B', 0, ['e:pascoe', 'rescu', '#163 count', 'boat', 'rowing', 'window'], ['rescu:e:pascoe']);
    const b2 = frame('B', 40, ['e:pascoe', 'rescu', '#163 count', 'boat', 'night'], ['rescu:e:pascoe']);
    const b3 = frame('B', 80, ['e:pascoe', 'window', 'night', 'council', 'budget']);
    const [group, ...rest] = matchFacts([a, b1, b2, b3, ...background('A', 20), ...background('B', 20)]);
    expect(rest).toEqual([]);
    expect(group!.frames).toEqual([a, b1, b2]);
  });

  it('asks more of each pair in a longer story, where more pairs share a rare word by chance', () => {
    const a = frame('A', 0, ['e:x', 'swap', 'land', 'border'], ['swap:e:x']);
    const b = frame('B', 0, ['e:x', 'swap', 'land', 'territori'], ['swap:e:x']);
    // Chance grows with the log of the pairs compared; the same shared words weigh as much in both
    // stories when they are as common in each.
    const shortStory = [a, b, ...background('A', 5), ...background('B', 5)];
    const longStory = [a, b, ...background('A', 400), ...background('B', 400)];
    expect(chanceOf(longStory) - chanceOf(shortStory)).toBeCloseTo(Math.log((401 * 401) / (6 * 6)), 5);
    const common = (frames: FactFrame[]) =>
      frames.map((f, i) => (i > 1 && i % 3 === 0 ? { ...f, anchors: [...f.anchors, 'swap', 'land'] } : f));
    const p = (frames: FactFrame[]) =>
      pairProbability(
        FACT_DEFAULTS.pairs,
        pairFeatures(a, b, anchorWeights(frames), FACT_DEFAULTS, undefined, undefined, chanceOf(frames))!,
      );
    expect(p(common(longStory))).toBeLessThan(p(common(shortStory)));
  });

  it('leaves out sentences too short to state a fact of their own', () => {
    const a = { ...frame('A', 0, ['e:x', 'everyth', 'guarante']), words: 1 };
    const b = { ...frame('B', 0, ['e:x', 'everyth', 'guarante']), words: 1 };
    expect(matchFacts([a, b])).toEqual([]);
  });
});

/**
 * The planted facts of the example corpus (examples/corpus/README.md): each told by independent outlets
 * in their own words, with a phrase of the sentence each outlet states it in.
 */
const PLANTED: { fact: string; evidence: Record<string, string> }[] = [
  {
    fact: 'The province sent 60 soldiers and two pumping units',
    evidence: {
      'The Caddenford Herald': 'the province had sent 60 soldiers and two pumping units',
      'WBN News': '60 soldiers and two high-capacity pumps had been sent to Caddenford',
      'Northgate Wire': '60 soldiers had been deployed to Caddenford',
    },
  },
  {
    fact: 'Fire crews carried out 163 rescues with boats of a rowing club',
    evidence: {
      'The Caddenford Herald': 'her crews had carried out 163 rescues',
      'WBN News': 'Fire crews carried out 163 rescues overnight',
      'Northgate Wire': 'Rescue crews in boats took 163 people',
    },
  },
  {
    fact: 'The water board released water from the reservoir on Monday',
    evidence: {
      'The Caddenford Herald': 'the board had lowered the reservoir by releasing water on Monday',
      'WBN News': 'water had been released from the reservoir on Monday',
      'Northgate Wire': 'the board had released water from the reservoir on Monday',
    },
  },
  {
    fact: 'The water should clear by Friday; residents must wait for checks',
    evidence: {
      'The Caddenford Herald': 'the water was expected to drain from most streets by Friday',
      'WBN News': 'floodwater should clear from most streets by Friday',
    },
  },
  {
    fact: 'The inquiry has a budget of $2.5 million and reports by September 30',
    evidence: {
      'Northgate Wire': 'has a budget of $2.5 million and must report by September 30',
      'The Caddenford Herald': 'It has a budget of $2.5 million and is due to deliver its final report',
    },
  },
  {
    fact: 'The sirens sounded more than half an hour after the dam failed',
    evidence: {
      'Northgate Wire': 'flood sirens had sounded more than half an hour after the dam failed',
      'The Caddenford Herald': 'more than half an hour after the spillway failed',
    },
  },
  {
    fact: 'Police closed the Lusk Bridge and the lower part of Quay Road',
    evidence: {
      'The Caddenford Herald': 'Police closed the Lusk Bridge and the lower half of Quay Road',
      'El Faro del Lusk': 'Officers kept the Lusk Bridge shut to traffic',
    },
  },
  {
    fact: "The inquiry's hearings are broadcast live on the province's website",
    evidence: {
      'The Caddenford Herald': 'Every hearing is being broadcast live',
      'Westmarch Observer': "The inquiry's sessions are streamed live on the province's website",
    },
  },
];

describe('facts: the planted facts of the example corpus', () => {
  let data: ExportV1;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-facts-'));
    const out = path.join(dir, 'example.json');
    const db = path.join(dir, 'example.db');
    const run = await cli('analyze', EXAMPLES, '--db', db, '--json', out, '--quiet');
    expect(run.code).toBe(0);
    data = JSON.parse(read(out)) as ExportV1;
  });

  it.each(PLANTED)('$fact: one established fact, with evidence in every outlet that states it', ({ evidence }) => {
    const articles = new Map(data.articles.map((a) => [a.id, a]));
    const holds = (claim: ExportV1['claims'][number], outlet: string, phrase: string) =>
      claim.evidence.some((e) => {
        const a = articles.get(e.article)!;
        return a.outlet === outlet && a.text.slice(e.start, e.end).includes(phrase);
      });
    const found = data.claims.filter(
      (c) => c.kind === 'fact' && Object.entries(evidence).every(([outlet, phrase]) => holds(c, outlet, phrase)),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe('corroborated');
    expect(found[0]!.established).toBe(true);
  });

  it('lists no role and no fragment as established, and every fact with at least two articles', () => {
    for (const c of data.claims) {
      if (c.kind === 'role') expect(c.established).toBe(false);
      if (c.kind === 'fact') expect(new Set(c.evidence.map((e) => e.article)).size).toBeGreaterThanOrEqual(2);
      if (c.kind === 'statement') expect(c.statement.split(/\s+/u).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('lists each thing once: no statement whose quotes all lie in the sentences of one fact', () => {
    const facts = data.claims.filter((c) => c.kind === 'fact');
    const statements = data.claims.filter((c) => c.kind === 'statement');
    expect(statements.length).toBeGreaterThan(0);
    const within = (s: (typeof statements)[number], f: (typeof facts)[number]) =>
      s.evidence.every((e) => f.evidence.some((g) => g.article === e.article && g.start < e.end && e.start < g.end));
    const twice = statements.filter((s) => facts.some((f) => within(s, f)));
    expect(twice.map((s) => s.statement)).toEqual([]);
    // The Mayor's words, worded two ways by four outlets (a variant), are listed once, with both wordings.
    const articles = new Map(data.articles.map((a) => [a.id, a]));
    const words = (e: { article: string; start: number; end: number }) =>
      articles.get(e.article)!.text.slice(e.start, e.end);
    const told = [...facts, ...statements].filter((c) =>
      c.evidence.some((e) => words(e).includes('rebuild the lower town')),
    );
    expect(told).toHaveLength(1);
    expect(told[0]!.status).toBe('corroborated');
    expect(told[0]!.evidence.some((e) => words(e).includes('We will rebuild the lower town'))).toBe(true);
    expect(told[0]!.evidence.some((e) => words(e).includes('We are going to rebuild the lower town'))).toBe(true);
  });
});

describe('facts: sentences that state no fact of their own', () => {
  /** The sentences of a made-up article that may be part of a fact (those with a frame). */
  const framed = (text: string) => {
    const [a] = claimArticles([runPipeline(textInput(text, { outlet: 'Alpha Times' }), articleStages())]);
    return (contributions(a!, (q) => `${q.start}`).frames ?? []).map((f) => a!.text.slice(f.ev.start, f.ev.end));
  };

  it('takes a short quote in its frame for a fragment, and a longer quote or more words around it for a sentence', () => {
    const sentences = framed(
      [
        'Mayor Ida Brenholt opened the new flood barrier on the Lusk River on Monday.',
        '“She is calm,” Tom Arkwell said of Ida Brenholt.',
        '“The barrier will hold back the spring floods,” Tom Arkwell said of the new wall.',
        '“She is calm,” Tom Arkwell said after the mayor inspected the flooded cellars of the mill.',
      ].join(' '),
    );
    expect(sentences.some((s) => s.startsWith('“She is calm,” Tom Arkwell said of'))).toBe(false);
    expect(sentences.some((s) => s.startsWith('“The barrier will hold'))).toBe(true);
    expect(sentences.some((s) => s.includes('after the mayor inspected'))).toBe(true);
  });

  it('takes a sentence that only says who someone is or was for a role, and one that says what happened for a fact', () => {
    const sentences = framed(
      [
        'Mayor Ida Brenholt named Tom Arkwell to lead the flood inquiry on Monday.',
        'He also was a special assistant district attorney in the Office of the Lusk County District Attorney.',
        'Tom Arkwell, 43, is a former chief of staff and former legal counsel to Ida Brenholt.',
        'He served as an adviser to the mayor before the council fired him over the levy.',
        'Tom Arkwell was not the only adviser to warn the council about the old dam.',
      ].join(' '),
    );
    expect(sentences.some((s) => s.includes('special assistant district attorney'))).toBe(false);
    expect(sentences.some((s) => s.includes('is a former chief of staff'))).toBe(false);
    expect(sentences.some((s) => s.startsWith('Mayor Ida Brenholt named'))).toBe(true);
    expect(sentences.some((s) => s.includes('before the council fired him'))).toBe(true);
    expect(sentences.some((s) => s.includes('not the only adviser'))).toBe(true);
  });
});

describe('facts: the sentence that words a fact', () => {
  it.each([
    [['He then grabs the man’s wrist.', 'In the next shot, Etheridge grabs the reporter’s wrist.'], 1],
    [
      [
        '“If somebody tells you how, you don’t have discretion,” he said.',
        '“If somebody tells you how,” Justice Scalia said.',
      ],
      1,
    ],
    [['“Is it true?” she asked.', '"Is it true?" Chief Justice Roberts asked.'], 1],
    [
      [
        'The campaign will respond to the subpoenas accordingly.”',
        'The U.S. Attorney’s office has subpoenaed documents.',
      ],
      1,
    ],
    [['"We can confirm that the campaign received subpoenas.', 'Prosecutors subpoenaed the campaign.'], 1],
    [["He's the one who resigned.", 'Herbert Lane resigned on Monday.'], 1],
  ])('takes the first that names what it is about: %j', (texts, expected) => {
    expect(wordingOf(texts)).toBe(expected);
  });

  it('takes the outlet’s own words before someone’s quoted words', () => {
    const texts = ['“The bridge will stay shut,” Mayor Wexley said.', 'Police closed the Lusk Bridge on Monday.'];
    expect(wordingOf(texts, [true, false])).toBe(1);
    expect(wordingOf(texts, [true, true])).toBe(0);
    expect(wordingOf(texts)).toBe(0);
  });

  it.each([
    [['The New York Times reported the charges “will include mail fraud.”', 'He was charged.']],
    [['“We are disappointed,” said William McGinley, his lawyer.', 'He said they were disappointed.']],
    [['Herbert Lane resigned on Monday.', 'He resigned on Monday.']],
    [['He resigned.', 'She resigned.']],
  ])('keeps the first when it names what it is about, or when none does: %j', (texts) => {
    expect(wordingOf(texts)).toBe(0);
  });

  it('when none names it, takes one whose opening pronoun stands for a known person, in the outlet’s words first', () => {
    const texts = ['“The wall will hold,” he said.', 'He said the wall would hold.', 'She agreed.'];
    expect(wordingOf(texts, [true, false, false], [true, true, false])).toBe(1);
    expect(wordingOf(texts, [true, false, false], [true, false, false])).toBe(0);
    expect(wordingOf(texts, [true, false, false], [false, false, true])).toBe(2);
    expect(wordingOf(texts, [true, false, false], [])).toBe(0);
  });
});

describe('facts: a sentence worded with the name its pronoun stands for', () => {
  it.each([
    ['He pointed to at least 412 flooded homes.', '[Ana Ruiz] pointed to at least 412 flooded homes.'],
    ['She said the wall would hold.', '[Ana Ruiz] said the wall would hold.'],
    ['“The wall will hold,” he said.', '“The wall will hold,” [Ana Ruiz] said.'],
    ['"The wall will hold," she told reporters.', '"The wall will hold," [Ana Ruiz] told reporters.'],
    ['  He resigned.', '  [Ana Ruiz] resigned.'],
  ])('%s', (text, expected) => {
    expect(opensWithPronoun(text)).toBe(true);
    expect(namedWording(text, 'Ana Ruiz')).toBe(expected);
  });

  it.each([
    ['They said the wall would hold.'],
    ['Here the wall held.'],
    ['Shelters were opened; he said so.'],
    ['The mayor said he would stay.'],
    ['“He will stay,” the mayor said.'],
  ])('leaves a sentence that opens with no pronoun of a person: %s', (text) => {
    expect(opensWithPronoun(text)).toBe(false);
    expect(namedWording(text, 'Ana Ruiz')).toBe(text);
  });

  it.each([
    ['No matter what happens, the wall will hold.', 'Ana Ruiz: “No matter what happens, the wall will hold.”'],
    ['“The wall will hold.', 'Ana Ruiz: “The wall will hold.”'],
    ['and the wall will hold.”  ', 'Ana Ruiz: “and the wall will hold.”'],
  ])('words a sentence of someone’s quoted words with whose they are: %s', (text, expected) => {
    expect(attributedWording(text, 'Ana Ruiz')).toBe(expected);
  });

  it.each([['“The wall will hold,” Ruiz said.'], ['The wall will hold, said Ana Ruiz.']])(
    'leaves a sentence that names whose words they are: %s',
    (text) => {
      expect(attributedWording(text, 'Ana Ruiz')).toBe(text);
      expect(attributedWording(text, 'Ana Ruizova')).not.toBe(text);
    },
  );

  it('names the speaker when the sentence names them only past what a shortened statement shows', () => {
    const text = '“The wall will hold through the spring and the summer after it,” Ruiz said.';
    expect(attributedWording(text, 'Ana Ruiz', 40)).toBe(
      'Ana Ruiz: “The wall will hold through the spring and the summer after it,” Ruiz said.”',
    );
    expect(attributedWording(text, 'Ana Ruiz')).toBe(text);
  });

  it('leaves the sentence when the name is not known', () => {
    expect(namedWording('He resigned.', undefined)).toBe('He resigned.');
  });
});

describe('facts: an event is matched again only when what it reads changed', () => {
  it('keeps an event’s facts without matching when its articles are filed again unchanged', () => {
    // Each article tells the reopening among sentences of its own, so that the reopening's words are rare.
    const texts: [string, string][] = [
      [
        'Alpha Times',
        'Crews worked through the night on the flooded cellars of the old mill. The northern bridge over the Lusk River will reopen to traffic next Monday morning. A school choir sang for the volunteers at the town hall.',
      ],
      [
        'Beta News',
        'The mayor thanked farmers who lent their tractors to the rescue. The northern bridge over the Lusk River will reopen to traffic next Monday morning, engineers said. Insurers opened an office in the library basement.',
      ],
      [
        'Gamma Post',
        'A bakery handed out free bread to families at the shelter. Engineers said on Friday the northern bridge over the Lusk River reopens to traffic next Monday morning. The football match of the weekend was called off.',
      ],
    ];
    const articles = claimArticles(
      texts.map(([outlet, text]) => runPipeline(textInput(text, { outlet }), [...articleStages(), quantities()])),
    );
    const env: ClaimEnvironment = {
      entityOf: () => undefined,
      entityName: () => undefined,
      storyOf: () => undefined,
      eventOf: () => 'ev_1',
      groupSource: () => undefined,
      statement: () => undefined,
    };
    const items = memoryItems();
    const resolver = new ClaimResolver(items, env, CROSS_CHECK_DEFAULTS);
    let matched = 0;
    observeFacts(() => matched++);
    try {
      for (const a of articles.slice(0, 2))
        resolver.setArticle(
          a.id,
          contributions(a, (q) => `${q.start}`),
        );
      resolver.resolve();
      expect(matched).toBe(1);
      const facts = () => claimResultsOf(items).claims.filter((c) => c.kind === 'fact');
      expect(facts()).toHaveLength(1);
      // Filed again as they were (their event or source group looked at again): no matching.
      resolver.setArticle(articles[0]!.id, undefined, true);
      resolver.resolve();
      expect(matched).toBe(1);
      expect(facts()).toHaveLength(1);
      // A third article of the event: matched again, and it joins the fact.
      resolver.setArticle(
        articles[2]!.id,
        contributions(articles[2]!, (q) => `${q.start}`),
      );
      resolver.resolve();
      expect(matched).toBe(2);
      expect(new Set(facts()[0]!.evidence.map((e) => e.article)).size).toBe(3);
    } finally {
      observeFacts(undefined);
    }
  });
});

/**
 * A large event: `FACT_DEFAULTS.maxArticles` reports of one day, the first three telling one fact (in the
 * wordings given, after `lead`), each beside a sentence of its own so that the fact's words are rare in the
 * event, the others telling only their own; `report(day)` is one more report that tells it.
 */
function largeEvent(wordings: readonly string[], lead = '') {
  const article = (i: number, published: string, tells: boolean) =>
    runPipeline(
      textInput(
        `Volunteer number ${i} cleared mud from cellar ${i} of the old mill. ${tells ? `${lead}${wordings[i % wordings.length]}` : ''}`,
        { outlet: `Outlet ${String(i).padStart(3, '0')}`, published },
      ),
      [...articleStages(), quantities()],
    );
  const n = FACT_DEFAULTS.maxArticles;
  let more = n;
  return {
    first: claimArticles(Array.from({ length: n }, (_, i) => article(i, '2024-03-05', i < 3))),
    report: (published: string) => claimArticles([article(more++, published, true)])[0]!,
  };
}

/** The resolver takes in the articles' contributions (and is left to resolve them). */
function takeIn(resolver: ClaimResolver, articles: readonly ClaimArticle[]): void {
  for (const a of articles)
    resolver.setArticle(
      a.id,
      contributions(a, (q) => `${q.start}`),
    );
}

/** An environment of one event and no story, sources or statements; the entities as given. */
const oneEvent = (entityOf: ClaimEnvironment['entityOf'] = () => undefined, name?: () => string): ClaimEnvironment => ({
  entityOf,
  entityName: () => name?.(),
  storyOf: () => undefined,
  eventOf: () => 'ev_1',
  groupSource: () => undefined,
  statement: () => undefined,
});

describe('facts: a large event is matched again only when its first reports change', () => {
  it('leaves its facts alone when an article lands after its first reports, and not when one lands among them', () => {
    const { first, report } = largeEvent([
      'The northern bridge over the Lusk River will reopen to traffic next Monday morning.',
      'Engineers said the northern bridge over the Lusk River reopens to traffic next Monday morning.',
      'Traffic returns to the northern bridge over the Lusk River next Monday morning, engineers said.',
    ]);
    const later = report('2024-03-09');
    const earlier = report('2024-03-01');
    const env = oneEvent();
    const take = (resolver: ClaimResolver, list: readonly ClaimArticle[]) => {
      takeIn(resolver, list);
      resolver.resolve();
    };
    const items = memoryItems();
    // The articles' items read: an event worked out again reads those of its first reports.
    let read = 0;
    const counted = {
      ...items,
      get: <T>(key: string) => (key.startsWith('a:') && read++, items.get<T>(key)),
      getMany: <T>(keys: readonly string[]) => (
        (read += keys.filter((k) => k.startsWith('a:')).length),
        items.getMany<T>(keys)
      ),
    };
    const resolver = new ClaimResolver(counted, env, CROSS_CHECK_DEFAULTS);
    const facts = (from: ItemStore = items) => claimResultsOf(from).claims.filter((c) => c.kind === 'fact');
    let matched = 0;
    observeFacts(() => matched++);
    try {
      take(resolver, first);
      expect(matched).toBe(1);
      const before = facts();
      expect(before).toHaveLength(1);
      expect(before[0]!.sources).toHaveLength(3);
      // Dated after the event's first reports: nothing of them changed, and none of them is read.
      read = 0;
      take(resolver, [later]);
      expect(read).toBeLessThan(3);
      expect(matched).toBe(1);
      expect(facts()).toEqual(before);
      // Dated before them: it is one of the first reports now, and the event is matched again.
      take(resolver, [earlier]);
      expect(matched).toBe(2);
      expect(facts()[0]!.evidence.some((e) => e.article === earlier.id)).toBe(true);
      // Taken out again: the first reports change back.
      resolver.setArticle(earlier.id, undefined);
      resolver.resolve();
      expect(matched).toBe(3);
      expect(facts()).toEqual(before);
      // The same as all of them taken in at once.
      const all = memoryItems();
      take(new ClaimResolver(all, env, CROSS_CHECK_DEFAULTS), [...first, later]);
      expect(facts(all)).toEqual(before);
    } finally {
      observeFacts(undefined);
    }
  });

  it('is matched again when an entity is renamed, though an article after its first reports came in too', () => {
    const { first, report } = largeEvent(
      [
        'She said the northern bridge over the Lusk River will reopen to traffic next Monday morning.',
        'She said the northern bridge over the Lusk River reopens to traffic next Monday morning.',
        'She said traffic returns to the northern bridge over the Lusk River next Monday morning.',
      ],
      'Ana Ruiz, the city engineer, spoke on Tuesday. ',
    );
    const later = report('2024-03-09');
    let name = 'Ana Ruiz';
    const env = oneEvent(
      (_article, cluster) => (cluster === undefined ? undefined : { id: 'p1', name, type: 'person' }),
      () => name,
    );
    // The reopening, worded with the name its "She" stands for.
    const facts = (items: ItemStore) =>
      claimResultsOf(items)
        .claims.filter((c) => c.kind === 'fact' && c.statement.includes('bridge'))
        .map((c) => c.statement);
    const items = memoryItems();
    const before = new ClaimResolver(items, env, CROSS_CHECK_DEFAULTS);
    takeIn(before, first);
    before.resolve();
    expect(facts(items)).toEqual([expect.stringContaining('[Ana Ruiz]')]);
    // Renamed, and an article dated after the first reports, in one change.
    name = 'Ana María Ruiz';
    const after = new ClaimResolver(items, env, CROSS_CHECK_DEFAULTS);
    takeIn(after, [later]);
    after.touchEntity('p1');
    after.resolve();
    const all = memoryItems();
    const once = new ClaimResolver(all, env, CROSS_CHECK_DEFAULTS);
    takeIn(once, [...first, later]);
    once.resolve();
    expect(facts(items)).toEqual(facts(all));
    expect(facts(items)).toEqual([expect.stringContaining('[Ana María Ruiz]')]);
  });
});

describe('facts: a fact that tells more than the quote it holds', () => {
  /** Two sentences of one fact, each with the offsets of its article's quotes. */
  const piece = (article: string, text: string) => {
    const quotes = [...text.matchAll(/[“"][^”"]*[”"]/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const own = ownWordsOf(text, 0, quotes);
    return { article, text, ...(own ? { own } : {}) };
  };

  it('sees words an outlet states in its own voice that the other sentence shares', () => {
    expect(
      sharesOwnWords([
        piece('a', 'She pointed to at least 412 homes flooded along the river, which “must be rebuilt first.”'),
        piece('b', '“At least 412 homes flooded along the river must be rebuilt first,” she said.'),
      ]),
    ).toBe(true);
  });

  it.each([
    [
      'only the quote and who said it',
      '“The barrier will hold back the spring floods,” said Tom Arkwell, an engineer for the city.',
      '“The barrier will hold back the spring floods,” Arkwell said.',
    ],
    [
      'names and verbs of saying around the quote',
      'Tom Arkwell told Mayor Ida Brenholt: “The barrier will hold back the spring floods.”',
      '“The barrier will hold back the spring floods,” Arkwell told Brenholt.',
    ],
    [
      'the speaker’s title around the quote',
      '“The barrier will hold back the spring floods,” the water commissioner said.',
      '“The barrier will hold back the spring floods,” Water Commissioner Ingrid Solvang told reporters.',
    ],
    [
      'one own word in common',
      '“The barrier will hold,” Arkwell said in an interview on Monday.',
      '“The barrier will hold,” Arkwell said, in an interview with the Herald.',
    ],
  ])('and none in: %s', (_what, a, b) => {
    expect(sharesOwnWords([piece('a', a), piece('b', b)])).toBe(false);
  });

  it('never counts words of one article twice', () => {
    expect(
      sharesOwnWords([
        piece('a', 'She pointed to at least 412 homes flooded along the river, which “must be rebuilt first.”'),
        piece('a', 'At least 412 homes flooded along the river, she said.'),
      ]),
    ).toBe(false);
  });
});

describe('facts: a sentence outlets print word for word', () => {
  const article = (outlet: string, text: string) => runPipeline(textInput(text, { outlet }), articleStages());
  const factsOf = (articles: ReturnType<typeof article>[]) =>
    crossCheck({
      articles: claimArticles(articles),
      entities: resolveAliases(
        articles.map((a) => ({ article: a.id, entities: a.annotations.entities! })),
        [],
      ),
    }).claims.filter((c) => c.kind === 'fact');

  it('counts once, as a wire both carry; the same fact in other words counts twice', () => {
    const wire = 'The Harbour Council will vote on the new flood barrier before the end of the month.';
    const facts = factsOf([
      article('Valley Times', `Mayor Ana Ruiz met the engineers on Monday. ${wire} The river rose again overnight.`),
      article('Harbor Post', `Residents packed the town hall on Tuesday. ${wire} Shops on Quay Road stayed shut.`),
    ]);
    const copied = facts.find((c) => c.evidence.every((e) => e.text === wire));
    expect(copied?.outlets.sort()).toEqual(['Harbor Post', 'Valley Times']);
    expect(copied?.sources).toHaveLength(1);
    const reworded = factsOf([
      article('Valley Times', `Mayor Ana Ruiz met the engineers on Monday. ${wire}`),
      article(
        'Harbor Post',
        'Residents packed the town hall on Tuesday. Before the month is out, the Harbour Council is to vote on the new flood barrier.',
      ),
    ]).find((c) => c.evidence.some((e) => e.text === wire));
    expect(reworded?.sources).toHaveLength(2);
  });
});
