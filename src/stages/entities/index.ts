import type { Sentence } from '../../article/types.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { HAND_PLACES, ORGANISATIONS, PLACE_PREPOSITIONS, PLACES } from '../../locales/en/gazetteer.ts';
import {
  COURTESY_GENDER,
  GENERATIONAL_SUFFIXES,
  KIN_GENDER,
  NAME_PARTICLES,
  NICKNAMES,
  PERSON_PRONOUNS,
} from '../../locales/en/names.ts';
import { LEADER_WORDS, NATIONALITIES } from '../../locales/en/titles.ts';
import {
  BARE_TITLE,
  DEMONYM_ALONE,
  HYPHENATED,
  findCandidates,
  surfaceOf,
  tokeniseParagraphs,
  type Candidate,
  type Tokenised,
} from './recognise.ts';
import { countryOf, normaliseTitle } from './roles.ts';
import { isCapitalised } from './runs.ts';
import type { Token } from './tokens.ts';
import type { ArticleEntities, EntityMention, EntityType, LocalEntity, RoleMention } from './types.ts';

export type { ArticleEntities, EntityMention, EntityType, LocalEntity, RoleMention } from './types.ts';

/** A key for comparing names: lower case, no diacritics, no possessive, single spaces. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[‐–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a name's key, without a generational suffix after the surname ("jr.", "ii"). */
export function nameWords(name: string): string[] {
  const parts = nameKey(name)
    .replace(/,(?= )/g, '')
    .split(' ');
  while (parts.length > 1 && GENERATIONAL_SUFFIXES.has(parts.at(-1)!)) parts.pop();
  return parts;
}

/** The surname keys of a full name: its last word, and the particle form ("von der leyen"). */
export function surnameKeys(name: string): string[] {
  const parts = nameWords(name);
  const keys = [parts[parts.length - 1]!];
  const particle = parts.findIndex((p, i) => i > 0 && NAME_PARTICLES.has(p));
  if (particle > 0) keys.push(parts.slice(particle).join(' '));
  return keys;
}

interface Found {
  start: number;
  end: number;
  type: EntityType;
  surface: string;
  candidate?: Candidate;
}

/**
 * The known person names of the article, in one pass over its candidates: `known`, full names and single
 * names typed as persons in running text, and the surnames of the full names; `alone`, the names a short
 * word of a headline may be — one used alone ("Abe said"), or the surname of a full name outside a dashed
 * run ("Shinzo Abe"; not "Frank Act" of "Dodd-Frank Act"); `surnames`, the surnames of the full names.
 */
function knownPersons(
  text: string,
  candidates: readonly Candidate[],
): { known: Set<string>; alone: Set<string>; surnames: Set<string> } {
  const known = new Set<string>();
  const alone = new Set<string>();
  const surnames = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'person') continue;
    const surface = surfaceOf(text, c.tokens, c.from, c.to);
    known.add(nameKey(surface));
    if (c.to - c.from === 1) alone.add(nameKey(surface));
    else
      for (const k of surnameKeys(surface)) {
        known.add(k);
        surnames.add(k);
        if (!c.evidence.includes('dashed')) alone.add(k);
      }
  }
  return { known, alone, surnames };
}

/**
 * A one-word run typed only by a list — an organisation or a place — whose word is the surname of a person
 * the article names in full.
 */
function namesakeOf(c: Candidate, text: string, surnames: Set<string>): string | undefined {
  if (c.to - c.from !== 1 || c.evidence !== 'list' || (c.type !== 'organisation' && c.type !== 'place'))
    return undefined;
  const k = nameKey(surfaceOf(text, c.tokens, c.from, c.to));
  return surnames.has(k) ? k : undefined;
}

/**
 * What the words around a namesake say it is (`listed`: what the list says, an organisation or a place): the
 * organisation after "the", "according to" or a word that governs it ("according to Bloomberg", "told the
 * Guardian", "compiled by Bloomberg"), before what a company or a newsroom does or has ("Bloomberg data",
 * "Bloomberg's survey", "Apple unveiled", "Bloomberg said it"); the place after a preposition of place or
 * "of", or before a comma and a place or a noun of its own ("in Houston", "Houston, Texas", "Houston
 * police"); the person before a verb people say or think with ("Bloomberg said he …") or "who" — a country
 * said to speak of itself stays the country ("Israel said it"); else nothing.
 */
