/**
 * Gold FACTS for the cross-check on the basil benchmark (../shared/bench/basil: 50 real events, each told by The New
 * York Times, Fox News and HuffPost; events in gold.json). Each item is one fact that at least two of the three
 * outlets state, each in its own words, with an exact phrase from every outlet that states it. Written from a careful
 * reading of the texts alone, independently of the pipeline.
 *
 * Guidelines followed:
 * - Selection: 12 events spread over the file (2010 to 2019), chosen because their articles carry concrete facts
 *   (decisions, charges, numbers, arrests) rather than mostly commentary; all three articles of each event were read
 *   in full before facts were chosen. 5 facts per event, preferring facts that the outlets word differently.
 * - A fact is a decision, an outcome, a number with what it counts, an action (who did what), or a statement ("X
 *   said Y") that at least two outlets report as the same statement. Not facts: job titles and roles ("X is the
 *   senator from …"), bare background, the writer's own opinions or predictions, and claims an outlet only implies.
 * - An outlet is listed only when its text really states the fact; when the outlets differ on a detail (an amount,
 *   "the first time in history"), the detail is left out of the fact or the differing outlet left out, with a note.
 *   A fact that one outlet states only inside a quoted statement and another in its own words counts for both.
 * - kind: 'decision' | 'outcome' | 'number' | 'action' | 'statement', as in the interface below.
 * - phrase: 5–25 words copied character for character from the JSON-decoded `text` (curly or straight quotes and
 *   apostrophes as they are there), the clause or sentence part that carries the fact, occurring exactly once in
 *   that article's text. All phrases were checked by script; test/gold-basil-facts.test.ts checks them again.
 * - The texts stay in ../shared/bench/basil; only these short phrases are copied here.
 */

export interface BasilFact {
  /** The event id (gold.json `event`). */
  event: string;
  /** The fact in a short plain sentence, written for this gold. */
  fact: string;
  /**
   * What kind of fact: a decision, an outcome, a number, an action (who did what), a statement reported by several
   * outlets.
   */
  kind: 'decision' | 'outcome' | 'number' | 'action' | 'statement';
  /**
   * For each outlet article that states it (at least two): its url exactly as in articles.jsonl and an exact phrase
   * (5–25 words, once in that text).
   */
  evidence: { url: string; phrase: string }[];
  /** Only when something is subtle (e.g. outlets differ on a detail that is left out of the fact). */
  note?: string;
}

