import CITIES from './places.json' with { type: 'json' };
import COUNTRIES from './countries.json' with { type: 'json' };
import { list } from './list.ts';
import { NATIONALITIES } from './titles.ts';
/** Organisations, places and words that are capitalised but not names: data only. Lower case. */

/** Well-known organisations, as written (lower case, single spaces). */
export const ORGANISATIONS = new Set(
  list(`
nato, eu, european union, european commission, eu commission, un, united nations, white house, kremlin,
pentagon, state department, congress, senate, parliament, european parliament, foreign ministry,
russian foreign ministry, defense ministry, defence ministry, cabinet, g7, g20, reuters, afp, ap, associated press,
bloomberg, cnn, bbc, fox news, financial times, ft, washington post, new york times, wall street journal, wsj,
the guardian, guardian, politico, axios, nbc, cbs, abc, msnbc, al jazeera, tass, ria novosti, interfax,
truth social, google, apple, microsoft, meta, facebook, twitter, amazon, tesla, x, imf, world bank, who, fbi, cia,
nsa, kgb, fsb, sbu, ecb, opec, red cross, hamas, hezbollah, taliban, isis, isil, islamic state, al qaeda, al-qaeda, mcdonalds, mcdonald's, coca-cola,
supreme court, house of representatives, house of commons, house of lords, oval office, air force one, downing street, élysée, elysee, bundestag, duma, verkhovna rada
`),
);

/** The states of the United States, lower case. */
const US_STATES = list(`
alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, hawaii, idaho,
illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota,
mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey, new mexico, new york,
north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota,
tennessee, texas, utah, vermont, virginia, west virginia, wisconsin, wyoming, puerto rico, district of columbia
`);

/**
 * States and provinces: places with offices and parties of their own below a nation's ("Wisconsin
 * Republican Party Chairman" is not the Republican National Committee's), lower case. Georgia and
 * Washington are left out: a country, a capital.
 */
export const REGIONS = new Set([
  ...US_STATES,
  ...list(`
ontario, quebec, british columbia, alberta, manitoba, saskatchewan, nova scotia, new brunswick, queensland,
new south wales, tasmania, bavaria, catalonia
`),
]);

/**
 * The states written short, as news agencies do after a city ("Orlando, Fla."), lower case; "Miss." is
 * left out (a courtesy title), and so is "Ind." (also "Independent").
 */
export const US_STATES_SHORT: ReadonlySet<string> = new Set(
  list(`
ala., ariz., ark., calif., colo., conn., del., fla., ga., ill., kan., kans., ky., la., md., mass., mich.,
minn., mo., mont., neb., nev., n.h., n.j., n.m., n.y., n.c., n.d., okla., ore., pa., r.i., s.c., s.d.,
tenn., tex., vt., va., wash., w.va., wis., wyo., d.c.
`),
);

/** Well-known places (countries, regions, cities), lower case, written by hand. */
export const HAND_PLACES = new Set([
  ...US_STATES,
  ...US_STATES_SHORT,
  ...list(`
ukraine, russia, united states, america, u.s., us, usa, united kingdom, uk, u.k., britain, great britain,
england, scotland, wales, ireland, france, germany, italy, spain, portugal, poland, finland, sweden, norway,
denmark, netherlands, belgium, switzerland, austria, hungary, romania, bulgaria, greece, turkey, china, japan,
india, pakistan, iran, iraq, syria, israel, gaza, lebanon, egypt, saudi arabia, qatar, north korea,
south korea, korea, canada, mexico, brazil, argentina, australia, belarus, moldova, georgia, estonia, latvia,
lithuania, europe, asia, africa, middle east, new england, democratic republic of congo, soviet union, kyiv, kiev, moscow, washington, london, paris, berlin, rome,
madrid, warsaw, helsinki, brussels, geneva, budapest, istanbul, ankara, beijing, tokyo, new york, alaska,
anchorage, florida, texas, california, donbas, donbass, donetsk, luhansk, crimea, kharkiv, odesa, odessa,
zaporizhzhia, kherson, mariupol, belgorod, kursk, st. petersburg, minsk, vienna, prague, riyadh, doha, tehran,
jerusalem, tel aviv, cairo, dnipro, lviv, sochi, siberia, arctic, baltic, black sea,
afghanistan, albania, algeria, angola, armenia, azerbaijan, bahrain, bangladesh, bolivia, bosnia, cambodia,
chile, colombia, costa rica, croatia, cuba, cyprus, czech republic, czechia, ecuador, el salvador, ethiopia,
ghana, guatemala, haiti, honduras, iceland, indonesia, jamaica, kazakhstan, kenya, kosovo, kuwait, laos,
libya, luxembourg, malaysia, mali, malta, montenegro, morocco, mozambique, myanmar, nepal, new zealand,
nicaragua, niger, nigeria, north macedonia, oman, panama, paraguay, peru, philippines, rwanda, senegal,
serbia, singapore, slovakia, slovenia, somalia, south africa, south sudan, sri lanka, sudan, taiwan,
tajikistan, tanzania, thailand, tunisia, turkmenistan, uganda, united arab emirates, uruguay, uzbekistan,
venezuela, vietnam, yemen, zambia, zimbabwe
`),
]);