function senseAround(c: Candidate): 'listed' | 'person' | undefined {
  const word = (i: number) => c.tokens[i]?.text.toLowerCase() ?? '';
  const [before, after, next, third] = [word(c.from - 1), word(c.to), word(c.to + 1), word(c.to + 2)];
  if (c.type === 'place') {
    // "in Houston", "of Houston", "Houston, Texas", "Houston police": the place.
    if (
      PLACE_PREPOSITIONS.has(before) ||
      before === 'of' ||
      (after === ',' && PLACES.has(next)) ||
      (c.tokens[c.to]?.pos === 'NOUN' && !/^\p{Lu}/u.test(c.tokens[c.to]!.text))
    )
      return 'listed';
    // "Houston said he …", "Israel, who …": the person; a country said to speak of itself is the country
    // ("Israel said it would respond").
    if (PERSON_SAYING.has(after) && /^(?:it|its)$/.test(next))
      return HAND_PLACES.has(word(c.from)) ? 'listed' : 'person';
    if (PERSON_SAYING.has(after) || (after === ',' && next === 'who')) return 'person';
    return undefined;
  }
  const governed = ORGANISATION_GOVERNORS.has(`${word(c.from - 2)} ${before}`);
  if (governed || ORGANISATION_BEFORE.has(before) || ORGANISATION_AFTER.has(after)) return 'listed';
  // "Apple said on Tuesday that it …", "Apple told investors": what it says of itself, whom it tells.
  if (PERSON_SAYING.has(after)) {
    const rest = [1, 2, 3, 4, 5, 6].map((k) => word(c.to + k));
    if (rest.some((w) => w === 'it' || w === 'its') && !rest.some((w) => PERSON_PRONOUNS_AFTER.has(w))) return 'listed';
    if (/^(?:investors|shareholders|analysts|regulators|customers)$/.test(next)) return 'listed';
  }
  if (/^[’']s$/u.test(after) && ORGANISATION_AFTER.has(next)) return 'listed';
  if (/^(?:it|its|itself)$/.test(next)) return 'listed';
  if ((PERSON_SAYING.has(after) && !ORGANISATION_AFTER.has(next) && next !== 'in') || (after === ',' && next === 'who'))
    return 'person';
  if (PERSON_SAYING.has(after) && PERSON_PRONOUNS_AFTER.has(third)) return 'person';
  return undefined;
}

/**
 * Which each namesake of the article is where its words do not say (`senseAround`): what most of those that
 * do say — one sense per article ("Michael Bloomberg … Bloomberg said …" is about the man; a report on a
 * billionaires' index that names him once is about the company) — and the person when none says.
 */
function namesakeSenses(
  text: string,
  candidates: readonly Candidate[],
  surnames: Set<string>,
): Map<string, 'listed' | 'person'> {
  const votes = new Map<string, number>();
  for (const c of candidates) {
    const k = namesakeOf(c, text, surnames);
    const sense = k && senseAround(c);
    if (k && sense) votes.set(k, (votes.get(k) ?? 0) + (sense === 'person' ? 1 : -1));
  }
  const out = new Map<string, 'listed' | 'person'>();
  for (const s of surnames) out.set(s, (votes.get(s) ?? 0) < 0 ? 'listed' : 'person');
  return out;
}

/** Verbs of saying and thinking that people, more than companies, are the subject of. */
const PERSON_SAYING = new Set(
  'said says told tells added adds recalled insisted argued admitted acknowledged vowed joked quipped thinks believes hopes feels felt contrasted criticized praised'.split(
    ' ',
  ),
);
/** Pronouns that say a person is meant. */
const PERSON_PRONOUNS_AFTER = new Set(['he', 'she', 'his', 'her', 'him']);

/** Two words before a name that make it the organisation: what governs it ("compiled by", "works for"). */
const ORGANISATION_GOVERNORS = new Set([
  ...'compiled reported published owned founded run released conducted acquired'.split(' ').map((w) => `${w} by`),
  'according to',
  ...'interview interviews interviewed'.split(' ').map((w) => `${w} with`),
  ...'works worked writes wrote working writing'.split(' ').map((w) => `${w} for`),
  ...'editor editor-in-chief reporter reporters columnist spokesman spokeswoman spokesperson founder executive ceo employees staff owner shareholders'
    .split(' ')
    .map((w) => `${w} of`),
]);

/**
 * Words before a name that make it the organisation: a determiner, "via", a verb it is the object of ("told
 * Bloomberg", "joined the Guardian"; a preposition says nothing: "a vote on Bloomberg").
 */
const ORGANISATION_BEFORE = new Set('the a an via per told join joined joining employs interviewed founded'.split(' '));
/**
 * Words after a name, or after its possessive, that make it the organisation: "Bloomberg reported",
 * "Bloomberg's newsroom", "Apple unveiled".
 */
const ORGANISATION_AFTER = new Set(
  `it its itself reported reports reporting shares stock data editor editors reporter reporters journalists employees
staff newsroom survey terminal index calculations estimates estimated lists listed publishes published publishing
employs laid unveiled launched announced sells sold acquired bought owns chief executive inc. inc corp. columnist
readers`.split(/\s+/),
);

/**
 * The most tokens a known name spans ("Organization for Security and Co-operation in Europe" is 9):
 * a longer run is searched in windows of this size, so a run of thousands of capitals stays linear.
 */
const MAX_NAME_TOKENS = 12;

/** Within an untyped run (a headline, "Putin-Zelensky Summit"), the longest known names, left to right. */
function knownInside(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  known: Set<string>,
  alone: Set<string>,
): Found[] {
  const found: Found[] = [];
  let i = from;
  while (i < to) {
    let matched = false;
    for (let j = Math.min(to, i + MAX_NAME_TOKENS); j > i; j--) {
      if (!isCapitalised(tokens[i]) || !/[\p{L}\p{N}]$/u.test(tokens[j - 1]!.text)) continue;
      const surface = surfaceOf(text, tokens, i, j);
      const k = nameKey(surface);
      // A word of three letters that is no initials in capitals ("Who", "War", "Act") is a name only as a
      // person the article calls by it alone ("Abe said": "Abe Resigns"); not the WHO, nor the last word
      // of "World War II".
      const short = j === i + 1 && surface.length <= 3 && surface !== surface.toUpperCase();
      const type: EntityType | undefined = (short ? alone.has(k) : known.has(k))
        ? 'person'
        : short
          ? undefined
          : ORGANISATIONS.has(k)
            ? 'organisation'
            : // The places written by hand: a city's name begins many a team's, paper's or firm's ("Denver
              // Broncos", "Des Moines Register", "Edison Research"), which the list of cities types whole only.
              HAND_PLACES.has(k)
              ? 'place'
              : undefined;
      if (type) {
        found.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, type, surface });
        i = j;
        matched = true;
        break;
      }
    }
    if (!matched) i++;
  }
  return found;
}

