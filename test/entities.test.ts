/**
 * Entities: mentions, roles and aliases on the seeds (against a gold written by reading them), on the
 * example corpus (its misspelled name and its two holders of one office), negative cases, and hand
 * corrections that survive a new analysis.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/article/types.ts';
import { resolveAliases, type Entity } from '../src/corpus/aliases/index.ts';
import {
  givenNamesAgree,
  nameParts,
  soundKey,
  surnamesAgree,
  transliterationKey,
} from '../src/corpus/aliases/names.ts';
import { oneFullName } from '../src/stages/entities/index.ts';
import { recordKey } from '../src/corpus/aliases/records.ts';
import { describeEntity } from '../src/cli/entities/index.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { readInputs } from '../src/read/index.ts';
import { SEED_PERSON_MENTIONS } from './gold/seed-persons.ts';
import { scorePersonMentions } from './helpers/persons.ts';
import { cli, textInput } from './helpers/run.ts';
import { EXAMPLES, sharedPath } from './helpers/shared.ts';

async function analyse(dir: string): Promise<Map<string, Article>> {
  const out = new Map<string, Article>();
  for await (const r of readInputs([dir])) {
    if ('error' in r) throw r.error;
    out.set(
      path.basename(r.input.path) + (r.input.record ? `:${r.input.record}` : ''),
      runPipeline(r.input, articleStages()),
    );
  }
  return out;
}

const resolve = (articles: Map<string, Article>) =>
  resolveAliases([...articles.entries()].map(([article, a]) => ({ article, entities: a.annotations.entities! })));

/** The entity holding an alias (exactly as written). */
function holding(entities: Entity[], alias: string): Entity {
  const found = entities.filter((e) => e.aliases.includes(alias));
  expect(found, `one entity holds "${alias}"`).toHaveLength(1);
  return found[0]!;
}

const seeds = sharedPath('corpus/seeds');

describe.skipIf(!seeds)('entities on the seed corpus', () => {
  let articles: Map<string, Article>;
  let entities: Entity[];
  beforeAll(async () => {
    articles = await analyse(seeds!);
    entities = resolve(articles);
  });

  it('finds person mentions with precision and recall of at least 0.95 against the gold', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const file of readdirSync(seeds!).filter((f) => f.endsWith('.txt'))) {
      const score = scorePersonMentions(
        articles.get(file)!.annotations.entities!,
        SEED_PERSON_MENTIONS[file.slice(0, 3)]!,
      );
      tp += score.tp;
      fp += score.fp;
      fn += score.fn;
    }
    expect(tp + fn).toBeGreaterThan(250);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['Donald Trump', ['Donald Trump', 'Trump']],
    ['Volodymyr Zelensky', ['Volodymyr Zelensky', 'Zelensky', 'Zelenskyy', 'Volodymyr Zelenskyy']],
    ['Vladimir Putin', ['Vladimir Putin', 'Putin']],
    ['Steve Witkoff', ['Steve Witkoff', 'Witkoff', 'Stephen Whitcoff', 'Whitcoff']],
    ['Mark Rutte', ['Mark Rutte', 'Rutte']],
    ['Friedrich Merz', ['Friedrich Merz', 'Merz']],
    ['Emmanuel Macron', ['Emmanuel Macron', 'Macron']],
    ['Ursula von der Leyen', ['Ursula von der Leyen']],
  ])('merges the variants of %s into one entity', (name, variants) => {
    const entity = holding(entities, variants[0]!);
    expect(entity.name).toBe(name);
    expect(entity.type).toBe('person');
    for (const v of variants) expect(entity.aliases).toContain(v);
  });

  it('says why Whitcoff is Witkoff', () => {
    const merge = holding(entities, 'Whitcoff').merges.find((m) => m.reason.includes('misspelling'));
    expect(merge?.reason).toMatch(/whitcoff \/ witkoff/);
    expect(merge?.reason).toMatch(/same role \(special envoy\)/);
    expect(merge!.score).toBeGreaterThanOrEqual(0.7);
  });

  it.each([
    ['Mark Rutte', 'Jens Stoltenberg'],
    ['Sergei Lavrov', 'Yuri Ushakov'],
    ['Vladimir Putin', 'Volodymyr Zelensky'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(holding(entities, a)).not.toBe(holding(entities, b));
  });

  it('records "NATO Secretary General" for two different holders, each with its article and span', () => {
    const holders = entities.filter((e) => e.roles.some((r) => r.title === 'Secretary General' && r.org === 'NATO'));
    expect(holders.map((e) => e.name).sort()).toEqual(['Jens Stoltenberg', 'Mark Rutte']);
    for (const e of holders) {
      const role = e.roles.find((r) => r.title === 'Secretary General')!;
      const article = articles.get(role.article)!;
      expect(article.text.slice(role.start, role.end)).toBe(role.text);
      expect(role.text).toMatch(/^NATO Secretary[- ]General$/);
    }
    expect(holders.map((e) => e.roles.find((r) => r.title === 'Secretary General')!.article).sort()).toEqual([
      '002_8557ead743fed211.txt',
      '003_575d9e9093f51687.txt',
    ]);
  });

  it('records "Former U.S. President" for Trump, with its article and span', () => {
    const role = holding(entities, 'Donald Trump').roles.find((r) => r.former)!;
    expect(role).toMatchObject({
      title: 'President',
      org: 'U.S.',
      country: 'United States',
      former: true,
      text: 'Former U.S. President',
    });
    expect(articles.get(role.article)!.text.slice(role.start, role.end)).toBe('Former U.S. President');
    expect(role.article).toBe('004_3d593497930b904a.txt');
  });

  it('resolves role descriptions to the person who holds the role in that article', () => {
    const a = articles.get('002_8557ead743fed211.txt')!;
    const { mentions, clusters } = a.annotations.entities!;
    const described = mentions.filter((m) => m.kind === 'description').map((m) => [m.text, clusters[m.cluster]!.name]);
    expect(described).toContainEqual(['the Ukrainian leader', 'Volodymyr Zelensky']);
    expect(described).toContainEqual(['the Russian leader', 'Vladimir Putin']);
  });
});

describe('entities on the example corpus', () => {
  let articles: Map<string, Article>;
  let entities: Entity[];
  beforeAll(async () => {
    articles = await analyse(EXAMPLES);
    entities = resolve(articles);
  });

  it('takes the misspelled Velenco for Velenko, and says why', () => {
    const e = holding(entities, 'Dariusz Velenco');
    expect(e.aliases).toContain('Dariusz Velenko');
    expect(e.name).toBe('Dariusz Velenko');
    expect(e.merges.map((m) => m.reason).join(' ')).toMatch(
      /likely misspelling of one name \(velenco \/ velenko\): same role \(emergency coordinator\)/,
    );
  });

  it('names two holders of the office of Water Commissioner, and knows one as former', () => {
    const holders = entities.filter((e) => e.roles.some((r) => r.title === 'Water Commissioner'));
    expect(holders.map((e) => e.name).sort()).toEqual(['Ingrid Solvang', 'Piers Hallowell']);
    const hallowell = holding(entities, 'Piers Hallowell');
    expect(hallowell.roles.filter((r) => r.former).map((r) => r.text)).toContain('Former Water Commissioner');
    const elFaro = hallowell.roles.find((r) => !r.former)!;
    expect(elFaro.article).toBe('elfaro-evacuees.txt');
    expect(articles.get(elFaro.article)!.text.slice(elFaro.start, elFaro.end)).toBe('Water Commissioner');
  });

  it('merges Ted with Theodore Wexley and keeps the ferry story’s people to themselves', () => {
    expect(holding(entities, 'Ted Wexley')).toBe(holding(entities, 'Theodore Wexley'));
    const ferry = new Set(
      articles
        .get('kestle-ferry.txt')!
        .annotations.entities!.clusters.filter((c) => c.type === 'person')
        .map((c) => c.name),
    );
    for (const e of entities.filter((x) => x.type === 'person' && x.aliases.some((a) => ferry.has(a)))) {
      expect(new Set(e.mentions.map((m) => m.article))).toEqual(new Set(['kestle-ferry.txt']));
    }
  });

  it('resolves "Mr. Wexley" and "the mayor" style mentions inside an article', () => {
    const herald = articles.get('herald-dam-breach.txt')!.annotations.entities!;
    const wexley = herald.clusters.find((c) => c.name === 'Theodore Wexley')!;
    const names = herald.mentions.filter((m) => m.cluster === wexley.id).map((m) => m.text);
    expect(names).toContain('Theodore Wexley');
    expect(names).toContain('Wexley');
  });
});

