/**
 * Denials (src/corpus/claims/denials.ts): golden cases of a claim and its denial, negative cases of what
 * is no denial, and the disputes of the seed corpus that are denials, with both sides' sentences.
 */
import { describe, expect, it } from 'vitest';
import { resolveAliases } from '../src/corpus/aliases/index.ts';
import { crossCheck } from '../src/corpus/claims/index.ts';
import { claimArticles } from '../src/corpus/claims/inputs.ts';
import {
  findBlames,
  findCorrections,
  findDenials,
  findReversals,
  findStances,
  findTogether,
} from '../src/corpus/claims/denials.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { cli, textInput } from './helpers/run.ts';
import { sharedPath } from './helpers/shared.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The denials of a text, as [who denies, the verb, who claimed, what was claimed]. */
function denials(text: string): [string | undefined, string, string | undefined, string][] {
  const article = runPipeline(textInput(text), articleStages());
  return findDenials(article.text, article.annotations.sentences ?? []).map((d) => [
    d.denial.by,
    d.verb,
    d.claim?.by,
    d.content,
  ]);
}

describe('a claim and its denial', () => {
  it.each([
    [
      'Reports said the mayor had resigned before the vote, though her office denied these claims.',
      ['her office', 'denied', 'Reports', 'the mayor had resigned before the vote'],
    ],
    [
      'The minister denied claims that he had met the contractor twice in May.',
      ['The minister', 'denied', undefined, 'he had met the contractor twice in May'],
    ],
    [
      'The board disputed any suggestion that the dam had been unsafe for years.',
      ['The board', 'disputed', undefined, 'the dam had been unsafe for years'],
    ],
    [
      'He also rejected reports that the talks had collapsed on the second day.',
      ['He', 'rejected', undefined, 'the talks had collapsed on the second day'],
    ],
    [
      'A tabloid published a story on Monday claiming that the senator had hidden his donations. The senator vehemently denied the rumours.',
      ['The senator', 'denied', 'A tabloid', 'the senator had hidden his donations'],
    ],
    [
      'The company denied that it had dumped waste into the river.',
      ['The company', 'denied', undefined, 'it had dumped waste into the river'],
    ],
    [
      'The ministry’s categorical rejection of reports that troops had crossed the border came within the hour.',
      ['The ministry', 'rejected', undefined, 'troops had crossed the border came within the hour'],
    ],
    [
      'The water board released a statement on Monday. The statement disputed claims that the dam had been unsafe for years.',
      ['the water board’s statement', 'disputed', undefined, 'the dam had been unsafe for years'],
    ],
    [
      '"We have an issue with their welcome," he said. Alex Poulter, who co-founded a local group, also disputed the allegations.',
      ['Alex Poulter', 'disputed', undefined, 'We have an issue with their welcome," he said'],
    ],
    [
      'The neighbor spoke to reporters. She dismissed a neighbor’s report Thursday that the driver had fled the scene, but later called the police.',
      ['She', 'dismissed', undefined, 'the driver had fled the scene'],
    ],
    [
      'Trump denied Tuesday that he had ordered the firing of the director.',
      ['Trump', 'denied', undefined, 'he had ordered the firing of the director'],
    ],
    [
      'He denied to reporters that he had met the contractor twice.',
      ['He', 'denied', undefined, 'he had met the contractor twice'],
    ],
    [
      'The ministry issued a statement that denied reports that troops had crossed the border.',
      [undefined, 'denied', undefined, 'troops had crossed the border'],
    ],
    [
      'The coach further alleges that he was fired for taking leave, a claim that the club’s office strongly disputes.',
      ['the club’s office', 'disputed', 'The coach', 'he was fired for taking leave'],
    ],
    [
      'They argued that by speaking first, she had waived her right to silence, a contention Ms. Vale’s lawyer disputed.',
      ['Ms. Vale’s lawyer', 'disputed', undefined, 'by speaking first, she had waived her right to silence'],
    ],
    [
      'Critics said the mayor took cash from the builder, a charge that was denied by the mayor’s office.',
      ['the mayor’s office', 'denied', 'Critics', 'the mayor took cash from the builder'],
    ],
  ])('%s', (text, expected) => {
    expect(denials(text)).toEqual([expected]);
  });
});