/** Given names that are short forms of one another ("mike", "michael"): each name's groups. */
const NICKNAME_GROUPS = new Map<string, Set<number>>();
NICKNAMES.forEach((group, index) => {
  for (const name of group) (NICKNAME_GROUPS.get(name) ?? NICKNAME_GROUPS.set(name, new Set()).get(name)!).add(index);
});

/** How two given names relate: the same, one a short form of the other, an initial, or different. */
export function givenNamesAgree(a: string[], b: string[]): 'same' | 'nickname' | 'initial' | 'different' | 'unknown' {
  if (!a.length || !b.length) return 'unknown';
  const x = a[0]!.replace(/\.$/, '');
  const y = b[0]!.replace(/\.$/, '');
  if (x === y) return 'same';
  const gx = NICKNAME_GROUPS.get(x);
  const gy = NICKNAME_GROUPS.get(y);
  if (gx && gy && [...gx].some((g) => gy.has(g))) return 'nickname';
  if ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) return 'initial';
  return 'different';
}

/** A name's generational suffix ("jr", "sr", "ii"), empty when it has none. */
export function generationalSuffix(name: string): string {
  const words = nameKey(name).split(' ');
  const last = words.at(-1)!.replace(/\.$/, '');
  return words.length > 1 && GENERATIONAL_SUFFIXES.has(last) ? last : '';
}

