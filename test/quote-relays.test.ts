/**
 * Reports inside reports (src/stages/quotes/relays.ts): a go-between named by "according to" in a
 * quote's sentence, a medium's quote that cites its own sources, and a report inside a direct quote —
 * golden cases and negative cases, each span pointing at its own text.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import type { Quote } from '../src/stages/quotes/index.ts';
import { opensOnOwnVerb } from '../src/locales/en/cues.ts';
import { analyseFile, textInput } from './helpers/run.ts';
import { sharedPath } from './helpers/shared.ts';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The quotes of one made-up article as [kind, speaker, go-betweens, words], spans checked. */
function quotes(body: string): [string, string | undefined, string[], string][] {
  const article = runPipeline(textInput(`A headline for the test\n\n${body}`), articleStages());
  const list = (article.annotations as { quotes?: Quote[] }).quotes ?? [];
  for (const q of list)
    for (const s of [q, q.speaker, q.cue, ...(q.via ?? [])])
      if (s) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  return list.map((q) => [q.kind, q.speaker?.text, (q.via ?? []).map((v) => v.text), q.text]);
}

describe('a go-between in the quote’s sentence', () => {
  it('"according to the indictment" after someone’s quoted words', () => {
    expect(
      quotes(
        'In one letter, Mr. Tom Dorn wrote that more payments were coming, “a load every week from now on,” according to the indictment.',
      ),
    ).toContainEqual(['direct', 'Tom Dorn', ['the indictment'], '“a load every week from now on,”']);
  });

  it('a medium that cites its sources passes their words on', () => {
    const found = quotes(
      'The Herald now reports that Mr. Tom Dorn has already "been charged by a grand jury in the capital, according to people familiar with the case."',
    );
    expect(found.map(([kind, speaker, via]) => [kind, speaker, via])).toContainEqual([
      'direct',
      'people familiar with the case',
      ['Herald'],
    ]);
  });

  it('a medium’s report that ends citing its source: the one cited speaks, the medium passes the words on', () => {
    expect(
      quotes(
        'The Harbor Post reported the charges against Dorn "will include wire fraud and focus on his restaurant," citing someone familiar with the case.',
      ).map(([kind, speaker, via]) => [kind, speaker, via]),
    ).toEqual([
      ['indirect', 'someone familiar with the case', ['Harbor Post']],
      ['direct', 'someone familiar with the case', ['Harbor Post']],
    ]);
    expect(quotes('The Herald reported that the mayor had resigned, citing two city officials.')).toEqual([
      ['indirect', 'two city officials', ['Herald'], 'the mayor had resigned'],
    ]);
    // The frame after the words: "…, the Post reported, citing …" reports what comes before it.
    expect(
      quotes('Members of the council long ago soured on Dorn, the Herald reported, citing another anonymous source.'),
    ).toEqual([['indirect', 'another anonymous source', ['Herald'], 'Members of the council long ago soured on Dorn']]);
  });

  it('no go-between in a medium named inside the words as the one that reported a thing they tell of', () => {
    expect(
      quotes(
        'At a public meeting on Thursday, several residents demanded to know why a crack in the spillway, first reported by the Harbor Post, had not been repaired.',
      ).map(([kind, speaker, via]) => [kind, speaker, via]),
    ).toEqual([['indirect', 'several residents', []]]);
  });

  it('no source cited when a medium gives a reason or a ground', () => {
    for (const body of [
      'The Herald reported that the plant would close next year, citing falling demand.',
      'The Herald said the mayor’s statement was misleading, quoting figures from the city’s own budget.',
      'The concert was cancelled, the Herald reported, citing security concerns raised by police.',
      'The Herald reported that the senator voted against the bill, citing letters from constituents.',
    ])
      expect(quotes(body).map(([, speaker, via]) => [speaker, via])).toEqual([['Herald', []]]);
  });

  it('no source cited after a report that is not a medium’s: a reason given', () => {
    const found = quotes('The mayor said he would resign, citing his health.');
    expect(found.map(([kind, speaker, via]) => [kind, speaker, via])).toEqual([['indirect', 'The mayor', []]]);
  });

  it('a sentence that ends crediting an outlet and its sources: both pass the words on, and are no part of them', () => {
    const found = quotes(
      'Mr. Tom Dorn suggested a job to Ms. Alma Vale to keep her out of the primary, The Harbor Post has reported, citing unnamed sources.',
    );
    const q = found.find(([, speaker]) => speaker === 'Tom Dorn')!;
    expect(q[2]).toEqual(['Harbor Post', 'unnamed sources']);
    expect(q[3]).not.toMatch(/Harbor Post/);
  });

  it('words credited with "according to" that open on a report of their own: its speaker, the one told, the one credited', () => {
    expect(
      quotes(
        'Three senior campaign officials told Mr. Ivo Roe’s team that Mr. Tom Dorn had promised inside information, according to people familiar with the interviews.',
      ),
    ).toContainEqual([
      'indirect',
      'Three senior campaign officials',
      ['people familiar with the interviews', 'Mr. Ivo Roe’s team'],
      'Mr. Tom Dorn had promised inside information',
    ]);
  });

  it.each([
    [
      'in the present',
      'According to the Harbor Post, Ms. Alma Vale claims that the dam was never inspected.',
      ['indirect', 'Alma Vale', ['Harbor Post'], 'the dam was never inspected'],
    ],
    [
      'credited to someone of the speaker’s (a possessive before a title is a go-between, not the speaker’s own words)',
      'According to her lawyer, Ms. Alma Vale insists that the dam was never inspected.',
      ['indirect', 'Alma Vale', ['her lawyer'], 'the dam was never inspected'],
    ],
    [
      'by a plural in the present',
      'According to the council, residents say that the dam was never inspected.',
      ['indirect', 'residents', ['the council'], 'the dam was never inspected'],
    ],
    [
      'by a group named by a noun in -ly',
      'According to police, the family says that the dam was never inspected.',
      ['indirect', 'the family', ['police'], 'the dam was never inspected'],
    ],
    [
      'past an adverb before the cue',
      'According to the poll, voters increasingly say that the dam was never inspected.',
      ['indirect', 'voters', ['the poll'], 'the dam was never inspected'],
    ],
    [
      'credited to people familiar with it (the pronoun is no source)',
      'According to people familiar with it, three engineers said the dam was never inspected.',
      ['indirect', 'three engineers', ['people familiar with it'], 'the dam was never inspected'],
    ],
  ])('words credited with "according to" that open on a report of their own, %s', (_, body, expected) => {
    expect(quotes(body)).toEqual([expected]);
  });

  it.each([
    // A cue in the present opens a report only with "that": "claims" is a noun here, and takes an object there.
    [
      'According to the insurer, Smith’s claims were rejected in March.',
      ['indirect', 'the insurer', [], 'Smith’s claims were rejected in March'],
    ],
    [
      'According to the Harbor Post, the rebels claims responsibility for the blast.',
      ['indirect', 'Harbor Post', [], 'the rebels claims responsibility for the blast'],
    ],
    ['Later on he said the vote had been rigged.', ['indirect', 'he', [], 'the vote had been rigged']],
    [
      'Two engineers who had seen it said the dam was never inspected.',
      ['indirect', 'Two engineers who had seen it', [], 'the dam was never inspected'],
    ],
    [
      'According to the company, the workers’ claims that they were underpaid have no merit.',
      ['indirect', 'the company', [], 'the workers’ claims that they were underpaid have no merit'],
    ],
    [
      'According to the audit, Medicare claims that were denied rose by 12 percent.',
      ['indirect', 'the audit', [], 'Medicare claims that were denied rose by 12 percent'],
    ],
    [
      'According to the memo, this says that the dam was never inspected.',
      ['indirect', 'the memo', [], 'this says that the dam was never inspected'],
    ],
  ])('no report of its own inside words credited with "according to": %s', (body, expected) => {
    expect(quotes(body)).toEqual([expected]);
  });

  it('the one credited passes on the quote that its words are only the head of', () => {
    expect(quotes('According to the transcript, Mr. Ivo Roe said: “I do not recall.”')).toEqual([
      ['direct', 'Ivo Roe', ['the transcript'], '“I do not recall.”'],
    ]);
  });

  it('no report of the one credited when its words are only the head of a quoted report', () => {
    // The words are the quote's, which keeps the chain; "Ms. Alma Vale claims that" is reported by no one.
    expect(
      quotes(
        'According to Harbor City Magazine writer Tomas Ferlund, Ms. Alma Vale claims that the photo is “a work of art” made for the show.',
      ),
    ).toEqual([['mixed', 'Alma Vale', ['Tomas Ferlund'], 'the photo is “a work of art” made for the show']]);
  });

  it('no go-between: "according to him" is the speaker himself', () => {
    for (const [, , via] of quotes('Mr. Tom Dorn said the vote was lost, according to him.')) expect(via).toEqual([]);
  });

  it.each([
    'According to her statement, Ms. Alma Vale insists that the dam was never inspected.',
    'According to his own account, Mr. Tom Dorn says that the vote was lost.',
  ])('no go-between: the speaker’s own words are no one of theirs: %s', (body) => {
    for (const [, , via] of quotes(body)) expect(via).toEqual([]);
  });

  it.each([
    ['According to their statement, the parents say the school lied.', 'the parents', [], 'the school lied'],
    [
      'According to its website, the water board says it has 500 employees.',
      'the water board',
      [],
      'it has 500 employees',
    ],
    ['According to their lawyer, the parents say the school lied.', 'the parents', ['their lawyer'], 'the school lied'],
    // Others of theirs, and "says" with an object, are no report of the group's.
    [
      'According to its critics, the water board says nothing useful.',
      'its critics',
      [],
      'the water board says nothing useful',
    ],
  ])('"their" and "its" stand for the group or body that reports: %s', (body, speaker, via, words) => {
    expect(quotes(body)).toEqual([['indirect', speaker, via, words]]);
  });
});

