/**
 * The cross-check: the planted contradictions of the example corpus, the conflicts of the seeds, and
 * what must not conflict (generic titles, different measures, one source giving two numbers).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/article/types.ts';
import { resolveAliases, type Entity } from '../src/corpus/aliases/index.ts';
import {
  claimArticles,
  crossCheck,
  type ClaimArticle,
  type Conflict,
  type CrossCheckResult,
} from '../src/corpus/claims/index.ts';
import { ClaimResolver, contributions, type ClaimEnvironment } from '../src/corpus/claims/incremental.ts';
import { claimResultsOf } from '../src/corpus/claims/views.ts';
import { attestedWording } from '../src/corpus/claims/statements.ts';
import { memoryItems } from '../src/corpus/items.ts';
import { entityLookup, quoteId, quoteInputs, resolveQuotes } from '../src/corpus/quotes/index.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { readInputs } from '../src/read/index.ts';
import { quantities } from '../src/stages/quantities/index.ts';
import { textInput } from './helpers/run.ts';
import { EXAMPLE_CONFLICT_KINDS, EXAMPLES, sharedPath } from './helpers/shared.ts';

/** Articles by file name (":N" for a JSONL record), analysed with the quantities stage. */
async function analyse(paths: string[]): Promise<Map<string, Article>> {
  const out = new Map<string, Article>();
  for await (const r of readInputs(paths)) {
    if ('error' in r) throw r.error;
    const name = path.basename(r.input.path) + (r.input.record ? `:${r.input.record}` : '');
    out.set(name, runPipeline(r.input, [...articleStages(), quantities()]));
  }
  return out;
}

/** The corpus stages as src/app/corpus.ts runs them, then the cross-check. */
function check(articles: readonly Article[], sourceGroup?: (id: string) => string | undefined): CrossCheckResult {
  const withEntities = articles.map((a) => ({ article: a.id, entities: a.annotations.entities! }));
  const entities: Entity[] = resolveAliases(withEntities, []);
  const quotes = resolveQuotes(quoteInputs(articles), entityLookup(withEntities, entities));
  return crossCheck({ articles: claimArticles(articles), entities, quotes }, sourceGroup ? { sourceGroup } : {});
}

/** The cross-check of short articles, each with its outlet and publication day. */
const dated = (...texts: [string, string, string][]) =>
  check(
    texts.map(([outlet, published, text]) =>
      runPipeline(textInput(text, { outlet, published }), [...articleStages(), quantities()]),
    ),
  );

/** The sentences of a conflict's evidence with a value. */
const sentencesOf = (c: Conflict, value: string) =>
  c.evidence.filter((e) => e.value === value).map((e) => e.sentence.text);

describe('cross-check on the example corpus', () => {
  let files: Map<string, Article>;
  let result: CrossCheckResult;
  const id = (name: string) => files.get(name)!.id;
  beforeAll(async () => {
    files = await analyse([EXAMPLES]);
    result = check([...files.values()]);
  });

  it('finds the homes flooded: 412 against 380, with both sides’ sentences', () => {
    const c = result.conflicts.find((x) => x.about === 'the number of homes flooded')!;
    expect(c.kind).toBe('value');
    expect(sentencesOf(c, '412 homes')).toContain(
      "The breach late on Tuesday flooded 412 homes in the town's lower streets and killed one man, an 81-year-old resident.",
    );
    expect(sentencesOf(c, '380 homes')).toContain(
      "Officials said 380 homes were flooded when the dam's spillway gave way shortly before midnight on Tuesday, releasing water from the swollen reservoir into the Lusk River.",
    );
    expect(c.explanation).toMatch(/412 homes \(.*The Port Elbery Ledger.*\) against 380 homes \(.*WBN News.*\)/);
  });

  it('finds two holders of the Water Commissioner’s office: Solvang against Hallowell (El Faro)', () => {
    const c = result.conflicts.find((x) => x.kind === 'holder')!;
    expect(c.about).toBe('Water Commissioner');
    expect(c.evidence.filter((e) => e.value === 'Piers Hallowell').map((e) => e.article)).toEqual([
      id('elfaro-evacuees.txt'),
    ]);
    expect(sentencesOf(c, 'Ingrid Solvang')).toContain(
      'Water Commissioner Ingrid Solvang said the board had lowered the reservoir by releasing water on Monday, but that the level had kept rising.',
    );
  });

  it('finds Hallowell called former by some and holder by El Faro', () => {
    const c = result.conflicts.find((x) => x.kind === 'former')!;
    expect(c.about).toBe('Piers Hallowell, Water Commissioner');
    expect(c.evidence.filter((e) => e.value === 'former').map((e) => e.outlet)).toEqual([
      'The Port Elbery Ledger',
      'Westmarch Observer',
    ]);
    expect(c.evidence.filter((e) => e.value === 'holder').map((e) => e.outlet)).toEqual(['El Faro del Lusk']);
  });

  it('finds the planted denial: what earlier reports said, and Solvang denying it, in one sentence', () => {
    const c = result.conflicts.find((x) => x.kind === 'denial')!;
    expect(c.about).toBe('engineers at the board had asked for the reservoir to be lowered before the storm');
    expect(c.explanation).toBe(
      'Solvang denied what earlier reports said: that engineers at the board had asked for the reservoir to be lowered before the storm (Westmarch Observer).',
    );
    expect(c.evidence.map((e) => [e.value, e.text, e.source])).toEqual([
      [
        'claimed',
        'Earlier reports said that engineers at the board had asked for the reservoir to be lowered before the storm',
        'Earlier reports',
      ],
      ['denied', 'Solvang denied those claims at the hearing', 'Solvang'],
    ]);
    // The claimed words are no fact of their own (a fact is what several articles state).
    expect(c.claims).toEqual([]);
  });

  it('finds the planted dates of Hallowell’s leaving: December 2024 (the Herald) against last year (the Observer)', () => {
    const c = result.conflicts.find((x) => x.about === 'when Piers Hallowell left')!;
    expect(c.kind).toBe('value');
    // In memory the corpus is one story: the Ledger's "retired at the end of 2024" agrees with the Herald.
    expect(c.explanation).toBe(
      'Sources disagree on when Piers Hallowell left: December 2024 (2024-12) (The Caddenford Herald, The Port Elbery Ledger) against last year (2025) (Westmarch Observer).',
    );
    expect(c.evidence.map((e) => [e.outlet, e.text])).toEqual([
      ['The Caddenford Herald', 'stepped down in December 2024'],
      ['The Port Elbery Ledger', 'retired at the end of 2024'],
      ['Westmarch Observer', 'left the board last year'],
    ]);
  });

  it('finds the planted reversal: Wexley first keeps residents out open, then rules it out, earlier first', () => {
    const c = result.conflicts.find((x) => x.kind === 'reversal')!;
    expect(c.explanation).toBe(
      'Theodore Wexley changed position: first did not rule out keeping residents out of the lower town while the dam is repaired (The Port Elbery Ledger, 2026-03-13), then ruled out keeping residents out of the lower town while repairs go on (Westmarch Observer, 2026-04-02).',
    );
    expect(c.evidence.map((e) => e.value)).toEqual(['open to it (2026-03-13)', 'against it (2026-04-02)']);
  });

  it('reports no other conflict', () => {
    expect(result.conflicts.map((c) => c.kind).sort()).toEqual(EXAMPLE_CONFLICT_KINDS);
  });

  it('does not let the verbatim copy corroborate its original', () => {
    const herald = id('herald-dam-breach.txt');
    const copy = id('newsharbor-dam-breach.txt');
    const onlyHerald = result.claims.filter(
      (c) => c.evidence.length && c.evidence.every((e) => e.article === herald || e.article === copy),
    );
    expect(onlyHerald.some((c) => c.evidence.some((e) => e.article === copy))).toBe(true);
    for (const claim of onlyHerald) {
      expect(claim.sources).toHaveLength(1);
      expect(claim.status).not.toBe('corroborated');
    }
    const homes = result.claims.find((c) => c.statement === '412 homes flooded')!;
    expect(homes.outlets).toContain('NewsHarbor Digest');
    expect(homes.sources).not.toContain('NewsHarbor Digest');
  });

  it('corroborates what independent outlets agree on, rounding included ("about 1,900" and "1,900")', () => {
    const evacuated = result.claims.find((c) => c.statement.endsWith('people evacuated'))!;
    expect(evacuated.status).toBe('corroborated');
    expect(evacuated.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['1,900 people', '1,900 residents']));
    const fund = result.claims.find((c) => c.statement === '$40 million for emergency fund')!;
    expect(fund.status).toBe('corroborated');
  });

  it('counts a rewrite once when the source groups say so', () => {
    const wbn = id('wbn-dam-failure.html');
    const trend = id('trendpulse-dam-collapse.txt');
    const grouped = check([...files.values()], (a) => (a === trend || a === wbn ? 'wbn+rewrite' : undefined));
    const homes380 = grouped.claims.find((c) => c.statement === '380 homes flooded')!;
    expect(homes380.sources).toHaveLength(1);
    expect(grouped.conflicts).toHaveLength(7);
  });
});