/** A name's surname with its generational suffix ("Donald Trump Jr.", "Trump Jr": "trump jr"), if it has one. */
function suffixedSurname(name: string): string | undefined {
  const suffix = generationalSuffix(name);
  return suffix ? `${surnameKeys(name)[0]} ${suffix.replace(/\.$/u, '')}` : undefined;
}

/**
 * True when two full names can name one person of an article: the same surname and generational suffix,
 * and first given names that are equal, short forms of one another, or one the initial of the other —
 * middle names and initials aside ("Donald J. Trump" / "Donald Trump", "Mike Bloomberg" / "Michael R.
 * Bloomberg"; not "Anna Varga" / "Peter Varga", nor "Donald Trump" / "Donald Trump Jr.").
 */
export function oneFullName(a: string, b: string): boolean {
  const [sa, sb] = [generationalSuffix(a), generationalSuffix(b)];
  // "Robert S. Mueller III" and "Robert Mueller" in one article are one man: a Roman numeral is left out
  // of the short form; "Jr." and "Sr." tell a father from his son.
  const romanLeftOut = (!sa || !sb) && /^i[iv]/.test(sa || sb);
  if (sa !== sb && !romanLeftOut) return false;
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length < 2 || y.length < 2) return false;
  if (surnameKeys(a)[0] !== surnameKeys(b)[0]) return false;
  return givenNamesAgree(x, y) !== 'different';
}

type Gender = 'male' | 'female';

const COURTESY_BEFORE = new RegExp(String.raw`\b(${Object.keys(COURTESY_GENDER).join('|')})\.?\s+$`, 'iu');
const KIN_BEFORE = new RegExp(String.raw`\b(${Object.keys(KIN_GENDER).join('|')}),?\s+$`, 'iu');
const PRONOUNS_AFTER = new RegExp(String.raw`\b(${Object.keys(PERSON_PRONOUNS).join('|')})\b`, 'giu');

/**
 * What the words around one mention say of the person's sex: a courtesy title before it ("Mr. Hunter"),
 * a word of kin introducing it ("his wife, Margaret Hunter"), else the personal pronouns after it, up to
 * the end of its sentence or the next name, when they all agree ("Hunter had blamed his wife"; not "the
 * younger Cheney echoed some of his language … when she added").
 */
