/**
 * Denials inside one article: a sentence in which someone denies, rejects or disputes a claim, and the
 * claim it denies — said in a "that" clause after the denial ("Trump denied claims that he pressured
 * Zelensky …"), or pointed back to ("Reports indicated that Trump paused the meeting …, though U.S.
 * officials denied these claims"; "… . The ministry rejected the report."). Each is a dispute with two
 * sides: what was claimed (and by whom, when the text says) and the denial (and who denies).
 *
 * A refusal is no denial: "rejected the request", "rejected the idea" turn down a proposal, a position
 * and not a claim said to be false; only the nouns of what is said to be true (CLAIM_NOUNS) and "that"
 * clauses count as what is denied. Pure: text and sentences in, findings out.
 */
import type { Span } from '../../article/span.ts';
import {
  ANAPHORIC_DETERMINERS,
  CLAIM_NOUNS,
  CONTRAST_CONJUNCTIONS,
  DENIAL_NOUNS,
  DENIAL_VERBS,
} from '../../locales/en/denials.ts';
import { ISSUE_STOPWORDS, ISSUE_SYNONYMS, STANCE_PHRASES } from '../../locales/en/stances.ts';

/** One denial found. */
export interface Denial {
  /** The claim denied: its words (a clause or a sentence) and who made it, when said. */
  claim: Span & { by?: string };
  /** The denial: from its speaker to the end of its clause, and who denies. */
  denial: Span & { by?: string };
  /** The claim in words, without its reporting frame. */
  content: string;
  /** The denial's verb in the past ("denied", "rejected", "disputed"). */
  verb: string;
}

/** The past of a denial's verb or noun. */
function past(cue: string): string {
  const word = cue.toLowerCase();
  const stem = word
    .replace(/^(?:denial|denials)$/, 'deny')
    .replace(/^rejection$/, 'reject')
    .replace(/^rebuttal$/, 'rebut')
    .replace(/^refutation$/, 'refute')
    .replace(/(?:ies|ied|ying)$/, 'y')
    .replace(/(?:es|ed|ing|s)$/, '')
    .replace(/tt$/, 't');
  if (stem.endsWith('y')) return `${stem.slice(0, -1)}ied`;
  if (stem === 'rebut') return 'rebutted';
  return /e$/.test(stem) ? `${stem}d` : /(?:refut|disput)$/.test(stem) ? `${stem}ed` : `${stem}ed`;
}

const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** A denial verb or noun, then what it denies: "denied (these) claims (that …)", "denied that …". */
const CUE = new RegExp(
  `\\b(?:(?<verb>${alternatives(DENIAL_VERBS)})|(?<noun>${alternatives(DENIAL_NOUNS)})\\s+of)\\b` +
    `(?:\\s+(?:any|all|the|these|those|such|this|its|their|earlier|recent|media|press|news|[a-z]+'s|[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)*['’]s))*` +
    `\\s+(?:(?<object>${alternatives(CLAIM_NOUNS)})\\b(?:\\s+(?<that>that)\\b)?|(?<bare>that)\\b)`,
  'gi',
);

const CONTRAST = new RegExp(`(?:,|;|—|–)\\s*(?:${alternatives(CONTRAST_CONJUNCTIONS)})\\s+`, 'gi');

/**
 * A reporting frame at the start of a claim: "Reports indicated that", "The FT, citing …, said",
 * "The tabloid published a story earlier this week claiming that".
 */
const FRAME =
  /^(?<by>(?:[A-Z][^,]{0,80}?|(?:early |some |several |media |press |news )?(?:reports?|sources?|officials?|media)[^,]{0,40}?))\s+(?:said|says|reported|indicated|suggested|claimed|alleged|stated|wrote|writes|published [^,]{0,60}?(?:claiming|saying|alleging|reporting))\s+(?:that\s+)?/i;