/**
 * Places, lower case: those written by hand, and the cities of the world with 100,000 inhabitants or more
 * whose names a reader would not take for a person's or a common word (`places.json`, built from GeoNames
 * by bench/entities/build-places.ts).
 */
/**
 * The names of one country, each list one place (ISO 3166 code → names): the lists of `countries.json`
 * (built from i18n-iso-countries by bench/entities/build-countries.ts) and the short forms news writes
 * that it lacks: "Britain" for the United Kingdom, "America" for the United States (a news story's
 * "America" is the country, not the continents).
 */
export const COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  ...COUNTRIES.countries,
  GB: [...COUNTRIES.countries.GB, 'Britain'],
  US: [...COUNTRIES.countries.US, 'America'],
};

export const PLACES: ReadonlySet<string> = new Set([
  ...HAND_PLACES,
  ...CITIES.names.split('|').filter(Boolean),
  // A country's every name is a place ("UAE" as much as "United Arab Emirates").
  ...Object.values(COUNTRY_NAMES).flatMap((names) => names.map((n) => n.toLowerCase().replace(/^the /, ''))),
]);

/** The days of the week: after a name, one says when, not who ("endorsed Hillary Clinton Wednesday"). */
export const WEEKDAYS = new Set(list(`monday, tuesday, wednesday, thursday, friday, saturday, sunday`));

/** Words that put a weekday in time ("Early Tuesday", "Late Sunday"): with it, no name at all. */
export const WEEKDAY_LEADS = new Set(list(`early, late, last, next, this, every, by, until, since, on, from`));

/**
 * Days with a name of their own: a date, not a person or a body ("Super Tuesday" is when the primaries
 * are held, "Black Friday" when the sales begin).
 */
export const NAMED_DAYS = new Set(
  list(`
super tuesday, mini tuesday, black friday, good friday, cyber monday, ash wednesday, palm sunday,
easter sunday, easter monday, holy thursday, maundy thursday, holy saturday, bloody sunday, fat tuesday,
giving tuesday, small business saturday, super saturday, black monday, black tuesday, black wednesday,
black thursday, black saturday, bloody friday, selection sunday, remembrance sunday, mothering sunday,
shrove tuesday, whit monday, whit sunday, blue monday, tsunami tuesday, super thursday, travel tuesday
`),
);

/**
 * The members of a party, plural: a run that ends with one names a body of them ("House Democrats",
 * "Senate Republicans", "Georgia Republicans"), not a person.
 */
export const PARTY_MEMBERS = new Set(list(`democrats, republicans, tories, conservatives, liberals, socialists`));

/** Bodies one tells or warns of something ("warned the Senate of Iran's plans"): no "Senate of Iran". */
export const BODY_NOUNS = new Set(
  list(
    `congress, senate, parliament, court, council, commission, assembly, committee, house, cabinet, government, board`,
  ),
);

/** Words of direction that qualify a place word ("Southern District", "Eastern Province"). */
export const DIRECTIONS = new Set(
  list(`northern, southern, eastern, western, central, middle, upper, lower, north, south, east, west`),
);

/** Last words that make a capitalised run an organisation. */
export const ORG_HEADS = new Set(
  list(`
ministry, board, council, commission, committee, agency, department, party, office, bank, university, school,
college, times, post, news, press, journal, herald, gazette, courier, observer, ledger, wire, digest, network,
corporation, corp, company, inc, ltd, group, association, union, army, navy, forces, police, service,
institute, foundation, club, federation, alliance, authority, administration, government, court, tribunal,
assembly, parliament, congress, senate, cabinet, brigade, battalion, regiment, command, guard, media,
broadcasting, radio, television, tv, telegraph, tribune, chronicle, daily, weekly, review, institution,
hospital, church, trust, fund, society, centre, center, team, fc, magazine, newspaper, globe, inquirer,
dispatch, register, observatory, preschool, management, monitor, organization, organisation
, ferries, airlines, airways, railways, rail, motors, holdings, partners, systems, industries, energy,
ventures, labs, studios, pictures, entertainment, pharma, capital, insurance, patrol, project, pac, coalition,
legion, league, academy, museum, gallery, library, theater, theatre, orchestra, productions, pharmaceuticals,
brothers, bros
`),
);

