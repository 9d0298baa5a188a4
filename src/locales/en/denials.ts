/** Words of denial in news English: data only, lower case (src/corpus/claims/denials.ts reads them). */

/** Verbs whose object is a claim said to be false: every form. */
export const DENIAL_VERBS: readonly string[] = `deny denies denied denying reject rejects rejected rejecting
dismiss dismisses dismissed dismissing refute refutes refuted refuting rebut rebuts rebutted rebutting
dispute disputes disputed disputing contest contests contested contesting`
  .split(/\s+/)
  .filter(Boolean);

/** Nouns of a denial: "the categorical rejection of", "a denial of". */
export const DENIAL_NOUNS: readonly string[] = ['denial', 'denials', 'rejection', 'rebuttal', 'refutation'];

/**
 * Nouns that name something said to be true — what a denial is of. "Rejected the request", "rejected
 * the idea" refuse a proposal, which is a position, not a claim said to be false: not listed.
 */
export const CLAIM_NOUNS: readonly string[] = `claim claims report reports reporting allegation allegations
account accounts assertion assertions suggestion suggestions rumor rumors rumour rumours story stories
characterization characterisation characterizations accusation accusations charge charges assessment
speculation statement statements contention contentions`
  .split(/\s+/)
  .filter(Boolean);

/** Claim nouns of no number ("speculation", "reporting"): after "that" they open a clause, not point back. */
export const MASS_CLAIM_NOUNS: readonly string[] = ['reporting', 'speculation'];

/** Adverbs between a denial and what follows it ("denied that claim flatly", "rejected it publicly"). */
export const DENIAL_ADVERBS: readonly string[] = `flatly firmly strongly publicly repeatedly vehemently categorically
emphatically immediately swiftly angrily`
  .split(/\s+/)
  .filter(Boolean);

/** Words before a claim noun that point back to what was just said ("these claims", "such reports"). */
export const ANAPHORIC_DETERMINERS: readonly string[] = [
  'these',
  'those',
  'such',
  'the',
  'that',
  'this',
  'its',
  'their',
];

/** Conjunctions that join a claim and its denial in one sentence ("…, though officials denied these claims"). */
export const CONTRAST_CONJUNCTIONS: readonly string[] = ['though', 'although', 'but', 'while', 'whereas', 'yet'];

/** Verbs of several words that take a claim as their object, as DENIAL_VERBS do ("batting down allegations that …"). */
export const DENIAL_PHRASES: readonly string[] = [
  'batting down',
  'batted down',
  'beat back',
  'beating back',
  'pushed back on',
  'pushed back against',
  'pushing back on',
  'pushing back against',
  'raised questions about',
  'raising questions about',
  'cast doubt on',
  'casting doubt on',
  'contradicted',
  'contradicts',
  'contradicting',
];

/**
 * What says that the claim just made is false, pointing back to it ("Mr. Bauer said that was never the
 * case", "There was no such impropriety"): after "that", "this", "it" or "which", or "no such" and a noun.
 */
export const FALSITY_PHRASES: readonly string[] = [
  'was never the case',
  'is not the case',
  'was not the case',
  "wasn't the case",
  "isn't the case",
  'is not true',
  'was not true',
  "isn't true",
  "wasn't true",
  'is untrue',
  'was untrue',
  'is false',
  'was false',
  'never happened',
  'did not happen',
  "didn't happen",
  'is baseless',
  'was baseless',
  'are baseless',
  'were baseless',
];