/** The white space and punctuation around a span, left out. */
function tight(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;:—–"“”]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:.!?—–]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Adverbs between a subject and its verb ("later", "vehemently"): not the subject. */
const ADVERB = /^(?:\p{L}+ly|also|later|again|swiftly|quickly|publicly|immediately|repeatedly|have|has|had)$/iu;

/** Words that end a clause before the subject ("said it was possible that Wal-Mart"). */
const CLAUSE_WORDS = new Set([
  'that',
  'who',
  'which',
  'said',
  'says',
  'was',
  'is',
  'were',
  'are',
  'and',
  'as',
  'when',
  'after',
  'before',
  'because',
  'if',
]);

/** A denial that is not one: negated ("did not dispute"), or only possible ("could refute", "to deny"). */
const NOT_A_DENIAL = /\b(?:not|n['’]t|never|no|could|would|might|may|can|will|should|must|to)\s+(?:\p{L}+ly\s+)?$/iu;

/** A determiner or a capital: how a noun phrase that can be a subject starts. */
const NOUN_PHRASE = /^(?:(?:a|an|the|his|her|its|their|our|this|that)\s|\p{Lu})/u;

/** A participle phrase ("Reached for comment", "Speaking to reporters"): no subject. */
const PARTICIPLE = /^\p{L}{3,}(?:ed|ing)\b/iu;

/** A relative clause or an apposition's verb ("who co-founded …"): passed over, back to its noun. */
const RELATIVE = /^(?:who|whom|whose|which|that|where)\b/i;

/**
 * The subject of the cue: the words before it in its clause, at most 8, adverbs left out. Past a
 * relative clause or an apposition set off by commas ("Alex Poulter, who co-founded …, also disputed";
 * "a spokesman for American Media Inc., the Enquirer's parent company, also denied") it is the first
 * noun phrase of the run.
 */
function subjectBefore(text: string, clauseStart: number, cue: number): Span | undefined {
  // The comma-separated segments before the cue, with their offsets.
  const segments: Span[] = [];
  let from = clauseStart;
  for (let i = clauseStart; i <= cue; i++) {
    if (i === cue || text[i] === ',') {
      segments.push({ start: from, end: i });
      from = i + 1;
    }
  }
  const words = (span: Span) =>
    [...text.slice(span.start, span.end).matchAll(/[^\s]+/g)].map((m) => ({
      word: m[0],
      start: span.start + m.index!,
      end: span.start + m.index! + m[0].length,
    }));
  // The segment next to the cue: adverbs dropped, and only the words after the last clause word.
  const last = words(segments.pop()!);
  while (last.length && ADVERB.test(last.at(-1)!.word)) last.pop();
  let cut = 0;
  last.forEach((w, i) => {
    if (CLAUSE_WORDS.has(w.word.toLowerCase())) cut = i + 1;
  });
  const near = last.slice(cut);
  if (near.length) {
    if (near.length > 8) return undefined;
    return { start: near[0]!.start, end: near.at(-1)!.end };
  }
  if (cut) return undefined;
  // Nothing between the previous comma and the cue: back over relative clauses to a run of noun phrases.
  let chosen: Span | undefined;
  while (segments.length) {
    const seg = words(segments.pop()!);
    if (!seg.length) continue;
    const phrase = text.slice(seg[0]!.start, seg.at(-1)!.end);
    if (RELATIVE.test(phrase) && !chosen) continue;
    if (!NOUN_PHRASE.test(phrase) || PARTICIPLE.test(phrase) || seg.length > 8) break;
    chosen = { start: seg[0]!.start, end: seg.at(-1)!.end };
  }
  return chosen;
}

/** The denials of an article. */
export function findDenials(text: string, sentences: readonly Span[]): Denial[] {
  const out: Denial[] = [];
  sentences.forEach((sentence, index) => {
    const s = text.slice(sentence.start, sentence.end);
    for (const m of s.matchAll(CUE)) {
      const groups = m.groups!;
      // "rejected that" is no denial of a claim ("rejected that idea"); "denied/disputed that …" is.
      if (groups.bare && !/^(?:den|disput|contest)/i.test(groups.verb ?? '')) continue;
      const cueAt = sentence.start + m.index!;
      if (NOT_A_DENIAL.test(text.slice(Math.max(sentence.start, cueAt - 40), cueAt))) continue;
      const afterCue = sentence.start + m.index! + m[0].length;
      // The clause of the denial: from the last contrast before the cue (or the sentence start).
      let clauseStart = sentence.start;
      let contrastAt: number | undefined;
      for (const c of s.matchAll(CONTRAST)) {
        if (c.index! >= m.index!) break;
        clauseStart = sentence.start + c.index! + c[0].length;
        contrastAt = sentence.start + c.index!;
      }
      // A verb's subject denies; a noun's possessor does ("the ministry's categorical rejection of").
      let denier = subjectBefore(text, clauseStart, cueAt);
      if (groups.noun && denier) {
        const words = text.slice(denier.start, denier.end);
        const possessive = /^(.*?)['’]s?(?:\s+\p{Ll}+)*$/u.exec(words);
        denier = possessive?.[1] ? { start: denier.start, end: denier.start + possessive[1].length } : undefined;
      }
      // "… did not dispute X, but disputed its characterization": the denial shares the subject of the
      // clause before it, which is then no claim of another; what it denies is not said here.
      if (!denier && contrastAt !== undefined) continue;
      const clauseEnd = tight(text, afterCue, sentence.end).end;
      const denial = {
        ...tight(text, denier?.start ?? cueAt, sentence.end),
        ...(denier ? { by: text.slice(denier.start, denier.end) } : {}),
      };
      let claim: (Span & { by?: string }) | undefined;
      if (groups.that || groups.bare) {
        // The claim is said after the denial: "denied claims that he pressured …".
        const span = tight(text, afterCue, clauseEnd);
        if (span.end - span.start < 12) continue;
        claim = span;
      } else if (
        groups.object &&
        ANAPHORIC_DETERMINERS.some((d) => new RegExp(`\\b${d}\\s+(?:\\w+\\s+)?${groups.object}\\b`, 'i').test(m[0]))
      ) {
        // The claim was said before: earlier in the sentence, past the contrast, or the sentence before.
        if (contrastAt !== undefined && contrastAt > sentence.start) claim = tight(text, sentence.start, contrastAt);
        else if (index > 0) {
          const previous = sentences[index - 1]!;
          claim = tight(text, previous.start, previous.end);
        }
      }
      if (!claim || claim.end - claim.start < 12) continue;
      // Its reporting frame says who made the claim; the content is what follows it.
      const words = text.slice(claim.start, claim.end);
      const frame = FRAME.exec(words);
      const content = frame ? words.slice(frame[0].length) : words;
      if (content.split(/\s+/).length < 4) continue;
      out.push({
        claim: { ...claim, ...(frame ? { by: frame.groups!.by!.trim() } : {}) },
        denial,
        content: content.replace(/\s+/g, ' ').trim(),
        verb: past(groups.verb ?? groups.noun!),
      });
    }
  });
  return out;
}

/** A correction of who did something: "the proposal did not come from Trump personally, but from Witkoff". */
export interface Correction {
  /** What it is about, as the sentence names it ("the troop withdrawal proposal"). */
  about: string;
  /** The one it was not (as others had it), and the one it was. */
  not: Span & { name: string };
  but: Span & { name: string };
  /** Who says so, when the sentence frames it ("Zelensky clarified that …"). */
  by?: string;
  /** The sentence. */
  sentence: Span;
}

/** A name: capitalised words, with "of", "de" … inside. */
const NAME = String.raw`(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\.(?=\s*\p{Lu}))?(?:\s+(?:of\s+|de\s+|van\s+|von\s+)?[\p{Lu}][\p{L}'’-]*){0,3}`;

/**
 * "X did not come from A (personally), but from B", "it was not A but B who …": a contrastive
 * correction of an agent. Both names must be capitalised (people, organisations), so that "not from
 * the river but from the reservoir" is no dispute of who did something.
 */
const CORRECTION = new RegExp(
  String.raw`(?<about>\b(?:[Tt]he|[Aa]n?|[Tt]his)\s[^,;.]{2,80}?)\s+(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|was\s+not|wasn['’]t)\s+(?:come|originate|stem)\s+from\s+(?<not>${NAME})(?:\s+(?:personally|himself|herself|themselves|directly))?\s*,?\s+but\s+(?:from\s+)?(?<but>${NAME})`,
  'gu',
);

/** "Zelensky clarified that", "Today, Zelensky said that": who frames the sentence. */
const SAYS =
  /^(?:[^,]{0,40},\s*)?(?<by>[\p{Lu}][\p{L}.'’ -]{0,60}?)\s+(?:said|says|clarified|explained|insisted|stressed|noted|added|wrote|told\s[^,]{1,40}?)\s+(?:that\s+)?$/u;

/** The corrections of who did something in an article's sentences. */
export function findCorrections(text: string, sentences: readonly Span[]): Correction[] {
  const out: Correction[] = [];
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    for (const m of s.matchAll(CORRECTION)) {
      const g = m.groups!;
      if (g.not === g.but) continue;
      // "the Kremlin": the name without its article.
      const bare = (name: string) => name.replace(/^the\s+/, '');
      const notAt = sentence.start + m.index! + m[0].indexOf(g.not!, g.about!.length);
      const butAt = sentence.start + m.index! + m[0].lastIndexOf(g.but!);
      const frame = SAYS.exec(s.slice(0, m.index!));
      out.push({
        about: g.about!.trim(),
        not: { start: notAt, end: notAt + g.not!.length, name: bare(g.not!) },
        but: { start: butAt, end: butAt + g.but!.length, name: bare(g.but!) },
        ...(frame ? { by: frame.groups!.by!.trim() } : {}),
        sentence: { start: sentence.start, end: sentence.end },
      });
    }
  }
  return out;
}

/** A position one person takes on an issue in one sentence ("Trump did not rule out sending U.S. troops"). */
export interface Stance {
  /** The article's entity (cluster) who takes it. */
  cluster: number;
  stance: 'for' | 'against';
  /** The words of the position: from the phrase to the end of its clause. */
  span: Span;
  /** The phrase ("did not rule out"). */
  phrase: string;
  /** What it is about, as written, and as a set of normalised words. */
  issue: string;
  key: string[];
}

const STANCE_PATTERN = new RegExp(
  `\\b(?<phrase>${STANCE_PHRASES.map((p) => p.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\b\\s+(?<issue>(?:[^,;.:!?]|\\.(?=\\p{L}|\\s+\\p{Ll})){3,120})`,
  'giu',
);

/** The normalised words of an issue: synonyms mapped to one form, stopwords left out. */
export function issueKey(issue: string): string[] {
  const words = issue.toLowerCase().match(/[\p{L}.]+/gu) ?? [];
  return [
    ...new Set(
      words
        .map((w) => w.replace(/\.$/, '').replace(/^(?!u\.s)(.*)\.$/, '$1'))
        .map((w) => ISSUE_SYNONYMS[w] ?? ISSUE_SYNONYMS[w.replace(/\./g, '')] ?? w)
        .filter((w) => w.length > 1 && !ISSUE_STOPWORDS.has(w)),
    ),
  ].sort();
}

/**
 * The positions people take in an article: a stance phrase whose holder is the person named last
 * before it in its sentence (or, for a participle — ", while ruling out …" — the sentence's first person).
 */
export function findStances(
  text: string,
  sentences: readonly Span[],
  mentions: readonly { start: number; end: number; cluster: number; type: string }[],
): Stance[] {
  const out: Stance[] = [];
  const people = mentions.filter((m) => m.type === 'person');
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    for (const m of s.matchAll(STANCE_PATTERN)) {
      const at = sentence.start + m.index!;
      const before = people.filter((p) => p.start >= sentence.start && p.end <= at);
      const participle = /ing$/i.test(m.groups!.phrase!.split(/\s+/)[0]!);
      const holder = participle ? before[0] : before.at(-1);
      if (!holder) continue;
      const phrase = m.groups!.phrase!.replace(/\s+/g, ' ').toLowerCase();
      const stance = STANCE_PHRASES.find((p) => p.phrase === phrase)?.stance;
      if (!stance) continue;
      const issue = m.groups!.issue!.trim();
      const key = issueKey(issue);
      if (key.length < 2) continue;
      out.push({
        cluster: holder.cluster,
        stance,
        span: { start: at, end: at + m[0].trimEnd().length },
        phrase,
        issue,
        key,
      });
    }
  }
  return out;
}
