/**
 * When a person's once-only happenings happened: "Cowan … quit earlier this month", "He left the Patrick
 * administration last year", "lawyers said in 2017 that Hunter and his wife repaid the campaign". Two
 * sources of one event that date one person's happening (leaving a post, an arrest, a death:
 * `src/locales/en/happenings.ts`) to times that cannot both be right disagree on when it happened — a
 * `value` conflict (`incremental.ts`, partition `k|<event>|<person>`).
 *
 * Only a date the words tie to the happening counts: one right after its verb with nothing but the verb's
 * object between ("left the Patrick administration last year"; no clause break, no second verb: "quit to
 * join a firm in 2014" dates the joining), or one that opens the sentence ("In 2012, he resigned"). A
 * happening told inside what someone said at a date happened by that date ("said in 2017 that they
 * repaid"). A negated, planned or possible happening ("did not resign", "plans to quit", "would have
 * left") is none, and so is one whose date is worked out from a guessed reference date.
 */
import { HAPPENING_VERBS, NEEDS_POST, POSTS, REPORTING_VERBS } from '../../locales/en/happenings.ts';
import type { DateMention } from '../../stages/dates/types.ts';
import { alternatives, phraseAlternatives } from './patterns.ts';

interface Span {
  start: number;
  end: number;
}

/** A mention of an entity of the article, as the finder reads it. */
type Mention = Span & { cluster: number; type: string };

/** One happening of a person, dated, in an article. */
export interface Happening {
  /** The person it happens to (the article's entity cluster). */
  cluster: number;
  /** What happens ("leave", "be arrested"). */
  happening: string;
  /** The date's value, to the year, month or day (`2013-01`), and its words ("this month"). */
  value: string;
  date: string;
  /** True when the words give only a latest date: "said in 2017 that they repaid" (by 2017). */
  by: boolean;
  /** From the verb to the date, whichever comes first. */
  span: Span;
}