/** Verbs that hold to a negative against what others say ("insisted that the White House never offered …"). */
export const INSIST_VERBS: readonly string[] = `insist insists insisted insisting maintain maintains maintained
maintaining`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Verbs that frame a claim another then denies in apposition ("Podliska further alleges that he was fired
 * for …, a claim that Gowdy’s office strongly disputes"): the claim is what follows the verb.
 */
export const APPOSED_CLAIM_VERBS: readonly string[] = `said says say argued argues argue alleged alleges allege
claimed claims claim complained complains complain contended contends contend insisted insists insist
maintained maintains maintain asserted asserts assert suggested suggests suggest wrote writes write charged
reported`
  .split(/\s+/)
  .filter(Boolean);

/** Verbs of denial after a claim in apposition ("…, a contention Ms. Lerner’s lawyer disputed"). */
export const APPOSED_DENIAL_VERBS: readonly string[] = `disputed disputes denied denies rejected rejects contested
contests refuted refutes`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Denials of charges that do not say what they deny: the accused's answer to an accusation made
 * before ("asserts his innocence", "will plead not guilty", "falsely accused", "denied any
 * wrongdoing", "a politically driven vendetta"). Regular-expression sources, matched without case.
 */
export const CHARGE_DENIALS: readonly string[] = [
  String.raw`(?:assert|maintain|proclaim|profess|declare)(?:s|ed|ing)?\s+(?:his|her|their|its)\s+innocence`,
  String.raw`plead(?:s|ed|ing)?\s+not\s+guilty`,
  String.raw`falsely\s+accused`,
  String.raw`den(?:y|ies|ied|ying)\s+(?:any\s+|all\s+)?(?:knowledge\s+of|wrongdoing|involvement|having)`,
  String.raw`politically\s+(?:driven|motivated)`,
  String.raw`witch[\s-]+hunt`,
  String.raw`vendetta`,
];

/**
 * What one calls an action against them, meant to silence them ("The sheriff has called the Justice
 * Department’s action an attempt to intimidate him"): the verbs of calling, the words of silencing.
 */
export const CALLING_VERBS: readonly string[] = `called calls described describes dismissed dismisses labeled labels
labelled branded brands termed terms denounced denounces decried decries`
  .split(/\s+/)
  .filter(Boolean);
export const SILENCING_VERBS: readonly string[] = `intimidate harass silence smear discredit bully`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Actions taken against someone, beside the words of accusation (`ACCUSATION_WORDS`): what one calls an
 * attempt to silence them answers ("filed a lawsuit against the sheriff", "the investigation of …").
 */
export const ACTION_WORDS: readonly string[] = `lawsuit lawsuits suit sued suing investigation investigations
investigating probe raid raided subpoena subpoenaed`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Words with which someone calls what they did unintended ("it was an accident", "an honest mistake",
 * "was inadvertent"): an answer to the charge that they acted knowingly, and a denial of it when the
 * article tells that charge (`INTENT_WORDS`). "It was a mistake" alone admits a wrong and is none.
 * Regular-expression sources, matched without case.
 */
export const ACCIDENT_ANSWERS: readonly string[] = [
  String.raw`(?:was|were|is|been)\s+(?:all\s+|just\s+|simply\s+|merely\s+|purely\s+|only\s+)?an?\s+(?:honest\s+|innocent\s+|genuine\s+|simple\s+)?(?:accident|oversight)`,
  String.raw`an?\s+(?:honest|innocent|genuine|inadvertent|unintentional)\s+(?:mistake|error)`,
  String.raw`(?:was|were|is)\s+(?:entirely\s+|completely\s+|purely\s+)?(?:inadvertent|unintentional|accidental)`,
];

/** Verbs of saying that name the one who calls it an accident ("Smith’s lawyer said …", "Lane insists …"). */
export const ANSWER_VERBS: readonly string[] = `said says say told tells added adds insisted insists maintained
maintains claimed claims wrote writes argued argues contended contends acknowledged conceded explained`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Words that say someone acted knowingly or on purpose ("The Hunters knew that …", "knowingly
 * misused", "despite numerous warnings"): the charge an accident answers. Regular-expression sources,
 * matched without case.
 */
export const INTENT_WORDS: readonly string[] = [
  String.raw`knew`,
  String.raw`knowingly`,
  String.raw`deliberately`,
  String.raw`intentionally`,
  String.raw`wil{1,2}fully`,
  String.raw`on\s+purpose`,
  String.raw`despite\s+(?:[\p{L}“”"]+\s+){0,2}[“"]?warnings?`,
  String.raw`(?:had\s+been|were|was)\s+(?:repeatedly\s+)?warned`,
];

/** Words of an accusation: the sentence a denial of charges answers holds one. */
export const ACCUSATION_WORDS: readonly string[] = `charge charges charged indicted indictment indictments accused
accusation accusations alleged allegation allegations alleges allege fraud lied lies illegal crime crimes
criminal threatened improper impropriety improprieties wrongdoing`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Words that say a position was given up for another, in the text's own words ("has changed his
 * story", "reversed course"). Regular-expression sources, matched without case.
 */
export const CHANGE_PHRASES: readonly string[] = [
  String.raw`changed\s+(?:his|her|their|its)\s+(?:story|account|position|stance|tune|mind)`,
  String.raw`revers(?:ed|ing)\s+(?:course|himself|herself|itself|themselves|(?:his|her|their|its)\s+(?:position|stance|decision))`,
  String.raw`backtrack(?:ed|ing)`,
  String.raw`walk(?:ed|ing)\s+back`,
  String.raw`backpedal(?:l)?(?:ed|ing)`,
  String.raw`recant(?:ed|ing)`,
  String.raw`(?:did|made)\s+an?\s+(?:about-face|u-turn)`,
];

/**
 * Words of apologising for something, said of oneself: an apology takes back what the one who apologises
 * did or said, so when the article has told them defending it before, the two are a change of position
 * ("Griffin claims that the image is an “expression of art”" … "Kathy Griffin issued a formal apology for
 * the controversial images"). Regular-expression sources, matched without case, each followed by "for".
 */
export const APOLOGY_PHRASES: readonly string[] = [
  String.raw`apologi[sz](?:ed|es)`,
  String.raw`(?:issued|offered|made|posted|released)\s+(?:an?\s+)?(?:\p{L}+\s+)?apology`,
  String.raw`repeated\s+(?:his|her|their|its)\s+apology`,
  String.raw`expressed\s+(?:\p{L}+\s+)?regret`,
];

/**
 * What one says that an apology can take back: an apology for one's words ("for that comment", "for her
 * “hurtful” words", "for a Facebook post", "for suggesting that …") takes back what was said. Words,
 * matched without case.
 */
export const SPEECH_NOUNS: readonly string[] = `comment comments remark remarks words statement statements post posts
tweet tweets joke jokes language characterization characterizations column op-ed speech`
  .split(/\s+/)
  .filter(Boolean);
/** "apologized for saying …", "for calling them …": the words are what was said. */
export const SAYING_GERUNDS: readonly string[] = `saying calling suggesting tweeting joking`
  .split(/\s+/)
  .filter(Boolean);
/** Verbs that tell someone saying or writing something, what an apology for their words takes back. */
export const REMARK_VERBS: readonly string[] = `said says suggested suggests wrote writes posted tweeted called calls
told described joked remarked argued claimed declared compared referred`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Verbs of holding to a position against others — what an apology can take back ("Voss defended the
 * remarks"; `HOLDING_VERBS` with a clause of what is held: "Griffin claims that the image is …", "insisted the
 * rally was peaceful", "denied that it had manipulated …"). "said" alone tells an account or an explanation
 * ("said the storms caused the cancellations"), which an apology does not take back; without a clause
 * "denied" and "insisted" tell other things ("denied the request", "insisted the vote be delayed").
 */
export const DEFENCE_VERBS: readonly string[] = `defended defends`.split(/\s+/);
export const HOLDING_VERBS: readonly string[] =
  `claims claimed insisted insists maintained maintains argued argues denied denies`.split(/\s+/);

/**
 * Other ways of holding to a position, told of the one who holds it: "maintained his innocence", "dismissed
 * the report … as fake news". Regular-expression sources, matched after the name.
 */
export const HOLDING_PHRASES: readonly string[] = [
  String.raw`(?:maintained|maintains|asserted|asserts|professed|professes)\s+(?:his|her|their|its)\s+innocence`,
  String.raw`(?:dismissed|dismisses|rejected|rejects)\s+[^.;]{1,60}?\s+as\b`,
];

/**
 * Words that call a deed right or blameless, said of it ("said the police raid was lawful", "said the shooting
 * was justified", "had been taken out of context"): said of what one is later sorry for, a defence of it.
 * Regular-expression sources, matched without case, after a form of "be" ("legal team", "proper training"
 * call nothing right).
 */
export const DEFENDING_WORDS: readonly string[] = [
  String.raw`justified`,
  String.raw`lawful`,
  String.raw`legal`,
  String.raw`legitimate`,
  String.raw`appropriate`,
  String.raw`proper`,
  String.raw`warranted`,
  String.raw`necessary`,
  String.raw`acceptable`,
  String.raw`adequate`,
  String.raw`reasonable`,
  String.raw`harmless`,
  String.raw`(?:taken|quoted)\s+out\s+of\s+context`,
];

/** A defence said in the speaker's own words or told of them ("“I stand by every word”", "did nothing wrong"). */
export const DEFENDING_PHRASES: readonly string[] = [
  String.raw`(?:I|we|he|she|they)\s+(?:still\s+)?(?:stand|stood|stands)\s+by`,
  String.raw`(?:did|done|do)\s+nothing\s+wrong`,
];

/**
 * A position held at first and one held now, in one sentence: "investigators initially thought …,
 * but they now believe …". The first part's marker, then the second's.
 */
export const FIRST_MARKERS: readonly string[] = ['initially', 'at first', 'originally', 'first'];
export const NOW_MARKERS: readonly string[] = ['now', 'later', 'since'];

/** Verbs of holding a position ("thought", "said", "suggested") that follow a marker of time. */
export const POSITION_VERBS: readonly string[] = `thought think thinks believed believe believes said say says
suggested suggest suggests claimed claim claims admitted admit admits insisted insist insists denied deny
denies acknowledged acknowledge acknowledges defended defend defends concluded conclude concludes`
  .split(/\s+/)
  .filter(Boolean);

/** Markers of a position held before ("Stone has previously admitted …"). */
export const EARLIER_MARKERS: readonly string[] = [
  'previously',
  'initially',
  'at first',
  'originally',
  'once',
  'earlier',
  'even',
];

/** Words left out of the content keys that match a denial with its claim in other articles. */
export const KEY_STOPWORDS: ReadonlySet<string> = new Set(
  `the a an of to in on for and or as at by with from into about that this these those it its his her their
they them he she him we our you your was were is are be been being has have had not no never any all such
said says say told saying statement also would could should will can may might there which who whom what
when where while than then just only more most some other over after before mr mrs ms dr very but however`.split(/\s+/),
);

/**
 * What calls a claim named in the same sentence false ("allegations of improper conduct rest on factual
 * errors", "the reports are baseless"): regular-expression sources, matched without case after a claim noun.
 */
export const FALSITY_PREDICATES: readonly string[] = [
  String.raw`(?:is|are|was|were|being)\s+(?:completely\s+|entirely\s+|totally\s+)?(?:false|baseless|unfounded|untrue|groundless|without\s+merit|fabricated|inaccurate)`,
  String.raw`lack(?:s|ed|ing)?\s+(?:a|any)\s+(?:factual\s+|legal\s+)?basis`,
  String.raw`rest(?:s|ed)?\s+on\s+(?:factual\s+)?(?:errors|falsehoods|mistakes)`,
  String.raw`ha(?:ve|s|d)\s+no\s+(?:basis|merit|foundation)`,
];

/**
 * Words that call a claim false when someone "calls" it so ("called the report a hoax", "called the
 * allegations baseless"). Lower case; phrases matched with any white space.
 */
export const FALSE_WORDS: readonly string[] = `false untrue baseless unfounded groundless fabricated inaccurate
misleading unreliable unrepresentative erroneous incorrect bogus wrong`
  .split(/\s+/)
  .filter(Boolean)
  .concat(['a hoax', 'a lie', 'lies', 'a fabrication', 'fiction', 'a smear', 'fake news', 'nonsense']);

/** Verbs of holding an office or a seat for a time ("served from 1967 to 1979", "held the seat from …"). */
export const TENURE_VERBS: readonly string[] = `served serving serves held holding holds was sat led ran represented
governed ruled lasted`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Whether someone has been charged, in the words of news: charged or indicted (done), or not yet ("no
 * formal charges have been filed", "was expected to be indicted", "prosecutors plan to file charges
 * against"). Regular-expression sources, matched without case.
 */
export const CHARGED: readonly string[] = [
  String.raw`(?:has|have|had|was|were)\s+(?:already\s+|since\s+|now\s+|also\s+)?["“]?(?:been\s+)?(?:secretly\s+|formally\s+|federally\s+)?(?:charged|indicted)\b`,
];
export const NOT_YET_CHARGED: readonly string[] = [
  String.raw`no\s+(?:formal\s+|criminal\s+|federal\s+)?charges\s+(?:have|had)\s+(?:yet\s+)?been\s+(?:filed|brought)`,
  String.raw`(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:charged|indicted)`,
  String.raw`(?:is|are|was|were)\s+expected\s+to\s+be\s+(?:charged|indicted)`,
  String.raw`plan(?:s|ned)?\s+to\s+(?:file|bring)\s+(?:criminal\s+|federal\s+)?charges\s+against`,
];
/** Words before a status that make it no statement of fact ("if he were indicted", "could be charged"). */
export const STATUS_CONDITIONS = /\b(?:if|whether|unless|when|could|would|might|may|none\s+of)\b[^,;.]{0,60}$/i;

/**
 * Words that put a sentence in an accusation's frame, when it tells who did something together
 * ("The indictment alleges that Congressman Hunter and his wife …", "Prosecutors said …", "allegedly").
 * Regular-expression sources, matched without case.
 */
export const ACCUSATION_FRAME: readonly string[] = [
  String.raw`alleg\w*`,
  String.raw`indict\w*`,
  String.raw`prosecutors?`,
  String.raw`accus\w*`,
  String.raw`charged`,
  String.raw`charges`,
  String.raw`illicit`,
  String.raw`illegal(?:ly)?`,
  String.raw`improper(?:ly)?`,
  String.raw`misused?`,
  String.raw`fraud\w*`,
];

/**
 * Words that open a clause and are no name: a claim quoted inside an explanation reads on in lower case
 * after them. Determiners and quantifiers always ("that the indictment …", "that some Democrats …"); the
 * others when a word in lower case, a number, a day or a month follows ("that on Saturday, the mayor …"),
 * for a name may open with one ("Under Armour", "No Labels", "All Nippon Airways"). Lower case.
 */
export const CLAUSE_DETERMINERS: readonly string[] = `the a an this these those its his her their our my your`
  .split(/\s+/)
  .filter(Boolean);
export const CLAUSE_QUANTIFIERS: readonly string[] = `some many most several few both`.split(/\s+/).filter(Boolean);
export const CLAUSE_OPENERS: readonly string[] = `all each every no on in at after before during when while since as if
although though now then today yesterday later earlier last next however meanwhile according for from with by under
over about among between without within we they he she it you`
  .split(/\s+/)
  .filter(Boolean);
/**
 * The openers read in lower case before a name too when a comma follows within four words ("that in Gaza,
 * the army …", "that after Trump took office, …"): prepositions and conjunctions that open a sentence, not
 * the words that open names of groups and firms ("Under Armour, the sportswear maker, …", "No Labels",
 * "When We All Vote").
 */
export const CLAUSE_OPENERS_BEFORE_COMMA: readonly string[] = `on in at after before during since while although
though if as from according`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Who said a claim, as a common noun that opens a sentence ("Critics said …", "Residents said …"): it reads
 * on in lower case inside an explanation ("denied what critics said: that …"), unless a name goes on
 * ("People's Daily", "Police Scotland", "Students for Fair Admissions"). Lower case.
 */
export const COMMON_SOURCES: readonly string[] = `reports report sources source officials official media early earlier
critics analysts experts witnesses residents investigators prosecutors police lawmakers opponents supporters
observers researchers neighbors neighbours activists aides employees workers parents students people others`
  .split(/\s+/)
  .filter(Boolean);
