/** Words that mark reported speech in news English: data only, lower case. */
import { SPEECH_VERBS } from './verbs.ts';

/** Verbs in SPEECH_VERBS that name doing or feeling, not saying ("met", "wants"): never a cue. */
const NOT_SPEECH = new Set(
  `met meets visited visits signed signs wants wanted hopes hoped expects expected thinks thought believes
believed called calls spoke speaks speaking shared shares saying tell`.split(/\s+/),
);

/** More cue verbs of news reporting, past and present forms. */
const MORE_CUES = `
reported reports told observed observes recounted recounts contended contends maintained maintains
asserted asserts cautioned cautions complained complains conceded concedes countered counters joked jokes
quipped quips boasted boasts lamented laments alleged alleges charged charges tweeted tweets
retorted retorts estimated estimates indicated indicates acknowledged
answered answers admitted assured assures demanded demands mused muses pointed predicted
proclaimed proclaims protested protests recalled repeated repeats scoffed scoffs shouted shouts
speculated speculates summed testified underscored underscores wondered wonders yelled yells cited
commented comments reads replied retweeted screamed whispered sang sings chanted cheered
fumed fumes grumbled grumbles
`
  .split(/\s+/)
  .filter(Boolean);

/** Cue participles (", saying …"): their speaker is the subject of the sentence. */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set(
  `saying adding stating noting telling writing arguing insisting warning claiming explaining declaring
  asserting describing chanting chanted asking tweeting posting replying responding answering quipping
  joking suggesting calling fuming complaining grumbling`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Verbs that report words only with quotation marks ("called him a “disgrace”", "labelled it
 * “reckless”"): without marks they mean something else ("Trump called Putin").
 */
export const QUOTE_ONLY_CUES: ReadonlySet<string> = new Set(
  'called calls calling labelled labeled labels labeling labelling branded brands branding termed terms terming dubbed dubbing referred refers referring'.split(
    ' ',
  ),
);

/** Cue verbs: the verbs after (or before) which a speaker's words are reported. */
export const CUE_VERBS: ReadonlySet<string> = new Set(
  [...SPEECH_VERBS].filter((v) => !NOT_SPEECH.has(v)).concat(MORE_CUES, [...PARTICIPLE_CUES], [...QUOTE_ONLY_CUES]),
);

/** Words before a cue-like word that make it a noun ("multiple reports", "such claims"). */
export const DETERMINERS: ReadonlySet<string> = new Set(
  `a an the all multiple many some several his her their its our my your these those such other new recent
  media news early earlier latest further no any republican democratic democrat gop`.split(/\s+/),
);

/** Forms of "be": before a cue they make it passive ("is expected") or progressive ("is telling"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Pronouns that can stand for a speaker. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'i', 'we']);

/**
 * Words that, opening a sentence or the attribution after its quote, leave whom it is about to the
 * sentences before it ("He then grabs …", "“…,” she said").
 */
export const LEANING_WORDS: ReadonlySet<string> = new Set([...SPEAKER_PRONOUNS, 'you', 'his', 'her', 'their', 'its']);

/**
 * Verbs of seeming: after an expletive "it" ("It seems that …", "it may appear that …") they report the
 * writer's impression, said by no one.
 */
export const SEEM_VERBS: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/**
 * Titles before a name that tell a woman or a man ("Mrs. Clinton", "Congresswoman Wasserman Schultz",
 * "Spokesman Josh Earnest"), as written: with a capital ("would miss Okoro" holds no title), and not
 * "Chairman", which women hold too.
 */
export const FEMALE_TITLES =
  /^(?:Mrs\.?|Ms\.?|Miss|Mme\.?|Madam|Madame|Dame|Lady|Queen|Princess|Duchess|\p{Lu}\p{Ll}*woman)$/u;
export const MALE_TITLES =
  /^(?:Mr\.?|Sir|Lord|King|Prince|Duke|(?:Congress|Spokes|Assembly|Council|Alder|Business)man)$/u;

/** Forms of "make" in "made it clear that …", whose subject is the one who says it. */
export const MAKE_FORMS: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'making']);

