/**
 * Gold DISPUTES and CHAINS OF REPORTING for the basil benchmark (../shared/bench/basil: 50 real events, each told by
 * The New York Times, Fox News and HuffPost; events in gold.json). It covers the same 12 events as basil-facts.ts.
 * For each event it lists the disputes a careful reader finds between or inside the three articles (possibly none),
 * and, over all events, a set of chains of reporting. Written from a careful reading of the texts alone, all three
 * articles of each event read in full, independently of the pipeline.
 *
 * Guidelines followed:
 * - A dispute is two or more sides that cannot all be true as stated, or a claim and its rejection, each side carried
 *   by an exact phrase. kind: 'value' = different numbers, dates or places for the same thing; 'denial' = a claim
 *   and someone's denial or rejection of it, across articles or inside one; 'actor' = two accounts of who did
 *   something; 'reversal' = one actor's position on one issue that changes over time, as the articles report it.
 * - Not disputes: differences of emphasis or framing, opinions and predictions (The Times finding the Wal-Mart court
 *   "closely divided" where HuffPost finds it "ready to block" the suit), a detail one outlet leaves out, spelling
 *   slips ("Stacy" / "Stacey"), and numbers that may count different things (3,400 stores the plaintiffs worked in
 *   against "more than 4,300" stores today). An event with no dispute has an entry with an empty list.
 * - Conflicts that come from the articles being written hours apart (a charge "expected" in one, already filed in
 *   another) are kept, since the texts as read disagree, and say so in a note.
 * - sides: the article url exactly as in articles.jsonl, a phrase that carries that side, and `by`: who stands behind
 *   the side when the text says (the outlet itself when it states it in its own voice).
 * - Chains: a statement passed on through someone ("X told the AP that …", "according to The Washington Post, citing
 *   people familiar …", "a spokesman said Y had said …"). speaker = the origin of the words; via = the go-betweens in
 *   order from the origin's listener outward to the article's outlet; the article's own outlet is not listed, so
 *   "told Fox News" in a Fox News article is no chain and is left out. A document that relays words (an indictment,
 *   a press release) counts as a go-between. Interviewers are folded into their outlet.
 * - phrase: 5–30 words copied character for character from the JSON-decoded `text` (curly or straight quotes and
 *   apostrophes as they are there), occurring exactly once in that article's text. All phrases were checked by
 *   script.
 * - The texts stay in ../shared/bench/basil; only these short phrases are copied here.
 */

export interface DisputeSide {
  url: string;
  phrase: string;
  by?: string;
}
export interface BasilDispute {
  event: string;
  kind: 'value' | 'denial' | 'actor' | 'reversal';
  /** The dispute in one plain sentence, written for this gold. */
  about: string;
  sides: DisputeSide[]; // at least two
  note?: string;
}
export interface BasilEventDisputes {
  event: string;
  title: string;
  disputes: BasilDispute[];
}
export interface BasilChain {
  event: string;
  url: string;
  phrase: string;
  speaker: string;
  via: string[];
  note?: string;
}