describe('cross-check: what is no conflict', () => {
  /** Cross-checks texts given as [outlet, text] pairs. */
  function checkTexts(...texts: [string, string][]): CrossCheckResult {
    return check(
      texts.map(([outlet, text]) => runPipeline(textInput(text, { outlet }), [...articleStages(), quantities()])),
    );
  }

  it('takes a sentence two outlets quote for someone’s words, not a fact the outlets state', () => {
    const quoted = checkTexts(
      [
        'Alpha Times',
        '“The northern bridge over the Lusk River will reopen to traffic next Monday morning,” an engineer said.',
      ],
      [
        'Beta News',
        'Crews worked through the night. “The northern bridge over the Lusk River will reopen to traffic next Monday morning,” one said.',
      ],
    );
    expect(quoted.claims.filter((c) => c.kind === 'fact')).toEqual([]);
    const own = checkTexts(
      [
        'Alpha Times',
        'The northern bridge over the Lusk River will reopen to traffic next Monday morning, an engineer said.',
      ],
      [
        'Beta News',
        'Crews worked through the night. The northern bridge over the Lusk River will reopen to traffic next Monday morning.',
      ],
    );
    expect(own.claims.filter((c) => c.kind === 'fact').map((c) => c.status)).toEqual(['corroborated']);
  });

  it('gives a statement split around its cue one piece of evidence that runs through both parts', () => {
    const result = checkTexts([
      'Alpha Times',
      'The mayor posted late on Monday. “The northern bridge over the Lusk River will reopen next week,” Mayor Ida Brenholt wrote. “Every family on the river can go home by Friday.”',
    ]);
    const statement = result.claims.find((c) => c.kind === 'statement')!;
    expect(statement.evidence.map((e) => e.text)).toContain(
      '“The northern bridge over the Lusk River will reopen next week,” Mayor Ida Brenholt wrote. “Every family on the river can go home by Friday.”',
    );
  });

  it('takes one speaker’s words, worded differently by two outlets (a variant), for one statement both attest', () => {
    const result = checkTexts(
      [
        'Alpha Times',
        'Mayor Ida Brenholt spoke at the town hall on Monday. “We will rebuild the lower town and every road in it before the winter comes,” she said.',
      ],
      [
        'Beta News',
        'Ida Brenholt addressed the council in the evening. “We are going to rebuild the lower town and every road in it before winter comes,” Brenholt told them.',
      ],
    );
    const statements = result.claims.filter((c) => c.kind === 'statement');
    expect(statements).toHaveLength(1);
    expect(statements[0]!.status).toBe('corroborated');
    expect(statements[0]!.statement).toMatch(/^Ida Brenholt said .We are going to rebuild the lower town/u);
    expect(statements[0]!.outlets.sort()).toEqual(['Alpha Times', 'Beta News']);
  });

  it('keeps whom a quote was told to in the quote records readers get', () => {
    const articles = [
      runPipeline(
        textInput(
          'A headline for the test\n\nMr. Dorn told Mr. Ivo Roe he should “do a Frank Pentangeli” before the harbour committee, the indictment said.',
          { outlet: 'Alpha Times' },
        ),
        articleStages(),
      ),
    ];
    const withEntities = articles.map((a) => ({ article: a.id, entities: a.annotations.entities! }));
    const quotes = resolveQuotes(quoteInputs(articles), entityLookup(withEntities, resolveAliases(withEntities, [])));
    expect(quotes.quotes.map((q) => [q.text, q.hearer, q.viaText])).toEqual([
      ['he should “do a Frank Pentangeli” before the harbour committee', 'Mr. Ivo Roe', ['the indictment']],
    ]);
  });

  it('words a statement told to someone by name with whom it was told to', () => {
    const result = checkTexts([
      'Alpha Times',
      'Tom Dorn was charged on Friday. Mr. Dorn told Mr. Ivo Roe he should “do a Frank Pentangeli” before the harbour committee, the indictment said.',
    ]);
    expect(result.claims.filter((c) => c.kind === 'statement').map((c) => c.statement)).toEqual([
      'Tom Dorn told Mr. Ivo Roe he should “do a Frank Pentangeli” before the harbour committee',
    ]);
  });

  it.each([
    ['The Alpha Times reported that', 'single-source', ['The Alpha Times']],
    ['According to The Alpha Times,', 'single-source', ['The Alpha Times']],
    // Two origins: the wire Beta News relays, and Alpha's own reporting.
    ['The Associated Press reported that', 'corroborated', ['Associated Press', 'The Alpha Times']],
    ['Engineers said', 'corroborated', ['Beta News', 'The Alpha Times']],
    // Someone else the origin, the organisation a go-between.
    ['The Alpha Times, citing engineers, reported that', 'single-source', ['The Alpha Times']],
    ['Engineers told The Alpha Times that', 'single-source', ['The Alpha Times']],
  ])(
    'counts a sentence relaying what a news organisation reported for that organisation: "%s"',
    (opening, status, sources) => {
      const result = checkTexts(
        [
          'The Alpha Times',
          'Crews worked through the night on the flooded cellars of the old mill. The northern bridge over the Lusk River will reopen to traffic next Monday morning, engineers told the paper.',
        ],
        [
          'Beta News',
          `The mayor thanked farmers who lent their tractors to the rescue. ${opening} the northern bridge over the Lusk River will reopen to traffic next Monday morning.`,
        ],
      );
      const facts = result.claims.filter((c) => c.kind === 'fact');
      expect(facts.map((c) => c.status)).toEqual([status]);
      expect([...facts[0]!.sources].sort()).toEqual(sources);
    },
  );
  it.each([
    [
      'only another report in it went through a news organisation',
      'Engineer Ada Quell said the northern bridge over the Lusk River will reopen to traffic next Monday morning, and Mayor Orla Venning told The Alpha Times that she would ask for money.',
    ],
    [
      'the report through a news organisation comes first',
      '“It is a sad day,” Mayor Orla Venning told The Alpha Times, while Engineer Ada Quell said the northern bridge over the Lusk River will reopen to traffic next Monday morning.',
    ],
  ])('counts a sentence for its own outlet when %s', (_what, sentence) => {
    const result = checkTexts(
      [
        'The Alpha Times',
        'Crews worked through the night on the flooded cellars of the old mill. The northern bridge over the Lusk River will reopen to traffic next Monday morning, engineers told the paper.',
      ],
      ['Beta News', `The mayor thanked farmers who lent their tractors to the rescue. ${sentence}`],
    );
    const facts = result.claims.filter((c) => c.kind === 'fact');
    expect(facts.map((c) => [c.status, [...c.sources].sort()])).toEqual([
      ['corroborated', ['Beta News', 'The Alpha Times']],
    ]);
  });

  it('takes "President Trump" and "President Putin" for no two holders of one office', () => {
    const r = checkTexts(
      ['Alpha Times', 'President Trump met reporters in Washington on Monday and spoke for an hour.'],
      ['Beta News', 'President Putin met reporters in Moscow on Monday and spoke for an hour.'],
    );
    expect(r.claims.filter((c) => c.kind === 'role')).toHaveLength(2);
    expect(r.conflicts).toEqual([]);
  });

  it('reads "former" before a title in a name ("former CIA Director John Brennan"): no former/holder conflict', () => {
    const r = checkTexts(
      [
        'Alpha Times',
        'Packages were addressed to former Attorney General Eric Holder and former CIA Director John Brennan.',
      ],
      ['Beta News', 'Another package was sent to John Brennan, a former CIA director, at the network.'],
      ['Gamma Daily', 'Attorney General Jeff Sessions said the suspect appeared to be a partisan.'],
    );
    const brennan = r.claims.filter((c) => c.kind === 'role' && c.statement.includes('Brennan'));
    expect(brennan.length).toBeGreaterThan(0);
    expect(brennan.every((c) => /former/i.test(c.statement))).toBe(true);
    expect(r.conflicts).toEqual([]);
  });

  it('takes an office every city has ("Police Commissioner") for no one office without its city', () => {
    const r = checkTexts(
      ['Alpha Times', 'Police commissioner Raymond Kelly says the officers acted within the rules.'],
      ['Beta News', 'Police commissioner Charles Ramsey says she was escorted out of the building.'],
    );
    expect(r.conflicts).toEqual([]);
  });

  it('takes "Nick J. Rahall II" and "Nick Rahall" for one holder: a generational suffix is no surname', () => {
    const r = checkTexts(
      ['Alpha Times', 'Committee Chairman Nick J. Rahall II said the hearing would go ahead on Monday.'],
      ['Beta News', 'Committee Chairman Nick Rahall said the hearing would go ahead.'],
    );
    expect(r.conflicts).toEqual([]);
  });

  it('takes holders of one office named years apart for successors, and a holder named before "former" too', () => {
    const apart = dated(
      ['Alpha Times', '2016-05-02', 'House Speaker Paul Ryan said the bill would pass before the summer recess.'],
      ['Beta News', '2019-02-04', 'House Speaker Nancy Pelosi said the bill would pass before the summer recess.'],
    );
    expect(apart.conflicts).toEqual([]);
    const near = dated(
      ['Alpha Times', '2019-02-01', 'House Speaker Paul Ryan said the bill would pass before the summer recess.'],
      ['Beta News', '2019-02-04', 'House Speaker Nancy Pelosi said the bill would pass before the summer recess.'],
    );
    expect(near.conflicts.map((c) => c.kind)).toEqual(['holder']);
    const left = dated(
      ['Alpha Times', '2011-06-01', 'Attorney General Eric Holder said the department would review the case.'],
      ['Beta News', '2018-10-26', 'The package was addressed to former Attorney General Eric Holder, officials said.'],
    );
    expect(left.conflicts).toEqual([]);
  });

  it('takes a state party’s chairman for no holder of the national committee’s office', () => {
    /** One outlet's sentence on a day: "<office> Chairman <name> said he would run again." */
    const chair = (outlet: string, day: string, office: string, name: string): [string, string, string] => [
      outlet,
      day,
      `${office} Chairman ${name} said he would run again.`,
    ];
    const roles = (r: CrossCheckResult, name: string) =>
      r.claims.filter((c) => c.kind === 'role' && c.statement.startsWith(name)).map((c) => c.statement);
    // Priebus chairs Wisconsin's party while Steele chairs the national committee: two offices.
    const two = dated(
      chair('Alpha Times', '2010-12-12', 'Republican National Committee', 'Michael Steele'),
      chair('Beta News', '2010-12-13', 'Wisconsin Republican Party', 'Reince Priebus'),
      chair('Gamma Daily', '2011-01-20', 'Republican National Committee', 'Reince Priebus'),
    );
    expect(two.conflicts).toEqual([]);
    expect(roles(two, 'Reince Priebus').sort()).toEqual([
      'Reince Priebus is Republican National Committee Chairman',
      'Reince Priebus is Wisconsin Republican Party Chairman',
    ]);
    // The national office named for both at one time is still a dispute.
    const one = dated(
      chair('Alpha Times', '2010-12-12', 'Republican National Committee', 'Michael Steele'),
      chair('Beta News', '2010-12-13', 'Republican National Committee', 'Reince Priebus'),
    );
    expect(one.conflicts.map((c) => c.kind)).toEqual(['holder']);
    // The state's party named with its state by one outlet and without it by another is one office.
    const texas = dated(
      chair('Alpha Times', '2010-12-12', 'Texas Republican Party', 'Matt Rinaldi'),
      chair('Beta News', '2010-12-12', 'Republican Party', 'Matt Rinaldi'),
      chair('Gamma Daily', '2010-12-12', 'Republican Party', 'Reince Priebus'),
    );
    expect(texas.conflicts).toEqual([]);
    expect(roles(texas, 'Matt Rinaldi')).toEqual(['Matt Rinaldi is Texas Republican Party Chairman']);
  });

  it('keeps different measures apart and agrees on a hedged value', () => {
    const r = checkTexts(
      ['Alpha Times', 'Ukraine will buy $90 billion of American weapons. The call lasted around 40 minutes.'],
      ['Beta News', 'Kyiv would make $50 billion of drones. The call lasted 40 minutes.'],
    );
    expect(r.conflicts).toEqual([]);
    expect(r.claims.find((c) => c.about === 'duration|call|s')!.status).toBe('corroborated');
  });

  it('does not set one source against itself', () => {
    const r = checkTexts([
      'Alpha Times',
      'The storm flooded 412 homes on Monday. A second storm flooded 380 homes on Friday.',
    ]);
    expect(r.conflicts).toEqual([]);
  });

  it('sets two sources against each other on one measure', () => {
    const r = checkTexts(
      ['Alpha Times', 'The storm flooded 412 homes on Monday.'],
      ['Beta News', 'Officials said 380 homes were flooded.'],
    );
    expect(r.conflicts.map((c) => c.explanation)).toEqual([
      'Sources disagree on the number of homes flooded: 412 homes (Alpha Times) against 380 homes (Beta News).',
    ]);
  });

  it('compares numbers within one story only, when the stories are known', () => {
    const articles = [
      ['Alpha Times', 'The storm flooded 412 homes on Monday.'],
      ['Beta News', 'Officials said 380 homes were flooded.'],
    ].map(([outlet, text]) => runPipeline(textInput(text!, { outlet }), [...articleStages(), quantities()]));
    const withEntities = articles.map((a) => ({ article: a.id, entities: a.annotations.entities! }));
    const entities = resolveAliases(withEntities, []);
    const input = { articles: claimArticles(articles), entities };
    const story = new Map([
      [articles[0]!.id, 'st_1'],
      [articles[1]!.id, 'st_2'],
    ]);
    const apart = crossCheck(input, { storyOf: (id) => story.get(id) });
    expect(apart.conflicts).toEqual([]);
    expect(apart.claims.filter((c) => c.kind === 'quantity').map((c) => c.about)).toEqual([
      'count|homes flooded|count',
      'count|homes flooded|count',
    ]);
    expect(crossCheck(input, { storyOf: () => 'st_1' }).conflicts).toHaveLength(1);
  });
});