describe('a source kept anonymous', () => {
  it.each([
    [
      'Officials quoted by the Harbor Post, who spoke on condition of anonymity, said the deal was off.',
      ['indirect', 'Officials', ['Harbor Post'], 'the deal was off'],
    ],
    [
      'Two engineers cited by the Herald, who asked not to be named, said the dam was never inspected.',
      ['indirect', 'Two engineers', ['Herald'], 'the dam was never inspected'],
    ],
    ['A source who requested not to be named said the deal was off.', ['indirect', 'A source', [], 'the deal was off']],
    [
      'Officials who spoke anonymously told reporters the talks had failed.',
      ['indirect', 'Officials', [], 'the talks had failed'],
    ],
    [
      'A source who declined to be identified said the talks had failed.',
      ['indirect', 'A source', [], 'the talks had failed'],
    ],
    [
      'An official who asked not to be named because he was not authorized to speak publicly said the plan was dead.',
      ['indirect', 'An official', [], 'the plan was dead'],
    ],
    ['A source who would not be named said the deal was off.', ['indirect', 'A source', [], 'the deal was off']],
    // "not" may open a report after any other verb.
    [
      'Mr. Tom Dorn said not everyone agreed with the plan.',
      ['indirect', 'Tom Dorn', [], 'not everyone agreed with the plan'],
    ],
  ])('the clause of anonymity describes who speaks, and reports nothing: %s', (body, expected) => {
    expect(quotes(body)).toEqual([expected]);
  });

  it('no report in "asked not to be named" alone', () => {
    expect(quotes('The engineer asked not to be named in the story because she still works there.')).toEqual([]);
  });
});