export const BASIL_DISPUTES: BasilEventDisputes[] = [
  {
    event: '38f7cbb7-5d6a-4c89-bcbd-8e164144172a',
    title: 'White House Asked Bill Clinton to Urge Joe Sestak to Drop Out of Senate Race',
    disputes: [
      {
        event: '38f7cbb7-5d6a-4c89-bcbd-8e164144172a',
        kind: 'denial',
        about: 'Reports said the White House offered Sestak the Navy secretary post; the White House denies it.',
        sides: [
          {
            url: 'https://thecaucus.blogs.nytimes.com/2010/05/28/white-house-used-bill-clinton-to-ask-sestak-to-drop-out-of-race/',
            phrase: 'many have speculated that the White House offered to appoint Mr. Sestak as secretary of the Navy',
            by: 'many (speculation)',
          },
          {
            url: 'https://thecaucus.blogs.nytimes.com/2010/05/28/white-house-used-bill-clinton-to-ask-sestak-to-drop-out-of-race/',
            phrase: 'Mr. Bauer said that was never the case',
            by: 'Robert F. Bauer, the White House counsel',
          },
          {
            url: 'http://www.foxnews.com/politics/2010/05/28/white-house-asked-clinton-urge-sestak-drop-senate-race.html',
            phrase:
              'Batting down allegations that the White House dangled the secretary of Navy position in front of Sestak',
            by: 'the White House report',
          },
          {
            url: 'https://www.huffingtonpost.com/2010/05/28/joe-sestak-bill-clinton-s_n_593299.html',
            phrase: 'insisting that the White House never offered Sestak the job of Secretary of the Navy',
            by: 'a source with knowledge of the exchange',
          },
        ],
      },
      {
        event: '38f7cbb7-5d6a-4c89-bcbd-8e164144172a',
        kind: 'denial',
        about:
          'Issa calls the approach to Sestak an illegal quid pro quo; the White House says nothing improper happened.',
        sides: [
          {
            url: 'https://thecaucus.blogs.nytimes.com/2010/05/28/white-house-used-bill-clinton-to-ask-sestak-to-drop-out-of-race/',
            phrase: 'said the interactions described by the White House “represent an illegal quid pro quo,”',
            by: 'Rep. Darrell Issa',
          },
          {
            url: 'http://www.foxnews.com/politics/2010/05/28/white-house-asked-clinton-urge-sestak-drop-senate-race.html',
            phrase: '"This is punishable by prison. This is a felony," said Rep. Darrell Issa',
            by: 'Rep. Darrell Issa',
          },
          {
            url: 'https://thecaucus.blogs.nytimes.com/2010/05/28/white-house-used-bill-clinton-to-ask-sestak-to-drop-out-of-race/',
            phrase: '“There was no such impropriety,” Robert F. Bauer, the White House counsel, said',
            by: 'Robert F. Bauer, the White House counsel',
          },
          {
            url: 'http://www.foxnews.com/politics/2010/05/28/white-house-asked-clinton-urge-sestak-drop-senate-race.html',
            phrase: '"allegations of improper conduct rest on factual errors and lack a basis in the law."',
            by: 'the White House report, by Robert Bauer',
          },
          {
            url: 'https://www.huffingtonpost.com/2010/05/28/joe-sestak-bill-clinton-s_n_593299.html',
            phrase: 'The source insisted that no laws were broken in the process of offering the position',
            by: 'a source with knowledge of the exchange',
          },
        ],
      },
    ],
  },
  {
    event: '6b541575-99b1-40d2-8730-9bb868ee38ed',
    title: 'Rep Etheridge apologizes for grabbing a young man',
    disputes: [
      {
        event: '6b541575-99b1-40d2-8730-9bb868ee38ed',
        kind: 'value',
        about: 'The YouTube account that posted the video is named differently: "DCCameraGuy" or "TonyManization".',
        sides: [
          {
            url: 'https://www.foxnews.com/politics/n-c-congressman-apologizes-for-physical-confrontation-with-man-in-washington',
            phrase: 'The video, which was posted on YouTube by "DCCameraGuy," does not reveal the identity',
            by: 'Fox News',
          },
          {
            url: 'https://www.huffingtonpost.com/2010/06/14/bob-etheridge-attacks-stu_n_610978.html',
            phrase: 'The YouTube video is published under an account titled TonyManization',
            by: 'Mediaite, quoted by HuffPost',
          },
        ],
      },
      {
        event: '6b541575-99b1-40d2-8730-9bb868ee38ed',
        kind: 'actor',
        about:
          'The filmers say they are students on a project; the DNC calls them a Republican party tracking operation.',
        sides: [
          {
            url: 'https://www.huffingtonpost.com/2010/06/14/bob-etheridge-attacks-stu_n_610978.html',
            phrase: 'The cameraman replies, “we’re just here for a project...we’re just students.”',
            by: 'the cameraman',
          },
          {
            url: 'https://www.foxnews.com/politics/n-c-congressman-apologizes-for-physical-confrontation-with-man-in-washington',
            phrase: 'who appears to be in his early 20s and who identifies himself as a student',
            by: 'the young man, on the video',
          },
          {
            url: 'https://www.huffingtonpost.com/2010/06/14/bob-etheridge-attacks-stu_n_610978.html',
            phrase: '“This was a Republican party tracking operation.',
            by: 'DNC spokesman Brad Woodhouse',
          },
        ],
        note: 'Woodhouse repeats the claim in the same statement: “a Republican Party hatchet job”.',
      },
    ],
  },
  {
    event: '2058ec60-5372-4f5f-83a3-da780be3a350',
    title: 'Walmart sex discrimination case goes to supreme court',
    disputes: [
      {
        event: '2058ec60-5372-4f5f-83a3-da780be3a350',
        kind: 'value',
        about:
          'The number of women in the class: 1.5 million, or up to 1.6 million (estimates: 500,000 to 1.6 million).',
        sides: [
          {
            url: 'https://www.nytimes.com/2011/03/30/business/30walmart.html',
            phrase: 'a lawsuit involving as many as 1.5 million women seeking back pay',
            by: 'The New York Times',
          },
          {
            url: 'http://www.foxnews.com/politics/2011/03/29/supreme-court-questions-claims-sex-bias-suit-wal-mart/',
            phrase: 'the sex discrimination lawsuit that covers 1.5 million women',
            by: 'Fox News',
          },
          {
            url: 'http://www.huffingtonpost.com/2011/03/29/supreme-court-wal-mart_n_842026.html',
            phrase: 'a massive sex discrimination lawsuit against Wal-Mart on behalf of up to 1.6 million women',
            by: 'HuffPost',
          },
          {
            url: 'http://www.huffingtonpost.com/2011/03/29/supreme-court-wal-mart_n_842026.html',
            phrase: 'Estimates of how many women could be included in the lawsuit run from 500,000 to 1.6 million.',
            by: 'HuffPost (estimates)',
          },
        ],
      },
      {
        event: '2058ec60-5372-4f5f-83a3-da780be3a350',
        kind: 'denial',
        about: 'The suit says Wal-Mart favors men in pay and promotion; Wal-Mart says its policies bar discrimination.',
        sides: [
          {
            url: 'http://www.huffingtonpost.com/2011/03/29/supreme-court-wal-mart_n_842026.html',
            phrase:
              "claims that Wal-Mart Stores Inc., the world's largest employer, favors men over women in pay and promotions",
            by: 'the lawsuit',
          },
          {
            url: 'http://www.foxnews.com/politics/2011/03/29/supreme-court-questions-claims-sex-bias-suit-wal-mart/',
            phrase: 'fosters the advancement of male workers over their female counterparts',
            by: 'the lawsuit',
          },
          {
            url: 'https://www.nytimes.com/2011/03/30/business/30walmart.html',
            phrase: 'The company says its policies expressly bar discrimination and promote diversity.',
            by: 'Wal-Mart',
          },
        ],
      },
    ],
  },
  {
    event: 'd3a1ce0a-fc48-4827-a278-8f0ce8c7a519',
    title: 'William Cowan named interim senator in Massachusetts',
    disputes: [
      {
        event: 'd3a1ce0a-fc48-4827-a278-8f0ce8c7a519',
        kind: 'value',
        about: 'The years Edward Brooke served as senator: 1966 to 1978, or 1967 to 1979.',
        sides: [
          {
            url: 'http://www.nytimes.com/2013/01/31/us/politics/boston-lawyer-chosen-for-kerrys-senate-seat.html?hpw',
            phrase: 'Edward Brooke, a Republican, held the seat from 1966 to 1978',
            by: 'The New York Times',
          },
          {
            url: 'https://www.huffingtonpost.com/2013/01/30/mo-cowan-senate_n_2567798.html',
            phrase: 'after Edward Brooke, who served from 1967 to 1979',
            by: 'HuffPost',
          },
        ],
      },
      {
        event: 'd3a1ce0a-fc48-4827-a278-8f0ce8c7a519',
        kind: 'value',
        about: 'The date of the special-election primaries: mid-May, or April 30.',
        sides: [
          {
            url: 'http://www.foxnews.com/politics/2013/01/30/mass-gov-picks-former-staffer-to-fill-kerry-senate-seat-until-june-election/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fpolitics+%28Internal+-+Politics+-+Text%29',
            phrase: 'Both political parties will hold special-election primaries in mid May.',
            by: 'Fox News',
          },
          {
            url: 'http://www.nytimes.com/2013/01/31/us/politics/boston-lawyer-chosen-for-kerrys-senate-seat.html?hpw',
            phrase: 'The primary would be held on April 30.',
            by: 'The New York Times',
          },
        ],
      },
      {
        event: 'd3a1ce0a-fc48-4827-a278-8f0ce8c7a519',
        kind: 'value',
        about: 'When Cowan left the Patrick administration: earlier in January 2013, or in 2012.',
        sides: [
          {
            url: 'http://www.foxnews.com/politics/2013/01/30/mass-gov-picks-former-staffer-to-fill-kerry-senate-seat-until-june-election/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+foxnews%2Fpolitics+%28Internal+-+Politics+-+Text%29',
            phrase: 'reportedly quit earlier this month to join private practice',
            by: 'Fox News (“reportedly”)',
          },
          {
            url: 'http://www.nytimes.com/2013/01/31/us/politics/boston-lawyer-chosen-for-kerrys-senate-seat.html?hpw',
            phrase: 'He left the Patrick administration last year to return to the private sector',
            by: 'The New York Times',
          },
        ],
        note: 'Both articles are dated January 30, 2013, so "earlier this month" is January 2013 and "last year" 2012.',
      },
    ],
  },
  {
    event: 'd1344998-0e7c-409e-aaad-df5be687fc94',
    title: 'Christ Christie campaign documents subpoenaed',
    disputes: [
      {
        event: 'd1344998-0e7c-409e-aaad-df5be687fc94',
        kind: 'denial',
        about:
          'Mayor Dawn Zimmer says the lieutenant governor threatened to withhold Sandy aid; Kim Guadagno denies it.',
        sides: [
          {
            url: 'https://mobile.nytimes.com/2014/01/24/nyregion/us-attorney-issues-subpoena-to-christies-re-election-campaign.html',
            phrase:
              'had threatened in May to withhold federal recovery aid for Hurricane Sandy unless she supported a development',
            by: 'Dawn Zimmer, the mayor of Hoboken',
          },
          {
            url: 'https://mobile.nytimes.com/2014/01/24/nyregion/us-attorney-issues-subpoena-to-christies-re-election-campaign.html',
            phrase: 'The lieutenant governor, Kim Guadagno, emphatically denied the allegations on Monday.',
            by: 'Lt. Gov. Kim Guadagno',
          },
        ],
        note: 'Only The Times tells this; HuffPost mentions separate Sandy-aid controversies without the denial.',
      },
    ],
  },
  {
    event: '33521e65-12da-4521-b132-7b606243b0e4',
    title: 'Federal charges filed against Grimm',
    disputes: [
      {
        event: '33521e65-12da-4521-b132-7b606243b0e4',
        kind: 'denial',
        about: 'Prosecutors plan fraud charges; Grimm’s lawyer says he is innocent and the case a political vendetta.',
        sides: [
          {
            url: 'https://www.nytimes.com/2014/04/26/nyregion/indictment-expected-for-representative-michael-grimm.html',
            phrase: 'were expected to include mail fraud and wire fraud',
            by: 'people with knowledge of the case',
          },
          {
            url: 'https://www.nytimes.com/2014/04/26/nyregion/indictment-expected-for-representative-michael-grimm.html',
            phrase:
              'said that Mr. Grimm “asserts his innocence” and that the investigation was “a politically driven vendetta.”',
            by: 'William McGinley, Grimm’s lawyer',
          },
          {
            url: 'http://www.foxnews.com/politics/2014/04/25/federal-prosecutors-plan-to-file-charges-against-rep-grimm-attorney-says.html?intcmp=trending',
            phrase: 'The statement said Grimm "asserts his innocence of any wrongdoing" and "will be vindicated."',
            by: 'William McGinley, Grimm’s attorney',
          },
        ],
      },
      {
        event: '33521e65-12da-4521-b132-7b606243b0e4',
        kind: 'denial',
        about: 'Pinto’s followers said they made illegal donations to Grimm’s campaign; Grimm denies knowing of any.',
        sides: [
          {
            url: 'http://www.foxnews.com/politics/2014/04/25/federal-prosecutors-plan-to-file-charges-against-rep-grimm-attorney-says.html?intcmp=trending',
            phrase:
              "Some members of Pinto's congregation subsequently said they made tens of thousands of dollars in illegal contributions",
            by: 'members of Pinto’s congregation',
          },
          {
            url: 'http://www.foxnews.com/politics/2014/04/25/federal-prosecutors-plan-to-file-charges-against-rep-grimm-attorney-says.html?intcmp=trending',
            phrase: 'Grimm has denied knowledge of any improprieties',
            by: 'Michael Grimm',
          },
        ],
      },
      {
        event: '33521e65-12da-4521-b132-7b606243b0e4',
        kind: 'value',
        about: 'Whether Grimm was still to be indicted or had already been indicted in secret.',
        sides: [
          {
            url: 'https://www.nytimes.com/2014/04/26/nyregion/indictment-expected-for-representative-michael-grimm.html',
            phrase: 'was expected to be indicted on federal fraud charges after a lengthy corruption investigation',
            by: 'people with knowledge of the case',
          },
          {
            url: 'http://www.foxnews.com/politics/2014/04/25/federal-prosecutors-plan-to-file-charges-against-rep-grimm-attorney-says.html?intcmp=trending',
            phrase:
              'confirmed late Friday that federal prosecutors plan to file criminal charges against the congressman',
            by: 'Grimm’s attorney',
          },
          {
            url: 'https://www.huffingtonpost.com/2014/04/25/michael-grimm-indicted_n_5215385.html',
            phrase: 'Grimm has already "been secretly indicted by a federal grand jury in Brooklyn',
            by: 'people familiar with the case, via The Washington Post',
          },
        ],
        note: 'HuffPost itself first says "expected to be indicted", then gives The Post’s later report as an update.',
      },
    ],
  },
  {
    event: 'ee05c9b3-529c-4268-ad72-19bd34f7197e',
    title: 'Eric Cantor defeated by David Brat',
    disputes: [],
  },
  {
    event: 'c5534b7e-a373-4962-8345-3847bc41a636',
    title: 'Benghazi committee wants to interview Clinton about emails',
    disputes: [
      {
        event: 'c5534b7e-a373-4962-8345-3847bc41a636',
        kind: 'reversal',
        about:
          'Clinton first said she chose not to keep her personal emails, then that the server would remain private.',
        sides: [
          {
            url: 'https://www.nytimes.com/2015/04/01/us/politics/hillary-clinton-email-benghazi-inquiry.html',
            phrase: 'Mrs. Clinton first said she “chose not to keep” her private personal emails.',
            by: 'Hillary Clinton',
          },
          {
            url: 'https://www.nytimes.com/2015/04/01/us/politics/hillary-clinton-email-benghazi-inquiry.html',
            phrase: 'former President Bill Clinton, “will remain private.”',
            by: 'Hillary Clinton',
          },
        ],
        note: 'The Times calls them "two answers" on whether she still has her emails; both came at one news conference.',
      },
      {
        event: 'c5534b7e-a373-4962-8345-3847bc41a636',
        kind: 'denial',
        about:
          'Reince Priebus calls Clinton’s deleting of her emails criminal; Trey Gowdy rejects this as speculation.',
        sides: [
          {
            url: 'https://www.nytimes.com/2015/04/01/us/politics/hillary-clinton-email-benghazi-inquiry.html',
            phrase: 'Mrs. Clinton’s decision to delete her emails “is criminal in nature.”',
            by: 'Reince Priebus',
          },
          {
            url: 'https://www.nytimes.com/2015/04/01/us/politics/hillary-clinton-email-benghazi-inquiry.html',
            phrase: '“We don’t know enough facts, so why speculate?” Mr. Gowdy added.',
            by: 'Rep. Trey Gowdy',
          },
        ],
        note: 'Gowdy rejects the conclusion as premature rather than asserting that no crime was committed.',
      },
    ],
  },
  {
    event: 'd16050b3-979f-4834-90db-b8823691b87e',
    title: 'Kathy Griffin apologizes for photo shoot with a fake bloody Donald Trump head',
    disputes: [
      {
        event: 'd16050b3-979f-4834-90db-b8823691b87e',
        kind: 'reversal',
        about:
          'Griffin first defended the image as art and mockery of Trump, then apologized and said she went too far.',
        sides: [
          {
            url: 'https://www.huffingtonpost.com/entry/so-heres-a-photo-of-kathy-griffin-beheading-donald-trump_us_592dbd5ce4b0c0608e8bdb08',
            phrase: 'Griffin claims that the image is an “expression of art”',
            by: 'Kathy Griffin, via Yashar Ali',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/so-heres-a-photo-of-kathy-griffin-beheading-donald-trump_us_592dbd5ce4b0c0608e8bdb08',
            phrase: 'She does, however, condone “mocking the Mocker in Chief.”',
            by: 'Kathy Griffin',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/so-heres-a-photo-of-kathy-griffin-beheading-donald-trump_us_592dbd5ce4b0c0608e8bdb08',
            phrase: 'Kathy Griffin issued a formal apology for the controversial images on Twitter.',
            by: 'Kathy Griffin',
          },
          {
            url: 'http://www.foxnews.com/entertainment/2017/05/30/kathy-griffin-apologizes-for-photo-shoot-with-bloodied-trump-mask-says-went-too-far.html',
            phrase: 'Kathy Griffin admitted Tuesday she "went too far"',
            by: 'Kathy Griffin',
          },
          {
            url: 'https://mobile.nytimes.com/2017/05/31/us/politics/trump-kathy-griffin-comedian-democrats.html',
            phrase: 'I went way too far. The image is too disturbing.',
            by: 'Kathy Griffin',
          },
        ],
      },
    ],
  },
  {
    event: '1f99798f-2b60-4ecb-b5f4-4aa7991e8ace',
    title: 'Cesar Sayoc arrested for sending pipe bombs to Trump critics',
    disputes: [
      {
        event: '1f99798f-2b60-4ecb-b5f4-4aa7991e8ace',
        kind: 'value',
        about: 'Whether Sayoc had been charged: no formal charges yet, or charged with five federal crimes.',
        sides: [
          {
            url: 'https://www.nytimes.com/2018/10/26/nyregion/cnn-cory-booker-pipe-bombs-sent.html',
            phrase: 'Although no formal charges have been filed yet in the case',
            by: 'The New York Times',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/mail-pipe-bomb-plot-suspect_us_5bd32b4de4b0d38b5882ca62',
            phrase: 'Sayoc has been charged with five federal crimes',
            by: 'the Department of Justice',
          },
        ],
        note: 'Written hours apart on the day of the arrest; HuffPost has the Justice Department’s later announcement.',
      },
      {
        event: '1f99798f-2b60-4ecb-b5f4-4aa7991e8ace',
        kind: 'reversal',
        about: 'Investigators first thought some devices were hand delivered, then that all were likely sent by mail.',
        sides: [
          {
            url: 'https://www.nytimes.com/2018/10/26/nyregion/cnn-cory-booker-pipe-bombs-sent.html',
            phrase: 'investigators initially thought that some devices were hand delivered',
            by: 'investigators',
          },
          {
            url: 'https://www.nytimes.com/2018/10/26/nyregion/cnn-cory-booker-pipe-bombs-sent.html',
            phrase: 'they now believe it is likely all of them were sent in the mail',
            by: 'investigators',
          },
        ],
      },
    ],
  },
  {
    event: 'eb17fa36-89f2-4d0b-8133-7bb4682228e1',
    title: 'Congressman Hunter and wife indicted on corruption charges',
    disputes: [
      {
        event: 'eb17fa36-89f2-4d0b-8133-7bb4682228e1',
        kind: 'value',
        about: 'The length of the indictment: 48 pages or 47 pages.',
        sides: [
          {
            url: 'http://www.foxnews.com/politics/2018/08/21/rep-duncan-hunter-wife-indicted-on-corruption-charges-in-california.html',
            phrase: 'Among the allegations named in the 48-page indictment',
            by: 'Fox News',
          },
          {
            url: 'https://www.nytimes.com/2018/08/21/us/politics/duncan-hunter-indicted.html',
            phrase: 'In a 48-page indictment released by the Justice Department',
            by: 'The New York Times',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/duncan-hunter-margaret-hunter_us_5b7c83b7e4b0cd327df795f9',
            phrase:
              'by converting campaign funds for their own personal benefit and enjoyment,” the 47-page indictment says',
            by: 'HuffPost',
          },
        ],
      },
      {
        event: 'eb17fa36-89f2-4d0b-8133-7bb4682228e1',
        kind: 'value',
        about: 'When Hunter repaid about $60,000 to his campaign: by 2017, or earlier in 2018.',
        sides: [
          {
            url: 'http://www.foxnews.com/politics/2018/08/21/rep-duncan-hunter-wife-indicted-on-corruption-charges-in-california.html',
            phrase:
              "The congressman's lawyers said in 2017 that Hunter and his wife repaid the campaign about $60,000.",
            by: 'Hunter’s lawyers',
          },
          {
            url: 'https://www.nytimes.com/2018/08/21/us/politics/duncan-hunter-indicted.html',
            phrase:
              'His lawyer said then that the congressman intended to cooperate fully and had already repaid about $60,000',
            by: 'Hunter’s lawyer, in March 2017',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/duncan-hunter-margaret-hunter_us_5b7c83b7e4b0cd327df795f9',
            phrase:
              'He repaid his campaign more than $60,000 earlier this year for improper expenses dating back to 2015',
            by: 'HuffPost',
          },
        ],
        note: 'The articles are dated August 21, 2018, so HuffPost’s "earlier this year" is 2018.',
      },
      {
        event: 'eb17fa36-89f2-4d0b-8133-7bb4682228e1',
        kind: 'denial',
        about:
          'The indictment says the Hunters misspent knowingly, despite warnings; Hunter called any misuse an accident.',
        sides: [
          {
            url: 'https://www.huffingtonpost.com/entry/duncan-hunter-margaret-hunter_us_5b7c83b7e4b0cd327df795f9',
            phrase: 'The Hunters knew that many of their desired purchases could be made only by using campaign funds',
            by: 'the indictment',
          },
          {
            url: 'https://www.nytimes.com/2018/08/21/us/politics/duncan-hunter-indicted.html',
            phrase:
              'continued despite “numerous warnings” and “repeated inquiries” from Mr. Hunter’s campaign treasurer',
            by: 'the Justice Department',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/duncan-hunter-margaret-hunter_us_5b7c83b7e4b0cd327df795f9',
            phrase: 'spend campaign funds improperly, he said, “it was an accident and I paid it back.”',
            by: 'Rep. Duncan Hunter',
          },
        ],
      },
      {
        event: 'eb17fa36-89f2-4d0b-8133-7bb4682228e1',
        kind: 'actor',
        about:
          'Hunter blamed his wife for the improper charges; prosecutors say he and his wife both did it, and he knew.',
        sides: [
          {
            url: 'https://www.huffingtonpost.com/entry/duncan-hunter-margaret-hunter_us_5b7c83b7e4b0cd327df795f9',
            phrase: 'Hunter had blamed his wife, who acted as a campaign manager, for many of the improper charges',
            by: 'Rep. Duncan Hunter',
          },
          {
            url: 'https://www.nytimes.com/2018/08/21/us/politics/duncan-hunter-indicted.html',
            phrase:
              'Congressman Hunter and his wife repeatedly dipped into campaign coffers as if they were personal bank accounts',
            by: 'U.S. Attorney Adam L. Braverman',
          },
          {
            url: 'http://www.foxnews.com/politics/2018/08/21/rep-duncan-hunter-wife-indicted-on-corruption-charges-in-california.html',
            phrase: 'allegedly was aware of what he and his wife were doing',
            by: 'the indictment',
          },
        ],
      },
    ],
  },
  {
    event: 'aab91277-8d56-4844-a581-45630f873f49',
    title: 'Roger Stone has been indicted by Mueller',
    disputes: [
      {
        event: 'aab91277-8d56-4844-a581-45630f873f49',
        kind: 'reversal',
        about: 'Stone suggested, or admitted, that he was in contact with Julian Assange, and later said he was not.',
        sides: [
          {
            url: 'https://www.nytimes.com/2019/01/25/us/politics/roger-stone-trump-mueller.html',
            phrase: 'even suggested that he had personally spoken to the WikiLeaks founder, Julian Assange',
            by: 'Roger Stone, during the 2016 race',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/roger-stone-indicted-mueller-investigation_us_5b928d30e4b0cf7b003f3321',
            phrase: 'Stone has previously admitted to being in contact with Julian Assange of WikiLeaks',
            by: 'Roger Stone',
          },
          {
            url: 'https://www.nytimes.com/2019/01/25/us/politics/roger-stone-trump-mueller.html',
            phrase:
              'Mr. Stone has changed his story as investigators closed in, saying that he was not actually speaking to Mr. Assange',
            by: 'Roger Stone, later',
          },
        ],
        note: 'HuffPost gives the admission without the later retraction that The Times reports.',
      },
      {
        event: 'aab91277-8d56-4844-a581-45630f873f49',
        kind: 'denial',
        about:
          'The indictment says Stone lied to Congress; Stone says he is falsely accused and will plead not guilty.',
        sides: [
          {
            url: 'https://www.nytimes.com/2019/01/25/us/politics/roger-stone-trump-mueller.html',
            phrase:
              'The indictment documented numerous lies to lawmakers about his efforts to set up a back channel to WikiLeaks',
            by: 'the indictment',
          },
          {
            url: 'https://www.foxnews.com/politics/roger-stones-predawn-fbi-arrest-operation-sparks-controversy',
            phrase: 'alleges that Stone worked to obstruct the House Intelligence Committee’s investigation',
            by: 'the indictment',
          },
          {
            url: 'https://www.huffingtonpost.com/entry/roger-stone-indicted-mueller-investigation_us_5b928d30e4b0cf7b003f3321',
            phrase: 'Stone said he plans to plead not guilty to the charges, saying he was “falsely accused”',
            by: 'Roger Stone',
          },
          {
            url: 'https://www.nytimes.com/2019/01/25/us/politics/roger-stone-trump-mueller.html',
            phrase: 'Mr. Stone vowed to beat what he called politically motivated charges',
            by: 'Roger Stone',
          },
        ],
      },
      {
        event: 'aab91277-8d56-4844-a581-45630f873f49',
        kind: 'denial',
        about: 'Stone’s side calls the armed pre-dawn arrest vindictive; a law enforcement source calls it standard.',
        sides: [
          {
            url: 'https://www.foxnews.com/politics/roger-stones-predawn-fbi-arrest-operation-sparks-controversy',
            phrase: 'scaring his wife, scaring his dogs—it was completely unnecessary',
            by: 'Stone’s attorney',
          },
          {
            url: 'https://www.foxnews.com/politics/roger-stones-predawn-fbi-arrest-operation-sparks-controversy',
            phrase: '“This was designed to be vindictive and intimidating.”',
            by: 'Joseph diGenova',
          },
          {
            url: 'https://www.foxnews.com/politics/roger-stones-predawn-fbi-arrest-operation-sparks-controversy',
            phrase: 'told Fox News on Friday that the operation was “standard” for a home arrest.',
            by: 'a federal law enforcement source',
          },
          {
            url: 'https://www.nytimes.com/2019/01/25/us/politics/roger-stone-trump-mueller.html',
            phrase: 'Agents typically use those tactics as a precaution to secure possible evidence',
            by: 'The New York Times',
          },
        ],
      },
    ],
  },
];