function genderAt(text: string, f: Found, found: readonly Found[]): Gender | undefined {
  const before = text.slice(Math.max(0, f.start - 24), f.start);
  const title = COURTESY_BEFORE.exec(before)?.[1];
  if (title) return COURTESY_GENDER[title.toLowerCase()];
  const kin = KIN_BEFORE.exec(before)?.[1];
  if (kin) return KIN_GENDER[kin.toLowerCase()];
  const next = found.find((g) => g.start >= f.end)?.start ?? text.length;
  const stretch = text.slice(f.end, Math.min(next, f.end + 100)).split(/[.;:!?“”"]/u)[0]!;
  const said = new Set(
    [...stretch.matchAll(PRONOUNS_AFTER)].map(
      (m) => PERSON_PRONOUNS[m[1]!.toLowerCase() as keyof typeof PERSON_PRONOUNS],
    ),
  );
  return said.size === 1 ? [...said][0] : undefined;
}

/** The one sex every mention that says one says, or undefined (none says, or they differ). */
function agreedGender(text: string, mentions: readonly Found[], found: readonly Found[]): Gender | undefined {
  const said = new Set(mentions.map((m) => genderAt(text, m, found)).filter((g) => g !== undefined));
  return said.size === 1 ? [...said][0] : undefined;
}

/**
 * The person a surname alone names when several people of the article bear it: the only one whose sex
 * is not known to differ from the one the surname's own mentions say ("Rep. Duncan Hunter and his wife,
 * Margaret Hunter, …  Hunter had blamed his wife": Duncan Hunter). Undefined when the words do not tell.
 */
function bearerBySex(
  text: string,
  bare: readonly Found[],
  bearers: ReadonlyMap<number, Found[]>,
  found: readonly Found[],
): number | undefined {
  const sex = agreedGender(text, bare, found);
  if (!sex) return undefined;
  const fits = [...bearers].filter(([, mentions]) => {
    const theirs = agreedGender(text, mentions, found);
    return theirs === undefined || theirs === sex;
  });
  return fits.length === 1 ? fits[0]![0] : undefined;
}

/** Assigns each found name to an article-level entity: full names first, then surnames to them. */
function cluster(found: Found[], text = ''): { clusters: LocalEntity[]; clusterOf: number[] } {
  const clusters: LocalEntity[] = [];
  const byKey = new Map<string, number>();
  const surnames = new Map<string, number | 'ambiguous'>();
  const clusterOf: number[] = new Array(found.length).fill(-1);
  const open = (type: EntityType, name: string, k: string): number => {
    const id = clusters.length;
    clusters.push({ id, type, name, names: [], countries: [] });
    byKey.set(`${type}:${k}`, id);
    return id;
  };
  // Full person names first, so that "Trump" in a headline finds "Donald Trump" from the body; two full
  // names of one person in one article ("Donald J. Trump", "Donald Trump") are one entity.
  found.forEach((f, i) => {
    // A surname with its generational suffix ("Trump Jr.") is no full name: it goes to the full name it
    // shortens, below.
    if (f.type !== 'person' || nameWords(f.surface).length < 2) return;
    const k = nameKey(f.surface);
    const id =
      byKey.get(`person:${k}`) ??
      clusters.find((c) => c.type === 'person' && c.name.includes(' ') && oneFullName(c.name, f.surface))?.id ??
      open('person', f.surface, k);
    byKey.set(`person:${k}`, id);
    clusterOf[i] = id;
    const suffixed = suffixedSurname(f.surface);
    for (const s of [...surnameKeys(f.surface), ...(suffixed ? [suffixed] : [])]) {
      const had = surnames.get(s);
      surnames.set(s, had === undefined || had === id ? id : 'ambiguous');
    }
  });
  // An article that calls someone by surname and suffix ("Trump Jr.") keeps the bare surname for another:
  // the suffix is what tells him from the elder, so "Trump" alone is not he.
  const shortened = new Map<string, Set<number>>();
  for (const f of found) {
    const suffixed = f.type === 'person' && nameWords(f.surface).length < 2 ? suffixedSurname(f.surface) : undefined;
    const bearer = suffixed ? surnames.get(suffixed) : undefined;
    if (typeof bearer !== 'number') continue;
    const k = surnameKeys(f.surface)[0]!;
    (shortened.get(k) ?? shortened.set(k, new Set()).get(k)!).add(bearer);
    if (surnames.get(k) === bearer) surnames.delete(k);
  }
  // A surname one person of the article bears is not theirs when the words around it say another sex
  // ("Melania Trump …  President Trump said he …").
  for (const [k, had] of surnames) {
    if (had === 'ambiguous') continue;
    const bare = found.filter(
      (f, i) => clusterOf[i]! < 0 && (f.type === 'person' || f.type === 'unknown') && nameKey(f.surface) === k,
    );
    if (!bare.length) continue;
    const theirs = agreedGender(
      text,
      found.filter((_, i) => clusterOf[i] === had),
      found,
    );
    const said = agreedGender(text, bare, found);
    if (theirs && said && theirs !== said) surnames.delete(k);
  }
  // A surname several people of the article bear names the one the words around it point to by sex.
  for (const [k, had] of surnames) {
    if (had !== 'ambiguous') continue;
    const bare = found.filter(
      (f, i) => clusterOf[i]! < 0 && (f.type === 'person' || f.type === 'unknown') && nameKey(f.surface) === k,
    );
    if (!bare.length) continue;
    const bearers = new Map<number, Found[]>();
    found.forEach((f, i) => {
      if (clusterOf[i]! >= 0 && surnameKeys(f.surface).includes(k) && !shortened.get(k)?.has(clusterOf[i]!))
        bearers.set(clusterOf[i]!, [...(bearers.get(clusterOf[i]!) ?? []), f]);
    });
    const one =
      bearers.size === 1 && shortened.has(k) ? [...bearers.keys()][0] : bearerBySex(text, bare, bearers, found);
    if (one !== undefined) surnames.set(k, one);
  }
  found.forEach((f, i) => {
    if (clusterOf[i]! >= 0) return;
    const k = nameKey(f.surface);
    if (f.type === 'person' || f.type === 'unknown') {
      const bySurname = surnames.get(suffixedSurname(f.surface) ?? k);
      if (typeof bySurname === 'number') {
        clusterOf[i] = bySurname;
        f.type = 'person';
        return;
      }
    }
    clusterOf[i] = byKey.get(`${f.type}:${k}`) ?? open(f.type, f.surface, k);
  });
  found.forEach((f, i) => {
    const c = clusters[clusterOf[i]!]!;
    if (!c.names.includes(f.surface)) c.names.push(f.surface);
    if (f.surface.split(' ').length > c.name.split(' ').length) c.name = f.surface;
  });
  return { clusters, clusterOf };
}

/** "the Ukrainian leader", "the U.S. president": a description resolved to the person holding that role here. */
function findDescriptions(
  text: string,
  tokenised: readonly Tokenised[],
  clusters: readonly LocalEntity[],
  roles: readonly RoleMention[],
): EntityMention[] {
  const out: EntityMention[] = [];
  const leaderTitles = new Set(
    LEADER_WORDS.map((w) =>
      w
        .split(' ')
        .map((p) => p[0]!.toUpperCase() + p.slice(1))
        .join(' '),
    ),
  );
  const otherOffice = new Set(roles.filter((r) => !leaderTitles.has(r.title)).map((r) => r.cluster));
  for (const { tokens } of tokenised) {
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i]!.text.toLowerCase() !== 'the') continue;
      const country = NATIONALITIES[tokens[i + 1]!.text.toLowerCase()];
      const noun = tokens[i + 2]!.text.toLowerCase();
      if (!country || !LEADER_WORDS.includes(noun) || isCapitalised(tokens[i + 3])) continue;
      const holders = new Set<number>();
      for (const r of roles)
        if (r.country === country && leaderTitles.has(r.title) && !r.former) holders.add(r.cluster);
      // Else the one person tied to the country by the words around the name ("Ukraine’s Volodymyr
      // Zelensky"), not by an office that is no leader's ("U.S. Attorney Adam Braverman").
      for (const c of clusters)
        if (c.type === 'person' && c.countries.includes(country) && holders.size === 0 && !otherOffice.has(c.id))
          holders.add(c.id);
      if (holders.size !== 1) continue;
      const [id] = [...holders];
      out.push({
        start: tokens[i]!.start,
        end: tokens[i + 2]!.end,
        text: text.slice(tokens[i]!.start, tokens[i + 2]!.end),
        type: 'person',
        cluster: id!,
        kind: 'description',
      });
    }
  }
  return out;
}