describe('what is no denial', () => {
  it.each([
    ['a refusal of a request', 'Zelensky rejected the request for more time.'],
    ['a refusal of an idea', 'Kyiv rejected the idea outright, officials said.'],
    ['a negated denial', 'Officials did not dispute the figures in the report.'],
    ['a possible denial', 'Lawyers said the firm could refute the claims at trial.'],
    ['a denial not made', 'She declined to deny the report when asked about it.'],
    ['a court ruling', 'The court rejected the appeal on Tuesday.'],
    ['a denial of something else', 'He denied himself a holiday for the third year running.'],
    ['a claim with no denial', 'Reports said the mayor had resigned before the vote.'],
    [
      'a noun that looks like a denial verb',
      'If it comes down to a contest between that player and a coach, the coach has to go.',
    ],
    ['a dispute named, not made', 'The dispute that followed the vote lasted for months.'],
    ['a story in apposition, not denied', 'The city hired a new chief, a story that made headlines for weeks.'],
    [
      'a claim in apposition denied by a pronoun: who denies is not said there',
      'She said the vote was secret, a claim that he denied.',
    ],
    ['a claim made, with a denial verb inside it', 'He made a claim that the company denied the loan to his firm.'],
    [
      'a claim in apposition not disputed',
      'Critics say the governor failed to prepare, a charge that the governor has not disputed.',
    ],
    [
      'a thing in apposition, not a claim someone made',
      'He cited an article in The Post, a story that the White House denied.',
    ],
    [
      'a denial verb of something else',
      'Critics say the bill passed in March, a story that the Senate leadership denied any role in.',
    ],
    [
      '"that week" is no clause',
      'Mayor Lena Holt denied the allegations earlier that week, calling them a smear by her rivals.',
    ],
    [
      'a denial whose claim is not said (the clause before has the same subject)',
      'Officials did not dispute the video, but disputed its characterization.',
    ],
  ])('%s: "%s"', (_what, text) => {
    expect(denials(text)).toEqual([]);
  });

  it('keeps every span inside its sentence', () => {
    const text =
      'Reports said the mayor had resigned, though her office denied these claims. The senator denied claims that he lied.';
    const article = runPipeline(textInput(text), articleStages());
    for (const d of findDenials(article.text, article.annotations.sentences ?? [])) {
      for (const span of [d.claim!, d.denial]) {
        expect(span.start).toBeLessThan(span.end);
        const sentence = (article.annotations.sentences ?? []).find((s) => s.start <= span.start && span.end <= s.end);
        expect(sentence, article.text.slice(span.start, span.end)).toBeDefined();
      }
    }
  });
});

/** The denials of a text as [form, who denies, the claim's words or "-"]. */
function forms(text: string): [string, string | undefined, string][] {
  const article = runPipeline(textInput(text), articleStages());
  return findDenials(article.text, article.annotations.sentences ?? []).map((d) => [
    d.form,
    d.denial.by,
    d.claim ? article.text.slice(d.claim.start, d.claim.end) : '-',
  ]);
}

