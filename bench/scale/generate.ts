/**
 * A generator of varied news articles for timing the corpus stages at scale: many stories on many
 * topics (politics, business, courts, sport, disasters, science), told by up to 2,000 outlets over two
 * years; people, organisations and places drawn Zipf-like from tens of thousands of names (a few named
 * everywhere, most rarely), some spelt two ways (Zelensky / Zelenskyy-like transliterations), titles
 * and offices, direct and indirect quotes, numbers with what they count, dates; lengths from a short
 * brief to a long report; site chrome on some pages; a share of articles in other languages and
 * scripts (Cyrillic, Greek, Chinese); verbatim copies and rewrites of earlier articles. Seeded: the
 * same seed gives the same articles, on every platform.
 */
import type { RawInput } from '../../src/article/types.ts';
import { between, capital, madeUpWord, MONTHS, pick, random, zipf as zipfRanks } from '../lib/random.ts';

/** Generator defaults. */
export const SCALE_DEFAULTS = {
  seed: 7,
  people: 40_000,
  organisations: 6_000,
  places: 9_000,
  outlets: 2_000,
  /** Zipf exponent of how often a name is drawn. */
  zipf: 1.0,
  /** Mean articles per story (story sizes are Zipf-like too). */
  meanStory: 6,
  /** Share of articles in another language, of verbatim copies, of rewrites, of pages with chrome. */
  foreign: 0.08,
  copy: 0.03,
  rewrite: 0.03,
  chrome: 0.3,
};

/** The generator's version: stores made by another version are made again. */
export const SCALE_VERSION = 3;