describe('entities: the names of one country', () => {
  const entitiesOf = (...texts: string[]) =>
    resolveAliases(
      texts.map((t, i) => ({
        article: `a${i}`,
        entities: runPipeline(textInput(t), articleStages()).annotations.entities!,
      })),
    );

  it('are one place, whatever the article writes; the names of two countries are two', () => {
    const entities = entitiesOf(
      'The U.S. sent aid to Ukraine on Monday. Officials in Britain said they would match it.',
      'The United States pledged more. America will lead, the envoy said, and the UK will follow.',
      'Germany and France said the United Kingdom had asked for talks. The UAE said it would help.',
      'The United Arab Emirates pledged money.',
    );
    const us = holding(entities, 'U.S.');
    expect(us.type).toBe('place');
    expect(us.aliases).toEqual(expect.arrayContaining(['U.S.', 'United States', 'America']));
    expect(holding(entities, 'UK').aliases).toEqual(expect.arrayContaining(['UK', 'Britain', 'United Kingdom']));
    expect(holding(entities, 'UAE').aliases).toEqual(expect.arrayContaining(['UAE', 'United Arab Emirates']));
    expect(holding(entities, 'UAE').type).toBe('place');
    expect(holding(entities, 'Germany')).not.toBe(holding(entities, 'France'));
    expect(holding(entities, 'UK')).not.toBe(us);
  });
});