describe('denials said otherwise than with a verb of denial', () => {
  it.each([
    [
      'words that call what was just said false, the claim in the clause before',
      'While many have speculated that the council sold the land to a donor, Mr. Ortiz said that was never the case.',
      ['falsity', 'Mr. Ortiz', 'many have speculated that the council sold the land to a donor'],
    ],
    [
      '"no such", the claim in the sentence before',
      'Critics said the grants were improper. “There was no such impropriety,” Dana Wills, the agency’s counsel, said.',
      ['falsity', 'Dana Wills', 'Critics said the grants were improper'],
    ],
    [
      'a claim named and called false in one sentence',
      'The memo concluded that the allegations of improper conduct rest on factual errors.',
      ['falsity', 'The memo', '-'],
    ],
    [
      'a negative held to',
      'The aide challenged the account, insisting that the governor never offered the post to anyone.',
      ['insist', 'The aide', '-'],
    ],
    [
      'an answer to charges made two sentences before',
      'Prosecutors charged Mayor Lena Holt with fraud on Monday. The case concerns a harbour contract. Holt asserts her innocence, her lawyer said.',
      ['charges', 'Holt', 'Prosecutors charged Mayor Lena Holt with fraud on Monday'],
    ],
    [
      'an answer to charges, past a sentence where the one answering accuses others',
      'Prosecutors accused Lena Holt of fraud. Holt lashed out at rivals whom she accused of leaking the file. Holt called the case a witch hunt.',
      ['charges', 'Holt', 'Prosecutors accused Lena Holt of fraud'],
    ],
    [
      'no accusation found when the one answering is the only one who accuses',
      'Mayor Lena Holt lashed out at rivals whom she accused of leaking the file. Holt called the inquiry a witch hunt.',
      ['charges', 'Holt', '-'],
    ],
    [
      'an accusation told by a participle ("accused of") names the one answering',
      'Lena Holt, accused of steering a contract to a friend, was arrested. Holt called the case a witch hunt.',
      ['charges', 'Holt', 'Lena Holt, accused of steering a contract to a friend, was arrested'],
    ],
    [
      'claims said before and called false, the nearest sentence that names them',
      'The suit alleges that managers at Dorrel underpaid women. Dorrel has 4,000 stores. The company called the allegations baseless.',
      ['falsity', 'The company', 'The suit alleges that managers at Dorrel underpaid women'],
    ],
    [
      '"called the report a hoax"',
      'A report said the mayor had taken cash from the builder. Mayor Lena Holt called the report a hoax.',
      ['falsity', 'Mayor Lena Holt', 'A report said the mayor had taken cash from the builder'],
    ],
    [
      'an accident, against the charge of acting knowingly said before',
      'Prosecutors say Mr. Lane knowingly filed false invoices for two years. Lane said the billing errors were an honest mistake.',
      ['intent', 'Lane', 'Prosecutors say Mr. Lane knowingly filed false invoices for two years'],
    ],
    [
      'an oversight, said by the one the quote names after it; the charge: warned before',
      'The audit found that Director Amsel was warned three times about the leak, the charges say. “It was an oversight,” Amsel said.',
      ['intent', 'Amsel', 'The audit found that Director Amsel was warned three times about the leak, the charges say'],
    ],
    [
      'an accident said by "he" (the one named first just before), the charge after: its plural names him',
      'Mr. Vale had blamed his aide for the improper payments. If he did spend the money improperly, he said, “it was an accident.” The filing added that “the Vales knew that the fund paid for their trips.”',
      ['intent', 'Vale', 'The filing added that “the Vales knew that the fund paid for their trips.”'],
    ],
    [
      'an action against one called an attempt to intimidate them, by the one it names (not its owner)',
      'Last year, the ministry filed a lawsuit against the sheriff over the jail. The sheriff has called the Justice Ministry’s action an attempt to intimidate him.',
      ['charges', 'The sheriff', 'Last year, the ministry filed a lawsuit against the sheriff over the jail'],
    ],
    [
      'charges called an attempt to intimidate the one they are against, who says so',
      'Prosecutors charged Ann Smith with fraud in March. Smith called the indictment an attempt to intimidate her.',
      ['charges', 'Smith', 'Prosecutors charged Ann Smith with fraud in March'],
    ],
    [
      'a surname ending in "s" is one person',
      'Senator Ted Stevens was indicted on seven counts. Stevens said the charges were an attempt to smear him.',
      ['charges', 'Stevens', 'Senator Ted Stevens was indicted on seven counts'],
    ],
    [
      'charges said to be an attempt to discredit the one they are against',
      'Prosecutors charged Councilwoman Maria Lopez with bribery on Tuesday. Lopez said the charges were an attempt to discredit her.',
      ['charges', 'Lopez', 'Prosecutors charged Councilwoman Maria Lopez with bribery on Tuesday'],
    ],
    [
      'an accident said by "he" after the charge: the one the charge names, not the accusers',
      'Prosecutors allege that Ray Dunn knowingly sold the tainted grain. Later, he said the contamination was accidental.',
      ['intent', 'Ray Dunn', 'Prosecutors allege that Ray Dunn knowingly sold the tainted grain'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(forms(text)).toEqual([expected]);
  });

  it.each([
    ['an insistence on something positive', 'The aide insisted that the governor offered the post to a friend.'],
    ['something called wrong that is no claim', 'A report said the vote was close. Holt called the decision wrong.'],
    ['a claim called something else', 'A report said the vote was close. Holt called the report thorough.'],
    ['a negated calling', 'A report said the mayor took cash. Holt did not call the report false.'],
    [
      'evidence called unreliable: no claim of what is true',
      'The plaintiffs have shown statistics to support their claim. Dorrel calls that evidence unrepresentative and unreliable.',
    ],
    ['"the case" of a court', 'The judge said the case was adjourned until May.'],
    ['a truth said of something else', 'She said it is true that the bridge reopened.'],
    ['a "no such" without a claim before it', 'There was no such thing.'],
    ['an accident with no charge of intent', 'Police said the crash was an accident. The driver knew the road well.'],
    [
      'an effort to discredit another, with no accusation of the one who says so',
      'The campaign ran an ad about Ms. Lee. Critics called the ad an effort to discredit her.',
    ],
    [
      'an attempt to silence one the speakers are not ("The players … him")',
      'The board fired the coach after a lawsuit was filed. The players called the firing an attempt to silence him.',
    ],
    [
      'an effort to discredit others, said in a book',
      'Klein said his book detailed how she was part of the effort to discredit these women.',
    ],
    [
      'an indictment called an attempt to smear another',
      'Prosecutors indicted Gov. Bill Stone on fraud charges. Democrats in the legislature called the indictment an attempt to smear him.',
    ],
    ['the accusation itself', 'The lawsuit alleges that the mayor fired Ms. Diaz in an attempt to silence her.'],
    [
      'no attempt, said so',
      'The state sued Mayor Holder. Attorney General Eric Holder said the lawsuit was not an attempt to intimidate him.',
    ],
    ['a question', 'The city sued Smith. Was the lawsuit against Smith an attempt to silence him?'],
    [
      'the one who says so accused others before',
      'Mayor Lee accused the council of fraud. Lee called the council’s vote an attempt to silence him.',
    ],
    [
      'charges against someone of theirs, not against them',
      'Prosecutors charged the mayor’s chief of staff with bribery. The mayor called the charges an attempt to smear him.',
    ],
    [
      'an action they took themselves',
      'The sheriff filed a lawsuit against the county commission. The sheriff called the commission’s budget cuts an attempt to intimidate him.',
    ],
    [
      'an inquiry for those who say so, not against them',
      'The FBI is investigating whether deputies violated the rights of reporters. The reporters called the arrests an effort to silence them.',
    ],
    [
      'knowing told with no wrong: no charge ("knew the risks")',
      'Lane knew the risks of the job. He said the fall was an accident.',
    ],
    [
      'the knowing denied: the answer’s own side',
      'Mr. Lane never knew about the invoices, the indictment says. Lane said the errors were an honest mistake.',
    ],
    [
      'another calls it an accident',
      'Prosecutors say Mr. Lane knowingly filed false invoices. His partner, Ms. Ortiz, said the filing was an accident.',
    ],
    [
      '"a mistake" admits a wrong',
      'Prosecutors say Mr. Lane knowingly filed false invoices. Lane said it was a mistake.',
    ],
    [
      'the one who knew is another than the one calling it an accident',
      'Prosecutors say Mr. Lane knowingly filed false invoices. Ortiz, a clerk who worked with Lane, said the errors were an honest mistake.',
    ],
    [
      'knowing of a person, not of a fact ("knew the victim")',
      'Dunn told police the shooting was accidental. Dunn, who was charged with manslaughter, knew the victim from school.',
    ],
    [
      'the knowing doubted, or denied',
      'Prosecutors have not said whether Lane knew the invoices were false, the indictment shows. Lane said the errors were an honest mistake.',
    ],
    [
      'an accident others call so, of a place that has a name',
      'The fire at the Ortiz home was accidental, investigators said. The Ortizes knew the wiring was old, and the landlord was charged with code violations.',
    ],
    [
      'a wrong spoken of only to say there was none',
      'Police said the shooting was accidental and that no one would be charged. Police said Mark Dunn knew the rifle was loaded.',
    ],
    [
      'an accident asked about',
      'Prosecutors say Mr. Lane knowingly filed false invoices. Asked whether it was an accident, Lane declined to comment.',
    ],
  ])('no denial: %s', (_what, text) => {
    expect(forms(text)).toEqual([]);
  });
});

describe('a change of position the text reports', () => {
  const reversals = (text: string) => {
    const article = runPipeline(textInput(text), articleStages());
    return findReversals(article.text, article.annotations.sentences ?? []).map((r) => [
      r.earlier ? article.text.slice(r.earlier.start, r.earlier.end) : '-',
      article.text.slice(r.later.start, r.later.end),
    ]);
  };

  it('before and after in one sentence', () => {
    expect(
      reversals(
        'Engineers initially thought that the leak came from the old pipe, but they now believe it started at the pump.',
      ),
    ).toEqual([
      [
        'Engineers initially thought that the leak came from the old pipe',
        'but they now believe it started at the pump',
      ],
    ]);
  });

  it('a change in words, the position before in an earlier sentence naming the same', () => {
    expect(
      reversals(
        'Mr. Dorn even suggested that he had met Ivan Roe in Vienna. The inquiry went on for a year. Mr. Dorn has changed his story, saying he never met Mr. Roe.',
      ),
    ).toEqual([
      [
        'Mr. Dorn even suggested that he had met Ivan Roe in Vienna',
        'Mr. Dorn has changed his story, saying he never met Mr. Roe',
      ],
    ]);
  });

  it('a position said first, and the next sentence telling the one said then', () => {
    expect(
      reversals(
        'At a news conference, Ms. Lind first said she “chose not to keep” the letters. But she then said that the archive “will remain private.”',
      ),
    ).toEqual([
      [
        'At a news conference, Ms. Lind first said she “chose not to keep” the letters',
        'But she then said that the archive “will remain private.”',
      ],
    ]);
  });

  it('an apology for what the one apologising was told defending before', () => {
    expect(
      reversals(
        'Mara Quill claims that the mural is a work of satire. The city council met on Monday. Later, Mara Quill issued a formal apology for the mural on her website.',
      ),
    ).toEqual([
      [
        'Mara Quill claims that the mural is a work of satire',
        'Later, Mara Quill issued a formal apology for the mural on her website',
      ],
    ]);
    expect(reversals('Senator Voss defended the remarks as a joke. Voss later apologized for the remarks.')).toEqual([
      ['Senator Voss defended the remarks as a joke', 'Voss later apologized for the remarks'],
    ]);
    // A deed called right or blameless, then apologised for.
    expect(
      reversals('Chief Ona Bell said the police raid was lawful. Days later, Bell apologized for the raid.'),
    ).toEqual([['Chief Ona Bell said the police raid was lawful', 'Days later, Bell apologized for the raid']]);
    expect(
      reversals(
        '“I stand by every word,” Mr. Nolan said of his speech. Mr. Nolan apologized for the speech on Thursday.',
      ),
    ).toHaveLength(1);
    // A claim denied, innocence maintained.
    expect(
      reversals(
        'Volkswagen initially denied that it had manipulated emissions tests. Volkswagen apologized for the emissions tests.',
      ),
    ).toHaveLength(1);
    expect(
      reversals(
        'Senator Jones maintained his innocence throughout the bribery trial. Jones apologized for the bribery.',
      ),
    ).toHaveLength(1);
  });

  it.each([
    [
      'one’s own words: what one said before is taken back',
      'At a rally he suggested that the farmers who opposed the dam were cowards. On Monday he repeated his apology for that remark.',
      [
        'At a rally he suggested that the farmers who opposed the dam were cowards',
        'On Monday he repeated his apology for that remark',
      ],
    ],
    [
      'a name, an apposition, and the words written after a quote',
      '“Learn some manners,” Tessa Marr wrote on Facebook about the two girls. Her post spread quickly. Ms. Marr, a press aide to the senator, later posted an apology for her “hurtful” words.',
      [
        'Learn some manners,” Tessa Marr wrote on Facebook about the two girls',
        'Ms. Marr, a press aide to the senator, later posted an apology for her “hurtful” words',
      ],
    ],
    [
      '"for saying …": what the words were about, in the sentence before that shares it',
      'Governor Pell said the flood victims were lazy. Pell said the budget was balanced. Pell apologized for saying the victims were lazy.',
      ['Governor Pell said the flood victims were lazy', 'Pell apologized for saying the victims were lazy'],
    ],
    [
      'the words the text speaks of as a thing: the words just before that, not a later saying',
      'Mayor Joan Pike said in a radio interview that the flood victims had only themselves to blame. The comments drew outrage. Pike said Tuesday that the city would hire 40 new inspectors. Pike apologized for her remarks.',
      [
        'Mayor Joan Pike said in a radio interview that the flood victims had only themselves to blame',
        'Pike apologized for her remarks',
      ],
    ],
  ])('an apology for one’s words: %s', (_what, text, expected) => {
    expect(reversals(text)).toEqual([expected]);
  });

  it.each([
    ['words another said', 'Tom Reyes said the farmers were cowards. Mara Quill apologized for the remarks.'],
    [
      'an apology for words refused',
      'Mara Quill said the farmers were cowards. Quill did not apologize for her remarks.',
    ],
    [
      'an apology for words asked for',
      'Mara Quill said the farmers were cowards. Critics called on Quill to apologize for her remarks.',
    ],
    ['no words said before', 'The mayor cut the ribbon. Mara Quill apologized for her remarks.'],
    [
      'critics of the one who apologises said it',
      'Critics of Quill said the remarks were cruel. Quill apologized for the remarks.',
    ],
    [
      'a quote after which another "he" said it',
      '“This is a disgrace,” he said. Mayor Mara Quill apologized on Monday for her remarks about the protest.',
    ],
    ['one’s agent apologises', 'Tim Ruiz said the fans were idiots. Ruiz’s agent apologized for the remarks.'],
    [
      'another given name',
      'Hillary Clinton said the plan was sound. Bill Clinton apologized for his remarks about the plan.',
    ],
    [
      '"he" of another man’s sentence',
      'Dan Ross wrote on Instagram that the referee was a cheat. His coach said he told Ross to delete the post. On Monday he apologized for the post.',
    ],
    [
      'a noun of words that is no head',
      'Carl Dunn said the district had hired therapists. Dunn apologized for the speech therapy delays.',
    ],
    [
      'words another made',
      'Fox News said it did not share the views of its host. Fox News apologized for the comments made by host Jim Bell.',
    ],
    [
      'a post office',
      'Rita Reyes said the post office would reopen in June. Reyes apologized for the post office closures.',
    ],
    [
      'the words named are of something else',
      'Governor Pell said the budget was balanced. Pell apologized for saying the victims were lazy.',
    ],
  ])('no apology for one’s words: %s', (_what, text) => {
    expect(reversals(text)).toEqual([]);
  });

  it.each([
    ['an apology with no position before', 'Mara Quill issued a formal apology for the mural.'],
    [
      'an apology asked for',
      'Mara Quill claims that the mural is satire. Critics said Quill should apologize for the mural.',
    ],
    ['an apology refused', 'Mara Quill claims that the mural is satire. Quill has not apologized for the mural.'],
    [
      'a position before about something else',
      'Mara Quill claims that the budget is sound. Quill apologized for the mural.',
    ],
    [
      'a position before held by another',
      'Tom Reyes claims that the mural is satire. Mara Quill apologized for the mural.',
    ],
    [
      'a sentence before that names them but where another holds the position',
      'A fire struck the hall where Mara Quill spoke on Friday, the hall’s manager said. Quill apologized for the fire.',
    ],
    [
      'an account of the cause, not a defence',
      'Delta said the storms caused the cancellations. Delta apologized to customers for the cancellations.',
    ],
    [
      'an apology for something else the sentence names after it',
      'Johnson insisted the vaccine policy was sound. Johnson also apologized for his absence from the hearing on the vaccine policy.',
    ],
    [
      'another’s position',
      'Brandt’s critics insisted the tweet was racist. Brandt apologized for the tweet on Monday.',
    ],
    [
      'one of another given name',
      'Hillary Clinton insisted the email server was allowed. Bill Clinton apologized for the email server.',
    ],
    [
      'an apology asked about',
      'Mr. Brandt insisted the tweet was a joke. Asked whether Brandt apologized for the tweet, his spokesman declined to comment.',
    ],
    [
      'an apology supposed',
      'Mr. Brandt insisted the tweet was a joke. If Brandt apologized for the tweet, the sponsors might return.',
    ],
    [
      'an apology for nothing',
      'Mr. Brandt insisted the tweet was a joke. Brandt apologized for nothing, and insisted the tweet was satirical.',
    ],
    [
      'another sense of a verb of defence',
      'Mr. Hale dismissed the plant manager responsible for the chemical spill. On Friday, Mr. Hale apologized for the spill.',
    ],
    [
      'a noun, not a verb',
      'Allstate claims processing slowed sharply. Allstate apologized for the slow claims processing.',
    ],
    ['a demand, not a claim', 'Mr. Brown insisted the vote be delayed. Mr. Brown apologized for the vote.'],
    [
      'a word of right that says nothing of the deed',
      'Mr. Cohen said his legal team would review the contract. Mr. Cohen apologized for the contract dispute.',
    ],
    ['a deed called not right', 'Mr. Ito said the raid was not justified. Mr. Ito apologized for the raid.'],
    [
      'a noun in -ly between a name and the verb: the family, not the one who apologises',
      'The Hale family insisted the trial was ethical. Patients were harmed. Dr. Hale apologized for the trial.',
    ],
    [
      'something to do called right',
      'Mayor Lee said it was necessary to investigate the bridge collapse. Lee apologized for the bridge collapse.',
    ],
    [
      'the name after a preposition',
      'Critics of Mr. Hart insisted the comments were racist. Mr. Hart apologized for the comments.',
    ],
    [
      'the name as the one spoken of, not the one who speaks',
      'Governor Fox said Smith had done nothing wrong in the shooting. Smith apologized for the shooting.',
    ],
    [
      'a courtesy title of the other sex',
      'Mrs. Clinton insisted the health care plan was sound. Mr. Clinton later apologized for the health care plan.',
    ],
    [
      'a sentence before that itself apologises',
      'Quill said she was sorry about the mural. Quill apologized for the mural.',
    ],
    ['a first without a now', 'The company first said the plant would open in May.'],
    [
      'a first, and a next sentence that tells no position then',
      'The company first said the plant would open in May. Then the rain came.',
    ],
    [
      'a then, with no position said first',
      'The company said the plant would open in May. But it then said the date was not firm.',
    ],
    ['a change of something else', 'The river changed its course after the flood.'],
  ])('none: %s', (_what, text) => {
    expect(reversals(text).filter(([before]) => before !== '-')).toEqual([]);
  });
});

describe('a correction of who did something', () => {
  const corrections = (text: string) =>
    findCorrections(text, [{ start: 0, end: text.length }]).map((c) => [c.about, c.not.name, c.but.name, c.by]);

  it.each([
    [
      'Today, Minister Ana Roth clarified that the withdrawal proposal did not come from the President personally, but from Envoy Mark Dell.',
      ['the withdrawal proposal', 'President', 'Envoy Mark Dell', 'Minister Ana Roth'],
    ],
    [
      'The order did not come from the Kremlin, but from Defence Minister Ivan Petrov, officials said.',
      ['The order', 'Kremlin', 'Defence Minister Ivan Petrov', undefined],
    ],
  ])('%s', (text, expected) => {
    expect(corrections(text)).toEqual([expected]);
  });

  it.each([
    ['places, not people', 'The water did not come from the river but from the reservoir.'],
    ['no one named on the other side', 'The idea did not come from the President but from his envoy.'],
    ['no correction', 'The proposal came from the President, officials said.'],
  ])('%s: none', (_what, text) => {
    expect(corrections(text)).toEqual([]);
  });
});

const seeds = sharedPath('corpus/seeds');

describe.skipIf(!seeds)('the seed corpus: disputes that are denials, and whose figures differ', () => {
  it('finds both, each with the claim and the denial, who stands behind each, and their sentences', async () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'triangulate-denials-')), 'seeds.db');
    expect((await cli('analyze', seeds!, '--db', db, '--quiet')).code).toBe(0);
    const run = await cli('check', '--json', '--db', db);
    const { conflicts } = JSON.parse(run.out) as {
      conflicts: { kind: string; explanation: string; evidence: { value: string; start: number; end: number }[] }[];
    };
    const found = conflicts.filter((c) => c.kind === 'denial').map((c) => c.explanation);
    expect(found).toEqual(
      expect.arrayContaining([
        'U.S. officials denied what reports said: that Trump temporarily paused the meeting to take a phone call with Putin (london-news-net.preview-domain.com).',
        'Trump denied the claim that he pressured Zelensky to hand over all of Donbass to Russia (bankingnews.gr).',
        'The Russian Foreign Ministry’s statement disputed what Mr. Witkoff said: that the Russian president was open to the NATO-like security proposal during his meeting with Mr. Trump in Alaska on Friday (Einenews.com).',
      ]),
    );
    expect(found).toHaveLength(3);
    for (const c of conflicts.filter((x) => x.kind === 'denial'))
      expect(c.evidence.map((e) => e.value)).toEqual(['claimed', 'denied']);
    // Who proposed the withdrawal: Zelensky's correction.
    expect(conflicts.filter((c) => c.kind === 'actor').map((c) => c.explanation)).toEqual([
      'Zelensky says the troop withdrawal proposal came from Whitcoff, not from Trump (bankingnews.gr).',
    ]);
    // The figures of the arms purchase: each side names whose figure it is, not only who printed it.
    const arms = conflicts.find((c) => c.kind === 'value' && c.explanation.includes('$90 billion'))!;
    expect(arms.explanation).toBe(
      'Sources disagree on the sum for arms: $90 billion (Volodymyr Zelensky, in Einenews.com, london-news-net.preview-domain.com) against $100 billion (Financial Times, in london-news-net.preview-domain.com).',
    );
  });
});

