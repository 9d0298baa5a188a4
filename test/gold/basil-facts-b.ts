import type { BasilFact } from './basil-facts.ts';

/** Gold facts of six more BASIL events, written under the guidelines of basil-facts.ts. */
export const BASIL_FACTS_B: BasilFact[] = [
  // Mike Huckabee announced his run for the presidency
  {
    event: 'af4a3f41-eeb5-49fa-a276-e97c230b25f0',
    fact: 'Mike Huckabee announced on Tuesday that he is running for president.',
    kind: 'decision',
    evidence: [
      {
        url: 'http://www.huffingtonpost.com/2015/05/05/mike-huckabee-2016_n_7120826.html',
        phrase: "announced Tuesday he'll run for the 2016 Republican presidential nomination",
      },
      {
        url: 'https://www.nytimes.com/2015/05/06/us/politics/mike-huckabee-on-the-issues.html',
        phrase: 'who has announced his run for the presidency on Tuesday',
      },
      {
        url: 'http://www.foxnews.com/politics/2015/05/05/huckabee-announces-2016-white-house-bid.html',
        phrase: 'Former Arkansas Gov. Mike Huckabee announced Tuesday he is running for president',
      },
    ],
  },
  {
    event: 'af4a3f41-eeb5-49fa-a276-e97c230b25f0',
    fact: 'Huckabee made the announcement in his hometown of Hope, Arkansas.',
    kind: 'action',
    evidence: [
      {
        url: 'http://www.huffingtonpost.com/2015/05/05/mike-huckabee-2016_n_7120826.html',
        phrase: 'Huckabee made the announcement in his hometown of Hope, Arkansas.',
      },
      {
        url: 'http://www.foxnews.com/politics/2015/05/05/huckabee-announces-2016-white-house-bid.html',
        phrase: 'made the announcement in his hometown of Hope, Ark.',
      },
    ],
  },
  {
    event: 'af4a3f41-eeb5-49fa-a276-e97c230b25f0',
    fact: 'In his announcement speech, Huckabee vowed to conquer jihadism.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://www.huffingtonpost.com/2015/05/05/mike-huckabee-2016_n_7120826.html',
        phrase: 'Huckabee said that he would "conquer Jihadism" and protect Social Security',
      },
      {
        url: 'http://www.foxnews.com/politics/2015/05/05/huckabee-announces-2016-white-house-bid.html',
        phrase: 'we will no longer try to contain Jihadism. We will conquer it.',
      },
    ],
  },
  {
    event: 'af4a3f41-eeb5-49fa-a276-e97c230b25f0',
    fact: 'Huckabee had left his job as a Fox News host earlier in the year.',
    kind: 'action',
    evidence: [
      {
        url: 'http://www.huffingtonpost.com/2015/05/05/mike-huckabee-2016_n_7120826.html',
        phrase: 'quit his job hosting his own Fox News show, "Huckabee," in January.',
      },
      {
        url: 'http://www.foxnews.com/politics/2015/05/05/huckabee-announces-2016-white-house-bid.html',
        phrase: 'who left his job as a Fox News host earlier this year in preparation for a potential 2016 run',
      },
    ],
  },
  {
    event: 'af4a3f41-eeb5-49fa-a276-e97c230b25f0',
    fact: 'Huckabee opposes raising the minimum wage.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.nytimes.com/2015/05/06/us/politics/mike-huckabee-on-the-issues.html',
        phrase: 'the former governor has opposed calls for a higher minimum wage, calling it government intrusion',
      },
      {
        url: 'http://www.foxnews.com/politics/2015/05/05/huckabee-announces-2016-white-house-bid.html',
        phrase: 'He rejects calls for a minimum wage hike',
      },
    ],
  },
  // Obama to meet with Bernie Sanders
  {
    event: 'eadabee7-3db9-43c4-a485-3e8b1882cd3c',
    fact: 'The meeting between Obama and Sanders was held at Sanders’s request.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.huffingtonpost.com/entry/barack-obama-bernie-sanders-meeting_us_575798c3e4b08f74f6c098cb',
        phrase: "will meet with Sanders on Thursday, at Sanders' request",
      },
      {
        url: 'https://mobile.nytimes.com/2016/06/10/us/politics/bernie-sanders-obama-washington.html',
        phrase: 'Mr. Sanders, who requested the meeting with the president',
      },
    ],
  },
  {
    event: 'eadabee7-3db9-43c4-a485-3e8b1882cd3c',
    fact: 'The meeting lasted more than an hour.',
    kind: 'number',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2016/06/09/obama-endorses-clinton-for-president-on-heels-sanders-meeting.html',
        phrase: 'They met for over an hour',
      },
      {
        url: 'https://mobile.nytimes.com/2016/06/10/us/politics/bernie-sanders-obama-washington.html',
        phrase: 'After the meeting with Mr. Obama, which lasted more than an hour',
      },
    ],
  },
  {
    event: 'eadabee7-3db9-43c4-a485-3e8b1882cd3c',
    fact: 'Shortly after the meeting, Obama endorsed Hillary Clinton in a video.',
    kind: 'action',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2016/06/09/obama-endorses-clinton-for-president-on-heels-sanders-meeting.html',
        phrase: 'in a video message posted just moments after meeting with her primary rival Bernie Sanders',
      },
      {
        url: 'https://mobile.nytimes.com/2016/06/10/us/politics/bernie-sanders-obama-washington.html',
        phrase: 'Shortly after their meeting, Mr. Obama endorsed Mrs. Clinton in a video.',
      },
    ],
  },
  {
    event: 'eadabee7-3db9-43c4-a485-3e8b1882cd3c',
    fact: 'After the meeting, Sanders said he would do everything in his power to keep Donald Trump from becoming president.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2016/06/09/obama-endorses-clinton-for-president-on-heels-sanders-meeting.html',
        phrase: 'saying he’ll do everything in his power to prevent Trump’s election',
      },
      {
        url: 'https://mobile.nytimes.com/2016/06/10/us/politics/bernie-sanders-obama-washington.html',
        phrase:
          'said afterward that he would do everything within his power to stop Donald J. Trump from becoming president',
      },
    ],
  },
  {
    event: 'eadabee7-3db9-43c4-a485-3e8b1882cd3c',
    fact: 'Sanders said he would still compete in the coming Washington, D.C., primary.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2016/06/09/obama-endorses-clinton-for-president-on-heels-sanders-meeting.html',
        phrase: 'said he still plans to compete in next Tuesday’s Washington, D.C., primary',
      },
      {
        url: 'https://mobile.nytimes.com/2016/06/10/us/politics/bernie-sanders-obama-washington.html',
        phrase: 'insisting that he would compete in next week’s primary contest here in Washington',
      },
    ],
  },
  // Donald Trump Jr. messaged with WikiLeaks
  {
    event: 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2',
    fact: 'On Monday Trump Jr. posted on Twitter the messages he had exchanged with WikiLeaks.',
    kind: 'action',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2017/11/13/donald-trump-jr-releases-messages-with-wikileaks-from-before-election.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
        phrase: 'In a series of tweets, Trump Jr. produced “the entire chain of messages with @wikileaks',
      },
      {
        url: 'https://mobile.nytimes.com/2017/11/13/us/politics/donald-trump-jr-wikileaks-emails-democrats.html',
        phrase: 'Mr. Trump on Monday night releasedseveralscreen shots of his messages with WikiLeaks.',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/donald-trump-jr-wikileaks_us_5a0a1277e4b0bc648a0d431e',
        phrase: 'confirmed his correspondence with WikiLeaks, posting several screenshots of the Twitter messages',
      },
    ],
  },
  {
    event: 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2',
    fact: 'The messages had been handed over to congressional investigators.',
    kind: 'action',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2017/11/13/donald-trump-jr-releases-messages-with-wikileaks-from-before-election.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
        phrase: 'The messages obtained by The Atlantic were turned over to investigators by Trump Jr.’s attorneys.',
      },
      {
        url: 'https://mobile.nytimes.com/2017/11/13/us/politics/donald-trump-jr-wikileaks-emails-democrats.html',
        phrase: 'handed over Twitter messages he exchanged with WikiLeaks to several congressional committees',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/donald-trump-jr-wikileaks_us_5a0a1277e4b0bc648a0d431e',
        phrase: 'The messages were given to congressional investigators',
      },
    ],
  },
  {
    event: 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2',
    fact: 'Trump Jr.’s lawyer, Alan Futerfas, said they had no concerns about the documents.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2017/11/13/donald-trump-jr-releases-messages-with-wikileaks-from-before-election.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
        phrase: 'we can say with confidence that we have no concerns about these documents',
      },
      {
        url: 'https://mobile.nytimes.com/2017/11/13/us/politics/donald-trump-jr-wikileaks-emails-democrats.html',
        phrase: '“We can say with confidence that we have no concerns about these documents',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/donald-trump-jr-wikileaks_us_5a0a1277e4b0bc648a0d431e',
        phrase: '“We can say with confidence that we have no concerns about these documents',
      },
    ],
  },
  {
    event: 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2',
    fact: 'In October 2016 WikiLeaks asked Trump Jr. to comment on or push a story about Hillary Clinton wanting to “just drone” Julian Assange.',
    kind: 'action',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2017/11/13/donald-trump-jr-releases-messages-with-wikileaks-from-before-election.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
        phrase:
          'WikiLeaks urged Trump Jr. to “comment on/push this story” about then-Democratic presidential nominee Hillary Clinton',
      },
      {
        url: 'https://mobile.nytimes.com/2017/11/13/us/politics/donald-trump-jr-wikileaks-emails-democrats.html',
        phrase: '“Hiya, it’d be great if you guys could comment on/push this story,” WikiLeaks said',
      },
    ],
  },
  {
    event: 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2',
    fact: 'Julian Assange said on Twitter that he could not confirm the messages with Trump Jr.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2017/11/13/donald-trump-jr-releases-messages-with-wikileaks-from-before-election.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
        phrase: 'saying that the organization couldn’t “confirm” the messages with Trump Jr.',
      },
      {
        url: 'https://mobile.nytimes.com/2017/11/13/us/politics/donald-trump-jr-wikileaks-emails-democrats.html',
        phrase:
          'Mr. Assange said on Twitter that he could not confirm whether the group had corresponded with Mr. Trump.',
      },
    ],
  },
  // House Intelligence committee prepares to subpoena Michael Flynn
  {
    event: 'df6a55fb-dfe5-4362-89a6-8c040d648a70',
    fact: 'The House Intelligence Committee will issue subpoenas to Michael Flynn, Adam Schiff said on Wednesday.',
    kind: 'decision',
    evidence: [
      {
        url: 'https://www.huffingtonpost.com/entry/adam-schiff-michael-flynn-subpoeans-russia_us_5925a615e4b0650cc020f765?ec_carp=994865645204495350',
        phrase: 'The House intelligence committee is preparing to issue subpoenas against Michael Flynn',
      },
      {
        url: 'https://mobile.nytimes.com/2017/05/24/us/politics/flynn-subpoena-house-intelligence-committee.html',
        phrase: 'The House Intelligence Committee will issue subpoenas to Michael T. Flynn',
      },
    ],
  },
  {
    event: 'df6a55fb-dfe5-4362-89a6-8c040d648a70',
    fact: 'Flynn had declined the House committee’s request for documents.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.huffingtonpost.com/entry/adam-schiff-michael-flynn-subpoeans-russia_us_5925a615e4b0650cc020f765?ec_carp=994865645204495350',
        phrase: 'denied a request to voluntarily turn over documents related to the committee’s Russia probe',
      },
      {
        url: 'https://mobile.nytimes.com/2017/05/24/us/politics/flynn-subpoena-house-intelligence-committee.html',
        phrase: 'said Mr. Flynn had declined the panel’s request for documents and an interview',
      },
    ],
    note: 'The Times adds that Flynn also declined an interview; HuffPost names only documents.',
  },
  {
    event: 'df6a55fb-dfe5-4362-89a6-8c040d648a70',
    fact: 'Schiff said the subpoenas would be designed to maximize the committee’s chance of getting the information it needs.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.huffingtonpost.com/entry/adam-schiff-michael-flynn-subpoeans-russia_us_5925a615e4b0650cc020f765?ec_carp=994865645204495350',
        phrase:
          '“will be designed to maximize our chance of getting the information that we need,” Schiff told reporters',
      },
      {
        url: 'https://mobile.nytimes.com/2017/05/24/us/politics/flynn-subpoena-house-intelligence-committee.html',
        phrase: '“Those subpoenas will be designed to maximize our chance of getting the information that we need,”',
      },
    ],
  },
  {
    event: 'df6a55fb-dfe5-4362-89a6-8c040d648a70',
    fact: 'Citing his Fifth Amendment right against self-incrimination, Flynn, through his lawyer, refused to comply with a Senate Intelligence Committee subpoena.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.huffingtonpost.com/entry/adam-schiff-michael-flynn-subpoeans-russia_us_5925a615e4b0650cc020f765?ec_carp=994865645204495350',
        phrase:
          'Citing the Fifth Amendment right against self-incrimination, Flynn’s lawyer said on Monday that Flynn would not comply',
      },
      {
        url: 'http://www.foxnews.com/politics/2017/05/23/senate-intel-panel-subpoenas-two-flynn-businesses-in-russia-probe.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fpolitics+%28Internal+-+Politics+-+Text%29',
        phrase:
          'his client will invoke his Fifth Amendment protection against self-incrimination and not comply with the committee’s subpoena',
      },
      {
        url: 'https://mobile.nytimes.com/2017/05/24/us/politics/flynn-subpoena-house-intelligence-committee.html',
        phrase:
          'rejected a subpoena for documents from the Senate committee, citing the Fifth Amendment’s protections against self-incrimination',
      },
    ],
  },
  {
    event: 'df6a55fb-dfe5-4362-89a6-8c040d648a70',
    fact: 'On Tuesday the Senate Intelligence Committee subpoenaed two of Flynn’s businesses.',
    kind: 'action',
    evidence: [
      {
        url: 'https://www.huffingtonpost.com/entry/adam-schiff-michael-flynn-subpoeans-russia_us_5925a615e4b0650cc020f765?ec_carp=994865645204495350',
        phrase: 'The Senate committee responded with two additional subpoenas on Tuesday targeting Flynn’s businesses.',
      },
      {
        url: 'http://www.foxnews.com/politics/2017/05/23/senate-intel-panel-subpoenas-two-flynn-businesses-in-russia-probe.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fpolitics+%28Internal+-+Politics+-+Text%29',
        phrase: "said Tuesday they had subpoenaed two of former National Security Adviser Michael Flynn's businesses",
      },
      {
        url: 'https://mobile.nytimes.com/2017/05/24/us/politics/flynn-subpoena-house-intelligence-committee.html',
        phrase: 'issued subpoenas Tuesday afternoon to Mr. Flynn’s two firms',
      },
    ],
  },
  // Peter Strzok fired from FBI
  {
    event: '2a3fde8a-082a-4d8f-9567-f7e8366c0200',
    fact: 'FBI Deputy Director David Bowdich had Strzok fired, overruling the bureau’s Office of Professional Responsibility, according to Strzok’s lawyer.',
    kind: 'decision',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2018/08/13/fbi-fires-peter-strzok-months-after-anti-trump-texts-revealed.html',
        phrase:
          "Goelman said bureau Deputy Director David Bowdich “overruled” the FBI's Office of Professional Responsibility to remove him.",
      },
      {
        url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
        phrase: 'David Bowdich, had overruled the Office of Professional Responsibility and fired Mr. Strzok',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/fbi-peter-strzok-fired_us_5b719e9de4b0ae32af9a1941',
        phrase: 'Strzok was fired late Friday afternoon on the orders of FBI Deputy Director David Bowdich',
      },
    ],
  },
  {
    event: '2a3fde8a-082a-4d8f-9567-f7e8366c0200',
    fact: 'The career FBI official in charge of discipline had recommended a 60-day suspension and a demotion for Strzok.',
    kind: 'number',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2018/08/13/fbi-fires-peter-strzok-months-after-anti-trump-texts-revealed.html',
        phrase: 'that a 60-day suspension and demotion from supervisory duties was the appropriate punishment',
      },
      {
        url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
        phrase: 'said that Mr. Strzok should be suspended for 60 days and demoted',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/fbi-peter-strzok-fired_us_5b719e9de4b0ae32af9a1941',
        phrase: 'despite an FBI career official’s recommendation that Strzok face a 60-day suspension and a demotion',
      },
    ],
  },
  {
    event: '2a3fde8a-082a-4d8f-9567-f7e8366c0200',
    fact: 'Strzok’s lawyer, Aitan Goelman, called the firing a departure from the bureau’s usual practice.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2018/08/13/fbi-fires-peter-strzok-months-after-anti-trump-texts-revealed.html',
        phrase: 'claiming this was a departure from standard practice and politically motivated',
      },
      {
        url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
        phrase: 'The decision to fire Special Agent Strzok is not only a departure from typical bureau practice',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/fbi-peter-strzok-fired_us_5b719e9de4b0ae32af9a1941',
        phrase: 'Goelman called the decision “a departure from typical Bureau practice”',
      },
    ],
  },
  {
    event: '2a3fde8a-082a-4d8f-9567-f7e8366c0200',
    fact: 'Strzok said on Twitter that he was deeply saddened by the decision.',
    kind: 'statement',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2018/08/13/fbi-fires-peter-strzok-months-after-anti-trump-texts-revealed.html',
        phrase: 'saying he\'s "deeply saddened" by the decision and linking to a GoFundMe page',
      },
      {
        url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
        phrase: 'On Twitter, Mr. Strzok said he was “deeply saddened by this decision,”',
      },
    ],
  },
  {
    event: '2a3fde8a-082a-4d8f-9567-f7e8366c0200',
    fact: 'President Trump welcomed the firing on Twitter on Monday.',
    kind: 'action',
    evidence: [
      {
        url: 'http://www.foxnews.com/politics/2018/08/13/fbi-fires-peter-strzok-months-after-anti-trump-texts-revealed.html',
        phrase:
          'Reacting to the firing, the president tweeted, "finally," while asking whether the Russia case will now be dropped',
      },
      {
        url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
        phrase: 'on Monday expressed satisfaction that he had been sacked',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/fbi-peter-strzok-fired_us_5b719e9de4b0ae32af9a1941',
        phrase:
          'Trump celebrated Strzok’s firing on Twitter, writing Monday that the investigation into his campaign “should be dropped”',
      },
    ],
  },
  // Trump intends to end birthright citizenship
  {
    event: 'f688c56d-7fae-42ef-b7f7-7db207b58d27',
    fact: 'In an interview with Axios, Trump said he was looking to end birthright citizenship by executive order.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.foxnews.com/politics/trump-promises-birthright-citizenship-will-be-ended-one-way-or-the-other',
        phrase: 'He said he wants to use an executive order to end the practice',
      },
      {
        url: 'https://www.nytimes.com/2018/10/30/us/politics/trump-birthright-citizenship.html',
        phrase:
          'President Trump said he was preparing an executive order that would nullify the long-accepted constitutional guarantee of birthright citizenship',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
        phrase: 'President Donald Trump said he’s considering an executive order to remove the right to citizenship',
      },
    ],
  },
  {
    event: 'f688c56d-7fae-42ef-b7f7-7db207b58d27',
    fact: 'Trump said he had believed a constitutional amendment was needed but had now been told he could make the change by executive order.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.nytimes.com/2018/10/30/us/politics/trump-birthright-citizenship.html',
        phrase:
          'he initially believed he needed a constitutional amendment or action by Congress to make the change, the White House Counsel’s Office has advised him otherwise',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
        phrase:
          '“It was always told to me that you needed a constitutional amendment. Guess what? You don’t,” Trump said.',
      },
    ],
  },
  {
    event: 'f688c56d-7fae-42ef-b7f7-7db207b58d27',
    fact: 'Trump claimed that the United States is the only country in the world that grants citizenship to babies born on its soil.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.foxnews.com/politics/trump-promises-birthright-citizenship-will-be-ended-one-way-or-the-other',
        phrase: 'we’re the only country in the world where a person comes in, has a baby',
      },
      {
        url: 'https://www.nytimes.com/2018/10/30/us/politics/trump-birthright-citizenship.html',
        phrase: '“We’re the only country in the world where a person comes in and has a baby',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
        phrase: 'Trump also falsely stated that the U.S. is “the only country in the world” that offers citizenship',
      },
    ],
  },
  {
    event: 'f688c56d-7fae-42ef-b7f7-7db207b58d27',
    fact: 'House Speaker Paul Ryan told the radio station WVLK that birthright citizenship cannot be ended by executive order.',
    kind: 'statement',
    evidence: [
      {
        url: 'https://www.foxnews.com/politics/trump-promises-birthright-citizenship-will-be-ended-one-way-or-the-other',
        phrase: 'said that “you cannot end birthright citizenship with an executive order.”',
      },
      {
        url: 'https://www.nytimes.com/2018/10/30/us/politics/trump-birthright-citizenship.html',
        phrase:
          'said in an interview that the president “obviously” cannot eviscerate birthright citizenship by executive order',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
        phrase:
          '“You cannot end birthright citizenship with an executive order,” the House speaker said Tuesday on WVLK Radio',
      },
    ],
  },
  {
    event: 'f688c56d-7fae-42ef-b7f7-7db207b58d27',
    fact: 'Senator Lindsey Graham announced that he would introduce legislation on birthright citizenship.',
    kind: 'decision',
    evidence: [
      {
        url: 'https://www.foxnews.com/politics/trump-promises-birthright-citizenship-will-be-ended-one-way-or-the-other',
        phrase:
          'announced he will be introducing legislation “to deal with the issue of birthright citizenship for children of illegal immigrants”',
      },
      {
        url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
        phrase:
          'Sen. Lindsey Graham (R-S.C.) announced Tuesday that he would introduce legislation “along the same lines as the proposed executive order from President Trump”',
      },
    ],
  },
];
