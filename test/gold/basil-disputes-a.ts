/**
 * Gold DISPUTES and CHAINS OF REPORTING of 6 further BASIL events (../shared/bench/basil), the same events as
 * basil-facts-a.ts. Written under the guidelines of basil-disputes.ts (see its head comment: kinds of dispute, what is
 * not a dispute, sides with `by`, chains with speaker and via), from a careful reading of the texts alone, all three
 * articles of each event (The New York Times, Fox News, HuffPost) read in full, independently of the pipeline.
 * Each phrase is 5–30 words copied character for character from the JSON-decoded `text` of its article and occurs
 * exactly once there; all phrases were checked by script. The texts stay in ../shared/bench/basil; only these short
 * phrases are copied here.
 */

import type { BasilChain, BasilEventDisputes } from './basil-disputes.ts';

export const BASIL_DISPUTES_A: BasilEventDisputes[] = [
  {
    event: '005a2961-0c2e-4575-8eec-770ba52a08e0',
    title: 'Trump Plans Meeting on Arizona Birth Bill',
    disputes: [
      {
        event: '005a2961-0c2e-4575-8eec-770ba52a08e0',
        kind: 'denial',
        about:
          'Trump doubts that Obama was born in the United States (his grandmother, he says, said Kenya); Hawaii officials certified his birth there.',
        sides: [
          {
            url: 'http://www.foxnews.com/politics/2011/04/07/trump-sends-investigators-hawaii-gains-gop-presidential-primary-poll/?test=latestnews',
            phrase:
              'Donald Trump said Thursday he has doubts about whether President Obama was born in the United States',
            by: 'Donald Trump',
          },
          {
            url: 'http://thecaucus.blogs.nytimes.com/2011/04/07/trump-plans-meeting-on-arizona-birth-bill/?ref=politics',
            phrase:
              'Mr. Trump told Meredith Vieira that he had “real doubts” about whether Mr. Obama was born in this country',
            by: 'Donald Trump',
          },
          {
            url: 'http://www.foxnews.com/politics/2011/04/07/trump-sends-investigators-hawaii-gains-gop-presidential-primary-poll/?test=latestnews',
            phrase: 'His grandmother in Kenya said he was born in Kenya, and she was there and witnessed the birth.',
            by: 'Donald Trump',
          },
          {
            url: 'http://www.huffingtonpost.com/2011/04/07/donald-trump-obama-birth-_1_n_845989.html',
            phrase: 'Officials in Hawaii have certified that Obama was born in that state.',
            by: 'officials in Hawaii',
          },
          {
            url: 'http://www.foxnews.com/politics/2011/04/07/trump-sends-investigators-hawaii-gains-gop-presidential-primary-poll/?test=latestnews',
            phrase: "Officials in Hawaii have certified Obama's citizenship",
            by: 'officials in Hawaii',
          },
          {
            url: 'http://thecaucus.blogs.nytimes.com/2011/04/07/trump-plans-meeting-on-arizona-birth-bill/?ref=politics',
            phrase:
              'including the Republican who was governor during the 2008 campaign – have confirmed its authenticity',
            by: 'Hawaii state officials',
          },
        ],
      },
      {
        event: '005a2961-0c2e-4575-8eec-770ba52a08e0',
        kind: 'denial',
        about:
          'Trump says Obama has no birth certificate, only a “certificate of live birth”; The Times says that certificate, which Obama has shown, is Hawaii’s standard birth certificate.',
        sides: [
          {
            url: 'http://www.foxnews.com/politics/2011/04/07/trump-sends-investigators-hawaii-gains-gop-presidential-primary-poll/?test=latestnews',
            phrase:
              "He doesn't have a birth certificate or he hasn't shown it. He has what's called a certificate of live birth.",
            by: 'Donald Trump',
          },
          {
            url: 'http://www.huffingtonpost.com/2011/04/07/donald-trump-obama-birth-_1_n_845989.html',
            phrase: 'I\'m not convinced that he has one," Trump said of the birth certificate issue.',
            by: 'Donald Trump',
          },
          {
            url: 'http://thecaucus.blogs.nytimes.com/2011/04/07/trump-plans-meeting-on-arizona-birth-bill/?ref=politics',
            phrase:
              'Mr. Obama has shown a certificate of live birth from Hawaii, which is the standard form of birth certificate in the state',
            by: 'The New York Times',
          },
        ],
      },
      {
        event: '005a2961-0c2e-4575-8eec-770ba52a08e0',
        kind: 'reversal',
        about: 'Trump first thought Obama was born in the United States; after looking into it he now doubts it.',
        sides: [
          {
            url: 'http://www.foxnews.com/politics/2011/04/07/trump-sends-investigators-hawaii-gains-gop-presidential-primary-poll/?test=latestnews',
            phrase:
              'Trump said when he started seriously considering a presidential bid a few weeks back, he thought the president was native-born',
            by: 'Donald Trump, a few weeks earlier',
          },
          {
            url: 'http://www.foxnews.com/politics/2011/04/07/trump-sends-investigators-hawaii-gains-gop-presidential-primary-poll/?test=latestnews',
            phrase: "but now he's not so sure.",
            by: 'Donald Trump, now',
          },
          {
            url: 'http://www.huffingtonpost.com/2011/04/07/donald-trump-obama-birth-_1_n_845989.html',
            phrase:
              'he said he\'s looked into it and believes "there is a big possibility" Obama may have violated the Constitution.',
            by: 'Donald Trump, now',
          },
        ],
        note: 'Only Fox reports Trump’s earlier belief; HuffPost says he began looking into the issue after being asked about it a month ago.',
      },
      {
        event: '005a2961-0c2e-4575-8eec-770ba52a08e0',
        kind: 'denial',
        about:
          'A Tea Party founder says the Arizona bill is not a birther bill and not about Obama; The Times and the legislator’s own release tie it to Obama’s birth certificate.',
        sides: [
          {
            url: 'http://thecaucus.blogs.nytimes.com/2011/04/07/trump-plans-meeting-on-arizona-birth-bill/?ref=politics',
            phrase: '“It’s not a birther bill,” Ms. Townsend said.',
            by: 'Kelly Townsend, a founder of the Greater Phoenix Tea Party',
          },
          {
            url: 'http://thecaucus.blogs.nytimes.com/2011/04/07/trump-plans-meeting-on-arizona-birth-bill/?ref=politics',
            phrase:
              'noted that Mr. Trump “has brought the issue of President Barack Obama failing to provide a birth certificate front and center recently.”',
            by: 'a release from Representative Carl Seel’s office',
          },
          {
            url: 'http://thecaucus.blogs.nytimes.com/2011/04/07/trump-plans-meeting-on-arizona-birth-bill/?ref=politics',
            phrase: 'In his latest embrace of the birther strategy, Mr. Trump has invited Tea Party leaders',
            by: 'The New York Times',
          },
        ],
      },
    ],
  },
  {
    event: '0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d',
    title: 'Perry Wins Endorsement of Sheriff Joe',
    disputes: [
      {
        event: '0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d',
        kind: 'denial',
        about:
          'The Justice Department investigates whether Arpaio’s department violates Hispanics’ rights; Arpaio says he does not engage in racial profiling and calls the suit intimidation.',
        sides: [
          {
            url: 'http://thecaucus.blogs.nytimes.com/2011/11/29/rick-perry-wins-the-endorsement-of-sheriff-joe-arpaio/?ref=josephmarpaio',
            phrase:
              'an investigation into whether the Maricopa County Sheriff’s Department is systematically violating the rights of Hispanics',
            by: 'the Justice Department',
          },
          {
            url: 'http://thecaucus.blogs.nytimes.com/2011/11/29/rick-perry-wins-the-endorsement-of-sheriff-joe-arpaio/?ref=josephmarpaio',
            phrase: 'The sheriff has called the Justice Department’s action an attempt to intimidate him',
            by: 'Sheriff Joe Arpaio',
          },
          {
            url: 'http://thecaucus.blogs.nytimes.com/2011/11/29/rick-perry-wins-the-endorsement-of-sheriff-joe-arpaio/?ref=josephmarpaio',
            phrase: 'he has said he does not engage in racial profiling',
            by: 'Sheriff Joe Arpaio',
          },
        ],
      },
      {
        event: '0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d',
        kind: 'reversal',
        about:
          'Perry suggested that opponents of his in-state tuition position were heartless, then apologized and called the remark very inappropriate.',
        sides: [
          {
            url: 'http://thecaucus.blogs.nytimes.com/2011/11/29/rick-perry-wins-the-endorsement-of-sheriff-joe-arpaio/?ref=josephmarpaio',
            phrase: 'At one point he suggested that those who opposed his position were heartless.',
            by: 'Rick Perry, earlier',
          },
          {
            url: 'http://thecaucus.blogs.nytimes.com/2011/11/29/rick-perry-wins-the-endorsement-of-sheriff-joe-arpaio/?ref=josephmarpaio',
            phrase: 'On Tuesday he repeated his apology for that comment, calling it “very inappropriate,”',
            by: 'Rick Perry',
          },
        ],
      },
    ],
  },
  {
    event: '97566c74-e000-49fb-b091-e6ec6e179de0',
    title: "Trump Won't Go Forward With Debate",
    disputes: [
      {
        event: '97566c74-e000-49fb-b091-e6ec6e179de0',
        kind: 'reversal',
        about:
          'Trump said until Monday night that his Newsmax debate was taking place, then on Tuesday dropped out as its moderator.',
        sides: [
          {
            url: 'http://www.huffingtonpost.com/2011/12/13/donald-trump-pulling-out-debate_n_1146267.html?ref=politics&ir=Politics',
            phrase: 'Trump initially said he was partnering with the conservative magazine to host a forum',
            by: 'Donald Trump, eleven days earlier',
          },
          {
            url: 'http://www.huffingtonpost.com/2011/12/13/donald-trump-pulling-out-debate_n_1146267.html?ref=politics&ir=Politics',
            phrase: 'as late as Monday night, he was still saying that the forum was taking place.',
            by: 'Donald Trump, Monday',
          },
          {
            url: 'http://www.huffingtonpost.com/2011/12/13/donald-trump-pulling-out-debate_n_1146267.html?ref=politics&ir=Politics',
            phrase: 'Donald Trump has announced Tuesday that he is pulling out of his own Dec. 27th debate.',
            by: 'Donald Trump, Tuesday',
          },
          {
            url: 'http://www.foxnews.com/politics/2011/12/13/trump-bows-out-as-moderator-gop-debate-reserves-right-to-run-for-president/',
            phrase:
              'Donald Trump announced Tuesday that he is bowing out as the moderator for a Republican presidential debate',
            by: 'Donald Trump, Tuesday',
          },
          {
            url: 'http://thecaucus.blogs.nytimes.com/2011/12/13/trump-wont-go-forward-with-debate/',
            phrase: 'Mr. Trump’s statement on Tuesday that he was bowing out of the Newsmax debate',
            by: 'Donald Trump, Tuesday',
          },
        ],
      },
    ],
  },
  {
    event: '84678e18-0b79-4570-9c9f-cb1cf88d968e',
    title: 'I.R.S. Official Invokes 5th Amendment at Hearing',
    disputes: [
      {
        event: '84678e18-0b79-4570-9c9f-cb1cf88d968e',
        kind: 'denial',
        about:
          'Members of Congress say Lerner gave Congress false, misleading or evasive answers; Lerner and her lawyer deny any false information or misrepresentation.',
        sides: [
          {
            url: 'https://www.huffingtonpost.com/2013/05/21/lois-lerner-irs-scandal_n_3314693.html',
            phrase:
              'provide information on why she gave "false or misleading information" to the committee on four previous occasions in 2012',
            by: 'the House Oversight and Government Reform Committee',
          },
          {
            url: 'http://www.nytimes.com/2013/05/23/us/politics/irs-official-denies-misleading-congress.html',
            phrase: 'who insist that she made, at best, incomplete statements',
            by: 'Congressional investigators',
          },
          {
            url: 'http://www.foxnews.com/politics/2013/05/23/irs-official-who-refused-to-testify-facing-more-scrutiny-over-scandal-past/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
            phrase: 'The bottom line is you cannot lie to Congress, and you cannot be evasive',
            by: 'Rep. Joseph Crowley',
          },
          {
            url: 'http://www.nytimes.com/2013/05/23/us/politics/irs-official-denies-misleading-congress.html',
            phrase:
              'she sternly told her questioners that accusations that she had misled Congress in previous testimony were false',
            by: 'Lois Lerner',
          },
          {
            url: 'http://www.foxnews.com/politics/2013/05/23/irs-official-who-refused-to-testify-facing-more-scrutiny-over-scandal-past/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
            phrase: 'I have not provided false information to this or any other congressional committee',
            by: 'Lois Lerner',
          },
          {
            url: 'https://www.huffingtonpost.com/2013/05/21/lois-lerner-irs-scandal_n_3314693.html',
            phrase: 'She has not committed any crime or made any misrepresentation',
            by: 'William Taylor III, Lerner’s lawyer, in a letter',
          },
        ],
      },
      {
        event: '84678e18-0b79-4570-9c9f-cb1cf88d968e',
        kind: 'value',
        about:
          'When Lerner learned of the targeting of Tea Party groups: from news reports in 2012, as she said, or in a briefing as early as June 2011.',
        sides: [
          {
            url: 'http://www.nytimes.com/2013/05/23/us/politics/irs-official-denies-misleading-congress.html',
            phrase:
              'she said she first learned that her subordinates had singled out Tea Party groups after reading news media reports last year',
            by: 'Lois Lerner',
          },
          {
            url: 'http://www.nytimes.com/2013/05/23/us/politics/irs-official-denies-misleading-congress.html',
            phrase: 'she was briefed on their actions as early as June 2011.',
            by: 'the inspector general’s report',
          },
        ],
        note: 'The Times is dated May 2013, so "last year" is 2012.',
      },
      {
        event: '84678e18-0b79-4570-9c9f-cb1cf88d968e',
        kind: 'denial',
        about:
          'Lerner said she had not disclosed the practice sooner because she was never asked; Fox says she was asked about it two days before the ABA conference.',
        sides: [
          {
            url: 'http://www.foxnews.com/politics/2013/05/23/irs-official-who-refused-to-testify-facing-more-scrutiny-over-scandal-past/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
            phrase: "She said she hadn't revealed the information sooner, because she was never asked.",
            by: 'Lois Lerner',
          },
          {
            url: 'http://www.foxnews.com/politics/2013/05/23/irs-official-who-refused-to-testify-facing-more-scrutiny-over-scandal-past/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fmost-popular+%28Internal+-+Most+Popular+Content%29',
            phrase:
              'But just two days before the ABA conference, Lerner was specifically asked about the investigation.',
            by: 'Fox News',
          },
        ],
      },
      {
        event: '84678e18-0b79-4570-9c9f-cb1cf88d968e',
        kind: 'denial',
        about:
          'Republicans argue that Lerner waived her Fifth Amendment right by making an opening statement; her lawyer disputes it.',
        sides: [
          {
            url: 'http://www.nytimes.com/2013/05/23/us/politics/irs-official-denies-misleading-congress.html',
            phrase:
              'They argued that by making an opening statement, she had waived her Fifth Amendment right and could be compelled to testify',
            by: 'some Republicans on the committee',
          },
          {
            url: 'http://www.nytimes.com/2013/05/23/us/politics/irs-official-denies-misleading-congress.html',
            phrase: 'You don’t get to tell your side of the story and then not be subjected to cross-examination',
            by: 'Rep. Trey Gowdy',
          },
          {
            url: 'http://www.nytimes.com/2013/05/23/us/politics/irs-official-denies-misleading-congress.html',
            phrase: 'a contention Ms. Lerner’s lawyer disputed',
            by: 'Lerner’s lawyer',
          },
        ],
      },
      {
        event: '84678e18-0b79-4570-9c9f-cb1cf88d968e',
        kind: 'denial',
        about:
          'The administration presents the targeting as the work of two rogue agents in Cincinnati; Rep. Jim Jordan rejects that account.',
        sides: [
          {
            url: 'http://www.nytimes.com/2013/05/23/us/politics/irs-official-denies-misleading-congress.html',
            phrase: 'expects us to believe that this scandal was just the result of two rogue agents in Cincinnati',
            by: 'the Obama administration, as Rep. Jim Jordan describes it',
          },
          {
            url: 'http://www.nytimes.com/2013/05/23/us/politics/irs-official-denies-misleading-congress.html',
            phrase: 'The people don’t buy it.',
            by: 'Rep. Jim Jordan',
          },
        ],
      },
    ],
  },
  {
    event: '58ed2376-35a0-453a-a08e-5cd87e3bdea5',
    title: 'Governor of Arizona Is Pressed to Veto Bill',
    disputes: [
      {
        event: '58ed2376-35a0-453a-a08e-5cd87e3bdea5',
        kind: 'value',
        about: 'Whether Brewer has decided on SB 1062: undecided and silent, or she has announced a veto.',
        sides: [
          {
            url: 'http://www.foxnews.com/us/2014/02/26/arizona-gov-jan-brewer-jets-home-amid-furor-over-bill-allowing-denial-service/print',
            phrase: "she has not said how she'll act, as is her longtime practice with pending legislation",
            by: 'Fox News',
          },
          {
            url: 'http://www.foxnews.com/us/2014/02/26/arizona-gov-jan-brewer-jets-home-amid-furor-over-bill-allowing-denial-service/print',
            phrase: 'Brewer will likely spend the next day or more pondering Senate Bill 1062',
            by: 'Fox News',
          },
          {
            url: 'https://www.nytimes.com/2014/02/25/us/governor-of-arizona-is-pressed-to-veto-bill.html?ref=us',
            phrase: 'he would not say what she was inclined to do',
            by: 'Andrew Wilder, Brewer’s spokesman',
          },
          {
            url: 'https://www.huffingtonpost.com/2014/02/26/jan-brewer-vetoes_n_4854003.html?ncid=edlinkushpmg00000313&ec_carp=976186401922298178',
            phrase: 'announced her decision to veto legislation on Wednesday',
            by: 'HuffPost',
          },
        ],
        note: 'Written at different times: The Times on February 24, Fox on February 26 before the announcement, HuffPost after the veto announcement.',
      },
      {
        event: '58ed2376-35a0-453a-a08e-5cd87e3bdea5',
        kind: 'denial',
        about:
          'Opponents say the bill allows discrimination against gays; its backers say it only protects religious liberty and has been mischaracterized by lies and false attacks.',
        sides: [
          {
            url: 'http://www.foxnews.com/us/2014/02/26/arizona-gov-jan-brewer-jets-home-amid-furor-over-bill-allowing-denial-service/print',
            phrase: 'call SB1062 "toxic" legislation that allows discrimination',
            by: 'Arizona Democrats',
          },
          {
            url: 'https://www.nytimes.com/2014/02/25/us/governor-of-arizona-is-pressed-to-veto-bill.html?ref=us',
            phrase: 'the bill “gives carte blanche for anybody to discriminate under the guise of religion.”',
            by: 'Scott Smith, mayor of Mesa',
          },
          {
            url: 'https://www.huffingtonpost.com/2014/02/26/jan-brewer-vetoes_n_4854003.html?ncid=edlinkushpmg00000313&ec_carp=976186401922298178',
            phrase: 'effectively allowing them to discriminate against same-sex couples',
            by: 'HuffPost',
          },
          {
            url: 'http://www.foxnews.com/us/2014/02/26/arizona-gov-jan-brewer-jets-home-amid-furor-over-bill-allowing-denial-service/print',
            phrase: 'The group says the proposal simply clarifies existing state law',
            by: 'the Center for Arizona Policy',
          },
          {
            url: 'https://www.nytimes.com/2014/02/25/us/governor-of-arizona-is-pressed-to-veto-bill.html?ref=us',
            phrase: 'the bill has instead been mischaracterized by its opponents as a sword of religious intolerance',
            by: 'state senators Adam Driggs, Steve Pierce and Bob Worsley',
          },
          {
            url: 'https://www.nytimes.com/2014/02/25/us/governor-of-arizona-is-pressed-to-veto-bill.html?ref=us',
            phrase:
              'opponents of the bill have hijacked this discussion through lies, personal attacks, and irresponsible reporting',
            by: 'Cathi Herrod, Center for Arizona Policy',
          },
          {
            url: 'http://www.foxnews.com/us/2014/02/26/arizona-gov-jan-brewer-jets-home-amid-furor-over-bill-allowing-denial-service/print',
            phrase: 'false attacks and irresponsible characterizations about a piece of legislation',
            by: 'Cathi Herrod, Center for Arizona Policy',
          },
        ],
      },
      {
        event: '58ed2376-35a0-453a-a08e-5cd87e3bdea5',
        kind: 'reversal',
        about: 'Republican state senators who voted for the bill now ask the governor to veto it.',
        sides: [
          {
            url: 'https://www.nytimes.com/2014/02/25/us/governor-of-arizona-is-pressed-to-veto-bill.html?ref=us',
            phrase: 'who had helped pass the legislation in the first place',
            by: 'state senators Adam Driggs, Steve Pierce and Bob Worsley, when voting',
          },
          {
            url: 'https://www.nytimes.com/2014/02/25/us/governor-of-arizona-is-pressed-to-veto-bill.html?ref=us',
            phrase: 'Their calls were echoed by three Republican state senators',
            by: 'state senators Adam Driggs, Steve Pierce and Bob Worsley, now',
          },
          {
            url: 'http://www.foxnews.com/us/2014/02/26/arizona-gov-jan-brewer-jets-home-amid-furor-over-bill-allowing-denial-service/print',
            phrase:
              'Some Republican senators who pushed the bill through the Legislature are now calling for a veto as well',
            by: 'some Republican state senators',
          },
        ],
      },
      {
        event: '58ed2376-35a0-453a-a08e-5cd87e3bdea5',
        kind: 'denial',
        about:
          'Backers say the bill is needed to protect religious business owners; Brewer says it answers no present concern in Arizona and knows of no violated business owner.',
        sides: [
          {
            url: 'http://www.foxnews.com/us/2014/02/26/arizona-gov-jan-brewer-jets-home-amid-furor-over-bill-allowing-denial-service/print',
            phrase:
              'is designed only to protect business owners with strong religious beliefs from discrimination lawsuits that have happened in other states',
            by: 'Republican state senators who pushed the bill',
          },
          {
            url: 'http://www.foxnews.com/us/2014/02/26/arizona-gov-jan-brewer-jets-home-amid-furor-over-bill-allowing-denial-service/print',
            phrase: 'is needed to protect against increasingly activist federal courts',
            by: 'the Center for Arizona Policy',
          },
          {
            url: 'https://www.huffingtonpost.com/2014/02/26/jan-brewer-vetoes_n_4854003.html?ncid=edlinkushpmg00000313&ec_carp=976186401922298178',
            phrase:
              'Senate Bill 1062 does not address a specific or present concern related to religious liberty in Arizona',
            by: 'Gov. Jan Brewer',
          },
          {
            url: 'https://www.huffingtonpost.com/2014/02/26/jan-brewer-vetoes_n_4854003.html?ncid=edlinkushpmg00000313&ec_carp=976186401922298178',
            phrase: "I have not heard one example where business owners' religious liberty has been violated.",
            by: 'Gov. Jan Brewer',
          },
        ],
      },
    ],
  },
  {
    event: '96b7046f-f584-422f-a626-6f86a26dfd8b',
    title: 'G.O.P. Aide Quits After Ridiculing Obama’s Daughters, Sasha and Malia',
    disputes: [
      {
        event: '96b7046f-f584-422f-a626-6f86a26dfd8b',
        kind: 'value',
        about: 'The day Lauten apologized for her Facebook post: Friday or Saturday.',
        sides: [
          {
            url: 'https://www.huffingtonpost.com/2014/11/29/elizabeth-lauten-obama-daughters-class_n_6241202.html',
            phrase: 'A Republican staffer on Friday apologized for a Facebook post',
            by: 'HuffPost',
          },
          {
            url: 'http://www.foxnews.com/politics/2014/11/30/aide-to-gop-lawmaker-apologizes-for-facebook-post-ripping-obama-daughters.html',
            phrase: 'had to apologize Saturday for a Facebook post critical of the first daughters',
            by: 'Fox News',
          },
        ],
        note: 'Fox and The Times date the post itself Friday; The Times gives no day for the apology.',
      },
      {
        event: '96b7046f-f584-422f-a626-6f86a26dfd8b',
        kind: 'reversal',
        about:
          'Lauten lectured the Obama daughters on their manners and dress, then apologized, saying she judged them hurtfully.',
        sides: [
          {
            url: 'http://www.foxnews.com/politics/2014/11/30/aide-to-gop-lawmaker-apologizes-for-facebook-post-ripping-obama-daughters.html',
            phrase:
              'should "try showing a little class" and described their outfits as more appropriate for "a spot at the bar."',
            by: 'Elizabeth Lauten, in her Facebook post',
          },
          {
            url: 'https://www.nytimes.com/2014/12/02/us/gop-aide-quits-after-ridiculing-obamas-daughters.html',
            phrase: 'wrote an open letter to Sasha and Malia Obama on her Facebook page',
            by: 'Elizabeth Lauten',
          },
          {
            url: 'https://www.huffingtonpost.com/2014/11/29/elizabeth-lauten-obama-daughters-class_n_6241202.html',
            phrase: 'Please know that these judgmental feelings truly have no place in my heart.',
            by: 'Elizabeth Lauten, in her apology',
          },
          {
            url: 'https://www.nytimes.com/2014/12/02/us/gop-aide-quits-after-ridiculing-obamas-daughters.html',
            phrase: 'later posted an apology for her “hurtful” words',
            by: 'Elizabeth Lauten',
          },
        ],
      },
    ],
  },
];