describe('the medium the words went through', () => {
  it.each([
    [
      'told an interviewer',
      '"I could see the men going forth and the women staying where they were," Ms. Alma Vale once told an interviewer.',
      'an interviewer',
    ],
    [
      'said, with an adverb, on a medium',
      'Mr. Tom Dorn said recently on local cable television that it was a priority for him to pick a woman for the seat.',
      'local cable television',
    ],
    [
      'told one who works for a medium: the medium',
      'Gov. Tom Dorn told Nell Varga of MSNBC that the plant would close within a year.',
      'MSNBC',
    ],
    [
      'told a reporter from a medium: the medium',
      'Gov. Tom Dorn told a reporter from the Harbor Post that the plant would close within a year.',
      'Harbor Post',
    ],
    [
      'a medium’s report that another had confirmed something: the medium passes the words on',
      'The Harbor Post reported that Mr. Tom Dorn had confirmed that he wrote both letters to the board.',
      'Harbor Post',
    ],
    [
      'a report inside a report after a day: the day is the outer report’s',
      'Police said Monday that Mr. Tom Dorn had confirmed that he was at the scene of the fire.',
      'Police',
    ],
    [
      'reported by a medium and others',
      'In a letter to the committee reported by Fox and other news organizations, Mr. Tom Dorn wrote: “I have learned from your staff that I might not be heard this week.”',
      'Fox',
    ],
  ])('%s', (_what, body, medium) => {
    expect(quotes(body).some(([, , via]) => via.includes(medium))).toBe(true);
  });

  it.each([
    ['told one of a place', 'Gov. Tom Dorn told Nell Varga of Springfield that the plant would close within a year.'],
    [
      'told one of a body whose letters are no medium’s',
      'Mr. Tom Dorn told John Smith of the FBI that he had never met the lobbyist.',
    ],
    [
      'told one of a post with a number',
      'The veteran told John Smith of VFW Post 1503 that the memorial would be moved.',
    ],
    [
      'told a producer of a studio',
      'The actor told a producer from Universal Pictures that he would not return for the sequel.',
    ],
    [
      'a report inside a report denied',
      'The Harbor Post reported that Mr. Tom Dorn had not confirmed that he wrote both letters to the board.',
    ],
    [
      'a thing that confirms',
      'The Harbor Post reported that DNA tests had confirmed that the remains were those of the hiker.',
    ],
    [
      'a verb of one’s own account without "that" reports no words',
      'The Harbor Post reported that Mr. Tom Dorn had admitted to a federal crime on camera last spring.',
    ],
    [
      'told one of a body that is no medium',
      'Gov. Tom Dorn told Nell Varga of the Sierra Club that the plant would close within a year.',
    ],
  ])('no medium: %s', (_what, body) => {
    expect(quotes(body).every(([, speaker, via]) => via.length === 0 || speaker === 'Harbor Post')).toBe(true);
  });
});

