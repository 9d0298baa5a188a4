/** The quotes metric of ../shared/README.md over brat attribution files (PolNeAR). */

/** A possibly discontinuous span: its fragments, as UTF-16 offsets. */
export type Ranges = [number, number][];

/** One gold attribution: its content, and its source when the annotator marked one. */
export interface GoldAttribution {
  content: Ranges;
  contentText: string;
  source?: Ranges;
  sourceText?: string;
  /** The words that mark it as reported ("said", "according to"), when the annotator marked them. */
  cue?: Ranges;
  /** For a pronoun source ("she"): the last source named before it, taken as the one it refers to. */
  referent?: string;
}

const PRONOUN = /^(?:he|she|it|they|i|we|his|her|its|their|him|them|you)$/i;

/** Gives each pronoun source the name of the nearest source named before it in the same file. */
function resolvePronouns(gold: GoldAttribution[]): GoldAttribution[] {
  const named = gold
    .filter((g) => g.source && !PRONOUN.test(g.sourceText!.trim()))
    .sort((a, b) => a.source![0]![0] - b.source![0]![0]);
  return gold.map((g) => {
    if (!g.source || !PRONOUN.test(g.sourceText!.trim())) return g;
    const before = named.filter((n) => n.source![0]![0] < g.source![0]![0]).pop();
    return before ? { ...g, referent: before.sourceText! } : g;
  });
}

/** One predicted quote, reduced to what the metric reads. */
export interface Predicted {
  start: number;
  end: number;
  text: string;
  speaker?: { start: number; end: number; name: string };
}

const QUOTE_MARK = /["“”„«»]/;

/** Direct = content holding a quotation mark. */
export function isDirect(text: string): boolean {
  return QUOTE_MARK.test(text);
}

/** Direct, counting two apostrophes as a mark too (''…'': the archive style of some papers' texts). */
export function isDirectWithArchiveMarks(text: string): boolean {
  return QUOTE_MARK.test(text) || text.includes("''");
}

/** Offsets in a brat file count code points; JavaScript strings count UTF-16 units. */
export function codePointToUtf16(text: string): (cp: number) => number {
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}

/** The attributions of one brat .ann file (relations `E… Attribution:T Content:T Cue:T Source:T`). */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const toUnit = codePointToUtf16(text);
  const spans = new Map<string, { ranges: Ranges; text: string }>();
  const relations: string[][] = [];
  for (const line of ann.split('\n')) {
    const [id, body, surface] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const ranges = body
        .slice(body.indexOf(' ') + 1)
        .split(';')
        .map((r) => r.split(' ').map(Number) as [number, number])
        .map(([a, b]) => [toUnit(a), toUnit(b)] as [number, number]);
      spans.set(id, { ranges, text: surface ?? '' });
    } else if (id.startsWith('E')) relations.push(body.split(' '));
  }
  const out: GoldAttribution[] = [];
  for (const parts of relations) {
    const role = (name: string) => {
      const part = parts.find((p) => p.startsWith(`${name}:`));
      return part ? spans.get(part.slice(name.length + 1)) : undefined;
    };
    const content = role('Content');
    if (!content) continue;
    const source = role('Source');
    const cue = role('Cue');
    out.push({
      content: content.ranges,
      contentText: content.text,
      ...(cue ? { cue: cue.ranges } : {}),
      ...(source ? { source: source.ranges, sourceText: source.text } : {}),
    });
  }
  return resolvePronouns(out);
}

/** Characters two spans share. */
function overlap(a: Ranges, b: Ranges): number {
  let n = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
}

function length(r: Ranges): number {
  return r.reduce((n, [s, e]) => n + e - s, 0);
}

/** Found: the spans overlap by at least half of the shorter one. */
export function matches(pred: Ranges, gold: Ranges): boolean {
  return overlap(pred, gold) >= 0.5 * Math.min(length(pred), length(gold)) && overlap(pred, gold) > 0;
}

/**
 * The last name of a name: its last word, lower case, without a possessive; a Source text's
 * parentheses and apposition go first ("Sen. Claire McCaskill (D-Mo.)", "Dean, a medical doctor,").
 */
function lastName(name: string): string {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(',')[0]!
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .match(/[\p{L}\p{N}]+/gu);
  return words?.[words.length - 1] ?? '';
}

/** Speaker right: the predicted mention overlaps the gold Source, or the names share a last name. */
export function speakerRight(pred: Predicted, gold: GoldAttribution): boolean {
  if (!pred.speaker || !gold.source) return false;
  if (overlap([[pred.speaker.start, pred.speaker.end]], gold.source) > 0) return true;
  const last = lastName(pred.speaker.name);
  return last.length > 1 && (lastName(gold.sourceText ?? '') === last || lastName(gold.referent ?? '') === last);
}

/** Counts of one detection score. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 from counts. */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** One document's score: detection counts for direct and all attributions, and speakers of found direct quotes. */
export interface DocScore {
  direct: Counts;
  all: Counts;
  speakers: { right: number; judged: number };
  misses: string[];
}

/** Scores one document's predictions against its gold attributions. */
export function scoreDocument(
  predicted: readonly Predicted[],
  gold: readonly GoldAttribution[],
  direct: (text: string) => boolean = isDirect,
): DocScore {
  const range = (p: Predicted): Ranges => [[p.start, p.end]];
  const directGold = gold.filter((g) => direct(g.contentText));
  const directPred = predicted.filter((p) => direct(p.text));
  const score: DocScore = {
    direct: { tp: 0, fp: 0, fn: 0 },
    all: { tp: 0, fp: 0, fn: 0 },
    speakers: { right: 0, judged: 0 },
    misses: [],
  };
  for (const g of gold) {
    if (predicted.some((p) => matches(range(p), g.content))) score.all.tp++;
    else score.all.fn++;
  }
  score.all.fp = predicted.filter((p) => !gold.some((g) => matches(range(p), g.content))).length;
  for (const g of directGold) {
    const found = directPred.filter((p) => matches(range(p), g.content));
    if (!found.length) {
      score.direct.fn++;
      score.misses.push(`missed: ${g.contentText.slice(0, 100)}`);
      continue;
    }
    score.direct.tp++;
    if (!g.source) continue;
    score.speakers.judged++;
    if (found.some((p) => speakerRight(p, g))) score.speakers.right++;
    else
      score.misses.push(
        `speaker ${found[0]!.speaker?.name ?? '(none)'} ≠ ${g.sourceText}: ${g.contentText.slice(0, 60)}`,
      );
  }
  for (const p of directPred) {
    if (directGold.some((g) => matches(range(p), g.content))) continue;
    score.direct.fp++;
    score.misses.push(`extra: ${p.text.slice(0, 100)}`);
  }
  return score;
}