const ONSETS = [
  'b',
  'br',
  'ch',
  'd',
  'dr',
  'f',
  'g',
  'h',
  'j',
  'k',
  'kr',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  'sh',
  't',
  'v',
  'w',
  'z',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia'];
const CODAS = ['', 'n', 'r', 'l', 'k', 's', 'm', 'nd', 'rt', 'sk', 'v', 'ck'];
const ENDINGS = ['', '', '', 'son', 'ski', 'enko', 'ova', 'ez', 'ini', 'berg', 'ton', 'ley', 'ic', 'escu', 'ides'];
const GIVEN = [
  'Anna',
  'Ahmed',
  'Beatriz',
  'Boris',
  'Carmen',
  'Chen',
  'Daniel',
  'Dmitri',
  'Elena',
  'Emeka',
  'Fatima',
  'Felix',
  'Giorgos',
  'Hana',
  'Hugo',
  'Ines',
  'Ivan',
  'Jae',
  'Julia',
  'Kofi',
  'Lars',
  'Leila',
  'Marek',
  'Maria',
  'Mei',
  'Nadia',
  'Olga',
  'Omar',
  'Paolo',
  'Priya',
  'Rafael',
  'Rosa',
  'Sergei',
  'Sofia',
  'Tariq',
  'Ulla',
  'Viktor',
  'Wei',
  'Yara',
  'Yusuf',
  'Zofia',
  'Thomas',
  'Sarah',
  'James',
  'Laura',
  'Michael',
  'Claire',
  'Robert',
  'Aiko',
];
const ORG_KINDS = [
  'Ministry of Finance',
  'Bank',
  'Group',
  'Holdings',
  'University',
  'Party',
  'Union',
  'Institute',
  'FC',
  'Council',
  'Agency',
  'Foundation',
];
const PLACE_ENDS = ['ford', 'grad', 'polis', 'abad', 'ville', 'stadt', 'haven', 'ton', 'burg', 'ia', 'stan', 'mere'];
const TITLES = [
  'President',
  'Prime Minister',
  'Finance Minister',
  'Foreign Minister',
  'Mayor',
  'Chief Executive',
  'Coach',
  'Judge',
  'Senator',
  'Governor',
  'Police Chief',
  'Spokesperson',
  'Professor',
];
const CUES = ['said', 'told reporters', 'said in a statement', 'warned', 'added', 'argued', 'told the Wire'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A pronounceable made-up word from a number (the same number, the same word). */
const word = (n: number, syllables = 2) => madeUpWord(n, { onsets: ONSETS, vowels: VOWELS, codas: CODAS }, syllables);

/** Person n: a given name, a surname, and for some a second spelling of the surname. */
function person(n: number): { full: string; surname: string; variant?: string } {
  const rnd = random(n * 40503 + 3);
  const base = capital(word(n, between(rnd, 1, 3))) + pick(rnd, ENDINGS);
  const surname = base;
  // One in twelve has a transliterated second spelling (-sky / -skyy, -ov / -off).
  const variant =
    n % 12 === 5
      ? surname.endsWith('ski')
        ? `${surname}y`
        : surname.endsWith('ova')
          ? `${surname.slice(0, -1)}a`
          : `${surname}h`
      : undefined;
  return { full: `${pick(rnd, GIVEN)} ${surname}`, surname, ...(variant ? { variant } : {}) };
}

const organisation = (n: number) => {
  const rnd = random(n * 7919 + 11);
  const kind = pick(rnd, ORG_KINDS);
  const name = capital(word(n + 100_000, between(rnd, 1, 3)));
  return kind === 'FC' ? `FC ${name}` : kind.startsWith('Ministry') ? `${name} ${kind}` : `${name} ${kind}`;
};
const place = (n: number) => capital(word(n + 200_000, between(random(n + 5), 1, 2))) + pick(random(n + 9), PLACE_ENDS);
const outlet = (n: number) =>
  `The ${capital(word(n + 300_000, 2))} ${pick(random(n + 1), ['Herald', 'Times', 'Post', 'Observer', 'Daily', 'Courier', 'Gazette', 'News', 'Tribune', 'Wire'])}`;

const TOPICS = ['politics', 'business', 'courts', 'sport', 'disaster', 'science'] as const;
type Topic = (typeof TOPICS)[number];

const MEASURES: Record<Topic, [string, number, number][]> = {
  politics: [
    ['votes', 2000, 900000],
    ['seats', 3, 300],
    ['people', 1000, 90000],
  ],
  business: [
    ['jobs', 50, 20000],
    ['shares', 10000, 5000000],
    ['stores', 3, 900],
  ],
  courts: [
    ['years', 1, 40],
    ['defendants', 2, 30],
    ['witnesses', 2, 60],
  ],
  sport: [
    ['goals', 1, 9],
    ['fans', 2000, 90000],
    ['points', 1, 120],
  ],
  disaster: [
    ['people', 3, 900],
    ['homes', 10, 9000],
    ['families', 5, 3000],
  ],
  science: [
    ['patients', 20, 9000],
    ['species', 2, 400],
    ['samples', 50, 20000],
  ],
};

/** A sentence of a story, worded one of a few ways (outlets word one fact apart). */
type Template = (s: Story, rnd: () => number) => string;
const either =
  (...wordings: Template[]): Template =>
  (s, r) =>
    pick(r, wordings)(s, r);

/** The facts of a story of each topic: an article tells each at most once, in one of its wordings. */
const SENTENCES: Record<Topic, Template[]> = {
  politics: [
    either(
      (s) => `${s.lead.full} met ${s.second.full} in ${s.place} to discuss the ${s.org} proposal.`,
      (s) => `${s.second.full} and ${s.lead.full} held talks in ${s.place} on the proposal of the ${s.org}.`,
    ),
    (s, r) => `The ${s.org} said the vote on the ${s.place} plan would take place on ${pick(r, WEEKDAYS)}.`,
    either(
      (s) => `Lawmakers from ${s.place} asked ${s.lead.surname} to explain the plan before the end of the month.`,
      (s) => `${s.lead.surname} was asked by lawmakers from ${s.place} to explain the plan within weeks.`,
    ),
    (s) => `Opposition members accused the ${s.org} of rushing the proposal through without a debate.`,
    (s) => `${s.second.surname} told reporters the proposal would cost ${s.place} $${s.money} million over five years.`,
    (s) => `A first draft of the ${s.org} proposal was leaked to the press last week.`,
  ],
  business: [
    either(
      (s) => `${s.org} agreed to buy a rival in ${s.place}, its chief executive ${s.lead.full} announced.`,
      (s) => `${s.lead.full}, the chief executive of ${s.org}, said the company would buy a rival based in ${s.place}.`,
    ),
    (s) => `Shares in ${s.org} rose after the announcement, while analysts in ${s.place} urged caution.`,
    (s) =>
      `${s.second.full}, who advises the board, said the ${s.org} deal had been ${(s.money % 11) + 2} months in the making.`,
    (s) => `The deal values the rival at about $${s.money} million, including debt.`,
    (s) => `Regulators in ${s.place} are expected to review the purchase before it can close.`,
    (s) => `Unions at the rival asked ${s.lead.surname} for guarantees that no jobs would be cut.`,
  ],
  courts: [
    either(
      (s) => `A court in ${s.place} heard the case against ${s.second.full} on charges brought by the ${s.org}.`,
      (s) => `${s.second.full} appeared before a court in ${s.place} on charges brought by the ${s.org}.`,
    ),
    (s) => `${s.lead.surname}, the presiding judge, adjourned the hearing until next week.`,
    (s) => `Lawyers for ${s.second.surname} said they would appeal any verdict in ${s.place}.`,
    (s) => `Prosecutors told the court that ${s.second.surname} had moved $${s.money} million through shell companies.`,
    (s) => `${s.second.surname} denies all the charges and remains free on bail.`,
    () => `Several witnesses are expected to testify when the hearing resumes.`,
  ],
  sport: [
    (s) => `${s.org} beat their rivals in ${s.place} in front of a full stadium.`,
    either(
      (s) => `${s.lead.full}, the coach, praised the defence after the match.`,
      (s) => `After the match the coach, ${s.lead.full}, singled out the defence for praise.`,
    ),
    (s) => `${s.second.surname} scored twice before half-time.`,
    (s) => `The win lifts ${s.org} to the top of the table with three games left.`,
    (s) => `Fans in ${s.place} celebrated late into the night.`,
    (s) => `${s.second.surname} later said the team had trained for this game for weeks.`,
  ],
  disaster: [
    either(
      (s) => `Floods swept through ${s.place} overnight, and rescue teams from the ${s.org} were sent to help.`,
      (s) => `Rescue teams from the ${s.org} were sent to ${s.place} after floods swept through overnight.`,
    ),
    (s) => `${s.lead.full} visited the shelters in ${s.place} and promised more help.`,
    (s) =>
      `Roads out of ${s.place} remained closed, and ${s.second.full} urged residents of ${s.place} to stay indoors.`,
    (s) => `Power was cut to large parts of ${s.place} for most of the day.`,
    () => `Forecasters warned that more rain was expected before the weekend.`,
    (s) => `The ${s.org} said it had set aside $${s.money} million for repairs.`,
  ],
  science: [
    (s) => `Researchers at the ${s.org} in ${s.place} published the results of a study led by ${s.lead.full}.`,
    either(
      (s) => `${s.second.full}, who was not involved in the work, called the findings promising.`,
      (s) => `The findings are promising, said ${s.second.full}, who took no part in the study.`,
    ),
    (s) => `The team said further trials in ${s.place} would begin next year.`,
    (s) => `The study was funded with $${s.money} million from the ${s.org}.`,
    (s) => `${s.lead.surname} cautioned that the results had yet to be repeated by other groups.`,
    () => `The work took more than four years to complete.`,
  ],
};

/**
 * What else an article tells: sentences of its own, each made of parts drawn anew (a resident, an
 * official, a figure of last year, a date), so that no two sentences of an article are the same and
 * articles of one story share their facts, not every sentence.
 */
const COLOUR: ((s: Story, rnd: () => number, who: () => string, where: () => string) => string)[] = [
  (s, r, who, where) => `${who()}, who lives in ${where()}, said ${heard(r)}.`,
  (s, r, who) => `${who()}, a spokesperson for the ${s.org}, declined to comment on ${pick(r, TOPIC_NOUNS)}.`,
  (s, r, _who, where) =>
    `Last year, ${between(r, 2, 900)} ${s.measure[0]} were reported in ${where()}, according to local figures.`,
  (s, r, _who, where) =>
    `Officials in ${where()} said they would meet on ${pick(r, WEEKDAYS)} to discuss ${pick(r, TOPIC_NOUNS)}.`,
  (s, r, who) => `${who()} wrote on social media that ${heard(r)}.`,
  (s, r, _who, where) =>
    `A similar case in ${where()} in ${between(r, 1998, 2023)} took ${between(r, 2, 30)} months to settle.`,
  (s, r, who) => `"${pick(r, OPENINGS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, CLAUSES)}," ${who()} said.`,
  (s, r, who) => `${who()} said "${heard(r)}" and that ${heard(r)}.`,
  (s, r, who, where) => `"${capital(heard(r))}," said ${who()}, a resident of ${where()}.`,
];
/** What a resident or an official says in passing: parts drawn anew, so that few say the same words. */
const HEARD_WHO = [
  'nobody',
  'the council',
  'the company',
  'our neighbours',
  'the authorities',
  'the organisers',
  'the police',
  'the school board',
  'the old mayor',
  'the insurers',
];
const HEARD_DID = [
  'had warned',
  'should have told',
  'had long ignored',
  'would never forget',
  'could still help',
  'must now pay for',
  'had promised to visit',
  'never listened to',
];
const HEARD_WHOM = [
  'the families on our street',
  'the farmers',
  'the people of the valley',
  'the shop owners',
  'the night shift',
  'the river towns',
  'the young people here',
  'the pensioners',
  'the drivers',
  'the volunteers',
];
const heard = (r: () => number) =>
  `${pick(r, HEARD_WHO)} ${pick(r, HEARD_DID)} ${pick(r, HEARD_WHOM)}${r() < 0.5 ? ` ${pick(r, CLAUSES)}` : ''}`;
const TOPIC_NOUNS = ['the figures', 'the timetable', 'the cost', 'the next steps', 'the report', 'the response'];

/** Pieces a story's own quote is made of: each story draws its own (quotes are not shared across stories). */
const OPENINGS = [
  'We will',
  'I can tell you we will',
  'Our government will',
  'The board will',
  'My team will',
  'This city will',
  'Nobody here will',
  'We simply will',
  'I promise we will',
  'Frankly, we will',
];
const VERBS = [
  'defend',
  'rebuild',
  'protect',
  'reform',
  'rescue',
  'challenge',
  'support',
  'investigate',
  'review',
  'fund',
  'oppose',
  'restore',
  'modernise',
  'question',
  'secure',
];
const OBJECTS = [
  'every family',
  'the harbour',
  'our schools',
  'the old bridge',
  'these workers',
  'the contract',
  'the hospital',
  'our savings',
  'the north bank',
  'the pension fund',
  'every street',
  'the grid',
  'our farmers',
  'the museum',
  'the archive',
];
const CLAUSES = [
  'before winter',
  'whatever it costs',
  'with or without help',
  'as long as it takes',
  'within a year',
  'in full view of the public',
  'step by step',
  'without delay',
  'together with our neighbours',
  'under any government',
];
const SWAPS: [RegExp, string][] = [
  [/\bwill\b/g, 'are going to'],
  [/\bevery\b/g, 'each'],
  [/\bwithout delay\b/g, 'at once'],
  [/\bwhatever it costs\b/g, 'at any cost'],
];

/** A story's quote and its rewording, drawn from its own seed and naming its place or organisation. */
function storyQuote(s: Story): [string, string] {
  const r = random(s.id * 92821 + 5);
  const quote = `${pick(r, OPENINGS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} in ${r() < 0.5 ? s.place : `the name of the ${s.org}`} ${pick(r, CLAUSES)}`;
  let reworded = quote;
  for (const [from, to] of SWAPS) reworded = reworded.replace(from, to);
  return [quote, reworded === quote ? `${quote}, and we mean it` : reworded];
}
/** What anyone may say anywhere: the same words in many stories. */
const BOILERPLATE = [
  'We are monitoring the situation closely',
  'We will not comment on ongoing investigations',
  'Our thoughts are with the families',
  'All options remain on the table',
  'We have nothing further to add at this time',
];

/** Text in other scripts: common words of each, for the share of articles in other languages. */
const FOREIGN: Record<string, string[]> = {
  ru: [
    'правительство',
    'заявил',
    'сегодня',
    'министр',
    'города',
    'решение',
    'люди',
    'после',
    'встречи',
    'года',
    'новые',
    'власти',
  ],
  el: [
    'κυβέρνηση',
    'δήλωσε',
    'σήμερα',
    'υπουργός',
    'πόλη',
    'απόφαση',
    'άνθρωποι',
    'μετά',
    'συνάντηση',
    'χρόνια',
    'νέα',
  ],
  zh: ['政府', '表示', '今天', '部长', '城市', '决定', '人们', '会议', '新的', '经济', '发展', '国家'],
  es: [
    'el',
    'gobierno',
    'dijo',
    'hoy',
    'ministro',
    'ciudad',
    'decisión',
    'personas',
    'después',
    'reunión',
    'nuevo',
    'año',
  ],
};

/** One story: its topic, actors, place, numbers and days. */
interface Story {
  id: number;
  topic: Topic;
  lead: ReturnType<typeof person>;
  second: ReturnType<typeof person>;
  title: string;
  org: string;
  place: string;
  day: number;
  measure: [string, number];
  money: number;
}

/** One generated article, as a reader would read it from a file. */
export interface GeneratedArticle {
  input: RawInput;
  story: number;
  words: number;
}

/** The articles, in arrival order. */
export function* scaleCorpus(count: number, options: Partial<typeof SCALE_DEFAULTS> = {}): Generator<GeneratedArticle> {
  const o = { ...SCALE_DEFAULTS, ...options };
  const rnd = random(o.seed);
  const draw = (n: number, s: number) => {
    const rank = zipfRanks(n, s);
    return (r: () => number) => rank(r());
  };
  const drawPerson = draw(o.people, o.zipf);
  const drawOrg = draw(o.organisations, o.zipf);
  const drawPlace = draw(o.places, o.zipf);
  const drawOutlet = draw(o.outlets, 0.8);
  const start = Date.UTC(2024, 0, 1);
  const open: { story: Story; left: number }[] = [];
  const recent: { text: string; title: string; published: string }[] = [];
  let stories = 0;
  for (let n = 0; n < count; n++) {
    // Copies and rewrites of a recent article, by another outlet.
    const r = rnd();
    if (recent.length && r < o.copy + o.rewrite) {
      const source = pick(rnd, recent);
      const text = r < o.copy ? source.text : rewrite(source.text);
      yield make(n, text, source.title, outlet(drawOutlet(rnd)), source.published, -1);
      continue;
    }
    // A story: a new one, or the next article of an open one.
    let entry = open.length && rnd() < 0.75 ? pick(rnd, open) : undefined;
    if (!entry) {
      const topic = pick(rnd, TOPICS);
      const [unit, lo, hi] = pick(rnd, MEASURES[topic]);
      const story: Story = {
        id: stories++,
        topic,
        lead: person(drawPerson(rnd)),
        second: person(drawPerson(rnd)),
        title: pick(rnd, TITLES),
        org: organisation(drawOrg(rnd)),
        place: place(drawPlace(rnd)),
        day: Math.floor((n / count) * 700) + between(rnd, 0, 30),
        measure: [unit, between(rnd, lo, hi)],
        money: between(rnd, 2, 950),
      };
      entry = { story, left: Math.max(1, Math.round(-Math.log(1 - rnd()) * o.meanStory)) };
      open.push(entry);
      if (open.length > 400) open.shift();
    }
    entry.left--;
    if (entry.left <= 0) open.splice(open.indexOf(entry), 1);
    const s = entry.story;
    const day = s.day + between(rnd, 0, 3);
    const published = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    const foreign = rnd() < o.foreign ? pick(rnd, Object.keys(FOREIGN)) : undefined;
    const { title, text } = foreign
      ? foreignArticle(rnd, s, foreign)
      : article(rnd, s, drawPerson, drawPlace, published, o.chrome);
    recent.push({ text, title, published });
    if (recent.length > 200) recent.shift();
    yield make(n, text, title, outlet(drawOutlet(rnd)), published, s.id);
  }
}

function make(
  n: number,
  text: string,
  title: string,
  outletName: string,
  published: string,
  story: number,
): GeneratedArticle {
  return {
    input: {
      path: `scale/${String(n).padStart(7, '0')}.txt`,
      format: 'text',
      bytes: new TextEncoder().encode(text),
      content: text,
      encoding: 'utf-8',
      meta: { title, outlet: outletName, published },
    },
    story,
    words: text.split(/\s+/).length,
  };
}

/** A rewrite: sentences kept in order, some words swapped for others of the same sense. */
function rewrite(text: string): string {
  return text
    .replace(/\bsaid\b/g, 'stated')
    .replace(/\bafter\b/g, 'following')
    .replace(/\bhelp\b/g, 'assistance')
    .replace(/\bpromised\b/g, 'pledged')
    .replace(/\bmet\b/g, 'held talks with');
}

function article(
  rnd: () => number,
  s: Story,
  drawPerson: (rnd: () => number) => number,
  drawPlace: (rnd: () => number) => number,
  published: string,
  chrome: number,
): { title: string; text: string } {
  const date = new Date(published);
  const lines: string[] = [];
  if (rnd() < chrome) lines.push('Home | World | Politics | Business | Sport', 'Share on Facebook Share on X Email');
  const title = `${s.lead.surname} ${pick(rnd, ['says', 'warns', 'vows', 'denies', 'confirms'])} ${pick(rnd, ['deal', 'plan', 'talks', 'verdict', 'figures', 'rescue'])} in ${s.place}`;
  lines.push(title, '');
  const paragraphs = between(rnd, 2, 16);
  // The story's facts in an order of the article's own, each told at most once.
  const facts = [...SENTENCES[s.topic]];
  for (let i = facts.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [facts[i], facts[j]] = [facts[j]!, facts[i]!];
  }
  const told = new Set<string>();
  let quoted = false;
  const surname = (p: ReturnType<typeof person>) => (p.variant && rnd() < 0.3 ? p.variant : p.surname);
  for (let i = 0; i < paragraphs; i++) {
    const sentences: string[] = [];
    if (i === 0)
      sentences.push(
        `${s.title} ${s.lead.full} said on ${WEEKDAYS[(date.getUTCDay() + 6) % 7]} that ${s.measure[1].toLocaleString('en-US')} ${s.measure[0]} were affected in ${s.place}.`,
      );
    for (let k = between(rnd, 1, 3); k > 0; k--) {
      const fact = facts.pop();
      let sentence = fact ? fact(s, rnd) : '';
      // An article tells each fact once; past its facts, sentences of its own (never one twice).
      while (!sentence || told.has(sentence))
        sentence = pick(rnd, COLOUR)(
          s,
          rnd,
          () => person(drawPerson(rnd)).full,
          () => place(drawPlace(rnd)),
        );
      told.add(sentence);
      sentences.push(sentence);
    }
    // Now and then a quote of the story's own (once an article, in one of its wordings), stock words, or
    // another figure; never a sentence the article has told.
    const roll = rnd();
    let extra: string | undefined;
    if (roll < 0.38 && !quoted) {
      quoted = true;
      extra =
        roll < 0.28
          ? `"${storyQuote(s)[0]}," ${surname(s.lead)} ${pick(rnd, CUES)}.`
          : `"${storyQuote(s)[1]}," ${surname(s.lead)} said.`;
    } else if (roll >= 0.38 && roll < 0.4) extra = `"${pick(rnd, BOILERPLATE)}," ${s.second.full} said.`;
    else if (roll >= 0.4 && roll < 0.55) {
      const other = person(drawPerson(rnd));
      extra = `${other.full}, a spokesperson for the ${s.org}, said the ${s.measure[0]} figures for ${s.place} would be checked.`;
    } else if (roll >= 0.55 && roll < 0.65)
      extra = `The ${s.org} put the cost at $${s.money} million, ${s.second.full} said in an interview.`;
    else if (roll >= 0.65 && roll < 0.72)
      extra = `On ${between(rnd, 1, 28)} ${pick(rnd, MONTHS)}, officials in ${place(drawPlace(rnd))} reported ${between(rnd, 2, 900)} ${s.measure[0]} as well.`;
    if (extra && !told.has(extra)) {
      told.add(extra);
      sentences.push(extra);
    }
    lines.push(sentences.join(' '));
  }
  if (rnd() < chrome)
    lines.push(
      '',
      'Related posts',
      `${place(drawPlace(rnd))} council approves new budget`,
      '© 2025 All rights reserved',
    );
  return { title, text: lines.join('\n') };
}

/**
 * The word lists of the other languages: their common words (a third of the running text, as function
 * words are in real text) and a vocabulary of 20,000 word forms made of the script's syllables, drawn
 * Zipf-like, so that two articles in one language share their common words but not their content.
 */
const SYLLABLES: Record<string, { onsets: string; vowels: string; codas: string[]; joiner: string }> = {
  ru: { onsets: 'бвгдзклмнпрстфхчш', vowels: 'аеиоуыя', codas: ['', 'н', 'т', 'ов', 'ий', 'ая', 'ого'], joiner: '' },
  el: { onsets: 'βγδζθκλμνξπρστφχ', vowels: 'αεηιουω', codas: ['', 'ς', 'ν', 'ος', 'ης', 'ων'], joiner: '' },
  es: { onsets: 'bcdfglmnprstvz', vowels: 'aeiou', codas: ['', 's', 'n', 'r', 'ción', 'mente', 'ado'], joiner: '' },
};
const VOCABULARY = 20_000;
const vocabularies = new Map<string, string[]>();
function vocabulary(language: string): string[] {
  let words = vocabularies.get(language);
  if (words) return words;
  const rnd = random(7919 * (language.charCodeAt(0) + 31 * language.charCodeAt(1)));
  const seen = new Set<string>();
  while (seen.size < VOCABULARY) {
    if (language === 'zh') {
      // Two or three characters of the common CJK block.
      const n = rnd() < 0.8 ? 2 : 3;
      let w = '';
      for (let k = 0; k < n; k++) w += String.fromCharCode(0x4e00 + Math.floor(rnd() * 3500));
      seen.add(w);
      continue;
    }
    const sy = SYLLABLES[language]!;
    let w = '';
    for (let k = between(rnd, 1, 4); k > 0; k--) w += pick(rnd, [...sy.onsets]) + pick(rnd, [...sy.vowels]);
    seen.add(w + pick(rnd, sy.codas));
  }
  words = [...seen];
  vocabularies.set(language, words);
  return words;
}
const foreignRank = zipfRanks(VOCABULARY, 1.05);

function foreignArticle(rnd: () => number, s: Story, language: string): { title: string; text: string } {
  const common = FOREIGN[language]!;
  const words = vocabulary(language);
  const sentence = () => {
    const n = between(rnd, 6, 16);
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = rnd();
      if (i === 3 && r < 0.5) out.push(s.lead.surname);
      else if (r < 0.33) out.push(pick(rnd, common));
      else if (r < 0.36) out.push(String(between(rnd, 2, 2000)));
      else out.push(words[foreignRank(rnd())]!);
    }
    const text = out.join(language === 'zh' ? '' : ' ');
    return `${capital(text)}${language === 'zh' ? '。' : '.'}`;
  };
  const title = sentence().replace(/[.。]$/, '');
  const paragraphs: string[] = [];
  for (let p = between(rnd, 2, 8); p > 0; p--) paragraphs.push([sentence(), sentence(), sentence()].join(' '));
  return { title, text: [title, '', ...paragraphs].join('\n') };
}