export const BASIL_CHAINS: BasilChain[] = [
  // Sestak
  {
    event: '38f7cbb7-5d6a-4c89-bcbd-8e164144172a',
    url: 'https://thecaucus.blogs.nytimes.com/2010/05/28/white-house-used-bill-clinton-to-ask-sestak-to-drop-out-of-race/',
    phrase:
      'Mr. Clinton had conveyed Mr. Emanuel’s suggestion that he join a “presidential board” while remaining in the House',
    speaker: 'Rahm Emanuel',
    via: ['Bill Clinton', 'Joe Sestak'],
    note: 'Sestak, in a statement, reports what Clinton passed on from Emanuel.',
  },
  {
    event: '38f7cbb7-5d6a-4c89-bcbd-8e164144172a',
    url: 'https://thecaucus.blogs.nytimes.com/2010/05/28/white-house-used-bill-clinton-to-ask-sestak-to-drop-out-of-race/',
    phrase: '“The former president said he knew I’d say that',
    speaker: 'Bill Clinton',
    via: ['Joe Sestak'],
  },
  {
    event: '38f7cbb7-5d6a-4c89-bcbd-8e164144172a',
    url: 'http://www.foxnews.com/politics/2010/05/28/white-house-asked-clinton-urge-sestak-drop-senate-race.html',
    phrase: 'Sestak said Clinton called him last summer to express concerns over his jumping into the Senate primary',
    speaker: 'Bill Clinton',
    via: ['Joe Sestak'],
  },
  {
    event: '38f7cbb7-5d6a-4c89-bcbd-8e164144172a',
    url: 'https://thecaucus.blogs.nytimes.com/2010/05/28/white-house-used-bill-clinton-to-ask-sestak-to-drop-out-of-race/',
    phrase:
      'suggested a possible administration job to Andrew Romanoff to get him to not challenge Sen. Michael Bennet',
    speaker: 'unnamed sources',
    via: ['The Denver Post'],
    note: 'The sentence ends "The Denver Post has reported, citing unnamed sources."',
  },
  // Wal-Mart
  {
    event: '2058ec60-5372-4f5f-83a3-da780be3a350',
    url: 'https://www.nytimes.com/2011/03/30/business/30walmart.html',
    phrase: '“The problem here, Mr. Sellers says, is that the records are not available,” Mr. Boutrous said.',
    speaker: 'Joseph M. Sellers',
    via: ['Theodore J. Boutrous Jr.'],
  },
  {
    event: '2058ec60-5372-4f5f-83a3-da780be3a350',
    url: 'http://www.foxnews.com/politics/2011/03/29/supreme-court-questions-claims-sex-bias-suit-wal-mart/',
    phrase: "Our expert's report and testimony showed that at 90 percent of the stores, there was no pay disparity",
    speaker: 'Wal-Mart’s expert (report and testimony)',
    via: ['Theodore Boutrous'],
  },
  {
    event: '2058ec60-5372-4f5f-83a3-da780be3a350',
    url: 'http://www.foxnews.com/politics/2011/03/29/supreme-court-questions-claims-sex-bias-suit-wal-mart/',
    phrase: 'I could see the men going forth and the women in the store stayed in the basic positions',
    speaker: 'Betty Dukes',
    via: ['an interviewer'],
    note: '"Dukes once told an interviewer"; the interviewer is not named.',
  },
  // Cowan
  {
    event: 'd3a1ce0a-fc48-4827-a278-8f0ce8c7a519',
    url: 'http://www.nytimes.com/2013/01/31/us/politics/boston-lawyer-chosen-for-kerrys-senate-seat.html?hpw',
    phrase: '“My mother told me that days like this were possible.”',
    speaker: 'William Cowan’s mother',
    via: ['William Cowan'],
  },
  {
    event: 'd3a1ce0a-fc48-4827-a278-8f0ce8c7a519',
    url: 'https://www.huffingtonpost.com/2013/01/30/mo-cowan-senate_n_2567798.html',
    phrase:
      'said recently on local cable television that it was a priority for him to pick a woman or a person of color',
    speaker: 'Deval Patrick',
    via: ['local cable television'],
  },
  // Christie
  {
    event: 'd1344998-0e7c-409e-aaad-df5be687fc94',
    url: 'https://mobile.nytimes.com/2014/01/24/nyregion/us-attorney-issues-subpoena-to-christies-re-election-campaign.html',
    phrase: 'told them that Ms. Zimmer had recounted the threat to them around the time she said it occurred',
    speaker: 'two of the mayor’s aides',
    via: ['F.B.I. agents', 'two people briefed on the matter'],
    note: 'What the aides relay is in turn Zimmer’s own account of the threat.',
  },
  {
    event: 'd1344998-0e7c-409e-aaad-df5be687fc94',
    url: 'https://mobile.nytimes.com/2014/01/24/nyregion/us-attorney-issues-subpoena-to-christies-re-election-campaign.html',
    phrase: 'Ms. Zimmer told him several months later about the encounter with Ms. Guadagno',
    speaker: 'Dawn Zimmer',
    via: ['David Mello'],
  },
  // Grimm
  {
    event: '33521e65-12da-4521-b132-7b606243b0e4',
    url: 'https://www.huffingtonpost.com/2014/04/25/michael-grimm-indicted_n_5215385.html',
    phrase:
      'will include mail fraud and wire fraud and focus on his conduct in connection with a health food restaurant',
    speaker: 'someone familiar with the case',
    via: ['The New York Times'],
  },
  {
    event: '33521e65-12da-4521-b132-7b606243b0e4',
    url: 'https://www.huffingtonpost.com/2014/04/25/michael-grimm-indicted_n_5215385.html',
    phrase: 'been secretly indicted by a federal grand jury in Brooklyn, according to people familiar with the case.',
    speaker: 'people familiar with the case',
    via: ['The Washington Post'],
  },
  {
    event: '33521e65-12da-4521-b132-7b606243b0e4',
    url: 'https://www.nytimes.com/2014/04/26/nyregion/indictment-expected-for-representative-michael-grimm.html',
    phrase: 'to complain that the restaurant had paid them less than minimum wage',
    speaker: 'two former deliverymen',
    via: ['a lawyer'],
    note: 'The lawyer they hired contacted Grimm’s congressional office with the complaint.',
  },
  // Cantor
  {
    event: 'ee05c9b3-529c-4268-ad72-19bd34f7197e',
    url: 'https://www.nytimes.com/2014/06/11/us/politics/eric-cantor-loses-gop-primary.html',
    phrase: '“The American people want to pay attention to serious ideas again,” Mr. Brat said, speaking on Fox News.',
    speaker: 'David Brat',
    via: ['Fox News'],
  },
  {
    event: 'ee05c9b3-529c-4268-ad72-19bd34f7197e',
    url: 'https://www.nytimes.com/2014/06/11/us/politics/eric-cantor-loses-gop-primary.html',
    phrase:
      'said on Fox News on Tuesday night that the primary results were “an absolute repudiation of establishment politics”',
    speaker: 'Laura Ingraham',
    via: ['Fox News'],
  },
  {
    event: 'ee05c9b3-529c-4268-ad72-19bd34f7197e',
    url: 'https://www.huffingtonpost.com/2014/06/10/dave-brat-primary-win_n_5482714.html?ec_carp=7041908105451402550',
    phrase: '"The good news is dollars don\'t vote, people do," Brat told Hannity.',
    speaker: 'Dave Brat',
    via: ['Fox News'],
    note: 'The phone interview with Fox News’ Sean Hannity is named in the first sentence of the article.',
  },
  // Benghazi / emails
  {
    event: 'c5534b7e-a373-4962-8345-3847bc41a636',
    url: 'https://www.nytimes.com/2015/04/01/us/politics/hillary-clinton-email-benghazi-inquiry.html',
    phrase:
      'a spokesman for her said she had told the committee months ago that she was prepared to testify at a public hearing',
    speaker: 'Hillary Clinton',
    via: ['Nick Merrill'],
  },
  {
    event: 'c5534b7e-a373-4962-8345-3847bc41a636',
    url: 'https://www.nytimes.com/2015/04/01/us/politics/hillary-clinton-email-benghazi-inquiry.html',
    phrase: 'Mr. Priebus said in an appearance on Fox News that Mrs. Clinton’s decision to delete her emails',
    speaker: 'Reince Priebus',
    via: ['Fox News'],
    note: 'The programme is named in the next sentence: "Fox and Friends".',
  },
  {
    event: 'c5534b7e-a373-4962-8345-3847bc41a636',
    url: 'http://www.huffingtonpost.com/2015/03/31/gowdy-requests-interview_n_6977642.html',
    phrase:
      'her lawyer had informed the committee that the server used for emails during her tenure had been wiped clean',
    speaker: 'Clinton’s lawyer',
    via: ['Trey Gowdy'],
    note: 'The lawyer informed the committee, which Gowdy chairs; Gowdy said so last week.',
  },
  // Griffin
  {
    event: 'd16050b3-979f-4834-90db-b8823691b87e',
    url: 'http://www.foxnews.com/entertainment/2017/05/30/kathy-griffin-apologizes-for-photo-shoot-with-bloodied-trump-mask-says-went-too-far.html',
    phrase: 'Griffin joked with Shields on set they would need to move to Mexico',
    speaker: 'Kathy Griffin',
    via: ['TMZ'],
    note: '"According to the gossip site": TMZ, named two paragraphs earlier.',
  },
  {
    event: 'd16050b3-979f-4834-90db-b8823691b87e',
    url: 'http://www.foxnews.com/entertainment/2017/05/30/kathy-griffin-apologizes-for-photo-shoot-with-bloodied-trump-mask-says-went-too-far.html',
    phrase: "she said, 'I'd love to do something political. I'd love to make a statement,'",
    speaker: 'Kathy Griffin',
    via: ['Tyler Shields'],
  },
  {
    event: 'd16050b3-979f-4834-90db-b8823691b87e',
    url: 'https://www.huffingtonpost.com/entry/so-heres-a-photo-of-kathy-griffin-beheading-donald-trump_us_592dbd5ce4b0c0608e8bdb08',
    phrase: 'According to New York Magazine writer Yashar Ali, Griffin claims that the image is an “expression of art”',
    speaker: 'Kathy Griffin',
    via: ['Yashar Ali (New York Magazine)'],
  },
  {
    event: 'd16050b3-979f-4834-90db-b8823691b87e',
    url: 'https://mobile.nytimes.com/2017/05/31/us/politics/trump-kathy-griffin-comedian-democrats.html',
    phrase: 'I hope that we can proceed with this straight dialogue soon.',
    speaker: 'Carter Page',
    via: ['Fox and other news organizations'],
    note: 'From "a letter to the House Intelligence Committee reported by Fox and other news organizations".',
  },
  {
    event: 'd16050b3-979f-4834-90db-b8823691b87e',
    url: 'https://mobile.nytimes.com/2017/05/31/us/politics/trump-kathy-griffin-comedian-democrats.html',
    phrase:
      'I have learned from your Committee staff on this Memorial Day holiday that I might not be immediately afforded',
    speaker: 'House Intelligence Committee staff',
    via: ['Carter Page', 'Fox and other news organizations'],
  },
  // Sayoc
  {
    event: '1f99798f-2b60-4ecb-b5f4-4aa7991e8ace',
    url: 'https://www.foxnews.com/us/suspect-arrested-in-florida-in-connection-with-suspicious-packages-sent-to-democrats',
    phrase: 'If there is a human involved, there is a high probability you’re going to get somewhere investigatively',
    speaker: 'Larry Johnson',
    via: ['The Associated Press'],
  },
  {
    event: '1f99798f-2b60-4ecb-b5f4-4aa7991e8ace',
    url: 'https://www.huffingtonpost.com/entry/mail-pipe-bomb-plot-suspect_us_5bd32b4de4b0d38b5882ca62',
    phrase: 'A law enforcement source told CNN the package was similar to the other ones',
    speaker: 'a law enforcement source',
    via: ['CNN'],
  },
  {
    event: '1f99798f-2b60-4ecb-b5f4-4aa7991e8ace',
    url: 'https://www.nytimes.com/2018/10/26/nyregion/cnn-cory-booker-pipe-bombs-sent.html',
    phrase: 'Speaking on CNN on Friday, Mr. Clapper said he was not surprised that a device had been sent to him.',
    speaker: 'James R. Clapper Jr.',
    via: ['CNN'],
  },
  // Hunter
  {
    event: 'eb17fa36-89f2-4d0b-8133-7bb4682228e1',
    url: 'https://www.nytimes.com/2018/08/21/us/politics/duncan-hunter-indicted.html',
    phrase: 'said Tuesday that the congressman “believes this action is purely politically motivated,”',
    speaker: 'Duncan Hunter',
    via: ['Michael Harrison'],
    note: 'Harrison is Hunter’s spokesman.',
  },
  {
    event: 'eb17fa36-89f2-4d0b-8133-7bb4682228e1',
    url: 'https://www.nytimes.com/2018/08/21/us/politics/duncan-hunter-indicted.html',
    phrase:
      'told The San Diego Union-Tribune days after Mr. Trump’s election that he wanted to restore “a warrior culture',
    speaker: 'Duncan Hunter',
    via: ['The San Diego Union-Tribune'],
  },
  {
    event: 'eb17fa36-89f2-4d0b-8133-7bb4682228e1',
    url: 'https://www.huffingtonpost.com/entry/duncan-hunter-margaret-hunter_us_5b7c83b7e4b0cd327df795f9',
    phrase: 'in February he feigned ignorance in an interview with Politico, saying: “Nah, I know the rules.”',
    speaker: 'Duncan Hunter',
    via: ['Politico'],
  },
  {
    event: 'eb17fa36-89f2-4d0b-8133-7bb4682228e1',
    url: 'http://www.foxnews.com/politics/2018/08/21/rep-duncan-hunter-wife-indicted-on-corruption-charges-in-california.html',
    phrase: '“According to the indictment, the Hunters knew that many of their desired purchases could be made only',
    speaker: 'the indictment',
    via: ['the U.S. Attorney’s Office'],
    note: 'Quoted from the U.S. Attorney’s Office press release.',
  },
  // Stone
  {
    event: 'aab91277-8d56-4844-a581-45630f873f49',
    url: 'https://www.nytimes.com/2019/01/25/us/politics/roger-stone-trump-mueller.html',
    phrase: 'Three senior Trump campaign officials told Mr. Mueller’s team that Mr. Stone created the impression',
    speaker: 'three senior Trump campaign officials',
    via: ['Mr. Mueller’s team', 'people familiar with their witness interviews'],
  },
  {
    event: 'aab91277-8d56-4844-a581-45630f873f49',
    url: 'https://www.nytimes.com/2019/01/25/us/politics/roger-stone-trump-mueller.html',
    phrase: '“The charges brought against Mr. Stone have nothing to do with the president,” she told CNN.',
    speaker: 'Sarah Huckabee Sanders',
    via: ['CNN'],
  },
  {
    event: 'aab91277-8d56-4844-a581-45630f873f49',
    url: 'https://www.nytimes.com/2019/01/25/us/politics/roger-stone-trump-mueller.html',
    phrase: 'Mr. Stone wrote that more WikiLeaks disclosures were forthcoming, “a load every week going forward,”',
    speaker: 'Roger Stone',
    via: ['the indictment'],
    note: 'Written to Stephen K. Bannon; the sentence ends "according to the indictment".',
  },
  {
    event: 'aab91277-8d56-4844-a581-45630f873f49',
    url: 'https://www.huffingtonpost.com/entry/roger-stone-indicted-mueller-investigation_us_5b928d30e4b0cf7b003f3321',
    phrase: 'reportedly told The Washington Post’s Manuel Roig-Franzia that FBI agents also executed a search warrant',
    speaker: 'Kristin Davis',
    via: ['The Washington Post'],
  },
  {
    event: 'aab91277-8d56-4844-a581-45630f873f49',
    url: 'https://www.huffingtonpost.com/entry/roger-stone-indicted-mueller-investigation_us_5b928d30e4b0cf7b003f3321',
    phrase:
      'He told The Washington Post that he met with a Russian national who wanted to sell Trump damaging information',
    speaker: 'Roger Stone',
    via: ['The Washington Post'],
  },
  {
    event: 'aab91277-8d56-4844-a581-45630f873f49',
    url: 'https://www.huffingtonpost.com/entry/roger-stone-indicted-mueller-investigation_us_5b928d30e4b0cf7b003f3321',
    phrase: 'told the Post that he was not working on the FBI’s behalf when he met with Stone',
    speaker: 'the Russian national, a former FBI informant',
    via: ['The Washington Post'],
  },
  {
    event: 'aab91277-8d56-4844-a581-45630f873f49',
    url: 'https://www.huffingtonpost.com/entry/roger-stone-indicted-mueller-investigation_us_5b928d30e4b0cf7b003f3321',
    phrase: 'told Credico (“Person 2”) that he should “do a ‘Frank Pentangeli’” in his testimony',
    speaker: 'Roger Stone',
    via: ['the indictment'],
    note: 'Said to Randy Credico; it reaches HuffPost through the indictment ("according to the indictment").',
  },
];
