import { list } from './list.ts';
/**
 * Titles and roles that stand before or after a person's name: data only. Multi-word titles are
 * written lower case with single spaces; hyphens in the text ("Secretary-General") match a space.
 */

/** Titles of office, longest first where one contains another. */
export const ROLE_TITLES = list(`
secretary, secretary general, secretary of state, secretary of defense, secretary of defence, defense secretary,
defence secretary, foreign secretary, home secretary, press secretary, cabinet secretary, general secretary,
foreign minister, defense minister, defence minister, finance minister, interior minister, prime minister,
deputy, deputy prime minister, first minister, minister, vice president, president, president-elect, vice chancellor,
chancellor, premier, governor, lieutenant governor, mayor, deputy mayor, senator, congressman, congresswoman,
representative, speaker, whip, majority whip, minority whip, king, queen, prince, princess, pope, emperor, sultan, emir, sheikh, ambassador,
envoy, special envoy, special representative, commissioner, water commissioner, harbour commissioner,
harbor commissioner, police commissioner, high commissioner, spokesman, spokeswoman, spokesperson, adviser,
advisor, foreign policy adviser, national security adviser, security adviser, chief of staff, chief executive,
chief executive officer, executive officer, political director, ceo, chairman, chairwoman, chair, director, director general, head, chief,
defense chief, defence chief, army chief, fire chief, police chief, leader, opposition leader, commander, general,
admiral, colonel, major, captain, lieutenant, sergeant, judge, justice, chief justice, attorney general,
prosecutor, inspector general, deputy governor, vice chairman, vice chair, attorney, district attorney, coach, head coach, hall of famer, coordinator, emergency coordinator, counsel, lawyer, professor, reporter, correspondent, editor,
analyst, official, aide, diplomat, sheriff, deputy sheriff, councilman, councilwoman, councillor, councilor,
alderman, alderwoman, assemblyman, assemblywoman, treasurer, comptroller, superintendent, trooper,
pastor, archbishop, rabbi
`);

/**
 * Titles whose holder has an office that news names by the title: "the U.S. Attorney's Office", "the Maricopa
 * County Sheriff's Department", "the Coroner's Office". Offices, not trades ("the Professor's Office hours").
 */
export const OFFICE_TITLES = list(`
attorney, district attorney, state attorney, attorney general, solicitor general, prosecutor,
public defender, sheriff, coroner, medical examiner, fire marshal, marshal, comptroller, controller, auditor,
treasurer, assessor, recorder, registrar, county clerk, clerk, inspector general, ombudsman, counsel,
governor, lieutenant governor, mayor, chancellor, secretary of state, speaker, president, vice president,
premier, prime minister, commissioner, superintendent, dean, provost, surgeon general, chief medical examiner
`);

/**
 * Honorifics: a person signal, never part of the name span. With them the abbreviated titles news
 * writes before a name ("Rep. Joe Sestak", "Sen. Arlen Specter", "Gov. Deval Patrick"): one person is
 * "Joe Sestak" whether the title is written or not.
 */
export const HONORIFICS = list(`
mr, mrs, ms, miss, mx, dr, sir, dame, lord, lady, madam, herr, frau, monsieur, madame, señor, señora,
rep, sen, gov, gen, lt, col, sgt, capt, adm, cmdr, rev, prof, supt, atty, pres, reps, sens
`);

/**
 * Words that qualify a title without naming another office: "special envoy" and "envoy" are one office
 * ("deputy", "vice", "acting" … name another, and are not here).
 */
export const TITLE_QUALIFIERS = list(`
special, senior, top, personal
`);

/** "Former" and its kin mark a role no longer held. */
export const FORMER_WORDS = list(`
former, ex, ex-, erstwhile, onetime, then, outgoing, retired, late
`);

/**
 * Participles of leaving an office, and the adverbs of time that make them mark a role left ("recently
 * resigned RNC political director Gentry Collins"); alone they are adjectives as often ("a resigned Theresa
 * May"). Not the verbs that take the official as their object ("the club recently fired Coach John Smith",
 * which another outlet may tell as "Coach John Smith was fired" on the same day).
 */