/** Last words that make a capitalised run a place. */
export const PLACE_HEADS = new Set(
  list(`
street, road, row, lane, avenue, square, river, bridge, island, islands, quay, valley, region, province,
county, city, town, village, district, oblast, state, mountains, mountain, lake, sea, ocean, bay, coast, port,
harbour, harbor, reservoir, dam, hall, park, airport, station, peninsula, border, republic, kingdom, territory,
prison, hotel, mansion, oaks, chapel, groves, hills, canyon, ranch, springs, falls, creek, circle, plaza, heights,
beach, zoo, market, township
`),
);

/**
 * Head words of places that are surnames as often ("Adam Beach", "Aubrey Plaza"): after a given name of the
 * hand-written list alone they end a person's name, not a place's.
 */
export const SURNAME_HEADS = new Set(
  list(`
oaks, chapel, groves, hills, canyon, ranch, springs, falls, creek, circle, plaza, heights, beach, market
`),
);

/** Last words of the names of events, prizes, plans and the like: a run that ends so names no person ("Davis Cup"). */
export const THING_HEADS = new Set(
  list(`
cup, prize, award, poll, plan, doctrine, alert, act, bill, trophy, open, championship, championships, games, series,
festival, fair, expo, summit, conference, convention, treaty, accord, agreement, amendment, rule, report, survey,
index, test, scandal, affair, war, crisis, movement, revolution
`),
);

/** Prepositions after which a lone capitalised word is usually a place. */
export const PLACE_PREPOSITIONS = new Set(
  list(`
in, at, from, to, near, outside, across, into, towards, toward, via
`),
);

/** Capitalised words that are never names on their own. */
export const NOT_NAMES = new Set(
  `
a an the this that these those there here it its i we you he she they his her their our my your me us them
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december today yesterday tomorrow tonight
and but or nor so yet for if when while after before since until although though because however meanwhile moreover on
furthermore instead still also even only just then thus hence therefore indeed earlier later now again already once
despite during under over above below between among about against without within upon
in at to of by from with as into onto through across toward towards around amid
i'm i’m i'll i’ll i've i’ve i'd i’d let well yes oh okay
is are was were does did has have had could would should shall might must
others everyone everybody everything nothing something someone anyone nobody hundreds thousands dozens millions
what who whom whose which where why how
mr mrs ms dr sir
breaking exclusive analysis opinion update updated live watch read see video photo photos comments comment related
according some many most several few all both each every no not none other another such
one two three four five six seven eight nine ten first second third last next new old
god christmas easter ramadan covid
officials sources reports leaks experts analysts witnesses residents authorities critics observers diplomats officers
lawmakers ministers engineers families leaders voters survivors rescuers volunteers workers crews troops soldiers
police firefighters neighbours neighbors parents children students teachers doctors nurses investigators prosecutors
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Nationality and group words: capitalised, but a group rather than a name ("Ukrainian troops", "Latino
 * voters"): every nationality adjective of `NATIONALITIES` (and its plural, "Mexicans"), and the words
 * for peoples, faiths and parties below.
 */
export const DEMONYMS = new Set([
  ...Object.keys(NATIONALITIES)
    .filter((w) => /^\p{L}[\p{L} ]+$/u.test(w) && !/^(?:us|uk|eu|nato|kremlin)$/.test(w))
    .flatMap((w) => (/(?:an|i)$/.test(w) ? [w, `${w}s`] : [w])),
  ...list(`
americans, europeans, germans, western, eastern, korean, english, democrat, democrats, republican, republicans,
democratic, soviet, nazi, muslim, muslims, christian, christians, jewish, jews, catholic, catholics, orthodox,
atlantic, trans-atlantic, latino, latinos, latina, latinas, latinx, hispanic, hispanics, arab, arabs, arabic,
african, africans, african american, african americans, asian, asians, asian american, asian americans,
middle eastern, islamic, islamist, islamists, kurd, kurds, kurdish, sunni, sunnis, shia, shiite, shiites,
evangelical, evangelicals, mormon, mormons, protestant, protestants, hindu, hindus, sikh, sikhs, buddhist
`),
]);

/**
 * Short forms of things, not of organisations, written in capitals: "live TV", "the company's CEO", "GDP
 * grew". Lower case.
 */
export const THING_ABBREVIATIONS: ReadonlySet<string> = new Set(
  list(`
tv, ceo, cfo, coo, cto, gdp, dna, id, iq, ok, ufo, vip, atm, suv, hq, diy, faq, pc, usb, gps, ai, cv, pdf, sms, ip,
tba, asap, rsvp, aka, ad, bc, am, pm, vs, mph, kph
`),
);