/** The corpus entities of some analysed articles (names merged across them). */
function entitiesOf(articles: Parameters<typeof claimArticles>[0]) {
  return resolveAliases(
    articles.map((a) => ({ article: a.id, entities: a.annotations.entities! })),
    [],
  );
}

describe('who denies, by name', () => {
  it('names the one a pronoun stands for, as the quotes stage resolves it', () => {
    const articles = [
      runPipeline(
        textInput(
          'Governor Ada Marsh met the council on Monday. She also rejected reports that the council refused her ' +
            'request for a meeting, blaming a scheduling conflict.',
          { outlet: 'Valley Times' },
        ),
        articleStages(),
      ),
    ];
    const denials = crossCheck({ articles: claimArticles(articles), entities: entitiesOf(articles) }).conflicts.filter(
      (c) => c.kind === 'denial',
    );
    expect(denials.map((c) => c.explanation)).toEqual([
      expect.stringMatching(/^Ada Marsh rejected the claim that the council refused her request for a meeting/u),
    ]);
  });
});

describe('a position reversed', () => {
  const article = (outlet: string, published: string, text: string) =>
    runPipeline(textInput(text, { outlet, published }), articleStages());
  const reversals = (...articles: ReturnType<typeof article>[]) =>
    crossCheck({ articles: claimArticles(articles), entities: entitiesOf(articles) }).conflicts.filter(
      (c) => c.kind === 'reversal',
    );

  it('one person, one issue, opposite positions on two days: earlier first', () => {
    const found = reversals(
      article(
        'Valley Times',
        '2026-05-04',
        'Governor Ada Marsh did not rule out sending National Guard troops to the border on Monday.',
      ),
      article(
        'Harbor Post',
        '2026-05-07',
        'Governor Ada Marsh on Thursday ruled out sending Guard soldiers to the border.',
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.explanation).toBe(
      'Ada Marsh changed position: first did not rule out sending National Guard troops to the border on Monday (Valley Times, 2026-05-04), then ruled out sending Guard soldiers to the border (Harbor Post, 2026-05-07).',
    );
    expect(found[0]!.evidence.map((e) => e.value)).toEqual(['open to it (2026-05-04)', 'against it (2026-05-07)']);
  });

  it.each([
    [
      'the same position twice',
      'Governor Ada Marsh ruled out sending Guard troops to the border.',
      'Governor Ada Marsh again ruled out sending Guard soldiers to the border.',
    ],
    [
      'two issues',
      'Governor Ada Marsh did not rule out raising the fuel tax next year.',
      'Governor Ada Marsh ruled out sending Guard soldiers to the border.',
    ],
    [
      'two people',
      'Governor Ada Marsh did not rule out sending Guard troops to the border.',
      'Senator Tom Reyes ruled out sending Guard soldiers to the border.',
    ],
  ])('%s: none', (_what, first, second) => {
    expect(
      reversals(article('Valley Times', '2026-05-04', first), article('Harbor Post', '2026-05-07', second)),
    ).toEqual([]);
  });
});

describe('positions people take', () => {
  /** The positions of a text, as [holder's words, stance, issue, said in a quote]. */
  const stances = (text: string) => {
    const a = runPipeline(textInput(`A headline for the test\n\n${text}`), articleStages());
    const mentions = a.annotations.entities!.mentions;
    return findStances(a.text, a.annotations.sentences ?? [], mentions, a.annotations.quotes ?? []).map((s) => [
      mentions.find((m) => m.cluster === s.cluster && m.type === 'person')?.text,
      s.stance,
      s.issue,
      !!s.quoted,
    ]);
  };

  it.each([
    ['Mayor Ada Marsh abandoned her push for a curfew.', ['Ada Marsh', 'against', 'a curfew', false]],
    [
      'Senator Tom Reyes dropped his demand for a recount on Friday.',
      ['Tom Reyes', 'against', 'a recount on Friday', false],
    ],
    [
      'Governor Ada Marsh called for an inquiry into the flooding.',
      ['Ada Marsh', 'for', 'an inquiry into the flooding', false],
    ],
    [
      // A coordinated clause is not part of the issue.
      'Mayor Ada Marsh has dropped her proposal for a curfew and is pushing for more patrols.',
      ['Ada Marsh', 'against', 'a curfew', false],
    ],
    [
      // Said in the first person inside a quote: the speaker's.
      '“I don’t think a curfew is necessary,” Mayor Ada Marsh told reporters.',
      ['Ada Marsh', 'against', 'a curfew', true],
    ],
    ['Mayor Ada Marsh said she believes new levees are needed.', ['Ada Marsh', 'for', 'new levees', false]],
  ])('%s', (text, expected) => {
    expect(stances(text)).toEqual([expected]);
  });

  it.each([
    // Asked, not taken.
    ['A student asked Mayor Ada Marsh if she supported the curfew.'],
    ['Reporters asked whether Senator Tom Reyes backs the plan.'],
    // Nobody named holds it.
    ['The council abandoned its push for a curfew.'],
    // In a quote, but not in the first person: not the speaker's.
    ['“The council dropped its demand for a recount,” Senator Tom Reyes said.'],
  ])('none in: %s', (text) => {
    expect(stances(text)).toEqual([]);
  });
});

describe('a position two outlets state alike', () => {
  const article = (outlet: string, text: string) =>
    runPipeline(textInput(`A headline for the test\n\n${text}`, { outlet, published: '2026-05-04' }), articleStages());
  const positions = (...articles: ReturnType<typeof article>[]) =>
    crossCheck({ articles: claimArticles(articles), entities: entitiesOf(articles) }).claims.filter((c) =>
      c.about.startsWith('position|'),
    );

  it('is one fact they corroborate, worded by the position they both state, though they share no words of it', () => {
    const found = positions(
      article('Valley Times', '“I don’t think a curfew is necessary,” Mayor Ada Marsh told reporters on Monday.'),
      article('Harbor Post', 'Mayor Ada Marsh abandoned her push for a curfew after the meeting.'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('fact');
    expect(found[0]!.status).toBe('corroborated');
    expect(found[0]!.statement).toBe('Ada Marsh does not back a curfew.');
    expect(found[0]!.evidence.map((e) => e.outlet).sort()).toEqual(['Harbor Post', 'Valley Times']);
  });

  it.each([
    [
      'one outlet',
      ['Valley Times', 'Mayor Ada Marsh abandoned her push for a curfew.'],
      ['Valley Times', 'Later, Mayor Ada Marsh dropped her proposal for a curfew.'],
    ],
    [
      'opposite positions',
      ['Valley Times', 'Mayor Ada Marsh called for a curfew.'],
      ['Harbor Post', 'Mayor Ada Marsh abandoned her push for a curfew.'],
    ],
    [
      'two issues',
      ['Valley Times', 'Mayor Ada Marsh abandoned her push for a curfew.'],
      ['Harbor Post', 'Mayor Ada Marsh abandoned her push for new levees.'],
    ],
    [
      'two people',
      ['Valley Times', 'Mayor Ada Marsh abandoned her push for a curfew.'],
      ['Harbor Post', 'Senator Tom Reyes abandoned his push for a curfew.'],
    ],
  ])('%s: none', (_what, [o1, t1], [o2, t2]) => {
    expect(positions(article(o1!, t1!), article(o2!, t2!))).toEqual([]);
  });
});

describe('blame laid on another, against the two told together', () => {
  const one = (text: string) => [{ start: 0, end: text.length }];

  it('reads who blamed whom, and for what', () => {
    const text = 'Brek had blamed his wife, who ran the campaign, for many of the improper charges, aides said.';
    expect(findBlames(text, one(text)).map((b) => [b.who, b.whom, b.whomText, b.what])).toEqual([
      ['brek', 'wife', 'his wife', 'many of the improper charges'],
    ]);
  });

  it.each([
    ['no one named', 'Officials blamed the weather for the delays.'],
    ['no "for"', 'Brek blamed his wife.'],
  ])('no blame: %s', (_what, text) => {
    expect(findBlames(text, one(text))).toEqual([]);
  });

  it.each([
    [
      '"X and his wife" under an indictment',
      'The indictment alleges that Tomas Brek and his wife misused the funds.',
      ['brek', 'wife'],
    ],
    [
      '"he and his wife", he the first name given',
      'Brek, a former mayor, allegedly knew what he and his wife were doing.',
      ['brek', 'wife'],
    ],
    ['a family in the plural', 'Prosecutors said the Breks spent the money on themselves.', ['brek', 'family']],
  ])('two told together in an accusation’s frame: %s', (_what, text, expected) => {
    expect(findTogether(text, one(text)).map((t) => [t.who, t.whom])).toEqual([expected]);
  });

  it('none out of an accusation’s frame', () => {
    const text = 'Tomas Brek and his wife attended the gala on Friday.';
    expect(findTogether(text, one(text))).toEqual([]);
  });
});