const VERB = new RegExp(
  String.raw`(?<![\p{L}’'-])(?<verb>${phraseAlternatives(Object.keys(HAPPENING_VERBS))})(?![\p{L}’'-])`,
  'gu',
);
/** Words before a verb that make it no happening told as done: negation, plans, conditions, a determiner ("the left", "a retired judge"). */
const NOT_DONE =
  /(?:\b(?:not|never|n[’']t|to|will|would|could|might|may|should|must|can|cannot|if|the|a|an|whether)|n[’']t)\s+(?:(?:have|be|been|already|reportedly)\s+)?$/iu;
/** Marks that end a clause: a date past one is not the verb's. */
const CLAUSE_BREAK = /[;:()—–"“”]|,(?!\d)/u;
/** Words that open another clause or phrase: a date past one of them is not the verb's. */
const BREAK_WORDS =
  /\b(?:that|which|who|whom|whose|when|where|while|after|before|because|since|until|and|but|or|as(?!\s+(?:a|an)\b)|if|for|from|to(?!\s+(?:the|his|her|their|its|a|an)\b))\b/iu;
/** Dates to the year, month or day, worked out (no unknown parts). */
const DATED = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T|$)/;
/** Signals that date the happening itself ("in 2012", "on Monday") or give its latest date ("by 2017"). */
const AT_SIGNALS = new Set([undefined, 'in', 'on', 'at', 'during']);
const REPORTED = new RegExp(String.raw`\b(?:${alternatives(REPORTING_VERBS)})\s+(?:(?:in|on)\s+)?$`, 'iu');
/** The words that open a clause: its subject is named after them. */
const CLAUSE_OPENERS = new RegExp(String.raw`\bthat\s|;\s*|\b(?:${alternatives(REPORTING_VERBS)})\s`, 'giu');
const PRONOUN = /^\s*(?:he|she|they)\b/iu;
/** A sentence whose subject is a pronoun, after an opening phrase at most ("From 1997 to 2009, he practiced"). */
const OPENS_WITH_PRONOUN = /^\s*(?:[^,]{0,40},\s*)?(?:he|she|they)\b/iu;
const POST_AFTER = new RegExp(String.raw`^\s*(?:['’]s\b|(?:${alternatives(POSTS)})\b)`, 'iu');

/** A date's value to the day at most ("2013-04-30T14:00" → "2013-04-30"). */
const dayOf = (value: string) => value.split('T')[0]!;

/** How many words a stretch of text has. */
const wordCount = (s: string) => s.split(/\s+/u).filter((w) => /\p{L}|\p{N}/u.test(w)).length;

/** The dated happenings of one article's people. */
export function findHappenings(
  text: string,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  dates: readonly DateMention[],
): Happening[] {
  const out: Happening[] = [];
  // A surname alone may be a name whose kind is not known ("Cowan joined …").
  const people = mentions.filter((m) => m.type === 'person' || m.type === 'unknown');
  const usable = dates.filter((d) => d.kind === 'date' && DATED.test(d.value) && !d.inferred);
  sentences.forEach((sentence, index) => {
    const s = text.slice(sentence.start, sentence.end);
    const inSentence = usable.filter((d) => sentence.start <= d.start && d.end <= sentence.end);
    if (!inSentence.length) return;
    for (const m of s.matchAll(VERB)) {
      const verb = m.groups!.verb!;
      const at = sentence.start + m.index!;
      const end = at + verb.length;
      if (NOT_DONE.test(s.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      const dated = dateAfter(text, inSentence, end) ?? dateOpening(text, sentence, inSentence, at);
      const reported = dated ? undefined : dateOfSaying(text, inSentence, at);
      const found = dated ?? reported;
      if (!found) continue;
      const { date, by } = found;
      // "left" and "joined" tell of a post only when what is left or joined is one.
      const key = verb.toLowerCase().replace(/\s+/gu, ' ');
      if (NEEDS_POST.has(key) && !holdsPost(text, mentions, end, date.start > end ? date.start : sentence.end))
        continue;
      const cluster = subjectOf(text, sentences, index, people, at);
      if (cluster === undefined) continue;
      out.push({
        cluster,
        happening: HAPPENING_VERBS[key]!,
        value: dayOf(date.value),
        // With the word before it that says where in that time ("earlier this month").
        date: `${/\b(?:earlier|later|early|late)\s+$/iu.exec(text.slice(Math.max(0, date.start - 8), date.start))?.[0] ?? ''}${date.text}`,
        by,
        span: { start: Math.min(at, date.start, reported?.from ?? at), end: Math.max(end, date.end) },
      });
    }
  });
  return out;
}

/** The first date after the verb, when only the verb's object stands between. */
function dateAfter(
  text: string,
  dates: readonly DateMention[],
  end: number,
): { date: DateMention; by: boolean } | undefined {
  const date = dates.find((d) => d.start >= end);
  if (!date) return undefined;
  const gap = text.slice(end, date.start);
  if (
    CLAUSE_BREAK.test(gap) ||
    BREAK_WORDS.test(gap.replace(/\b(?:in|on|at|during|by)\s*$/iu, '')) ||
    wordCount(gap) > 10
  )
    return undefined;
  if (date.signal === 'by') return { date, by: true };
  return AT_SIGNALS.has(date.signal) ? { date, by: false } : undefined;
}

/** A date that opens the sentence ("In 2012, he resigned …"), the verb in the clause after it. */
function dateOpening(
  text: string,
  sentence: Span,
  dates: readonly DateMention[],
  at: number,
): { date: DateMention; by: boolean } | undefined {
  const date = dates.find((d) => d.end <= at);
  if (!date || !AT_SIGNALS.has(date.signal)) return undefined;
  if (!/^\s*(?:(?:in|on|at|during|earlier|later)\s+)?$/iu.test(text.slice(sentence.start, date.start)))
    return undefined;
  const gap = text.slice(date.end, at);
  if (!/^,\s/u.test(gap)) return undefined;
  const rest = gap.slice(1);
  if (CLAUSE_BREAK.test(rest) || BREAK_WORDS.test(rest) || wordCount(rest) > 8) return undefined;
  return { date, by: false };
}

/** The date of a saying the happening is told in: "said in 2017 that Hunter and his wife repaid …" (by 2017). */
function dateOfSaying(
  text: string,
  dates: readonly DateMention[],
  at: number,
): { date: DateMention; by: boolean; from: number } | undefined {
  const date = dates.findLast((d) => d.end <= at);
  if (!date || !AT_SIGNALS.has(date.signal)) return undefined;
  const before = Math.max(0, date.start - 30);
  const verb = REPORTED.exec(text.slice(before, date.start));
  if (!verb) return undefined;
  const gap = text.slice(date.end, at);
  if (!/^\s+that\s/iu.test(gap) || CLAUSE_BREAK.test(gap) || wordCount(gap) > 12) return undefined;
  // The evidence runs from the verb of saying: "said in 2017 that Hunter and his wife repaid".
  return { date, by: true, from: before + verb.index };
}

/** True when what is left or joined (from `start` to `end`) is a post: one of `POSTS`, or an organisation named. */
function holdsPost(text: string, mentions: readonly Mention[], start: number, end: number): boolean {
  const object = text.slice(start, Math.min(end, start + 80));
  const words = object.toLowerCase().match(/\p{L}+/gu) ?? [];
  const until = start + object.length;
  return (
    words.slice(0, 6).some((w) => POSTS.has(w)) ||
    mentions.some((m) => m.type === 'organisation' && m.start >= start && m.start < until && m.start - start < 40)
  );
}

/**
 * Who the happening is of: the person a relative "who" right before its verb follows ("Piers Hallowell,
 * who stepped down in …"), else the first person named in its clause (after "that", a reporting verb or a
 * semicolon), not one named as a possessor or as the name of a post ("the Patrick administration"); for
 * a clause that opens with "he", "she" or "they", the subject of the sentences before — the first person
 * named in the nearest one that names one and whose own subject is no pronoun, within four (the subject is what a pronoun that opens a
 * sentence most often stands for).
 */
function subjectOf(
  text: string,
  sentences: readonly Span[],
  index: number,
  people: readonly Mention[],
  at: number,
): number | undefined {
  const sentence = sentences[index]!;
  const before = text.slice(sentence.start, at);
  let clause = sentence.start;
  for (const m of before.matchAll(CLAUSE_OPENERS)) clause = sentence.start + m.index! + m[0].length;
  // "Piers Hallowell, who stepped down in December 2024, …": the one a relative "who" follows.
  const relative = people.findLast(
    (p) =>
      p.start >= sentence.start &&
      p.end <= at &&
      /^\s*,?\s*who\s+(?:[\p{L}’'-]+\s+){0,3}$/u.test(text.slice(p.end, at)),
  );
  if (relative) return relative.cluster;
  const first = (start: number, end: number) =>
    people.find((p) => p.start >= start && p.end <= end && !POST_AFTER.test(text.slice(p.end, p.end + 20)));
  const named = first(clause, at);
  if (named) return named.cluster;
  if (!PRONOUN.test(text.slice(clause, at))) return undefined;
  for (let i = index - 1; i >= Math.max(0, index - 4); i--) {
    // A sentence whose own subject is a pronoun carries the one before it ("From 1997 to 2009, he …").
    if (OPENS_WITH_PRONOUN.test(text.slice(sentences[i]!.start, sentences[i]!.end))) continue;
    const found = first(sentences[i]!.start, sentences[i]!.end);
    if (found) return found.cluster;
  }
  return undefined;
}

/** The first and last day of a date's value ("2013-01" → 2013-01-01 … 2013-01-31), as comparable strings. */
function bounds(value: string): [string, string] {
  const [y, m, d] = value.split('-');
  if (d) return [value, value];
  if (m) return [`${y}-${m}-01`, `${y}-${m}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/** True when two dated happenings cannot both be right: their times do not meet ("by 2017" is any time up to 2017's end). */
export function timesDisagree(a: { value: string; by: boolean }, b: { value: string; by: boolean }): boolean {
  const [a0, a1] = bounds(a.value);
  const [b0, b1] = bounds(b.value);
  const aStart = a.by ? '' : a0;
  const bStart = b.by ? '' : b0;
  return a1 < bStart || b1 < aStart;
}