describe('entities: negative cases', () => {
  const run = (content: string) => runPipeline(textInput(content), articleStages()).annotations.entities!;
  const names = (content: string, type = 'person') =>
    run(content)
      .mentions.filter((m) => m.type === type && m.kind === 'name')
      .map((m) => m.text);

  it('takes a word in capitals for initials, not a thing written short or a word shouted', () => {
    const text =
      'The mayor posted: “Everyone is hopeful about the potential for PEACE on the river.” A peace deal is near, ' +
      'the mayor said on live TV. The company’s CEO spoke to the FBI. NASA and the GOP said the dam would hold.';
    expect(names(text, 'organisation')).toEqual(['FBI', 'NASA', 'GOP']);
    expect(names('‘PEACE is possible,’ she said. A peace deal is near.', 'organisation')).toEqual([]);
    // Out of quoted words, a word in capitals is initials even when the article writes the word too.
    const initials =
      'Harbour banks were cut off from SWIFT last year. The swift response surprised the council. ' +
      'The aid group CARE said it would send food; officials said they care about the families.';
    expect(names(initials, 'organisation')).toEqual(['SWIFT', 'CARE']);
    // In quoted words too, when the article writes it in capitals out of them.
    const quoted =
      'The governor said: “SNAP cuts will hurt families.” She called it a snap decision. The SNAP program feeds many.';
    expect(names(quoted, 'organisation')).toEqual(['SNAP', 'SNAP']);
    // A headline in capitals writes every word so: no sign of initials.
    const headline =
      'PEACE TALKS RESUME IN GENEVA\n\nThe president wrote that the meeting raised “the possibility of PEACE” in the ' +
      'region. Diplomats said a peace deal was still far off.';
    expect(names(headline, 'organisation')).toEqual([]);
  });

  it('does not take headline capitals for names', () => {
    const found = names(
      'Mayor Drops Bombshell As Harbour Talks Collapse\n\nMayor Ilse Brandt said the harbour talks had failed. Brandt left early.',
    );
    expect(found).toEqual(['Ilse Brandt', 'Brandt']);
  });

  it.each([
    [
      'Pastor Wants Harbour Leaders To Be Fined For Opposing The Dam.\n\nPastor Tomas Brek said on Monday that the dam must stay.',
      [],
    ],
    [
      'Peter Lund Ties Tomas Brek With Ana Ruiz In A Three-Way Race.\n\nPeter Lund, Tomas Brek and Ana Ruiz each polled 30 percent.',
      ['Peter Lund', 'Tomas Brek', 'Ana Ruiz'],
    ],
    // A caption of names is no headline, whatever its capitals.
    ['Salah Abu-Laban, Sahar Quaider, Ghassan Abu-Laban and Reem As-Saba’ee.\n\nThey lived here.', null],
  ])('reads a title-case line that ends on a stop as a headline: %s', (text, found) => {
    const e = run(text);
    const persons = e.mentions.filter((m) => m.type === 'person' && m.end < text.indexOf('\n')).map((m) => m.text);
    if (found) expect(persons).toEqual(found);
    else expect(e.mentions.map((m) => m.text)).toContain('Sahar Quaider');
  });

  it.each([
    // A sentence that names a work or a programme in title case is no headline.
    [
      'A title\n\nEducation Secretary Anna Varga announced the Race To The Top winners on Tuesday. Varga said 10 states had won.',
      ['Anna Varga', 'Varga'],
    ],
    ['A title\n\nFirst Lady Anna Varga promoted her Be Best campaign in Nashville.', ['Anna Varga']],
    ['A title\n\n"Make The Harbour Great Again Is Back," Peter Lund said.', ['Peter Lund']],
    [
      'A title\n\nPresident Anna Varga signed the Protecting Harbours From Foreign Adversary Controlled Applications Act.',
      ['Anna Varga'],
    ],
  ])('reads the names of a sentence that holds a title in title case: %s', (text, found) => {
    expect(names(text)).toEqual(found);
  });

  it.each([
    [
      'Mayor Ruth Bloomberg spoke on Monday. Bloomberg said she would run. In 2013, Bloomberg had decided not to run.',
      'person',
    ],
    [
      'Ruth Bloomberg owns the firm. Bloomberg estimates fortunes daily, and Bloomberg publishes its list at noon. In 2012, Bloomberg began the ranking.',
      'organisation',
    ],
  ])('reads a namesake whose words say nothing as most of those whose words say: %s', (text, type) => {
    const e = run(text);
    const last = e.mentions.filter((m) => m.text === 'Bloomberg').at(-1)!;
    expect(e.clusters[last.cluster]!.type).toBe(type);
  });

  it.each([
    // The parts are names of their own: the article writes one alone, or a list knows one.
    [
      'The Varga-Lund talks ended. Varga left first, and Lund stayed.',
      ['unknown:Varga', 'unknown:Lund', 'unknown:Varga', 'unknown:Lund'],
    ],
    // One part only a name of its own: a hyphenated surname ("Zeta-Jones" beside a Tom Jones).
    [
      'Ana Zeta-Lund said she was glad. Tomas Lund sang. Lund left.',
      ['person:Ana Zeta-Lund', 'person:Tomas Lund', 'person:Lund'],
    ],
    ['The U.S.-Mexico border was closed.', ['place:U.S.', 'place:Mexico']],
    // One name written with a hyphen.
    ['The case against Wal-Mart went on. Wal-Mart said it would appeal.', ['unknown:Wal-Mart', 'unknown:Wal-Mart']],
    // No name: nationalities, a code; a compound word names what is before the dash.
    ['Many African-Americans voted. The H-1B program grew. The Brooklyn-based firm left.', ['place:Brooklyn']],
    [
      'Ban Ki-moon took office. They met in Stratford-upon-Avon.',
      ['unknown:Ban Ki-moon', 'unknown:Stratford-upon-Avon'],
    ],
  ])('reads a dashed run part by part only when its parts are names of their own: %s', (text, found) => {
    expect(run(text).mentions.map((m) => `${m.type}:${m.text}`)).toEqual(found);
  });

  it.each([
    ['Since World War II, the town has grown.', []],
    ['Billionaire Peter Lund praised the plan.', ['Peter Lund']],
    ['Rival Anna Varga objected on Monday.', ['Anna Varga']],
    ['Robert S. Kane III spoke on Monday.', ['Robert S. Kane III']],
  ])(
    'reads a word before a name that describes the person, and a counted Roman numeral, as no name: %s',
    (text, found) => {
      expect(names(text)).toEqual(found);
    },
  );

  it.each([
    ['Foreign Minister Julie Bishop met her counterpart. Bishop said the talks were productive.', 'Julie Bishop'],
    ['Dan Bishop won the special election. Bishop said voters wanted change. Bishop Mark Jones prayed.', 'Dan Bishop'],
    ['Senator Patty Judge spoke on Monday. Sen. Judge said the bill would pass.', 'Patty Judge'],
  ])('takes a title alone for the surname of the one the article names so: %s', (text, who) => {
    const e = run(text);
    const surname = who.split(' ').at(-1)!;
    const bare = e.mentions.filter((m) => m.text === surname);
    expect(bare.length).toBeGreaterThan(0);
    for (const m of bare) expect(e.clusters[m.cluster]!.name).toBe(who);
  });

  it('takes a title after "the" for whoever holds the office, not for a namesake', () => {
    const e = run('Senator Angus King spoke. The King thanked the guests. The Judge dismissed the case.');
    expect(e.mentions.map((m) => m.text)).toEqual(['Angus King']);
  });

  it('finds a short surname in a headline as the person the body names in full, not a word of a law', () => {
    expect(names('Ota Resigns As Prime Minister\n\nPrime Minister Ken Ota resigned on Monday.')).toEqual([
      'Ota',
      'Ken Ota',
    ]);
    expect(names('Act Is Signed Into Law\n\nThe Dodd-Frank Act was signed on Monday.')).toEqual([]);
  });

  it('takes a word in a title-case headline for initials only when it is written in capitals, and no run of it for a board', () => {
    const e = run('Tomas Brek Just Revealed Who He Would Pick For The Board\n\nTomas Brek spoke on Monday.');
    expect(e.mentions.map((m) => `${m.type}:${m.text}`)).toEqual(['person:Tomas Brek', 'person:Tomas Brek']);
  });

  it.each([
    ['Anna Varga, chairman of the Republican National Committee, spoke.', 'organisation:Republican National Committee'],
    ['The Democratic Party met on Monday.', 'organisation:Democratic Party'],
    ['The American Medical Association objected.', 'organisation:American Medical Association'],
    // A body named on its own, said whose: the party word is no part of its name.
    ['The Democratic Senate passed the bill.', 'organisation:Senate'],
    ['The Republican-led Congress passed the bill.', 'organisation:Congress'],
    ['The Soviet Union fell in 1991.', 'place:Soviet Union'],
  ])('keeps a nationality or party word that opens an organisation’s name: %s', (text, found) => {
    expect(run(text).mentions.map((m) => `${m.type}:${m.text}`)).toContain(found);
  });

  it.each([
    ['Speaker of the House Anna Varga said no.', ['person:Anna Varga'], 'Speaker of the House'],
    ['Secretary of the Treasury Peter Lund agreed on Monday.', ['person:Peter Lund'], 'Secretary of the Treasury'],
    ['The Speaker of the House said nothing about the Secretary of the Interior.', [], undefined],
  ])(
    'reads a title of a body named with "the" before a name as the role, and without a name as no one: %s',
    (text, found, title) => {
      const e = run(text);
      expect(e.mentions.filter((m) => m.type === 'person').map((m) => `${m.type}:${m.text}`)).toEqual(found);
      expect(e.roles[0]?.title).toBe(title);
    },
  );

  it.each([
    ['Controversial Lusk County Sheriff Ilse Brandt endorsed the plan on Tuesday.', 'Ilse Brandt', 'Sheriff'],
    ['City Councilman Tomas Brek Jr. said no.', 'Tomas Brek Jr.', 'Councilman'],
    ['Rabbi Ana Ruiz and Pastor Ilse Brandt prayed.', 'Ana Ruiz', 'Rabbi'],
    ['State Treasurer Tomas Brek resigned.', 'Tomas Brek', 'Treasurer'],
  ])('reads a title of local office or of the clergy before a name as the role: %s', (text, name, title) => {
    const e = run(text);
    const m = e.mentions.find((x) => x.text === name);
    expect(m?.type).toBe('person');
    expect(e.roles.find((r) => r.cluster === m!.cluster)?.title).toBe(title);
  });

  it('does not take a bare title, a sentence opener or a nationality for a person', () => {
    const found = names(
      'The U.S. President once again spoke. Officials said little. Earlier Monday, Ukrainian troops moved. Meanwhile Reuters reported it.',
    );
    expect(found).toEqual([]);
  });

  it.each([
    // A contraction, a preposition or a pronoun of many that opens a sentence is no name.
    ["I'm sure the dam will hold. I’m not. In Caddenford, Others said it would leak.", ['place:Caddenford']],
    // A people's or a nation's word is no name of its own: "Mexican voters", "Latinos", "the Cuban".
    ['Mexican voters backed him. Latinos and Hispanic voters split. The Cuban said no.', []],
    // Nor in a dashed run of nations.
    ['The U.S.-Israeli alliance held. The Israel-Palestinian talks stalled.', ['place:U.S.', 'place:Israel']],
  ])('takes no name of a contraction, a preposition or a people: %s', (text, typed) => {
    expect(run(text).mentions.map((m) => `${m.type}:${m.text}`)).toEqual(typed);
  });

  it('takes a nationality alone for the surname of a person the article names in full where it is said of one', () => {
    const e = run(
      'Mark Cuban spoke first. Cuban said the team would stay, and Cuban also demurred. Later the Cuban delegation ' +
        'left; Cuban cigars were banned. Dawn French grew up in Plymouth. She speaks fluent French.',
    );
    expect(
      e.mentions.filter((m) => m.type === 'person').map((m) => `${m.text}:${e.clusters[m.cluster]!.name}`),
    ).toEqual(['Mark Cuban:Mark Cuban', 'Cuban:Mark Cuban', 'Cuban:Mark Cuban', 'Dawn French:Dawn French']);
  });

  it.each([
    // A nationality or a people before common words that are no name of their own opens a name, and so
    // does one before a body.
    ['The Arab Spring ended. Latino Decisions polled them.', ['Arab Spring', 'Latino Decisions']],
    ['He flew American Airlines to the Dominican Republic.', ['American Airlines', 'Dominican Republic']],
    ['The Cuban Missile Crisis began. The Mexican Congress voted.', ['Cuban Missile Crisis', 'Mexican Congress']],
    // Not before a person's name, initials or a party's word.
    [
      'Mexican Luis Varga resigned. African-American RNC members met. Russian Medvedev won.',
      ['Luis Varga', 'RNC', 'Medvedev'],
    ],
    ['Republican Tomas Brek won.', ['Tomas Brek']],
  ])('keeps a nationality that opens a name, and drops it elsewhere: %s', (text, found) => {
    expect(run(text).mentions.map((m) => m.text)).toEqual(found);
  });

  it('types the states written short, and the Islamic State, by the lists', () => {
    const e = run(
      'He flew from Orlando, Fla., to Concord, N.H., and then to Washington, D.C. The Islamic State claimed it.',
    );
    expect(e.mentions.filter((m) => m.type !== 'unknown').map((m) => `${m.type}:${m.text}`)).toEqual([
      'place:Orlando',
      'place:Fla.',
      'place:Concord',
      'place:N.H.',
      'place:Washington',
      'place:D.C.',
      'organisation:Islamic State',
    ]);
  });

  it.each([
    // A given name of the longer list makes a person of a plain name of two words, or three with an initial …
    ['Carly Fiorina and Merrick B. Garland spoke.', ['Carly Fiorina', 'Merrick B. Garland']],
    // … not of a name that ends like a place, a body or an event, nor of a longer run, a dashed word or a headline.
    ['Sanders Iowa staff met the Christie Union Leader team. The ISIS-inspired plot failed.', []],
    ['Fires reached Beverly Hills. Davis Cup organizers met. The Marshall Plan worked. Harris Poll data came.', []],
    ['Carly Fiorina Wins The Debate\n\nThe debate ended.', []],
  ])('reads a plain name that opens on a given name of the longer list as a person: %s', (text, found) => {
    expect(names(text.includes('\n') ? text : `A title\n\n${text}`)).toEqual(found);
  });

  it('takes the word that ends the names of papers and bodies, alone after "the", for one of them', () => {
    const e = run('Varga told the Times he would run. While serving in the House, Brek voted no. He bought a House.');
    expect(e.mentions.filter((m) => m.type === 'organisation').map((m) => m.text)).toEqual(['Times', 'House']);
  });

  it('types the cities of the list by their whole name, and a city that is the surname of a person named in full by its words', () => {
    const e = run(
      'Whitney Houston sang in Las Vegas. Houston said she would return. The Denver Broncos won, the Des Moines Register wrote. ' +
        'Congressman Steve Israel spoke. Israel said the vote was close. He flew to Houston, Texas.',
    );
    expect(e.mentions.map((m) => `${m.type}:${m.text}:${e.clusters[m.cluster]!.name}`)).toEqual([
      'person:Whitney Houston:Whitney Houston',
      'place:Las Vegas:Las Vegas',
      'person:Houston:Whitney Houston',
      'unknown:Denver Broncos:Denver Broncos',
      'organisation:Des Moines Register:Des Moines Register',
      'person:Steve Israel:Steve Israel',
      'person:Israel:Steve Israel',
      'place:Houston:Houston',
      'place:Texas:Texas',
    ]);
  });

  it('takes a word that is no common word, before a verb of saying at the start of a sentence, for a name', () => {
    const e = run('Merrick B. Garland spoke. Garland said the case was closed. Officials said nothing.');
    expect(e.mentions.map((m) => `${m.text}:${e.clusters[m.cluster]!.name}`)).toEqual([
      'Merrick B. Garland:Merrick B. Garland',
      'Garland:Merrick B. Garland',
    ]);
  });

  it.each([
    // A country of the lists stays the country beside a person of that surname, but where its words say a person.
    [
      'Rep. Steve Israel spoke. Israel said the job was hard. Israel launched airstrikes. Israel said it would respond.',
      ['person:Steve Israel', 'person:Israel', 'place:Israel', 'place:Israel'],
    ],
    // A city of the longer list that is the surname: the person, but the place before a noun of its own.
    [
      'Abraham Lincoln spoke. Lincoln wrote it on the train. Joaquin Phoenix acted. Phoenix temperatures hit 115.',
      ['person:Abraham Lincoln', 'person:Lincoln', 'person:Joaquin Phoenix', 'place:Phoenix'],
    ],
    // An honorific, or a given name alone before a word that ends places' names and surnames alike: a person.
    [
      'Ms. Plaza said the show was over. Adam Beach starred. Beverly Hills burned.',
      ['person:Plaza', 'person:Adam Beach', 'place:Beverly Hills'],
    ],
    // A state written short that is a word is one after a comma; a city after "a" as its phrase's head is none.
    [
      'The family attended Mass. Boston, Mass. is cold. He drives a Lincoln. A Houston lawyer left.',
      ['unknown:Mass.', 'place:Boston', 'place:Mass.', 'unknown:Lincoln', 'place:Houston'],
    ],
    // A dateline in capitals is a place.
    [
      'BAGHDAD (AP) — A bomb exploded. SPRINGFIELD, Ill. — The vote passed.',
      ['place:BAGHDAD', 'organisation:AP', 'place:SPRINGFIELD', 'place:Ill.'],
    ],
  ])('reads a listed place beside a person of its name, and places by their words: %s', (text, typed) => {
    expect(run(text).mentions.map((m) => `${m.type}:${m.text}`)).toEqual(typed);
  });

  it('knows the nationality of any country for a role', () => {
    const e = run('Venezuelan President Nicolás Maduro spoke. Kenyan Foreign Minister Amina Wekesa replied.');
    expect(e.roles.map((r) => `${r.title}|${r.country}`)).toEqual(['President|Venezuela', 'Foreign Minister|Kenya']);
  });

  it('types organisations and places by their names and words', () => {
    const e = run('The Kremlin said the Lusk Valley Water Board had met in Caddenford near Mill Street.');
    const typed = e.mentions.map((m) => `${m.type}:${m.text}`);
    expect(typed).toEqual([
      'organisation:Kremlin',
      'organisation:Lusk Valley Water Board',
      'place:Caddenford',
      'place:Mill Street',
    ]);
  });

  it('types a publication by the last word of its name, a place before it included', () => {
    const e = run(
      'According to Harbor City Magazine writer Tomas Ferlund, the dam leaked. The Brennick Globe agreed, as ' +
        'did the Lusk Inquirer and the Caddenford Post-Dispatch.',
    );
    expect(e.mentions.filter((m) => m.type === 'organisation').map((m) => m.text)).toEqual([
      'Harbor City Magazine',
      'Brennick Globe',
      'Lusk Inquirer',
      'Caddenford Post-Dispatch',
    ]);
  });

  it('keeps a leading word that belongs to a listed name, and drops it elsewhere', () => {
    const e = run('He told The New York Times he lives in New York. New details emerged. The Washington Post agreed.');
    expect(e.mentions.map((m) => `${m.type}:${m.text}`)).toEqual([
      'organisation:New York Times',
      'place:New York',
      'organisation:Washington Post',
    ]);
  });

  it('reads a role stated after the name, as an apposition', () => {
    const e = run('Friedrich Merz, the German chancellor, said the talks went well.');
    expect(e.roles).toEqual([
      expect.objectContaining({ text: 'German chancellor', title: 'Chancellor', org: 'German', country: 'Germany' }),
    ]);
    expect(e.clusters[e.roles[0]!.cluster]!.name).toBe('Friedrich Merz');
  });

  it.each([
    ['Contenders include recently resigned RNC political director Gentry Collins and others.', true],
    ['A visibly resigned Prime Minister Theresa May told lawmakers she would keep trying.', false],
    ['The board fired CEO John Smith on Monday.', false],
    ['The board recently fired Chairman John Smith on Monday.', false],
    ['The newly retired police chief Ann Hale spoke at the ceremony.', true],
  ])('reads a participle of leaving an office as "former" only after an adverb of time: %s', (text, former) => {
    const roles = run(text).roles;
    expect(roles).toHaveLength(1);
    expect(!!roles[0]!.former).toBe(former);
  });

  it.each([
    ['Dorn, around Dec. 1, 2017, told Vale to lie.', ['Dorn', 'Vale']],
    ['On Sept. 12 the council met Ana Ruiz.', ['Ana Ruiz']],
    ['The vote on Jan 5 went to Ana Ruiz.', ['Ana Ruiz']],
    ['Jan Novak met Ana Ruiz on Monday.', ['Jan Novak', 'Ana Ruiz']],
    ['Dorn, around Dec. 2017, told Vale to lie.', ['Dorn', 'Vale']],
    ['On Sept. 12th the council met Ana Ruiz.', ['Ana Ruiz']],
  ])('reads a month written short before a day as a date, not a name: %s', (text, names) => {
    expect(run(text).mentions.map((m) => m.text)).toEqual(names);
  });

  it.each([
    ['Martin Luther King Jr. led the march on Monday.', ['Martin Luther King Jr.'], 0],
    ['Carole Bishop Jr. spoke at the hearing on Monday.', ['Carole Bishop Jr.'], 0],
    ['King Charles visited the harbour town on Monday.', ['Charles'], 1],
  ])('reads a title word before a generational suffix as the surname: %s', (text, names, roles) => {
    const e = run(text);
    expect(e.mentions.map((m) => m.text)).toEqual(names);
    expect(e.roles).toHaveLength(roles);
  });

  it('keeps the adverb and the participle out of the office', () => {
    const [role] = run('Contenders include recently resigned RNC political director Gentry Collins and others.').roles;
    expect(role).toMatchObject({ title: 'Political Director', org: 'RNC', former: true });
  });

  it('reads an article the same whatever was read before it (a possessive is split even once the tokenizer has seen it whole)', () => {
    const later = 'Orla Vennick’s attorney, Ben Hask, said the arrest was a spectacle. Vennick’s lawyer agreed.';
    const before = run(later);
    run('The story would line up with Ms. Vennick’s. Nobody asked about Vennick’s.');
    const after = run(later);
    expect(after).toEqual(before);
    expect(after.mentions.map((m) => m.text)).toContain('Orla Vennick');
  });

  it('takes a name before a US party and state for a person, and the designation for no one', () => {
    const e = run(
      '“It went too far,” Senate Whip Dana Kells, D-Ill., told the paper. Rep. Ola Brandt (R-Texas) agreed.',
    );
    expect(e.mentions.map((m) => `${m.type}:${m.text}`)).toEqual(['person:Dana Kells', 'person:Ola Brandt']);
    expect(e.roles.map((r) => [r.title, r.org])).toEqual([['Whip', 'Senate']]);
  });

  it.each([
    ['The mayor endorsed Ilse Brandt Wednesday at the convention. Brandt thanked her.', ['Ilse Brandt', 'Brandt']],
    ['Tomas Ferlund broke with Mayor Ana Ruiz Monday over the bridge.', ['Tomas Ferlund', 'Ana Ruiz']],
    ['Ahead of Super Tuesday, Tomas Ferlund campaigned.', ['Tomas Ferlund']],
    ['Early Tuesday, Ana Ruiz spoke. On Friday she left.', ['Ana Ruiz']],
    ['The shoppers lined up on Black Friday to see Ana Ruiz.', ['Ana Ruiz']],
    // A weekday alone after a name is a name's last word only when nothing else is left.
    ['Rex Early said the count was fair.', ['Rex Early']],
  ])('leaves a weekday after a name, and a day with a name of its own, out of names: %s', (text, found) => {
    expect(run(text).mentions.map((m) => m.text)).toEqual(found);
  });

  it.each([
    // A weekday after a given name alone is the surname; a named day's word may be one too.
    ['Coach Mike Friday said the squad was ready.', ['person:Mike Friday']],
    ['Rep. Diane Black Tuesday said she would run for governor.', ['person:Diane Black']],
    ['Tomas Ferlund Thursday said the talks had failed.', ['person:Tomas Ferlund']],
    ['The pound crashed on Black Wednesday in 1992.', []],
    ['The Selection Sunday show drew viewers.', []],
    // A surname that is a place word, before "of": no run over it.
    ['Stephen Hall of Reuters reported from the city.', ['place:Stephen Hall', 'organisation:Reuters']],
    // A body told of another's plans is no body of that place.
    ['The president warned the Senate of Iran’s plans.', ['organisation:Senate', 'place:Iran']],
    ['Hall of Famer Joe Hallam died at 84.', ['person:Joe Hallam']],
    ['Tomas Ferlund, President of CNN Worldwide, said no.', ['person:Tomas Ferlund', 'organisation:CNN']],
    ['The Georgia Institute of Technology said it would reopen.', ['organisation:Georgia Institute of Technology']],
    // A weekday after a body's one-word name says when; "The" puts no day in time.
    ['The Fed Wednesday held rates steady.', ['unknown:Fed']],
    ['The Ruby Tuesday chain closed 30 restaurants.', ['person:Ruby Tuesday']],
    // A place word after one word, before a listed place or body, is a surname; a direction qualifies it.
    ['Tamron Hall of NBC interviewed him.', ['place:Tamron Hall', 'organisation:NBC']],
    ['The Southern District of New York charged him.', ['place:Southern District of New York']],
    ['The Republic of Korea objected.', ['place:Republic of Korea']],
    // A name that begins before "People's" is no "Republic of China".
    ['The People’s Republic of China objected.', ['unknown:People', 'place:China']],
    // A two-word title inside the run, and the head of a name with "of" that opens a sentence.
    [
      'Department of Harbours Inspector General Tomas Ferlund said.',
      ['organisation:Department of Harbours', 'person:Tomas Ferlund'],
    ],
    [
      'Office of Harbour Management Director Tomas Ferlund said.',
      ['organisation:Office of Harbour Management', 'person:Tomas Ferlund'],
    ],
    // A name after a listed place in a body's name, and no split of a body's own words.
    [
      'Governor of the Bank of Japan Kazuo Ueda signalled a rise.',
      ['organisation:Bank of Japan', 'unknown:Kazuo Ueda'],
    ],
    ['Texas Christian University fired its coach.', ['organisation:Texas Christian University']],
  ])('keeps names whole where a weekday, a place word or "of" stands in them: %s', (text, found) => {
    expect(
      run(text)
        .mentions.filter((m) => m.kind === 'name')
        .map((m) => `${m.type}:${m.text}`),
    ).toEqual(found);
  });

  it('types a name by its head before "of", unless a person the article names stands inside it', () => {
    const e = run(
      'The Department of Harbours said the Bank of Caddenford and the University of Lusk agreed with the ' +
        'Republic of Velmark. Orla Vennick spoke. The board notified Congress of Vennick’s report.',
    );
    expect(e.mentions.map((m) => `${m.type}:${m.text}`)).toEqual([
      'organisation:Department of Harbours',
      'organisation:Bank of Caddenford',
      'organisation:University of Lusk',
      'place:Republic of Velmark',
      'person:Orla Vennick',
      'organisation:Congress',
      'person:Vennick',
    ]);
  });

  it('reads a title with "of" before a name as the role, and the last words as the name', () => {
    const e = run(
      'Director of Harbour Safety Anna Brandt said the quay was closed. Mayor of Caddenford Ana M. Ruiz agreed. ' +
        'President of South Korea Kel Dong Ruo arrived. The Director of the Lusk Project left.',
    );
    expect(e.mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual([
      'Anna Brandt',
      'Ana M. Ruiz',
      'Kel Dong Ruo',
    ]);
    expect(e.roles.map((r) => r.title)).toEqual([
      'Director of Harbour Safety',
      'Mayor of Caddenford',
      'President of South Korea',
    ]);
    // A surname alone, or a word that opens no name, is not taken for the name.
    const alone = run('Secretary of Harbour Safety Brandt resigned. He was named President of Lusk Asset Management.');
    expect(alone.roles).toEqual([]);
  });

  it.each([
    ['The former ambassador to Ukraine Marie Ostrava testified on Monday.', ['place:Ukraine', 'person:Marie Ostrava']],
    ['The envoy to Russia John Harkell said the talks would go on.', ['place:Russia', 'person:John Harkell']],
    // A place's name that is a given name too stays one name; a listed name is not cut.
    ['Chad Michael Harkell starred in the film.', ['unknown:Chad Michael Harkell']],
    ['The New York Times reported it first.', ['organisation:New York Times']],
  ])('reads a listed place run into a full name as two names: %s', (text, found) => {
    expect(
      run(text)
        .mentions.filter((m) => m.kind === 'name')
        .map((m) => `${m.type}:${m.text}`),
    ).toEqual(found);
  });

  it('takes the office of a title for a body, and an office that is no leader’s for no leader', () => {
    const e = run(
      'The U.S. Attorney’s office subpoenaed the campaign. U.S. Attorney Tomas Ferlund said so. The U.S. president spoke.',
    );
    expect(e.mentions.map((m) => `${m.type}:${m.kind}:${m.text}`).slice(0, 2)).toEqual([
      'organisation:name:U.S. Attorney’s office',
      'person:name:Tomas Ferlund',
    ]);
    expect(e.roles.map((r) => [r.title, r.org])).toEqual([['Attorney', 'U.S.']]);
    expect(e.mentions.filter((m) => m.kind === 'description')).toEqual([]);
  });

  it('reads a title’s office after a possessive as one organisation, and no other possessor’s office as a name', () => {
    const e = run(
      'The charges were filed, according to the U.S. Attorney’s Office in Caddenford. The Lusk County ' +
        'Sheriff’s Department said two deputies were hurt. Later, the Lusk County Sheriff’s department said they ' +
        'were home. The Coroner’s Office Tuesday named the man as Peter Vale. Sen. Mark Delaney spoke. ' +
        'Delaney’s Office confirmed the date. Harbor Freight’s Office in Caddenford closed. The Women’s Bureau ' +
        'at the university organised the talk. Xiomara Judge’s Office said the hearing was off. The Lusk ' +
        'Reporter’s office said the story was right. The Sheriffs’ Office union voted.',
    );
    const names = e.mentions.filter((m) => m.kind === 'name');
    const shown = names.map((m) => `${m.type}:${m.text}`);
    expect(shown).toContain('organisation:U.S. Attorney’s Office');
    expect(shown).toContain('organisation:Lusk County Sheriff’s Department');
    expect(shown).toContain('organisation:Coroner’s Office');
    // Written in capitals or not, one office.
    const sheriff = names.filter((m) => /Sheriff’s [Dd]epartment/.test(m.text));
    expect(new Set(sheriff.map((m) => m.cluster)).size).toBe(1);
    // A person's, a company's or a plural's office is no name of its own: the possessor is named alone.
    expect(shown).toContain('person:Delaney');
    expect(shown.filter((n) => /’s? (?:[Oo]ffice|Bureau)|:(?:Office|Department|Bureau)$/.test(n)).sort()).toEqual([
      'organisation:Coroner’s Office',
      'organisation:U.S. Attorney’s Office',
    ]);
    // No two names overlap.
    for (let k = 1; k < names.length; k++) expect(names[k]!.start).toBeGreaterThanOrEqual(names[k - 1]!.end);
  });

  it('takes a common word that opens a sentence for no name, unless the article writes it with a capital inside one', () => {
    const e = run(
      'Aides said the mayor would resign. The aides spoke on Monday. Polls show the harbour tax is unpopular, ' +
        'and the polls have not moved. Less than half of the town voted, and less than a third paid. Baker said the dam would hold. ' +
        'Councillor Ann Baker spoke first, and the baker on the quay agreed.',
    );
    const shown = e.mentions.map((m) => `${m.type}:${m.text}`);
    expect(shown.filter((n) => /:(?:Aides|Polls|Less)$/.test(n))).toEqual([]);
    expect(shown).toContain('person:Ann Baker');
    const baker = e.mentions.filter((m) => /Baker$/.test(m.text));
    expect(baker.map((m) => m.text)).toEqual(['Baker', 'Ann Baker']);
    expect(new Set(baker.map((m) => m.cluster)).size).toBe(1);
  });

  it('keeps a common word in the singular that says something: a company or a surname ("Target said …")', () => {
    const e = run(
      'Target said its sales fell in the third quarter. The retailer missed its target for the year. ' +
        'Brown said the plan would fail, and the river water was brown and murky. Shell posted a record profit, ' +
        'and investigators found a shell company. Labour’s finance spokeswoman, Rachel Reeves, spoke of labour shortages.',
    );
    const shown = e.mentions.map((m) => m.text);
    for (const name of ['Target', 'Brown', 'Shell', 'Labour']) expect(shown).toContain(name);
  });

  it('takes a party’s members in a body or a state for a body, not a person', () => {
    const e = run('House Democrats rejected the plan, and Caddenford Republicans agreed with them.');
    expect(e.mentions.map((m) => `${m.type}:${m.text}`)).toEqual([
      'organisation:House Democrats',
      'organisation:Caddenford Republicans',
    ]);
  });

  it('leaves an abbreviated title out of the name, as an honorific: "Rep. Joe Sestak" is "Joe Sestak"', () => {
    const e = run('Rep. Joe Sestak met Sen. Arlen Specter and Gov. Deval Patrick. Later, Sestak spoke.');
    expect(e.mentions.map((m) => `${m.type}:${m.text}`)).toEqual([
      'person:Joe Sestak',
      'person:Arlen Specter',
      'person:Deval Patrick',
      'person:Sestak',
    ]);
    expect(e.mentions[0]!.cluster).toBe(e.mentions[3]!.cluster);
  });

  it('leaves the state or body before an abbreviated title out of the name: "Arkansas Gov. Mike Huckabee" is "Mike Huckabee"', () => {
    const e = run(
      'The poll put former Arkansas Gov. Mike Huckabee and Vermont Sen. Tom Quillen at 17 percent. Later, Mike Huckabee spoke.',
    );
    expect(e.mentions.map((m) => `${m.type}:${m.text}`)).toEqual([
      'person:Mike Huckabee',
      'person:Tom Quillen',
      'person:Mike Huckabee',
    ]);
    expect(e.mentions[0]!.cluster).toBe(e.mentions[2]!.cluster);
    // A surname that is also an honorific's word, at the end of a name, stays in it.
    expect(names('The economist Amartya Sen spoke on Monday.')).toContain('Amartya Sen');
  });

  it('takes a call sign for a person, even a city’s name', () => {
    expect(names('Another soldier, using the call sign “Warsaw,” said they would hold the line.')).toEqual(['Warsaw']);
  });

  it('keeps apart people who share a surname or a role', () => {
    const one = runPipeline(
      textInput('President Anna Varga met Mayor Peter Varga on Monday. Varga said little.', { outlet: 'A' }),
      articleStages(),
    );
    const two = runPipeline(textInput('Mayor Peter Varga said the talks failed.', { outlet: 'B' }), articleStages());
    const three = runPipeline(
      textInput('Mayor Karl Brenner said the harbour would reopen on Tuesday.', { outlet: 'C' }),
      articleStages(),
    );
    const entities = resolveAliases([
      { article: 'one', entities: one.annotations.entities! },
      { article: 'two', entities: two.annotations.entities! },
      { article: 'three', entities: three.annotations.entities! },
    ]);
    expect(holding(entities, 'Anna Varga')).not.toBe(holding(entities, 'Peter Varga'));
    expect(holding(entities, 'Karl Brenner')).not.toBe(holding(entities, 'Peter Varga'));
  });

  it('takes two full names of one person in one article for one entity, so that the surname alone finds it', () => {
    const run = runPipeline(
      textInput(
        'Michael R. Bloomberg has long been wary of Donald J. Trump. "I have never met Donald Trump," said Mike Bloomberg. Mr. Trump did not reply, and Bloomberg left.',
        { outlet: 'A' },
      ),
      articleStages(),
    );
    const { clusters, mentions } = run.annotations.entities!;
    const people = clusters.filter((c) => c.type === 'person');
    expect(people.map((c) => c.name).sort()).toEqual(['Donald J. Trump', 'Michael R. Bloomberg']);
    const trump = people.find((c) => c.name === 'Donald J. Trump')!;
    expect(mentions.filter((m) => m.cluster === trump.id).map((m) => m.text)).toEqual([
      'Donald J. Trump',
      'Donald Trump',
      'Trump',
    ]);
    expect(oneFullName('Donald J. Trump', 'Donald Trump')).toBe(true);
    expect(oneFullName('Mike Bloomberg', 'Michael R. Bloomberg')).toBe(true);
    expect(oneFullName('D. Trump', 'Donald Trump')).toBe(true);
    expect(oneFullName('Anna Varga', 'Peter Varga')).toBe(false);
    expect(oneFullName('Donald Trump', 'Donald Trump Jr.')).toBe(false);
    expect(oneFullName('Donald Trump', 'Melania Trump')).toBe(false);
    // A Roman numeral is left out of the short form; "Jr." tells a son from his father.
    expect(oneFullName('Robert S. Kane III', 'Robert Kane')).toBe(true);
  });

  it('merges a given name one letter off when the role agrees, and initials written with stops', () => {
    const run = (text: string, outlet: string) => runPipeline(textInput(text, { outlet }), articleStages());
    const one = run('Former Mexican President Vincente Lund said the wall would fail. The C.I.A. agreed.', 'A');
    const two = run('Former Mexican President Vicente Lund spoke on Monday. The CIA said nothing.', 'B');
    const three = run('Maria Osk won the race. Mario Osk lost it.', 'C');
    const entities = resolveAliases([
      { article: 'one', entities: one.annotations.entities! },
      { article: 'two', entities: two.annotations.entities! },
      { article: 'three', entities: three.annotations.entities! },
    ]);
    expect(holding(entities, 'Vincente Lund')).toBe(holding(entities, 'Vicente Lund'));
    expect(holding(entities, 'C.I.A.')).toBe(holding(entities, 'CIA'));
    // One letter off, but no role or company of names agrees: two people.
    expect(holding(entities, 'Maria Osk')).not.toBe(holding(entities, 'Mario Osk'));
  });

  it.each([
    [
      'Former Mayor Ruth Bloomberg endorsed the plan. "It is too important to sit out," Bloomberg said.',
      'Ruth Bloomberg',
    ],
    ['Mayor Don Guardian spoke on Monday. Guardian said he understood the visit.', 'Don Guardian'],
  ])('takes a surname a list knows as an organisation for the person the article named in full: %s', (text, who) => {
    const { clusters, mentions } = runPipeline(textInput(text), articleStages()).annotations.entities!;
    const surname = who.split(' ')[1]!;
    const bare = mentions.filter((m) => m.text === surname);
    expect(bare.length).toBe(1);
    expect(clusters[bare[0]!.cluster]).toMatchObject({ type: 'person', name: who });
  });

  it.each([
    ['"Markets fell," Bloomberg reported on Monday.', 'Bloomberg'],
    ['Ruth Keller told the Guardian on Monday that she would stay.', 'Guardian'],
    // Named in full, but the words around the surname name the organisation.
    ['Mayor Ruth Bloomberg may run, according to Bloomberg.', 'Bloomberg'],
    ['Mayor Don Guardian said in an interview with the Guardian that the city was not bankrupt.', 'Guardian'],
    ['Mayor Ruth Bloomberg was named. Bloomberg said it was seeking information about her.', 'Bloomberg'],
    ['Mayor Ruth Bloomberg spoke. Bloomberg data showed a rise.', 'Bloomberg'],
  ])('keeps a listed organisation when no one of its name is named in full, or its words name it: %s', (text, name) => {
    const { clusters, mentions } = runPipeline(textInput(text), articleStages()).annotations.entities!;
    const m = mentions.find((x) => x.text === name)!;
    expect(clusters[m.cluster]!.type).toBe('organisation');
  });

  it.each([
    [
      'a word of kin, and his own pronoun',
      'Rep. Tomas Brek and his wife, Ilse Brek, were charged on Monday. Brek had blamed his wife for the charges.',
      'Tomas Brek',
    ],
    [
      'a courtesy title, his sex known from a word of kin',
      'Anna Varga met her brother Peter Varga on Monday. Ms. Varga said the talks would go on.',
      'Anna Varga',
    ],
    [
      'her pronoun, his known from a title',
      'Mr. Peter Varga and Anna Varga spoke. Varga said she would run again.',
      'Anna Varga',
    ],
  ])('gives a surname two people of the article bear to the one its words point to by sex: %s', (_what, text, who) => {
    const { clusters, mentions } = runPipeline(textInput(text), articleStages()).annotations.entities!;
    const surname = who.split(' ')[1]!;
    const bare = mentions.filter((m) => m.text === surname);
    expect(bare.length).toBeGreaterThan(0);
    for (const m of bare) expect(clusters[m.cluster]!.name).toBe(who);
  });

  it.each([
    ['no word tells', 'Anna Varga met Peter Varga on Monday. Varga said little.'],
    ['pronouns that differ', 'Anna Varga met Peter Varga on Monday. Varga echoed some of his words when she spoke.'],
    ['both of one sex', 'Mr. Karl Varga met Mr. Peter Varga on Monday. Varga said he would stay.'],
  ])('keeps a surname two people bear apart from both when the words do not tell: %s', (_what, text) => {
    const { clusters, mentions } = runPipeline(textInput(text), articleStages()).annotations.entities!;
    const bare = mentions.filter((m) => m.text === 'Varga');
    expect(bare.length).toBeGreaterThan(0);
    for (const m of bare) expect(clusters[m.cluster]!.name).toBe('Varga');
  });

  it.each([
    ['his pronoun against hers', 'Anna Varga said she would stay. Varga said he would not.', 'Varga'],
    ['a courtesy title against her pronoun', 'Anna Varga said she would stay. Mr. Varga left.', 'Varga'],
    ['no word tells against hers', 'Anna Varga said she would stay. Varga left.', 'Anna Varga'],
  ])(
    'gives a surname one person of the article bears to her unless its words say another sex: %s',
    (_what, text, name) => {
      const { clusters, mentions } = runPipeline(textInput(text), articleStages()).annotations.entities!;
      const bare = mentions.filter((m) => m.text === 'Varga');
      expect(bare.length).toBeGreaterThan(0);
      for (const m of bare) expect(clusters[m.cluster]!.name).toBe(name);
    },
  );

  it('gives a bare surname to the far more named of two people, and to neither when they are named alike', () => {
    const article = (text: string, outlet: string) => ({
      article: outlet,
      entities: runPipeline(textInput(text, { outlet }), articleStages()).annotations.entities!,
    });
    const often = [1, 2, 3, 4, 5, 6].map((i) =>
      article(`President Donald Trump spoke in Ohio on day ${i}. Trump said the economy was strong.`, `d${i}`),
    );
    const once = article('Melania Trump opened a school garden on Monday. She said children need fresh air.', 'm');
    const bare = article(
      'Reporters asked Mr. Trump about tariffs on Friday, and Mr. Trump said he would decide soon.',
      'b',
    );
    const salient = resolveAliases([...often, once, bare]);
    expect(holding(salient, 'Melania Trump')).not.toBe(holding(salient, 'Donald Trump'));
    const donald = holding(salient, 'Donald Trump');
    expect(donald.mentions.some((m) => m.article === 'b')).toBe(true);
    // Named alike (one article each): the bare surname stays out of both.
    const alike = resolveAliases([often[0]!, once, bare]);
    const trump = alike.filter((e) => e.mentions.some((m) => m.article === 'b'));
    expect(trump.map((e) => e.aliases)).toEqual([['Trump']]);
  });

  it('keeps a father and his son apart when an article names both, and takes one outlet’s "Jr." for the same man', () => {
    const article = (text: string, outlet: string) => runPipeline(textInput(text, { outlet }), articleStages());
    const inputs = [
      article(
        'President Donald Trump defended his son on Monday after Donald Trump Jr. released the messages. Trump Jr. said he had nothing to hide.',
        'A',
      ),
      article('Donald Trump Jr. posted the messages on Twitter. Trump Jr. called the story a hoax.', 'B'),
      article('President Donald Trump spoke at the White House. Trump praised the police.', 'C'),
      article('Police arrested Robert Kane Jr. in Florida on Friday. Kane said he was innocent.', 'D'),
      article('Officials said Robert Kane, a former bouncer, was arrested on Friday.', 'E'),
    ].map((r, i) => ({ article: `a${i}`, entities: r.annotations.entities! }));
    const entities = resolveAliases(inputs);
    expect(holding(entities, 'Donald Trump Jr.')).toBeDefined();
    expect(holding(entities, 'Donald Trump Jr.')).not.toBe(holding(entities, 'Donald Trump'));
    expect(holding(entities, 'Trump Jr.')).toBe(holding(entities, 'Donald Trump Jr.'));
    expect(holding(entities, 'Robert Kane Jr.')).toBe(holding(entities, 'Robert Kane'));
    expect(nameParts('Donald Trump Jr.')).toMatchObject({ given: ['donald'], surname: 'trump', suffix: 'jr' });
    expect(nameParts('Donald Trump')).toMatchObject({ given: ['donald'], surname: 'trump', suffix: '' });
  });

  it('reads a surname with its generational suffix as the person who bears both, wherever it stands', () => {
    const run = runPipeline(
      textInput(
        'President Donald Trump praised the police. Donald Trump Jr. released the messages later. ' +
          'In a series of tweets, Trump Jr. produced the chain. Lawyers for Trump Jr. said so, and the report reached Trump Jr. on Monday. ' +
          'Trump did not comment.',
        { outlet: 'A' },
      ),
      articleStages(),
    );
    const { clusters, mentions } = run.annotations.entities!;
    const junior = clusters.find((c) => c.name === 'Donald Trump Jr.')!;
    const father = clusters.find((c) => c.name === 'Donald Trump')!;
    expect(mentions.filter((m) => m.cluster === junior.id).map((m) => m.text)).toEqual([
      'Donald Trump Jr.',
      'Trump Jr.',
      'Trump Jr.',
      'Trump Jr.',
    ]);
    // "Trump" alone is not the son where the article calls him "Trump Jr.": here, the father.
    expect(mentions.filter((m) => m.cluster === father.id).map((m) => m.text)).toEqual(['Donald Trump', 'Trump']);
  });

  it('compares names by spelling, sound and short forms', () => {
    expect(transliterationKey('Zelenskiy')).toBe(transliterationKey('Zelenskyy'));
    expect(soundKey('Whitcoff')).toBe(soundKey('Witkoff'));
    expect(surnamesAgree('witkoff', 'whitcoff')).toBe('misspelling');
    expect(surnamesAgree('rutte', 'stoltenberg')).toBe('different');
    expect(surnamesAgree('lavrov', 'ushakov')).toBe('different');
    expect(givenNamesAgree(['steve'], ['stephen'])).toBe('nickname');
    expect(givenNamesAgree(['donald'], ['melania'])).toBe('different');
  });
});

describe('entity corrections', () => {
  it('keeps a merge, a split and a rename made by hand across a new analysis', async () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'triangulate-entities-')), 'e.db');
    expect((await cli('analyze', EXAMPLES, '--db', db, '--quiet')).code).toBe(0);
    const merged = await cli('entities', 'merge', 'Gwen Ashdown', 'Oriel Fane', '--db', db);
    expect(merged.code).toBe(0);
    expect(merged.out).toMatch(/merged Gwen Ashdown \+ Oriel Fane \(1\.00\): merged by hand/);
    // Two names never in one article: merged without a word. Two the articles name apart: merged as asked,
    // and told (undone below).
    expect(merged.err).toBe('');
    const apart = await cli('entities', 'merge', 'Theodore Wexley', 'Ingrid Solvang', '--db', db);
    expect(apart.code).toBe(0);
    expect(apart.err).toMatch(
      /^note: Theodore Wexley and Ingrid Solvang are both named in \d+ articles: they may be two; merged as asked$/m,
    );
    expect((await cli('entities', 'undo', '2', '--db', db)).code).toBe(0);
    expect((await cli('entities', 'rename', 'Velenko', 'Dariusz Velenko', 'Jr.', '--db', db)).code).toBe(0);
    expect((await cli('entities', 'split', 'Theodore Wexley', 'Ted Wexley', '--db', db)).code).toBe(0);

    const again = await cli('analyze', EXAMPLES, '--db', db, '--quiet', '--json', '-');
    expect(again.code).toBe(0);
    const exported = JSON.parse(again.out) as { entities: Entity[] };
    const ashdown = holding(exported.entities, 'Gwen Ashdown');
    expect(ashdown.aliases).toContain('Oriel Fane');
    expect(holding(exported.entities, 'Dariusz Velenco').name).toBe('Dariusz Velenko Jr.');
    expect(holding(exported.entities, 'Ted Wexley')).not.toBe(holding(exported.entities, 'Theodore Wexley'));

    const list = await cli('entities', 'corrections', '--db', db);
    expect(list.out.split('\n')).toHaveLength(3);
    expect((await cli('entities', 'undo', '1', '--db', db)).code).toBe(0);
    const after = JSON.parse((await cli('entities', '--json', '--db', db)).out) as Entity[];
    expect(holding(after, 'Oriel Fane')).not.toBe(holding(after, 'Gwen Ashdown'));
  });

  it('refuses an entity it cannot find, or one that is ambiguous', async () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'triangulate-entities-')), 'e.db');
    await cli('analyze', EXAMPLES, '--db', db, '--quiet');
    const missing = await cli('entities', 'merge', 'Nobody Atall', 'Gwen Ashdown', '--db', db);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no entity named "Nobody Atall"/);
    const listed = await cli('entities', '--type', 'person', '--limit', '2', '--db', db);
    expect(listed.out.match(/\[person, /g)).toHaveLength(2);
  });
});