export const BASIL_FACTS: BasilFact[] = [
  // White House Asked Bill Clinton to Urge Joe Sestak to Drop Out of Senate Race
  {
    event: '38f7cbb7-5d6a-4c89-bcbd-8e164144172a',
    fact: 'At Rahm Emanuel’s request, Bill Clinton approached Joe Sestak about an alternative to his Senate run.',
    kind: 'action',
    evidence: [
      {
        url: 'https://thecaucus.blogs.nytimes.com/2010/05/28/white-house-used-bill-clinton-to-ask-sestak-to-drop-out-of-race/',
        phrase: 'President Obama’s chief of staff used former President Bill Clinton as an intermediary',
      },
      {
        url: 'http://www.foxnews.com/politics/2010/05/28/white-house-asked-clinton-urge-sestak-drop-senate-race.html',
        phrase: 'Clinton initiated conversations with Sestak at the behest of White House Chief of Staff Rahm Emanuel',
      },
      {
        url: 'https://www.huffingtonpost.com/2010/05/28/joe-sestak-bill-clinton-s_n_593299.html',
        phrase:
          'The offer was made by White House Chief of Staff Rahm Emanuel through a prominent intermediary -- former President Bill Clinton',
      },
    ],
  },
  {
    event: '38f7cbb7-5d6a-4c89-bcbd-8e164144172a',
    fact: 'The post floated to Sestak was an unpaid advisory position.',
    kind: 'action',
    evidence: [
      {
        url: 'https://thecaucus.blogs.nytimes.com/2010/05/28/white-house-used-bill-clinton-to-ask-sestak-to-drop-out-of-race/',
        phrase: 'if given a prominent, but unpaid, advisory position',
      },
      {
        url: 'http://www.foxnews.com/politics/2010/05/28/white-house-asked-clinton-urge-sestak-drop-senate-race.html',
        phrase:
          'the report said that Sestak was offered executive branch positions on advisory boards that were uncompensated',
      },
      {
        url: 'https://www.huffingtonpost.com/2010/05/28/joe-sestak-bill-clinton-s_n_593299.html',
        phrase: 'was offered a prominent but uncompensated, advisory position',
      },
    ],
  },
  {
    event: '38f7cbb7-5d6a-4c89-bcbd-8e164144172a',
    fact: 'Sestak turned the overture down and went on to beat Senator Arlen Specter in the Democratic primary.',
    kind: 'outcome',
    evidence: [
      {
        url: 'https://thecaucus.blogs.nytimes.com/2010/05/28/white-house-used-bill-clinton-to-ask-sestak-to-drop-out-of-race/',
        phrase: 'Mr. Sestak said no and went on to win last week’s primary against Senator Arlen Specter.',
      },
      {
        url: 'https://www.huffingtonpost.com/2010/05/28/joe-sestak-bill-clinton-s_n_593299.html',
        phrase:
          'Sestak ultimately rejected the overture and went on to defeat incumbent Sen. Arlen Specter (D-Penn) in the Democratic primary',
      },
    ],
  },
  {
    event: '38f7cbb7-5d6a-4c89-bcbd-8e164144172a',
    fact: 'The White House denied that Sestak was ever offered the post of secretary of the Navy.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://thecaucus.blogs.nytimes.com/2010/05/28/white-house-used-bill-clinton-to-ask-sestak-to-drop-out-of-race/',
        phrase:
          'the White House offered to appoint Mr. Sestak as secretary of the Navy, Mr. Bauer said that was never the case',
      },
      {
        url: 'http://www.foxnews.com/politics/2010/05/28/white-house-asked-clinton-urge-sestak-drop-senate-race.html',
        phrase:
          'Batting down allegations that the White House dangled the secretary of Navy position in front of Sestak',
      },
      {
        url: 'https://www.huffingtonpost.com/2010/05/28/joe-sestak-bill-clinton-s_n_593299.html',
        phrase: 'insisting that the White House never offered Sestak the job of Secretary of the Navy',
      },
    ],
    note: 'HuffPost attributes the denial to a source at a White House briefing, the others to the counsel’s report.',
  },
  {
    event: '38f7cbb7-5d6a-4c89-bcbd-8e164144172a',
    fact: 'One of the posts discussed was a seat on the president’s Intelligence Advisory Board.',
    kind: 'action',
    evidence: [
      {
        url: 'https://thecaucus.blogs.nytimes.com/2010/05/28/white-house-used-bill-clinton-to-ask-sestak-to-drop-out-of-race/',
        phrase: 'one option was an appointment to the president’s Intelligence Advisory Board',
      },
      {
        url: 'http://www.foxnews.com/politics/2010/05/28/white-house-asked-clinton-urge-sestak-drop-senate-race.html',
        phrase:
          "One of the jobs Clinton specifically discussed with Sestak was the president's intelligence advisory board.",
      },
    ],
  },
  // Rep Etheridge apologizes for grabbing a young man
  {
    event: '6b541575-99b1-40d2-8730-9bb868ee38ed',
    fact: 'Etheridge apologized for the confrontation.',
    kind: 'action',
    evidence: [
      {
        url: 'https://archive.nytimes.com/query.nytimes.com/gst/fullpage-9E03E1D61E3DF936A25755C0A9669D8B63.html',
        phrase: 'Representative Bob Etheridge, Democrat of North Carolina, issued an apology on Monday',
      },
      {
        url: 'https://www.foxnews.com/politics/n-c-congressman-apologizes-for-physical-confrontation-with-man-in-washington',
        phrase: 'the lawmaker said he is "profoundly" sorry for the tussle on a Washington street',
      },
      {
        url: 'https://www.huffingtonpost.com/2010/06/14/bob-etheridge-attacks-stu_n_610978.html',
        phrase: 'has apologized for his combative behavior over the weekend in a statement released by his office',
      },
    ],
  },
  {
    event: '6b541575-99b1-40d2-8730-9bb868ee38ed',
    fact: 'The young man had asked Etheridge whether he supported the Obama agenda.',
    kind: 'action',
    evidence: [
      {
        url: 'https://archive.nytimes.com/query.nytimes.com/gst/fullpage-9E03E1D61E3DF936A25755C0A9669D8B63.html',
        phrase: 'as the man tried to ask him whether he supports President Obama’s agenda',
      },
      {
        url: 'https://www.foxnews.com/politics/n-c-congressman-apologizes-for-physical-confrontation-with-man-in-washington',
        phrase: 'after the man approached the congressman and asked if he supported the "Obama agenda."',
      },
      {
        url: 'https://www.huffingtonpost.com/2010/06/14/bob-etheridge-attacks-stu_n_610978.html',
        phrase: 'after he asked the congressman if he “fully supported the Obama agenda.”',
      },
    ],
  },
  {
    event: '6b541575-99b1-40d2-8730-9bb868ee38ed',
    fact: 'Etheridge grabbed the young man, by the wrist among other places.',
    kind: 'action',
    evidence: [
      {
        url: 'https://archive.nytimes.com/query.nytimes.com/gst/fullpage-9E03E1D61E3DF936A25755C0A9669D8B63.html',
        phrase: 'for grabbing a young man by the hand, arm and neck',
      },
      {
        url: 'https://www.foxnews.com/politics/n-c-congressman-apologizes-for-physical-confrontation-with-man-in-washington',
        phrase: 'grabbing the wrist and neck of an unidentified young man',
      },
      {
        url: 'https://www.huffingtonpost.com/2010/06/14/bob-etheridge-attacks-stu_n_610978.html',
        phrase: 'Etheridge grabs the reporter’s wrist and continually asks him to identify himself',
      },
    ],
    note: 'Fox News and The Times add the neck; HuffPost names only the wrist.',
  },
  {
    event: '6b541575-99b1-40d2-8730-9bb868ee38ed',
    fact: 'Etheridge demanded that the young man say who he was.',
    kind: 'action',
    evidence: [
      {
        url: 'https://archive.nytimes.com/query.nytimes.com/gst/fullpage-9E03E1D61E3DF936A25755C0A9669D8B63.html',
        phrase: 'can be seen on the video repeatedly asking the young man to identify himself',
      },
      {
        url: 'https://www.foxnews.com/politics/n-c-congressman-apologizes-for-physical-confrontation-with-man-in-washington',
        phrase: '"Who are you!" the seven-term congressman demands.',
      },
      {
        url: 'https://www.huffingtonpost.com/2010/06/14/bob-etheridge-attacks-stu_n_610978.html',
        phrase: 'appears visibly irritated and immediately asks, “who are you?”',
      },
    ],
  },
  {
    event: '6b541575-99b1-40d2-8730-9bb868ee38ed',
    fact: 'Etheridge went for the camera recording him.',
    kind: 'action',
    evidence: [
      {
        url: 'https://archive.nytimes.com/query.nytimes.com/gst/fullpage-9E03E1D61E3DF936A25755C0A9669D8B63.html',
        phrase: 'the congressman grabs the camera and the young man',
      },
      {
        url: 'https://www.foxnews.com/politics/n-c-congressman-apologizes-for-physical-confrontation-with-man-in-washington',
        phrase: "Etheridge is then seen trying to snatch a cell phone camera out of the student's hands.",
      },
      {
        url: 'https://www.huffingtonpost.com/2010/06/14/bob-etheridge-attacks-stu_n_610978.html',
        phrase: 'before knocking the interviewer’s camera to the ground',
      },
    ],
  },
  // Walmart sex discrimination case goes to supreme court
  {
    event: '2058ec60-5372-4f5f-83a3-da780be3a350',
    fact: 'The class action covers as many as 1.5 million women.',
    kind: 'number',
    evidence: [
      {
        url: 'https://www.nytimes.com/2011/03/30/business/30walmart.html',
        phrase: 'a lawsuit involving as many as 1.5 million women seeking back pay',
      },
      {
        url: 'http://www.foxnews.com/politics/2011/03/29/supreme-court-questions-claims-sex-bias-suit-wal-mart/',
        phrase: 'the sex discrimination lawsuit that covers 1.5 million women',
      },
    ],
    note: 'HuffPost gives "up to 1.6 million women" and estimates from 500,000 to 1.6 million, so it is left out.',
  },
  {
    event: '2058ec60-5372-4f5f-83a3-da780be3a350',
    fact: 'Billions of dollars are at stake for Wal-Mart in the suit.',
    kind: 'number',
    evidence: [
      {
        url: 'https://www.nytimes.com/2011/03/30/business/30walmart.html',
        phrase: 'back pay that could amount to billions of dollars',
      },
      {
        url: 'http://www.foxnews.com/politics/2011/03/29/supreme-court-questions-claims-sex-bias-suit-wal-mart/',
        phrase: "could cost the world's largest retailer billions of dollars",
      },
      {
        url: 'http://www.huffingtonpost.com/2011/03/29/supreme-court-wal-mart_n_842026.html',
        phrase: 'Billions of dollars are at stake if it is allowed to go forward.',
      },
    ],
  },
  {
    event: '2058ec60-5372-4f5f-83a3-da780be3a350',
    fact: 'Justice Kennedy said the plaintiffs’ theory was inconsistent.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.nytimes.com/2011/03/30/business/30walmart.html',
        phrase:
          'said the theory about how the company discriminated — through a central policy conferring local discretion — was internally inconsistent',
      },
      {
        url: 'http://www.foxnews.com/politics/2011/03/29/supreme-court-questions-claims-sex-bias-suit-wal-mart/',
        phrase: "who said he was troubled by what he called an inconsistency in the women's lawsuit",
      },
      {
        url: 'http://www.huffingtonpost.com/2011/03/29/supreme-court-wal-mart_n_842026.html',
        phrase: "said the women's argument points in apparently conflicting directions",
      },
    ],
  },
  {
    event: '2058ec60-5372-4f5f-83a3-da780be3a350',
    fact: 'Justice Scalia said he felt whipsawed by the plaintiffs’ argument.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.nytimes.com/2011/03/30/business/30walmart.html',
        phrase: '“I’m getting whipsawed here,” he told the plaintiffs’ lawyer, Joseph M. Sellers.',
      },
      {
        url: 'http://www.foxnews.com/politics/2011/03/29/supreme-court-questions-claims-sex-bias-suit-wal-mart/',
        phrase: 'drew the ire of Justice Antonin Scalia who said he was whipsawed by the claims',
      },
      {
        url: 'http://www.huffingtonpost.com/2011/03/29/supreme-court-wal-mart_n_842026.html',
        phrase: 'Justice Antonin Scalia said he felt "whipsawed" by Sellers\' description.',
      },
    ],
  },
  {
    event: '2058ec60-5372-4f5f-83a3-da780be3a350',
    fact: 'Wal-Mart’s lawyer said the class includes at least 544 store managers, alleged discriminators and victims.',
    kind: 'number',
    evidence: [
      {
        url: 'https://www.nytimes.com/2011/03/30/business/30walmart.html',
        phrase: 'this class includes at least 544 store managers who are alleged to be discriminators and victims',
      },
      {
        url: 'http://www.huffingtonpost.com/2011/03/29/supreme-court-wal-mart_n_842026.html',
        phrase: 'He pointed to a group of at least 544 women who serve as store managers',
      },
    ],
  },
  // William Cowan named interim senator in Massachusetts
  {
    event: 'd3a1ce0a-fc48-4827-a278-8f0ce8c7a519',
    fact: 'Gov. Deval Patrick appointed William “Mo” Cowan to hold John Kerry’s Senate seat until a special election.',
    kind: 'decision',
    evidence: [
      {
        url: 'http://www.nytimes.com/2013/01/31/us/politics/boston-lawyer-chosen-for-kerrys-senate-seat.html?hpw',
        phrase:
          'appointed William Cowan, a Boston lawyer who is a longtime friend and former aide, to serve as an interim United States senator',
      },
      {
        url: 'http://www.foxnews.com/politics/2013/01/30/mass-gov-picks-former-staffer-to-fill-kerry-senate-seat-until-june-election/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fpolitics+%28Internal+-+Politics+-+Text%29',
        phrase: 'picked a former chief of staff to fill Sen. John Kerry’s open seat',
      },
      {
        url: 'https://www.huffingtonpost.com/2013/01/30/mo-cowan-senate_n_2567798.html',
        phrase:
          'appointed William "Mo" Cowan to the Senate seat vacated by newly confirmed Secretary of State John Kerry',
      },
    ],
  },
  {
    event: 'd3a1ce0a-fc48-4827-a278-8f0ce8c7a519',
    fact: 'The special election for the seat is set for June 25.',
    kind: 'decision',
    evidence: [
      {
        url: 'http://www.nytimes.com/2013/01/31/us/politics/boston-lawyer-chosen-for-kerrys-senate-seat.html?hpw',
        phrase: 'in a special election set for June 25',
      },
      {
        url: 'http://www.foxnews.com/politics/2013/01/30/mass-gov-picks-former-staffer-to-fill-kerry-senate-seat-until-june-election/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fpolitics+%28Internal+-+Politics+-+Text%29',
        phrase: 'a likely favorite to win the June 25 special general election',
      },
      {
        url: 'https://www.huffingtonpost.com/2013/01/30/mo-cowan-senate_n_2567798.html',
        phrase: 'should not run in the general election slated for June 25',
      },
    ],
  },
  {
    event: 'd3a1ce0a-fc48-4827-a278-8f0ce8c7a519',
    fact: 'With Cowan, two black senators (he and Tim Scott) serve in the Senate at the same time.',
    kind: 'outcome',
    evidence: [
      {
        url: 'http://www.nytimes.com/2013/01/31/us/politics/boston-lawyer-chosen-for-kerrys-senate-seat.html?hpw',
        phrase:
          'His appointment makes Mr. Cowan the second black member to be seated in the current Senate, after Tim Scott of South Carolina',
      },
      {
        url: 'http://www.foxnews.com/politics/2013/01/30/mass-gov-picks-former-staffer-to-fill-kerry-senate-seat-until-june-election/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fpolitics+%28Internal+-+Politics+-+Text%29',
        phrase:
          'The appointment marks the first time in Senate history that two black senators have served at the same time.',
      },
      {
        url: 'https://www.huffingtonpost.com/2013/01/30/mo-cowan-senate_n_2567798.html',
        phrase:
          "Cowan's appointment means that there will be two black senators serving together for the first time in American history.",
      },
    ],
    note: 'Fox News and HuffPost add that this is a first in history; The Times does not say so.',
  },
  {
    event: 'd3a1ce0a-fc48-4827-a278-8f0ce8c7a519',
    fact: 'Cowan said he would not run for the seat.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://www.nytimes.com/2013/01/31/us/politics/boston-lawyer-chosen-for-kerrys-senate-seat.html?hpw',
        phrase: 'Mr. Cowan said he would not seek the permanent office or use the appointment as a springboard later.',
      },
      {
        url: 'https://www.huffingtonpost.com/2013/01/30/mo-cowan-senate_n_2567798.html',
        phrase:
          'Asked about his political future, he said, "I am not running for office; I am not a candidate in the future."',
      },
    ],
  },
  {
    event: 'd3a1ce0a-fc48-4827-a278-8f0ce8c7a519',
    fact: 'Cowan said there would be no daylight between him and Kerry.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://www.nytimes.com/2013/01/31/us/politics/boston-lawyer-chosen-for-kerrys-senate-seat.html?hpw',
        phrase: '“There won’t be any daylight there at all,” he said.',
      },
      {
        url: 'https://www.huffingtonpost.com/2013/01/30/mo-cowan-senate_n_2567798.html',
        phrase: 'He said there would be "no daylight" between him and Kerry on policy.',
      },
    ],
  },
  // Christ Christie campaign documents subpoenaed
  {
    event: 'd1344998-0e7c-409e-aaad-df5be687fc94',
    fact: 'Federal prosecutors subpoenaed Christie’s re-election campaign and the state Republican Party.',
    kind: 'action',
    evidence: [
      {
        url: 'https://mobile.nytimes.com/2014/01/24/nyregion/us-attorney-issues-subpoena-to-christies-re-election-campaign.html',
        phrase:
          'Federal prosecutors in New Jersey have issued grand jury subpoenas to Gov. Chris Christie’s re-election campaign and to the state Republican Party',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/01/23/federal-prosecutors-subpoena-new-jersey-gov-christie-campaign-gop/?intcmp=latestnews',
        phrase:
          "Federal prosecutors have subpoenaed New Jersey Gov. Chris Christie's campaign and a state Republican Party committee",
      },
      {
        url: 'https://www.huffingtonpost.com/2014/01/23/chris-christie-us-attorney_n_4653674.html',
        phrase:
          'has subpoenaed documents from the reelection campaign of New Jersey Gov. Chris Christie (R) and the New Jersey Republican State Committee',
      },
    ],
  },
  {
    event: 'd1344998-0e7c-409e-aaad-df5be687fc94',
    fact: 'The inquiry is into the George Washington Bridge lane closures, alleged to be political retribution.',
    kind: 'action',
    evidence: [
      {
        url: 'https://mobile.nytimes.com/2014/01/24/nyregion/us-attorney-issues-subpoena-to-christies-re-election-campaign.html',
        phrase:
          'accusations that aides to Mr. Christie shut down access lanes to the George Washington Bridge as political retribution',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/01/23/federal-prosecutors-subpoena-new-jersey-gov-christie-campaign-gop/?intcmp=latestnews',
        phrase: 'escalating their probe into allegations that his aides created traffic jams as political payback',
      },
      {
        url: 'https://www.huffingtonpost.com/2014/01/23/chris-christie-us-attorney_n_4653674.html',
        phrase: "in what appeared to be a political retribution scheme aimed at the borough's Democratic mayor",
      },
    ],
  },
  {
    event: 'd1344998-0e7c-409e-aaad-df5be687fc94',
    fact: 'The lane closures lasted four days.',
    kind: 'number',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2014/01/23/federal-prosecutors-subpoena-new-jersey-gov-christie-campaign-gop/?intcmp=latestnews',
        phrase: 'The traffic lanes were closed for four days in September, creating traffic gridlock in Fort Lee',
      },
      {
        url: 'https://www.huffingtonpost.com/2014/01/23/chris-christie-us-attorney_n_4653674.html',
        phrase: 'The closures, which lasted for four days, caused massive traffic jams.',
      },
    ],
  },
  {
    event: 'd1344998-0e7c-409e-aaad-df5be687fc94',
    fact: 'Lawyers of the firm Patton Boggs represent the campaign and the state party.',
    kind: 'action',
    evidence: [
      {
        url: 'https://mobile.nytimes.com/2014/01/24/nyregion/us-attorney-issues-subpoena-to-christies-re-election-campaign.html',
        phrase:
          'Mr. Sheridan is representing the campaign along with Robert D. Luskin; both men are partners at Patton Boggs.',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/01/23/federal-prosecutors-subpoena-new-jersey-gov-christie-campaign-gop/?intcmp=latestnews',
        phrase:
          "the Republican governor's campaign announced it had hired the Washington, D.C., law firm Patton Boggs in the case",
      },
      {
        url: 'https://www.huffingtonpost.com/2014/01/23/chris-christie-us-attorney_n_4653674.html',
        phrase:
          'Mark Sheridan, a partner with Patton Boggs, said his law firm had been retained to represent both the campaign and the committee',
      },
    ],
  },
  {
    event: 'd1344998-0e7c-409e-aaad-df5be687fc94',
    fact: 'A state legislative committee had already subpoenaed the campaign as well.',
    kind: 'action',
    evidence: [
      {
        url: 'https://mobile.nytimes.com/2014/01/24/nyregion/us-attorney-issues-subpoena-to-christies-re-election-campaign.html',
        phrase: 'in addition to the subpoena the campaign previously received from the state legislative committee',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/01/23/federal-prosecutors-subpoena-new-jersey-gov-christie-campaign-gop/?intcmp=latestnews',
        phrase:
          'A state legislative committee investigating the traffic jams has also issued subpoenas to the two organizations.',
      },
      {
        url: 'https://www.huffingtonpost.com/2014/01/23/chris-christie-us-attorney_n_4653674.html',
        phrase: 'in addition to the subpoena the campaign previously received from the state legislative committee',
      },
    ],
    note: 'The Times and HuffPost carry it in the lawyer’s quoted statement; Fox News in its own words.',
  },
  // Federal charges filed against Grimm
  {
    event: '33521e65-12da-4521-b132-7b606243b0e4',
    fact: 'Grimm’s lawyer confirmed that federal prosecutors intend to file criminal charges against him.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.nytimes.com/2014/04/26/nyregion/indictment-expected-for-representative-michael-grimm.html',
        phrase: 'confirmed in a statement that prosecutors intended to file criminal charges against his client',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/04/25/federal-prosecutors-plan-to-file-charges-against-rep-grimm-attorney-says.html?intcmp=trending',
        phrase:
          "Michael Grimm's attorney confirmed late Friday that federal prosecutors plan to file criminal charges against the congressman",
      },
      {
        url: 'https://www.huffingtonpost.com/2014/04/25/michael-grimm-indicted_n_5215385.html',
        phrase:
          "is expected to be indicted by the U.S. attorney for the Eastern District of New York, Grimm's lawyer said Friday",
      },
    ],
  },
  {
    event: '33521e65-12da-4521-b132-7b606243b0e4',
    fact: 'Grimm’s lawyer said Grimm asserts his innocence.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.nytimes.com/2014/04/26/nyregion/indictment-expected-for-representative-michael-grimm.html',
        phrase:
          'said that Mr. Grimm “asserts his innocence” and that the investigation was “a politically driven vendetta.”',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/04/25/federal-prosecutors-plan-to-file-charges-against-rep-grimm-attorney-says.html?intcmp=trending',
        phrase: 'The statement said Grimm "asserts his innocence of any wrongdoing" and "will be vindicated."',
      },
      {
        url: 'https://www.huffingtonpost.com/2014/04/25/michael-grimm-indicted_n_5215385.html',
        phrase: 'Congressman Grimm asserts his innocence of any wrongdoing.',
      },
    ],
  },
  {
    event: '33521e65-12da-4521-b132-7b606243b0e4',
    fact: 'The charges were expected to include mail and wire fraud tied to a restaurant Grimm owned.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.nytimes.com/2014/04/26/nyregion/indictment-expected-for-representative-michael-grimm.html',
        phrase:
          'were expected to include mail fraud and wire fraud, and to focus largely on his conduct in connection with a health food restaurant',
      },
      {
        url: 'https://www.huffingtonpost.com/2014/04/25/michael-grimm-indicted_n_5215385.html',
        phrase: 'The New York Times reported the charges against Grimm "will include mail fraud and wire fraud',
      },
    ],
    note: 'HuffPost reports this by citing The Times.',
  },
  {
    event: '33521e65-12da-4521-b132-7b606243b0e4',
    fact: 'Ofer Biton, who raised money for Grimm, pleaded guilty to a visa/immigration fraud charge.',
    kind: 'outcome',
    evidence: [
      {
        url: 'https://www.nytimes.com/2014/04/26/nyregion/indictment-expected-for-representative-michael-grimm.html',
        phrase: 'The other, Ofer Biton, pleaded guilty to visa fraud charges.',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/04/25/federal-prosecutors-plan-to-file-charges-against-rep-grimm-attorney-says.html?intcmp=trending',
        phrase: 'Ofer Biton, pleaded guilty in August to an immigration fraud charge',
      },
    ],
  },
  {
    event: '33521e65-12da-4521-b132-7b606243b0e4',
    fact: 'A Houston woman was charged with funneling more than $10,000 into Grimm’s campaign.',
    kind: 'number',
    evidence: [
      {
        url: 'https://www.nytimes.com/2014/04/26/nyregion/indictment-expected-for-representative-michael-grimm.html',
        phrase:
          'One, Diana Durand of Houston, was charged with illegally funneling more than $10,000 into his campaign.',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/04/25/federal-prosecutors-plan-to-file-charges-against-rep-grimm-attorney-says.html?intcmp=trending',
        phrase: "the woman was accused of funneling at least $10,000 to Grimm's campaign",
      },
    ],
  },
  // Eric Cantor defeated by David Brat
  {
    event: 'ee05c9b3-529c-4268-ad72-19bd34f7197e',
    fact: 'House Majority Leader Eric Cantor lost the Republican primary to Dave Brat.',
    kind: 'outcome',
    evidence: [
      {
        url: 'https://www.nytimes.com/2014/06/11/us/politics/eric-cantor-loses-gop-primary.html',
        phrase:
          'the House majority leader, Eric Cantor, was soundly defeated on Tuesday by a Tea Party-backed economics professor',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/06/10/who-is-dave-brat-political-novice-who-beat-house-majority-leader-eric-cantor/?intcmp=trending',
        phrase: 'House Majority Leader Eric Cantor was beaten Tuesday night by a political novice',
      },
      {
        url: 'https://www.huffingtonpost.com/2014/06/10/dave-brat-primary-win_n_5482714.html?ec_carp=7041908105451402550',
        phrase:
          'Dave Brat celebrated his stunning victory over House Majority Leader Eric Cantor (R-Va.) for the Republican nomination on Tuesday night',
      },
    ],
  },
  {
    event: 'ee05c9b3-529c-4268-ad72-19bd34f7197e',
    fact: 'Brat raised only about $200,000 for his campaign.',
    kind: 'number',
    evidence: [
      {
        url: 'https://www.nytimes.com/2014/06/11/us/politics/eric-cantor-loses-gop-primary.html',
        phrase:
          'With just over $200,000, David Brat, a professor at Randolph-Macon College in Ashland, Va., toppled Mr. Cantor',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/06/10/who-is-dave-brat-political-novice-who-beat-house-majority-leader-eric-cantor/?intcmp=trending',
        phrase: 'He raised just over $200,000 for his campaign',
      },
      {
        url: 'https://www.huffingtonpost.com/2014/06/10/dave-brat-primary-win_n_5482714.html?ec_carp=7041908105451402550',
        phrase:
          'Cantor was expected to defeat Brat by a wide margin, outraising the college professor $5.4 million to $200,000.',
      },
    ],
  },
  {
    event: 'ee05c9b3-529c-4268-ad72-19bd34f7197e',
    fact: 'Cantor raised $5.4 million for the race.',
    kind: 'number',
    evidence: [
      {
        url: 'https://www.nytimes.com/2014/06/11/us/politics/eric-cantor-loses-gop-primary.html',
        phrase: 'The majority leader, who had raised $5.4 million for the campaign',
      },
      {
        url: 'https://www.huffingtonpost.com/2014/06/10/dave-brat-primary-win_n_5482714.html?ec_carp=7041908105451402550',
        phrase: 'outraising the college professor $5.4 million to $200,000',
      },
    ],
  },
  {
    event: 'ee05c9b3-529c-4268-ad72-19bd34f7197e',
    fact: 'Conservative radio host Laura Ingraham backed Brat.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.nytimes.com/2014/06/11/us/politics/eric-cantor-loses-gop-primary.html',
        phrase: 'with significant help from conservative talk radio hosts like Laura Ingraham',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/06/10/who-is-dave-brat-political-novice-who-beat-house-majority-leader-eric-cantor/?intcmp=trending',
        phrase: 'with endorsements from conservative activists like radio host Laura Ingraham',
      },
    ],
  },
  {
    event: 'ee05c9b3-529c-4268-ad72-19bd34f7197e',
    fact: 'Brat attacked Cantor as not conservative enough.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.nytimes.com/2014/06/11/us/politics/eric-cantor-loses-gop-primary.html',
        phrase: 'who had hammered him for being insufficiently conservative',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/06/10/who-is-dave-brat-political-novice-who-beat-house-majority-leader-eric-cantor/?intcmp=trending',
        phrase: "Brat cast the congressman as a Washington insider who isn't conservative enough.",
      },
    ],
  },
  // Benghazi committee wants to interview Clinton about emails
  {
    event: 'c5534b7e-a373-4962-8345-3847bc41a636',
    fact: 'Trey Gowdy, the Benghazi committee chairman, asked Hillary Clinton to sit for an interview.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.nytimes.com/2015/04/01/us/politics/hillary-clinton-email-benghazi-inquiry.html',
        phrase:
          'asked Hillary Rodham Clinton on Tuesday to appear for a private interview about her exclusive use of a personal email account',
      },
      {
        url: 'http://www.foxnews.com/politics/2015/03/31/benghazi-committee-requests-clinton-submit-to-interview-about-private-deleted.html',
        phrase: 'Gowdy asked that Clinton agree to a "transcribed" interview',
      },
      {
        url: 'http://www.huffingtonpost.com/2015/03/31/gowdy-requests-interview_n_6977642.html',
        phrase:
          'The House Select Committee on Benghazi sent a formal interview request to Hillary Clinton’s lawyer on Tuesday',
      },
    ],
  },
  {
    event: 'c5534b7e-a373-4962-8345-3847bc41a636',
    fact: 'Gowdy set May 1 as the deadline for the interview.',
    kind: 'decision',
    evidence: [
      {
        url: 'https://www.nytimes.com/2015/04/01/us/politics/hillary-clinton-email-benghazi-inquiry.html',
        phrase: 'asking Mrs. Clinton to submit to questioning — at any time before May 1',
      },
      {
        url: 'http://www.foxnews.com/politics/2015/03/31/benghazi-committee-requests-clinton-submit-to-interview-about-private-deleted.html',
        phrase: 'set a deadline of May 1 for the interview',
      },
      {
        url: 'http://www.huffingtonpost.com/2015/03/31/gowdy-requests-interview_n_6977642.html',
        phrase: 'Gowdy set a May 1 deadline for the interview.',
      },
    ],
  },
  {
    event: 'c5534b7e-a373-4962-8345-3847bc41a636',
    fact: 'Clinton’s email server had been wiped and its emails deleted.',
    kind: 'outcome',
    evidence: [
      {
        url: 'https://www.nytimes.com/2015/04/01/us/politics/hillary-clinton-email-benghazi-inquiry.html',
        phrase: 'Mrs. Clinton’s disclosure last week that all of the emails from the personal account had been deleted',
      },
      {
        url: 'http://www.foxnews.com/politics/2015/03/31/benghazi-committee-requests-clinton-submit-to-interview-about-private-deleted.html',
        phrase:
          'He said the committee learned she had “unilaterally decided” to wipe it clean and permanently delete all emails.',
      },
      {
        url: 'http://www.huffingtonpost.com/2015/03/31/gowdy-requests-interview_n_6977642.html',
        phrase:
          'her lawyer had informed the committee that the server used for emails during her tenure had been wiped clean',
      },
    ],
  },
  {
    event: 'c5534b7e-a373-4962-8345-3847bc41a636',
    fact: 'Clinton’s account held roughly 60,000 emails.',
    kind: 'number',
    evidence: [
      {
        url: 'https://www.nytimes.com/2015/04/01/us/politics/hillary-clinton-email-benghazi-inquiry.html',
        phrase:
          'Mrs. Clinton’s representatives had determined which of her roughly 60,000 emails were personal and private',
      },
      {
        url: 'http://www.foxnews.com/politics/2015/03/31/benghazi-committee-requests-clinton-submit-to-interview-about-private-deleted.html',
        phrase: 'Clinton acknowledged that she sent or received roughly 60,000 related emails',
      },
    ],
  },
  {
    event: 'c5534b7e-a373-4962-8345-3847bc41a636',
    fact: 'Gowdy called Clinton’s email arrangement highly unusual, if not unprecedented.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.nytimes.com/2015/04/01/us/politics/hillary-clinton-email-benghazi-inquiry.html',
        phrase: 'Mrs. Clinton’s “email arrangement with herself is highly unusual, if not unprecedented,”',
      },
      {
        url: 'http://www.huffingtonpost.com/2015/03/31/gowdy-requests-interview_n_6977642.html',
        phrase: 'Gowdy went on to call Clinton’s email situation “highly unusual, if not unprecedented,”',
      },
    ],
  },
  // Kathy Griffin apologizes for photo shoot with a fake bloody Donald Trump head
  {
    event: 'd16050b3-979f-4834-90db-b8823691b87e',
    fact: 'Kathy Griffin posed holding a fake bloodied head of President Trump.',
    kind: 'action',
    evidence: [
      {
        url: 'https://mobile.nytimes.com/2017/05/31/us/politics/trump-kathy-griffin-comedian-democrats.html',
        phrase: 'for posing for a video showing her holding what looks like the severed and bloodied head of Mr. Trump',
      },
      {
        url: 'http://www.foxnews.com/entertainment/2017/05/30/kathy-griffin-apologizes-for-photo-shoot-with-bloodied-trump-mask-says-went-too-far.html',
        phrase: 'in which she is holding a bloodied mask of President Trump',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/so-heres-a-photo-of-kathy-griffin-beheading-donald-trump_us_592dbd5ce4b0c0608e8bdb08',
        phrase: 'as she holds what resembles the bloody head of President Donald Trump',
      },
    ],
  },
  {
    event: 'd16050b3-979f-4834-90db-b8823691b87e',
    fact: 'The images were shot by the photographer Tyler Shields.',
    kind: 'action',
    evidence: [
      {
        url: 'http://www.foxnews.com/entertainment/2017/05/30/kathy-griffin-apologizes-for-photo-shoot-with-bloodied-trump-mask-says-went-too-far.html',
        phrase: 'her latest photo shoot with controversial photographer Tyler Shields',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/so-heres-a-photo-of-kathy-griffin-beheading-donald-trump_us_592dbd5ce4b0c0608e8bdb08',
        phrase: 'Shot by celebrity photographer and director Tyler Shields',
      },
    ],
  },
  {
    event: 'd16050b3-979f-4834-90db-b8823691b87e',
    fact: 'Griffin apologized on Tuesday for the images.',
    kind: 'action',
    evidence: [
      {
        url: 'https://mobile.nytimes.com/2017/05/31/us/politics/trump-kathy-griffin-comedian-democrats.html',
        phrase: 'Ms. Griffin went online on Tuesday night to express regret.',
      },
      {
        url: 'http://www.foxnews.com/entertainment/2017/05/30/kathy-griffin-apologizes-for-photo-shoot-with-bloodied-trump-mask-says-went-too-far.html',
        phrase: 'Kathy Griffin admitted Tuesday she "went too far"',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/so-heres-a-photo-of-kathy-griffin-beheading-donald-trump_us_592dbd5ce4b0c0608e8bdb08',
        phrase: 'Kathy Griffin issued a formal apology for the controversial images on Twitter.',
      },
    ],
  },
  {
    event: 'd16050b3-979f-4834-90db-b8823691b87e',
    fact: 'Griffin said the image was too disturbing and not funny.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://mobile.nytimes.com/2017/05/31/us/politics/trump-kathy-griffin-comedian-democrats.html',
        phrase: 'The image is too disturbing. I understand how it offends people. It wasn’t funny.',
      },
      {
        url: 'http://www.foxnews.com/entertainment/2017/05/30/kathy-griffin-apologizes-for-photo-shoot-with-bloodied-trump-mask-says-went-too-far.html',
        phrase: 'Griffin said the image "is too disturbing," and that "it wasn\'t funny."',
      },
    ],
  },
  {
    event: 'd16050b3-979f-4834-90db-b8823691b87e',
    fact: 'Griffin said the image would be taken down.',
    kind: 'action',
    evidence: [
      {
        url: 'https://mobile.nytimes.com/2017/05/31/us/politics/trump-kathy-griffin-comedian-democrats.html',
        phrase: 'She said she had asked the photographer to pull the images.',
      },
      {
        url: 'http://www.foxnews.com/entertainment/2017/05/30/kathy-griffin-apologizes-for-photo-shoot-with-bloodied-trump-mask-says-went-too-far.html',
        phrase: 'Griffin said she was going to "take down the image."',
      },
    ],
  },
  // Cesar Sayoc arrested for sending pipe bombs to Trump critics
  {
    event: '1f99798f-2b60-4ecb-b5f4-4aa7991e8ace',
    fact: 'A suspect was arrested on Friday in connection with the mailed bombs.',
    kind: 'outcome',
    evidence: [
      {
        url: 'https://www.nytimes.com/2018/10/26/nyregion/cnn-cory-booker-pipe-bombs-sent.html',
        phrase:
          'Federal authorities made an arrest on Friday in connection with the nationwide bombing campaign against outspoken critics of President Trump',
      },
      {
        url: 'https://www.foxnews.com/us/suspect-arrested-in-florida-in-connection-with-suspicious-packages-sent-to-democrats',
        phrase: 'A male suspect was arrested in Florida on Friday morning',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/mail-pipe-bomb-plot-suspect_us_5bd32b4de4b0d38b5882ca62',
        phrase: 'Cesar Sayoc, 56, of South Florida was taken into custody on Friday',
      },
    ],
  },
  {
    event: '1f99798f-2b60-4ecb-b5f4-4aa7991e8ace',
    fact: 'The suspect was identified as Cesar Sayoc of Aventura, Florida.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.nytimes.com/2018/10/26/nyregion/cnn-cory-booker-pipe-bombs-sent.html',
        phrase: 'A law enforcement official identified the suspect as Cesar Sayoc Jr., 56, of Aventura, Fla.',
      },
      {
        url: 'https://www.foxnews.com/us/suspect-arrested-in-florida-in-connection-with-suspicious-packages-sent-to-democrats',
        phrase: 'Multiple sources identified the suspect to Fox News as Cesar Sayoc of Aventura, Florida.',
      },
    ],
  },
  {
    event: '1f99798f-2b60-4ecb-b5f4-4aa7991e8ace',
    fact: 'About a dozen explosive devices had been mailed.',
    kind: 'number',
    evidence: [
      {
        url: 'https://www.nytimes.com/2018/10/26/nyregion/cnn-cory-booker-pipe-bombs-sent.html',
        phrase: 'All together, 12 crude explosive devices have been found since Monday',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/mail-pipe-bomb-plot-suspect_us_5bd32b4de4b0d38b5882ca62',
        phrase: 'in connection with at least a dozen packages containing likely pipe bombs',
      },
    ],
  },
  {
    event: '1f99798f-2b60-4ecb-b5f4-4aa7991e8ace',
    fact: 'Two more packages were found on Friday, addressed to Senator Cory Booker and to James Clapper.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.nytimes.com/2018/10/26/nyregion/cnn-cory-booker-pipe-bombs-sent.html',
        phrase:
          'they had found two more of the explosive devices: one addressed to Senator Cory Booker and the other to James R. Clapper Jr.',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/mail-pipe-bomb-plot-suspect_us_5bd32b4de4b0d38b5882ca62',
        phrase:
          'two additional packages were discovered, one addressed to Sen. Cory Booker (D-N.J.), and the other to former Director of National Intelligence James Clapper.',
      },
    ],
  },
  {
    event: '1f99798f-2b60-4ecb-b5f4-4aa7991e8ace',
    fact: 'Trump praised law enforcement for arresting the suspect.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.nytimes.com/2018/10/26/nyregion/cnn-cory-booker-pipe-bombs-sent.html',
        phrase: 'Mr. Trump praised law enforcement officials for quickly arresting a suspect.',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/mail-pipe-bomb-plot-suspect_us_5bd32b4de4b0d38b5882ca62',
        phrase: 'Trump congratulated local and national law enforcement agencies for apprehending the suspect.',
      },
    ],
  },
  // Congressman Hunter and wife indicted on corruption charges
  {
    event: 'eb17fa36-89f2-4d0b-8133-7bb4682228e1',
    fact: 'Rep. Duncan Hunter and his wife Margaret were indicted.',
    kind: 'outcome',
    evidence: [
      {
        url: 'https://www.nytimes.com/2018/08/21/us/politics/duncan-hunter-indicted.html',
        phrase: 'Representative Duncan Hunter was indicted by a federal grand jury in San Diego on Tuesday',
      },
      {
        url: 'http://www.foxnews.com/politics/2018/08/21/rep-duncan-hunter-wife-indicted-on-corruption-charges-in-california.html',
        phrase: 'Rep. Duncan Hunter, R-Calif., and his wife, Margaret, were indicted',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/duncan-hunter-margaret-hunter_us_5b7c83b7e4b0cd327df795f9',
        phrase: 'U.S. Rep. Duncan Hunter (R-Calif.) and his wife, Margaret Hunter, were indicted Tuesday',
      },
    ],
  },
  {
    event: 'eb17fa36-89f2-4d0b-8133-7bb4682228e1',
    fact: 'The Hunters are accused of converting more than $250,000 in campaign funds to personal use.',
    kind: 'number',
    evidence: [
      {
        url: 'https://www.nytimes.com/2018/08/21/us/politics/duncan-hunter-indicted.html',
        phrase: 'are charged with converting more than $250,000 in campaign funds to pay for personal expenses',
      },
      {
        url: 'http://www.foxnews.com/politics/2018/08/21/rep-duncan-hunter-wife-indicted-on-corruption-charges-in-california.html',
        phrase: 'illegally converting $250,000 in campaign funds for personal expenses',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/duncan-hunter-margaret-hunter_us_5b7c83b7e4b0cd327df795f9',
        phrase: 'saying the couple misused more than $250,000 after a two-year investigation',
      },
    ],
    note: 'Fox News says $250,000, the others more than $250,000.',
  },
  {
    event: 'eb17fa36-89f2-4d0b-8133-7bb4682228e1',
    fact: 'Campaign money allegedly paid for personal costs such as family trips and their children’s school tuition.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.nytimes.com/2018/08/21/us/politics/duncan-hunter-indicted.html',
        phrase: 'on family trips to Hawaii and Italy, private school tuition for his children',
      },
      {
        url: 'http://www.foxnews.com/politics/2018/08/21/rep-duncan-hunter-wife-indicted-on-corruption-charges-in-california.html',
        phrase: 'used campaign funds to pay for family vacations to Italy and Hawaii, school tuition, dental work',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/duncan-hunter-margaret-hunter_us_5b7c83b7e4b0cd327df795f9',
        phrase: 'the pair used political money to pay for their children’s tuition',
      },
    ],
  },
  {
    event: 'eb17fa36-89f2-4d0b-8133-7bb4682228e1',
    fact: 'Family dental bills paid with campaign funds were disguised as a donation to the charity “Smiles for Life”.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.nytimes.com/2018/08/21/us/politics/duncan-hunter-indicted.html',
        phrase:
          'Family dental bills paid with campaign funds were characterized as a charitable contribution to “Smiles for Life.”',
      },
      {
        url: 'http://www.foxnews.com/politics/2018/08/21/rep-duncan-hunter-wife-indicted-on-corruption-charges-in-california.html',
        phrase:
          'Family dental bills paid with campaign funds were characterized as a charitable contribution to ‘Smiles for Life,’',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/duncan-hunter-margaret-hunter_us_5b7c83b7e4b0cd327df795f9',
        phrase: 'labeling fees for dental work as a donation to a charity called “Smiles for Life”',
      },
    ],
  },
  {
    event: 'eb17fa36-89f2-4d0b-8133-7bb4682228e1',
    fact: 'Hunter repaid his campaign about $60,000.',
    kind: 'number',
    evidence: [
      {
        url: 'https://www.nytimes.com/2018/08/21/us/politics/duncan-hunter-indicted.html',
        phrase: 'had already repaid about $60,000 to his campaign to correct for mistaken payments for personal items',
      },
      {
        url: 'http://www.foxnews.com/politics/2018/08/21/rep-duncan-hunter-wife-indicted-on-corruption-charges-in-california.html',
        phrase: 'Hunter and his wife repaid the campaign about $60,000',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/duncan-hunter-margaret-hunter_us_5b7c83b7e4b0cd327df795f9',
        phrase: 'He repaid his campaign more than $60,000 earlier this year',
      },
    ],
    note: 'HuffPost says more than $60,000.',
  },
  // Roger Stone has been indicted by Mueller
  {
    event: 'aab91277-8d56-4844-a581-45630f873f49',
    fact: 'FBI agents arrested Roger Stone at his Fort Lauderdale, Florida, home before dawn on Friday.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.nytimes.com/2019/01/25/us/politics/roger-stone-trump-mueller.html',
        phrase: 'F.B.I. agents arrested Mr. Stone before dawn, appearing at his Fort Lauderdale, Fla., home',
      },
      {
        url: 'https://www.foxnews.com/politics/roger-stones-predawn-fbi-arrest-operation-sparks-controversy',
        phrase: "The FBI's pre-dawn arrest of President Trump's ex-adviser Roger Stone at his Florida home",
      },
      {
        url: 'https://www.huffingtonpost.com/entry/roger-stone-indicted-mueller-investigation_us_5b928d30e4b0cf7b003f3321',
        phrase: 'FBI agents arrested him at his home in Fort Lauderdale, Florida',
      },
    ],
  },
  {
    event: 'aab91277-8d56-4844-a581-45630f873f49',
    fact: 'Stone was indicted on seven counts.',
    kind: 'number',
    evidence: [
      {
        url: 'https://www.nytimes.com/2019/01/25/us/politics/roger-stone-trump-mueller.html',
        phrase: 'Mr. Stone was charged with seven counts',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/roger-stone-indicted-mueller-investigation_us_5b928d30e4b0cf7b003f3321',
        phrase: 'charged Stone in a seven-count indictment',
      },
    ],
  },
  {
    event: 'aab91277-8d56-4844-a581-45630f873f49',
    fact: 'The charges include obstruction, false statements and witness tampering.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.nytimes.com/2019/01/25/us/politics/roger-stone-trump-mueller.html',
        phrase: 'including obstruction, making false statements and witness tampering',
      },
      {
        url: 'https://www.foxnews.com/politics/roger-stones-predawn-fbi-arrest-operation-sparks-controversy',
        phrase:
          "it accuses him of witness tampering, obstruction and false statements about his interactions related to WikiLeaks' release",
      },
      {
        url: 'https://www.huffingtonpost.com/entry/roger-stone-indicted-mueller-investigation_us_5b928d30e4b0cf7b003f3321',
        phrase:
          'on criminal charges that include obstruction of an official proceeding, false statements and witness tampering',
      },
    ],
  },
  {
    event: 'aab91277-8d56-4844-a581-45630f873f49',
    fact: 'Stone said he would plead not guilty.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.nytimes.com/2019/01/25/us/politics/roger-stone-trump-mueller.html',
        phrase: 'Mr. Stone said he will plead not guilty',
      },
      {
        url: 'https://www.foxnews.com/politics/roger-stones-predawn-fbi-arrest-operation-sparks-controversy',
        phrase: 'Stone on Friday said he would plead not guilty to the charges leveled against him',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/roger-stone-indicted-mueller-investigation_us_5b928d30e4b0cf7b003f3321',
        phrase: 'Stone said he plans to plead not guilty to the charges',
      },
    ],
  },
  {
    event: 'aab91277-8d56-4844-a581-45630f873f49',
    fact: 'Stone told Randy Credico to “do a Frank Pentangeli” before the House Intelligence Committee.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.nytimes.com/2019/01/25/us/politics/roger-stone-trump-mueller.html',
        phrase: 'Mr. Stone told Mr. Credico he should “do a ‘Frank Pentangeli’” before the House committee',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/roger-stone-indicted-mueller-investigation_us_5b928d30e4b0cf7b003f3321',
        phrase: 'told Credico (“Person 2”) that he should “do a ‘Frank Pentangeli’” in his testimony',
      },
    ],
  },
];