/**
 * The entities stage: names of people, organisations and places in the article, typed in context,
 * grouped into the article's entities (Trump after Donald Trump, Mr. Zelenskyy), with the roles the
 * article states for them and the role descriptions it uses for them ("the Ukrainian leader").
 * Names the article alone cannot type are kept as `unknown`: the corpus may know them.
 */
export function entities(): Stage {
  return {
    name: 'entities',
    needs: ['sentences'],
    run({ text, annotations }) {
      const paragraphs = annotations.paragraphs ?? [];
      const sentences: readonly Sentence[] = annotations.sentences ?? [];
      const tokenised = tokeniseParagraphs(text, paragraphs);
      const candidates = findCandidates(text, tokenised, sentences);
      const { known, alone, surnames } = knownPersons(text, candidates);
      const senses = namesakeSenses(text, candidates, surnames);

      const found: Found[] = [];
      for (const c of candidates) {
        const surface = surfaceOf(text, c.tokens, c.from, c.to);
        // A lone word after "in" or "toward" was taken for a place: a person's name here, it is a person.
        const weakPlace = c.evidence === 'after a preposition of place' && known.has(nameKey(surface));
        // A surname alone that a list made an organisation ("Bloomberg" after "Michael Bloomberg", "Guardian"
        // after "Mayor Don Guardian") is the person the article named in full where its words, or most of
        // its namesakes' words, say so (`senseAround`, `namesakeSenses`). A title alone ("Judge said") or a
        // nationality alone ("Cuban said") is a name only as the surname of someone named in full ("Patty
        // Judge", "Mark Cuban").
        const surnameOnly = c.evidence.startsWith(BARE_TITLE) || c.evidence === DEMONYM_ALONE;
        if (surnameOnly && !surnames.has(nameKey(surface))) continue;
        const namesake = namesakeOf(c, text, surnames);
        // A country or a state of the lists is the person only where its own words say so ("Israel said"
        // after "Steve Israel"; not "Israel launched airstrikes").
        const own = c.type === 'place' && HAND_PLACES.has(nameKey(surface)) ? undefined : senses.get(namesake ?? '');
        const surname = (namesake !== undefined && (senseAround(c) ?? own) === 'person') || surnameOnly;
        if (surname) {
          found.push({
            start: c.tokens[c.from]!.start,
            end: c.tokens[c.to - 1]!.end,
            type: 'person',
            surface,
            candidate: c,
          });
          continue;
        }
        if (c.type !== 'unknown' && !weakPlace) {
          found.push({
            start: c.tokens[c.from]!.start,
            end: c.tokens[c.to - 1]!.end,
            type: c.type,
            surface,
            candidate: c,
          });
          continue;
        }
        // A run typed by its head ("University of Texas", "House Democrats") is one name.
        const inside = c.headType ? [] : knownInside(text, c.tokens, c.from, c.to, known, alone);
        if (inside.length) found.push(...inside);
        // A name written with a hyphen is one when its parts are no names of their own ("Wal-Mart",
        // "Nagorno-Karabakh": `findCandidates` says so); no other run with a dash is a name.
        else if (!c.headline && (!surface.includes('-') || c.headType || c.evidence.endsWith(HYPHENATED))) {
          found.push({
            start: c.tokens[c.from]!.start,
            end: c.tokens[c.to - 1]!.end,
            type: c.headType ?? 'unknown',
            surface,
            candidate: c,
          });
        }
      }
      found.sort((a, b) => a.start - b.start);

      const { clusters, clusterOf } = cluster(found, text);
      const roles: RoleMention[] = [];
      found.forEach((f, i) => {
        const c = f.candidate;
        const id = clusterOf[i]!;
        if (!c || clusters[id]!.type !== 'person') return;
        if (c.country && !clusters[id]!.countries.includes(c.country)) clusters[id]!.countries.push(c.country);
        for (const r of c.roles) {
          const orgText = r.org.length
            ? surfaceOf(
                text,
                c.tokens,
                c.tokens.indexOf(r.org[0]!),
                c.tokens.indexOf(r.org[r.org.length - 1]!) + 1,
              ).replace(/\s*[’']s$/u, '')
            : undefined;
          const country = orgText ? countryOf(orgText) : undefined;
          if (country && !clusters[id]!.countries.includes(country)) clusters[id]!.countries.push(country);
          const start = c.tokens[r.from]!.start;
          const end = c.tokens[r.to - 1]!.end;
          roles.push({
            start,
            end,
            text: text.slice(start, end),
            title: normaliseTitle(r.title),
            ...(orgText ? { org: orgText } : {}),
            ...(country ? { country } : {}),
            ...(r.former ? { former: true } : {}),
            cluster: id,
          });
        }
      });

      const mentions: EntityMention[] = found.map((f, i) => ({
        start: f.start,
        end: f.end,
        text: text.slice(f.start, f.end),
        type: clusters[clusterOf[i]!]!.type,
        cluster: clusterOf[i]!,
        kind: 'name' as const,
      }));
      mentions.push(...findDescriptions(text, tokenised, clusters, roles));
      mentions.sort((a, b) => a.start - b.start);
      const result: ArticleEntities = { mentions, clusters, roles };
      return { annotations: { entities: result } };
    },
  };
}