describe('alias records: a person record key holds the parts of its name', () => {
  // The alias stage compares the people of a surname block by the names in their keys, without reading
  // their records: every full name a record holds must have the parts its key gives.
  it.each([
    'Donald Trump',
    'Donald J. Trump',
    'Donald Trump Jr.',
    'Dr. Ursula von der Leyen',
    'Martin Luther King Jr.',
    'José María Aznar',
    'Volodymyr Zelenskyy’s',
    "Anne-Marie O'Neill",
    'J. R. R. Tolkien',
    'Ludwig van Beethoven',
    'Mr. Li',
    'Sen. John McCain III',
    'Kim Jong Un',
    'Ngozi Okonjo-Iweala',
  ])('%s', (full) => {
    const key = recordKey('person', full);
    const fromKey = nameParts(key.slice('person|'.length));
    const fromFull = nameParts(full);
    expect([fromKey.given, fromKey.surname, fromKey.suffix]).toEqual([
      fromFull.given,
      fromFull.surname,
      fromFull.suffix,
    ]);
  });
});

describe('entities: how a merge is told', () => {
  const entity = (merges: Entity['merges']): Entity => ({
    id: 'e_1',
    type: 'organisation',
    name: 'Medicare',
    aliases: ['Medicare'],
    mentions: [{ article: 'a', start: 0, end: 8, text: 'Medicare', kind: 'name' }],
    roles: [],
    merges,
  });

  it('names two records of one name once, and two names both', () => {
    const text = describeEntity(
      entity([
        { a: 'Medicare', b: 'Medicare', score: 0.75, reason: 'named so as a place in another article' },
        { a: 'Medicare', b: 'Medicare program', score: 0.8, reason: 'one name holds the other' },
      ]),
    );
    expect(text).toContain('merged Medicare (0.75): named so as a place in another article');
    expect(text).toContain('merged Medicare + Medicare program (0.80): one name holds the other');
    expect(text).not.toContain('Medicare + Medicare (');
  });
});
