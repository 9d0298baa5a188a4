/**
 * Quotes: direct, mixed and indirect quotes with their speakers on small made-up texts (positive and
 * negative cases: scare quotes, titles, call signs), the spans they carry, the example corpus' planted
 * quotes (the reworded Wexley quote is a variant, its verbatim copy is not), and the quotes command.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/article/types.ts';
import { quotesCommand } from '../src/cli/quotes/index.ts';
import type { Io } from '../src/cli/shared.ts';
import { resolveAliases } from '../src/corpus/aliases/index.ts';
import { entityLookup, quoteInputs, resolveQuotes, type QuoteResults } from '../src/corpus/quotes/index.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { readInputs } from '../src/read/index.ts';
import { quotes, QUOTES_DEFAULTS, type Quote } from '../src/stages/quotes/index.ts';
import { Store } from '../src/store/index.ts';
import { textInput } from './helpers/run.ts';
import { EXAMPLES } from './helpers/shared.ts';

/** The quotes of one made-up article (a title line, then the text). */
function quotesOf(body: string): { article: Article; quotes: Quote[] } {
  const article = runPipeline(textInput(`A headline for the test\n\n${body}`), [...articleStages(), quotes()]);
  return { article, quotes: (article.annotations as { quotes?: Quote[] }).quotes ?? [] };
}

/** The name of the entity a quote's speaker is linked to. */
function speakerName(article: Article, q: Quote | undefined): string | undefined {
  const c = q?.speaker?.cluster;
  return c === undefined ? q?.speaker?.text : article.annotations.entities!.clusters[c]!.name;
}

