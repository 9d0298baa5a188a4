/**
 * Propositions from one article: each sentence as a frame of anchors — the entities it names, its
 * predicates and other content words (stemmed, taken through the paraphrase lexicon), its numbers and
 * resolved dates, its negation and the speaker it reports. Tokens and parts of speech are wink-nlp's;
 * what an entity, a quote, a date or a quantity is comes from the stages before.
 */
import type { Span } from '../../article/span.ts';
import type { Sentence } from '../../article/types.ts';
import { LIGHT_WORDS, NEGATORS, PARAPHRASES } from '../../locales/en/propositions.ts';
import type { DateMention } from '../dates/types.ts';
import { tokenize, tokenizeAlone } from '../entities/tokens.ts';
import type { ArticleEntities } from '../entities/types.ts';
import type { Quantity } from '../quantities/types.ts';
import type { Quote } from '../quotes/types.ts';
import type { Proposition, PropositionEvent } from './types.ts';

/** The word lists a locale hands in. */
export interface PropositionLexicon {
  light: readonly string[];
  negators: readonly string[];
  paraphrases: readonly (readonly string[])[];
}

export const EN_PROPOSITIONS: PropositionLexicon = {
  light: LIGHT_WORDS,
  negators: NEGATORS,
  paraphrases: PARAPHRASES,
};

/** A lexicon with its words stemmed as the text is: light stems, negators, stem → group. */
interface Compiled {
  light: Set<string>;
  negators: Set<string>;
  group: Map<string, string>;
}

const compiled = new WeakMap<PropositionLexicon, Compiled>();

const stems = new Map<string, string>();

/** Stems a word the way the text is stemmed (the same tokenizer), lower case. */
function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    const tokens = tokenizeAlone(word, { stems: true });
    stem = tokens.length === 1 ? tokens[0]!.stem!.toLowerCase() : word.toLowerCase();
    if (stems.size >= 50_000) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

function compile(lexicon: PropositionLexicon): Compiled {
  let c = compiled.get(lexicon);
  if (c) return c;
  const light = new Set<string>();
  for (const w of lexicon.light) light.add(w).add(stemOf(w));
  const group = new Map<string, string>();
  for (const words of lexicon.paraphrases) {
    const name = stemOf(words[0]!);
    for (const entry of words) {
      // "=arms": that form only ("arms" are weapons, an "arm" is not).
      const exact = entry.startsWith('=');
      const w = exact ? entry.slice(1) : entry;
      if (!group.has(w)) group.set(w, name);
      if (!exact && !group.has(stemOf(w))) group.set(stemOf(w), name);
    }
  }
  c = {
    light,
    negators: new Set(lexicon.negators),
    group,
  };
  compiled.set(lexicon, c);
  return c;
}

/** One thing a sentence holds, at its offset: an entity, a term, a predicate, a word, a negation. */
interface Unit {
  at: number;
  entity?: number;
  term?: string;
  predicate?: string;
  /** The event it names: a verb's predicate, or a noun or adjective of a paraphrase group ("meeting", "ready"). */
  event?: string;
  word?: boolean;
  negation?: boolean;
}

/** Words that stand for a subject named before: a sentence opening with one is about the last one named. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/**
 * The events of a sentence's units: for each, its subject (the nearest entity named before it in the
 * sentence, else the speaker whose words it reports, else the subject a pronoun stands for) and what it
 * is done to or about (the entities and terms after it, up to the next event), with the sentence's
 * numbers and dates.
 */