describe('one who speaks for the speaker, the words went through', () => {
  it.each([
    [
      'said through a spokesman that',
      'Senator Ada Roe said through a spokesman that the bridge should be built elsewhere.',
      ['indirect', 'Ada Roe', ['a spokesman'], 'the bridge should be built elsewhere'],
    ],
    [
      'through a lawyer named after a comma',
      '“I will not run again,” Mr. Tom Dorn said through his lawyer, Nell Varga.',
      ['direct', 'Tom Dorn', ['Nell Varga'], '“I will not run again,”'],
    ],
    [
      'in an email through an aide',
      '“I have great respect for the valley,” the candidate said in an email message through an aide.',
      ['direct', 'the candidate', ['an aide'], '“I have great respect for the valley,”'],
    ],
  ])('%s', (_what, body, expected) => {
    expect(quotes(body)).toContainEqual(expected);
  });

  it.each([
    [
      'a campaign’s theme, not its people',
      'Mr. Tom Dorn said through his campaign theme that the mill would reopen.',
      'his campaign',
    ],
    [
      'an interpreter speaks for no one',
      'Mr. Tom Dorn said through an interpreter that the mill would reopen.',
      'an interpreter',
    ],
    [
      'a way to power, not a go-between',
      'Mr. Tom Dorn, who rose to power through his office as attorney general, said Monday that he would run.',
      'his office',
    ],
    [
      'a day after the comma, not a name',
      'Mr. Tom Dorn said through a spokesman, Friday, that he would not resign.',
      'Friday',
    ],
    [
      'an aide of another',
      '“It is a witch hunt,” Mr. Tom Dorn said Tuesday, through an aide to the speaker.',
      'an aide',
    ],
  ])('not through: %s', (_what, body, not) => {
    expect(quotes(body).flatMap(([, , via]) => via)).not.toContain(not);
  });
});

