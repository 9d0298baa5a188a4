/**
 * A generated news corpus for timing the API: English articles in the shape the example corpus has
 * (a headline, paragraphs, officials with their titles, direct and indirect quotes, weekdays and dates,
 * counts and sums), so the real per-article stages and corpus stages run on it and give the store what
 * a real corpus would. Deterministic (seeded). Many incidents in many towns, each covered by a few to a
 * few dozen outlets; some outlets give another figure, call an official "former" or name another holder
 * of an office (conflicts), reword a quote (variants) or copy another outlet's article word for word.
 */
import type { RawInput } from '../../src/article/types.ts';
import { between, capital, madeUpWord, MONTHS, pick, random } from '../lib/random.ts';

/** Generator defaults. */
export const CORPUS_DEFAULTS = {
  seed: 11,
  /** Mean articles per incident. */
  meanCoverage: 16,
  /** Share of articles giving another number of homes, another office holder, or "former". */
  otherFigure: 0.1,
  otherHolder: 0.04,
  former: 0.04,
  /** Share of articles that reword the mayor's quote, and that copy an earlier article verbatim. */
  reword: 0.2,
  copy: 0.04,
};

/** The generator's version: a stored corpus made by another version is made again. */
export const CORPUS_VERSION = 2;

const ONSETS = ['b', 'br', 'c', 'cr', 'd', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'v', 'w'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'oo'];
const CODAS = ['', 'n', 'r', 'l', 'nd', 'rt', 'ss', 'ck', 'm', 'th'];
const TOWN_ENDS = ['ford', 'mere', 'bridge', 'ton', 'by', 'wick', 'field', 'haven', 'stow', 'dale'];
const GIVEN = [
  'Anna',
  'Bernard',
  'Clara',
  'Daniel',
  'Edith',
  'Felix',
  'Greta',
  'Hugo',
  'Irene',
  'Jonas',
  'Karin',
  'Leon',
  'Marta',
  'Nils',
  'Olga',
  'Pavel',
  'Rosa',
  'Stefan',
  'Tilda',
  'Viktor',
  'Wanda',
  'Yusuf',
  'Zofia',
  'Arthur',
  'Beatrix',
  'Conrad',
  'Delia',
  'Emil',
];
const PAPERS = ['Herald', 'Gazette', 'Courier', 'Observer', 'Post', 'Times', 'Chronicle', 'Wire', 'Daily', 'Ledger'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A pronounceable made-up word from a number (the same number, the same word). */
const word = (n: number, syllables = 2) => madeUpWord(n, { onsets: ONSETS, vowels: VOWELS, codas: CODAS }, syllables);

interface Incident {
  kind: 'river' | 'surge' | 'dam' | 'rain';
  town: string;
  province: string;
  river: string;
  street: string;
  mayor: string;
  chief: string;
  otherChief: string;
  coordinator: string;
  official: string;
  org: string;
  resident: string;
  homes: number;
  evacuated: number;
  injured: number;
  rescues: number;
  soldiers: number;
  millions: number;
  day: Date;
  quote: string;
  reworded: string;
  residentQuote: string;
}

const LEADS: Record<Incident['kind'], (i: Incident, when: string, homes: string) => string> = {
  river: (i, when, homes) =>
    `The ${i.river} River burst its banks ${when}, flooding ${homes} homes in ${i.town} and forcing about ${fmt(i.evacuated)} people to leave in the night.`,
  surge: (i, when, homes) =>
    `A storm surge swept into ${i.town} ${when}, leaving ${homes} homes underwater and forcing about ${fmt(i.evacuated)} people to leave.`,
  dam: (i, when, homes) =>
    `A dam above ${i.town} gave way ${when}, and the water flooded ${homes} homes and forced about ${fmt(i.evacuated)} people to leave.`,
  rain: (i, when, homes) =>
    `Days of heavy rain swamped ${homes} homes in ${i.town} ${when}, and about ${fmt(i.evacuated)} people were evacuated.`,
};

const TITLES: Record<Incident['kind'], (i: Incident) => string> = {
  river: (i) => `${i.river} floods ${i.town}'s lower streets`,
  surge: (i) => `Storm surge leaves ${i.town} under water`,
  dam: (i) => `Dam failure floods ${i.town}`,
  rain: (i) => `Heavy rain swamps homes in ${i.town}`,
};

const QUOTES = [
  [
    'We will rebuild every street, and no family will be left to face this alone',
    'We are going to rebuild every street, and not one family will be left on its own',
  ],
  ['Nobody in this town will sleep in the cold tonight', 'No one in this town is going to sleep in the cold tonight'],
  [
    'The water came faster than anyone could have warned us',
    'The water arrived more quickly than anybody was able to warn us',
  ],
  [
    'We have asked for help and we expect the province to answer',
    'We have requested help and we expect an answer from the province',
  ],
];

const RESIDENT_QUOTES = [
  'I have lived here for forty years and I have never seen anything like it',
  'We lost everything on the ground floor, but we are alive',
  'The neighbours came with boats before the fire brigade did',
  'Nobody told us the bank was that weak',
];

const FILLERS = [
  (i: Incident) => `Police closed the ${i.street} bridge and asked people to stay away from the area.`,
  (i: Incident) => `Shops along ${i.street} remained shut, and volunteers handed out blankets and hot drinks.`,
  (i: Incident) => `The council opened three emergency shelters, among them the sports hall of the ${i.town} school.`,
  (i: Incident) =>
    `Engineers were expected to inspect the damaged buildings in ${i.town} before residents could return.`,
  (i: Incident) => `Schools in ${i.town} will stay closed until further notice, the council said.`,
  (i: Incident) => `Insurance companies have set up a help desk in the ${i.town} library.`,
  (i: Incident) => `Trains between ${i.town} and the provincial capital were cancelled.`,
];

/** 1,900 as written in English. */
function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function person(rnd: () => number, n: number): string {
  return `${pick(rnd, GIVEN)} ${capital(word(n, 2 + (n % 2)))}`;
}

function incident(index: number, seed: number): Incident {
  const rnd = random(seed * 7919 + index * 104729 + 1);
  const town = `${capital(word(index * 3 + 1))}${pick(rnd, TOWN_ENDS)}`;
  const [quote, reworded] = pick(rnd, QUOTES);
  return {
    kind: pick(rnd, ['river', 'surge', 'dam', 'rain'] as const),
    town,
    province: capital(word(index % 23, 3)),
    river: capital(word(index * 3 + 2)),
    street: `${capital(word(index * 3 + 3))} Street`,
    mayor: person(rnd, index * 11 + 1),
    chief: person(rnd, index * 11 + 2),
    otherChief: person(rnd, index * 11 + 3),
    coordinator: person(rnd, index * 11 + 4),
    official: person(rnd, index * 11 + 5),
    org: `${town} Water Board`,
    resident: person(rnd, index * 11 + 6),
    homes: between(rnd, 40, 900),
    evacuated: between(rnd, 300, 6000),
    injured: between(rnd, 2, 40),
    rescues: between(rnd, 20, 300),
    soldiers: between(rnd, 20, 200),
    millions: between(rnd, 5, 90),
    day: new Date(Date.UTC(2025, 0, 1) + Math.floor(rnd() * 600) * 86_400_000),
    quote: quote!,
    reworded: reworded!,
    residentQuote: pick(rnd, RESIDENT_QUOTES),
  };
}

/** One generated article, ready for the per-article stages. */
export interface GeneratedArticle {
  raw: RawInput;
  incident: number;
}

/** The text of one outlet's article about an incident. */
function write(i: Incident, rnd: () => number, published: Date, options: typeof CORPUS_DEFAULTS): string {
  const weekday = WEEKDAYS[i.day.getUTCDay()]!;
  const sameDay = published.getTime() === i.day.getTime();
  const when = sameDay ? 'early on ' + weekday : `late on ${weekday}`;
  const homes = rnd() < options.otherFigure ? Math.round(i.homes * (0.75 + rnd() * 0.15)) : i.homes;
  const mayorTitle = rnd() < options.former ? 'Former Mayor' : 'Mayor';
  const chief = rnd() < options.otherHolder ? i.otherChief : i.chief;
  const words = rnd() < options.reword ? i.reworded : i.quote;
  const surname = (name: string) => name.split(' ').pop()!;
  const month = MONTHS[(i.day.getUTCMonth() + 9) % 12]!;
  const next = WEEKDAYS[(i.day.getUTCDay() + 2) % 7]!;
  const paragraphs: string[][] = [
    [
      LEADS[i.kind](i, when, fmt(homes)),
      `${capital(word(i.injured, 2))} Hospital said ${i.injured} people were treated for injuries.`,
    ],
    [
      `"${words}," ${mayorTitle} ${i.mayor} said at a briefing in the town hall on ${WEEKDAYS[published.getUTCDay()]!}.`,
      `${surname(i.mayor)} said the council would ask the ${i.province} government for $${i.millions} million in emergency funding.`,
    ],
    [
      `Fire Chief ${chief} said crews had carried out ${i.rescues} rescues overnight.`,
      `Water Director ${i.official} of the ${i.org} said the embankment had last been inspected in ${month}.`,
    ],
    [
      `Provincial Emergency Coordinator ${i.coordinator} said the province had sent ${i.soldiers} soldiers to ${i.town}.`,
      `"${i.residentQuote}," said ${i.resident}, who lives on ${i.street}.`,
    ],
  ];
  const fillers = [...FILLERS].sort(() => rnd() - 0.5).slice(0, between(rnd, 2, 5));
  for (const f of fillers) paragraphs[between(rnd, 1, paragraphs.length - 1)]!.push(f(i));
  paragraphs.push([`A public meeting for residents will be held on ${next} evening.`]);
  // Outlets order the middle paragraphs differently.
  const middle = paragraphs.slice(1, -1).sort(() => rnd() - 0.5);
  const ordered = [paragraphs[0]!, ...middle, paragraphs[paragraphs.length - 1]!];
  return [TITLES[i.kind](i), ...ordered.map((p) => p.join(' '))].join('\n\n');
}

/**
 * The corpus, one article at a time (incidents in date order, each covered by several outlets over a
 * few days). Deterministic: the same count and options give the same articles.
 */
export function* generatedCorpus(count: number, options = CORPUS_DEFAULTS): Generator<GeneratedArticle> {
  const rnd = random(options.seed);
  const outlets = Array.from(
    { length: 160 },
    (_, n) => `The ${capital(word(900_000 + n))}${pick(rnd, TOWN_ENDS)} ${pick(rnd, PAPERS)}`,
  );
  let made = 0;
  for (let index = 0; made < count; index++) {
    const i = incident(index, options.seed);
    const coverage = Math.min(count - made, 1 + Math.floor(-Math.log(1 - rnd()) * options.meanCoverage));
    const written: { text: string; outlet: string }[] = [];
    for (let k = 0; k < coverage; k++) {
      const published = new Date(i.day.getTime() + between(rnd, 0, 3) * 86_400_000);
      let outlet = pick(rnd, outlets);
      let text: string;
      if (written.length && rnd() < options.copy) {
        // A copy is another outlet's: the same text from the same outlet would be the same article.
        const source = pick(rnd, written);
        while (outlet === source.outlet) outlet = pick(rnd, outlets);
        text = source.text;
      } else text = write(i, rnd, published, options);
      written.push({ text, outlet });
      const path = `generated/incident-${index}/${k}.txt`;
      yield {
        incident: index,
        raw: {
          path,
          format: 'text',
          bytes: new TextEncoder().encode(text),
          content: text,
          encoding: 'utf-8',
          meta: { outlet, published: published.toISOString().slice(0, 10) },
        },
      };
      made++;
    }
  }
}
