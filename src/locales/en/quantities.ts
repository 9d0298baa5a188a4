/**
 * Words for the quantities stage and the cross-check: number words, multipliers, currencies, units,
 * hedges, and what a number measures (measure classes with their synonyms).
 */

/** Number words read as values ("sixty soldiers"). "one" is read only before a counted noun. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

/** Multipliers after a number ("$100 billion", "2.5m"). */
export const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** Currency signs and codes before a number, and currency words after it, to an ISO-like unit. */
export const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
export const CURRENCY_WORDS: Record<string, string> = {
  dollars: 'USD',
  dollar: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  pounds: 'GBP',
  hryvnias: 'UAH',
  roubles: 'RUB',
  rubles: 'RUB',
};

/** Percent words after a number. */
export const PERCENT_WORDS = ['percent', 'per cent', '%'];

/** Duration units, to seconds. */
export const DURATION_UNITS: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 604_800,
  month: 2_629_800,
  year: 31_557_600,
};

/** Other measuring units (metres, millimetres …), normalised. */
export const MEASURE_UNITS: Record<string, string> = {
  metre: 'm',
  meter: 'm',
  millimetre: 'mm',
  millimeter: 'mm',
  centimetre: 'cm',
  kilometre: 'km',
  kilometer: 'km',
  mile: 'mi',
  km: 'km',
};

/** Hedges before a number: how the value is to be read. */
export const HEDGES: Record<string, 'approx' | 'min' | 'max'> = {
  about: 'approx',
  around: 'approx',
  roughly: 'approx',
  some: 'approx',
  nearly: 'approx',
  almost: 'approx',
  approximately: 'approx',
  'an estimated': 'approx',
  'more than': 'min',
  over: 'min',
  'at least': 'min',
  'upwards of': 'min',
  'less than': 'max',
  'fewer than': 'max',
  'up to': 'max',
  'as many as': 'max',
  'as much as': 'max',
  'at most': 'max',
  'no more than': 'max',
  under: 'max',
};

/**
 * What a counted noun counts, by class: synonyms read as one ("houses" counts homes). A counted noun
 * not listed keeps its own (singular) form.
 */
export const COUNT_NOUNS: Record<string, string[]> = {
  homes: ['home', 'homes', 'house', 'houses', 'properties', 'dwellings'],
  people: ['people', 'persons', 'residents', 'inhabitants', 'civilians', 'man', 'woman', 'person', 'child'],
  troops: ['troops', 'soldiers', 'servicemen'],
  households: ['households'],
  families: ['families'],
  rescues: ['rescues'],
};

/**
 * What happened to what is counted, by class: "412 homes were flooded". A count is a claim only with
 * one of these (or when its noun is an event itself, `EVENT_NOUNS`): "85 households" alone says what
 * is counted but not what about them, so it can neither agree nor disagree with "200 households".
 */
export const PREDICATES: Record<string, string[]> = {
  flooded: ['flooded', 'flooding', 'floods', 'underwater', 'swamped', 'inundated', 'submerged'],
  evacuated: ['evacuated', 'evacuate', 'evacuation', 'leave', 'fled', 'displaced'],
  killed: ['killed', 'died', 'dead', 'killing'],
  shot: ['shot', 'shooting'],
  injured: ['injured', 'wounded', 'hospital', 'hospitalised', 'hospitalized'],
  deployed: ['sent', 'deployed', 'dispatched'],
  rescued: ['rescued', 'rescue'],
  housed: ['accommodation', 'hotels', 'housed'],
};

/**
 * Words of `PREDICATES` that still tell what happened inside a name: a place ("taken to Caddenford General
 * Hospital"). Any other capitalised inside a sentence is part of a name and tells nothing ("Red Dead
 * Redemption", "the Dead Sea").
 */
export const PREDICATES_IN_NAMES: ReadonlySet<string> = new Set(['hospital', 'hotels', 'accommodation']);