/** Pronouns that stand for one person: resolved to the person spoken of before. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Words that may stand between a speaker and the cue verb ("Trump simply remarked", "has also said"). */
export const CUE_FILLERS: ReadonlySet<string> = new Set(
  `also later then previously simply again once earlier had has have would will did does had
  repeatedly reportedly quickly initially further still recently often publicly privately
  separately flatly bluntly explicitly only never not just even`.split(/\s+/),
);

/**
 * A time adverbial that may stand between a speaker and the cue ("Feinstein last week said", "Trump on
 * Wednesday said", "Sanders during a Sunday rally thanked"): not part of the speaker phrase.
 */
export const TIME_BEFORE_CUE =
  /(?:^|\s)(?:(?:(?:on|last|this|next|early|late|earlier|later|during|by|since|until)\s+)?(?:a\s+|the\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|week|weekend|month|year|morning|afternoon|evening|night|today|yesterday|tonight|now)|at\s+the\s+time|at\s+one\s+point|in\s+the\s+past|(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+(?:minute|hour|day|week|month|year)s?\s+(?:ago|earlier|later))\s*,?\s*$/i;

/**
 * An adverbial between a cue and the quote it frames, set off by a comma ("said about the movement,
 * “…”", "said in a statement Tuesday, “…”"): not reported words, so they start after it.
 */
export const CUE_ADVERBIAL =
  /^\s*(?:(?:about|of|on|in|at|during|after|before|from|with|via|regarding|over|for|through|while|when)\s|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|later|earlier|again|also|then)\b)[^“"”‘.;:!?]{0,80},\s*$/i;

/**
 * Nouns whose "that" clause says what someone holds or asks ("Ukraine’s demand that …", "the
 * mayor’s claim that …"): the clause is the possessor's, not the sentence subject's.
 */
export const CONTENT_NOUNS =
  /(?:demands?|claims?|assertions?|proposals?|suggestions?|requests?|insistence|positions?|views?|arguments?|promises?|pledges?|calls?|warnings?|accusations?|allegations?|beliefs?|hopes?|fears?|contentions?|conditions?)$/i;

/** Words that end a speaker phrase when read backwards from the cue. */
export const PHRASE_STOPS: ReadonlySet<string> = new Set(
  `that and but as when while because which if after before since so or than where whether unless until
  whereas though although yet nor about of for with to in on at by from who whom whose what why how into over
  under across through against between during among toward towards following amid despite including`.split(/\s+/),
);

/**
 * Past participles that do not end in "-ed": after a noun, with "by" or "to" after them, they open a
 * reduced relative clause ("farmers hit by the drought", "workers laid off last week").
 */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(
  `hit hurt cut put set shut struck held told left paid sent spent lent caught taught brought bought sought
  thought found made led kept built shot known shown seen given taken chosen driven written beaten hidden
  stolen sworn torn worn born drawn grown thrown flown done run won hung stuck lost met heard sold fed
  bound ground laid meant`.split(/\s+/),
);

/**
 * Nouns for what is written, said or made public: the agent of a participle after one is whose words they
 * are ("a statement released by the White House", "An advisory issued by the State Department", "a poll
 * conducted by Gallup"); after any other head it is not ("Analysts polled by Reuters", "The coach, fired by
 * the club, said", "Boeing, hit by a string of crashes, said": the head speaks). A list of these, not of
 * people: a head it lacks keeps the whole phrase, where a list of people would credit the agent of every
 * head it lacked ("Commuters stranded by the strike": "the strike").
 */
export const DOCUMENT_NOUNS =
  /^(?:statements?|reports?|letters?|memos?|memorandums?|study|studies|polls?|polling|surveys?|documents?|e-?mails?|posts?|tweets?|analys[ie]s|filings?|complaints?|indictments?|rulings?|reviews?|audits?|releases?|notes?|messages?|videos?|clips?|livestreams?|depositions?|audio|footage|recordings?|tapes?|books?|articles?|papers?|orders?|motions?|briefs?|records?|transcripts?|findings?|assessments?|estimates?|forecasts?|projections?|data|figures|numbers|details|information|guidance|guidelines?|advice|instructions|notices?|results|minutes|bulletins?|decrees?|directives?|resolutions?|communiqu[eé]s?|proclamations?|declarations?|regulations|rules|evidence|comments?|remarks?|speech|speeches|announcements?|testimony|interviews?|address|words|claims?|warnings?|accusations?|allegations?|lawsuits?|suits?|ads?|advertisements?|commercials?|advisor(?:y|ies)|alerts?|summar(?:y|ies)|opinions?|verdicts?|affidavits?|op-eds?|editorials?|dossiers?|leaflets?|drafts?|proposals?|plans?|maps?|charts?|captions?|slides|presentations?|ordinances?|treat(?:y|ies)|agreements?|excerpts?|podcasts?|documentar(?:y|ies)|brochures?|newsletters?|circulars?|pamphlets?|flyers?|signs?|questionnaires?|blogs?|websites?|warrants?|subpoenas?|notifications?|readouts?|invitations?|apolog(?:y|ies)|denials?|confessions?|decisions?|judg(?:e)?ments?|sermons?|eulog(?:y|ies)|memoirs?|texts?|cables?|sheets?)$/i;

/** Particles and adverbs between a participle and its "by" or "to" ("laid off by", "hit hardest by"). */
export const PARTICIPLE_PARTICLES: readonly string[] =
  `off out up down back away over hardest most least hard badly directly mainly largely partly`.split(/\s+/);

/** Words before "figures" that make them people ("opposition figures detained by police"), not numbers. */
export const PEOPLE_FIGURES =
  /^(?:public|opposition|political|leading|key|senior|prominent|religious|party|establishment|conservative|liberal|sports|cultural|historical|controversial|famous|well-known|major|powerful|influential|top|business|media|community|civic|military|literary|church|tribal)$/i;

/**
 * Participles of getting hold of what others wrote or said, or of paying for it ("a memo seen by Reuters",
 * "a letter obtained by The Associated Press", "The ministry, quoted by Interfax", "a study funded by the
 * drug maker"): their agent passed the words on or paid, it did not write them ("provided by", "shared by"
 * name the source: "a statement provided by the company").
 */
export const ACCESS_PARTICIPLES: ReadonlySet<string> = new Set(
  `obtained seen reviewed viewed examined acquired received quoted cited reached contacted interviewed polled
  surveyed asked questioned funded commissioned sponsored`.split(/\s+/),
);

/** Words that end a speaker phrase read forwards after the cue ("said Caddell on Thursday"). */
export const AFTER_STOPS: ReadonlySet<string> = new Set(
  `on in at during after before when while that who whose which as adding according citing quoting to from,
  this last yesterday today tonight earlier later`.split(/\s+/),
);

/** Prepositions before a name that make it no subject ("questioning by Matthias Crane"). */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(
  'by with to from of for against about on in at under after before than like'.split(' '),
);

/**
 * Words for someone of a person's who speaks for them ("according to her lawyer", "his spokesmen", "their
 * family"): after a possessive they name a go-between, not the person's own words ("her statement").
 */
export const SOMEONE_OF: ReadonlySet<string> = new Set(
  `lawyer attorney counsel solicitor barrister agent publicist representative spokesman spokeswoman
  spokesperson aide adviser advisor assistant secretary doctor physician coach manager wife husband mother
  father son daughter brother sister family relative friend partner colleague teammate ally supporter
  campaign office staff camp team associate`.split(/\s+/),
);

/**
 * Who speaks for a person named after "of" or "for" ("a spokesman for Trump", "lawyers for Mr. Stone"), in the
 * singular: not supporters, friends or family, whose words are their own.
 */
export const SPEAKS_FOR: ReadonlySet<string> = new Set(
  `lawyer attorney counsel solicitor barrister agent publicist representative spokesman spokeswoman
  spokesperson aide adviser advisor assistant secretary manager campaign office staff camp team surrogate
  negotiator envoy emissary estate executor delegation lobbyist`.split(/\s+/),
);

/** A means of sending after "by" ("by email", "by hand", "by registered mail"), in lower case: no author. */
export const MEANS =
  /^(?:(?:registered|certified|express|first-class|overnight|special)\s+)?(?:e-?mail|mail|post|phone|telephone|fax|text(?:\s+message)?|courier|hand|messenger|satellite|video(?:link)?)\b/u;

/**
 * The formula of a source kept anonymous, after "asked", "requested" or "spoke": "not to be named", "on
 * condition of anonymity". What follows the verb is no report of words; as a relative clause ("a source who
 * asked not to be named said") it describes the speaker.
 */
export const ANONYMITY = String.raw`(?:not\s+to\s+be\s+(?:named|identified|quoted)(?:\s+by\s+name)?|to\s+remain\s+anonymous|(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously)`;

/**
 * Nouns of service or posting whose complement takes "to" ("an aide to the senator", "an adviser to the
 * president", "the ambassador to the United Nations"): the noun heads the phrase, the one after "to" is
 * whom the person serves or where they are posted.
 */
export const TO_NOUNS: ReadonlySet<string> = new Set(
  `aide aides adviser advisers advisor advisors assistant assistants counsel consultant consultants envoy
  envoys ambassador ambassadors emissary emissaries liaison delegate delegates spokesman spokeswoman
  spokesperson successor predecessor heir deputy secretary`.split(/\s+/),
);

/**
 * Words in -ly that are no adverbs ("the family said", "an ally said", "the assembly voted"): nouns and
 * adjectives used as nouns that a test for "-ly" would skip as an adverb before a cue.
 */
export const LY_NOT_ADVERBS: ReadonlySet<string> = new Set(
  'family ally rally assembly supply reply elderly monopoly'.split(' '),
);

/** True when a word in lower case is an adverb in -ly ("reportedly", "later" is not). */
export function adverbLy(lower: string): boolean {
  return /^\p{Ll}+ly$/u.test(lower) && !LY_NOT_ADVERBS.has(lower);
}

/** Cue verbs that take the audience as object ("told reporters", "warned the meeting"). */
export const AUDIENCE_VERBS: ReadonlySet<string> = new Set(
  'told tells telling informed informs assured assures warned warns reminded reminds asked asks briefed'.split(' '),
);

/** Objects of a cue verb that name the audience, not the content ("told reporters that"). */
export const AUDIENCES =
  /^(?:reporters|journalists|the (?:media|press|audience|crowd|meeting|room|committee|inquiry)|(?:state |local )?media|me|us|him|her|them|supporters|voters|listeners|viewers)\b/i;

/**
 * To whom and on what occasion words were put ("as she put it to shareholders", "as he put it in an
 * interview", "during the debate"): regular-expression sources, after "put it".
 */
export const PUT_AUDIENCE = String.raw`to\s+(?:reporters|journalists|shareholders|investors|supporters|voters|lawmakers|donors|viewers|listeners|readers|students|the\s+(?:crowd|audience|committee|press|media|meeting|room|court|jury|senate|house|council|board|convention|nation|graduates)|(?:his|her|their)\s+(?:supporters|followers|staff|colleagues|audience|readers|listeners|viewers))`;
export const PUT_OCCASION = String.raw`(?:in|during|at|on)\s+(?:an?|the|his|her|their|its|that|this)\s+(?:(?:recent|later|earlier|televised|radio|television|tv|phone|telephone|written|joint|prepared|closing|opening|first|second|final)\s+)?(?:interview|statement|speech|debate|hearing|briefing|rally|(?:news|press)\s+conference|conference|letter|post|tweet|op-ed|column|memo|podcast|broadcast|testimony|address|remarks|appearance|sermon|book|memoir|essay|blog\s+post)`;

/** Nouns that refer back to a news medium named before ("told the outlet", "according to the site"). */
export const MEDIUM_NOUNS =
  /^(?:(?:the|a|an)\s+)?(?:(?:local|national|regional|public|state|foreign|conservative|liberal|popular)\s+)?(?:(?:gossip|news|web|radio|television|tv|cable)\s+)?(?:outlet|paper|newspaper|network|station|channel|magazine|site|website|broadcaster|publication|wire|agency|show|programme|program|daily|tabloid|radio|television|tv|interviewer)\b/i;

/** Forms of "tell": their object is the one told, a medium when it is one ("told CNN"). */
export const TELL_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'telling']);

