/**
 * Gold DISPUTES and CHAINS OF REPORTING of 6 further BASIL events (../shared/bench/basil), the events of
 * basil-facts-b.ts, each told by The New York Times, Fox News and HuffPost. Written under the guidelines of
 * basil-disputes.ts (see its head comment: kinds 'value', 'denial', 'actor', 'reversal'; what is not a dispute;
 * sides with `by`; chains with speaker and via), from a careful reading of the texts alone, all three articles of
 * each event read in full, independently of the pipeline.
 *
 * - phrase: 5–30 words copied character for character from the JSON-decoded `text` (curly or straight quotes and
 *   apostrophes as they are there), occurring exactly once in that article's text. All phrases were checked by
 *   script, and every dispute has at least two sides.
 * - Left out as not disputes: the standing of Huckabee against Ben Carson in HuffPost Pollster and in the NBC/Wall
 *   Street Journal poll (two different polls); "more than 5,000" and 5,200 troops sent to the border (compatible).
 * - The texts stay in ../shared/bench/basil; only these short phrases are copied here.
 */

import type { BasilChain, BasilEventDisputes } from './basil-disputes.ts';

export const BASIL_DISPUTES_B: BasilEventDisputes[] = [
  {
    event: 'af4a3f41-eeb5-49fa-a276-e97c230b25f0',
    title: 'Mike Huckabee on the Issues',
    disputes: [
      {
        event: 'af4a3f41-eeb5-49fa-a276-e97c230b25f0',
        kind: 'reversal',
        about:
          'Huckabee called in 2002 for lifting the Cuba embargo; he now opposes Obama’s warming of relations with Havana.',
        sides: [
          {
            url: 'https://www.nytimes.com/2015/05/06/us/politics/mike-huckabee-on-the-issues.html',
            phrase: 'As governor of Arkansas in 2002, he called for lifting the economic embargo of Cuba',
            by: 'Mike Huckabee',
          },
          {
            url: 'https://www.nytimes.com/2015/05/06/us/politics/mike-huckabee-on-the-issues.html',
            phrase:
              'But he now opposes Mr. Obama’s warming of relations with Havana, calling Cuba’s government tyrannical.',
            by: 'Mike Huckabee',
          },
        ],
      },
      {
        event: 'af4a3f41-eeb5-49fa-a276-e97c230b25f0',
        kind: 'reversal',
        about: 'Huckabee said in 2007 that climate change is real; more recently he has minimized it as a threat.',
        sides: [
          {
            url: 'https://www.nytimes.com/2015/05/06/us/politics/mike-huckabee-on-the-issues.html',
            phrase: 'In 2007 Mr. Huckabee was quoted as saying, “Climate change is here, it’s real.”',
            by: 'Mike Huckabee',
          },
          {
            url: 'https://www.nytimes.com/2015/05/06/us/politics/mike-huckabee-on-the-issues.html',
            phrase:
              'But more recently he has minimized it as a threat, and said he opposes “cap and trade” legislation',
            by: 'Mike Huckabee',
          },
        ],
      },
    ],
  },
  {
    event: 'eadabee7-3db9-43c4-a485-3e8b1882cd3c',
    title: 'Bernie Sanders Meets President Obama and Pledges to Work to Defeat Donald Trump',
    disputes: [
      {
        event: 'eadabee7-3db9-43c4-a485-3e8b1882cd3c',
        kind: 'denial',
        about:
          'HuffPost and The Times say Obama pressed Sanders to leave the race; Sanders thanks Obama for his impartiality throughout.',
        sides: [
          {
            url: 'https://www.huffingtonpost.com/entry/barack-obama-bernie-sanders-meeting_us_575798c3e4b08f74f6c098cb',
            phrase: 'In recent months, Obama has privately suggested that Sanders drop out of the race',
            by: 'HuffPost',
          },
          {
            url: 'https://mobile.nytimes.com/2016/06/10/us/politics/bernie-sanders-obama-washington.html',
            phrase: 'Mr. Obama was trying to negotiate, however gently, with him to exit the Democratic race',
            by: 'The New York Times',
          },
          {
            url: 'http://www.foxnews.com/politics/2016/06/09/obama-endorses-clinton-for-president-on-heels-sanders-meeting.html',
            phrase: 'And Sanders thanked Obama for his “impartiality” throughout the process.',
            by: 'Bernie Sanders',
          },
          {
            url: 'http://www.foxnews.com/politics/2016/06/09/obama-endorses-clinton-for-president-on-heels-sanders-meeting.html',
            phrase:
              'He said he and Vice President Biden lived up to their pledge not to put their “thumb on the scales.”',
            by: 'Bernie Sanders',
          },
        ],
        note: 'Sanders does not answer the reports of private pressure; the two accounts of Obama’s role during the primaries are at odds as stated.',
      },
    ],
  },
  {
    event: 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2',
    title: 'Donald Trump Jr. Communicated With WikiLeaks During Campaign',
    disputes: [
      {
        event: 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2',
        kind: 'denial',
        about:
          'The Atlantic reports, and Trump Jr. confirms, his message exchange with WikiLeaks; Assange says he cannot confirm it and calls the presentation edited and out of context.',
        sides: [
          {
            url: 'http://www.foxnews.com/politics/2017/11/13/donald-trump-jr-releases-messages-with-wikileaks-from-before-election.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
            phrase:
              'The Atlantic first reported on Monday that Trump Jr. received a private message from the WikiLeaks Twitter account',
            by: 'The Atlantic',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/donald-trump-jr-wikileaks_us_5a0a1277e4b0bc648a0d431e',
            phrase:
              'Trump Jr. later on Monday confirmed his correspondence with WikiLeaks, posting several screenshots of the Twitter messages.',
            by: 'Donald Trump Jr.',
          },
          {
            url: 'https://mobile.nytimes.com/2017/11/13/us/politics/donald-trump-jr-wikileaks-emails-democrats.html',
            phrase:
              'Mr. Assange said on Twitter that he could not confirm whether the group had corresponded with Mr. Trump.',
            by: 'Julian Assange',
          },
          {
            url: 'http://www.foxnews.com/politics/2017/11/13/donald-trump-jr-releases-messages-with-wikileaks-from-before-election.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
            phrase: 'the Atlantic’s presentation is edited and clearly does not have the full context',
            by: 'Julian Assange',
          },
          {
            url: 'http://www.foxnews.com/politics/2017/11/13/donald-trump-jr-releases-messages-with-wikileaks-from-before-election.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
            phrase:
              'Assange also claimed that the “full text of alleged DMs with context provides a different reading, unsurprisingly.”',
            by: 'Julian Assange',
          },
        ],
      },
      {
        event: 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2',
        kind: 'actor',
        about:
          'Who sought whom: Assange says Trump Jr. was rebuffed like others who asked WikiLeaks; the messages reported show WikiLeaks making the requests of Trump Jr.',
        sides: [
          {
            url: 'http://www.foxnews.com/politics/2017/11/13/donald-trump-jr-releases-messages-with-wikileaks-from-before-election.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
            phrase: 'Trump Jr. was rebuffed just like Cambridge Analytica.',
            by: 'Julian Assange',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/donald-trump-jr-wikileaks_us_5a0a1277e4b0bc648a0d431e',
            phrase: 'The messages are mostly from WikiLeaks to the president’s son',
            by: 'HuffPost',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/donald-trump-jr-wikileaks_us_5a0a1277e4b0bc648a0d431e',
            phrase:
              'The organization made multiple requests of Trump Jr., asking him to provide his father’s tax returns',
            by: 'HuffPost',
          },
          {
            url: 'https://mobile.nytimes.com/2017/11/13/us/politics/donald-trump-jr-wikileaks-emails-democrats.html',
            phrase:
              'WikiLeaks asked Mr. Trump to have his father tweet a link to a site where users could search through hacked emails',
            by: 'The New York Times',
          },
        ],
        note: 'Assange: “WikiLeaks loves its pending publications and ignores those who ask for details”, i.e. Trump Jr. as the one asking.',
      },
      {
        event: 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2',
        kind: 'denial',
        about:
          'Pence said before the election that the campaign had not been in contact with WikiLeaks; Trump Jr. corresponded with WikiLeaks during the campaign.',
        sides: [
          {
            url: 'https://www.huffingtonpost.com/entry/donald-trump-jr-wikileaks_us_5a0a1277e4b0bc648a0d431e',
            phrase: 'claimed the campaign had not been in contact with WikiLeaks',
            by: 'Mike Pence',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/donald-trump-jr-wikileaks_us_5a0a1277e4b0bc648a0d431e',
            phrase:
              'Weeks before the election, asked if the campaign was “in cahoots” with WikiLeaks, Pence denied it.',
            by: 'Mike Pence',
          },
          {
            url: 'https://mobile.nytimes.com/2017/11/13/us/politics/donald-trump-jr-wikileaks-emails-democrats.html',
            phrase:
              'Donald Trump Jr. had multiple online conversations during the 2016 presidential campaign with WikiLeaks',
            by: 'four congressional officials',
          },
          {
            url: 'http://www.foxnews.com/politics/2017/11/13/donald-trump-jr-releases-messages-with-wikileaks-from-before-election.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
            phrase:
              'corresponded with WikiLeaks before the 2016 presidential election, a dialogue of which the president’s son confirmed',
            by: 'Donald Trump Jr.',
          },
        ],
        note: 'Pence’s press secretary now says he was never aware of any such contact and learned of it from the report.',
      },
    ],
  },
  {
    event: 'df6a55fb-dfe5-4362-89a6-8c040d648a70',
    title: 'House Intelligence Committee Will Subpoena Flynn, Schiff Says',
    disputes: [
      {
        event: 'df6a55fb-dfe5-4362-89a6-8c040d648a70',
        kind: 'denial',
        about:
          'Flynn invokes the Fifth Amendment to refuse the Senate committee’s subpoena for documents; committee leaders and Schiff dispute that the Fifth covers documents or his businesses.',
        sides: [
          {
            url: 'https://www.huffingtonpost.com/entry/adam-schiff-michael-flynn-subpoeans-russia_us_5925a615e4b0650cc020f765?ec_carp=994865645204495350',
            phrase:
              'Citing the Fifth Amendment right against self-incrimination, Flynn’s lawyer said on Monday that Flynn would not comply',
            by: 'Flynn’s lawyer',
          },
          {
            url: 'http://www.foxnews.com/politics/2017/05/23/senate-intel-panel-subpoenas-two-flynn-businesses-in-russia-probe.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fpolitics+%28Internal+-+Politics+-+Text%29',
            phrase:
              'his client will invoke his Fifth Amendment protection against self-incrimination and not comply with the committee’s subpoena',
            by: 'Flynn’s lawyer',
          },
          {
            url: 'http://www.foxnews.com/politics/2017/05/23/senate-intel-panel-subpoenas-two-flynn-businesses-in-russia-probe.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fpolitics+%28Internal+-+Politics+-+Text%29',
            phrase:
              'questioning whether his client can indeed invoke the Fifth Amendment to avoid turning over documents',
            by: 'Sen. Richard Burr (the committee’s letter)',
          },
          {
            url: 'http://www.foxnews.com/politics/2017/05/23/senate-intel-panel-subpoenas-two-flynn-businesses-in-russia-probe.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fpolitics+%28Internal+-+Politics+-+Text%29',
            phrase: '"A business does not have the right to take the fifth," Warner told reporters.',
            by: 'Sen. Mark Warner',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/adam-schiff-michael-flynn-subpoeans-russia_us_5925a615e4b0650cc020f765?ec_carp=994865645204495350',
            phrase: 'the Fifth Amendment right not to provide materials or documents is limited',
            by: 'Rep. Adam Schiff',
          },
        ],
      },
      {
        event: 'df6a55fb-dfe5-4362-89a6-8c040d648a70',
        kind: 'denial',
        about: 'Flynn offers to testify in exchange for immunity; Burr dismisses the option and Schiff is skeptical.',
        sides: [
          {
            url: 'https://mobile.nytimes.com/2017/05/24/us/politics/flynn-subpoena-house-intelligence-committee.html',
            phrase: 'Mr. Flynn has reiterated his offer to testify in exchange for immunity from prosecution',
            by: 'Michael Flynn',
          },
          {
            url: 'https://mobile.nytimes.com/2017/05/24/us/politics/flynn-subpoena-house-intelligence-committee.html',
            phrase:
              'Senator Richard M. Burr of North Carolina, the Republican chairman of the committee, has dismissed that option.',
            by: 'Sen. Richard Burr',
          },
          {
            url: 'http://www.foxnews.com/politics/2017/05/23/senate-intel-panel-subpoenas-two-flynn-businesses-in-russia-probe.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fpolitics+%28Internal+-+Politics+-+Text%29',
            phrase: '"Everything is on the table," Burr said. Everything but immunity, he added.',
            by: 'Sen. Richard Burr',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/adam-schiff-michael-flynn-subpoeans-russia_us_5925a615e4b0650cc020f765?ec_carp=994865645204495350',
            phrase: 'Schiff said he is “skeptical” that the committee would agree to grant Flynn immunity',
            by: 'Rep. Adam Schiff',
          },
        ],
        note: 'A rejection of an offer rather than of a factual claim; Schiff’s side is a doubt about the future.',
      },
    ],
  },
  {
    event: '2a3fde8a-082a-4d8f-9567-f7e8366c0200',
    title: 'F.B.I. Agent Peter Strzok, Who Criticized Trump in Texts, Is Fired',
    disputes: [
      {
        event: '2a3fde8a-082a-4d8f-9567-f7e8366c0200',
        kind: 'denial',
        about:
          'Strzok’s lawyer says the firing departed from standard practice and was politically motivated; the FBI says Strzok went through the standard review and disciplinary process.',
        sides: [
          {
            url: 'http://www.foxnews.com/politics/2018/08/13/fbi-fires-peter-strzok-months-after-anti-trump-texts-revealed.html',
            phrase: 'claiming this was a departure from standard practice and politically motivated',
            by: 'Aitan Goelman, Strzok’s lawyer',
          },
          {
            url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
            phrase: '“The decision to fire Special Agent Strzok is not only a departure from typical bureau practice',
            by: 'Aitan Goelman, Strzok’s lawyer',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/fbi-peter-strzok-fired_us_5b719e9de4b0ae32af9a1941',
            phrase: 'the decision to terminate was taken in response to political pressure',
            by: 'Aitan Goelman, Strzok’s lawyer',
          },
          {
            url: 'http://www.foxnews.com/politics/2018/08/13/fbi-fires-peter-strzok-months-after-anti-trump-texts-revealed.html',
            phrase: '“Mr. Strzok was subject to the standard FBI review and disciplinary process',
            by: 'the FBI',
          },
        ],
      },
      {
        event: '2a3fde8a-082a-4d8f-9567-f7e8366c0200',
        kind: 'denial',
        about:
          'Strzok says his political views did not affect his work; Meadows, Gowdy, Trump and the inspector general find bias or a willingness to act on it.',
        sides: [
          {
            url: 'http://www.foxnews.com/politics/2018/08/13/fbi-fires-peter-strzok-months-after-anti-trump-texts-revealed.html',
            phrase: 'He claimed his personal opinions did not affect his work.',
            by: 'Peter Strzok',
          },
          {
            url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
            phrase:
              'Mr. Strzok had testified before the House in July about how he had not allowed his political views to interfere',
            by: 'Peter Strzok',
          },
          {
            url: 'http://www.foxnews.com/politics/2018/08/13/fbi-fires-peter-strzok-months-after-anti-trump-texts-revealed.html',
            phrase:
              'he was willing to use his official FBI position to try and stop President Trump from getting elected',
            by: 'Rep. Mark Meadows',
          },
          {
            url: 'http://www.foxnews.com/politics/2018/08/13/fbi-fires-peter-strzok-months-after-anti-trump-texts-revealed.html',
            phrase: 'House Oversight Committee Chairman Trey Gowdy saying he exhibited "textbook bias."',
            by: 'Rep. Trey Gowdy',
          },
          {
            url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
            phrase: 'Mr. Trump contended that Mr. Strzok targeted the president',
            by: 'Donald Trump',
          },
          {
            url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
            phrase:
              'implies a willingness to take official action to impact the presidential candidate’s electoral prospects',
            by: 'the inspector general',
          },
        ],
        note: 'The inspector general also found no evidence that the pair imposed their views on investigative decisions.',
      },
      {
        event: '2a3fde8a-082a-4d8f-9567-f7e8366c0200',
        kind: 'denial',
        about:
          'The inspector general could not rule out that Strzok slow-walked the Weiner-laptop emails; his lawyer says the delays were bureaucratic snafus, which the inspector general calls unpersuasive.',
        sides: [
          {
            url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
            phrase: 'Mr. Horowitz could not rule out that Mr. Strzok had slow-walked the examination of the new emails',
            by: 'Michael E. Horowitz, the inspector general',
          },
          {
            url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
            phrase:
              'The delays were merely the “result of bureaucratic snafus,” Mr. Strzok’s lawyer wrote last month in USA Today.',
            by: 'Strzok’s lawyer',
          },
          {
            url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
            phrase:
              'But the justifications for the delay were “unpersuasive” and had “far-reaching consequences,” the inspector general said.',
            by: 'the inspector general',
          },
        ],
      },
      {
        event: '2a3fde8a-082a-4d8f-9567-f7e8366c0200',
        kind: 'denial',
        about: 'Trump calls the Russia investigation a witch hunt and a hoax; Strzok says it is neither.',
        sides: [
          {
            url: 'http://www.foxnews.com/politics/2018/08/13/fbi-fires-peter-strzok-months-after-anti-trump-texts-revealed.html',
            phrase: 'It is a total Hoax. No Collusion, No Obstruction - I just fight back!',
            by: 'Donald Trump',
          },
          {
            url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
            phrase: 'in assailing the Russia investigation as an illegitimate “witch hunt.”',
            by: 'Donald Trump and his allies',
          },
          {
            url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
            phrase:
              '“This investigation is not politically motivated; it is not a witch hunt; it is not a hoax,” he said.',
            by: 'Peter Strzok',
          },
        ],
      },
    ],
  },
  {
    event: 'f688c56d-7fae-42ef-b7f7-7db207b58d27',
    title: 'President Wants to Use Executive Order to End Birthright Citizenship',
    disputes: [
      {
        event: 'f688c56d-7fae-42ef-b7f7-7db207b58d27',
        kind: 'denial',
        about:
          'Trump says the U.S. is the only country granting birthright citizenship; all three outlets say other countries do too (more than 30, say The Times and HuffPost).',
        sides: [
          {
            url: 'https://www.nytimes.com/2018/10/30/us/politics/trump-birthright-citizenship.html',
            phrase: '“We’re the only country in the world where a person comes in and has a baby',
            by: 'Donald Trump',
          },
          {
            url: 'https://www.foxnews.com/politics/trump-promises-birthright-citizenship-will-be-ended-one-way-or-the-other',
            phrase: '“How ridiculous, we’re the only country in the world where a person comes in, has a baby',
            by: 'Donald Trump',
          },
          {
            url: 'https://www.nytimes.com/2018/10/30/us/politics/trump-birthright-citizenship.html',
            phrase:
              'In fact, at least 30 other countries, including Canada, Mexico and many others in the Western Hemisphere, grant automatic birthright citizenship',
            by: 'The New York Times, citing the Center for Immigration Studies',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
            phrase: 'More than 30 nations, including Canada and Mexico, have similar policies.',
            by: 'HuffPost',
          },
          {
            url: 'https://www.foxnews.com/politics/trump-promises-birthright-citizenship-will-be-ended-one-way-or-the-other',
            phrase: 'The U.S. is not the only country to grant birthright citizenship',
            by: 'Fox News',
          },
        ],
      },
      {
        event: 'f688c56d-7fae-42ef-b7f7-7db207b58d27',
        kind: 'denial',
        about:
          'Trump says he can end birthright citizenship by executive order; Ryan, Amash, the ACLU and The Times say a president cannot.',
        sides: [
          {
            url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
            phrase:
              'Trump said in an interview with “Axios on HBO” taped Monday that he could execute the change via executive order.',
            by: 'Donald Trump',
          },
          {
            url: 'https://www.nytimes.com/2018/10/30/us/politics/trump-birthright-citizenship.html',
            phrase: '“Now they’re saying I can do it just with an executive order,” Mr. Trump said.',
            by: 'Donald Trump',
          },
          {
            url: 'https://www.nytimes.com/2018/10/30/us/politics/trump-birthright-citizenship.html',
            phrase: '“You obviously cannot do that,” Ryan told WVLK, a radio station in Lexington, Ky.',
            by: 'Paul Ryan',
          },
          {
            url: 'https://www.foxnews.com/politics/trump-promises-birthright-citizenship-will-be-ended-one-way-or-the-other',
            phrase: 'said that “you cannot end birthright citizenship with an executive order.”',
            by: 'Paul Ryan',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
            phrase:
              'Another Republican, Rep. Justin Amash of Michigan, also tweeted that such an executive order would not be possible.',
            by: 'Rep. Justin Amash',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
            phrase: '“The president cannot erase the Constitution with an executive order',
            by: 'Omar Jadwat, ACLU',
          },
          {
            url: 'https://www.nytimes.com/2018/10/30/us/politics/trump-birthright-citizenship.html',
            phrase: 'Amendments to the Constitution cannot be overridden by presidential action',
            by: 'The New York Times',
          },
        ],
      },
      {
        event: 'f688c56d-7fae-42ef-b7f7-7db207b58d27',
        kind: 'denial',
        about:
          'Trump, Anton and Eastman say the 14th Amendment does not cover children of noncitizens or undocumented immigrants; the outlets and Legomsky say it covers every child born in the U.S.',
        sides: [
          {
            url: 'https://www.foxnews.com/politics/trump-promises-birthright-citizenship-will-be-ended-one-way-or-the-other',
            phrase:
              "It is not covered by the 14th Amendment because of the words 'subject to the jurisdiction thereof.'",
            by: 'Donald Trump',
          },
          {
            url: 'https://www.nytimes.com/2018/10/30/us/politics/trump-birthright-citizenship.html',
            phrase: 'said birthright citizenship was based on a misreading of the amendment',
            by: 'Michael Anton',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
            phrase:
              'who said the amendment has been misapplied and was not intended to apply to every person born in the U.S.',
            by: 'John Eastman, cited by Axios',
          },
          {
            url: 'https://www.nytimes.com/2018/10/30/us/politics/trump-birthright-citizenship.html',
            phrase: 'The amendment means that any child born in the United States is considered a citizen.',
            by: 'The New York Times',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
            phrase: 'All babies born in the U.S. are American citizens under the Constitution’s 14th Amendment',
            by: 'HuffPost',
          },
          {
            url: 'https://www.nytimes.com/2018/10/30/us/politics/trump-birthright-citizenship.html',
            phrase:
              'the 14th Amendment’s application to the children of undocumented immigrants was a matter of pure common sense',
            by: 'Stephen Legomsky',
          },
        ],
      },
      {
        event: 'f688c56d-7fae-42ef-b7f7-7db207b58d27',
        kind: 'reversal',
        about:
          'Trump first believed a constitutional amendment or an act of Congress was needed, then said an executive order would do, then on Wednesday avoided the executive order and pointed to the Supreme Court.',
        sides: [
          {
            url: 'https://www.nytimes.com/2018/10/30/us/politics/trump-birthright-citizenship.html',
            phrase:
              'while he initially believed he needed a constitutional amendment or action by Congress to make the change',
            by: 'Donald Trump',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
            phrase:
              '“It was always told to me that you needed a constitutional amendment. Guess what? You don’t,” Trump said.',
            by: 'Donald Trump',
          },
          {
            url: 'https://www.foxnews.com/politics/trump-promises-birthright-citizenship-will-be-ended-one-way-or-the-other',
            phrase: 'Trump appeared to shift stance somewhat by avoiding saying it would be ended by executive order',
            by: 'Donald Trump, as Fox News reads him',
          },
        ],
      },
      {
        event: 'f688c56d-7fae-42ef-b7f7-7db207b58d27',
        kind: 'reversal',
        about:
          'Harry Reid said in 1993 that no sane country would grant citizenship to children of illegal immigrants, then apologized and reversed himself in 1999.',
        sides: [
          {
            url: 'https://www.foxnews.com/politics/trump-promises-birthright-citizenship-will-be-ended-one-way-or-the-other',
            phrase:
              'Reid said that "no sane country" would award citizenship to children of illegal immigrants born on its soil',
            by: 'Harry Reid',
          },
          {
            url: 'https://www.foxnews.com/politics/trump-promises-birthright-citizenship-will-be-ended-one-way-or-the-other',
            phrase: 'Reid later apologized for his stance and reversed it in 1999.',
            by: 'Harry Reid',
          },
        ],
      },
      {
        event: 'f688c56d-7fae-42ef-b7f7-7db207b58d27',
        kind: 'reversal',
        about:
          'Lindsey Graham now plans legislation to end birthright citizenship, having suggested before that the change would need a constitutional amendment.',
        sides: [
          {
            url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
            phrase: 'Sen. Lindsey Graham (R-S.C.) announced Tuesday that he would introduce legislation',
            by: 'Sen. Lindsey Graham',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
            phrase: 'he has previously suggested such a change would require a constitutional amendment.',
            by: 'Sen. Lindsey Graham',
          },
        ],
        note: 'A change of means (amendment to legislation), not of his aim: he has supported ending birthright citizenship for years.',
      },
    ],
  },
];