const seeds = sharedPath('corpus/seeds');
describe.skipIf(!seeds)('cross-check on the seeds', () => {
  let result: CrossCheckResult;
  beforeAll(async () => {
    result = check([...(await analyse([seeds!])).values()]);
  });

  it('finds the arms purchase: $100 billion (the Financial Times) against $90 billion', () => {
    const c = result.conflicts.find((x) => x.about === 'the sum for arms')!;
    expect(sentencesOf(c, '$100 billion')).toEqual([
      expect.stringContaining('The Financial Times, referencing a document it had obtained'),
    ]);
    const ninety = sentencesOf(c, '$90 billion');
    expect(ninety).toContain(
      'Zelensky confirmed the arms deal after his meeting at the White House, stating it would total $90 billion.',
    );
    expect(ninety.some((s) => s.includes('$90 billion in American weapons'))).toBe(true);
  });

  // Facts two independent outlets state in their own words (issue "What is established", under Why).
  it.each([
    {
      fact: 'Trump spoke with Putin after the White House meeting',
      phrases: [
        'After the White House meeting, Mr. Trump spoke with Mr. Putin',
        'Trump mentioned that he had spoken to Putin',
      ],
    },
    {
      fact: 'Zelensky put the arms purchase at $90 billion',
      phrases: ['plans for Ukraine to purchase $90 billion', 'stating it would total $90 billion'],
    },
    {
      fact: 'Zelensky is ready to meet Putin',
      phrases: ['Mr. Zelenskyy said he was ready to meet with Mr. Putin', 'he is “open to a meeting with Putin,”'],
    },
    {
      fact: 'Trump dropped the push for a ceasefire',
      phrases: ['abandoned his push for a ceasefire', 'I don’t think a ceasefire is necessary'],
    },
    {
      fact: 'Witkoff floated a guarantee like Article 5',
      phrases: ['floated by White House special envoy Steve Witkoff', '‘Article 5-like wording’'],
    },
  ])('corroborates a fact told in different words: $fact', ({ phrases }) => {
    const found = result.claims.filter(
      (c) =>
        c.kind === 'fact' &&
        c.status === 'corroborated' &&
        phrases.every((p) => c.evidence.some((e) => e.sentence.text.includes(p))),
    );
    expect(found).toHaveLength(1);
    expect(new Set(found[0]!.evidence.map((e) => e.outlet)).size).toBeGreaterThanOrEqual(2);
  });

  it('finds two NATO Secretaries General: Stoltenberg against Rutte', () => {
    const c = result.conflicts.find((x) => x.kind === 'holder' && x.about === 'NATO Secretary General')!;
    expect(new Set(c.evidence.map((e) => e.value))).toEqual(new Set(['Jens Stoltenberg', 'Mark Rutte']));
    expect(sentencesOf(c, 'Mark Rutte')[0]).toContain('NATO Secretary-General Mark Rutte');
  });

  it('finds Trump called "Former U.S. President" where others call him President', () => {
    const c = result.conflicts.find((x) => x.kind === 'former' && x.about.startsWith('Donald Trump'))!;
    expect(sentencesOf(c, 'former')[0]).toContain('Former U.S. President Donald Trump');
    expect(sentencesOf(c, 'holder').length).toBeGreaterThanOrEqual(2);
  });

  it('gives Witkoff’s office one claim, whatever the words for it (U.S. envoy, White House special envoy …)', () => {
    const offices = result.claims.filter((c) => c.kind === 'role' && c.statement.startsWith('Steve Witkoff is'));
    expect(offices.map((c) => c.statement)).toEqual(['Steve Witkoff is Special Envoy']);
    expect(offices[0]!.status).toBe('corroborated');
    expect(offices[0]!.sources.length).toBe(4);
  });

  it('keeps two offices apart when their countries differ, and a deputy apart from the office', () => {
    const roles = (text: string) =>
      check([runPipeline(textInput(`A headline for the test\n\n${text}`), articleStages())]).claims.filter(
        (c) => c.kind === 'role',
      );
    expect(
      roles('U.S. envoy Tom Arkwell met French envoy Tom Arkwell. Deputy envoy Tom Arkwell left.').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('finds the disputes of the story: three denials, who proposed the withdrawal, Trump on U.S. troops', () => {
    const about = (kind: string) => result.conflicts.filter((c) => c.kind === kind).map((c) => c.about);
    expect(about('denial').sort()).toEqual([
      'Trump temporarily paused the meeting to take a phone call with Putin',
      'he pressured Zelensky to hand over all of Donbass to Russia',
      // The Foreign Ministry's statement against Witkoff's account of Putin (003).
      'the Russian president was open to the NATO-like security proposal during his meeting with Mr. Trump in Alaska on Friday',
    ]);
    expect(about('actor')).toEqual(['the troop withdrawal proposal']);
    const reversal = result.conflicts.find((c) => c.kind === 'reversal')!;
    expect(reversal.evidence.map((e) => [e.value, e.text])).toEqual([
      [
        'open to it',
        'did not rule out the idea of sending U.S. troops to Ukraine to keep the peace in the war-torn country as part of a security guarantee',
      ],
      ['against it', 'ruling out sending American soldiers himself'],
    ]);
    // The seeds carry no publication dates: the explanation says the order is not known.
    expect(reversal.explanation).toMatch(/^Donald Trump takes both positions, in articles not dated apart/);
    // Trump's stance timeline on U.S. troops: both positions, on one issue.
    const troops = (result.positions ?? []).filter((p) => p.name === 'Donald Trump' && p.key.includes('troops'));
    expect(troops.map((p) => [p.stance, p.phrase])).toEqual([
      ['for', 'did not rule out'],
      ['for', 'refusal to rule out'],
      ['against', 'ruling out'],
    ]);
    for (const p of troops) expect(p.evidence.sentence.text).toMatch(/troops|soldiers|boots on the ground/);
  });

  it('reports no other conflict', () => {
    expect(result.conflicts.map((c) => c.kind).sort()).toEqual([
      'actor',
      'denial',
      'denial',
      'denial',
      'former',
      'holder',
      'reversal',
      'value',
    ]);
  });
});

/** The cross-check of short articles by outlet (each under a headline), written on `published` when given. */
function checkTexts(texts: [string, string][], published?: string): CrossCheckResult {
  return check(
    texts.map(([outlet, text]) =>
      runPipeline(
        textInput(`A headline for the test\n\n${text}`, { outlet, ...(published ? { published } : {}) }),
        articleStages(),
      ),
    ),
  );
}

/** The conflicts whose subject ends with `about`, of short articles by outlet. */
function conflictsAbout(about: string, texts: [string, string][], published?: string): Conflict[] {
  return checkTexts(texts, published).conflicts.filter((c) => c.about.endsWith(about));
}

describe('a denial in words', () => {
  const denials = (text: string) =>
    checkTexts([['Harbor Post', text]])
      .conflicts.filter((c) => c.kind === 'denial')
      .map((c) => c.explanation);

  it.each([
    [
      'On Saturday, the mayor said the bridge had been closed on purpose.',
      'The council denied the claim that on Saturday, the mayor said the bridge had been closed on purpose (Harbor Post).',
    ],
    [
      'Some residents said the bridge had been closed on purpose.',
      'The council denied what some residents said: that the bridge had been closed on purpose (Harbor Post).',
    ],
    [
      'Critics said the bridge had been closed on purpose.',
      'The council denied what critics said: that the bridge had been closed on purpose (Harbor Post).',
    ],
    [
      'Karl Brenner said the bridge had been closed on purpose.',
      'The council denied what Karl Brenner said: that the bridge had been closed on purpose (Harbor Post).',
    ],
    [
      'Under Armour closed the bridge on purpose, the complaint said.',
      'The council denied the claim that Under Armour closed the bridge on purpose, the complaint said (Harbor Post).',
    ],
    [
      'Police Scotland said the bridge had been closed on purpose.',
      'The council denied what Police Scotland said: that the bridge had been closed on purpose (Harbor Post).',
    ],
    [
      'In Lusk, the bridge had been closed on purpose, residents said.',
      'The council denied the claim that in Lusk, the bridge had been closed on purpose, residents said (Harbor Post).',
    ],
    [
      'Under Armour, the sportswear maker, closed the bridge on purpose, the complaint said.',
      'The council denied the claim that Under Armour, the sportswear maker, closed the bridge on purpose, the complaint said (Harbor Post).',
    ],
    [
      'Students for Fair Admissions said the bridge had been closed on purpose.',
      'The council denied what Students for Fair Admissions said: that the bridge had been closed on purpose (Harbor Post).',
    ],
    [
      'Reports Tuesday said the bridge had been closed on purpose.',
      'The council denied what reports Tuesday said: that the bridge had been closed on purpose (Harbor Post).',
    ],
  ])(
    'takes "denied that claim" for pointing back to it, read on in lower case unless a name: %s',
    (claim, explanation) => {
      expect(denials(`${claim} The council denied that claim on Monday, calling it false.`)).toEqual([explanation]);
    },
  );

  it.each([
    [
      'LUSK — Ana Ruiz, the water official who first disclosed that the board had lowered the reservoir before the storm, and in doing so set off an inquiry that has reached the council, denied on Wednesday that she had misled the inquiry about the flood gates.',
      'Ana Ruiz denied the claim that she had misled the inquiry about the flood gates (Harbor Post).',
    ],
    [
      'LUSK — The water official who first disclosed that the board had lowered the reservoir before the storm, and in doing so set off an inquiry that has reached the council, denied on Wednesday that she had misled the inquiry about the flood gates.',
      'The water official denied the claim that she had misled the inquiry about the flood gates (Harbor Post).',
    ],
    [
      'LUSK — The water official who first disclosed that the board had lowered the reservoir before the storm, Ana Ruiz, denied on Wednesday that she had misled the inquiry about the flood gates.',
      'Ana Ruiz denied the claim that she had misled the inquiry about the flood gates (Harbor Post).',
    ],
  ])('names who denies past a long apposition and its relative clause: %s', (text, explanation) => {
    expect(denials(text)).toEqual([explanation]);
  });

  it('takes no clause before "and" for who denies', () => {
    const [explanation] = denials(
      'The mayor spoke on Tuesday, and the council, which met on Monday, denied that the bridge had been closed on purpose.',
    );
    expect(explanation).toMatch(/denied the claim that the bridge had been closed on purpose/);
    expect(explanation).not.toMatch(/^The mayor/);
  });

  it.each([
    ['The council denied that claim Tuesday, calling it false.'],
    ['The council flatly rejected that characterization of events.'],
    ['The council denied that allegation through a spokesman.'],
    ['The council denied that account again on Tuesday.'],
  ])('takes "that" before a claim noun that ends its phrase for pointing back: %s', (denial) => {
    expect(denials(`Residents said the bridge had been closed on purpose. ${denial}`)).toEqual([
      expect.stringMatching(
        /^The council (?:denied|rejected) what residents said: that the bridge had been closed on purpose/,
      ),
    ]);
  });

  it.each([
    [
      'a plural',
      'The council denied that reports of cracks in the bridge were true.',
      'reports of cracks in the bridge were true',
    ],
    [
      'a compound',
      'The school denied that report cards of the pupils were altered.',
      'report cards of the pupils were altered',
    ],
    [
      'a noun with more after it',
      'The senator denied that speculation about his health was behind it.',
      'speculation about his health was behind it',
    ],
    [
      'a noun of no number',
      'The ministry denied that reporting of cracks in the bridge had been suppressed.',
      'reporting of cracks in the bridge had been suppressed',
    ],
  ])('takes "denied that" before %s for the clause denied', (_what, text, about) => {
    const found = checkTexts([['Harbor Post', `Inspectors found cracks in the bridge. ${text}`]]).conflicts.filter(
      (c) => c.kind === 'denial',
    );
    expect(found.map((c) => c.about)).toEqual([about]);
  });
});

describe('years in office', () => {
  const conflicts = (texts: [string, string][]) => conflictsAbout('years in office', texts);

  it('two outlets give one person different years for one tenure: a value conflict', () => {
    const [c, ...rest] = conflicts([
      [
        'Harbor Post',
        'Cowan becomes the first black senator since Edward Brooke, a Republican, held the seat from 1966 to 1978.',
      ],
      [
        'Valley Times',
        'Cowan is the second black senator from the state, after Edward Brooke, who served from 1967 to 1979.',
      ],
    ]);
    expect(rest).toEqual([]);
    expect(c!.kind).toBe('value');
    expect(c!.evidence.map((e) => [e.value, e.outlet])).toEqual([
      ['1966–1978', 'Harbor Post'],
      ['1967–1979', 'Valley Times'],
    ]);
    expect(c!.explanation).toBe(
      'Sources disagree on when Edward Brooke held the post: 1966–1978 (Harbor Post) against 1967–1979 (Valley Times).',
    );
  });

  it.each([
    [
      'the same years',
      'Mike Huckabee was Arkansas governor from 1996 to 2007.',
      'Mike Huckabee, who served as governor from 1996 to 2007, spoke on Monday.',
    ],
    [
      'two offices',
      'Mike Huckabee was Arkansas governor from 1996 to 2007.',
      'Mike Huckabee was lieutenant governor from 1993 to 1996.',
    ],
  ])('none: %s', (_what, a, b) => {
    expect(
      conflicts([
        ['Harbor Post', a],
        ['Valley Times', b],
      ]),
    ).toEqual([]);
  });

  it('none when one outlet gives both terms: it knows them apart', () => {
    expect(
      conflicts([
        ['Harbor Post', 'Ana Ruiz served from 2001 to 2005. Ruiz came back and served from 2009 to 2013.'],
        ['Valley Times', 'Ana Ruiz served from 2009 to 2013.'],
      ]),
    ).toEqual([]);
  });
});

describe('charged or not', () => {
  const conflicts = (texts: [string, string][]) => conflictsAbout('charged or not', texts);

  it('one outlet says not yet, another says charged: a value conflict', () => {
    const [c, ...rest] = conflicts([
      [
        'Harbor Post',
        'Mayor Lena Holt was expected to be indicted on fraud charges after a long inquiry, people with knowledge of the case said.',
      ],
      [
        'Valley Times',
        'Mayor Lena Holt has already been secretly indicted by a grand jury, according to people familiar with the case.',
      ],
    ]);
    expect(rest).toEqual([]);
    expect(c!.kind).toBe('value');
    expect(c!.evidence.map((e) => [e.value, e.outlet])).toEqual([
      ['not yet charged', 'Harbor Post'],
      ['charged', 'Valley Times'],
    ]);
  });

  it('a status said of a surname is said of that name where it stands, not of an earlier full name', () => {
    // "Cesar Sayoc" and "Sayoc" may stay two names of the article when their kind is not known: the
    // subject of "has been charged" is the name written just before it.
    const [c, ...rest] = conflicts([
      [
        'Harbor Post',
        'Agents arrested Cesar Sayoc in Florida on Friday. Although no formal charges have been filed yet in the case, officials said Mr. Sayoc would be prosecuted in Manhattan.',
      ],
      [
        'Valley Times',
        'Agents arrested Cesar Sayoc in Florida on Friday. Sayoc has been charged with five federal crimes, the Department of Justice said.',
      ],
    ]);
    expect(rest).toEqual([]);
    expect(c!.evidence.map((e) => [e.value, e.outlet])).toEqual([
      ['not yet charged', 'Harbor Post'],
      ['charged', 'Valley Times'],
    ]);
  });

  it.each([
    [
      'both say charged',
      'Mayor Lena Holt has been charged with fraud.',
      'Mayor Lena Holt was indicted on Tuesday by a grand jury.',
    ],
    [
      'a condition is no statement',
      'Mayor Lena Holt would lose her seat if she were indicted, aides said.',
      'Mayor Lena Holt has been charged with fraud.',
    ],
    [
      'another person',
      'Mayor Lena Holt was expected to be indicted on fraud charges.',
      'Her aide, Tom Dorn, has been charged with fraud.',
    ],
  ])('none: %s', (_what, a, b) => {
    expect(
      conflicts([
        ['Harbor Post', a],
        ['Valley Times', b],
      ]),
    ).toEqual([]);
  });
});

describe('the date of a thing', () => {
  // Both written on January 30, 2013: "April 30" is April 30, 2013.
  const conflicts = (texts: [string, string][]) =>
    conflictsAbout('', texts, '2013-01-30').filter((c) => c.about.startsWith('date'));

  it('two outlets put one primary on dates that cannot both be right: a value conflict', () => {
    const [c, ...rest] = conflicts([
      ['Harbor Post', 'Both parties will hold special-election primaries in mid May, officials said.'],
      ['Valley Times', 'The primary would be held on April 30, and the general election on June 25.'],
    ]);
    expect(rest).toEqual([]);
    expect(c!.about).toBe('date of the primary');
    expect(c!.explanation).toBe(
      'Sources disagree on the date of the primary: April 30 (Valley Times) against mid May (Harbor Post).',
    );
    expect(c!.evidence.map((e) => [e.value, e.outlet])).toEqual([
      ['April 30 (2013-04-30)', 'Valley Times'],
      ['mid May (2013-05)', 'Harbor Post'],
    ]);
  });

  it.each([
    [
      'the same day in other words',
      'The special election is set for June 25, officials said.',
      'Voters will choose a senator in a special election scheduled for June 25.',
    ],
    ['a month and a day in it', 'The hearing was set for May, aides said.', 'The hearing is scheduled for May 14.'],
    [
      'two things of one kind',
      'The general election is set for June 25.',
      'The primary election was held on April 30, and turnout was low.',
    ],
    [
      'a date merely near the thing',
      'The debate on Tuesday drew large crowds.',
      'The debate was watched by millions, and on Thursday the candidates met again.',
    ],
    ['a negated date', 'The hearing was not held on Monday.', 'The hearing was held on Tuesday.'],
    [
      'a date given up',
      'The trial had been set for May 4 but was postponed.',
      'The trial is set for May 11, the court said.',
    ],
    [
      'a noun between the verb and the thing',
      'Officials held a news conference about the hearing on Tuesday.',
      'The hearing was held on Thursday.',
    ],
    ['a delay', 'Republicans held up the hearing on Tuesday.', 'The hearing was held on Thursday.'],
    [
      'a date that is a possessive',
      'The court will hold a hearing on Tuesday’s shooting.',
      'The hearing was held on Thursday.',
    ],
    ['two named things of one kind', 'The Senate hearing is set for May 4.', 'The House hearing is set for May 9.'],
    ['votes: a story has several', 'The vote was held on Tuesday.', 'The vote is scheduled for Thursday.'],
  ])('none: %s', (_what, a, b) => {
    expect(
      conflicts([
        ['Harbor Post', a],
        ['Valley Times', b],
      ]).map((c) => c.explanation),
    ).toEqual([]);
  });

  /** The date facts of short articles by outlet, written on January 30, 2013. */
  const dateFacts = (texts: [string, string][]) =>
    checkTexts(texts, '2013-01-30').claims.filter((c) => c.about.startsWith('date|'));

  it('a date two outlets put one thing on in their own words is a corroborated fact', () => {
    const [fact, ...rest] = dateFacts([
      ['Harbor Post', 'Voters will choose a senator in a special election set for June 25, officials said.'],
      ['Valley Times', 'Ms. Orla Brandt is a likely favorite to win the June 25 special general election.'],
    ]);
    expect(rest).toEqual([]);
    expect(fact!.kind).toBe('fact');
    expect(fact!.statement).toBe('The date of the special general election is June 25.');
    expect(fact!.status).toBe('corroborated');
    expect(fact!.evidence.map((e) => [e.outlet, e.text])).toEqual([
      ['Harbor Post', 'Voters will choose a senator in a special election set for June 25, officials said.'],
      ['Valley Times', 'Ms. Orla Brandt is a likely favorite to win the June 25 special general election.'],
    ]);
  });

  it.each([
    [
      'two things of one noun',
      'The general election is set for June 25.',
      'The primary election is set for June 25, officials said.',
    ],
    ['a date that says how, not which', 'The debate is set for Dec. 27.', 'He won the Dec. 27 televised debate.'],
    ['dates that differ', 'The hearing is set for May 4.', 'The hearing is set for May 9.'],
    ['one outlet', 'The hearing is set for May 4.', 'The weather was fine on Tuesday.'],
  ])('no date fact: %s', (_what, a, b) => {
    expect(
      dateFacts([
        ['Harbor Post', a],
        ['Valley Times', b],
      ]).map((c) => c.statement),
    ).toEqual([]);
  });

  it('none when one outlet gives one thing two dates: it speaks of two', () => {
    expect(
      conflicts([
        ['Harbor Post', 'The hearing was held on May 2. Another hearing was held on May 9.'],
        ['Valley Times', 'The hearing was held on May 9.'],
      ]),
    ).toEqual([]);
  });
});

describe('when a person’s happening happened', () => {
  // Both written on January 30, 2013: "last year" is 2012, "earlier this month" January 2013.
  const conflicts = (texts: [string, string][]) =>
    conflictsAbout('', texts, '2013-01-30').filter((c) => c.about.startsWith('when '));

  it('two outlets date one person’s leaving of a post apart: a value conflict', () => {
    const [c, ...rest] = conflicts([
      [
        'Harbor Post',
        'Governor Ada Lind named Tomas Brek to the seat. Brek joined the Lind administration in 2009 and reportedly quit earlier this month to join a law firm.',
      ],
      [
        'Valley Times',
        'Tomas Brek was named to the seat by Governor Ada Lind. He also served as a prosecutor. He left the Lind administration last year to return to private practice.',
      ],
    ]);
    expect(rest).toEqual([]);
    expect(c!.kind).toBe('value');
    expect(c!.about).toBe('when Tomas Brek left');
    expect(c!.explanation).toBe(
      'Sources disagree on when Tomas Brek left: earlier this month (2013-01) (Harbor Post) against last year (2012) (Valley Times).',
    );
    expect(c!.evidence.map((e) => [e.outlet, e.text])).toEqual([
      ['Harbor Post', 'quit earlier this month'],
      ['Valley Times', 'left the Lind administration last year'],
    ]);
  });

  it('what someone said at a date happened by then: "said in 2011 that he repaid" against "repaid … this year"', () => {
    const [c, ...rest] = conflicts([
      [
        'Harbor Post',
        'Tomas Brek was charged on Monday. His lawyers said in 2011 that Brek repaid the fund about $6,000.',
      ],
      ['Valley Times', 'Tomas Brek was charged on Monday. He repaid the fund more than $6,000 earlier this year.'],
    ]);
    expect(rest).toEqual([]);
    expect(c!.explanation).toBe(
      'Sources disagree on when Tomas Brek repaid: earlier this year (2013) (Valley Times) against by 2011 (Harbor Post).',
    );
    expect(c!.evidence.map((e) => e.text)).toEqual([
      'repaid the fund more than $6,000 earlier this year',
      'said in 2011 that Brek repaid',
    ]);
  });

  it.each([
    [
      'the same time in other words',
      'Tomas Brek resigned in January, aides said.',
      'Tomas Brek stepped down earlier this month.',
    ],
    [
      'a place left, not a post',
      'Tomas Brek left the courthouse on Tuesday.',
      'Tomas Brek left the building on Monday.',
    ],
    ['a negated happening', 'Tomas Brek did not resign in 2012.', 'Tomas Brek resigned earlier this month.'],
    ['a planned one', 'Tomas Brek plans to quit in 2014.', 'Tomas Brek quit earlier this month.'],
    [
      'a date of another verb',
      'Tomas Brek quit to join a firm that opened in 2011.',
      'Tomas Brek quit earlier this month.',
    ],
    [
      'a date past a clause break',
      'Tomas Brek resigned, and the board met in 2011.',
      'Tomas Brek resigned earlier this month.',
    ],
    ['two people', 'Tomas Brek resigned in 2011.', 'Ida Varga resigned earlier this month.'],
    ['happenings a story has many of: elections', 'Tomas Brek was elected in 2008.', 'Tomas Brek was elected in 2012.'],
  ])('none: %s', (_what, a, b) => {
    expect(
      conflicts([
        ['Harbor Post', a],
        ['Valley Times', b],
      ]).map((c) => c.explanation),
    ).toEqual([]);
  });

  it('none when one outlet dates the happening twice apart: it speaks of two', () => {
    expect(
      conflicts([
        ['Harbor Post', 'Tomas Brek resigned in 2009. Tomas Brek resigned again in 2012.'],
        ['Valley Times', 'Tomas Brek resigned in 2012.'],
      ]),
    ).toEqual([]);
  });
});

describe('blame laid on another, against others telling the two did it together', () => {
  const actors = (texts: [string, string][]) =>
    conflictsAbout('', texts, '2018-08-21').filter((c) => c.kind === 'actor');

  it('one outlet’s "blamed his wife" against another’s "alleges that Brek and his wife": an actor conflict', () => {
    const [c, ...rest] = actors([
      [
        'Harbor Post',
        'Tomas Brek was charged on Monday. Brek had blamed his wife for the improper charges, aides said.',
      ],
      [
        'Valley Times',
        'Tomas Brek was charged on Monday. The indictment alleges that Brek and his wife misused campaign funds.',
      ],
    ]);
    expect(rest).toEqual([]);
    expect(c!.about).toBe('the improper charges: who did it');
    expect(c!.explanation).toBe(
      'Who did it: Brek blamed his wife for the improper charges (Harbor Post), while Valley Times reports the accusation that Brek and his wife did it together.',
    );
    expect(c!.evidence.map((e) => [e.outlet, e.value])).toEqual([
      ['Harbor Post', 'blames his wife'],
      ['Valley Times', 'together'],
    ]);
  });

  it.each([
    [
      'the two together, but in no accusation',
      'Brek had blamed his wife for the improper charges, aides said.',
      'Tomas Brek and his wife attended the gala on Friday.',
    ],
    [
      'another one blamed',
      'Brek had blamed his aide for the improper charges, aides said.',
      'The indictment alleges that Brek and his wife misused campaign funds.',
    ],
  ])('none: %s', (_what, a, b) => {
    expect(
      actors([
        ['Harbor Post', `Tomas Brek was charged on Monday. ${a}`],
        ['Valley Times', `Tomas Brek was charged on Monday. ${b}`],
      ]),
    ).toEqual([]);
  });
});

/**
 * Two articles, Alpha Times and Beta News, each quoting one statement of Mayor Ana Ruiz (the quote of each
 * that `pick` finds), resolved incrementally: the resolver, its items and the flag that makes Beta a
 * rewrite of Alpha.
 */
function statementCase(texts: [string, string][], text: string, pick: (quote: string) => boolean) {
  const articles = claimArticles(
    texts.map(([outlet, body]) => runPipeline(textInput(body, { outlet }), articleStages())),
  );
  const [a, b] = articles as [ClaimArticle, ClaimArticle];
  const quoteOf = (x: ClaimArticle) =>
    quoteId(
      x.id,
      x.quotes.find((q) => pick(x.text.slice(q.start, q.end)))!,
    );
  const state = { bCopiesA: false };
  const env: ClaimEnvironment = {
    entityOf: (_article, cluster) =>
      cluster === undefined ? undefined : { id: 'p1', name: 'Ana Ruiz', type: 'person' },
    entityName: () => 'Ana Ruiz',
    storyOf: () => 'story',
    eventOf: () => 'ev_1',
    // When B is found to derive from A (a rewrite), it counts for A's outlet.
    groupSource: (article) => (state.bCopiesA && article === b.id ? 'Alpha Times' : undefined),
    statement: () => ({
      speaker: 'p1',
      text,
      direct: true,
      quotes: [
        { article: a.id, id: quoteOf(a) },
        { article: b.id, id: quoteOf(b) },
      ],
    }),
    statementOfQuote: (article) => (article === a.id || article === b.id ? 's_1' : undefined),
  };
  const { items, resolver } = takenIn(env, articles);
  resolver.touchStatement('s_1');
  resolver.resolve();
  return { items, resolver, state, b };
}

/** A resolver over new items that has taken in the articles' contributions (not yet resolved). */
function takenIn(env: ClaimEnvironment, articles: readonly ClaimArticle[]) {
  const items = memoryItems();
  const resolver = new ClaimResolver(items, env, { approxTolerance: 0.05 });
  for (const x of articles)
    resolver.setArticle(
      x.id,
      contributions(x, (q) => quoteId(x.id, q)),
    );
  return { items, resolver };
}

describe('the cross-check, incrementally', () => {
  it('compares the values of one measure within one event, not across the events of a storyline', () => {
    const articles = claimArticles(
      [
        [
          'Alpha Times',
          'A gunman opened fire at the Lusk mall on Saturday. Police said 12 people were killed in the attack.',
        ],
        ['Beta News', 'Police said 8 people were killed in the attack at the Lusk mall on Saturday.'],
      ].map(([outlet, text]) => runPipeline(textInput(text!, { outlet }), [...articleStages(), quantities()])),
    ) as [ClaimArticle, ClaimArticle];
    const conflicts = (eventOf: (article: string) => string) => {
      const env: ClaimEnvironment = {
        entityOf: () => undefined,
        entityName: () => undefined,
        storyOf: () => 'story',
        eventOf,
        groupSource: () => undefined,
        statement: () => undefined,
      };
      const { items, resolver } = takenIn(env, articles);
      resolver.resolve();
      return claimResultsOf(items).conflicts.filter((c) => c.kind === 'value');
    };
    // One shooting told apart: a conflict over the toll.
    expect(conflicts(() => 'ev_1').map((c) => [...new Set(c.evidence.map((e) => e.value))].sort())).toEqual([
      ['12 people', '8 people'],
    ]);
    // Two shootings of one storyline: each its own toll.
    expect(conflicts((article) => (article === articles[0].id ? 'ev_1' : 'ev_2'))).toEqual([]);
  });

  it('checks a statement again when an article quoting it comes to count for another source', () => {
    const words = '“The harbour wall will be rebuilt before the winter storms arrive,”';
    const { items, resolver, state, b } = statementCase(
      [
        ['Alpha Times', `Crews met on Monday. ${words} Mayor Ana Ruiz said.`],
        ['Beta News', `Crews met on Monday in the town hall. ${words} Mayor Ana Ruiz said on Monday.`],
      ],
      words,
      (quote) => quote.includes('harbour wall'),
    );
    const status = () => claimResultsOf(items).claims.find((c) => c.kind === 'statement')?.status;
    expect(status()).toBe('corroborated');
    state.bCopiesA = true;
    resolver.setArticle(b.id, undefined, true);
    resolver.resolve();
    expect(status()).toBe('single-source');
  });

  it('counts an outlet that quotes a statement only as a fragment of under five words as no evidence of it', () => {
    // Each article's quote of the statement: the whole sentence in one, the fragment in the other.
    const { items } = statementCase(
      [
        [
          'Alpha Times',
          'The council met on Monday. “Closing the ferry was a reckless decision that will cost the island dearly,” Mayor Ana Ruiz said.',
        ],
        ['Beta News', 'The council met on Monday. “A reckless decision,” Mayor Ana Ruiz said of the vote.'],
      ],
      'Closing the ferry was a reckless decision that will cost the island dearly',
      (quote) => quote.toLowerCase().includes('reckless decision'),
    );
    // The statement is Alpha's alone (listed, or told by a fact of both articles' sentences): no statement
    // claim has the fragment as evidence, and none is corroborated.
    const statements = claimResultsOf(items).claims.filter((c) => c.kind === 'statement');
    expect(statements.flatMap((c) => c.evidence.map((e) => e.outlet))).not.toContain('Beta News');
    expect(statements.filter((c) => c.status === 'corroborated')).toEqual([]);
  });
});

describe('the wording of a statement worded differently by other outlets', () => {
  const trilat =
    '“After that meeting takes place, we will have a trilat, which would be the two presidents plus myself,” “Everyone is very happy about the possibility of peace for Russia/Ukraine.”';
  it('is, of a statement quoted in pieces, the pieces every other wording attests', () => {
    expect(
      attestedWording(trilat, [
        '“Everyone is very optimistic about the potential for PEACE between Russia and Ukraine.”',
      ]),
    ).toBe('“Everyone is very happy about the possibility of peace for Russia/Ukraine.”');
  });

  it.each([
    [
      'one piece',
      '“We will rebuild the lower town, every house of it.”',
      ['“We are going to rebuild the lower town.”'],
    ],
    ['no other wording', trilat, []],
    [
      'every piece attested',
      trilat,
      [
        '“After the meeting we will have a trilat of the two presidents and me. Everyone is happy about peace for Russia and Ukraine.”',
      ],
    ],
    ['no piece attested by all', trilat, ['“Everyone is happy about peace.”', '“We will have a trilat.”']],
  ])('is the whole wording: %s', (_what, wording, others) => {
    expect(attestedWording(wording, others)).toBe(wording);
  });
});

describe('the wording of a fact told in pronouns', () => {
  /** The fact claims of short articles by outlet. */
  const facts = (texts: [string, string][]) => checkTexts(texts).claims.filter((c) => c.kind === 'fact');

  it('names the speaker both outlets give the words to, in brackets', () => {
    const found = facts([
      [
        'Harbor Post',
        'Mayor Ana Ruiz visited the flooded Quayside district of Caddenford on Monday. She said that 412 homes in the Quayside district had been flooded, and that “every one of them will be rebuilt.”',
      ],
      [
        'Valley Times',
        'Mayor Ana Ruiz toured the flooded streets of Caddenford on Monday. She said 412 homes in the Quayside district were flooded and promised that “every one of them will be rebuilt.”',
      ],
    ]).filter((c) => c.statement.includes('412 homes'));
    expect(found.map((c) => c.statement)).toEqual([
      '[Ana Ruiz] said that 412 homes in the Quayside district had been flooded, and that “every one of them will be rebuilt.”',
    ]);
    expect(found[0]!.evidence.map((e) => e.text.slice(0, 8))).toEqual(['She said', 'She said']);
  });
});