export const LEFT_OFFICE_PARTICIPLES = list(`resigned, retired, departed`);
export const RECENTLY_WORDS = list(`recently, newly, just`);

/**
 * The nationality adjectives of the world's countries and the country each names, lower case (a closed
 * list of facts, as the states are): "the Venezuelan president", "Mexican Foreign Minister".
 */
const NATIONS: Record<string, string> = Object.fromEntries(
  `
afghan=Afghanistan, albanian=Albania, algerian=Algeria, andorran=Andorra, angolan=Angola, argentine=Argentina,
argentinian=Argentina, armenian=Armenia, azerbaijani=Azerbaijan, bahamian=Bahamas, bahraini=Bahrain,
bangladeshi=Bangladesh, barbadian=Barbados, belizean=Belize, beninese=Benin, bhutanese=Bhutan,
bolivian=Bolivia, bosnian=Bosnia and Herzegovina, botswanan=Botswana, bruneian=Brunei, bulgarian=Bulgaria,
burkinabe=Burkina Faso, burmese=Myanmar, burundian=Burundi, cambodian=Cambodia, cameroonian=Cameroon,
chadian=Chad, chilean=Chile, colombian=Colombia, congolese=Congo, costa rican=Costa Rica, croatian=Croatia,
cuban=Cuba, cypriot=Cyprus, djiboutian=Djibouti, dominican=Dominican Republic, ecuadorian=Ecuador,
emirati=United Arab Emirates, eritrean=Eritrea, ethiopian=Ethiopia, fijian=Fiji, filipino=Philippines,
gabonese=Gabon, gambian=Gambia, georgian=Georgia, ghanaian=Ghana, guatemalan=Guatemala, guinean=Guinea,
guyanese=Guyana, haitian=Haiti, honduran=Honduras, icelandic=Iceland, indonesian=Indonesia, iraqi=Iraq,
ivorian=Ivory Coast, jamaican=Jamaica, jordanian=Jordan, kazakh=Kazakhstan, kenyan=Kenya, kosovar=Kosovo,
kuwaiti=Kuwait, kyrgyz=Kyrgyzstan, laotian=Laos, lebanese=Lebanon, liberian=Liberia, libyan=Libya,
luxembourgish=Luxembourg, macedonian=North Macedonia, malagasy=Madagascar, malawian=Malawi,
malaysian=Malaysia, maldivian=Maldives, malian=Mali, maltese=Malta, mauritanian=Mauritania,
mauritian=Mauritius, moldovan=Moldova, mongolian=Mongolia, montenegrin=Montenegro, moroccan=Morocco,
mozambican=Mozambique, namibian=Namibia, nepalese=Nepal, nepali=Nepal,
nicaraguan=Nicaragua, nigerian=Nigeria, nigerien=Niger, omani=Oman, pakistani=Pakistan, panamanian=Panama,
paraguayan=Paraguay, peruvian=Peru, portuguese=Portugal, qatari=Qatar, rwandan=Rwanda,
salvadoran=El Salvador, senegalese=Senegal, serbian=Serbia, singaporean=Singapore, slovenian=Slovenia,
somali=Somalia, south african=South Africa, south sudanese=South Sudan, sri lankan=Sri Lanka,
sudanese=Sudan, taiwanese=Taiwan, tajik=Tajikistan, tanzanian=Tanzania, thai=Thailand, togolese=Togo,
tunisian=Tunisia, turkmen=Turkmenistan, ugandan=Uganda, uruguayan=Uruguay, uzbek=Uzbekistan,
venezuelan=Venezuela, vietnamese=Vietnam, yemeni=Yemen, zambian=Zambia, zimbabwean=Zimbabwe,
scottish=United Kingdom, welsh=United Kingdom, english=United Kingdom
`
    .split(/[,\n]/)
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => pair.split('=') as [string, string]),
);