export const BASIL_CHAINS_A: BasilChain[] = [
  // Trump birther meeting
  {
    event: '005a2961-0c2e-4575-8eec-770ba52a08e0',
    url: 'http://thecaucus.blogs.nytimes.com/2011/04/07/trump-plans-meeting-on-arizona-birth-bill/?ref=politics',
    phrase: 'said Mr. Trump told them that he was interested in learning more about the legislation in Arizona.',
    speaker: 'Donald Trump',
    via: ['Kelly Townsend'],
  },
  {
    event: '005a2961-0c2e-4575-8eec-770ba52a08e0',
    url: 'http://www.huffingtonpost.com/2011/04/07/donald-trump-obama-birth-_1_n_845989.html',
    phrase: 'said Trump in an interview on NBC\'s "Today" show, according to TIME.',
    speaker: 'Donald Trump',
    via: ['NBC "Today" show', 'TIME'],
  },
  {
    event: '005a2961-0c2e-4575-8eec-770ba52a08e0',
    url: 'http://www.foxnews.com/politics/2011/04/07/trump-sends-investigators-hawaii-gains-gop-presidential-primary-poll/?test=latestnews',
    phrase:
      'I don\'t know that Donald really wants to be president," Christie said in an interview that aired Wednesday night.',
    speaker: 'Chris Christie',
    via: ['ABC News'],
    note: 'The interview is introduced as "speaking on ABC News".',
  },
  // Arpaio endorses Perry
  {
    event: '0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d',
    url: 'http://latino.foxnews.com/latino/politics/2011/11/29/arizona-sheriff-joe-arpaio-endorses-rick-perry/',
    phrase: 'You said I don\'t want to build a fence," Romney said.',
    speaker: 'Rick Perry',
    via: ['Mitt Romney'],
    note: 'Romney, addressing Perry, relays what Perry had said.',
  },
  // Trump drops debate
  {
    event: '97566c74-e000-49fb-b091-e6ec6e179de0',
    url: 'http://thecaucus.blogs.nytimes.com/2011/12/13/trump-wont-go-forward-with-debate/',
    phrase: 'Mr. Trump issued the following exclamation-point laden statement through his lawyer, Michael Cohen.',
    speaker: 'Donald Trump',
    via: ['Michael Cohen'],
  },
  {
    event: '97566c74-e000-49fb-b091-e6ec6e179de0',
    url: 'http://www.foxnews.com/politics/2011/12/13/trump-bows-out-as-moderator-gop-debate-reserves-right-to-run-for-president/',
    phrase: "Trump on Tuesday specifically cited Republican National Committee Chairman Reince Priebus' concerns",
    speaker: 'Reince Priebus',
    via: ['Donald Trump'],
  },
  {
    event: '97566c74-e000-49fb-b091-e6ec6e179de0',
    url: 'http://www.huffingtonpost.com/2011/12/13/donald-trump-pulling-out-debate_n_1146267.html?ref=politics&ir=Politics',
    phrase: 'which he claimed the Republican Party was asking him to do if he wanted to moderate the debate',
    speaker: 'the Republican Party',
    via: ['Donald Trump'],
    note: 'What the party was asking of him is Trump’s claim: to give up his right to run as an independent.',
  },
  // Lerner
  {
    event: '84678e18-0b79-4570-9c9f-cb1cf88d968e',
    url: 'https://www.huffingtonpost.com/2013/05/21/lois-lerner-irs-scandal_n_3314693.html',
    phrase: 'the letter addressed to Chairman Darrell Issa (R-Calif.) reads, according to the Los Angeles Times.',
    speaker: 'William Taylor III, Lerner’s lawyer (letter)',
    via: ['Los Angeles Times'],
  },
  {
    event: '84678e18-0b79-4570-9c9f-cb1cf88d968e',
    url: 'https://www.huffingtonpost.com/2013/05/21/lois-lerner-irs-scandal_n_3314693.html',
    phrase:
      'The Committee has been contacted by Ms. Lerner’s lawyer who stated that his client intended to invoke her 5th amendment right',
    speaker: 'Lerner’s lawyer',
    via: ['Ali Ahmad, Oversight Committee spokesman'],
  },
  {
    event: '84678e18-0b79-4570-9c9f-cb1cf88d968e',
    url: 'http://www.nytimes.com/2013/05/23/us/politics/irs-official-denies-misleading-congress.html',
    phrase:
      'Mr. Jordan produced White House visitor records that he said indicated Mr. Shulman had been there at least 118 times',
    speaker: 'White House visitor records',
    via: ['Rep. Jim Jordan'],
  },
  // Brewer
  {
    event: '58ed2376-35a0-453a-a08e-5cd87e3bdea5',
    url: 'https://www.nytimes.com/2014/02/25/us/governor-of-arizona-is-pressed-to-veto-bill.html?ref=us',
    phrase:
      'leaders of four companies looking to relocate to Arizona had put his organization on notice, saying they might reconsider',
    speaker: 'leaders of four companies looking to relocate to Arizona',
    via: ['Barry Broome, Greater Phoenix Economic Council'],
  },
  {
    event: '58ed2376-35a0-453a-a08e-5cd87e3bdea5',
    url: 'https://www.nytimes.com/2014/02/25/us/governor-of-arizona-is-pressed-to-veto-bill.html?ref=us',
    phrase:
      'Gov. Jack Markell of Delaware, a Democrat, told Ronan Farrow of MSNBC that if Ms. Brewer signs the measure',
    speaker: 'Jack Markell',
    via: ['MSNBC'],
  },
  // Lauten
  {
    event: '96b7046f-f584-422f-a626-6f86a26dfd8b',
    url: 'http://www.foxnews.com/politics/2014/11/30/aide-to-gop-lawmaker-apologizes-for-facebook-post-ripping-obama-daughters.html',
    phrase:
      'The Washington Post reported that Lauten had confirmed that she had made both Facebook postings attributed to her.',
    speaker: 'Elizabeth Lauten',
    via: ['The Washington Post'],
  },
  {
    event: '96b7046f-f584-422f-a626-6f86a26dfd8b',
    url: 'https://www.huffingtonpost.com/2014/11/29/elizabeth-lauten-obama-daughters-class_n_6241202.html',
    phrase: 'Read the full rant via Gawker:',
    speaker: 'Elizabeth Lauten',
    via: ['Gawker'],
  },
  {
    event: '96b7046f-f584-422f-a626-6f86a26dfd8b',
    url: 'https://www.nytimes.com/2014/12/02/us/gop-aide-quits-after-ridiculing-obamas-daughters.html',
    phrase: 'eventually posted on Twitter by a reporter for The Root',
    speaker: 'Elizabeth Lauten',
    via: ['a reporter for The Root'],
  },
];