function eventsOf(
  units: readonly Unit[],
  speaker: number | undefined,
  carried: number | undefined,
): PropositionEvent[] {
  const out: PropositionEvent[] = [];
  const marks = units.filter((u) => u.event);
  const numbers = units.filter((u) => u.term && /^[#@]/u.test(u.term)).map((u) => u.term!);
  marks.forEach((m, k) => {
    const next = marks[k + 1]?.at ?? Infinity;
    let subject: number | undefined;
    for (const u of units) if (u.entity !== undefined && u.at < m.at) subject = u.entity;
    subject ??= speaker ?? carried;
    const entities: number[] = [];
    const terms = new Set(numbers);
    for (const u of units) {
      if (u.at <= m.at || u.at >= next) continue;
      if (u.entity !== undefined && u.entity !== subject && !entities.includes(u.entity)) entities.push(u.entity);
      if (u.term) terms.add(u.term);
      if (u.predicate) terms.add(u.predicate);
    }
    terms.delete(m.event!);
    out.push({
      predicate: m.event!,
      ...(subject !== undefined ? { subject } : {}),
      entities,
      terms: [...terms].sort(),
    });
  });
  return out;
}

/** The frame of the units between two offsets of one sentence; undefined when it has no anchor. */
function frameOf(
  units: readonly Unit[],
  start: number,
  end: number,
  sentence: number,
  speaker: number | undefined,
  carried: number | undefined,
  via?: readonly number[],
): Proposition | undefined {
  const entities: number[] = [];
  const terms = new Set<string>();
  const predicates = new Set<string>();
  let negated = false;
  let words = 0;
  for (const u of units) {
    if (u.at < start || u.at >= end) continue;
    if (u.entity !== undefined && !entities.includes(u.entity)) entities.push(u.entity);
    if (u.term) terms.add(u.term);
    if (u.predicate) predicates.add(u.predicate);
    if (u.word) words++;
    if (u.negation) negated = true;
  }
  if (speaker !== undefined && !entities.includes(speaker)) entities.push(speaker);
  for (const p of predicates) terms.delete(p);
  if (!entities.length && !predicates.size && !terms.size) return undefined;
  return {
    start,
    end,
    sentence,
    entities,
    predicates: [...predicates].sort(),
    terms: [...terms].sort(),
    events: eventsOf(units, speaker, carried),
    negated,
    ...(speaker !== undefined ? { speaker } : {}),
    ...(via?.length ? { via: [...via] } : {}),
    words,
  };
}

/** Parts of speech whose words carry content. */
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN', 'NUM']);

/** What the stage reads of the article. */
export interface PropositionInput {
  text: string;
  sentences: readonly Sentence[];
  /** The paragraphs: a sentence's tokens are read with its paragraph's (once per article, with the entities stage). */
  paragraphs?: readonly Span[];
  entities?: ArticleEntities;
  quotes?: readonly Quote[];
  dates?: readonly DateMention[];
  quantities?: readonly Quantity[];
}

/** The spans of a list that lie within start…end. */
function within<T extends { start: number; end: number }>(list: readonly T[], start: number, end: number): T[] {
  return list.filter((x) => x.start >= start && x.end <= end);
}

/** The propositions of an article: one frame per sentence with at least one anchor. */
export function findPropositions(
  input: PropositionInput,
  lexicon: PropositionLexicon = EN_PROPOSITIONS,
): Proposition[] {
  const lex = compile(lexicon);
  const mentions = [...(input.entities?.mentions ?? [])].sort((a, b) => a.start - b.start);
  const dates = input.dates ?? [];
  const quantities = input.quantities ?? [];
  const quotes = input.quotes ?? [];
  const out: Proposition[] = [];
  const clusters = input.entities?.clusters ?? [];
  const roles = input.entities?.roles ?? [];
  let subject: number | undefined;
  input.sentences.forEach((s, index) => {
    const units: Unit[] = [];
    const covered: { start: number; end: number }[] = [];
    for (const m of within(mentions, s.start, s.end)) {
      covered.push(m);
      units.push({ at: m.start, entity: m.cluster });
    }
    // A role says who someone is, not what happened: its words are the person's, not the sentence's.
    for (const r of within(roles, s.start, s.end)) covered.push(r);
    for (const d of dates) {
      if (d.sentence !== index) continue;
      covered.push(d);
      if (/^\d{4}-\d{2}(-\d{2})?$/.test(d.value)) units.push({ at: d.start, term: `@${d.value}` });
    }
    for (const q of quantities) {
      if (q.sentence !== index) continue;
      covered.push(q);
      units.push({ at: q.start, term: `#${q.value} ${q.unit}` });
    }
    const paragraph = input.paragraphs?.[s.paragraph];
    const tokens =
      paragraph && paragraph.start <= s.start && s.end <= paragraph.end
        ? tokenize(input.text, paragraph, { stems: true }).filter((t) => t.start >= s.start && t.end <= s.end)
        : tokenize(input.text, s, { stems: true });
    for (const t of tokens) {
      const lower = t.text.toLowerCase().replace(/’/gu, "'").replace(/\.$/u, '');
      const unit: Unit = { at: t.start };
      if (/\p{L}|\p{N}/u.test(t.text)) unit.word = true;
      if (lex.negators.has(lower)) unit.negation = true;
      if (CONTENT.has(t.pos) && !covered.some((c) => c.start <= t.start && t.end <= c.end)) {
        // The stem of the lemma, so that "met" is "meet" and "meetings" is "meet".
        const lemma = t.lemma?.toLowerCase();
        const stem = (lemma && lemma !== lower ? stemOf(lemma) : t.stem!.toLowerCase()).replace(/\.$/u, '');
        if (t.pos === 'NUM') {
          if (/^\d[\d,.]*$/.test(t.text)) unit.term = `#${t.text.replace(/,/g, '')}`;
          else if (!lex.light.has(stem)) unit.term = stem;
        } else if (!(lex.light.has(lower) || lex.light.has(stem) || stem.length < 2 || !/\p{L}/u.test(stem))) {
          const grouped = lex.group.get(lower) ?? lex.group.get(stem);
          const name = grouped ?? stem;
          if (t.pos === 'VERB') unit.predicate = unit.event = name;
          else {
            unit.term = name;
            if (grouped) unit.event = grouped;
          }
        }
      }
      units.push(unit);
    }
    const quoteOf = (start: number, end: number) =>
      quotes.find((q) => q.speaker?.cluster !== undefined && q.start < end && start < q.end)?.speaker?.cluster;
    units.sort((a, b) => a.at - b.at);
    const first = tokens.find((t) => /\p{L}/u.test(t.text));
    const carried = first && PRONOUNS.has(first.text.toLowerCase()) ? subject : undefined;
    // The named go-betweens of the words it reports, whoever their origin ("The Times reported …, citing
    // someone familiar with the case"): those every report in it went through, when those reports hold a
    // third of it at least — a report of its own in the sentence ("…, while Bo Ritter said …"), or one short
    // quote through a medium in a longer sentence ("“It is a sad day,” the mayor told the Herald, while …"),
    // keeps it the outlet's.
    const reports = quotes.filter((q) => q.start < s.end && s.start < q.end);
    const held = reports.reduce((n, q) => n + Math.min(q.end, s.end) - Math.max(q.start, s.start), 0);
    const named = reports.map((q) => new Set(q.via?.flatMap((v) => (v.cluster !== undefined ? [v.cluster] : []))));
    const via =
      reports.length && 3 * held >= s.end - s.start
        ? [...named[0]!].filter((c) => named.every((set) => set.has(c)))
        : undefined;
    const whole = frameOf(units, s.start, s.end, index, quoteOf(s.start, s.end), carried, via);
    if (whole) out.push(whole);
    // The subject a pronoun in the next sentence may stand for: the first person this one names.
    const person = units.find((u) => u.entity !== undefined && clusters[u.entity]?.type === 'person');
    subject = person?.entity ?? (first && PRONOUNS.has(first.text.toLowerCase()) ? subject : undefined);
  });
  return out;
}