/** Conjunctions that join a clause with a speaker of its own after a quote (", and Stubb warned that …"). */
export const CLAUSE_JOINERS = ['and', 'but', 'while', 'whereas'];

/** Words that open the reported clause right after the one told ("told CNN the package was …"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'there',
  'the',
  'a',
  'an',
]);

/**
 * News media known by their name alone, which does not say it is a medium ("told Ronan Farrow of MSNBC"):
 * broadcasters and online newsrooms; the wires are in `provenance.ts` (`WIRES`).
 */
export const MEDIA_BY_NAME: readonly string[] = [
  ...`CNN MSNBC CNBC NBC ABC CBS PBS NPR BBC ITV HBO ESPN C-SPAN CBC RTÉ Politico Axios Vox Newsweek Bloomberg
  BuzzFeed HuffPost Slate Salon Mediaite Gawker TMZ Breitbart Newsmax`.split(/\s+/),
  'Al Jazeera',
];

/** Last words of newspapers' names, which stand for the whole name after "the" ("told the Times"). */
export const NEWSPAPER_HEADS: ReadonlySet<string> = new Set(
  `times post journal herald guardian telegraph independent globe tribune gazette courier observer ledger
  chronicle examiner inquirer mirror express mail record register bulletin`.split(/\s+/),
);

