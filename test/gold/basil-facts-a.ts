import type { BasilFact } from './basil-facts.ts';

/** Gold facts of six more BASIL events, written under the guidelines of basil-facts.ts. */
export const BASIL_FACTS_A: BasilFact[] = [
  // Trump holds birther meeting
  {
    event: '005a2961-0c2e-4575-8eec-770ba52a08e0',
    fact: 'Trump said he had doubts about whether Obama was born in the United States.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://thecaucus.blogs.nytimes.com/2011/04/07/trump-plans-meeting-on-arizona-birth-bill/?ref=politics',
        phrase:
          'Mr. Trump told Meredith Vieira that he had “real doubts” about whether Mr. Obama was born in this country',
      },
      {
        url: 'http://www.foxnews.com/politics/2011/04/07/trump-sends-investigators-hawaii-gains-gop-presidential-primary-poll/?test=latestnews',
        phrase: 'Donald Trump said Thursday he has doubts about whether President Obama was born in the United States',
      },
    ],
  },
  {
    event: '005a2961-0c2e-4575-8eec-770ba52a08e0',
    fact: 'In his NBC “Today” show interview, Trump indicated that he had people in Hawaii investigating Obama’s birth.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://thecaucus.blogs.nytimes.com/2011/04/07/trump-plans-meeting-on-arizona-birth-bill/?ref=politics',
        phrase: 'he has sent his own investigators to Hawaii to research the issue',
      },
      {
        url: 'http://www.foxnews.com/politics/2011/04/07/trump-sends-investigators-hawaii-gains-gop-presidential-primary-poll/?test=latestnews',
        phrase: 'has sent investigators to Hawaii looking for answers',
      },
      {
        url: 'http://www.huffingtonpost.com/2011/04/07/donald-trump-obama-birth-_1_n_845989.html',
        phrase: 'He signaled he did, saying, "And they cannot believe what they\'re finding. And I\'m serious."',
      },
    ],
    note: 'HuffPost says only that Trump “signaled” he had people on the ground in Hawaii, in answer to Meredith Vieira’s question.',
  },
  {
    event: '005a2961-0c2e-4575-8eec-770ba52a08e0',
    fact: 'Trump said he would decide by June whether to run for president.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2011/04/07/trump-sends-investigators-hawaii-gains-gop-presidential-primary-poll/?test=latestnews',
        phrase: 'said he will decide by June whether to run',
      },
      {
        url: 'http://www.huffingtonpost.com/2011/04/07/donald-trump-obama-birth-_1_n_845989.html',
        phrase: 'Trump told NBC News in an interview that plans to decide by June whether to run.',
      },
    ],
  },
  {
    event: '005a2961-0c2e-4575-8eec-770ba52a08e0',
    fact: 'In an NBC News/Wall Street Journal poll of the 2012 Republican field, Trump and Mike Huckabee tied for second at 17 percent each, behind Mitt Romney.',
    kind: 'number',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2011/04/07/trump-sends-investigators-hawaii-gains-gop-presidential-primary-poll/?test=latestnews',
        phrase: 'followed by Trump and former Arkansas Gov. Mike Huckabee at 17 percent each',
      },
      {
        url: 'http://www.huffingtonpost.com/2011/04/07/donald-trump-obama-birth-_1_n_845989.html',
        phrase: 'shows Trump tied for 2nd with Mike Huckabee in the 2012 GOP primary field at 17 percent',
      },
    ],
  },
  {
    event: '005a2961-0c2e-4575-8eec-770ba52a08e0',
    fact: 'The same NBC/WSJ poll put Trump first among Republicans who support the Tea Party.',
    kind: 'outcome',
    evidence: [
      {
        url: 'http://thecaucus.blogs.nytimes.com/2011/04/07/trump-plans-meeting-on-arizona-birth-bill/?ref=politics',
        phrase:
          'An NBC News/Wall Street Journal poll showed Mr. Trump as the most favored candidate among Republicans who consider themselves Tea Party supporters.',
      },
      {
        url: 'http://www.huffingtonpost.com/2011/04/07/donald-trump-obama-birth-_1_n_845989.html',
        phrase: 'Trump . . . finishes first among Tea Party supporters (at 20 percent)',
      },
    ],
  },
  // Joe Arpaio endorsed Texas Governor Rick Perry for the Republican presidential nomination
  {
    event: '0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d',
    fact: 'Sheriff Joe Arpaio of Arizona endorsed Rick Perry for the Republican presidential nomination on Tuesday.',
    kind: 'action',
    evidence: [
      {
        url: 'http://latino.foxnews.com/latino/politics/2011/11/29/arizona-sheriff-joe-arpaio-endorses-rick-perry/',
        phrase:
          'endorsed three term Texas Governor Rick Perry for the Republican presidential nomination on Tuesday morning',
      },
      {
        url: 'http://www.huffingtonpost.com/2011/11/29/arizona-sheriff-joe-arpaio-rick-perry_n_1118565.html',
        phrase:
          'announced on Tuesday he will officially endorse Texas Governor Rick Perry for the Republican presidential nomination',
      },
      {
        url: 'http://thecaucus.blogs.nytimes.com/2011/11/29/rick-perry-wins-the-endorsement-of-sheriff-joe-arpaio/?ref=josephmarpaio',
        phrase:
          'On Tuesday he won an endorsement from one of the nation’s most outspoken and controversial public officials on that issue',
      },
    ],
  },
  {
    event: '0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d',
    fact: 'Arpaio made his endorsement in person, campaigning alongside Perry in New Hampshire.',
    kind: 'action',
    evidence: [
      {
        url: 'http://latino.foxnews.com/latino/politics/2011/11/29/arizona-sheriff-joe-arpaio-endorses-rick-perry/',
        phrase: 'during a campaign swing with Mr. Perry through New Hampshire',
      },
      {
        url: 'http://thecaucus.blogs.nytimes.com/2011/11/29/rick-perry-wins-the-endorsement-of-sheriff-joe-arpaio/?ref=josephmarpaio',
        phrase: 'Appearing at Joey’s Diner here, in the southern end of the state, Mr. Arpaio',
      },
    ],
    note: 'The Times places the diner through its dateline, Amherst, N.H.',
  },
  {
    event: '0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d',
    fact: 'Arpaio said no other presidential candidate had done more than Perry to secure the border.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://latino.foxnews.com/latino/politics/2011/11/29/arizona-sheriff-joe-arpaio-endorses-rick-perry/',
        phrase:
          'said that Perry has done more to combat illegal immigration along the U.S. border then any of the other candidates',
      },
      {
        url: 'http://www.huffingtonpost.com/2011/11/29/arizona-sheriff-joe-arpaio-rick-perry_n_1118565.html',
        phrase: 'no candidate for president has done more to secure the border than Governor Rick Perry',
      },
    ],
  },
  {
    event: '0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d',
    fact: 'Perry said that as president he would secure the border within a year.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://latino.foxnews.com/latino/politics/2011/11/29/arizona-sheriff-joe-arpaio-endorses-rick-perry/',
        phrase:
          '"As president, I will secure the border within a year putting thousands more federal boots on the ground',
      },
      {
        url: 'http://www.huffingtonpost.com/2011/11/29/arizona-sheriff-joe-arpaio-rick-perry_n_1118565.html',
        phrase: 'Perry said in a statement that if elected president, he would "secure the border within a year."',
      },
    ],
  },
  {
    event: '0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d',
    fact: 'Perry had been criticized over his positions on illegal immigration before the endorsement.',
    kind: 'outcome',
    evidence: [
      {
        url: 'http://latino.foxnews.com/latino/politics/2011/11/29/arizona-sheriff-joe-arpaio-endorses-rick-perry/',
        phrase:
          'Perry who has faced criticism about his stance on immigration from the Right for his support of DREAM children',
      },
      {
        url: 'http://www.huffingtonpost.com/2011/11/29/arizona-sheriff-joe-arpaio-rick-perry_n_1118565.html',
        phrase: 'His endorsement of Perry comes after the candidate was criticized for his immigration platform',
      },
      {
        url: 'http://thecaucus.blogs.nytimes.com/2011/11/29/rick-perry-wins-the-endorsement-of-sheriff-joe-arpaio/?ref=josephmarpaio',
        phrase: 'Mr. Perry was widely criticized within his own party for backing a state plan',
      },
    ],
    note: 'The outlets name different grounds (support for DREAM children, in-state tuition for children of illegal immigrants, opposing mass deportation), so the grounds are left out.',
  },
  // Donald Trump drops plans to moderate presidential debate
  {
    event: '97566c74-e000-49fb-b091-e6ec6e179de0',
    fact: 'On Tuesday Trump withdrew as moderator of the Newsmax Republican presidential debate.',
    kind: 'decision',
    evidence: [
      {
        url: 'http://thecaucus.blogs.nytimes.com/2011/12/13/trump-wont-go-forward-with-debate/',
        phrase: 'Mr. Trump’s statement on Tuesday that he was bowing out of the Newsmax debate',
      },
      {
        url: 'http://www.foxnews.com/politics/2011/12/13/trump-bows-out-as-moderator-gop-debate-reserves-right-to-run-for-president/',
        phrase:
          'Donald Trump announced Tuesday that he is bowing out as the moderator for a Republican presidential debate',
      },
      {
        url: 'http://www.huffingtonpost.com/2011/12/13/donald-trump-pulling-out-debate_n_1146267.html?ref=politics&ir=Politics',
        phrase: '"I have decided not to be the moderator of the Newsmax debate," Trump said in a statement.',
      },
    ],
  },
  {
    event: '97566c74-e000-49fb-b091-e6ec6e179de0',
    fact: 'Trump said he stepped aside so as to keep his right to run as an independent candidate if the Republicans chose the wrong nominee.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://thecaucus.blogs.nytimes.com/2011/12/13/trump-wont-go-forward-with-debate/',
        phrase: 'is not the right candidate, I am not willing to give up my right to run as an independent candidate.',
      },
      {
        url: 'http://www.foxnews.com/politics/2011/12/13/trump-bows-out-as-moderator-gop-debate-reserves-right-to-run-for-president/',
        phrase:
          'Trump said he wanted to make sure there\'s no "conflict of interest" in case he decides to run as a third-party candidate',
      },
      {
        url: 'http://www.huffingtonpost.com/2011/12/13/donald-trump-pulling-out-debate_n_1146267.html?ref=politics&ir=Politics',
        phrase:
          'Trump said that he was ending the debate because he did not want to "give up my right to run as an independent candidate,"',
      },
    ],
  },
  {
    event: '97566c74-e000-49fb-b091-e6ec6e179de0',
    fact: 'Republican leaders objected to Trump moderating the debate while he would not rule out running himself.',
    kind: 'action',
    evidence: [
      {
        url: 'http://thecaucus.blogs.nytimes.com/2011/12/13/trump-wont-go-forward-with-debate/',
        phrase:
          'Mr. Trump drew considerable criticism from the Republican establishment for moderating a presidential debate while openly saying that he might still run',
      },
      {
        url: 'http://www.foxnews.com/politics/2011/12/13/trump-bows-out-as-moderator-gop-debate-reserves-right-to-run-for-president/',
        phrase:
          "Trump on Tuesday specifically cited Republican National Committee Chairman Reince Priebus' concerns about his involvement.",
      },
      {
        url: 'http://www.huffingtonpost.com/2011/12/13/donald-trump-pulling-out-debate_n_1146267.html?ref=politics&ir=Politics',
        phrase: 'which he claimed the Republican Party was asking him to do if he wanted to moderate the debate',
      },
    ],
    note: 'Fox News and HuffPost report the objections through Trump’s own account (Reince Priebus’s concerns; the party asking him to give up an independent run).',
  },
  {
    event: '97566c74-e000-49fb-b091-e6ec6e179de0',
    fact: 'Only two candidates, Newt Gingrich and Rick Santorum, agreed to take part in the debate; most of the field declined.',
    kind: 'number',
    evidence: [
      {
        url: 'http://thecaucus.blogs.nytimes.com/2011/12/13/trump-wont-go-forward-with-debate/',
        phrase: 'Newt Gingrich and Rick Santorum were the only two Republicans who agreed to participate.',
      },
      {
        url: 'http://www.foxnews.com/politics/2011/12/13/trump-bows-out-as-moderator-gop-debate-reserves-right-to-run-for-president/',
        phrase: 'Rick Santorum agreed to attend early on, other Republican candidates subsequently bowed out.',
      },
      {
        url: 'http://www.huffingtonpost.com/2011/12/13/donald-trump-pulling-out-debate_n_1146267.html?ref=politics&ir=Politics',
        phrase:
          'a majority of those candidates made clear that they would not be turning up, with only Newt Gingrich and Rick Santorum pledging to appear',
      },
    ],
  },
  {
    event: '97566c74-e000-49fb-b091-e6ec6e179de0',
    fact: 'The debate was scheduled for December 27.',
    kind: 'decision',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2011/12/13/trump-bows-out-as-moderator-gop-debate-reserves-right-to-run-for-president/',
        phrase: 'Though the Dec. 27 debate technically is sponsored by Newsmax',
      },
      {
        url: 'http://www.huffingtonpost.com/2011/12/13/donald-trump-pulling-out-debate_n_1146267.html?ref=politics&ir=Politics',
        phrase: 'he is pulling out of his own Dec. 27th debate.',
      },
    ],
  },
  // IRS official who refused to testify facing more scrutiny over scandal
  {
    event: '84678e18-0b79-4570-9c9f-cb1cf88d968e',
    fact: 'Lois Lerner decided to invoke the Fifth Amendment and not answer questions at the House Oversight Committee’s hearing.',
    kind: 'decision',
    evidence: [
      {
        url: 'http://www.nytimes.com/2013/05/23/us/politics/irs-official-denies-misleading-congress.html',
        phrase:
          'She then invoked her Fifth Amendment right against self-incrimination and declined to testify at a House hearing',
      },
      {
        url: 'http://www.foxnews.com/politics/2013/05/23/irs-official-who-refused-to-testify-facing-more-scrutiny-over-scandal-past/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
        phrase: 'The IRS official who refused to testify at a House hearing Wednesday',
      },
      {
        url: 'https://www.huffingtonpost.com/2013/05/21/lois-lerner-irs-scandal_n_3314693.html',
        phrase: 'Lerner announced her plans to plead the Fifth during her testimony in a letter from her lawyer',
      },
    ],
    note: 'HuffPost, written before the hearing, reports her announced plan; Fox News and The Times report that she refused to testify at the hearing.',
  },
  {
    event: '84678e18-0b79-4570-9c9f-cb1cf88d968e',
    fact: 'At the hearing Lerner said she had done nothing wrong and had not given false information to Congress.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://www.nytimes.com/2013/05/23/us/politics/irs-official-denies-misleading-congress.html',
        phrase: 'denied on Wednesday that she had ever provided false information to Congress',
      },
      {
        url: 'http://www.foxnews.com/politics/2013/05/23/irs-official-who-refused-to-testify-facing-more-scrutiny-over-scandal-past/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
        phrase: "Lerner said at Wednesday's hearing that she had done nothing wrong.",
      },
    ],
    note: 'HuffPost has only her lawyer’s letter saying she committed no crime or misrepresentation, written before the hearing, so it is left out.',
  },
  {
    event: '84678e18-0b79-4570-9c9f-cb1cf88d968e',
    fact: 'Lerner was under a House Oversight Committee subpoena to appear at the hearing.',
    kind: 'action',
    evidence: [
      {
        url: 'http://www.nytimes.com/2013/05/23/us/politics/irs-official-denies-misleading-congress.html',
        phrase: 'appeared under subpoena before the House Committee on Oversight and Government Reform',
      },
      {
        url: 'https://www.huffingtonpost.com/2013/05/21/lois-lerner-irs-scandal_n_3314693.html',
        phrase: 'Issa has issued a subpoena to compel Lerner to appear at the hearing.',
      },
    ],
  },
  {
    event: '84678e18-0b79-4570-9c9f-cb1cf88d968e',
    fact: 'Earlier in May, at an American Bar Association meeting, Lerner apologized for the IRS’s targeting of conservative groups.',
    kind: 'action',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2013/05/23/irs-official-who-refused-to-testify-facing-more-scrutiny-over-scandal-past/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
        phrase:
          "at an American Bar Association conference earlier this month, she apologized for the IRS' practice of targeting conservative organizations",
      },
      {
        url: 'https://www.huffingtonpost.com/2013/05/21/lois-lerner-irs-scandal_n_3314693.html',
        phrase:
          "since she apologized for the IRS' inappropriate targeting of conservative groups at a May 10 American Bar Association meeting",
      },
    ],
  },
  {
    event: '84678e18-0b79-4570-9c9f-cb1cf88d968e',
    fact: 'The IRS picked out tax-exempt applications from groups with “Tea Party” or “patriot” in their names for extra review.',
    kind: 'action',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2013/05/23/irs-official-who-refused-to-testify-facing-more-scrutiny-over-scandal-past/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
        phrase:
          'They used names like Tea Party or patriots ... and they selected cases simply because the application had those names',
      },
      {
        url: 'https://www.huffingtonpost.com/2013/05/21/lois-lerner-irs-scandal_n_3314693.html',
        phrase:
          'a more intensive review of applications for tax-exempt status from groups with the name "tea party" or "patriot."',
      },
    ],
    note: 'Fox News carries it in Lerner’s quoted words (“names like Tea Party or patriots”); HuffPost in its own words.',
  },
  // Jan Brewer urged to veto gay discrimination bill
  {
    event: '58ed2376-35a0-453a-a08e-5cd87e3bdea5',
    fact: 'The Arizona Legislature passed SB 1062, which lets business owners cite their religious beliefs to refuse service, notably to gay people.',
    kind: 'action',
    evidence: [
      {
        url: 'http://www.foxnews.com/us/2014/02/26/arizona-gov-jan-brewer-jets-home-amid-furor-over-bill-allowing-denial-service/print',
        phrase:
          'The Arizona Legislature passed a bill last week allowing businesses whose owners cite sincerely held religious beliefs to deny service to gays.',
      },
      {
        url: 'https://www.huffingtonpost.com/2014/02/26/jan-brewer-vetoes_n_4854003.html?ncid=edlinkushpmg00000313&ec_carp=976186401922298178',
        phrase: 'The state legislature passed the bill, known as SB 1062, last week.',
      },
      {
        url: 'https://www.nytimes.com/2014/02/25/us/governor-of-arizona-is-pressed-to-veto-bill.html?ref=us',
        phrase: 'which passed both houses of the Legislature on Thursday',
      },
    ],
  },
  {
    event: '58ed2376-35a0-453a-a08e-5cd87e3bdea5',
    fact: 'Arizona’s two Republican U.S. senators, John McCain and Jeff Flake, urged Brewer to veto the bill.',
    kind: 'action',
    evidence: [
      {
        url: 'http://www.foxnews.com/us/2014/02/26/arizona-gov-jan-brewer-jets-home-amid-furor-over-bill-allowing-denial-service/print',
        phrase: 'both Republican U.S. senators calling for a veto',
      },
      {
        url: 'https://www.huffingtonpost.com/2014/02/26/jan-brewer-vetoes_n_4854003.html?ncid=edlinkushpmg00000313&ec_carp=976186401922298178',
        phrase: "The state's two Republican senators, Jeff Flake and John McCain, called on Brewer to veto it",
      },
      {
        url: 'https://www.nytimes.com/2014/02/25/us/governor-of-arizona-is-pressed-to-veto-bill.html?ref=us',
        phrase: 'both of them saying they hoped Ms. Brewer would veto the bill',
      },
    ],
  },
  {
    event: '58ed2376-35a0-453a-a08e-5cd87e3bdea5',
    fact: 'Some Republican state senators who had voted the bill through now asked for a veto.',
    kind: 'action',
    evidence: [
      {
        url: 'http://www.foxnews.com/us/2014/02/26/arizona-gov-jan-brewer-jets-home-amid-furor-over-bill-allowing-denial-service/print',
        phrase:
          'Some Republican senators who pushed the bill through the Legislature are now calling for a veto as well',
      },
      {
        url: 'https://www.nytimes.com/2014/02/25/us/governor-of-arizona-is-pressed-to-veto-bill.html?ref=us',
        phrase:
          'Republican state senators — Adam Driggs, Steve Pierce and Bob Worsley, all members of the party’s conservative camp — who had helped pass the legislation',
      },
    ],
    note: 'The Times names three senators; Fox News says only “some”, so the number is left out.',
  },
  {
    event: '58ed2376-35a0-453a-a08e-5cd87e3bdea5',
    fact: 'Arizona’s Super Bowl host committee came out against the bill.',
    kind: 'action',
    evidence: [
      {
        url: 'http://www.foxnews.com/us/2014/02/26/arizona-gov-jan-brewer-jets-home-amid-furor-over-bill-allowing-denial-service/print',
        phrase: "the state's Super Bowl Committee and both Republican U.S. senators calling for a veto",
      },
      {
        url: 'https://www.huffingtonpost.com/2014/02/26/jan-brewer-vetoes_n_4854003.html?ncid=edlinkushpmg00000313&ec_carp=976186401922298178',
        phrase: 'the Arizona Super Bowl Host Committee came out against SB 1062',
      },
    ],
  },
  {
    event: '58ed2376-35a0-453a-a08e-5cd87e3bdea5',
    fact: 'Large companies, among them Apple and American Airlines, contacted Brewer to oppose the bill.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.huffingtonpost.com/2014/02/26/jan-brewer-vetoes_n_4854003.html?ncid=edlinkushpmg00000313&ec_carp=976186401922298178',
        phrase:
          'major corporations like Marriott, Apple and American Airlines all wrote to the governor and expressed their opposition',
      },
      {
        url: 'https://www.nytimes.com/2014/02/25/us/governor-of-arizona-is-pressed-to-veto-bill.html?ref=us',
        phrase:
          'An executive from Apple Inc., which plans to build a big manufacturing plant in Mesa, called Ms. Brewer to urge her to reject it',
      },
    ],
    note: 'HuffPost says Apple wrote to the governor, The Times that an Apple executive called her, so the means is left out.',
  },
  // Elizabeth Lauten apologizes for criticizing Obama daughters
  {
    event: '96b7046f-f584-422f-a626-6f86a26dfd8b',
    fact: 'In a Facebook post, Elizabeth Lauten told Sasha and Malia Obama to “try showing a little class”.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.huffingtonpost.com/2014/11/29/elizabeth-lauten-obama-daughters-class_n_6241202.html',
        phrase: 'wrote that the two teenagers should "try showing a little class,"',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/11/30/aide-to-gop-lawmaker-apologizes-for-facebook-post-ripping-obama-daughters.html',
        phrase:
          'Elizabeth Lauten wrote in a now-deleted Facebook post Friday that Malia and Sasha Obama, aged 16 and 13 respectively, should "try showing a little class"',
      },
      {
        url: 'https://www.nytimes.com/2014/12/02/us/gop-aide-quits-after-ridiculing-obamas-daughters.html',
        phrase:
          'wrote an open letter to Sasha and Malia Obama on her Facebook page, saying they should “try showing a little class”',
      },
    ],
  },
  {
    event: '96b7046f-f584-422f-a626-6f86a26dfd8b',
    fact: 'Lauten criticized the girls’ clothes, telling them to dress like they deserve respect, not “a spot at a bar”.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.huffingtonpost.com/2014/11/29/elizabeth-lauten-obama-daughters-class_n_6241202.html',
        phrase: '"dress like you deserve respect, not a spot at a bar,"',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/11/30/aide-to-gop-lawmaker-apologizes-for-facebook-post-ripping-obama-daughters.html',
        phrase: 'described their outfits as more appropriate for "a spot at the bar."',
      },
      {
        url: 'https://www.nytimes.com/2014/12/02/us/gop-aide-quits-after-ridiculing-obamas-daughters.html',
        phrase: 'and “dress like you deserve respect, not a spot at a bar.”',
      },
    ],
  },
  {
    event: '96b7046f-f584-422f-a626-6f86a26dfd8b',
    fact: 'Lauten wrote that the girls’ parents did not respect their positions or the nation.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.huffingtonpost.com/2014/11/29/elizabeth-lauten-obama-daughters-class_n_6241202.html',
        phrase:
          'Then again your mother and father don’t respect their positions very much, or the nation for that matter',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/11/30/aide-to-gop-lawmaker-apologizes-for-facebook-post-ripping-obama-daughters.html',
        phrase: 'The communications pro also took a shot at President Obama and the first lady',
      },
      {
        url: 'https://www.nytimes.com/2014/12/02/us/gop-aide-quits-after-ridiculing-obamas-daughters.html',
        phrase: 'because their parents “don’t respect their positions very much, or the nation for that matter.”',
      },
    ],
  },
  {
    event: '96b7046f-f584-422f-a626-6f86a26dfd8b',
    fact: 'Lauten told the girls not to make faces during televised public events.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.huffingtonpost.com/2014/11/29/elizabeth-lauten-obama-daughters-class_n_6241202.html',
        phrase: 'and, most of all, "don\'t make faces" at Very Serious public events.',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/11/30/aide-to-gop-lawmaker-apologizes-for-facebook-post-ripping-obama-daughters.html',
        phrase: 'And certainly don’t make faces during televised, public events."',
      },
    ],
  },
  {
    event: '96b7046f-f584-422f-a626-6f86a26dfd8b',
    fact: 'Lauten later apologized for the post.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.huffingtonpost.com/2014/11/29/elizabeth-lauten-obama-daughters-class_n_6241202.html',
        phrase: 'Lauten later apologized for rushing to judgment on Facebook.',
      },
      {
        url: 'http://www.foxnews.com/politics/2014/11/30/aide-to-gop-lawmaker-apologizes-for-facebook-post-ripping-obama-daughters.html',
        phrase: 'Lauten later apologized for her original post',
      },
      {
        url: 'https://www.nytimes.com/2014/12/02/us/gop-aide-quits-after-ridiculing-obamas-daughters.html',
        phrase: 'later posted an apology for her “hurtful” words',
      },
    ],
    note: 'HuffPost dates the apology to Friday, Fox News to Saturday; the day is left out.',
  },
];