/** Prepositions and conjunctions a headline in title case may leave in lower case ("… after Flooding Sweeps through …"). */
export const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set(
  `about above across after against along amid among around before behind below beneath beside between beyond
despite down during except from inside into near onto over past since than that through toward towards under
until upon with within without when while`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words after a number that are no counted noun ("11 of them", "a dozen times"). */
export const NOT_COUNTED = new Set(['of', 'to', 'in', 'on', 'at', 'and', 'or', 'for', 'a', 'the', 'per', 'times']);

/** Counted nouns that are events, a measure on their own ("163 rescues"). */
export const EVENT_NOUNS = new Set(['rescues', 'deaths', 'arrests', 'casualties', 'injuries']);

/**
 * What a sum of money, a percentage or a duration is about, by class: the nearest of these words in its
 * clause. Weapons, weaponry and arms are one class, so "$100 billion worth of American weaponry" and
 * "$90 billion in American weapons" are two values of one measure.
 */
export const TOPIC_WORDS: Record<string, string[]> = {
  arms: ['weapons', 'weaponry', 'arms', 'armaments', 'munitions'],
  drones: ['drones', 'drone'],
  'emergency fund': ['emergency fund', 'emergency funding', 'emergency aid', 'relief fund'],
  damage: ['damage', 'damages'],
  budget: ['budget'],
  call: ['call', 'phone call'],
  conversation: ['conversation'],
  rainfall: ['rainfall'],
};

/** Words after a number that make it no quantity: "Article 5", a time ("11:40 p.m."), "5-like". */
export const NOT_QUANTITY_BEFORE = ['article', 'section', 'chapter', 'paragraph', 'resolution', 'no.', 'number'];

/** Words after a number that make it an address or a route, no quantity: "the 12000 block", "Route 66". */
export const NOT_QUANTITY_AFTER = ['block', 'street', 'avenue', 'road', 'highway', 'interstate'];

/** Words that open another clause: what a count measures is not read across them ("100 people were there when she began shooting"). */
export const CLAUSE_WORDS = new Set([
  'when',
  'while',
  'after',
  'before',
  'because',
  'where',
  'which',
  'who',
  'although',
  'though',
  'if',
  'until',
  'since',
  'then',
]);

/** Month names: a number beside one is a date, not a quantity. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/**
 * Titles held in many places at once: without an organisation or country they name no one office
 * ("President Trump" and "President Putin" hold different presidencies), so they never conflict.
 * A single-word title without an organisation is taken as generic too.
 */
export const GENERIC_TITLES = new Set([
  'president',
  'vice president',
  'prime minister',
  'deputy prime minister',
  'chancellor',
  'minister',
  'foreign minister',
  'defence minister',
  'defense minister',
  'secretary',
  'secretary of state',
  'press secretary',
  'special envoy',
  'envoy',
  'ambassador',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'leader',
  'opposition leader',
  'chair',
  'chairman',
  'chief executive',
  'director',
  'governor',
  'senator',
  'mayor',
  'premier',
  'judge',
  'justice',
  'general',
  'admiral',
  'commander',
  'adviser',
  'advisor',
  'king',
  'queen',
  // Offices every city or county has: without the place they name no one office.
  'police commissioner',
  'police chief',
  'chief of police',
  'fire chief',
  'fire commissioner',
  'sheriff',
  'district attorney',
  'state attorney',
  'county attorney',
  'city manager',
  'council member',
  'councilman',
  'councilwoman',
  'superintendent',
  'school superintendent',
  'coroner',
  'medical examiner',
  'county executive',
]);

/**
 * Heads of titles that many people hold at once, even in one organisation ("Superior Court Judge",
 * "Senator"): two people named so are no two holders of one office.
 */
export const MULTI_SEAT_HEADS = new Set([
  'judge',
  'justice',
  'senator',
  'representative',
  'lawmaker',
  'member',
  'officer',
  'agent',
  'detective',
  'sergeant',
  'colonel',
  'captain',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'envoy',
  'ambassador',
  'adviser',
  'advisor',
  'aide',
  'deputy',
  'correspondent',
  'reporter',
  'professor',
  // Many act for one client, team or state at once ("Grimm's attorney", "U.S. Attorney": one per district).
  'attorney',
  'lawyer',
  'counsel',
  'prosecutor',
  'coach',
  'councillor',
  'councilor',
  'councilman',
  'councilwoman',
  'alderman',
  'alderwoman',
  'assemblyman',
  'assemblywoman',
  'trooper',
  'pastor',
  'rabbi',
  'commander',
]);

/**
 * Units of a size said as a hyphenated modifier of the thing it measures ("a 48-page indictment", "a
 * 10-point plan", "a 300-seat hall"): the number is the size of that thing. Times and ages are read
 * as durations.
 */
export const SIZE_UNITS = new Set([
  'page',
  'point',
  'seat',
  'member',
  'story',
  'storey',
  'room',
  'bed',
  'lane',
  'count',
  'acre',
  'mile',
]);