/**
 * Phrases after which a news medium, a programme or a go-between is named, through which words reached
 * the article ("in an interview with CNN", "speaking on ABC", "said on Fox", "according to AFP").
 */
export const MEDIUM_PHRASES =
  /\b(?:in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:interview|conversation|appearance|podcast|broadcast|op-ed|essay|column|statement|letter|email|message|post|comments?|remarks)\s+(?:(?:shown|aired|broadcast|published|posted|taped|recorded|released)\s+(?:\w+\s+){0,2}?)?(?:with|on|to|for|in)|(?:speaking|spoke|appearing|appeared|said|says)\s+(?:[a-z]+ly\s+)?(?:on|to)|comments?\s+to|according\s+to|(?:first\s+)?(?:reported|published|obtained|aired|broadcast)\s+(?:by|in))\s+/i;

/**
 * The heads of what a news medium cites as the source of its report ("citing two officials", "citing a
 * person briefed on the plans", "citing internal emails"): people, groups and records — not a reason or a
 * ground ("citing health concerns", "citing falling demand", "citing figures from the budget"), nor what the
 * one reported on may have cited (letters, statements, testimony: "reported that the senator voted against
 * the bill, citing letters from constituents").
 */
export const CITED_SOURCE_HEADS =
  /^(?:sources?|officials?|people|persons?|someone|somebody|spokes(?:man|men|woman|women|person|people)|aides?|advisers?|advisors?|executives?|investigators?|analysts?|experts?|witnesses?|residents?|employees?|workers?|staff(?:ers)?|diplomats?|insiders?|lawyers?|attorneys?|agents?|officers?|members?|lawmakers?|legislators?|prosecutors?|authorities|police|documents?|records?|filings?|e-?mails?|memos?|transcripts?|cables?)$/i;