describe('a view of another, passed on', () => {
  it('"said that the congressman “believes …”": the congressman’s view, through his spokesman', () => {
    expect(
      quotes(
        'Mr. Ivo Roe, a spokesman, said Tuesday that the congressman “believes this action is purely politically motivated,” and left.',
      ),
    ).toContainEqual([
      'direct',
      'the congressman',
      ['Ivo Roe'],
      '“believes this action is purely politically motivated,”',
    ]);
  });

  it('"highlighted that Torvald “reiterated …”": words that open on saying in the past are Torvald’s, passed on', () => {
    expect(
      quotes(
        'Premier Annika Torvald met the engineers. Aide Tomas Ferlund highlighted that Torvald “reiterated the importance of the engineers’ efforts to keep the lower town dry.”',
      ),
    ).toContainEqual([
      'direct',
      'Torvald',
      ['Tomas Ferlund'],
      '“reiterated the importance of the engineers’ efforts to keep the lower town dry.”',
    ]);
  });

  it('no view of another when the quoted words are the speaker’s own', () => {
    for (const [, speaker] of quotes('Mr. Ivo Roe said that “this action is purely politically motivated,” and left.'))
      expect(speaker).not.toBe('the congressman');
  });
});

describe('quoted words that open on their subject’s own verb: a view, or a verb of saying in the past', () => {
  it.each([
    ['“believes this action is purely politically motivated,”', true],
    ['“reiterated the importance of the engineers’ efforts.”', true],
    ['“The wall will hold,”', false],
    ['“Hopes are high on the river,”', false],
    ['“charged taxpayers twice for the same levee,”', false],
    ['“needed a new levee before the spring,”', false],
    ['this action is purely politically motivated', false],
  ])('%s: %s', (text, expected) => {
    expect(opensOnOwnVerb(text)).toBe(expected);
  });
});

describe('a go-between named around the quote', () => {
  it('"according to" after an interview: the one credited stands nearest the outlet', () => {
    expect(
      quotes(
        '“I want to see the harbour accounts,” said Mr. Tom Dorn in an interview on BNC’s “Morning” show, according to the Clarion.',
      ).map(([kind, speaker, via]) => [kind, speaker, via]),
    ).toContainEqual(['direct', 'Tom Dorn', ['Clarion', 'BNC']]);
  });

  it('a medium named by a noun is the one named before it ("first published in …", "according to the gossip site")', () => {
    const found = quotes(
      'The photo was first published in Quaylight, a celebrity site, on Monday.\n\n' +
        'According to the gossip site, Ms. Alma Vale joked with the crew that they would need to leave the city for a while.',
    );
    const joked = found.find(([, , , words]) => words.includes('leave the city'));
    expect(joked?.[1]).toBe('Alma Vale');
    expect(joked?.[2]).toEqual(['the gossip site']);
    const article = runPipeline(
      textInput(
        'A headline for the test\n\nThe photo was first published in Quaylight, a celebrity site, on Monday.\n\n' +
          'According to the gossip site, Ms. Alma Vale joked with the crew that they would need to leave the city for a while.',
      ),
      articleStages(),
    );
    const q = (article.annotations as { quotes?: Quote[] }).quotes!.find((x) => x.text.includes('leave the city'))!;
    expect(article.annotations.entities!.clusters[q.via![0]!.cluster!]!.name).toBe('Quaylight');
  });

  it('the medium the sentence before says the speaker spoke to', () => {
    expect(
      quotes(
        'Judge Alma Vale had started the row with comments to The Harbor Post published Saturday. “I cannot imagine this court under such a man,” she said.',
      ).map(([kind, speaker, via]) => [kind, speaker, via]),
    ).toContainEqual(['direct', 'she', ['Harbor Post']]);
  });

  it('no medium from the sentence before when it names someone else', () => {
    const found = quotes(
      'Mr. Ivo Roe gave an interview to The Harbor Post on Saturday. “I cannot imagine this court under such a man,” Judge Alma Vale said.',
    );
    expect(found.find(([, , , words]) => words.includes('cannot imagine'))?.[2]).toEqual([]);
  });

  it('no medium from the sentence before when the speaker took to a platform of her own', () => {
    const found = quotes(
      'According to The Harbor Post, Judge Alma Vale disputes the ruling.\n\n' +
        'Vale took to Twitter on Monday to explain her vote and to say that she does not regret it.',
    );
    expect(found.find(([, , , words]) => words.includes('does not regret'))?.[2]).toEqual([]);
  });

  it.each([
    ['After critics took to Twitter to mock the plan, Vale said the court would sit again.', ['BNC']],
    ['Unlike Ivo Roe, who took to Twitter, Vale said the court would sit again.', ['BNC']],
    ['Vale, who rarely takes to social media, said the court would sit again.', ['BNC']],
    ['Taking to Twitter later, Vale said the court would sit again.', []],
    ['Critics of Vale took to Twitter, and Vale said the court would sit again.', ['BNC']],
    ['Vale, who usually takes to Twitter, said the court would sit again.', ['BNC']],
    ['Days before Vale took to Twitter, she said the court would sit again.', ['BNC']],
    ['Vale, taking to Facebook, said the court would sit again.', []],
    ['Vale, who took to Twitter on Monday, then said the court would sit again.', []],
  ])('the medium of the sentence before, unless the speaker took to a platform herself: %s', (second, via) => {
    const found = quotes(`Judge Alma Vale appeared on BNC on Saturday. ${second}`);
    expect(found.find(([, , , words]) => words.includes('sit again'))?.[2]).toEqual(via);
  });

  it('words framed by two speakers: the first said them, the one who recalls passes them on', () => {
    expect(
      quotes(
        'He was walking home when a car stopped. The officer yelled, “Where are you going? Stop there!” Mr. Tom Dorn recalled.',
      ).map(([kind, speaker, via]) => [kind, speaker, via]),
    ).toContainEqual(['direct', 'The officer', ['Tom Dorn']]);
  });
});