/** Nationality adjectives and the country they name (for "Russian Foreign Minister", "the Ukrainian leader"). */
export const NATIONALITIES: Record<string, string> = {
  american: 'United States',
  'u.s.': 'United States',
  us: 'United States',
  'u.s': 'United States',
  russian: 'Russia',
  ukrainian: 'Ukraine',
  british: 'United Kingdom',
  'u.k.': 'United Kingdom',
  uk: 'United Kingdom',
  french: 'France',
  german: 'Germany',
  italian: 'Italy',
  finnish: 'Finland',
  polish: 'Poland',
  spanish: 'Spain',
  chinese: 'China',
  japanese: 'Japan',
  indian: 'India',
  canadian: 'Canada',
  turkish: 'Turkey',
  israeli: 'Israel',
  palestinian: 'Palestine',
  iranian: 'Iran',
  hungarian: 'Hungary',
  belarusian: 'Belarus',
  'north korean': 'North Korea',
  'south korean': 'South Korea',
  swiss: 'Switzerland',
  dutch: 'Netherlands',
  belgian: 'Belgium',
  swedish: 'Sweden',
  norwegian: 'Norway',
  danish: 'Denmark',
  greek: 'Greece',
  estonian: 'Estonia',
  latvian: 'Latvia',
  lithuanian: 'Lithuania',
  romanian: 'Romania',
  czech: 'Czech Republic',
  slovak: 'Slovakia',
  austrian: 'Austria',
  irish: 'Ireland',
  australian: 'Australia',
  brazilian: 'Brazil',
  mexican: 'Mexico',
  saudi: 'Saudi Arabia',
  egyptian: 'Egypt',
  syrian: 'Syria',
  european: 'European Union',
  eu: 'European Union',
  ...NATIONS,
  nato: 'NATO',
  kremlin: 'Russia',
};

/** Words a role description may use for a head of state or government ("the Ukrainian leader"). */
export const LEADER_WORDS = list(`
leader, president, head of state, prime minister, premier, chancellor, chief
`);

/**
 * Nouns that describe a person by their place in a race or a body, not by an office ("the GOP
 * front-runner", "the Democratic nominee"): a definite description by one stands for someone named before.
 */
export const DESCRIPTIVE_NOUNS = list(`
front-runner, frontrunner, nominee, candidate, hopeful, challenger, incumbent, lawmaker, legislator
`);

/**
 * The verbs that say who someone is or was ("He also was a special assistant district attorney", "served
 * as an adviser"): a sentence that only joins a person to a title with one of them states a role.
 */
export const ROLE_COPULAS = list(`
is, was, has been, had been, served as, serves as, has served as, had served as, worked as, works as
`);

/** Titles a role sentence may give besides those of office (`ROLE_TITLES`). */
export const ROLE_SENTENCE_TITLES = list(`attorney, district attorney, assistant, deputy, member, partner, associate`);

/** Adverbs that may stand before such a verb ("He also was …", "She previously served as …"). */
export const ROLE_ADVERBS = list(`also, previously, once, formerly, later, then, still`);

/** Words that open a clause or tell of a time, so that a sentence says more than a role. */
export const ROLE_CLAUSE_WORDS = list(`
before, after, when, while, since, until, because, who, whom, which, that, where, but, not, only, first, last
`);

/**
 * Nouns of a person's trade or kind, and adjectives, that news writes before a full name at the head of a
 * sentence ("Billionaire Donald Trump praised …", "Rival Hillary Clinton …", "Senators John McCain and …"):
 * no part of the name. Seeded from the words found there in news text, which the same text writes in lower
 * case elsewhere.
 */
export const PERSON_DESCRIPTIONS: ReadonlySet<string> = new Set(
  list(`
billionaire, millionaire, comedian, comedians, actress, actor, journalist, journalists, rival, rivals, moderator,
historian, author, filmmaker, singer, rapper, musician, businessman, businesswoman, philanthropist, activist,
activists, economist, columnist, commentator, strategist, pollster, host, anchor, veteran, longtime, embattled,
controversial, outspoken, libertarian, evangelical, presumptive, incoming, fellow, liberals, conservatives,
senators, candidates, critics, lawmakers, democrats, republicans, incumbent, challenger, newcomer, star, legend
`),
);