/** Where the head of a cited source's noun phrase ends: what describes it follows ("someone | familiar with the case"). */
export const CITED_SOURCE_AFTER_HEAD =
  /^(?:with|of|familiar|briefed|close|in|on|at|from|for|who|that|involved|knowledgeable|according|as|to|inside|within|under|during|by|against|between|among|over|about|after|before)$/i;

/** "citing X", "quoting X": the origin of what a speaker passes on. */
export const CITING = /^(?:citing|quoting)\s/i;

/**
 * Words before a quoted term that make it a name, a title or a call sign, never speech; a naming verb
 * also with an article between ("allies dubbed the “coalition of the willing”").
 */
export const TERM_CUES =
  /\b(?:(?:known as|call sign|callsign|nicknamed|dubbed|code-?named|named|titled|entitled|called|so-called|the word|the term|the phrase|hashtag|slogan|(?:reality|TV|television|talk|radio) show|film|movie|album|novel|documentary|song)|(?:known as|nicknamed|dubbed|code-?named)\s+(?:the|a|an))\s*$/i;

/**
 * A name's possessive right before a quoted term ("ABC’s “This Week”", "CNN’s “State of the Union”": a
 * programme) — a capitalised name, case-sensitive: "he’s “…”" and "it’s “…”" open speech.
 */