describe('a report inside a direct quote', () => {
  it.each([
    [
      'at its head',
      '“The minister said the plan was dead and buried,” Ms. Alma Vale told reporters on Monday.',
      ['indirect', 'The minister', ['Alma Vale'], 'the plan was dead and buried'],
    ],
    [
      'set off by commas inside it',
      '“The problem here, Mr. Ivo Roe says, is that the records are gone,” Mr. Tom Dorn said.',
      ['indirect', 'Mr. Ivo Roe', ['Tom Dorn'], 'The problem here, Mr. Ivo Roe says, is that the records are gone'],
    ],
    [
      'only its own sentence: the speaker’s words after it are his again',
      '“His cousin in Norland said the records were burned in the fire. I never saw them myself,” Mr. Tom Dorn said.',
      ['indirect', 'His cousin in Norland', ['Tom Dorn'], 'the records were burned in the fire'],
    ],
    [
      'a quotation inside the quote, by the one named before it',
      'Mr. Tom Dorn said he called Ivo Roe to ask him about it. “I asked about the bridge. And he said ‘I knew you would ask that,’ and we talked on,” Mr. Dorn said.',
      ['direct', 'he', ['Dorn'], '‘I knew you would ask that,’'],
    ],
    [
      'a document’s findings',
      '“Our expert’s report and testimony showed that at most stores there was no pay gap,” Mr. Tom Dorn told the court.',
      ['indirect', 'Our expert’s report and testimony', ['Tom Dorn'], 'at most stores there was no pay gap'],
    ],
    [
      'what the speaker learned from someone',
      'Mr. Tom Dorn wrote: “I have learned from your council staff on this holiday that I might not be heard before the vote.”',
      ['indirect', 'your council staff', ['Tom Dorn'], 'I might not be heard before the vote'],
    ],
    [
      'words credited with "according to" inside a quote credited the same way',
      '“According to the indictment, the pair knew that their purchases could be made only with campaign funds,” according to the Harbour Attorney’s Office.',
      [
        'indirect',
        'the indictment',
        ['Harbour Attorney’s Office'],
        'the pair knew that their purchases could be made only with campaign funds',
      ],
    ],
    [
      'told to the speaker',
      'Despite the hardships, he said, “My mother told me that days like this were possible.” Mr. Tom Dorn smiled.',
      ['indirect', 'My mother', expect.any(Array), 'days like this were possible'],
    ],
  ])('%s', (_what, body, expected) => {
    expect(quotes(body)).toContainEqual(expected);
  });

  it.each([
    ['the speaker’s own report', '“I said we would win this election easily,” Ms. Alma Vale said.'],
    ['the speakers’ own report', '“We told them to leave the building at once,” Ms. Alma Vale said.'],
    ['too few words reported', '“The minister said no,” Ms. Alma Vale said.'],
    [
      'a poll is no document that reports',
      '“Our polls showed that we were behind in every district,” Ms. Alma Vale said.',
    ],
  ])('none: %s', (_what, body) => {
    expect(quotes(body).filter(([kind]) => kind === 'indirect')).toEqual([]);
  });
});