export const BASIL_CHAINS_B: BasilChain[] = [
  // Huckabee
  {
    event: 'af4a3f41-eeb5-49fa-a276-e97c230b25f0',
    url: 'http://www.huffingtonpost.com/2015/05/05/mike-huckabee-2016_n_7120826.html',
    phrase: 'Huckabee said on CBS\'s "Face the Nation" last month that he\'s confident he can broaden his appeal',
    speaker: 'Mike Huckabee',
    via: ['CBS’s “Face the Nation”'],
  },
  // Obama / Sanders
  {
    event: 'eadabee7-3db9-43c4-a485-3e8b1882cd3c',
    url: 'https://mobile.nytimes.com/2016/06/10/us/politics/bernie-sanders-obama-washington.html',
    phrase:
      'Mr. Obama said during a taping of an appearance on the “Tonight Show Starring Jimmy Fallon” on Wednesday in New York',
    speaker: 'Barack Obama',
    via: ['the “Tonight Show Starring Jimmy Fallon”'],
  },
  {
    event: 'eadabee7-3db9-43c4-a485-3e8b1882cd3c',
    url: 'http://www.foxnews.com/politics/2016/06/09/obama-endorses-clinton-for-president-on-heels-sanders-meeting.html',
    phrase: 'as President Obama has asked me to do until January 21, 2017',
    speaker: 'Barack Obama',
    via: ['Debbie Wasserman Schultz'],
  },
  {
    event: 'eadabee7-3db9-43c4-a485-3e8b1882cd3c',
    url: 'https://www.huffingtonpost.com/entry/barack-obama-bernie-sanders-meeting_us_575798c3e4b08f74f6c098cb',
    phrase:
      'The President congratulated Secretary Clinton for securing the delegates necessary to clinch the Democratic Nomination',
    speaker: 'Barack Obama',
    via: ['Josh Earnest'],
    note: 'Earnest’s statement reports what Obama said to Clinton by phone.',
  },
  // Trump Jr. / WikiLeaks
  {
    event: 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2',
    url: 'https://mobile.nytimes.com/2017/11/13/us/politics/donald-trump-jr-wikileaks-emails-democrats.html',
    phrase: 'In September, Mr. Trump acknowledged in a closed-door interview with the Senate Judiciary Committee',
    speaker: 'Donald Trump Jr.',
    via: ['the Senate Judiciary Committee', 'four congressional officials'],
    note: 'The sentence ends “the officials said”.',
  },
  {
    event: 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2',
    url: 'https://www.huffingtonpost.com/entry/donald-trump-jr-wikileaks_us_5a0a1277e4b0bc648a0d431e',
    phrase: 'In a statement to The Atlantic, Trump Jr.’s attorney, Alan Futerfas, said',
    speaker: 'Alan Futerfas',
    via: ['The Atlantic'],
  },
  {
    event: 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2',
    url: 'https://www.huffingtonpost.com/entry/donald-trump-jr-wikileaks_us_5a0a1277e4b0bc648a0d431e',
    phrase: 'Vice President Mike Pence, who in an Oct. 14, 2016, interview with Fox News claimed',
    speaker: 'Mike Pence',
    via: ['Fox News'],
  },
  {
    event: 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2',
    url: 'https://www.huffingtonpost.com/entry/donald-trump-jr-wikileaks_us_5a0a1277e4b0bc648a0d431e',
    phrase:
      '“The vice president was never aware of anyone associated with the campaign being in contact with WikiLeaks,” said Pence press secretary Alyssa Farah.',
    speaker: 'Mike Pence',
    via: ['Alyssa Farah'],
  },
  // Flynn
  {
    event: 'df6a55fb-dfe5-4362-89a6-8c040d648a70',
    url: 'http://www.foxnews.com/politics/2017/05/23/senate-intel-panel-subpoenas-two-flynn-businesses-in-russia-probe.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fpolitics+%28Internal+-+Politics+-+Text%29',
    phrase: 'Flynn’s lawyer notified the committee that his client will invoke his Fifth Amendment protection',
    speaker: 'Michael Flynn',
    via: ['Flynn’s lawyer'],
  },
  {
    event: 'df6a55fb-dfe5-4362-89a6-8c040d648a70',
    url: 'https://mobile.nytimes.com/2017/05/24/us/politics/flynn-subpoena-house-intelligence-committee.html',
    phrase:
      'On Monday, Mr. Flynn, in a letter from his legal team, rejected a subpoena for documents from the Senate committee',
    speaker: 'Michael Flynn',
    via: ['his legal team (a letter)'],
  },
  {
    event: 'df6a55fb-dfe5-4362-89a6-8c040d648a70',
    url: 'https://www.huffingtonpost.com/entry/adam-schiff-michael-flynn-subpoeans-russia_us_5925a615e4b0650cc020f765?ec_carp=994865645204495350',
    phrase:
      'the Washington Post reported earlier this week that Trump asked Director of National Intelligence Dan Coats',
    speaker: 'Donald Trump',
    via: ['The Washington Post'],
    note: 'Trump’s request to Coats and Rogers, as The Post reported it; The Post’s own sources are not named here.',
  },
  // Strzok
  {
    event: '2a3fde8a-082a-4d8f-9567-f7e8366c0200',
    url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
    phrase:
      'James B. Comey, the former F.B.I. director, has told investigators that if he had known about the emails earlier',
    speaker: 'James B. Comey',
    via: ['the inspector general’s investigators'],
  },
  {
    event: '2a3fde8a-082a-4d8f-9567-f7e8366c0200',
    url: 'https://www.nytimes.com/2018/08/13/us/politics/peter-strzok-fired-fbi.html',
    phrase: 'Mr. Strzok’s lawyer wrote last month in USA Today',
    speaker: 'Strzok’s lawyer',
    via: ['USA Today'],
    note: 'The sentence gives the lawyer’s words: the delays were merely the “result of bureaucratic snafus”.',
  },
  {
    event: '2a3fde8a-082a-4d8f-9567-f7e8366c0200',
    url: 'https://www.huffingtonpost.com/entry/fbi-peter-strzok-fired_us_5b719e9de4b0ae32af9a1941',
    phrase: 'despite an FBI career official’s recommendation that Strzok face a 60-day suspension and a demotion',
    speaker: 'an FBI career official (Office of Professional Responsibility)',
    via: ['Aitan Goelman'],
  },
  // Birthright citizenship
  {
    event: 'f688c56d-7fae-42ef-b7f7-7db207b58d27',
    url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
    phrase: 'the House speaker said Tuesday on WVLK Radio, according to Bloomberg News reporter Erik Wasson.',
    speaker: 'Paul Ryan',
    via: ['WVLK Radio', 'Erik Wasson (Bloomberg News)'],
  },
  {
    event: 'f688c56d-7fae-42ef-b7f7-7db207b58d27',
    url: 'https://www.huffingtonpost.com/entry/trump-executive-order-end-birthright-citizenship_us_5bd82b10e4b07427610ae4f4',
    phrase: 'Axios cited John Eastman, a constitutional law professor at Chapman University',
    speaker: 'John Eastman',
    via: ['Axios'],
  },
  {
    event: 'f688c56d-7fae-42ef-b7f7-7db207b58d27',
    url: 'https://www.nytimes.com/2018/10/30/us/politics/trump-birthright-citizenship.html',
    phrase: 'the White House Counsel’s Office has advised him otherwise',
    speaker: 'the White House Counsel’s Office',
    via: ['Donald Trump', 'Axios'],
    note: 'The sentence begins “Mr. Trump told Axios that”.',
  },
];