export const TERM_POSSESSIVE = /(?<!\p{L})\p{Lu}[\p{L}.&-]*[’']s\s*$/u;

/** Words after a quoted title that make it a programme's or a work's name ("the “Today” show"). */
export const TERM_AFTER = /^[,.]?\s*(?:show|program|programme|podcast|broadcast|series|special|documentary|segment)\b/i;

/** Words too common to tell two wordings of a statement apart. */
export const STATEMENT_STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but of to in on at for with by from as is are was were be been being it its this that
  these those there their they them we our us i me my you your he him his she her will would shall should
  can could may might must do does did have has had not no so if then than very just about into over all
  what which who whom whose when where why how also more most much many some any such only own`.split(/\s+/),
);

/** Verbs of telling again what someone else said ("“Hold it!” Holder recalled"): the teller passes the words on. */
export const RECOUNTING: ReadonlySet<string> = new Set([
  'recalled',
  'recalls',
  'recounted',
  'recounts',
  'remembered',
  'remembers',
]);

/**
 * Cues whose particle opens what they report ("hinted at possible swaps", "called for a ceasefire",
 * "warned of a collapse"): the reported words start after it.
 */
export const CUE_PARTICLES: ReadonlyMap<string, RegExp> = new Map(
  (
    [
      ['hint hinted hints hinting', 'at'],
      ['point pointed points pointing allude alluded alludes alluding', 'to'],
      ['call called calls calling', 'for'],
      ['warn warned warns warning', 'of|against'],
      ['complain complained complains complaining', 'about|of'],
      ['boast boasted boasts boasting brag bragged brags bragging', 'about|of'],
      ['insist insisted insists insisting', 'on'],
    ] as const
  ).flatMap(([verbs, particle]) =>
    verbs.split(' ').map((v) => [v, new RegExp(`^\\s+(?:${particle})\\s+`, 'i')] as const),
  ),
);

/** Verbs of holding a view that open a quote's words when its subject stands before it ("that the congressman “believes …”"). */
export const VIEW_VERBS =
  /^(?:believes|believed|thinks|thought|feels|felt|expects|expected|knows|knew|hopes|hoped|wants|wanted|considers|considered)\b/i;

/** Verbs of saying in the past that open quoted words after their subject ("that Putin “reiterated …”"). */
export const SAYING_PAST: ReadonlySet<string> = new Set(
  'said told wrote reiterated stressed emphasized emphasised insisted noted added warned argued claimed stated declared maintained acknowledged explained asserted promised pledged vowed predicted'.split(
    ' ',
  ),
);

/**
 * True when quoted words open on their subject's own verb ("“believes this action is …”", "“reiterated the
 * importance of …”"): a view (in lower case), or a verb of saying in the past.
 */
export function opensOnOwnVerb(text: string): boolean {
  const words = text.replace(/^[\s“"‘']+/u, '');
  const first = /^\p{Ll}+/u.exec(words)?.[0];
  return !!first && (VIEW_VERBS.test(first) || SAYING_PAST.has(first));
}

/** Words that open the clause told after the one told ("told Credico he should …", "told Vale the bridge …"). */
export const CLAUSE_AFTER_ADDRESSEE: ReadonlySet<string> = new Set([
  'that',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'the',
  'his',
  'her',
  'their',
  'there',
]);

/** Words that open no frame after a comma: a relative or a joined clause ("…, which officials said …"). */
export const NO_CLOSING_FRAME: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'which',
  'that',
  'and',
  'but',
  'or',
  'as',
  'while',
  'when',
  'if',
]);

/** Verbs of a frame that closes a sentence and passes the words before it on. */
export const CLOSING_CUES: ReadonlySet<string> = new Set(
  'said says reported reports wrote writes stated states alleged alleges added adds showed shows'.split(' '),
);

/** Words of a comparison with what someone said ("…, far more than the governor said"). */
export const COMPARISON_WORDS: ReadonlySet<string> = new Set(
  'than as what like unlike contrary same whatever how'.split(' '),
);

/** Words that head an apposition about the words before it ("…, a claim the union denies"). */
export const APPOSITION_HEADS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'one',
  'another',
  'this',
  'that',
  'such',
  'something',
]);

/**
 * Words after a frame's comma that go on with the frame, not with the words ("…, the indictment said, a
 * reference to …", "…, the newspaper reported, citing two officials", "…, she said, adding that …").
 */
export const APPOSITION_OPENERS: ReadonlySet<string> = new Set(
  'a an the which who citing quoting speaking adding according in on at after during'.split(' '),
);

/** Taking to a platform of one's own ("took to Twitter to explain …"): the speaker said it there (quotes/setting.ts). */
export const TOOK_TO =
  /\b(?:took|takes|taking|take)\s+to\s+(?:Twitter|X|Facebook|Instagram|YouTube|TikTok|Truth\s+Social|social\s+media)\b/gi;
/**
 * What may stand between a subject and "took to": a comma, "who", an adverb or two ("later", "quickly") —
 * not one of habit ("who usually takes to Twitter": not this time).
 */
export const SUBJECT_GAP =
  /^[\s,]*(?:who\s+)?(?:(?:(?!(?:usually|normally|often|frequently|regularly|typically|generally|previously|repeatedly)\b)\w+ly|later|then|also|again|soon)\s+){0,2}$/i;
/** A name that is the object of the words before it ("Critics of Adams", "who clashed with Hochul", "not Hochul"). */
export const OBJECT_BEFORE =
  /\b(?:of|for|with|about|against|by|to|from|at|on|in|than|like|not|(?:who|that|which)\s+\w+)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
/** A clause that puts the taking at another time, or only asks or supposes it ("before he took", "whether she would take"). */
export const ELSEWHERE =
  /\b(?:before|until|unlike|instead\s+of|rather\s+than|whether|if|would|could|should|might|will)\s+(?:\S+\s+){0,3}$/i;
/** A negation or refusal just before taking to a platform ("who rarely takes to social media"). */
export const NOT_BEFORE = /\b(?:not|never|rarely|seldom|refused\s+to|declined\s+to|refuses\s+to|declines\s+to)\s+$/i;