describe('a call inside a report', () => {
  it('what the caller said is his, through the speaker, who keeps the whole clause', () => {
    const found = quotes(
      'Mr. Ivo Roe said Mr. Tom Dorn called him last summer to express concerns over his joining the harbour race.',
    );
    expect(found).toContainEqual(['indirect', 'Tom Dorn', ['Ivo Roe'], 'concerns over his joining the harbour race']);
    expect(found.map(([, speaker, , words]) => [speaker, words])).toContainEqual([
      'Ivo Roe',
      'Mr. Tom Dorn called him last summer to express concerns over his joining the harbour race',
    ]);
  });

  it('a message passed on: its author’s, through the one who conveyed it and the speaker', () => {
    const found = quotes(
      'In a statement, Mr. Ivo Roe said Mr. Tom Dorn had conveyed Ms. Alma Vale’s suggestion that he join a harbour board while keeping his seat.',
    );
    expect(found).toContainEqual([
      'indirect',
      'Alma Vale',
      ['Ivo Roe', 'Tom Dorn'],
      'he join a harbour board while keeping his seat',
    ]);
  });

  it('none when the call names no purpose of saying', () => {
    const found = quotes('Mr. Ivo Roe said Mr. Tom Dorn called him last summer and they met at the harbour later.');
    expect(found.filter(([, speaker]) => speaker === 'Tom Dorn')).toEqual([]);
  });
});

describe('the origin of an unnamed source, when the text says it', () => {
  it('officials who could only have heard it from one person pass that person’s account on', () => {
    const found = quotes(
      'The Herald, citing council officials, said the mayor had resigned after the vote. The officials were not at the meeting and could learn what happened only from Mr. Tom Dorn himself.',
    );
    expect(found).toContainEqual([
      'indirect',
      'Tom Dorn',
      ['Herald', 'council officials'],
      'the mayor had resigned after the vote',
    ]);
  });

  it('when the words of who learned name a medium, only the sources it relays have their knowledge from the origin', () => {
    const found = quotes(
      'Sources close to the council reportedly believe that the mayor is stalling the inquiry. ' +
        'The Herald, citing council officials, said the mayor had resigned after the vote. ' +
        "Regarding the Herald's report, its sources were council officials. " +
        'They were not at the meeting and could learn what happened only from Mr. Tom Dorn himself.',
    );
    expect(found).toContainEqual([
      'indirect',
      'Tom Dorn',
      ['Herald', 'council officials'],
      'the mayor had resigned after the vote',
    ]);
    const stalling = found.find(([, , , text]) => text.includes('stalling'));
    expect(stalling?.[1]).toBe('Sources close to the council');
  });

  it('a medium named in the sentence of the learning is the one told, not whose sources they are', () => {
    const found = quotes(
      'Council officials said the mayor had resigned after the vote. ' +
        'Council officials told the Herald they had learned it only from Mr. Tom Dorn himself.',
    );
    expect(found).toContainEqual([
      'indirect',
      'Tom Dorn',
      ['Council officials'],
      'the mayor had resigned after the vote',
    ]);
  });

  it('a named speaker keeps the words: no origin is read into them', () => {
    const found = quotes(
      'Ms. Alma Vale said the mayor had resigned after the vote. She heard it first from Mr. Tom Dorn at the hall.',
    );
    expect(found.filter(([, speaker]) => speaker === 'Tom Dorn')).toEqual([]);
  });
});

const seeds = sharedPath('corpus/seeds');

describe.skipIf(!seeds)('the seed corpus: the chain of the FT’s report back to its origin', () => {
  it('the FT, citing European officials, who could only have learned it from Zelensky', async () => {
    const [article] = await analyseFile(
      path.join(
        seeds!,
        readdirSync(seeds!).find((f) => f.startsWith('000'))!,
      ),
    );
    const q = ((article!.annotations as { quotes?: Quote[] }).quotes ?? []).find((x) =>
      x.text.startsWith('Trump was extremely harsh toward Zelensky'),
    )!;
    expect(q.speaker?.text).toMatch(/Zelensky/);
    expect((q.via ?? []).map((v) => v.text)).toEqual([
      'Financial Times',
      'European officials familiar with the negotiations',
    ]);
  });
});