/** Every span a quote carries points at its own text, without surrounding spaces. */
function expectSpans(text: string, list: readonly Quote[]): void {
  for (const q of list) {
    for (const s of [q, q.speaker, q.speaker?.refersTo, q.cue, q.hearer, ...(q.via ?? [])]) {
      if (!s) continue;
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
  }
}

describe('quotes stage: direct quotes', () => {
  it('finds a curly quote with the speaker after it, and one with the speaker before it', () => {
    const { article, quotes: q } = quotesOf(
      'Talks went on all day. “We are ready to meet,” President Volodymyr Zelensky said on Monday. ' +
        'Later, Donald Trump simply remarked: “We love them.”',
    );
    const ready = q.find((x) => x.text.includes('We are ready'));
    expect(ready?.kind).toBe('direct');
    expect(speakerName(article, ready)).toBe('Volodymyr Zelensky');
    expect(ready?.cue?.text).toBe('said');
    expect(
      speakerName(
        article,
        q.find((x) => x.text.includes('We love them')),
      ),
    ).toBe('Donald Trump');
    expectSpans(article.text, q);
  });

  it("reads two apostrophes as a double mark (''…'', the archive style), the marks kept in the quote", () => {
    const { article, quotes: q } = quotesOf(
      "''We have to look at the flood as the leading threat,'' Mayor Oriel Fane said. ''It cannot be contained; it must be stopped.''\n\n" +
        "''The people of the valley are one of us,''' Ms. Ana Ruiz said. " +
        "She said the river had been ''contained'' for years.",
    );
    expect(q.map((x) => [x.kind, speakerName(article, x), x.text])).toEqual([
      ['direct', 'Oriel Fane', "''We have to look at the flood as the leading threat,''"],
      ['direct', 'Oriel Fane', "''It cannot be contained; it must be stopped.''"],
      ['direct', 'Ana Ruiz', "''The people of the valley are one of us,'''"],
      ['mixed', 'Ana Ruiz', "the river had been ''contained'' for years"],
    ]);
    expectSpans(article.text, q);
  });

  it('reads a quote of two apostrophes that opens a paragraph as one that goes on, and backticks as a mark', () => {
    const { article, quotes: q } = quotesOf(
      "''I was at the bank when they came in. They had guns.\n\n''Everyone got down on the floor,'' said Luis Ortega, a teller.\n\n" +
        "``We will appeal,'' said the team's lawyer, Ruth Cole.",
    );
    expect(q.map((x) => [x.kind, speakerName(article, x), x.text])).toEqual([
      [
        'direct',
        'Luis Ortega',
        "''I was at the bank when they came in. They had guns.\n\n''Everyone got down on the floor,''",
      ],
      ['direct', 'Ruth Cole', "``We will appeal,''"],
    ]);
    expectSpans(article.text, q);
  });

  it('takes no inch mark for a quotation mark: not in feet and inches, nor among other marks', () => {
    const found = (body: string) => quotesOf(body).quotes.map((x) => [x.kind, x.text]);
    expect(found("The Knicks signed a 6'2'' guard from Georgetown on Monday, the team said.")).toEqual([
      ['indirect', "The Knicks signed a 6'2'' guard from Georgetown on Monday"],
    ]);
    expect(
      found("“We found 3'' of water in the basement,” the homeowner, Lisa Grant, said. “It ruined everything.”")[0],
    ).toEqual(['direct', "“We found 3'' of water in the basement,”"]);
  });

  it("takes no inch after a number for a mark in a text of two-apostrophe quotes, nor a British text's nested close", () => {
    const { article, quotes: q } = quotesOf(
      "''The new sets have a 27'' screen and cost $499,'' said Alan Wurtzel, the president of the chain. ''We expect to sell out by Christmas.''",
    );
    expect(q.map((x) => [speakerName(article, x), x.text])).toEqual([
      ['Alan Wurtzel', "''The new sets have a 27'' screen and cost $499,''"],
      ['Alan Wurtzel', "''We expect to sell out by Christmas.''"],
    ]);
    const british = quotesOf(
      "'I told him, 'Don't go out there'', said Mrs. Brennan, whose son drowned last week. 'He didn't listen.'",
    ).quotes;
    expect(british.map((x) => x.text)).not.toContainEqual(expect.stringMatching(/^', said/));
  });

  it('takes no apostrophe for a mark when it is one ("the Joneses\' dog", "rock \'n\' roll")', () => {
    const { quotes: q } = quotesOf("The Joneses' dog barked at rock 'n' roll all night, the neighbours' report said.");
    expect(q.filter((x) => x.kind === 'direct')).toEqual([]);
  });

  it('keeps nested single quotes inside a quote, and a quote running over two paragraphs', () => {
    const { article, quotes: q } = quotesOf(
      '"If we don\'t organise a \'trilateral,\' the fighting will go on," said Mayor Oriel Fane. "We will keep trying.\n\n' +
        '"And we will not stop until the job is done," he added.',
    );
    const nested = q.find((x) => x.text.includes("'trilateral,'"));
    expect(nested?.text.startsWith('"If we')).toBe(true);
    expect(speakerName(article, nested)).toBe('Oriel Fane');
    const joined = q.find((x) => x.text.includes('We will keep trying'));
    expect(joined?.text).toContain('until the job is done');
    expect(speakerName(article, joined)).toBe('Oriel Fane');
    expectSpans(article.text, q);
  });

  it('takes a partial quote inside a reported clause as a mixed quote', () => {
    const { article, quotes: q } = quotesOf(
      'That statement irritated Donald Trump, who said he “very severely” disagreed with the plan.',
    );
    const partial = q.find((x) => x.text.includes('very severely'));
    expect(partial?.kind).toBe('mixed');
    expect(speakerName(article, partial)).toBe('Donald Trump');
    expectSpans(article.text, q);
  });

  it.each([
    ['On balance, the plan works, she said.', 'On balance, the plan works'],
    ['At noon the bridge closed, police said.', 'At noon the bridge closed'],
  ])('takes a report that opens on a preposition and ends on its cue: %s', (body, words) => {
    expect(quotesOf(body).quotes.map((q) => q.text)).toContain(words);
  });

  it.each([
    [
      'But at the time, as the harbour prosecutor Marta Ilves put it, “We cannot jail people for what they think.”',
      'We cannot jail',
      'Marta Ilves',
    ],
    [
      'As the Gazette’s Ruth Halloran puts it, the council wants the engineers to “pay a price for the delay.”',
      'pay a price',
      'Ruth Halloran',
    ],
    ['In the words of Mayor Ida Brenholt, “This levee is a disgrace to the whole town.”', 'This levee', 'Ida Brenholt'],
    [
      '“The levee is a disgrace to the whole town,” as Mayor Ida Brenholt memorably put it on Tuesday.',
      'The levee',
      'Ida Brenholt',
    ],
    // A quote credited on a line of its own after it (fact-checks, readers' letters, pull quotes).
    [
      'Senator Ida Brenholt spoke in the debate.\n\n“I helped write that bill. The idea that I would dismantle it is not accurate.”\n\n- Brenholt.\n\nShe wrote one amendment.',
      'I helped write',
      'Ida Brenholt',
    ],
    ['“We got our butts kicked,” as Mayor Ida Brenholt famously put it in 2010.', 'butts kicked', 'Ida Brenholt'],
    // To whom, or on what occasion, the words were put.
    ['“The levee will hold,” as Mayor Ida Brenholt put it to reporters on Monday.', 'levee will hold', 'Ida Brenholt'],
    [
      '“The levee will hold,” as Mayor Ida Brenholt put it in an interview last week.',
      'levee will hold',
      'Ida Brenholt',
    ],
    ['As Mayor Ida Brenholt put it during the debate, “the levee will hold.”', 'levee will hold', 'Ida Brenholt'],
    [
      '“We will not stop. We will fight for every vote in this state.”\n\n-Mayor Ida Brenholt, speaking after the vote.',
      'We will not stop',
      'Ida Brenholt',
    ],
  ])('credits words to the one who put them so: %s', (body, words, speaker) => {
    const { article, quotes: q } = quotesOf(body);
    expect(
      speakerName(
        article,
        q.find((x) => x.text.includes(words)),
      ),
    ).toBe(speaker);
    expectSpans(article.text, q);
  });

  it.each([
    ['“We have nowhere to go,” displaced families said.', 'nowhere', 'displaced families'],
    ['The river would flood, according to over 100 residents.', 'river would flood', 'over 100 residents'],
    ['Voters we interviewed said the levee would hold.', 'levee', 'Voters we interviewed'],
    ['The men the police arrested said they were innocent.', 'innocent', 'The men the police arrested'],
    ['Workers laid off in March said the plant would close.', 'plant', 'Workers laid off in March'],
    ['Those affected said the compensation was too little.', 'compensation', 'Those affected'],
    [
      'Passengers given the option of a refund said they would wait.',
      'wait',
      'Passengers given the option of a refund',
    ],
    ['Those we have interviewed say the scheme has failed.', 'scheme', 'Those we have interviewed'],
    ['The levee would fail, according to people in the town.', 'levee would fail', 'people in the town'],
    ['The levee would fail, according to at least three people.', 'levee would fail', 'at least three people'],
    ['The mayor’s office has issued a statement saying the levee would hold.', 'levee', 'The mayor’s office'],
    [
      'Silverman, herself a supporter of the plan, incurred a wave of boos upon saying, “You are being ridiculous about this river, all of you.”',
      'ridiculous',
      undefined,
    ],
    ['Nine in 10 registered voters say the levee must be rebuilt.', 'levee', 'Nine in 10 registered voters'],
    ['Polls taken in May said the mayor would win the river districts.', 'mayor would win', 'Polls taken in May'],
    ['Exit polls said the mayor would win the river districts.', 'mayor would win', 'Exit polls'],
    ['Earlier reports said the levee had cracked in two places.', 'levee', 'Earlier reports'],
    ['A man was killed on the river road on Friday, according to police.', 'A man was killed', 'police'],
    ['Officials briefed on the talks said the bridge would reopen.', 'bridge', 'Officials briefed on the talks'],
    [
      'Democrats who now control the council say the levee will hold.',
      'levee',
      'Democrats who now control the council',
    ],
    // A participle after the head noun opens a reduced relative clause: its agent does not speak, nor
    // does the one told; the clause's own verb is no part of the subject.
    [
      'Analysts polled by the Harbor Post said the bank would cut rates in March.',
      'cut rates',
      'Analysts polled by the Harbor Post',
    ],
    ['Local farmers hit by the drought said the harvest would be poor.', 'harvest', 'Local farmers hit by the drought'],
    [
      'Teachers forced to work unpaid overtime say they will strike in May.',
      'strike',
      'Teachers forced to work unpaid overtime',
    ],
    ['The mayor went on to win the vote, saying the town needed the bridge.', 'town needed', 'The mayor'],
    ['The police chief apologized, saying the officers had made a mistake.', 'officers had made', 'The police chief'],
    [
      'People affected by the flood gathered at the town hall, saying they had been abandoned.',
      'abandoned',
      'People affected',
    ],
    [
      'The Florida senator sought to calm the crowd, saying the levee would hold.',
      'levee would hold',
      'The Florida senator',
    ],
    ['The defense team rested its case, saying the evidence was thin.', 'evidence was thin', 'The defense team'],
    [
      'The river-backed candidate thanked voters, saying the levee would hold.',
      'levee would hold',
      'The river-backed candidate',
    ],
    [
      'Cuts recommended by the board would take effect unless the Harbor Council voted to block them.',
      'to block them',
      'Harbor Council',
    ],
    ['Protesters gathered outside the hall, chanting that the levee must be rebuilt.', 'levee', 'Protesters'],
    [
      'Those affected by the flood gathered at the school, saying they had lost everything.',
      'lost everything',
      'Those affected',
    ],
    // A noun of service or posting keeps its "to" ("an aide to", "the ambassador to"), as "close to" does;
    // an "-ly" noun is no adverb to skip ("the family said").
    ['An aide to the mayor said the levee would hold.', 'levee', 'An aide to the mayor'],
    ['The ambassador to the Harbor Council said the vote was rigged.', 'vote', 'The ambassador to the Harbor Council'],
    ['People close to the mayor said she was furious.', 'furious', 'People close to the mayor'],
    ['A lawyer for the family said the police had lied.', 'police had lied', 'A lawyer for the family'],
    ['An ally of the mayor said she would resign.', 'resign', 'An ally of the mayor'],
    ['The Caddenford daily said the bridge would reopen.', 'bridge would reopen', 'The Caddenford daily'],
    ['The mayor reportedly said the bridge would reopen.', 'bridge would reopen', 'The mayor'],
    // A name that fills the apposition after a description names who speaks, not the place of posting.
    [
      'Caddenford’s ambassador to the Harbor Council, Oskeld Vranni, said the vote was rigged.',
      'vote was rigged',
      'Oskeld Vranni',
    ],
    // A name after the complement heads the phrase; a title and a name in the complement are whom one serves.
    ['Senior adviser to the mayor Tomas Ferlund said the vote was rigged.', 'vote', 'Tomas Ferlund'],
    [
      'A senior adviser to Mayor Tomas Ferlund said the vote was rigged.',
      'vote',
      'A senior adviser to Mayor Tomas Ferlund',
    ],
    // A participle's clause or an "including" phrase between commas: the words before it speak.
    ['The study, published in March, said the river had risen.', 'river had risen', 'The study'],
    ['But others, including Tomas Ferlund, said the levee would hold.', 'levee would hold', 'others'],
    // Words with a verb of their own after ", said" are what was said, not an inverted speaker.
    ['The mayor, Ida Brenholt, said Caddenford wanted a new bridge.', 'Caddenford wanted', 'Ida Brenholt'],
    // An acronym is a name, not the stop word its letters spell.
    ['The WHO said the vaccine was safe.', 'vaccine was safe', 'The WHO'],
    // "by phone" says how, not who: a passive without an agent names no speaker.
    ['The mayor was told by phone that the levee had cracked.', 'levee had cracked', undefined],
    // … but a speaker with a participle of its own after ", said" is still the speaker.
    ['Turnout was high, said the presiding judge.', 'Turnout was high', 'the presiding judge'],
    ['The levee is safe, said engineers inspecting the dam.', 'levee is safe', 'engineers inspecting the dam'],
    ['The vote was fair, said monitors who observed the count.', 'vote was fair', 'monitors'],
    ['The levee held, said a man named Tomas Ferlund.', 'levee held', 'Tomas Ferlund'],
    // Words before ", said" with no verb of their own are who speaks, not what was said.
    ['The airline’s chief, Tomas Ferlund, said demand remained strong.', 'demand remained strong', 'Tomas Ferlund'],
    ['Two residents, reached by phone, said the shelling continued.', 'shelling continued', 'Two residents'],
    ['The camp is full, said families driven from their homes.', 'camp is full', 'families driven from their homes'],
    // "WHO" opens a name, not a relative clause.
    ['WHO chief Tomas Ferlund said the vaccine was safe.', 'vaccine was safe', 'Tomas Ferlund'],
    // "by the end of the week" says when: no agent, no speaker.
    ['Workers were told by the end of the week that the plant would close.', 'plant would close', undefined],
    // … but an infinitive after the noun is no part of the phrase.
    [
      'The flood prompted so many delegates to leave that the council said the vote would wait.',
      'vote would wait',
      'the council',
    ],
  ])('names a speaker by a noun phrase, never by a verb’s words: %s', (body, words, speaker) => {
    const { article, quotes: q } = quotesOf(body);
    const found = q.find((x) => x.text.includes(words));
    expect(found).toBeDefined();
    expect(found!.speaker?.text).toBe(speaker);
    expectSpans(article.text, q);
  });

  it.each([
    // The agent of a participle after people is not who speaks; after what is written or said it is,
    // unless it only got hold of it.
    [
      'Analysts polled by Northgate Wire said the bank would cut rates.',
      'cut rates',
      'Analysts polled by Northgate Wire',
    ],
    ['A statement released by the Harbor Post said the talks would resume.', 'talks would resume', 'Harbor Post'],
    ['A poll conducted by Northgate Wire found that most voters back the plan.', 'most voters', 'Northgate Wire'],
    [
      'A letter from Tomas Ferlund obtained by the Harbor Post warns that the levee is failing.',
      'levee is failing',
      'Tomas Ferlund',
    ],
    ['The speech delivered by Mayor Ida Brenholt said the levee would be rebuilt.', 'levee would be', 'Ida Brenholt'],
    // "According to her statement": the one named in the report, whose own statement it is.
    [
      'According to her statement, Ida Brenholt says that the meeting never took place.',
      'meeting never',
      'Ida Brenholt',
    ],
    // "provided by", "shared by": the source; the one a letter is sent to is not.
    ['A statement provided by the Harbor Post said the talks would resume.', 'talks would resume', 'Harbor Post'],
    [
      'A letter sent to Tomas Ferlund said the levee was failing.',
      'levee was failing',
      'A letter sent to Tomas Ferlund',
    ],
    ['Soldiers sent to the front said they had no ammunition.', 'no ammunition', 'Soldiers sent to the front'],
    [
      'Workers laid off by the Harbor Post said they had not been paid.',
      'not been paid',
      'Workers laid off by the Harbor Post',
    ],
    ['Guidance issued by the Harbor Council said masks were optional.', 'masks were optional', 'Harbor Council'],
    // Whatever the word for what is written: the agent is its author, unless the head names people.
    ['An advisory issued by the Harbor Council said travelers should stay home.', 'stay home', 'Harbor Council'],
    ['A verdict delivered by the Harbor Court said the company was liable.', 'was liable', 'Harbor Court'],
    ['The report, cited by the Harbor Council, said the drills were routine.', 'drills were routine', 'The report'],
    ['The study, funded by Northgate Wire, found the pill was safe.', 'pill was safe', 'The study'],
    // A head that names no document keeps its own words: the agent is not who speaks.
    ['The pilot, praised by the Harbor Post, said he was just doing his job.', 'doing his job', 'The pilot'],
    ['Commuters stranded by the strike said they had waited for hours.', 'waited for hours', 'Commuters'],
    ['A decree signed by Mayor Ida Brenholt said the curfew would end.', 'curfew would end', 'Ida Brenholt'],
    // "figures" after a word for people are people.
    [
      'Opposition figures detained by the Harbor Police said they had been beaten.',
      'had been beaten',
      'Opposition figures detained by the Harbor Police',
    ],
    ['Figures released by the Harbor Council said unemployment had fallen.', 'unemployment', 'Harbor Council'],
    // The one a letter is sent to, then its author.
    [
      'According to a letter sent to Tomas Ferlund by the Harbor Council, the levee is failing.',
      'levee is failing',
      'Harbor Council',
    ],
    // The one it went to, after the agent, is no author.
    [
      'A letter sent by the Harbor Council to Tomas Ferlund said the levee was failing.',
      'levee was failing',
      'Harbor Council',
    ],
    // How it was sent is no author.
    [
      'A letter sent by email to the parents said the school would close.',
      'school would close',
      'A letter sent by email to the parents',
    ],
    [
      'A notice delivered by hand to residents said the water was unsafe.',
      'water was unsafe',
      'A notice delivered by hand to residents',
    ],
    // … nor the one it went to; a body whose name only looks like a means is an author.
    [
      'A letter sent by express mail to the Harbor Council said the levee was failing.',
      'levee was failing',
      'A letter sent by express mail to the Harbor Council',
    ],
    ['A memo sent by Courier Newsroom to staff said the office would close.', 'office would close', 'Courier Newsroom'],
    // The agent of a passive cue speaks.
    ['The families were told by the Harbor Council that the levee would hold.', 'levee would hold', 'Harbor Council'],
    // A participle's clause between commas: the words before it speak (the author, for what is written).
    ['The ministry, quoted by Northgate Wire, said the talks had failed.', 'talks had failed', 'The ministry'],
    ['Mr. Ferlund’s wife, reached by phone, said he was safe.', 'he was safe', 'Mr. Ferlund’s wife'],
    // … but the name it is known by speaks.
    ['The band’s lead singer, known to fans as Tomas Ferlund, said the tour would resume.', 'tour', 'Tomas Ferlund'],
    [
      'The report, released by the Harbor Council late last week, said the river had risen.',
      'river had risen',
      'Harbor Council',
    ],
    [
      'The survey, conducted by the Harbor Post on Monday, finds that most voters back the plan.',
      'most voters',
      'Harbor Post',
    ],
  ])('credits a report to who made it, not to who polled or obtained it: %s', (body, words, speaker) => {
    const { article, quotes: q } = quotesOf(body);
    const found = q.find((x) => x.text.includes(words));
    expect(found).toBeDefined();
    expect(speakerName(article, found)).toBe(speaker);
    expectSpans(article.text, q);
  });

  it('keeps the go-between when the possessive of "according to his/her …" is someone else’s', () => {
    const { article, quotes: q } = quotesOf(
      'Tomas Ferlund testified on Monday. According to his testimony, Ida Brenholt said that the levee would fail.\n\n' +
        'According to her complaint, Mr. Arkwell said that the bridge was unsafe.',
    );
    const levee = q.find((x) => x.text.includes('levee would fail'));
    expect(speakerName(article, levee)).toBe('Ida Brenholt');
    expect(levee?.via?.map((v) => v.text)).toEqual(['his testimony']);
    const bridge = q.find((x) => x.text.includes('bridge was unsafe'));
    expect(bridge?.via?.map((v) => v.text)).toEqual(['her complaint']);
    // Her lawyer's statement is someone else's too.
    const { quotes: r } = quotesOf('According to her lawyer’s statement, Ms. Ida Brenholt says that she will appeal.');
    expect(r.find((x) => x.text.includes('will appeal'))?.via?.map((v) => v.text)).toEqual(['her lawyer’s statement']);
    expectSpans(article.text, q);
  });

  it('reads speech after "he’s", "it’s", "there’s" (a pronoun’s, not a name’s, so no programme’s title)', () => {
    const { article, quotes: q } = quotesOf(
      'Mayor Ida Brenholt said it’s a “national disgrace that nobody has fixed the levee in ten years.”',
    );
    const found = q.find((x) => x.text.includes('national disgrace'));
    expect(speakerName(article, found)).toBe('Ida Brenholt');
  });

  it('credits words to their own speaker, not to one in an apposition after them, and leaves out the cue’s particle and the apposition', () => {
    const { article, quotes: q } = quotesOf(
      'Mayor Ida Brenholt hinted at a “temporary bridge” across the river, an idea Tomas Ferlund firmly rejected on Monday.',
    );
    const found = q.find((x) => x.text.includes('temporary bridge'));
    expect(found?.text).toBe('a “temporary bridge” across the river');
    expect(speakerName(article, found)).toBe('Ida Brenholt');
    expectSpans(article.text, q);
  });

  it('resolves "he said" to the person spoken of before, and a role to its holder', () => {
    const { article, quotes: q } = quotesOf(
      'Mayor Theodore Wexley visited the shelter on Wednesday. "It is too early to say," he said.\n\n' +
        '"We will rebuild," the mayor said.',
    );
    expect(
      speakerName(
        article,
        q.find((x) => x.text.includes('too early')),
      ),
    ).toBe('Theodore Wexley');
    expect(
      speakerName(
        article,
        q.find((x) => x.text.includes('rebuild')),
      ),
    ).toBe('Theodore Wexley');
  });
});

describe('quotes stage: what is not speech', () => {
  it('leaves out scare quotes, titles, nicknames and call signs', () => {
    const { quotes: q } = quotesOf(
      'Officials are now framing this meeting as more of a “listening” and “fact-finding” session. ' +
        'She appeared on “Face the Nation” on Sunday. A commander known as “Buda” was there. ' +
        'Another soldier, using the call sign “Warsaw,” said: “We are on our land.”',
    );
    const texts = q.map((x) => x.text);
    for (const term of ['listening', 'fact-finding', 'Face the Nation', 'Buda', 'Warsaw'])
      expect(texts.some((t) => t.replace(/[“”,]/g, '') === term)).toBe(false);
    expect(q.find((x) => x.text.includes('We are on our land'))?.speaker?.text).toBe('Warsaw');
  });

  it('gives quoted words in the place of the one told to the source, not to the one telling', () => {
    const { quotes: q } = quotesOf(
      'According to the report, Mayor Ida Brenholt told “senior water board officials” about the cracks in March.',
    );
    expect(q.some((x) => x.kind === 'direct' && x.text.includes('senior water board officials'))).toBe(false);
    const reported = q.find((x) => x.text.includes('senior water board officials'));
    expect(reported?.speaker?.text).toBe('the report');
  });
});

describe('quotes stage: what opens a sentence is not what is said', () => {
  it('leaves a phrase before the speaker to the clause the cue reports after where it was said', () => {
    const { quotes: q } = quotesOf(
      'After nearly all-day talks at the harbour office, Mayor Ida Brenholt said on social media that the ' +
        'meetings were “very good” and that she had called Governor Tomas Ferlund.',
    );
    expect(q.map((x) => x.text)).toEqual([
      'the meetings were “very good” and that she had called Governor Tomas Ferlund',
    ]);
    // Not a "that" of a relative clause, a determiner, a "that" of the next sentence or of another verb: the
    // words before the comma are the report.
    for (const text of [
      'The bridge will stay shut, the mayor said in a statement that was read aloud.',
      'The bridge will stay shut, the mayor said at that meeting. She added that the town would pay for repairs.',
      'The bridge will stay shut, the mayor said at that point, which surprised the reporters.',
      'The bridge will stay shut, the mayor said on Tuesday, adding that she regretted it.',
    ])
      expect(quotesOf(text).quotes.find((x) => x.text === 'The bridge will stay shut')?.speaker?.text, text).toBe(
        'the mayor',
      );
  });
});

describe('quotes stage: reported speech and chains', () => {
  it('reads a noun after a verb in the past as its object, and a cue with its own "that" clause as framing that clause', () => {
    const { quotes: q } = quotesOf(
      'Officials said reports of looting were false. Mayor Ana Ruiz denied claims that she had closed the bridge too late. ' +
        'Addressing reporters at the town hall on Wednesday, Mayor Ana Ruiz vowed that nobody would be abandoned. ' +
        'The bridge will stay closed, the engineer said that day. The dam will hold, she told that crowd on Monday. ' +
        'We will rebuild the bridge, he said that again on Friday.',
    );
    const reports = q.find((x) => x.text.includes('looting'));
    expect([reports?.text, reports?.speaker?.text, reports?.cue?.text]).toEqual([
      'reports of looting were false',
      'Officials',
      'said',
    ]);
    // "claims" after "denied" is its object: the one who denies is not given the words as a speaker phrase
    // with the verb in it ("Mayor Ana Ruiz denied"), and "claims" is no cue.
    const denied = q.filter((x) => x.text.includes('closed the bridge'));
    expect(denied.map((x) => [x.text, x.speaker?.text, x.cue?.text])).toEqual([
      ['she had closed the bridge too late', 'Ana Ruiz', 'denied'],
    ]);
    const vowed = q.filter((x) => x.cue?.text === 'vowed');
    expect(vowed.map((x) => [x.text, x.speaker?.text, x.rule])).toEqual([
      ['nobody would be abandoned', 'Ana Ruiz', 'leading-cue'],
    ]);
    // A name in -ed, or a participle of the subject's own clause, is no verb that "says" is the object of.
    const { quotes: says } = quotesOf(
      'The Fed says rates will rise. Mohammed says the bridge is safe. A man who was arrested says he was beaten. ' +
        'The official who spoke says the plan is dead. The accused claims he was at home.',
    );
    expect(says.map((x) => [x.speaker?.text, x.cue?.text, x.text])).toEqual([
      ['Fed', 'says', 'rates will rise'],
      ['Mohammed', 'says', 'the bridge is safe'],
      ['A man who was arrested', 'says', 'he was beaten'],
      ['The official who spoke', 'says', 'the plan is dead'],
      ['The accused', 'claims', 'he was at home'],
    ]);
    // "that day" is a time, not a clause: the words before the comma are what was said.
    const day = q.find((x) => x.cue?.text === 'said' && x.text.includes('bridge'));
    expect([day?.text, day?.rule]).toEqual(['The bridge will stay closed', 'trailing-cue']);
    const again = q.find((x) => x.text.includes('rebuild'));
    expect([again?.text, again?.rule]).toEqual(['We will rebuild the bridge', 'trailing-cue']);
    const crowd = q.find((x) => x.cue?.text === 'told');
    expect([crowd?.text, crowd?.rule]).toEqual(['The dam will hold', 'trailing-cue']);
    // Right after a verb of saying in the past, a cue word in -s opens the clause reported ("stresses" is
    // its subject, no verb); after a passive of a clause of its own, a plural noun is its object.
    const { quotes: nouns } = quotesOf(
      'Engineers said stresses on the bridge had grown over the winter. ' +
        'Investigators were handed reports that the dam had cracked. He said states like Tarnwick will decide first.',
    );
    expect(nouns.map((x) => [x.speaker?.text, x.cue?.text, x.text])).toEqual([
      ['Engineers', 'said', 'stresses on the bridge had grown over the winter'],
      ['He', 'said', 'states like Tarnwick will decide first'],
    ]);
    // A verb in -s with its object after a relative clause ("he wrote") is the sentence's verb; so is one
    // after a relative clause's passive ("whose factory was raided").
    const { quotes: verbs } = quotesOf(
      'The letter he wrote says the company knew about the leak. The memo Ferlund wrote states that the plant was unsafe. ' +
        'The firm whose factory was raided claims it did nothing wrong.',
    );
    expect(verbs.map((x) => [x.cue?.text, x.text])).toEqual([
      ['says', 'the company knew about the leak'],
      ['states', 'the plant was unsafe'],
      ['claims', 'it did nothing wrong'],
    ]);
    expect(verbs.slice(0, 2).map((x) => x.speaker?.text)).toEqual(['The letter he wrote', 'The memo Ferlund wrote']);
    // A plural subject goes on in any way but with an object; a relative clause that has ended is no passive's.
    const { quotes: more } = quotesOf(
      'The governor said states such as Tarnwick will lose money. Officials who arrived were handed reports that the dam had failed.',
    );
    expect(more.map((x) => [x.speaker?.text, x.cue?.text, x.text])).toEqual([
      ['The governor', 'said', 'states such as Tarnwick will lose money'],
    ]);
  });

  it('gives a participle after a comma the subject of its sentence, not the one named as its object', () => {
    const { quotes: q } = quotesOf(
      'Meanwhile, Mayor Ana Ruiz has also briefed Governor Tomas Ferlund about the flood, highlighting the damage ' +
        'the river did to the lower town. Senator Ida Brenholt met Commissioner Piers Hallowell on Friday, ' +
        'criticizing him for the late closure of the bridge.',
    );
    expect(q.map((x) => [x.speaker?.text, x.cue?.text])).toEqual([
      ['Ana Ruiz', 'highlighting'],
      ['Ida Brenholt', 'criticizing'],
    ]);
    // A subject that is someone's ("Ana Ruiz’s spokesman") is not the one named in it.
    const { quotes: owned } = quotesOf(
      'Mayor Ana Ruiz’s spokesman has also briefed Governor Tomas Ferlund about the flood, highlighting the damage to the town.',
    );
    expect(owned.map((x) => x.speaker?.text)).toEqual(['Ana Ruiz’s spokesman']);
    // A name ending in s takes the mark alone: "Ana Reyes’ spokesman" is Reyes's spokesman, not Reyes; the
    // mark before a capital ("Reyes’ Office") or after a name not in s is no possessive of the word after.
    for (const [text, speaker] of [
      ['Mayor Ana Reyes’ spokesman told reporters that the bridge would stay shut.', 'Mayor Ana Reyes’ spokesman'],
      ['Mayor Ana Reyes’s spokesman told reporters that the bridge would stay shut.', 'Mayor Ana Reyes’s spokesman'],
      ['“We will appeal,” said Chris Harris’ attorney.', 'Chris Harris’ attorney'],
      ['The appeal will be filed Monday, said Chris Harris’ attorney.', 'Chris Harris’ attorney'],
    ] as const) {
      const { quotes: q } = quotesOf(text);
      expect(q.map((x) => x.speaker?.text)).toEqual([speaker]);
    }
  });

  it('credits a group named by a common noun, not the organisation or place inside its phrase', () => {
    const { article, quotes: q } = quotesOf(
      'Every Republican on the Harbour Committee on Thursday demanded that Mayor Theodore Wexley resign. ' +
        'Residents who now run the Quay Road Association say the bridge should have closed sooner. ' +
        'A spokesman for the Harbour Authority said the inspection would take a week.',
    );
    const demanded = q.find((x) => x.text.includes('Theodore Wexley resign'));
    expect(demanded?.speaker?.text).toBe('Every Republican on the Harbour Committee');
    const say = q.find((x) => x.text.includes('should have closed sooner'));
    expect(say?.speaker?.text).toBe('Residents who now run the Quay Road Association');
    // A relative clause says what the residents do; the association is not who speaks.
    expect(say?.speaker?.cluster).toBeUndefined();
    const spokesman = q.find((x) => x.text.includes('inspection would take'));
    expect(spokesman?.speaker?.text).toBe('A spokesman for the Harbour Authority');
    expect(speakerName(article, spokesman)).toBe('Harbour Authority');
    expectSpans(article.text, q);
  });

  it.each([
    [
      'a joined clause with a subject and a cue of its own is the next speaker’s',
      'Mr. Tom Dorn said he will plead not guilty, and people close to him have predicted that the mayor could pardon him.',
      'the mayor could pardon him',
      'people close to him',
    ],
    [
      'the named one after a possessive and a comma, not the possessor',
      'Dorn’s attorney, Ivo Roe, said in a statement that the charges were a clear attempt at silencing his client.',
      'the charges were a clear attempt',
      'Ivo Roe',
    ],
    [
      'a speaker after the cue, described by an apposition',
      'A grand jury has been convened and will meet on Wednesday, said Alma Vale, a spokesman for Tom Dorn, the prosecutor for Quay County.',
      'A grand jury has been convened',
      'Alma Vale',
    ],
    [
      '"according to" a source described by an apposition',
      'Judges stepped aside in 180 cases last term, according to a new analysis by Court Watch, a group that tracks recusals.',
      'Judges stepped aside in 180 cases',
      'Court Watch',
    ],
    [
      'a verb of speaking in anger',
      'Representative Ivo Roe, Republican of Norland, played the same card in the hearing, fuming that the chairman would not accept the report.',
      'the chairman would not accept the report',
      'Ivo Roe',
    ],
    [
      'a long name before a preposition',
      'Capt. Ronald S. Dorn of the Quay County Highway Patrol said he believed the protests had reached a turning point.',
      'the protests had reached a turning point',
      'Ronald S. Dorn',
    ],
    [
      'a description by a title and its organisation: the one named before in the sentence',
      'Critics turned on Mike Vale on Friday, after the HPC chairman was caught on camera saying that the harbour plan was unwinnable.',
      'the harbour plan was unwinnable',
      'Mike Vale',
    ],
    [
      'an infinitive cue has the subject of its clause',
      'Mr. Ivo Roe, who was mayor from 2006 until 2012, went on to argue that the bridge had been neglected for years.',
      'the bridge had been neglected',
      'Ivo Roe',
    ],
    [
      'a time adverbial that a comma closes ends the relative clause, not the speaker phrase',
      'Ana Ruiz, who spoke at the river school on Monday, said the levee would hold.',
      'the levee would hold',
      'Ana Ruiz',
    ],
    [
      'an infinitive cue after a medium: the medium is no one asked to speak',
      'After news of the photo broke, Alma Vale took to Twitter to explain that she does not condone violence.',
      'she does not condone violence',
      'Alma Vale',
    ],
    [
      'an organisation before ", which …" heads the phrase',
      'Harbor TV, which has hired Ms. Alma Vale to host its new year show alongside Tom Dorn for a decade, announced on Wednesday that she would no longer appear.',
      'she would no longer appear',
      'Harbor TV',
    ],
    [
      'a frame that ends the sentence credits a report with quoted words inside it',
      'Tom Dorn, the chief of staff, asked Mr. Ivo Roe last summer to explore “options of service” on an advisory board, the Harbour Authority said in a statement.',
      'options of service',
      'Harbour Authority',
    ],
    [
      'a short clause after the cue is what was said, not who said it: the name before the apposition speaks',
      'Ana Ruiz, the mayor, said the bridge would reopen.',
      'the bridge would reopen',
      'Ana Ruiz',
    ],
    [
      'a short subject and its apposition before the cue speak, whatever the clause after it',
      'Ana Ruiz, the mayor, said the bridge remains closed.',
      'the bridge remains closed',
      'Ana Ruiz',
    ],
    [
      'a name that is also a modal verb stays a name after the cue',
      'The deal is dead, said Theresa May.',
      'The deal is dead',
      'Theresa May',
    ],
    [
      'a month written short before a day is a date, not a name that could speak',
      'Dorn, according to the indictment, “on multiple occasions” around Dec. 1, 2017, told Vale that he should lie to the committee.',
      'on multiple occasions',
      'Dorn',
    ],
  ])('%s', (_what, body, words, speaker) => {
    const { article, quotes: q } = quotesOf(body);
    const found = q.find((x) => x.text.includes(words));
    expect(found).toBeDefined();
    expect(speakerName(article, found)).toBe(speaker);
    expectSpans(article.text, q);
  });

  it.each([
    'The mayor, who spoke on Monday, said the bridge would reopen.',
    'The company, according to the filing, said the deal was dead.',
    'The mayor, who spoke on Monday, said the city needs more money.',
    'The company, according to the filing, said the merger failed.',
  ])('never takes the reported clause for its speaker: %s', (body) => {
    const { article, quotes: q } = quotesOf(body);
    expect(q.length).toBeGreaterThan(0);
    for (const x of q) expect(x.speaker?.text ?? '').not.toMatch(/would|was|needs|failed/);
    expectSpans(article.text, q);
  });

  it.each([
    [
      'Mr. Dorn told Mr. Vale he should lie before the committee, the indictment said, a reference to a film.',
      'he should lie before the committee',
    ],
    ['Ana Ruiz told Vale the bridge would reopen in May.', 'the bridge would reopen in May'],
    ['Ana Ruiz told Trump supporters at a rally that the bridge would reopen.', 'the bridge would reopen'],
    ['She told Sen. Ana Ruiz he should resign.', 'he should resign'],
    ['She told Secretary of State Ana Ruiz the deal was off.', 'the deal was off'],
    ['Mr. Ivo Roe said the plant would close, the newspaper reported, citing two officials.', 'the plant would close'],
    ['Ana Ruiz said the bridge would reopen, she added.', 'the bridge would reopen'],
  ])('reports only what was said, without the one told or a frame closing the sentence: %s', (body, words) => {
    const { article, quotes: q } = quotesOf(body);
    expect(q.map((x) => x.text)).toEqual([words]);
    // A pronoun that closes the sentence is the speaker again, not a go-between.
    if (body.endsWith('she added.')) expect(q[0]!.via).toBeUndefined();
    // The one told by name is kept apart from the words.
    if (body.includes('told Mr. Vale')) expect(q[0]!.hearer?.text).toBe('Mr. Vale');
    expectSpans(article.text, q);
  });

  it.each([
    ['He said the company was sound, the statement said.', 'the company was sound', ['the statement']],
    // An apposition with a subject of its own is about the words, and passes nothing on.
    ['Mr. Ivo Roe said the plant was safe, a claim the union denies.', 'the plant was safe', undefined],
    ['Mr. Ivo Roe said the plant was safe, the union denied.', 'the plant was safe', undefined],
  ])('names a go-between only when a frame closing the sentence passes the words on: %s', (body, words, via) => {
    const { article, quotes: q } = quotesOf(body);
    const found = q.find((x) => x.text.startsWith(words))!;
    expect(found.via?.map((v) => v.text)).toEqual(via);
    expectSpans(article.text, q);
  });

  it.each([
    [
      'Bo Park, who says he typically votes for the party, said one candidate he likes so far is Governor Ivo Roe.',
      ['he typically votes for the party', 'one candidate he likes so far is Governor Ivo Roe'],
    ],
    [
      'Ida Brenholt, who said the river is a danger the town must face, said Tom Arkwell needs to “refocus” on the flood.',
      ['the river is a danger the town must face', 'Tom Arkwell needs to “refocus” on the flood'],
    ],
  ])('reads the report of a relative clause and that of the main clause apart: %s', (body, words) => {
    const { article, quotes: q } = quotesOf(body);
    expect(q.map((x) => x.text)).toEqual(words);
    expect(new Set(q.map((x) => speakerName(article, x)))).toEqual(new Set([body.split(',')[0]]));
    expectSpans(article.text, q);
  });

  it.each([
    [
      'Two people were killed, a man and a woman, said police spokesman Ana Ruiz.',
      'Two people were killed, a man and a woman',
      'Ana Ruiz',
    ],
    ['It is a disaster, a total disaster, said Ivo Roe.', 'It is a disaster, a total disaster', 'Ivo Roe'],
    ['Prices are rising, the data show, said Ana Ruiz, an economist.', 'Prices are rising, the data show', 'Ana Ruiz'],
  ])('reads "…, said X" after a clause with an apposition of its own: %s', (body, words, speaker) => {
    const { article, quotes: q } = quotesOf(body);
    expect(q.map((x) => [x.text, speakerName(article, x)])).toEqual([[words, speaker]]);
    expectSpans(article.text, q);
  });

  it.each([
    [
      'Ivo Roe said the company would “fight back,” the union reported.',
      'the company would “fight back,”',
      ['the union'],
    ],
    ['Ana Ruiz said the plan was “dead on arrival,” she added.', 'the plan was “dead on arrival,”', undefined],
  ])('ends a partial quote before a frame whose comma stands inside the closing mark: %s', (body, words, via) => {
    const { article, quotes: q } = quotesOf(body);
    expect(q.map((x) => [x.text, x.via?.map((v) => v.text)])).toEqual([[words, via]]);
    expectSpans(article.text, q);
  });

  it.each([
    'Ana Ruiz said the tax would “raise billions” each year, far more than the governor said.',
    'Ana Ruiz said the tax would raise billions each year, just as the governor said.',
  ])('takes no comparison with what someone said for a go-between: %s', (body) => {
    const { article, quotes: q } = quotesOf(body);
    expect(q.flatMap((x) => x.via ?? [])).toEqual([]);
    expectSpans(article.text, q);
  });

  it('takes "according to" in a report’s frame as the one who passed it on, not inside its words', () => {
    const framed = quotesOf('Tom Dorn, according to the indictment, told the council that the harbour would close.');
    expect(framed.quotes.map((x) => [x.text, x.via?.map((v) => v.text)])).toEqual([
      ['the harbour would close', ['the indictment']],
    ]);
    const inside = quotesOf('Ana Ruiz said that, according to the data, prices rose sharply in the harbour town.');
    expect(inside.quotes[0]!.via).toBeUndefined();
    expectSpans(framed.article.text, framed.quotes);
  });

  it('keeps a speaker described by a "whose" clause', () => {
    const { article, quotes: q } = quotesOf('“The fire spread quickly,” said a resident whose house was damaged.');
    expect(q[0]?.speaker?.text).toBe('a resident');
    expectSpans(article.text, q);
  });

  it('a joined report in the past perfect after a past cue is still the first speaker’s report', () => {
    const { article, quotes: q } = quotesOf(
      'Mr. Ivo Roe said the mayor did not answer the letters, and her lawyer had informed the council that the files had been destroyed.',
    );
    const lawyer = q.find((x) => x.text.includes('files had been destroyed'));
    expect(lawyer?.speaker?.text).toBe('her lawyer');
    expect(lawyer?.via?.map((v) => v.text)).toEqual(['Ivo Roe']);
    expect(q.find((x) => x.text.includes('did not answer'))?.text).not.toMatch(/lawyer/);
    expectSpans(article.text, q);
  });

  it('a medium told, then when ("told the Harbor Post days after the vote that …")', () => {
    const { article, quotes: q } = quotesOf(
      'Mr. Ivo Roe told The Harbor Post days after the vote that he wanted to restore the old ferry service.',
    );
    expect(q.find((x) => x.text.includes('restore the old ferry'))?.via?.map((v) => v.text)).toEqual(['Harbor Post']);
    expectSpans(article.text, q);
  });

  it('never gives words to the one told: "Another man then tells Ivo Roe, “…”"', () => {
    const { article, quotes: q } = quotesOf(
      'Rep. Ivo Roe grabbed the wrist of a student on Monday. Another man, not seen on camera, then tells Roe, "We are just here for a project." Roe told the student, "Tell me who you are."',
    );
    expect(
      speakerName(
        article,
        q.find((x) => x.text.includes('here for a project')),
      ),
    ).not.toBe('Ivo Roe');
    // The one telling, named before the verb, still speaks.
    expect(
      speakerName(
        article,
        q.find((x) => x.text.includes('who you are')),
      ),
    ).toBe('Ivo Roe');
    expectSpans(article.text, q);
  });

  it('no speaker for an infinitive cue after someone asked to speak', () => {
    const { article, quotes: q } = quotesOf(
      'Mr. Ivo Roe got Alma Vale to argue that the bridge had been neglected for years.',
    );
    expect(
      speakerName(
        article,
        q.find((x) => x.text.includes('bridge had been neglected')),
      ),
    ).not.toBe('Ivo Roe');
  });

  it('no speaker "The" or "a" for a claim named by a noun ("The idea that …", "a claim not recognized …")', () => {
    const { article, quotes: q } = quotesOf(
      'The idea that the bridge could reopen by May was dismissed by the engineers. Caddenford regards the ' +
        'island as its own, a claim not recognized by the council. The notion that the flood was man-made spread.',
    );
    expectSpans(article.text, q);
    expect(q.length).toBeGreaterThan(0);
    for (const x of q) expect(speakerName(article, x) ?? '').not.toMatch(/^(?:the|a|an)$/i);
  });

  it('a time that opens the clause is no part of the speaker ("This week the mayor said", "On Monday the engineers said")', () => {
    const { article, quotes: q } = quotesOf(
      'Mayor Ana Ruiz toured the dam. This week the mayor said the bridge would reopen. On Monday the engineers ' +
        'said the dam held. The same day, the council said it would pay.',
    );
    expectSpans(article.text, q);
    const by = (words: string) => q.find((x) => x.text.includes(words))?.speaker?.text;
    expect(by('bridge would reopen')).toBe('the mayor');
    expect(by('dam held')).toBe('the engineers');
    expect(by('would pay')).toBe('the council');
  });

  it('"it seems that …" is said by no one; "made it clear that …" by the one who made it clear', () => {
    const { article, quotes: q } = quotesOf(
      'The harbour board met on Friday. It seems that the bridge will stay shut until May. ' +
        'It now appears, though, that the ferries will run all winter.\n\n' +
        'Mayor Ana Ruiz made it clear that the harbour tax would not rise. ' +
        'Councillor Tom Dorn closed the meeting by making it clear to the board that he would resign in June.',
    );
    expectSpans(article.text, q);
    for (const x of q) expect(x.speaker?.text ?? '').not.toMatch(/^it$/i);
    const by = (words: string) =>
      speakerName(
        article,
        q.find((x) => x.text.includes(words)),
      );
    expect(by('harbour tax would not rise')).toBe('Ana Ruiz');
    expect(by('would resign in June')).toBe('Tom Dorn');
  });

  it('a "she" or "he" does not stand for one the article tells is of the other sex', () => {
    const { article, quotes: q } = quotesOf(
      'Maria Vale, the harbour master, stood beside Councillor Tom Dorn on the quay. ' +
        '“We will rebuild the quay before the winter,” Tom Dorn said. She said the money for it was already in the budget.\n\n' +
        'Mrs. Okafor, who chairs the board, arrived late. “The dam will hold this year,” said the engineer, Pieter Smit. ' +
        'She said the engineer’s report had been read by the whole board.\n\n' +
        'Joanna Brisk spoke next, and Councilman Lenk answered her. He said the harbour would stay open all year.',
    );
    expectSpans(article.text, q);
    const by = (words: string) =>
      speakerName(
        article,
        q.find((x) => x.text.includes(words)),
      );
    expect(by('already in the budget')).toBe('Maria Vale');
    expect(by('read by the whole board')).toBe('Okafor');
    expect(by('stay open all year')).toBe('Lenk');
  });

  it('a name list that says the other sex does not leave a pronoun with no one when no one else may be meant', () => {
    const { article, quotes: q } = quotesOf(
      'Taylor Brennan, the state’s first female attorney general, said the settlement was fair. ' +
        '“This is a good day for everyone who was cheated,” she said.\n\n' +
        'Senator Okoro announced a new dam plan on Monday. Colleagues said they would miss Okoro. ' +
        'He said he planned to spend the winter by the sea.\n\n' +
        'The harbour master, Alan Shore, made it abundantly clear that the tax would stay in place. ' +
        'A surrogate for Gina Ross said the debate had been rigged from the start.',
    );
    expectSpans(article.text, q);
    const by = (words: string) =>
      speakerName(
        article,
        q.find((x) => x.text.includes(words)),
      );
    expect(by('everyone who was cheated')).toBe('Taylor Brennan');
    expect(by('spend the winter by the sea')).toBe('Okoro');
    expect(by('tax would stay in place')).toBe('Alan Shore');
    expect(by('rigged from the start')).toBe('Gina Ross');
  });

  it('a "she" whose person the article tells nothing of is read as before: the one who spoke last', () => {
    const { article, quotes: q } = quotesOf(
      '“The dam will hold this year,” Robin Okafor said on Monday. She said the report had been read by the whole board.',
    );
    expectSpans(article.text, q);
    expect(
      speakerName(
        article,
        q.find((x) => x.text.includes('read by the whole board')),
      ),
    ).toBe('Robin Okafor');
  });

  it('a name’s possessive before quoted words is speech when the words end on a mark of their own, a title when short', () => {
    const { article, quotes: q } = quotesOf(
      'Mayor Ana Ruiz’s “plan to close the quay is a disaster for every family that lives here,” Councillor ' +
        'Tom Dorn wrote in a letter to the harbour board on Tuesday. He appeared on Radio Lusk’s “Morning Quay” on Sunday. ' +
        'She spoke on Channel Nine’s “Evening News With Maria Stavros and the Harbour Team,” which aired on Monday.',
    );
    expectSpans(article.text, q);
    const plan = q.find((x) => x.text.includes('disaster for every family'));
    expect(plan?.kind).toBe('direct');
    expect(speakerName(article, plan)).toBe('Tom Dorn');
    expect(q.some((x) => x.text.includes('Morning Quay'))).toBe(false);
    expect(q.some((x) => x.text.includes('Evening News'))).toBe(false);
  });

  it('supporters of a person speak for themselves; a spokesman for one, or a letter from one, for that person', () => {
    const { article, quotes: q } = quotesOf(
      'Mayor Ana Ruiz toured the dam on Monday. On Tuesday, supporters of Ana Ruiz said the tax would fall. ' +
        'A spokesman for Ana Ruiz said the dam would hold. A letter from Ana Ruiz said the bridge would reopen.',
    );
    expectSpans(article.text, q);
    const by = (words: string) => q.find((x) => x.text.includes(words));
    expect(by('tax would fall')?.speaker?.cluster).toBeUndefined();
    expect(by('tax would fall')?.speaker?.text).toBe('supporters of Ana Ruiz');
    expect(speakerName(article, by('dam would hold'))).toBe('Ana Ruiz');
    expect(speakerName(article, by('bridge would reopen'))).toBe('Ana Ruiz');
  });

  it('a description by a qualifier and a noun stands for the one named before with that qualifier', () => {
    const { article, quotes: q } = quotesOf(
      'The harbour tax will not pass, despite what HPC presidential hopeful Tom Dorn may claim. ' +
        'Alma Vale said she would not pay it.\n\n' +
        'The HPC front-runner, who has made many angry comments about the quay including calling its tenants "freeloaders" and "squatters," insists the tax will pass.',
    );
    const comments = q.find((x) => x.text.includes('freeloaders'));
    expect(speakerName(article, comments)).toBe('Tom Dorn');
    expectSpans(article.text, q);
  });

  it('reads a "they" as the plural group spoken of before, never a single person', () => {
    const { article, quotes: q } = quotesOf(
      'In a letter on Monday, the harbour pilots accused Mayor Theodore Wexley of ignoring the warnings. ' +
        'The mayor answered on Tuesday. They said the bridge had been unsafe for a year.\n\n' +
        'Theodore Wexley visited the quay. They said the repairs would start in May.',
    );
    const pilots = q.find((x) => x.text.includes('unsafe for a year'));
    expect(pilots?.speaker?.text).toBe('They');
    expect(pilots?.speaker?.refersTo?.text).toBe('the harbour pilots');
    // Only a person came before: no group to stand for.
    const repairs = q.find((x) => x.text.includes('repairs would start'));
    expect(repairs?.speaker?.text).toBe('They');
    expect(repairs?.speaker?.refersTo).toBeUndefined();
    expectSpans(article.text, q);
  });

  it('finds "X said that …", "according to X, …" and "X told reporters …"', () => {
    const { article, quotes: q } = quotesOf(
      'Emmanuel Macron said that Europe would pay for most of the guarantees. ' +
        'According to the Kremlin, the call lasted about forty minutes. ' +
        'Mark Rutte told reporters the talks had gone well.',
    );
    const said = q.find((x) => x.text.startsWith('Europe would pay'));
    expect(said?.kind).toBe('indirect');
    expect(speakerName(article, said)).toBe('Emmanuel Macron');
    expect(q.find((x) => x.text.startsWith('the call lasted'))?.speaker?.text).toBe('Kremlin');
    expect(
      speakerName(
        article,
        q.find((x) => x.text.startsWith('the talks had gone')),
      ),
    ).toBe('Mark Rutte');
    expectSpans(article.text, q);
  });

  it('starts the reported words after "said … that" only when no clause of its own comes first', () => {
    const { quotes: q } = quotesOf(
      'Mayor Ida Brenholt said she was preparing a plan that would rebuild the bridge. Tom Arkwell said on Tuesday that the dam would hold.',
    );
    expect(q.map((x) => x.text)).toEqual([
      'she was preparing a plan that would rebuild the bridge',
      'the dam would hold',
    ]);
  });

  it('gives "X, citing Y, said" the cited source as speaker and the outlet as via', () => {
    const { quotes: q } = quotesOf(
      'The Financial Times, citing European officials, said the meeting was tense and ended early.',
    );
    const chain = q.find((x) => x.text.includes('meeting was tense'));
    expect(chain?.speaker?.text).toBe('European officials');
    expect(chain?.via?.map((v) => v.text)).toEqual(['Financial Times']);
  });

  /** Each sentence, the words of its quote, its speaker and its chain (outlet first). */
  const CHAINS: [string, string, string, string[]][] = [
    [
      'Mayor Ida Brenholt said in an interview with the Caddenford Herald that the bridge would reopen in May.',
      'the bridge would reopen',
      'Ida Brenholt',
      ['Caddenford Herald'],
    ],
    [
      '“We are monitoring the river closely,” Brenholt said, according to Reuters.',
      'monitoring the river',
      'Brenholt',
      ['Reuters'],
    ],
    [
      'Speaking on CNN on Friday, Senator Tom Arkwell said he was not surprised that the dam had failed.',
      'the dam had failed',
      'Tom Arkwell',
      ['CNN'],
    ],
    [
      '“The figures will be checked again,” Finance Minister Ola Vennick told KTRS radio.',
      'figures will be checked',
      'Ola Vennick',
      ['KTRS'],
    ],
    [
      'The engineers filed their report on Monday. “It may have gone too far,” Lena Skarre told the outlet.',
      'may have gone too far',
      'Lena Skarre',
      ['the outlet'],
    ],
    [
      'Ola Vennick told Politico the report was late. “It may have gone too far,” Lena Skarre told the outlet.',
      'may have gone too far',
      'Lena Skarre',
      ['Politico'],
    ],
    [
      '“I want to see the full report,” said Piers Hallowell in an interview on NBC’s evening news, according to AFP.',
      'see the full report',
      'Piers Hallowell',
      ['AFP', 'NBC'],
    ],
    [
      'Prime Minister Elena Zavova responded on Tuesday, telling Reuters that the deal was “highly inappropriate.”',
      'the deal was',
      'Elena Zavova',
      ['Reuters'],
    ],
    [
      'Zavova spoke to The New York Times on Monday. On Tuesday, Zavova responded, telling the Times it was “a fair deal.”',
      'it was',
      'Zavova',
      ['New York Times'],
    ],
    [
      'But speaking on ABC News, New Jersey Republican Gov. Chris Halvorsen, who is insistent he personally is ' +
        'not a candidate for president in 2012, said he was not sure his friend would run either.',
      'his friend would run',
      'Chris Halvorsen',
      ['ABC News'],
    ],
    [
      'Commander Tom Arkwell told the Associated Press that the enemy is not interested in real negotiations: ' +
        '“The only option is to defeat them.”',
      'not interested in real negotiations',
      'Tom Arkwell',
      ['Associated Press'],
    ],
    [
      // The one told has a name of several words, and no "that" follows it.
      'Ana Ruiz told The New York Times she would not run for the seat again.',
      'she would not run',
      'Ana Ruiz',
      ['New York Times'],
    ],
    [
      'A law enforcement source told CNN the package was similar to the others sent this week.',
      'the package was similar',
      'law enforcement source',
      ['CNN'],
    ],
    [
      'Mr. Dorn told Mr. Vale he should lie before the committee, the indictment said, a reference to a film.',
      'he should lie before the committee',
      'Dorn',
      ['the indictment'],
    ],
    // "X quoted Y as saying": Y speaks, X passed the words on; so does the agent of "quoted by", "cited by".
    [
      'Northgate Wire quoted the water ministry as saying that the dam would hold.',
      'the dam would hold',
      'the water ministry',
      ['Northgate Wire'],
    ],
    [
      'The state broadcaster quoted Ida Brenholt as saying the bridge would reopen in May.',
      'the bridge would reopen',
      'Ida Brenholt',
      ['The state broadcaster'],
    ],
    [
      'Ida Brenholt was quoted by the Harbor Post as saying that the levee had cracked.',
      'the levee had cracked',
      'Ida Brenholt',
      ['Harbor Post'],
    ],
    [
      'Mayor Ida Brenholt toured the levee. The Harbor Post quoted her saying the river was falling.',
      'the river was falling',
      'Ida Brenholt',
      ['Harbor Post'],
    ],
    [
      'Officials cited by Northgate Wire said the bridge would reopen.',
      'the bridge would reopen',
      'Officials',
      ['Northgate Wire'],
    ],
    [
      'Northgate Wire quoted Ida Brenholt as saying no decision had been made.',
      'no decision',
      'Ida Brenholt',
      ['Northgate Wire'],
    ],
    [
      '“We will hold the line,” Northgate Wire quoted Ida Brenholt as saying.',
      'hold the line',
      'Ida Brenholt',
      ['Northgate Wire'],
    ],
    [
      'The water ministry, quoted by Northgate Wire, said the dam would hold.',
      'the dam would hold',
      'The water ministry',
      ['Northgate Wire'],
    ],
    [
      'Northgate Wire quoted Ida Brenholt on Monday as saying the dam would hold.',
      'the dam would hold',
      'Ida Brenholt',
      ['Northgate Wire'],
    ],
  ];
  it.each(CHAINS)('follows the chain of reporting: %s', (sentence, words, speaker, via) => {
    const { article, quotes: q } = quotesOf(sentence);
    const found = q.find((x) => x.text.includes(words));
    expect(speakerName(article, found)).toContain(speaker.split(' ').at(-1));
    // What was said starts after the one it was told to.
    for (const v of found?.via ?? []) expect(v.end <= found!.start || v.start >= found!.end).toBe(true);
    // A go-between is named by its entity when it has one ("the outlet" that stands for Politico).
    const names = found?.via?.map((v) =>
      v.cluster === undefined ? v.text : article.annotations.entities!.clusters[v.cluster]!.name,
    );
    expect(names).toEqual(via);
    expectSpans(article.text, q);
  });

  it('reads "X described A as “…,” and Y warned that B" as two speakers', () => {
    const { article, quotes: q } = quotesOf(
      'Mayor Ida Brenholt described the dam as “a disgrace,” and Engineer Tom Arkwell warned that the river could rise again.',
    );
    const first = q.find((x) => x.text.includes('disgrace'));
    const second = q.find((x) => x.text.includes('river could rise'));
    expect(speakerName(article, first)).toBe('Ida Brenholt');
    expect(first?.text).not.toContain('Arkwell');
    expect(speakerName(article, second)).toContain('Tom Arkwell');
    expectSpans(article.text, q);
  });

  it('gives a quote followed by ", calling …" to the speaker before it, not to what is called', () => {
    const { article, quotes: q } = quotesOf(
      'Later, Mayor Ida Brenholt informed reporters that she is “open to a meeting with the engineers,” calling the talks “the best” she has had.',
    );
    expect(
      speakerName(
        article,
        q.find((x) => x.text.includes('open to a meeting')),
      ),
    ).toBe('Ida Brenholt');
  });

  it('reads "he" as the person named just before it when the sentence names no one as subject', () => {
    const { article, quotes: q } = quotesOf(
      'Engineer Tom Arkwell inspected the dam. European leaders showed support for Mayor Ida Brenholt when she ' +
        'mentioned that the bridge could reopen in May.',
    );
    expect(
      speakerName(
        article,
        q.find((x) => x.text.includes('bridge could reopen')),
      ),
    ).toBe('Ida Brenholt');
  });

  it('marks the second part of a quote split around its cue as going on with the first, and nothing else', () => {
    const { quotes: q } = quotesOf(
      '“The river is falling,” Mayor Ida Brenholt told reporters. “We will reopen the bridge on Monday.” ' +
        '“It was a long week,” said Tom Arkwell. “Nobody slept,” Brenholt added.',
    );
    const parts = q.filter((x) => x.kind === 'direct').map((x) => [x.text.slice(1, 12), !!x.continues]);
    expect(parts).toEqual([
      ['The river i', false],
      ['We will reo', true],
      ['It was a lo', false],
      ['Nobody slep', false],
    ]);
  });

  it.each([
    [
      'The Florida senator is telling reporters that she will have “a lot of votes” after the count.',
      'The Florida senator',
    ],
    [
      'Mayor Ida Brenholt greeted volunteers at the hall and told them that they had “saved the lower town.”',
      'Ida Brenholt',
    ],
    ['Water Commissioner Ingrid Solvang on Wednesday said the level was “still far too high.”', 'Ingrid Solvang'],
    [
      'In response to the engineers’ report, Mayor Ida Brenholt wrote to the council, saying the dam was “not safe to use.”',
      'Ida Brenholt',
    ],
    [
      'Hours later, Ingrid Solvang answered the council, telling reporters that it was “simply not true.”',
      'Ingrid Solvang',
    ],
    [
      'When asked about the levy, Water Commissioner Ingrid Solvang said on Monday it was “a fair price.”',
      'Ingrid Solvang',
    ],
    [
      'When Mayor Ida Brenholt suggested that the levy would pass, Tom Arkwell fired back: “Not in this town.”',
      'Tom Arkwell',
    ],
    ['The engineers were angry at Mayor Ida Brenholt’s claim that the dam was “perfectly sound.”', 'Ida Brenholt'],
    ['Mayor Ida Brenholt, who a week ago asserted that the levy was “fair,” spoke again on Monday.', 'Ida Brenholt'],
    ['It was a similar call from Sen. Ida Brenholt of Ohio, who tweeted that the levy was “unfair.”', 'Ida Brenholt'],
    ['The council met on Monday. “The river will not beat us,” said the legislator, Tom Arkwell.', 'Tom Arkwell'],
    ['Tom Arkwell, the engineer who advised Mayor Ida Brenholt, called the levy “a gamble.”', 'Tom Arkwell'],
    [
      'Tom Arkwell criticized the levy, which Water Commissioner Ingrid Solvang said was “a fair price.”',
      'Ingrid Solvang',
    ],
    ['Ingrid Solvang spoke on Monday. Cost estimates, she added, were “far too low.”', 'Ingrid Solvang'],
    ['Ingrid Solvang was asked by Mayor Ida Brenholt, “Will the dam hold through the spring floods?”', 'Ida Brenholt'],
    ['Speaking on Monday, Tom Arkwell referred to the levy as “a gamble with the lower town.”', 'Tom Arkwell'],
    [
      'Mayor Ida Brenholt spoke first. “The levy would pass easily” if the vote were held today, said Tom Arkwell, an engineer.',
      'Tom Arkwell',
    ],
    [
      'Mayor Ida Brenholt spoke first. “There is a sense of calm now,” and the donations began again last week, Tom Arkwell said.',
      'Tom Arkwell',
    ],
    ['Water Commissioner Ingrid Solvang, who has endorsed Ida Brenholt, said the plan was “sound.”', 'Ingrid Solvang'],
    [
      'There were more protests planned for the evening, but Ingrid Solvang said the town had reached “a turning point.”',
      'Ingrid Solvang',
    ],
    [
      'Mayor Ida Brenholt spoke at the hall. She did not confirm the report, but told the meeting: “We will know by May.”',
      'Ida Brenholt',
    ],
    [
      'Mayor Ida Brenholt was seen pushing a young man after Tom Arkwell walked up to her and asked if she backed “the new levy on the lower town.”',
      'Tom Arkwell',
    ],
  ])(
    'finds the speaker past an auxiliary, a coordinated verb, a time or an opening adverbial: %s',
    (sentence, speaker) => {
      const { article, quotes: q } = quotesOf(sentence);
      expect(
        speakerName(
          article,
          q.find((x) => x.text.includes('“')),
        ),
      ).toBe(speaker);
    },
  );

  it('ends a sentence at a stop inside the closing mark', () => {
    const { article, quotes: q } = quotesOf(
      'Mayor Ida Brenholt called the levy “fair.” Water Commissioner Ingrid Solvang called the plan “a gamble.”',
    );
    expect(q.map((x) => [x.text, speakerName(article, x)])).toEqual([
      ['the levy “fair.”', 'Ida Brenholt'],
      ['the plan “a gamble.”', 'Ingrid Solvang'],
    ]);
  });

  it('gives a cue coordinated inside a subordinate clause to that clause’s subject, never to the sentence’s', () => {
    const { article, quotes: q } = quotesOf(
      'Mayor Ida Brenholt was seen pushing a young man after the man walked up to her and asked if she backed “the new levy on the lower town.”',
    );
    const quote = q.find((x) => x.text.includes('levy'));
    expect(quote).toBeDefined();
    expect(speakerName(article, quote)).not.toBe('Ida Brenholt');
  });

  it('reads "“…,” an angry Brenholt seethed." with a verb the lists lack as a frame', () => {
    const { article, quotes: q } = quotesOf('“The river will not beat us,” an angry Mayor Ida Brenholt seethed.');
    expect(speakerName(article, q[0])).toBe('Ida Brenholt');
    expect(q[0]?.rule).toBe('comma-frame');
  });

  it('gives a cue with no subject after a quote of its sentence to that quote’s speaker', () => {
    const { article, quotes: q } = quotesOf(
      'Mayor Ida Brenholt declared “What a week it has been!” and said that the town would “rebuild every street.”',
    );
    expect(
      speakerName(
        article,
        q.find((x) => x.text.includes('rebuild every street')),
      ),
    ).toBe('Ida Brenholt');
  });

  it('gives a report inside reported words to its own speaker, passed on by the outer one', () => {
    const { article, quotes: q } = quotesOf(
      'Ola Vennick said Mayor Ida Brenholt told him that the bridge would reopen in May.',
    );
    const found = q.find((x) => x.text.startsWith('the bridge would reopen'));
    expect(speakerName(article, found)).toBe('Ida Brenholt');
    expect(found?.via?.map((v) => v.text)).toEqual(['Ola Vennick']);
    expect(found?.rule).toBe('embedded-report');
  });

  it('lists no go-between for the article’s own outlet, and keeps another outlet', () => {
    const body =
      'A headline for the test\n\nMayor Ida Brenholt told The Caddenford Herald that the bridge would reopen in May.';
    const viaIn = (outlet: string) => {
      const article = runPipeline(textInput(body, { outlet }), [...articleStages(), quotes()]);
      const q = ((article.annotations as { quotes?: Quote[] }).quotes ?? []).find((x) => x.text.includes('bridge'));
      return (q?.via ?? []).map((v) => v.text);
    };
    expect(viaIn('Caddenford Herald')).toEqual([]);
    expect(viaIn('Northgate Wire')).toEqual(['Caddenford Herald']);
    // A short form of the outlet by its last words, whole words only: "the Herald" is the outlet's own,
    // "the Herald" is no short form of "NewsHerald".
    const short = (outlet: string) => {
      const text = 'A headline for the test\n\nMayor Ida Brenholt told the Herald that the bridge would reopen in May.';
      const article = runPipeline(textInput(text, { outlet }), [...articleStages(), quotes()]);
      const q = ((article.annotations as { quotes?: Quote[] }).quotes ?? []).find((x) => x.text.includes('bridge'));
      return (q?.via ?? []).map((v) => v.text);
    };
    expect(short('The Caddenford Herald')).toEqual([]);
    expect(short('NewsHerald')).toEqual(['Herald']);
  });

  it('a host named before as a medium’s stands for that medium, and is no go-between in that medium', () => {
    const text =
      'A headline for the test\n\nMr. Ivo Roe spoke on Tuesday night in a phone interview with Harbor TV’s Nell Dorsey.\n\n' +
      '“The good news is that votes count, not dollars,” Roe told Dorsey.';
    const via = (outlet: string) => {
      const article = runPipeline(textInput(text, { outlet }), [...articleStages(), quotes()]);
      const q = ((article.annotations as { quotes?: Quote[] }).quotes ?? []).find((x) =>
        x.text.includes('votes count'),
      );
      return (q?.via ?? []).map((v) => [
        v.text,
        v.cluster === undefined ? undefined : article.annotations.entities!.clusters[v.cluster]!.name,
      ]);
    };
    expect(via('Northgate Wire')).toEqual([['Dorsey', 'Harbor TV']]);
    expect(via('Harbor TV')).toEqual([]);
  });

  it('gives "X’s attorney said" to the attorney, not to X', () => {
    const { article, quotes: q } = quotesOf(
      'Mayor Ida Brenholt was questioned on Monday. “It was completely unnecessary,” Brenholt’s attorney said.',
    );
    const found = q.find((x) => x.text.includes('completely unnecessary'));
    expect(found?.speaker?.text).toBe('Brenholt’s attorney');
    expect(found?.speaker?.cluster).toBeUndefined();
    expect(speakerName(article, found)).not.toBe('Ida Brenholt');
  });

  /** Sentences whose medium is the speaker, or is no medium: no chain. */
  const NO_CHAIN: [string, string][] = [
    // "cited by the police for speeding" is a citation, not a report: no go-between.
    ['The driver, cited by the police for speeding, said he was late.', 'he was late'],
    ['According to the Kremlin, the talks will resume next week.', 'the talks will resume'],
    ['“We will rebuild the bridge,” Brenholt said in an interview on Monday.', 'rebuild the bridge'],
    ['Brenholt told reporters that the bridge would reopen in May.', 'the bridge would reopen'],
  ];
  it.each(NO_CHAIN)('finds no chain where there is none: %s', (sentence, words) => {
    const { quotes: q } = quotesOf(sentence);
    const found = q.find((x) => x.text.includes(words));
    expect(found).toBeDefined();
    expect(found?.via).toBeUndefined();
  });

  it('takes the medium named just before for the chain of the speaker’s next words, unless their own sentence names where they were said', () => {
    const { quotes: q } = quotesOf(
      'Mayor Ida Brenholt first floated the levy in an interview with the Valley Courier. She said the town would vote on it in May.\n\n' +
        'Brenholt spoke again on Friday. In her video address on Friday, Brenholt said the levy was “the only fair way.”',
    );
    const vote = q.find((x) => x.text.includes('vote on it in May'));
    expect(vote?.via?.map((v) => v.text)).toEqual(['Valley Courier']);
    const fair = q.find((x) => x.text.includes('the only fair way'));
    expect(fair).toBeDefined();
    expect(fair?.via).toBeUndefined();
  });

  it('takes the medium of an interview from the speaker’s next quote, when it names it', () => {
    const { quotes: q } = quotesOf(
      'The council met on Friday. Tom Arkwell said in an interview that the dam was “never safe.” “It should have been closed years ago,” Arkwell told the Valley Courier.',
    );
    expect(q.map((x) => x.via?.map((v) => v.text))).toEqual([['Valley Courier'], ['Valley Courier']]);
  });

  it('takes a programme named in marks before "show" for the medium of an interview, not for speech', () => {
    const { article, quotes: q } = quotesOf(
      'The council met on Friday. In an interview aired Sunday on the “Valley Morning” show, Tom Arkwell told the host that the dam was “never safe.”',
    );
    const found = q.find((x) => x.text.includes('never safe'));
    expect(speakerName(article, found)).toBe('Tom Arkwell');
    expect(found?.via?.map((v) => v.text)).toEqual(['Valley Morning']);
    expect(q.filter((x) => x.text === '“Valley Morning”')).toEqual([]);
  });

  it('takes a programme named in marks after "told" for the medium, not for speech', () => {
    const { quotes: q } = quotesOf('Tom Arkwell spoke on Sunday. “The dam was never safe,” he told “Valley Morning.”');
    expect(q.map((x) => x.text)).toEqual(['“The dam was never safe,”']);
    expect(q[0]?.via?.map((v) => v.text)).toEqual(['Valley Morning']);
  });
});

/** Reported speech and attitudes the word lists miss, found by the cue model: [sentence, words of the content, speaker]. */
const MODEL_CUES: [string, string, string | null][] = [
  ['Kyiv fears that the talks might push Ukraine to give up more land.', 'the talks might push Ukraine', 'Kyiv'],
  [
    'A new poll shows Mayor Ida Brenholt leading her rival by nine points.',
    'Ida Brenholt leading her rival',
    'A new poll',
  ],
  [
    'The valley will need another two years to recover, the council records show.',
    'The valley will need another two years',
    'the council records',
  ],
  ['Asked whether the dam would hold, the engineer shrugged and walked away.', 'whether the dam would hold', null],
  ['Tom Arkwell is expected to give evidence when the hearings resume.', 'to give evidence', null],
];

describe('quotes stage: cues the model finds', () => {
  it.each(MODEL_CUES)('reads %s', (sentence, words, speaker) => {
    const { article, quotes: q } = quotesOf(sentence);
    const found = q.find((x) => x.text.includes(words));
    expect(found?.kind).toBe('indirect');
    expect(found?.rule).toBe('cue-model');
    expect(speakerName(article, found) ?? null).toBe(speaker);
    expectSpans(article.text, q);
  });

  it('reads with the word lists alone when given no model', () => {
    const plain = runPipeline(
      textInput('A headline for the test\n\nKyiv fears that the talks might push Ukraine to give up land.'),
      [...articleStages().filter((st) => st.name !== 'quotes'), quotes({ ...QUOTES_DEFAULTS, cueModel: undefined })],
    );
    expect((plain.annotations as { quotes?: Quote[] }).quotes ?? []).toEqual([]);
  });
});

describe('quotes on the example corpus', () => {
  let articles: Map<string, Article>;
  let results: QuoteResults;
  const name = (file: string) => [...articles.entries()].find(([k]) => k === file)![1];

  beforeAll(async () => {
    articles = new Map();
    for await (const r of readInputs([EXAMPLES])) {
      if ('error' in r) throw r.error;
      const key = path.basename(r.input.path) + (r.input.record ? `:${r.input.record}` : '');
      articles.set(key, runPipeline(r.input, [...articleStages(), quotes()]));
    }
    const inputs = [...articles.values()].map((a) => ({ article: a.id, entities: a.annotations.entities! }));
    const entities = resolveAliases(inputs);
    results = resolveQuotes(quoteInputs([...articles.values()]), entityLookup(inputs, entities));
  });

  it('every quote span points at its text', () => {
    for (const a of articles.values()) expectSpans(a.text, (a.annotations as { quotes?: Quote[] }).quotes ?? []);
  });

  it.each([
    ['herald-dam-breach.txt', 'We will rebuild the lower town', 'Theodore Wexley'],
    ['herald-dam-breach.txt', 'It is too early', 'Theodore Wexley'],
    ['herald-dam-breach.txt', 'The inflow was simply greater', 'Ingrid Solvang'],
    ['wbn-dam-failure.html', 'We are going to rebuild the lower town', 'Theodore Wexley'],
    ['courier-lower-town.html', 'If we got something wrong', 'Ingrid Solvang'],
    ['herald-inquiry-opens.txt.gz', 'Three weeks on', 'Theodore Wexley'],
    ['northgate-wire.jsonl:3', 'That is a fair criticism', 'Piers Hallowell'],
  ])('%s: "%s…" is said by %s', (file, start, speaker) => {
    const article = name(file);
    const q = ((article.annotations as { quotes?: Quote[] }).quotes ?? []).find((x) =>
      x.text.replace(/^["“‘']/, '').startsWith(start),
    );
    expect(q?.kind).toBe('direct');
    expect(speakerName(article, q)).toBe(speaker);
  });

  it('follows the chain of reporting back to the engineers (planted feature 10)', () => {
    const herald = ((name('herald-dam-breach.txt').annotations as { quotes?: Quote[] }).quotes ?? []).find((q) =>
      q.text.startsWith("a crack in the spillway's concrete apron"),
    );
    expect(herald?.speaker?.text).toBe('Two engineers at the water board');
    // "told the Herald" in the Herald: its own reporting, no go-between.
    expect(herald?.via).toBeUndefined();
    const ledger = ((name('ledger-province-funding.html').annotations as { quotes?: Quote[] }).quotes ?? []).find((q) =>
      q.text.startsWith("a crack in the dam's spillway"),
    );
    expect(ledger?.speaker?.text).toBe('two engineers at the water board');
    expect(ledger?.via?.map((v) => v.text)).toEqual(['Caddenford Herald']);
  });

  it('reports the reworded Wexley quote as a variant, and not its verbatim copy', () => {
    const wexley = results.quoteVariants.filter((v) => v.wordings.some((w) => w.includes('rebuild the lower town')));
    expect(wexley).toHaveLength(1);
    const [variant] = wexley;
    expect(variant!.wordings).toHaveLength(2);
    expect(variant!.wordings.some((w) => w.includes('no family will be left to face this alone'))).toBe(true);
    expect(variant!.wordings.some((w) => w.includes('not one family is going to be left on its own'))).toBe(true);
    // The Herald and its copy print the same words: one statement with two sources.
    const herald = results.statements.find((s) => s.text.includes('face this alone'))!;
    expect(herald.articles.sort()).toEqual(
      [name('herald-dam-breach.txt').id, name('newsharbor-dam-breach.txt').id].sort(),
    );
    // Solvang's quote, printed identically in five articles, is one statement and no variant.
    const inflow = results.statements.find((s) => s.text.includes('The inflow was simply greater'))!;
    expect(inflow.articles.length).toBeGreaterThanOrEqual(4);
    expect(results.quoteVariants.some((v) => v.statements.includes(inflow.id))).toBe(false);
  });

  it('the quotes command lists quotes by speaker and the variant', async () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'tri-quotes-')), 'q.db');
    const store = Store.open(db);
    for await (const r of readInputs([EXAMPLES])) {
      if ('error' in r) throw r.error;
      store.saveArticle(runPipeline(r.input, [...articleStages(), quotes()]), r.input);
    }
    store.close();
    const out: string[] = [];
    const io: Io = { out: (t) => out.push(t), err: () => {}, interactive: false };
    expect(await quotesCommand.run(['--db', db, '--speaker', 'Wexley'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('Theodore Wexley');
    expect(text).toContain('Variants');
    expect(text).toContain('not one family is going to be left on its own');
    out.length = 0;
    expect(await quotesCommand.run(['--db', db, '--json'], io)).toBe(0);
    const json = JSON.parse(out.join('\n')) as QuoteResults;
    expect(json.quoteVariants.length).toBeGreaterThanOrEqual(1);
  });

  it('the quotes command prints each quote on one line, also one that runs over paragraphs', async () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'tri-quotes-')), 'q.db');
    const store = Store.open(db);
    const text =
      'Flood talks end\n\nMayor Ida Brenholt said: “We will rebuild the lower town.\n\n' +
      '“The council has the money and the will to do it.”\n\nThe council met on Friday.';
    store.saveArticle(runPipeline(textInput(text), [...articleStages(), quotes()]), textInput(text));
    store.close();
    const out: string[] = [];
    const io: Io = { out: (t) => out.push(t), err: () => {}, interactive: false };
    expect(await quotesCommand.run(['--db', db], io)).toBe(0);
    const lines = out.join('\n').split('\n');
    const quoted = lines.filter((l) => l.includes('rebuild the lower town'));
    expect(quoted).toHaveLength(1);
    // Every line is a speaker's heading or an indented quote: none starts at the margin inside a quote.
    for (const l of lines.filter((x) => x.trim())) expect(l, l).toMatch(/^(?: {4}\S|\S.*\[\d+ quotes?\])/u);
  });
});
